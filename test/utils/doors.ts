import { createClient } from 'graphql-ws';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { codeOfStatus } from '../../src/errors.js';
import { TEST_API_KEY, type TestGateway } from './gateway.js';

/** How a door answered, in the one vocabulary of the error table: the code, and the client's message. */
export type Outcome = { ok: true } | { ok: false; code: string; message: string };

/** One operation as each door spells it: a REST route, and the GraphQL document behind it. */
export interface Operation {
  rest: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string; body?: unknown };
  graphql: string;
}

/** A way into the gateway. The raw stream runs no operations: it only admits or refuses a key. */
export interface Door {
  name: string;
  /** Connects or calls with `apiKey` (none when undefined) and reports whether the key was taken. */
  admits(gateway: TestGateway, apiKey: string | undefined): Promise<Outcome>;
  run?(gateway: TestGateway, operation: Operation, apiKey?: string): Promise<Outcome>;
}

const headers = (apiKey: string | undefined) => ({
  'content-type': 'application/json',
  ...(apiKey !== undefined && { 'x-api-key': apiKey }),
});

async function viaRest(gateway: TestGateway, { rest }: Operation, apiKey: string | undefined): Promise<Outcome> {
  const response = await fetch(`${gateway.url}${rest.path}`, {
    method: rest.method,
    headers: headers(apiKey),
    ...(rest.body !== undefined && { body: JSON.stringify(rest.body) }),
  });
  const body = (await response.json()) as { success: boolean; error?: string };
  if (response.ok) return { ok: true };
  return { ok: false, code: codeOfStatus(response.status) ?? `HTTP ${response.status}`, message: body.error ?? '' };
}

async function viaGraphQLOverHttp(gateway: TestGateway, { graphql }: Operation, apiKey: string | undefined): Promise<Outcome> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: headers(apiKey),
    body: JSON.stringify({ query: graphql }),
  });
  const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  const [error] = body.errors ?? [];
  return error ? { ok: false, code: error.extensions?.code ?? 'none', message: error.message } : { ok: true };
}

/** graphql-ws: the key goes in connection_init; a refused key closes the socket with 4401 and the reason. */
async function viaGraphQLWs(gateway: TestGateway, graphql: string, apiKey: string | undefined): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    const client = createClient({
      url: gateway.wsUrl,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: apiKey !== undefined ? { apiKey } : {},
      onNonLazyError: () => undefined,
    });
    onTestFinished(() => client.dispose());
    client.on('closed', (event) => {
      const { code, reason } = event as { code: number; reason: string };
      if (code === 4401) resolve({ ok: false, code: 'UNAUTHENTICATED', message: reason });
    });
    client.subscribe(
      { query: graphql },
      {
        next: (result) => {
          const [error] = (result.errors ?? []) as Array<{ message: string; extensions?: { code?: string } }>;
          resolve(error ? { ok: false, code: error.extensions?.code ?? 'none', message: error.message } : { ok: true });
        },
        error: (errors) => {
          const [error] = Array.isArray(errors) ? (errors as Array<{ message: string; extensions?: { code?: string } }>) : [];
          if (error) resolve({ ok: false, code: error.extensions?.code ?? 'none', message: error.message });
        },
        complete: () => undefined,
      },
    );
  });
}

/** The raw stream: the key in `?apiKey=`; a refused key gets one auth_failed frame and a 1008 close. */
async function viaRawStream(gateway: TestGateway, apiKey: string | undefined): Promise<Outcome> {
  const socket = new WebSocket(`${gateway.rawWsUrl}/ws${apiKey !== undefined ? `?apiKey=${encodeURIComponent(apiKey)}` : ''}`);
  onTestFinished(() => socket.terminate());
  return new Promise<Outcome>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as { event: string; data?: { error?: string } };
      if (frame.event !== 'auth_failed') return;
      socket.once('close', (code) =>
        resolve({ ok: false, code: code === 1008 ? 'UNAUTHENTICATED' : `close ${code}`, message: frame.data?.error ?? '' }),
      );
    });
    // An admitted client is sent nothing until something happens; a ping is answered only once admitted.
    socket.once('open', () => socket.send(JSON.stringify({ event: 'ping' })));
    socket.on('message', (raw) => {
      if ((JSON.parse(raw.toString()) as { event: string }).event === 'pong') resolve({ ok: true });
    });
  });
}

/** A query that needs the key and changes nothing, for the doors that check a key per request. */
const keyed: Operation = { rest: { method: 'GET', path: '/api/campaigns/list' }, graphql: '{ campaigns { id } }' };

/** Every door of the gateway, so a check written once runs through each. */
export const doors: Door[] = [
  {
    name: 'REST',
    admits: (gateway, apiKey) => viaRest(gateway, keyed, apiKey),
    run: (gateway, op, apiKey = TEST_API_KEY) => viaRest(gateway, op, apiKey),
  },
  {
    name: 'GraphQL over HTTP',
    admits: (gateway, apiKey) => viaGraphQLOverHttp(gateway, keyed, apiKey),
    run: (gateway, op, apiKey = TEST_API_KEY) => viaGraphQLOverHttp(gateway, op, apiKey),
  },
  {
    name: 'graphql-ws',
    admits: (gateway, apiKey) => viaGraphQLWs(gateway, keyed.graphql, apiKey),
    run: (gateway, op, apiKey = TEST_API_KEY) => viaGraphQLWs(gateway, op.graphql, apiKey),
  },
  { name: 'raw stream', admits: viaRawStream },
];
