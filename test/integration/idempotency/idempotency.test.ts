import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { IdempotencyRecord } from '../../../src/db/entities/idempotency-record.js';
import { SendTextDocument } from '../../generated/graphql.js';
import { startGateway, TEST_API_KEY, type TestGateway } from '../../utils/gateway.js';
import { eventually } from '../../utils/waiting.js';

async function post(gateway: TestGateway, path: string, body: unknown, idempotencyKey?: string) {
  const response = await fetch(`${gateway.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': TEST_API_KEY,
      ...(idempotencyKey !== undefined && { 'idempotency-key': idempotencyKey }),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const sendText = (gateway: TestGateway, body: unknown, key?: string) => post(gateway, '/api/messages/send-text', body, key);

describe('idempotency keys', () => {
  it('answers a repeat with the first answer and sends nothing; the key on another body is a 422', async () => {
    const gateway = await startGateway({}, { link: true });
    const body = { phone: '966501234567', message: 'Your code is 4411' };

    const first = await sendText(gateway, body, 'order-1001');
    const repeat = await sendText(gateway, body, 'order-1001');
    expect(first.status).toBe(200);
    expect(repeat).toEqual(first);
    expect(first.body.data.id).toMatch(/^true_966501234567@c\.us_/);

    const other = await sendText(gateway, { ...body, message: 'Your code is 9999' }, 'order-1001');
    expect(other).toEqual({
      status: 422,
      body: {
        success: false,
        error: 'Idempotency key reused with a different request',
        message: 'Use a new Idempotency-Key for a different request',
      },
    });
    // Without a key every request is its own.
    expect((await sendText(gateway, body)).body.data.id).not.toBe(first.body.data.id);
    expect((await gateway.outboxFile()).map((entry) => entry.body)).toEqual(['Your code is 4411', 'Your code is 4411']);
  });

  it('sends once for two requests with one key that arrive together', async () => {
    const gateway = await startGateway({ SANDBOX_LATENCY_MS: '300' }, { link: true });
    const body = { phone: '966501234567', message: 'Both at once' };
    const [a, b] = await Promise.all([sendText(gateway, body, 'together'), sendText(gateway, body, 'together')]);
    expect(a.status).toBe(200);
    expect(b).toEqual(a);
    expect(await gateway.outboxFile()).toHaveLength(1);
  });

  it('takes the key as the idempotencyKey argument over GraphQL, sharing it with nothing else', async () => {
    const gateway = await startGateway({}, { link: true });
    const input = { phone: '966501234567', message: 'Over GraphQL' };
    const first = await gateway.request(SendTextDocument, { input, idempotencyKey: 'gql-1' });
    const repeat = await gateway.request(SendTextDocument, { input, idempotencyKey: 'gql-1' });
    expect(first.body.errors).toBeUndefined();
    expect(repeat.body).toEqual(first.body);
    expect(await gateway.outboxFile()).toHaveLength(1);

    const malformed = await gateway.request(SendTextDocument, { input, idempotencyKey: 'has spaces in it' });
    expect(malformed.body.errors?.[0]).toMatchObject({
      message: 'Idempotency key must be 1 to 255 visible ASCII characters, e.g. a UUID',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await sendText(gateway, input, 'x'.repeat(256))).status).toBe(400);
    expect(await gateway.outboxFile()).toHaveLength(1);

    // A list where the key's String is declared once held the gateway in an endless claim.
    for (let repeat = 0; repeat < 2; repeat++) {
      const listed = await gateway.request(SendTextDocument, { input, idempotencyKey: ['a', 'b'] as unknown as string });
      expect(listed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await sendText(gateway, input, 'after-the-list')).status).toBe(200);
    expect(await gateway.outboxFile()).toHaveLength(2);
  });

  it('frees the key of a request that did nothing, so the retry sends', async () => {
    const gateway = await startGateway();
    const body = { phone: '966501234567', message: 'Once linked' };
    expect((await sendText(gateway, body, 'retry-me')).status).toBe(503);
    await post(gateway, '/api/sandbox/link', {});
    const retry = await sendText(gateway, body, 'retry-me');
    expect(retry.status).toBe(200);
    expect(await sendText(gateway, body, 'retry-me')).toEqual(retry);
    expect(await gateway.outboxFile()).toHaveLength(1);
  });

  it('forgets a key after IDEMPOTENCY_TTL_MS', async () => {
    const gateway = await startGateway({ IDEMPOTENCY_TTL_MS: '1000' }, { link: true });
    const body = { phone: '966501234567', message: 'Again later' };
    const first = await sendText(gateway, body, 'short-lived');
    // A repeat gets the first answer and sends nothing until the key expires; then it sends again.
    expect(await sendText(gateway, body, 'short-lived')).toEqual(first);
    const later = await eventually(async () => {
      const repeat = await sendText(gateway, body, 'short-lived');
      expect(repeat.body.data.id).not.toBe(first.body.data.id);
      return repeat;
    }, 1_500);
    expect(later.status).toBe(200);
    expect(await gateway.outboxFile()).toHaveLength(2);
  });

  it('keeps a key across a restart: the repeat to a new process gets the stored answer', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waqtor-idempotency-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const database = { DATABASE_PATH: join(dir, 'waqtor.db') };
    const body = { phone: '966501234567', message: 'Before the restart' };
    const before = await startGateway(database, { link: true });
    const first = await sendText(before, body, 'survives');
    await before.stop();

    const after = await startGateway(database, { link: true });
    expect(await sendText(after, body, 'survives')).toEqual(first);
    expect(await after.outboxFile()).toEqual([]);
  });

  it('creates one campaign and runs it once, however often the requests are repeated', async () => {
    const gateway = await startGateway({}, { link: true });
    const campaign = { name: 'Once', message: 'Hello', recipients: ['966501111111', '966502222222'] };
    const created = await post(gateway, '/api/campaigns/create', campaign, 'campaign-1');
    expect(await post(gateway, '/api/campaigns/create', campaign, 'campaign-1')).toEqual(created);
    const list = await fetch(`${gateway.url}/api/campaigns/list`, { headers: { 'x-api-key': TEST_API_KEY } }).then((r) => r.json());
    expect(list.data).toHaveLength(1);

    const id = created.body.data.id;
    const run = await post(gateway, `/api/campaigns/${id}/execute`, {}, 'run-1');
    expect(run.status).toBe(200);
    expect(await post(gateway, `/api/campaigns/${id}/execute`, {}, 'run-1')).toEqual(run);
    expect(await gateway.outboxFile()).toHaveLength(2);
  });

  it('keeps the key with its answer when the connection drops during the send, so a retry does not send again', async () => {
    const gateway = await startGateway({ SANDBOX_LATENCY_MS: '1500' }, { link: true });
    const body = { phone: '966501234567', message: 'Your order shipped' };
    const sending = sendText(gateway, body, 'shipped-7');
    // The request holds its key while the sandbox waits out its latency; the connection drops then.
    await eventually(async () => expect(await gateway.services.database.em.fork().count(IdempotencyRecord, { key: 'shipped-7' })).toBe(1));
    await gateway.rest.POST('/api/sandbox/disconnect', { body: { reason: 'TIMEOUT' } });
    const dropped = await sending;
    expect(dropped).toEqual({
      status: 502,
      body: {
        success: false,
        error: 'The connection dropped during the send; it may have been delivered',
        message: 'WhatsApp or the media host refused; see error',
      },
    });
    expect(await gateway.outboxFile()).toHaveLength(1);

    await gateway.rest.POST('/api/sandbox/link');
    expect(await sendText(gateway, body, 'shipped-7')).toEqual(dropped);
    const overGraphQL = await gateway.request(SendTextDocument, { input: body, idempotencyKey: 'shipped-7' });
    expect(overGraphQL.body.errors).toEqual([
      {
        message: 'The connection dropped during the send; it may have been delivered',
        path: ['sendText'],
        extensions: { code: 'UPSTREAM_FAILED', uncertain: true },
      },
    ]);
    expect(await gateway.outboxFile()).toHaveLength(1);
  });

  it('frees the key of a send refused before anything left, so the retry sends', async () => {
    const gateway = await startGateway();
    const body = { phone: '966501234567', message: 'Welcome' };
    expect((await sendText(gateway, body, 'welcome-1')).status).toBe(503);
    await gateway.rest.POST('/api/sandbox/link');
    const retry = await sendText(gateway, body, 'welcome-1');
    expect(retry.status).toBe(200);
    expect(await gateway.outboxFile()).toHaveLength(1);
  });
});
