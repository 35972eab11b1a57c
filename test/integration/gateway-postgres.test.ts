import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { MessageStatusDocument, SendTextDocument } from '../generated/graphql.js';
import { scratchDatabase } from '../utils/databases.js';
import { eventually, startGateway } from '../utils/gateway.js';

describe('the gateway on PostgreSQL', () => {
  it('records sends in PostgreSQL and refuses a second gateway on the same session', async () => {
    const database = await scratchDatabase('postgresql');
    if (database.kind !== 'postgresql') throw new Error('expected PostgreSQL');
    const gateway = await startGateway({ DATABASE_URL: database.url }, { link: true });
    const sent = await gateway.request(SendTextDocument, { input: { phone: '966501234567', message: 'stored in postgres' } });
    const id = sent.body.data!.sendText.id;
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
});
