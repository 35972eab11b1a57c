import { SANDBOX_PUBLIC_CHANNEL } from '../../../../src/whatsapp/sandbox/sandbox-channels.js';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createLogger } from '../../../../src/logger.js';
import type { DriverEvent } from '../../../../src/domain/driver-events.js';
import { sandboxGroupInput } from '../../../../src/domain/sandbox-inputs.js';
import type { SandboxOptions } from '../../../../src/whatsapp/sandbox/sandbox-connection.js';
import { SandboxDriver } from '../../../../src/whatsapp/sandbox/sandbox-driver.js';
import { describeDriverContract, person } from '../driver-suite.js';

const options: SandboxOptions = { ackDelayMs: 20, latencyMs: 0, qrRefreshMs: 60_000 };
const sandbox = (overrides: Partial<SandboxOptions> = {}) => new SandboxDriver({ ...options, ...overrides }, createLogger('silent'));

const control = (driver: unknown) => driver as SandboxDriver;

describeDriverContract('sandbox', {
  create: () => sandbox(),
  link: async (driver) => void control(driver).link(),
  unregistered: { chatId: '966500000000@c.us', to: '966500000000', isGroup: false },
  publicChannel: SANDBOX_PUBLIC_CHANNEL.id,
  limit: async (driver) => void control(driver).limit(null),
  showDialog: async (driver, dialog) => void control(driver).showDialog(dialog),
  others: {
    send: async (driver, from, body) => control(driver).inbound({ from, body }).id,
    react: async (driver, messageId, from, emoji) => void control(driver).inboundReaction({ messageId, from, emoji }),
    edit: async (driver, messageId, _from, body) => void control(driver).inboundEdit({ messageId, body }),
    revoke: async (driver, messageId) => void control(driver).inboundRevoke({ messageId }),
    vote: async (driver, pollId, from, options) => void control(driver).inboundVote({ pollId, from, options }),
    join: async (driver, groupId, participants) =>
      void control(driver).groupChange(sandboxGroupInput.parse({ groupId, change: 'join', participants })),
    rename: async (driver, groupId, author, subject) =>
      void control(driver).groupChange(sandboxGroupInput.parse({ groupId, change: 'update', author, subject })),
    pending: async (driver, from) => control(driver).inboundPending({ from }).id,
    deliverPending: async (driver, id, from, body) => void control(driver).inbound({ from, body, pendingId: id }),
    call: async (driver, from) => control(driver).inboundCall({ from, isVideo: false }).id,
    story: async (driver, from, body) => control(driver).inboundStory({ from, body, mimeType: undefined, mediaBase64: undefined }).id,
  },
});

async function running(overrides: Partial<SandboxOptions> = {}) {
  const driver = sandbox(overrides);
  const events: DriverEvent[] = [];
  driver.subscribe((event) => events.push(event));
  onTestFinished(() => driver.stop());
  await driver.start();
  return { driver, events };
}

