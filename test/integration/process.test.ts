import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { TEST_API_KEY } from '../utils/gateway.js';

/** Runs `npm start`'s entry point as users do, with a given environment and no .env file. */
async function launch(env: Record<string, string>) {
  const cwd = await mkdtemp(join(tmpdir(), 'waqtor-process-'));
  onTestFinished(() => rm(cwd, { recursive: true, force: true }));
  const child = spawn(join(process.cwd(), 'node_modules/.bin/tsx'), [join(process.cwd(), 'src/main.ts')], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }), cwd };
}

describe('the gateway process', () => {
  it('refuses a bad configuration with one line per problem and no stack trace', async () => {
    const run = await launch({ PORT: 'eighty', WHATSAPP_DRIVER: 'baileys' });
    expect(await run.exited).toBe(1);
    const { stderr } = run.output();
    expect(stderr).toContain('WaQtor cannot start. Invalid configuration:');
    expect(stderr).toContain('  - API_KEY is required');
    expect(stderr).toContain('  - PORT must be a whole number');
    expect(stderr).toContain('  - WHATSAPP_DRIVER must be one of wwebjs, sandbox');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('serves, says which driver it chose, and stops cleanly on SIGTERM', async () => {
    const run = await launch({ API_KEY: TEST_API_KEY, PORT: '0', HOST: '127.0.0.1', TEST_PHONE_NUMBER: '971505121583' });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = run.output().stdout.match(/"url":"(http:\/\/[^"]+)\/graphql"/);
        if (match) {
          clearInterval(timer);
          resolve(match[1]!);
        }
      }, 50);
      void run.exited.then(() => reject(new Error(`exited early: ${JSON.stringify(run.output())}`)));
    });
    const first = JSON.parse(run.output().stdout.split('\n')[0]!) as { msg: string };
    expect(first.msg).toBe('starting with the sandbox driver (WHATSAPP_DRIVER is not set)');
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
      body: JSON.stringify({ query: '{ clientStatus { state } }' }),
    });
    expect(await response.json()).toEqual({ data: { clientStatus: { state: 'PAIRING' } } });

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    const { stdout } = run.output();
    expect(stdout).toContain('"msg":"stopped"');
    expect(stdout).not.toContain(TEST_API_KEY);
    expect(stdout).not.toContain('971505121583');
  });
});
