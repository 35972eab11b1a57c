import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  HealthDocument,
  OnEventsDocument,
  OnMessageAckDocument,
  OnMessageDocument,
  OnQrDocument,
  SandboxDisconnectDocument,
  SandboxInboundDocument,
  SandboxLinkDocument,
  SendTextDocument,
} from '../../generated/graphql.js';
import { startGateway, TEST_API_KEY, type TestGateway } from '../../utils/gateway.js';
import { sample, scrape } from '../../utils/metrics.js';
import { eventually, quietFor } from '../../utils/waiting.js';

function connect(url: string, apiKey: string | undefined = TEST_API_KEY): Client {
  const client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: apiKey ? { apiKey } : {} });
  onTestFinished(() => client.dispose());
  return client;
}

/** Subscriptions opened on each gateway by this file, to know how many it should count as listening. */
const opened = new WeakMap<TestGateway, number>();

/**
 * Subscribes over a connection of its own and collects results; `subscribed()` resolves once the gateway
 * counts the subscription as listening (nothing published from then on is missed), `next(n)` once n
 * results have arrived.
 */
function subscribe<T, V>(gateway: TestGateway, document: TypedDocumentNode<T, V>, variables?: V) {
  const client = connect(gateway.wsUrl);
  const results: Array<{ data?: T | null; errors?: unknown }> = [];
  const waiters: Array<() => void> = [];
  const count = (opened.get(gateway) ?? 0) + 1;
  opened.set(gateway, count);
  client.subscribe<T>(
    { query: print(document), variables: variables as Record<string, unknown> | undefined },
    {
      next: (value) => {
        results.push(value as (typeof results)[number]);
        waiters.splice(0).forEach((wake) => wake());
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return {
    results,
    subscribed: () =>
      eventually(async () => expect(sample(await scrape(gateway), 'waqtor_event_subscriptions', { session: 'default' })).toBe(count)),
    async next(count: number, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (results.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} results, got ${JSON.stringify(results)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return results.slice(0, count);
    },
  };
}

describe('GraphQL subscriptions over graphql-ws', () => {
  it('receives a sandbox inbound message on the message subscription', async () => {
    const gateway = await startGateway({}, { link: true });
    const messages = subscribe(gateway, OnMessageDocument);
    await messages.subscribed();
    await gateway.request(SandboxInboundDocument, { input: { from: '971501234567', body: 'Hello gateway' } });
    const [first] = await messages.next(1);
    expect(first?.data?.message).toMatchObject({
      event: 'message',
      session: 'default',
      from: '971501234567@c.us',
      to: '15550100001@c.us',
      body: 'Hello gateway',
      fromMe: false,
      hasMedia: false,
      type: 'chat',
      isGroup: false,
    });
  });

  it('streams acks for a sent message, sent then delivered', async () => {
    const gateway = await startGateway({}, { link: true });
    const acks = subscribe(gateway, OnMessageAckDocument);
    await acks.subscribed();
    const sent = await gateway.request(SendTextDocument, { input: { phone: '966501234567', message: 'track me' } });
    const id = sent.body.data!.sendText!.id;
    const results = await acks.next(2);
    expect(results.map((r) => r.data?.messageAck)).toEqual([
      expect.objectContaining({ event: 'message_ack', id, chatId: '966501234567@c.us', ack: 1, status: 'sent' }),
      expect.objectContaining({ event: 'message_ack', id, ack: 2, status: 'delivered' }),
    ]);
  });

  it('tags every connection event on the events subscription', async () => {
    const gateway = await startGateway();
    const events = subscribe(gateway, OnEventsDocument, {
      types: ['authenticated', 'ready', 'state_change', 'disconnected', 'qr'],
    });
    await events.subscribed();
    await gateway.request(SandboxLinkDocument);
    await gateway.request(SandboxDisconnectDocument, { reason: 'CONFLICT' });
    // The first is the QR code that was on screen when the subscription began.
    const results = (await events.next(9)).map((r) => r.data?.events);
    expect(results.map((e) => e?.event)).toEqual([
      'qr',
      'authenticated',
      'ready',
      'state_change',
      'disconnected',
      'state_change',
      'state_change',
      'state_change',
      'qr',
    ]);
    expect(results[2]).toMatchObject({ message: 'WhatsApp client is ready', info: { wid: '15550100001@c.us', platform: 'sandbox' } });
    expect(results[3]).toMatchObject({ state: 'CONNECTED', previousState: 'PAIRING' });
    expect(results[4]).toMatchObject({ reason: 'CONFLICT', message: 'WhatsApp client disconnected' });
    expect(results[8]).toMatchObject({ qr: expect.stringMatching(/^2@/) });
    expect(results[8]).not.toEqual(results[0]);
  });

  it('gives a new qr subscriber the QR code on screen at once, and none once the phone is linked', async () => {
    // Refreshes far apart: a subscriber that got a QR within the test got the one on screen.
    const gateway = await startGateway({ SANDBOX_QR_REFRESH_MS: '600000' });
    const first = subscribe(gateway, OnQrDocument);
    const [shown] = await first.next(1, 2_000);
    const second = subscribe(gateway, OnQrDocument);
    const [again] = await second.next(1, 2_000);
    expect(shown?.data?.qr?.qr).toMatch(/^2@/);
    expect(again?.data?.qr).toEqual(shown?.data?.qr);

    await gateway.request(SandboxLinkDocument);
    const late = subscribe(gateway, OnQrDocument);
    await late.subscribed();
    await quietFor(300);
    expect(late.results).toEqual([]);

    // Logged out, the phone must scan a new code: it reaches the late subscriber as it is shown.
    await gateway.rest.POST('/api/sandbox/disconnect', { body: { reason: 'LOGOUT' } });
    const [next] = await late.next(1);
    expect(next?.data?.qr?.qr).toMatch(/^2@/);
    expect(next?.data?.qr?.qr).not.toBe(shown?.data?.qr?.qr);
  });

  it.each([
    [undefined, 'API key is required'],
    ['wrong', 'Invalid API key'],
  ])('closes the socket with 4401 when the key is %s', async (apiKey, reason) => {
    const gateway = await startGateway();
    const closed = new Promise<{ code: number; reason: string }>((resolve) => {
      const client = createClient({
        url: gateway.wsUrl,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        connectionParams: apiKey ? { apiKey } : {},
        onNonLazyError: () => undefined,
      });
      client.on('closed', (event) => {
        const { code, reason: text } = event as { code: number; reason: string };
        resolve({ code, reason: text });
      });
      onTestFinished(() => client.dispose());
    });
    expect(await closed).toEqual({ code: 4401, reason });
  });

  it('refuses invalid operations with a coded error', async () => {
    const gateway = await startGateway();
    const client = connect(gateway.wsUrl);
    const outcome = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: 'subscription { nope }' }, { next: resolve, error: resolve, complete: () => undefined });
    });
    expect(outcome).toEqual([
      expect.objectContaining({ message: 'Cannot query field "nope" on type "Subscription".', extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
    const query = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: print(HealthDocument) }, { next: resolve, error: resolve, complete: () => undefined });
    });
    expect(query).toMatchObject({ data: { health: { status: 'ok' } } });
  });
});
