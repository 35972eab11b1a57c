import { describe, expect, it } from 'vitest';
import { MessageRecord } from '../../../src/db/entities/message-record.js';
import { startGateway } from '../../utils/gateway.js';
import { eventually } from '../../utils/waiting.js';

const DAY_MS = 24 * 60 * 60_000;

describe('housekeeping', () => {
  it('deletes message records past MESSAGE_RETENTION_DAYS when the gateway starts, and keeps the rest', async () => {
    const first = await startGateway({}, { link: true });
    await first.rest.POST('/api/messages/send-text', { body: { phone: '966501234567', message: 'old' } });
    await first.rest.POST('/api/messages/send-text', { body: { phone: '966501234568', message: 'recent' } });
    const em = first.services.database.em.fork();
    const [old] = await em.find(MessageRecord, {}, { orderBy: { createdAt: 'asc' } });
    await em.nativeUpdate(MessageRecord, { id: old!.id }, { createdAt: new Date(Date.now() - 31 * DAY_MS) });
    await first.stop();

    const second = await startGateway({ DATABASE_PATH: (first.config.database as { path: string }).path, MESSAGE_RETENTION_DAYS: '30' });
    await eventually(async () => expect(await second.services.database.em.fork().count(MessageRecord, {})).toBe(1));
    expect(await second.services.database.em.fork().findOne(MessageRecord, { id: old!.id })).toBeNull();
    expect(second.logs.text).toContain('"chore":"message records","deleted":1');
  });
});
