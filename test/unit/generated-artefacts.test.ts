import { readFile } from 'node:fs/promises';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import codegenConfig from '../../codegen.js';
import { printedSchema } from '../../src/graphql/schema.js';

const FIX = 'run `npm run generate` and commit the result';

describe('generated artefacts are committed and current', () => {
  it(`schema/schema.graphql matches the code-first schema (${FIX})`, async () => {
    expect(await readFile('schema/schema.graphql', 'utf8')).toBe(printedSchema());
  });

  it(`test/generated/graphql.ts matches the operations and the schema (${FIX})`, async () => {
    const [output] = (await generate({ ...codegenConfig, cwd: process.cwd() }, false)) as Array<{ filename: string; content: string }>;
    expect(output?.filename).toBe('test/generated/graphql.ts');
    expect(await readFile('test/generated/graphql.ts', 'utf8')).toBe(output?.content);
  });
});
