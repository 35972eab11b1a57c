import { describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/app/app.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { MessageStatusDocument, SendTextDocument } from '../../generated/graphql.js';
import { scratchDatabase } from '../../utils/databases.js';
import { callRest, startGateway } from '../../utils/gateway.js';
import { startReceiver } from '../../utils/webhook-receiver.js';
import { eventually } from '../../utils/waiting.js';

describe('the gateway on PostgreSQL', () => {
  it('records sends in PostgreSQL and refuses a second gateway on the same session', async () => {
    const database = await scratchDatabase('postgresql');
    if (database.kind !== 'postgresql') throw new Error('expected PostgreSQL');
    const gateway = await startGateway({ DATABASE_URL: database.url }, { link: true });
    const sent = await gateway.request(SendTextDocument, { input: { phone: '966501234567', message: 'stored in postgres' } });
    const id = sent.body.data!.sendText!.id;
    await eventually(async () => {
      const status = await gateway.request(MessageStatusDocument, { id });
      expect(status.body.data?.messageStatus).toMatchObject({ status: 'delivered', chatId: '966501234567@c.us' });
    });

    const second = buildApp(
      loadConfig({ API_KEY: 'another-key', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: database.url, WHATSAPP_DRIVER: 'sandbox' }),
      createLogger('silent'),
    );
    await expect(second.start()).rejects.toThrow(/Session "default" is in use by .+ pid \d+/);
    await second.stop();
  });

  it('delivers webhooks from the PostgreSQL outbox, every attempt recorded there', async () => {
    const database = await scratchDatabase('postgresql');
    if (database.kind !== 'postgresql') throw new Error('expected PostgreSQL');
    const gateway = await startGateway(
      { DATABASE_URL: database.url, WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_RETRY_BASE_MS: '50' },
      { link: true },
    );
    const receiver = await startReceiver({ answer: (_request, index) => (index === 0 ? 503 : 200) });
    const created = await callRest(gateway.url, 'POST', '/api/webhooks', { url: receiver.url, events: ['message_ack'] });
    expect(created.status).toBe(200);
    const sent = await gateway.request(SendTextDocument, { input: { phone: '966501234567', message: 'acked by webhook' } });
    const id = sent.body.data!.sendText!.id;
    await eventually(() => expect(receiver.accepted().map((r) => r.body.data.status)).toEqual(['sent', 'delivered']));
    expect(receiver.accepted().every((r) => r.body.data.id === id)).toBe(true);
    // The attempt is stored once the receiver's answer is in, a moment after the receiver has it.
    await eventually(async () => {
      const listed = await callRest(gateway.url, 'GET', `/api/webhooks/${created.body.data.webhook.id}/deliveries`);
      expect(listed.body.data.map((d: { state: string; attempts: number }) => [d.state, d.attempts])).toEqual([
        ['delivered', 1],
        ['delivered', 2],
      ]);
    });
  });
});
