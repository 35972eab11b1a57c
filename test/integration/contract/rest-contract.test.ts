import fc from 'fast-check';
import { describe, it } from 'vitest';
import { startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { documentValidator, type OpenApiDocument, type OpenApiOperation } from '../../utils/contract-document.js';
import { fromJsonSchema, mutated, type JsonSchema, type KnownValues } from '../../utils/contract-inputs.js';
import { CONTRACT_RUNS, CONTRACT_SEED, endContractRun, Findings, knownValues, watchCost } from '../../utils/contract-run.js';

/** An answer slower than this is a finding: the gateway is stuck on that input. */
const ANSWER_WITHIN_MS = 10_000;

/** How one generated request departs from what the document asks for, if it does. */
type Mode = 'valid' | 'body' | 'path' | 'query' | 'raw' | 'key' | 'csv';

interface Case {
  mode: Mode;
  params: Record<string, string>;
  query: Array<[string, string]>;
  body: unknown;
  raw: { contentType: string; bytes: Buffer };
  /** A text/csv body, for an operation the document says takes one: a list as the dashboard reads it, or not. */
  csv: string;
}

const csvBody = fc.oneof(
  fc
    .array(fc.tuple(fc.constantFrom('966501234567', '966507654321', '0000', ''), fc.string({ maxLength: 20 })), { maxLength: 5 })
    .map((rows) => ['phone,name', ...rows.map(([phone, name]) => `${phone},"${name.replace(/"/g, '""')}"`)].join('\n')),
  fc.string({ maxLength: 500 }),
  fc.constantFrom('', '\uFEFFphone\n966501234567', '"unclosed,quote\n966501234567', 'chatId\n120363000000000000@g.us', '\u0000,\u0000'),
);

const hostilePathValues = [
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  'a%00b',
  'x'.repeat(300),
  '%E0%A4%A',
  '%F0%9F%98%80',
  '..',
  '%2e%2e',
  ' ',
  'default%2Fstatus',
];
const rawBodies: Array<{ contentType: string; bytes: Buffer }> = [
  { contentType: 'application/json', bytes: Buffer.from('{"phone":') },
  { contentType: 'application/json', bytes: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
  { contentType: 'text/plain', bytes: Buffer.from('{"message":"hi"}') },
  { contentType: 'application/x-www-form-urlencoded', bytes: Buffer.from('phone=966501234567&message=hi') },
  { contentType: 'application/json', bytes: Buffer.from('[1,2,3]') },
  { contentType: 'application/json', bytes: Buffer.from('"a string"') },
  { contentType: 'application/json', bytes: Buffer.from('null') },
  { contentType: 'application/json; charset=utf-16', bytes: Buffer.from('{}') },
  { contentType: 'application/json', bytes: Buffer.from(`{"a":${'['.repeat(5_000)}${']'.repeat(5_000)}}`) },
];

function caseOf(operation: OpenApiOperation, known: KnownValues): fc.Arbitrary<Case> {
  const parameters = operation.parameters ?? [];
  const pathNames = parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const queryParams = parameters.filter((p) => p.in === 'query');
  const bodySchema = operation.requestBody?.content['application/json']?.schema as JsonSchema | undefined;
  const validParams = fc.record(
    Object.fromEntries(
      pathNames.map((name) => [name, fc.constantFrom(...(known[name] ?? ['nothing-by-this-name'])).map(encodeURIComponent)]),
    ),
  );
  const validQuery = fc
    .tuple(
      ...queryParams.map((p) =>
        fc.option(
          fromJsonSchema(p.schema as JsonSchema, known, p.name).map((value): [string, string] => [p.name, String(value)]),
          { nil: undefined },
        ),
      ),
    )
    .map((pairs) => pairs.filter((pair): pair is [string, string] => pair !== undefined));
  const modes: Mode[] = ['valid', 'valid', 'valid', 'key'];
  if (bodySchema) modes.push('body', 'body', 'raw');
  if (operation.requestBody?.content['text/csv']) modes.push('csv', 'csv');
  if (pathNames.length > 0) modes.push('path');
  if (queryParams.length > 0) modes.push('query');
  return fc
    .record({
      mode: fc.constantFrom(...modes),
      params: validParams,
      query: validQuery,
      body: bodySchema ? fromJsonSchema(bodySchema, known) : fc.constant(undefined),
      raw: fc.constantFrom(...rawBodies),
      csv: csvBody,
      hostilePath: fc.tuple(fc.constantFrom(...(pathNames.length > 0 ? pathNames : ['none'])), fc.constantFrom(...hostilePathValues)),
      hostileQuery: fc.tuple(
        fc.constantFrom(...(queryParams.length > 0 ? queryParams.map((p) => p.name) : ['none'])),
        fc.constantFrom('limit=1&limit=2', '[]', '[a]', 'nul', 'huge', 'negative'),
      ),
    })
    .chain((generated) => {
      const { mode, hostilePath, hostileQuery, ...rest } = generated;
      const params = mode === 'path' ? { ...rest.params, [hostilePath[0]]: hostilePath[1] } : rest.params;
      let query = rest.query;
      if (mode === 'query') {
        const [name, how] = hostileQuery;
        const value = { nul: 'a\u0000b', huge: '9'.repeat(10_000), negative: '-1' }[how as 'nul'] ?? '1';
        query =
          how === 'limit=1&limit=2'
            ? [
                [name, '1'],
                [name, '2'],
              ]
            : how.startsWith('[')
              ? [[`${name}${how}`, '1']]
              : [[name, value]];
      }
      const body = mode === 'body' ? mutated(rest.body) : fc.constant(rest.body);
      return body.map((chosen): Case => ({ mode, params, query, body: chosen, raw: rest.raw, csv: rest.csv }));
    });
}

function requestOf(path: string, method: string, test: Case): { url: string; init: RequestInit } {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => test.params[name] ?? 'x');
  const query = new URLSearchParams(test.query).toString();
  const headers: Record<string, string> = test.mode === 'key' ? {} : { 'x-api-key': TEST_API_KEY };
  let body: BodyInit | undefined;
  if (test.mode === 'raw') {
    headers['content-type'] = test.raw.contentType;
    body = new Uint8Array(test.raw.bytes);
  } else if (test.mode === 'csv') {
    headers['content-type'] = 'text/csv; charset=utf-8';
    body = test.csv;
  } else if (test.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(test.body);
  }
  return { url: `${filled}${query ? `?${query}` : ''}`, init: { method: method.toUpperCase(), headers, body } };
}

const shown = (body: BodyInit | null | undefined) =>
  JSON.stringify(body instanceof Uint8Array ? Buffer.from(body).toString('latin1') : (body ?? ''));

describe('the REST contract', () => {
  it('answers every operation of the served document, with valid and hostile inputs, as the document says', async ({ annotate }) => {
    // Webhooks aim at a closed local port: created, tried, refused at once.
    const gateway = await startGateway({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }, { link: true });
    const document = (await (await fetch(`${gateway.url}/api/openapi.json`)).json()) as OpenApiDocument;
    const validate = documentValidator(document);
    const known = await knownValues(gateway);
    const findings = new Findings();
    let requests = 0;
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    // The session's own lifecycle (stop, logout, delete) and the sandbox's disconnect would leave the rest
    // with nothing to act on: they run last.
    const last = (path: string) => /\/(stop|logout|disconnect)$|^\/api\/sessions\/\{session\}$/.test(path);
    operations.sort((a, b) => Number(last(a.path)) - Number(last(b.path)));
    const cost = watchCost();

    for (const [index, { path, method, operation }] of operations.entries()) {
      const cases = fc.sample(caseOf(operation, known), { numRuns: CONTRACT_RUNS, seed: CONTRACT_SEED + index });
      for (const test of cases) {
        const { url, init } = requestOf(path, method, test);
        const where = `${method.toUpperCase()} ${path} [${test.mode}] ${url.slice(0, 120)}`;
        requests++;
        const response = await fetch(`${gateway.url}${url}`, { ...init, signal: AbortSignal.timeout(ANSWER_WITHIN_MS) }).catch(
          (error: Error) => error,
        );
        if (response instanceof Error) {
          findings.add(
            where,
            `no answer (${String((response.cause as Error | undefined)?.message ?? response.message)}); body ${shown(init.body).slice(0, 200)}`,
          );
          continue;
        }
        const text = await response.text();
        const problem = validate(operation, response.status, response.headers.get('content-type'), text);
        if (problem) findings.add(where, `${response.status}: ${problem}; body ${shown(init.body).slice(0, 200)}`);
      }
    }

    await endContractRun(gateway, {
      summary: `REST contract: ${requests} requests over ${operations.length} operations`,
      findings,
      cost,
      annotate,
    });
  }, 240_000);
});
