import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { onTestFinished } from 'vitest';
import { buildApp } from '../../src/app/app.js';
import { createWaqtorClient } from '../../src/client/rest-client.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { SandboxLinkDocument } from '../generated/graphql.js';

export const TEST_API_KEY = 'test-api-key-0123456789';

/** Collects the gateway's log lines, so tests can assert what was (and was not) logged. */
export class LogSink extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text() {
    return this.lines.join('\n');
  }
}

export interface GraphQLResponse<T> {
  status: number;
  body: ExecutionResult<T> & { errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

export type TestGateway = Awaited<ReturnType<typeof startGateway>>;

/**
 * A real gateway on an ephemeral port with the sandbox driver and its own SQLite file, stopped and
 * removed when the test that started it finishes.
 */
export async function startGateway(env: Record<string, string> = {}, options: { link?: boolean } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'waqtor-test-'));
  const sentLogPath = join(dir, 'outbox.jsonl');
  const logs = new LogSink();
  const config = loadConfig({
    API_KEY: TEST_API_KEY,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_PATH: join(dir, 'db', 'waqtor.db'),
    WHATSAPP_DRIVER: 'sandbox',
    SANDBOX_ACK_DELAY_MS: '50',
    SANDBOX_OUTBOX_PATH: sentLogPath,
    MEDIA_CACHE_PATH: join(dir, 'media'),
    BULK_DELAY_MIN_MS: '0',
    BULK_DELAY_MAX_MS: '0',
    CAMPAIGN_DELAY_MIN_MS: '0',
    CAMPAIGN_DELAY_MAX_MS: '0',
    CAMPAIGN_MAX_PER_HOUR: '0',
    CAMPAIGN_MAX_PER_DAY: '0',
    CAMPAIGN_SCHEDULER_INTERVAL_MS: '100',
    LOG_LEVEL: 'info',
    // Tests make many requests from one address; the rate-limit tests set their own limits.
    RATE_LIMIT_STANDARD_MAX: '100000',
    RATE_LIMIT_STRICT_MAX: '100000',
    ...env,
  });
  const app = buildApp(config, createLogger(config.logLevel, logs));
  const running = await app.start();
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= app.stop());
  onTestFinished(async () => {
    await stop();
    await rm(dir, { recursive: true, force: true });
  });

  async function request<T, V>(
    document: TypedDocumentNode<T, V>,
    variables?: V,
    apiKey: string | null = TEST_API_KEY,
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(apiKey !== null && { 'x-api-key': apiKey }) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
  }

  const gateway = {
    ...running,
    config,
    dir,
    logs,
    sentLogPath,
    request,
    /** Stops the gateway now (it is stopped after the test anyway). */
    stop,
    /** The typed REST client users get, with the test key. */
    rest: createWaqtorClient({ baseUrl: running.url, apiKey: TEST_API_KEY }),
    wsUrl: running.url.replace(/^http/, 'ws') + '/graphql',
    rawWsUrl: running.url.replace(/^http/, 'ws'),
    async outboxFile(): Promise<Array<Record<string, unknown>>> {
      const text = await readFile(sentLogPath, 'utf8').catch(() => '');
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
  };
  if (options.link) {
    const linked = await request(SandboxLinkDocument);
    if (linked.body.data?.sandboxLink?.state !== 'CONNECTED') throw new Error(`sandbox did not link: ${JSON.stringify(linked.body)}`);
  }
  return gateway;
}

/** A REST call with the test key and a JSON body, answered as status and parsed body. */
export async function callRest(url: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** A GraphQL call with the test key, answered as its parsed body. */
export async function callGraphql(url: string, query: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions: { code: string } }> };
}