describe('the sandbox driver', () => {
  it('links by itself after SANDBOX_AUTO_LINK_MS', async () => {
    const { driver, events } = await running({ autoLinkMs: 30 });
    expect(driver.state()).toBe('PAIRING');
    await expect.poll(() => driver.state()).toBe('CONNECTED');
    await expect
      .poll(() => events.map((e) => e.event))
      .toEqual(['state_change', 'state_change', 'qr', 'authenticated', 'ready', 'state_change', 'web_version']);
  });

  it('refreshes the QR code while pairing', async () => {
    const { events } = await running({ qrRefreshMs: 1000 });
    await expect.poll(() => events.filter((e) => e.event === 'qr').length, { timeout: 2500 }).toBeGreaterThanOrEqual(2);
    const codes = events.flatMap((e) => (e.event === 'qr' ? [e.data.qr] : []));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('appends each delivered message to the outbox file before the send returns', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waqtor-outbox-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const sentLogPath = join(dir, 'deep', 'outbox.jsonl');
    const { driver } = await running({ sentLogPath });
    driver.link();
    const first = await driver.sendText(person, 'one');
    const lines = (await readFile(sentLogPath, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ id: first.id, chatId: person.chatId, to: person.to, kind: 'text', body: 'one', ack: 0 }),
    ]);
    await driver.sendMedia(person, { data: Buffer.alloc(5), mimetype: 'image/png', filename: 'x.png' }, { caption: 'two' });
    const all = (await readFile(sentLogPath, 'utf8')).trim().split('\n');
    expect(JSON.parse(all[1]!)).toMatchObject({ kind: 'media', body: 'two', media: { mimetype: 'image/png', filename: 'x.png', size: 5 } });
  });

  it('delays sends by SANDBOX_LATENCY_MS', async () => {
    const { driver } = await running({ latencyMs: 80 });
    driver.link();
    const started = performance.now();
    await driver.sendText(person, 'slow');
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
  });

  it('cuts a send whose connection dropped during its wait, even when it linked again before the wait ended', async () => {
    const { driver } = await running({ latencyMs: 300, autoLinkMs: 20 });
    await expect.poll(() => driver.state()).toBe('CONNECTED');
    const sending = driver.sendText(person, 'cut');
    driver.disconnect('TIMEOUT');
    await expect.poll(() => driver.state()).toBe('CONNECTED');
    await expect(sending).rejects.toMatchObject({ code: 'UPSTREAM_FAILED', uncertain: true });
    // It may have left, as with WhatsApp: the outbox has it.
    expect(driver.delivered().map((m) => m.body)).toEqual(['cut']);
    await expect(driver.sendText(person, 'after')).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('delivers inbound messages, in groups with their author, and counts them unread', async () => {
    const { driver, events } = await running();
    driver.link();
    const direct = driver.inbound({ from: '971501234567', body: 'hello' });
    expect(direct).toMatchObject({
      from: '971501234567@c.us',
      to: '15550100001@c.us',
      body: 'hello',
      type: 'chat',
      isGroup: false,
      hasMedia: false,
    });
    const inGroup = driver.inbound({
      from: '120363012345678901@g.us',
      author: '971501234567',
      body: '',
      mimeType: 'image/jpeg',
      caption: 'look',
    });
    expect(inGroup).toMatchObject({
      isGroup: true,
      author: '971501234567@c.us',
      hasMedia: true,
      type: 'image',
      caption: 'look',
      mimeType: 'image/jpeg',
    });
    expect(events.filter((e) => e.event === 'message').map((e) => e.data)).toEqual([direct, inGroup]);
    expect(await driver.chats()).toEqual([
      { id: '971501234567@c.us', name: '971501234567', isGroup: false, unreadCount: 1, archived: false, pinned: false, muted: false },
      {
        id: '120363012345678901@g.us',
        name: '120363012345678901@g.us',
        isGroup: true,
        unreadCount: 1,
        archived: false,
        pinned: false,
        muted: false,
      },
    ]);
    expect(() => driver.inbound({ from: '0501234567', body: 'x' })).toThrow(/from: Phone number "0501234567" looks like a national number/);
  });

  it('drops the connection with a reason and pairs again; a blocked number stays blocked', async () => {
    const { driver, events } = await running();
    driver.link();
    events.length = 0;
    driver.disconnect('CONFLICT');
    expect(events.slice(0, 2).map((e) => e.data)).toEqual([{ reason: 'CONFLICT' }, { state: 'CONFLICT', previousState: 'CONNECTED' }]);
    expect(driver.state()).toBe('PAIRING');
    driver.link();
    driver.disconnect('TOS_BLOCK');
    expect(driver.state()).toBe('TOS_BLOCK');
    expect(() => driver.link()).toThrow(/blocked \(TOS_BLOCK\)/);
  });

  it('acks on demand, and says when the message is unknown', async () => {
    const { driver, events } = await running();
    driver.link();
    const sent = await driver.sendText(person, 'read me');
    expect(driver.ack(sent.id, 3)).toMatchObject({ id: sent.id, ack: 3 });
    expect(events.filter((e) => e.event === 'message_ack').at(-1)?.data).toEqual({
      id: sent.id,
      chatId: person.chatId,
      ack: 3,
      status: 'read',
    });
    expect(() => driver.ack('nope', 3)).toThrow('No message with id nope in the sandbox outbox');
  });
});
