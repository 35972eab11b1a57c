import wwebjs from 'whatsapp-web.js';
import { quietFor } from '../../../utils/waiting.js';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createLogger } from '../../../../src/logger.js';
import type { DriverEvent, DriverEventMap, DriverEventName } from '../../../../src/domain/driver-events.js';
import { BrowserProfile } from '../../../../src/whatsapp/wwebjs/browser-profile.js';
import type { WwebjsDriverOptions } from '../../../../src/whatsapp/wwebjs/wwebjs-driver-options.js';
import { WwebjsDriver } from '../../../../src/whatsapp/wwebjs/wwebjs-driver.js';
import { LogSink } from '../../../utils/gateway.js';
import { describeDriverContract, person } from '../driver-suite.js';
import { FAKE_ACCOUNT, FAKE_PUBLIC_CHANNEL, FakeWhatsApp, LIVE_WEB_VERSION, type FakeClient } from './fake-wwebjs.js';
import type { WebVersionStore } from '../../../../src/whatsapp/web-version-store.js';
import { compareWebVersions, type KnownWebVersion } from '../../../../src/domain/web-versions.js';

/** The shared store of the version that last reached ready, as the database keeps it: the newer wins. */
class RememberedVersions implements WebVersionStore {
  constructor(public kept: KnownWebVersion | null = null) {}

  async remembered(): Promise<KnownWebVersion | null> {
    return this.kept;
  }

  async reachedReady(reached: KnownWebVersion): Promise<boolean> {
    if (this.kept && compareWebVersions(reached.version, this.kept.version) <= 0) return false;
    this.kept = reached;
    return true;
  }
}

const options: WwebjsDriverOptions = {
  initTimeoutMs: 2_000,
  readyTimeoutMs: 2_000,
  livenessIntervalMs: 60_000,
  livenessTimeoutMs: 100,
  dialogCheckMs: 20,
  versionFallbackAfter: 3,
  destroyTimeoutMs: 500,
  restart: { baseMs: 20, maxMs: 160 },
  onConflict: 'takeover',
};

async function profileDir() {
  const dir = await mkdtemp(join(tmpdir(), 'waqtor-profile-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return new BrowserProfile(dir, 'default');
}

async function setUp(overrides: Partial<WwebjsDriverOptions> = {}, world = new FakeWhatsApp(), versions?: WebVersionStore) {
  const profile = await profileDir();
  const logs = new LogSink();
  const shown: string[] = [];
  const driver = new WwebjsDriver(
    { ...options, ...overrides },
    { clients: world, profile, versions, logger: createLogger('info', logs), showQr: (qr) => shown.push(qr), random: () => 1 },
  );
  const events: DriverEvent[] = [];
  driver.subscribe((event) => events.push(event));
  onTestFinished(() => driver.stop());
  const of = <K extends DriverEventName>(name: K) => events.filter((e) => e.event === name).map((e) => e.data as DriverEventMap[K]);
  return { driver, world, profile, logs, events, of, shown };
}

/** Started and showing its first QR code. */
async function pairing(overrides: Partial<WwebjsDriverOptions> = {}, world = new FakeWhatsApp()) {
  const setup = await setUp(overrides, world);
  await setup.driver.start();
  await expect.poll(() => setup.driver.state()).toBe('PAIRING');
  return setup;
}

async function connected(overrides: Partial<WwebjsDriverOptions> = {}, world = new FakeWhatsApp()) {
  const setup = await pairing(overrides, world);
  setup.world.latest.link();
  expect(setup.driver.state()).toBe('CONNECTED');
  return setup;
}

describe('the whatsapp-web.js driver on a fake client', () => {
  describeDriverContract('wwebjs', {
    create: () => {
      const world = new FakeWhatsApp();
      const driver = new WwebjsDriver(options, {
        clients: world,
        profile: { prepare: async () => ({ ended: [] }), clear: async () => undefined, endBrowsers: async () => [] },
        logger: createLogger('silent'),
      });
      worlds.set(driver, world);
      return driver;
    },
    link: async (driver) => {
      const world = worlds.get(driver)!;
      await expect.poll(() => world.clients.length).toBeGreaterThan(0);
      world.latest.link();
    },
    unregistered: { chatId: '966500000000@c.us', to: '966500000000', isGroup: false },
    publicChannel: FAKE_PUBLIC_CHANNEL,
    limit: async (driver) => {
      worlds.get(driver)!.limited = true;
    },
    showDialog: async (driver, dialog) => {
      worlds.get(driver)!.dialog = dialog;
    },
    others: {
      send: async (driver, from, body) => {
        const client = worlds.get(driver)!.latest;
        const message = {
          id: { _serialized: `false_${from}_3EB0IN${client.known.size}` },
          from,
          to: FAKE_ACCOUNT.wid._serialized,
          body,
          timestamp: Math.floor(Date.now() / 1000),
          fromMe: false,
          hasMedia: false,
          type: 'chat',
        };
        client.known.set(message.id._serialized, message);
        client.emit('message', message);
        return message.id._serialized;
      },
      react: async (driver, messageId, from, emoji) => {
        const remote = worlds.get(driver)!.latest.known.get(messageId)!.from;
        worlds.get(driver)!.latest.emit('message_reaction', {
          id: { _serialized: `reaction_${messageId}`, remote },
          msgId: { _serialized: messageId, remote },
          senderId: from,
          reaction: emoji,
          timestamp: Math.floor(Date.now() / 1000),
        });
      },
      edit: async (driver, messageId, _from, body, previousBody) => {
        const client = worlds.get(driver)!.latest;
        const message = { ...client.known.get(messageId)!, body };
        client.emit('message_edit', message, body, previousBody);
      },
      revoke: async (driver, messageId, _from, body) => {
        const client = worlds.get(driver)!.latest;
        const message = client.known.get(messageId)!;
        client.emit('message_revoke_everyone', { ...message, body: '', type: 'revoked' }, { ...message, body });
      },
      vote: async (driver, pollId, voter, options) => {
        const client = worlds.get(driver)!.latest;
        client.emit('vote_update', {
          voter,
          selectedOptions: options.map((name, id) => ({ id, name })),
          interractedAtTs: Date.now(),
          parentMessage: client.known.get(pollId)!,
        });
      },
      join: async (driver, groupId, participants) => {
        worlds.get(driver)!.latest.emit('group_join', {
          chatId: groupId,
          author: participants[0],
          recipientIds: participants,
          type: 'invite',
          body: '',
          timestamp: Math.floor(Date.now() / 1000),
        });
      },
      pending: async (driver, from) => {
        const client = worlds.get(driver)!.latest;
        const id = `false_${from}_3EB0CIPHER${client.known.size}`;
        const base = {
          id: { _serialized: id },
          from,
          to: FAKE_ACCOUNT.wid._serialized,
          timestamp: Math.floor(Date.now() / 1000),
          fromMe: false,
          hasMedia: false,
        };
        // As whatsapp-web.js 1.34.7 raises it: the message still of type ciphertext, with no body.
        client.emit('message_ciphertext_failed', { ...base, body: '', type: 'ciphertext' });
        return id;
      },
      deliverPending: async (driver, id, from, body) => {
        const client = worlds.get(driver)!.latest;
        const message = {
          id: { _serialized: id },
          from,
          to: FAKE_ACCOUNT.wid._serialized,
          body,
          timestamp: Math.floor(Date.now() / 1000),
          fromMe: false,
          hasMedia: false,
          type: 'chat',
        };
        client.known.set(id, message);
        // The decrypted message is added again by WhatsApp Web as it changes type: whatsapp-web.js may say so twice.
        client.emit('message', message);
        client.emit('message', message);
      },
      call: async (driver, from) => {
        const client = worlds.get(driver)!.latest;
        const id = `CALL${client.rejectedCalls.length}${Date.now()}`;
        // whatsapp-web.js's Call, as its `call` event carries it.
        client.emit('call', {
          id,
          from,
          timestamp: Math.floor(Date.now() / 1000),
          isVideo: false,
          isGroup: false,
          fromMe: false,
          reject: async () => client.rejectedCalls.push(id),
        });
        return id;
      },
      // As whatsapp-web.js raises a Status update: a `message` from status@broadcast, its poster the author.
      story: async (driver, from, body) => {
        const client = worlds.get(driver)!.latest;
        const message = {
          id: { _serialized: `false_status@broadcast_3EB0ST${client.known.size}_${from}` },
          from: 'status@broadcast',
          to: FAKE_ACCOUNT.wid._serialized,
          author: from,
          body,
          timestamp: Math.floor(Date.now() / 1000),
          fromMe: false,
          hasMedia: false,
          type: 'chat',
          isStatus: true,
        };
        client.known.set(message.id._serialized, message);
        client.emit('message', message);
        return message.id._serialized;
      },
      rename: async (driver, groupId, author, subject) => {
        worlds.get(driver)!.latest.emit('group_update', {
          chatId: groupId,
          author,
          recipientIds: [],
          type: 'subject',
          body: subject,
          timestamp: Math.floor(Date.now() / 1000),
        });
      },
    },
  });

  describe('maps whatsapp-web.js events to driver events', () => {
    it('qr: raised, shown in the terminal, and refreshed', async () => {
      const { world, of, shown } = await pairing();
      world.latest.emit('qr', '2@refreshed');
      expect(of('qr')).toEqual([{ qr: '2@fake-qr-0' }, { qr: '2@refreshed' }]);
      expect(shown).toEqual(['2@fake-qr-0', '2@refreshed']);
    });

    it('pairing code: asked of whatsapp-web.js for the number while pairing, raised as pairing_code, refused once linked', async () => {
      const { driver, world, of } = await pairing();
      expect(await driver.requestPairingCode('966501234567')).toBe('FAKE1234');
      expect(world.latest.pairingRequests).toEqual(['966501234567']);
      expect(of('pairing_code')).toEqual([{ code: 'FAKE1234', phone: '966501234567' }]);
      world.latest.link();
      await expect(driver.requestPairingCode('966501234567')).rejects.toThrow(
        'A pairing code is given only while the session is pairing; it is CONNECTED',
      );
    });

    it('authenticated and ready with the account; info() answers the same', async () => {
      const { driver, of } = await connected();
      expect(of('authenticated')).toEqual([{}]);
      expect(of('ready')).toEqual([
        { info: { wid: '971509876543@c.us', pushname: 'Fake Phone', platform: 'smba', phone: '971509876543' } },
      ]);
      expect(await driver.info()).toEqual(of('ready')[0]!.info);
      expect(of('state_change')).toEqual([
        { state: 'OPENING', previousState: 'UNLAUNCHED' },
        { state: 'PAIRING', previousState: 'OPENING' },
        { state: 'CONNECTED', previousState: 'PAIRING' },
      ]);
    });

    it('change_state: state_change with the previous state; an unknown state is ignored', async () => {
      const { driver, world, of } = await connected();
      world.latest.emit('change_state', 'TIMEOUT');
      world.latest.emit('change_state', 'SOMETHING_NEW');
      world.latest.emit('change_state', 'CONNECTED');
      expect(of('state_change').slice(-2)).toEqual([
        { state: 'TIMEOUT', previousState: 'CONNECTED' },
        { state: 'CONNECTED', previousState: 'TIMEOUT' },
      ]);
      expect(driver.state()).toBe('CONNECTED');
    });

    it('reactions, edits, deletions for everyone, poll votes and group notifications as the documented events', async () => {
      const { world, of } = await connected();
      const client = world.latest;
      const received = {
        id: { _serialized: 'false_120363012345678901@g.us_R' },
        from: '120363012345678901@g.us',
        author: '971501234567@c.us',
        to: FAKE_ACCOUNT.wid._serialized,
        body: 'See you at 6',
        timestamp: 1730109600,
        fromMe: false,
        hasMedia: false,
        type: 'chat',
      };
      client.emit('message_reaction', {
        id: { _serialized: 'reaction-1', remote: '971501234567@c.us' },
        msgId: { _serialized: 'true_971501234567@c.us_3EB0A', remote: '971501234567@c.us' },
        senderId: '971501234567@c.us',
        reaction: '❤️',
        timestamp: 1730109601,
      });
      client.emit('message_edit', received, 'See you at 6', 'See you at 5');
      client.emit('message_revoke_everyone', { ...received, body: '', type: 'revoked', timestamp: 1730109603 }, received);
      client.emit(
        'message_revoke_everyone',
        { ...received, id: { _serialized: 'false_120363012345678901@g.us_S' }, timestamp: 1730109604 },
        null,
      );
      const poll = {
        ...received,
        id: { _serialized: 'true_971501234567@c.us_3EB0P' },
        from: FAKE_ACCOUNT.wid._serialized,
        to: '971501234567@c.us',
        fromMe: true,
      };
      client.emit('vote_update', {
        voter: '971501234567@c.us',
        selectedOptions: [{ id: 1, name: 'Sushi' }],
        interractedAtTs: 1730109605123,
        parentMessage: poll,
      });
      const notice = { chatId: '120363012345678901@g.us', timestamp: 1730109606, id: {} };
      client.emit('group_join', { ...notice, author: '971501234567@c.us', recipientIds: ['966502223333@c.us'], type: 'add', body: '' });
      client.emit('group_leave', { ...notice, author: '966502223333@c.us', recipientIds: ['966502223333@c.us'], type: 'leave', body: '' });
      client.emit('group_update', { ...notice, author: '971501234567@c.us', recipientIds: [], type: 'subject', body: 'Launch' });
      client.emit('group_admin_changed', {
        ...notice,
        author: '971501234567@c.us',
        recipientIds: [FAKE_ACCOUNT.wid._serialized],
        type: 'promote',
      });

      expect(of('message_reaction')).toEqual([
        {
          messageId: 'true_971501234567@c.us_3EB0A',
          chatId: '971501234567@c.us',
          from: '971501234567@c.us',
          emoji: '❤️',
          timestamp: 1730109601,
        },
      ]);
      expect(of('message_edit')).toEqual([
        {
          id: received.id._serialized,
          chatId: received.from,
          from: '971501234567@c.us',
          body: 'See you at 6',
          previousBody: 'See you at 5',
          timestamp: expect.any(Number),
        },
      ]);
      expect(of('message_revoke')).toEqual([
        {
          id: received.id._serialized,
          chatId: received.from,
          from: '971501234567@c.us',
          previousBody: 'See you at 6',
          timestamp: 1730109603,
        },
        {
          id: 'false_120363012345678901@g.us_S',
          chatId: received.from,
          from: '971501234567@c.us',
          previousBody: null,
          timestamp: 1730109604,
        },
      ]);
      expect(of('poll_vote')).toEqual([
        {
          pollId: 'true_971501234567@c.us_3EB0P',
          chatId: '971501234567@c.us',
          voter: '971501234567@c.us',
          selectedOptions: ['Sushi'],
          timestamp: 1730109605,
        },
      ]);
      expect(of('group_join')).toEqual([
        {
          chatId: notice.chatId,
          author: '971501234567@c.us',
          participants: ['966502223333@c.us'],
          type: 'add',
          body: null,
          timestamp: 1730109606,
        },
      ]);
      expect(of('group_leave')).toEqual([
        { chatId: notice.chatId, author: null, participants: ['966502223333@c.us'], type: 'leave', body: null, timestamp: 1730109606 },
      ]);
      expect(of('group_update').map(({ type, body, participants }) => ({ type, body, participants }))).toEqual([
        { type: 'subject', body: 'Launch', participants: [] },
        { type: 'promote', body: null, participants: [FAKE_ACCOUNT.wid._serialized] },
      ]);
    });

    it('message: text, media with caption, mime type and file name, and a group message with its author', async () => {
      const { world, of } = await connected();
      const base = { to: FAKE_ACCOUNT.wid._serialized, timestamp: 1730109600, fromMe: false };
      world.latest.emit('message', {
        ...base,
        id: { _serialized: 'false_971501234567@c.us_A' },
        from: '971501234567@c.us',
        body: 'Hello!',
        hasMedia: false,
        type: 'chat',
      });
      world.latest.emit('message', {
        ...base,
        id: { _serialized: 'false_971501234567@c.us_B' },
        from: '971501234567@c.us',
        body: 'Check this out!',
        hasMedia: true,
        type: 'document',
        _data: { caption: 'Check this out!', mimetype: 'application/pdf', filename: 'invoice.pdf' },
      });
      world.latest.emit('message', {
        ...base,
        id: { _serialized: 'false_120363012345678901@g.us_C' },
        from: '120363012345678901@g.us',
        author: '971501234567@c.us',
        body: 'hi all',
        hasMedia: false,
        type: 'chat',
      });
      expect(of('message')).toEqual([
        {
          id: 'false_971501234567@c.us_A',
          from: '971501234567@c.us',
          to: '971509876543@c.us',
          body: 'Hello!',
          timestamp: 1730109600,
          fromMe: false,
          hasMedia: false,
          type: 'chat',
          isGroup: false,
        },
        {
          id: 'false_971501234567@c.us_B',
          from: '971501234567@c.us',
          to: '971509876543@c.us',
          body: '',
          caption: 'Check this out!',
          mimeType: 'application/pdf',
          filename: 'invoice.pdf',
          timestamp: 1730109600,
          fromMe: false,
          hasMedia: true,
          type: 'document',
          isGroup: false,
        },
        {
          id: 'false_120363012345678901@g.us_C',
          from: '120363012345678901@g.us',
          to: '971509876543@c.us',
          author: '971501234567@c.us',
          body: 'hi all',
          timestamp: 1730109600,
          fromMe: false,
          hasMedia: false,
          type: 'chat',
          isGroup: true,
        },
      ]);
    });

    it('message_ack: every documented level, with its status; an unknown level is ignored', async () => {
      const { world, of } = await connected();
      const message = { id: { _serialized: 'true_966501234567@c.us_X' }, to: '966501234567@c.us' };
      for (const ack of [-1, 0, 3, 4, 7]) world.latest.emit('message_ack', message, ack);
      expect(of('message_ack')).toEqual([
        { id: 'true_966501234567@c.us_X', chatId: '966501234567@c.us', ack: -1, status: 'failed' },
        { id: 'true_966501234567@c.us_X', chatId: '966501234567@c.us', ack: 0, status: 'pending' },
        { id: 'true_966501234567@c.us_X', chatId: '966501234567@c.us', ack: 3, status: 'read' },
        { id: 'true_966501234567@c.us_X', chatId: '966501234567@c.us', ack: 4, status: 'played' },
      ]);
    });
  });

  describe('maps driver calls to whatsapp-web.js calls', () => {
    it('sends text to the id getNumberId returned, and asks once per number', async () => {
      const { driver, world } = await connected();
      await driver.sendText(person, 'one');
      await driver.sendText(person, 'two');
      expect(world.latest.sent).toEqual([
        { chatId: '966501234567@c.us', content: 'one', options: {} },
        { chatId: '966501234567@c.us', content: 'two', options: {} },
      ]);
      expect(world.latest.numberLookups).toEqual(['966501234567']);
    });

    it('sends media with caption and file name, and to a group without a number lookup', async () => {
      const { driver, world } = await connected();
      const group = { chatId: '120363012345678901@g.us', to: '120363012345678901@g.us', isGroup: true };
      await driver.sendMedia(
        group,
        { data: Buffer.from('%PDF-1.4'), mimetype: 'application/pdf', filename: 'a.pdf' },
        { caption: 'Invoice' },
      );
      expect(world.latest.sent).toEqual([
        {
          chatId: group.chatId,
          content: { mimetype: 'application/pdf', data: Buffer.from('%PDF-1.4').toString('base64') },
          options: { caption: 'Invoice' },
        },
      ]);
      expect(world.latest.numberLookups).toEqual([]);
    });

    it("sends a location and a poll as whatsapp-web.js's Location and Poll, and contacts as vCards", async () => {
      const { driver, world } = await connected();
      await driver.sendContent(person, {
        kind: 'location',
        location: { latitude: 24.7136, longitude: 46.6753, name: 'Office', address: 'Riyadh' },
      });
      await driver.sendContent(person, { kind: 'poll', poll: { question: 'Lunch?', options: ['Yes', 'No'], multipleAnswers: true } });
      await driver.sendContent(person, { kind: 'contact', contacts: [{ name: 'Sara; Ali', phone: '966501112222' }] });
      await driver.sendContent(person, {
        kind: 'contact',
        contacts: [
          { name: 'Sara', phone: '966501112222' },
          { name: 'Omar', phone: '966501113333' },
        ],
      });
      const [location, poll, contact, contacts] = world.latest.sent;
      expect(location!.content).toBeInstanceOf(wwebjs.Location);
      expect(location!.content).toMatchObject({ latitude: 24.7136, longitude: 46.6753, name: 'Office', address: 'Riyadh' });
      expect(poll!.content).toBeInstanceOf(wwebjs.Poll);
      expect(poll!.content).toMatchObject({
        pollName: 'Lunch?',
        pollOptions: [
          { name: 'Yes', localId: 0 },
          { name: 'No', localId: 1 },
        ],
        options: { allowMultipleAnswers: true },
      });
      const sara = 'BEGIN:VCARD\nVERSION:3.0\nFN:Sara\\; Ali\nTEL;type=CELL;type=VOICE;waid=966501112222:+966501112222\nEND:VCARD';
      expect(contact).toEqual({ chatId: person.chatId, content: sara, options: { parseVCards: true } });
      expect(contacts!.options).toEqual({
        parseVCards: false,
        extra: {
          type: 'multi_vcard',
          body: null,
          vcardList: [
            { displayName: 'Sara', vcard: expect.stringContaining('waid=966501112222:+966501112222') },
            { displayName: 'Omar', vcard: expect.stringContaining('waid=966501113333:+966501113333') },
          ],
        },
      });
    });

    it('acts on messages through getMessageById, refusing what WhatsApp would refuse, saying why', async () => {
      const { driver, world } = await connected();
      const client = world.latest;
      const now = Math.floor(Date.now() / 1000);
      const received = {
        id: { _serialized: 'false_966501112222@c.us_3EB0IN' },
        from: '966501112222@c.us',
        to: 'me',
        body: 'hi',
        timestamp: now,
        fromMe: false,
        hasMedia: false,
        type: 'chat',
      };
      const old = { ...received, id: { _serialized: 'true_966501112222@c.us_3EB0OLD' }, fromMe: true, timestamp: now - 16 * 60 };
      client.known.set(received.id._serialized, received);
      client.known.set(old.id._serialized, old);

      await driver.react(received.id._serialized, '❤️');
      // whatsapp-web.js answers a forward with nothing: the copy is the new forwarded message in the chat.
      await expect(driver.forward(received.id._serialized, person)).resolves.toEqual({
        id: `true_${person.chatId}_3EB0FWD2`,
        timestamp: received.timestamp,
        kind: 'text',
      });
      await driver.deleteMessage(received.id._serialized, { everyone: false });
      await expect(driver.edit(received.id._serialized, 'x')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: "Only the account's own messages can be edited",
      });
      await expect(driver.deleteMessage(received.id._serialized, { everyone: true })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(driver.edit(old.id._serialized, 'x')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'A message can be edited only within 15 minutes of sending it',
      });
      await driver.deleteMessage(old.id._serialized, { everyone: true });
      await expect(driver.react('not-a-message-id', '👍')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(client.actions).toEqual([
        { id: received.id._serialized, action: 'react', value: '❤️' },
        { id: received.id._serialized, action: 'forward', value: person.chatId },
        { id: received.id._serialized, action: 'delete', value: { everyone: false } },
        { id: old.id._serialized, action: 'delete', value: { everyone: true } },
      ]);
    });

    it("pins with Message.pin(seconds) and unpins with unpin(); WhatsApp's refusal is BAD_USER_INPUT", async () => {
      const { driver, world } = await connected();
      const sent = await driver.sendText(person, 'Opening hours: 9 to 5');
      await driver.pin(sent.id, 2_592_000);
      await driver.unpin(sent.id);
      expect(world.latest.actions).toEqual([
        { id: sent.id, action: 'pin', value: 2_592_000 },
        { id: sent.id, action: 'unpin', value: null },
      ]);
      world.refusesPins = true;
      await expect(driver.pin(sent.id, 86_400)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'WhatsApp refused to pin the message',
      });
      await expect(driver.unpin(sent.id)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'WhatsApp refused to unpin the message',
      });
    });

    it('posts stories with sendMessage to status@broadcast, a text with its colour and font, and deletes with revokeStatusMessage', async () => {
      const { driver, world } = await connected();
      const text = await driver.postTextStory('Open today', { backgroundColor: '#25d366', font: 2 });
      await driver.postTextStory('Plain', {});
      await driver.postMediaStory({ data: Buffer.from('\xff\xd8'), mimetype: 'image/jpeg' }, 'New menu');
      expect(world.latest.sent.map(({ chatId, options }) => ({ chatId, options }))).toEqual([
        { chatId: 'status@broadcast', options: { extra: { backgroundColor: '#25d366', fontStyle: 2 } } },
        { chatId: 'status@broadcast', options: {} },
        { chatId: 'status@broadcast', options: { caption: 'New menu' } },
      ]);
      await driver.deleteStory(text.id);
      expect(world.latest.revokedStories).toEqual([text.id]);
    });

    it("posts in a channel with sendMessage to its id, a voice note as one; WhatsApp's refusal to create one is 400", async () => {
      const { driver, world } = await connected();
      const channel = await driver.createChannel('Offers');
      expect(channel).toMatchObject({ description: null, inviteLink: 'https://whatsapp.com/channel/0029VaFake1' });
      await driver.sendChannelMessage(channel.id, { text: 'Hello followers' });
      await driver.sendChannelMessage(channel.id, { media: { data: Buffer.from('OggS'), mimetype: 'audio/ogg' }, caption: 'Listen' });
      expect(
        world.latest.sent.map(({ chatId, content, options }) => ({ chatId, text: typeof content === 'string' ? content : null, options })),
      ).toEqual([
        { chatId: channel.id, text: 'Hello followers', options: {} },
        { chatId: channel.id, text: null, options: { caption: 'Listen', sendAudioAsVoice: true } },
      ]);
      await expect(driver.createChannel('fail')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'WhatsApp refused to create the channel: A channel creation is not enabled',
      });
      await driver.followChannel(FAKE_PUBLIC_CHANNEL);
      await driver.unfollowChannel(FAKE_PUBLIC_CHANNEL);
      expect(world.channels.get(FAKE_PUBLIC_CHANNEL)?.channelMetadata?.membershipType).toBe('guest');
    });

    it("reads and sets labels with whatsapp-web.js's label calls; an account that is not a business is told so", async () => {
      const { driver, world } = await connected();
      await driver.sendText(person, 'Hello');
      expect(await driver.setChatLabels(person.chatId, ['5'])).toEqual([{ id: '5', name: 'Follow up', color: '#a62c71' }]);
      expect(world.chatLabels.get(person.chatId)).toEqual(['5']);
      const personal = await pairing();
      personal.world.latest.link({ ...FAKE_ACCOUNT, platform: 'android' });
      await personal.driver.sendText(person, 'Hello');
      const refusal = {
        code: 'BAD_USER_INPUT',
        message: 'Labels are a WhatsApp Business feature, and this account is not a business account',
      };
      await expect(personal.driver.labels()).rejects.toMatchObject(refusal);
      await expect(personal.driver.chatLabels(person.chatId)).rejects.toMatchObject(refusal);
      await expect(personal.driver.setChatLabels(person.chatId, ['1'])).rejects.toMatchObject(refusal);
      expect(personal.world.chatLabels.size).toBe(0);
    });

    it('passes a reply, mentions, no link preview and how to show a file as whatsapp-web.js options', async () => {
      const { driver, world } = await connected();
      const first = await driver.sendText(person, 'Question?');
      await driver.sendText(person, 'Answer @966501112222', { replyTo: first.id, mentions: ['966501112222@c.us'] });
      await driver.sendMedia(person, { data: Buffer.from('OggS'), mimetype: 'audio/ogg' }, { as: 'voice' });
      await driver.sendMedia(person, { data: Buffer.from('RIFF'), mimetype: 'image/webp' }, { as: 'sticker', caption: 'hi' });
      await driver.sendMedia(person, { data: Buffer.from('%PDF'), mimetype: 'image/png' }, { as: 'document' });
      await driver.sendMedia(person, { data: Buffer.from('\xff\xd8'), mimetype: 'image/jpeg' }, { viewOnce: true });
      await driver.sendText(person, 'https://example.com', { linkPreview: false });
      await driver.sendText(person, 'https://example.com', { linkPreview: true });
      expect(world.latest.sent.slice(1).map((sent) => sent.options)).toEqual([
        { quotedMessageId: first.id, mentions: ['966501112222@c.us'] },
        { sendAudioAsVoice: true },
        { caption: 'hi', sendMediaAsSticker: true },
        { sendMediaAsDocument: true },
        { isViewOnce: true },
        { linkPreview: false },
        {},
      ]);
    });

    it("reads a chat's messages newest first and changes the chat with whatsapp-web.js's Chat calls", async () => {
      const { driver, world } = await connected();
      await driver.sendText(person, 'one');
      await driver.sendText(person, 'two');
      expect((await driver.chatMessages(person.chatId, 10)).map((m) => m.body)).toEqual(expect.arrayContaining(['one', 'two']));
      const until = new Date(Date.now() + 60_000);
      for (const change of [
        { kind: 'seen' },
        { kind: 'presence', state: 'typing' },
        { kind: 'presence', state: 'recording' },
        { kind: 'presence', state: 'paused' },
        { kind: 'archive', on: true },
        { kind: 'archive', on: false },
        { kind: 'pin', on: true },
        { kind: 'pin', on: false },
        { kind: 'mute', on: true, until },
        { kind: 'mute', on: true },
        { kind: 'mute', on: false },
      ] as const) {
        await driver.updateChat(person.chatId, change);
      }
      expect(world.latest.chatCalls.map(({ call, value }) => (value === undefined ? call : [call, value]))).toEqual([
        'sendSeen',
        'sendStateTyping',
        'sendStateRecording',
        'clearState',
        'archive',
        'unarchive',
        'pin',
        'unpin',
        ['mute', until],
        ['mute', 'for ever'],
        'unmute',
      ]);
      await expect(driver.updateChat('966509999999@c.us', { kind: 'seen' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'Chat not found',
      });
    });

    it("shows a contact with whatsapp-web.js's Contact and its LID from getContactLidAndPhone", async () => {
      const { driver, world } = await connected();
      world.lids.set('966501234567', '123456789012345@lid');
      expect(await driver.checkNumber(person)).toEqual({ exists: true, chatId: person.chatId, lid: '123456789012345@lid' });
      expect(await driver.contact(person.chatId)).toEqual({
        id: person.chatId,
        phone: '966501234567',
        lid: '123456789012345@lid',
        name: null,
        pushname: 'User 4567',
        isBusiness: false,
        isBlocked: false,
        about: 'Available',
        profilePicUrl: 'https://pps.whatsapp.net/966501234567.jpg',
      });
      await driver.setBlocked(person.chatId, true);
      expect([...world.latest.blocked]).toEqual([person.chatId]);
    });

    it("manages groups with whatsapp-web.js's createGroup and GroupChat, matching members by LID", async () => {
      const { driver, world } = await connected();
      const invited = '966501114030@c.us';
      const created = await driver.createGroup('Launch', [person.chatId, invited, '966500000000@c.us']);
      expect(created.participants.map(({ participant, code, invited }) => ({ participant, code, invited }))).toEqual([
        { participant: person.chatId, code: 200, invited: false },
        { participant: invited, code: 403, invited: true },
        { participant: '966500000000@c.us', code: 404, invited: false },
      ]);
      await expect(driver.createGroup('fail', [person.chatId])).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'WhatsApp refused to create the group: An unknown error occupied while creating a group',
      });

      // A group that lists a member by LID: the number is matched through getContactLidAndPhone.
      world.lids.set('966502223333', '222333444555666@lid');
      world.groups.get(created.id)!.members.set('222333444555666@lid', { isAdmin: false, isSuperAdmin: false });
      const results = await driver.changeParticipants(created.id, {
        add: [person.chatId, '966504445555@c.us'],
        demote: ['966502223333@c.us', '966509999999@c.us'],
      });
      expect(results.map(({ action, participant, code }) => `${action} ${participant} ${code}`)).toEqual([
        `add ${person.chatId} 409`,
        'add 966504445555@c.us 200',
        'demote 966502223333@c.us 200',
        'demote 966509999999@c.us 404',
      ]);
      await driver.updateGroup(created.id, { description: 'Ship it' });
      await driver.groupInvite(created.id, { revoke: true });
      await driver.leaveGroup(created.id);
      expect(world.latest.groupCalls.map(({ call, value }) => (value === undefined ? call : `${call} ${JSON.stringify(value)}`))).toEqual([
        `addParticipants ["${person.chatId}","966504445555@c.us"]`,
        'demoteParticipants ["966502223333@c.us"]',
        'setDescription "Ship it"',
        'revokeInvite',
        'leave',
      ]);
    });

    it('refuses group changes WhatsApp refuses to an account that is not an admin, saying why', async () => {
      const { driver, world } = await connected();
      const team = world.groups.get('120363012345678901@g.us')!;
      team.members.set(FAKE_ACCOUNT.wid._serialized, { isAdmin: false, isSuperAdmin: false });
      await expect(driver.changeParticipants(team.chat.id._serialized, { remove: [person.chatId] })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'Only an admin of the group can change its members, and the account is not one',
      });
      await expect(driver.updateGroup(team.chat.id._serialized, { subject: 'Mine now' })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'WhatsApp refused to change the group: only its admins may, and the account is not one',
      });
      await expect(driver.groupInvite(team.chat.id._serialized, { revoke: false })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await driver.group(team.chat.id._serialized)).toMatchObject({
        subject: 'Team',
        owner: FAKE_ACCOUNT.wid._serialized,
        createdAt: 1_700_000_000,
        participantCount: 2,
      });
    });

    it('downloads a received file with Message.downloadMedia, and answers null once WhatsApp no longer has it', async () => {
      const { driver, world } = await connected();
      const received = {
        id: { _serialized: 'false_971501234567@c.us_IMG' },
        from: '971501234567@c.us',
        to: FAKE_ACCOUNT.wid._serialized,
        body: '',
        timestamp: 1730109600,
        fromMe: false,
        hasMedia: true,
        type: 'image',
        _data: { mimetype: 'image/jpeg', filename: 'photo.jpg' },
      };
      world.latest.known.set(received.id._serialized, received);
      world.latest.files.set(received.id._serialized, { mimetype: 'image/jpeg', data: Buffer.from('jpeg bytes').toString('base64') });
      expect(await driver.downloadMedia(received.id._serialized)).toEqual({
        data: Buffer.from('jpeg bytes'),
        mimetype: 'image/jpeg',
        filename: 'photo.jpg',
      });
      world.latest.files.delete(received.id._serialized);
      expect(await driver.downloadMedia(received.id._serialized)).toBeNull();
    });

    it("gives a LID's number from getContactLidAndPhone, and sends to a LID as it is", async () => {
      const { driver, world } = await connected();
      world.lids.set('966501234567', '123456789012345@lid');
      expect(await driver.phoneOfLid('123456789012345@lid')).toBe('966501234567@c.us');
      expect(await driver.phoneOfLid('999999999999999@lid')).toBeNull();
      const lid = { chatId: '123456789012345@lid', to: '123456789012345@lid', isGroup: false };
      await driver.sendText(lid, 'Hi');
      expect(world.latest.sent.at(-1)).toMatchObject({ chatId: '123456789012345@lid', content: 'Hi' });
      expect(world.latest.numberLookups).toEqual([]);
    });

    it('lists chats', async () => {
      const { driver } = await connected();
      expect(await driver.chats()).toEqual([
        { id: '120363012345678901@g.us', name: 'Team', isGroup: true, unreadCount: 2, archived: false, pinned: true, muted: false },
      ]);
    });

    it('"No LID for user": resolves the number again, retries once, and keeps the new id', async () => {
      const world = new FakeWhatsApp();
      world.lids.set('966501234567', '105512345678901@lid');
      const { driver, logs } = await connected({}, world);
      const sent = await driver.sendText(person, 'hello');
      expect(sent.id).toContain('105512345678901@lid');
      await driver.sendText(person, 'again');
      expect(world.latest.sent.map((s) => s.chatId)).toEqual(['105512345678901@lid', '105512345678901@lid']);
      expect(world.latest.numberLookups).toEqual(['966501234567', '966501234567']);
      expect(logs.text).toContain('No LID for user: resolving the number again and retrying once');
    });

    it('a second "No LID for user" is an upstream failure, with the number masked', async () => {
      const world = new FakeWhatsApp();
      const { driver } = await connected({}, world);
      world.latest.sendMessage = async () => {
        throw new Error('Evaluation failed: Error: No LID for user 966501234567@c.us');
      };
      await expect(driver.sendText(person, 'hello')).rejects.toMatchObject({
        code: 'UPSTREAM_FAILED',
        message: 'WhatsApp refused the message: Evaluation failed: Error: No LID for user ***4567@c.us',
      });
      expect(world.latest.numberLookups).toEqual(['966501234567', '966501234567']);
    });

    it('a send cut off by a dropped connection, or timing out, may have left: uncertain, never "not ready"', async () => {
      const world = new FakeWhatsApp();
      const { driver } = await connected({}, world);
      const client = world.latest;
      client.sendMessage = async () => {
        client.emit('disconnected', 'NAVIGATION');
        throw new Error('Protocol error (Runtime.callFunctionOn): Session closed. Most likely the page has been closed.');
      };
      await expect(driver.sendText(person, 'hello')).rejects.toMatchObject({
        code: 'UPSTREAM_FAILED',
        uncertain: true,
        message: 'The connection dropped during the send; it may have been delivered',
      });

      const again = await connected({}, new FakeWhatsApp());
      again.world.latest.sendMessage = async () => {
        throw new Error('Runtime.callFunctionOn timed out. Increase the protocolTimeout setting in launch/connect calls.');
      };
      await expect(again.driver.sendText(person, 'hello')).rejects.toMatchObject({ code: 'UPSTREAM_FAILED', uncertain: true });
      // Refused before the send began: nothing can have left, so it is "not ready" as before.
      again.world.latest.emit('disconnected', 'NAVIGATION');
      await expect(again.driver.sendText(person, 'hello')).rejects.toMatchObject({ code: 'CLIENT_NOT_READY', uncertain: false });
    });
  });

  describe('between restarts, and when WhatsApp is open on another device', () => {
    it('says it is reconnecting, which attempt, when, and why, while it waits out the backoff', async () => {
      const { driver, world } = await connected({ restart: { baseMs: 4_000, maxMs: 4_000 } });
      expect(driver.activity()).toBeUndefined();
      await expect.poll(() => driver.webVersion()).toEqual({ version: LIVE_WEB_VERSION, source: 'live' });
      world.latest.pupBrowser.emit('disconnected');
      expect(driver.state()).toBe('UNLAUNCHED');
      expect(driver.activity()).toBe(`reconnecting (attempt 1, next try in 4 s): Chromium exited; WhatsApp Web ${LIVE_WEB_VERSION} (live)`);
    });

    it('WWEBJS_ON_CONFLICT=takeover: stays with the session through the conflict screen, and reconnects if it drops', async () => {
      const { driver, world, of } = await connected();
      world.latest.emit('change_state', 'CONFLICT');
      expect(driver.state()).toBe('CONFLICT');
      expect(of('disconnected')).toEqual([]);
      world.latest.emit('disconnected', 'CONFLICT');
      await expect.poll(() => world.clients.length).toBe(2);
    });

    it('WWEBJS_ON_CONFLICT=yield: leaves the session to the other device, does not reconnect, and says so', async () => {
      const { driver, world, of, logs } = await connected({ onConflict: 'yield' });
      world.latest.emit('change_state', 'CONFLICT');
      expect(of('disconnected')).toEqual([{ reason: 'CONFLICT' }]);
      expect(driver.state()).toBe('CONFLICT');
      await quietFor(200);
      expect(world.clients.length).toBe(1);
      expect(world.latest.destroyed).toBe(true);
      expect(driver.activity()).toBe(
        'WhatsApp is open on another device and was left there (WWEBJS_ON_CONFLICT=yield); restart the gateway to take it back',
      );
      expect(logs.text).toContain('leaving it there (WWEBJS_ON_CONFLICT=yield)');
      await driver.stop();
      await driver.start();
      await expect.poll(() => driver.state()).toBe('PAIRING');
      expect(driver.activity()).toBeUndefined();
    });
  });

  describe('WhatsApp Web versions', () => {
    it('remembers the live version that reached ready with its page, and starts the next client on it', async () => {
      const versions = new RememberedVersions();
      const world = new FakeWhatsApp();
      const { driver, of } = await setUp({}, world, versions);
      await driver.start();
      await expect.poll(() => driver.state()).toBe('PAIRING');
      expect(world.latest.loads).toEqual({ source: 'live' });
      expect(driver.webVersion()).toEqual({ version: null, source: 'live' });
      world.latest.link();
      await expect.poll(() => of('web_version')).toEqual([{ version: LIVE_WEB_VERSION, source: 'live' }]);
      expect(driver.webVersion()).toEqual({ version: LIVE_WEB_VERSION, source: 'live' });
      await expect.poll(() => versions.kept).toEqual({ version: LIVE_WEB_VERSION, html: `<html>WhatsApp Web ${LIVE_WEB_VERSION}</html>` });

      world.latest.pupBrowser.emit('disconnected');
      await expect.poll(() => world.clients.length).toBe(2);
      expect(world.latest.loads).toEqual({ source: 'remembered', ...versions.kept });
      await expect.poll(() => driver.state()).toBe('PAIRING');
      world.latest.link();
      await expect.poll(() => of('web_version')[1]).toEqual({ version: LIVE_WEB_VERSION, source: 'remembered' });
    });

    it('gives a remembered version stuck in its start up after WWEBJS_VERSION_FALLBACK_AFTER starts, for the live one, which replaces it once ready', async () => {
      const old = { version: '2.3000.1017054665', html: '<html>WhatsApp Web 2.3000.1017054665</html>' };
      const versions = new RememberedVersions(old);
      const world = new FakeWhatsApp();
      world.brokenVersions.add(old.version);
      const { driver, of, logs } = await setUp({ initTimeoutMs: 60, versionFallbackAfter: 2 }, world, versions);
      await driver.start();
      await expect.poll(() => world.clients.length).toBe(2);
      // What the status says while the next start waits out its backoff.
      expect(logs.text).toContain(
        '(attempt 1): WhatsApp Web loaded but showed no QR code and did not log in within 60 ms; WhatsApp Web 2.3000.1017054665 (remembered)',
      );
      await expect.poll(() => driver.state(), { timeout: 3_000 }).toBe('PAIRING');
      expect(world.clients.map((client) => client.loads.source)).toEqual(['remembered', 'remembered', 'live']);
      expect(of('disconnected')).toEqual([{ reason: 'TIMEOUT' }, { reason: 'TIMEOUT' }]);
      expect(logs.text).toContain('WhatsApp Web 2.3000.1017054665 failed 2 starts in a row; loading the version WhatsApp serves now');

      world.latest.link();
      await expect.poll(() => versions.kept?.version).toBe(LIVE_WEB_VERSION);
      expect(of('web_version')).toEqual([{ version: LIVE_WEB_VERSION, source: 'live' }]);
      expect(logs.text).toContain(`WhatsApp Web ${LIVE_WEB_VERSION} reached ready: every node starts its sessions with it from now on`);
    });

    it('loads WWEBJS_WEB_VERSION when pinned, whatever is remembered; an older version that reaches ready replaces nothing', async () => {
      const versions = new RememberedVersions({ version: LIVE_WEB_VERSION, html: '<html>newer</html>' });
      const world = new FakeWhatsApp();
      world.liveVersion = '2.3000.1017054665';
      const { driver, of } = await setUp({ webVersion: '2.3000.1020000000' }, world, versions);
      await driver.start();
      await expect.poll(() => driver.state()).toBe('PAIRING');
      expect(world.latest.loads).toEqual({ source: 'pinned', version: '2.3000.1020000000' });
      world.latest.link();
      await expect.poll(() => of('web_version')).toEqual([{ version: '2.3000.1020000000', source: 'pinned' }]);
      expect(versions.kept).toEqual({ version: LIVE_WEB_VERSION, html: '<html>newer</html>' });
    });
  });

  describe("dialogs over WhatsApp Web's page", () => {
    const blocking = { text: 'Keep this computer linked to your account?', buttons: ['Log out', 'Keep linked'] };

    it('takes a dialog that closes by itself before the next look (a takeover) as nothing; one that closes after blocking gives the state back', async () => {
      const { driver, world, of } = await connected();
      const page = world.latest.pupPage;
      world.dialog = blocking;
      await page.nextLook();
      world.dialog = null;
      await page.nextLook();
      await page.nextLook();
      expect(of('dialog')).toEqual([]);
      expect(driver.state()).toBe('CONNECTED');

      world.dialog = blocking;
      await expect.poll(() => driver.state()).toBe('ACTION_REQUIRED');
      world.dialog = null;
      await expect.poll(() => driver.state()).toBe('CONNECTED');
      expect(of('dialog')).toEqual([{ ...blocking, answered: null }]);
      expect(page.pressed).toEqual([]);
    });

    it('a restart takes the dialog away with the page: the next client starts with none', async () => {
      const { driver, world, of } = await connected();
      world.dialog = blocking;
      await expect.poll(() => driver.state()).toBe('ACTION_REQUIRED');
      world.dialog = null;
      world.latest.pupBrowser.emit('disconnected');
      expect(driver.state()).toBe('UNLAUNCHED');
      expect(driver.dialog()).toBeNull();
      expect(of('state_change').at(-1)).toEqual({ state: 'UNLAUNCHED', previousState: 'ACTION_REQUIRED' });
      await expect(driver.answerDialog('Keep linked')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it("acknowledges a new account's \"What's new\" on WhatsApp's page before ready, and says so in its log", async () => {
      const { driver, world, of, logs } = await pairing();
      world.dialog = { text: "What's new on WhatsApp Web", buttons: ['Continue'] };
      await expect.poll(() => world.latest.pupPage.pressed).toEqual(['Continue']);
      expect(of('dialog')).toEqual([{ text: "What's new on WhatsApp Web", buttons: ['Continue'], answered: 'Continue' }]);
      expect(driver.state()).toBe('PAIRING');
      expect(logs.text).toContain('acknowledged a WhatsApp Web announcement');
    });
  });

  describe('restarts, with backoff, on every way a client can die', () => {
    async function expectRestart(
      trigger: (client: FakeClient) => void,
      reason: string,
      cause: RegExp,
      overrides: Partial<WwebjsDriverOptions> = {},
    ) {
      const setup = await connected(overrides);
      const first = setup.world.latest;
      trigger(first);
      await expect.poll(() => setup.world.clients.length).toBe(2);
      await expect.poll(() => setup.driver.state()).toBe('PAIRING');
      expect(first.destroyed).toBe(true);
      expect(setup.of('disconnected')).toEqual([{ reason }]);
      expect(setup.of('state_change')).toContainEqual({ state: 'UNLAUNCHED', previousState: 'CONNECTED' });
      expect(setup.logs.text).toMatch(cause);
      return setup;
    }

    it('the browser disconnects', () =>
      expectRestart((c) => c.pupBrowser.emit('disconnected'), 'BROWSER_CLOSED', /restarting in 0\.0 s \(attempt 1\): Chromium exited/));
    it('the page closes', () => expectRestart((c) => c.pupPage.emit('close'), 'BROWSER_CLOSED', /the WhatsApp Web page closed/));
    it('the page crashes', () =>
      expectRestart((c) => c.pupPage.emit('error', new Error('Page crashed!')), 'BROWSER_CLOSED', /the WhatsApp Web page crashed/));
    it('WhatsApp disconnects (CONFLICT)', () =>
      expectRestart((c) => c.emit('disconnected', 'CONFLICT'), 'CONFLICT', /WhatsApp disconnected \(CONFLICT\)/));

    it('the getState() liveness probe fails', () =>
      expectRestart(
        (c) => {
          c.stateProbe = () => Promise.reject(new Error('Protocol error: Target closed'));
        },
        'TIMEOUT',
        /liveness probe failed: Protocol error: Target closed/,
        { livenessIntervalMs: 30 },
      ));

    it('the getState() liveness probe hangs', () =>
      expectRestart(
        (c) => {
          c.stateProbe = () => new Promise(() => undefined);
        },
        'TIMEOUT',
        /liveness probe failed: getState\(\) did not finish within 100 ms/,
        { livenessIntervalMs: 30 },
      ));

    it('ready does not follow authenticated in time', async () => {
      const { driver, world, of, logs } = await pairing({ readyTimeoutMs: 50 });
      world.latest.emit('authenticated');
      await expect.poll(() => world.clients.length).toBe(2);
      expect(world.clients[0]!.destroyed).toBe(true);
      expect(of('disconnected')).toEqual([{ reason: 'TIMEOUT' }]);
      expect(logs.text).toContain('authenticated, but not ready within 50 ms');
      await expect.poll(() => driver.state()).toBe('PAIRING');
    });

    it('initialize() never settles: abandoned at the deadline, destroyed, started again', async () => {
      const world = new FakeWhatsApp();
      world.startBehaviours = ['hang'];
      const { driver, of, logs } = await setUp({ initTimeoutMs: 60 }, world);
      await driver.start();
      await expect.poll(() => driver.state()).toBe('PAIRING');
      expect(world.clients[0]!.destroyed).toBe(true);
      expect(of('disconnected')).toEqual([{ reason: 'TIMEOUT' }]);
      expect(logs.text).toContain('WhatsApp Web did not load within 60 ms');
    });

    it('initialize() fails (no network): destroyed, and retried with a doubling delay up to the cap', async () => {
      const world = new FakeWhatsApp();
      world.defaultStart = 'fail';
      const { driver, logs, of } = await setUp({}, world);
      await driver.start();
      await expect.poll(() => world.clients.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(6);
      expect(world.clients.slice(0, 5).every((c) => c.destroyed)).toBe(true);
      const delays = logs.lines
        .map((line) => JSON.parse(line) as { delayMs?: number; attempt?: number })
        .filter((l) => l.delayMs !== undefined);
      expect(delays.slice(0, 5).map((l) => [l.attempt, l.delayMs])).toEqual([
        [1, 20],
        [2, 40],
        [3, 80],
        [4, 160],
        [5, 160],
      ]);
      expect(of('disconnected').slice(0, 2)).toEqual([{ reason: 'NAVIGATION' }, { reason: 'NAVIGATION' }]);
      expect(logs.text).toContain('could not open WhatsApp Web: net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/');
    });

    it('a healthy connection resets the backoff', async () => {
      const world = new FakeWhatsApp();
      world.startBehaviours = ['fail', 'fail', 'qr'];
      const { driver, logs } = await setUp({}, world);
      await driver.start();
      await expect.poll(() => driver.state()).toBe('PAIRING');
      world.latest.link();
      world.latest.pupBrowser.emit('disconnected');
      await expect.poll(() => world.clients.length).toBe(4);
      const attempts = logs.lines.map((line) => JSON.parse(line) as { attempt?: number }).flatMap((l) => (l.attempt ? [l.attempt] : []));
      expect(attempts).toEqual([1, 2, 1]);
    });

    it('events of a client that was replaced are ignored', async () => {
      const { world, driver, of } = await connected();
      const old = world.latest;
      old.pupBrowser.emit('disconnected');
      await expect.poll(() => world.clients.length).toBe(2);
      old.emit('qr', 'stale');
      old.emit('disconnected', 'LOGOUT');
      old.pupPage.emit('close');
      expect(of('qr').map((q) => q.qr)).not.toContain('stale');
      expect(of('disconnected')).toEqual([{ reason: 'BROWSER_CLOSED' }]);
      expect(world.clients.length).toBe(2);
      expect(driver.state()).toBe('PAIRING');
    });
  });

  describe('terminal states', () => {
    for (const [raw, reason, state] of [
      ['TOS_BLOCK', 'TOS_BLOCK', 'TOS_BLOCK'],
      ['SMB_TOS_BLOCK', 'TOS_BLOCK', 'SMB_TOS_BLOCK'],
      ['PROXYBLOCK', 'PROXYBLOCK', 'PROXYBLOCK'],
    ] as const) {
      it(`${raw}: disconnected with ${reason}, stays ${state}, never restarts`, async () => {
        const { driver, world, of, logs } = await connected();
        world.latest.emit('disconnected', raw);
        expect(of('disconnected')).toEqual([{ reason }]);
        expect(driver.state()).toBe(state);
        await quietFor(200);
        expect(world.clients.length).toBe(1);
        expect(world.latest.destroyed).toBe(true);
        expect(logs.text).toContain(`WhatsApp blocked this session (${reason}); not restarting`);
        await expect(driver.sendText(person, 'hi')).rejects.toMatchObject({ code: 'CLIENT_NOT_READY' });
      });
    }
  });

  describe('the browser profile', () => {
    it('logout clears the profile after the browser has exited, then shows a new QR code', async () => {
      const { driver, world, profile, of } = await connected();
      await mkdir(join(profile.dir, 'Default'), { recursive: true });
      await writeFile(join(profile.dir, 'Default', 'Cookies'), 'login');
      const profileAtDestroy: boolean[] = [];
      world.onDestroy = () => profileAtDestroy.push(existsSync(profile.dir));
      await driver.logout();
      expect(world.clients[0]!.loggedOut).toBe(true);
      expect(profileAtDestroy).toEqual([true]);
      expect(existsSync(join(profile.dir, 'Default'))).toBe(false);
      expect(of('disconnected')).toEqual([{ reason: 'LOGOUT' }]);
      await expect.poll(() => driver.state()).toBe('PAIRING');
      expect(of('qr').at(-1)).toEqual({ qr: '2@fake-qr-1' });
    });

    it('a logout from the phone clears the profile too', async () => {
      const { driver, world, profile } = await connected();
      await mkdir(profile.dir, { recursive: true });
      await writeFile(join(profile.dir, 'Local State'), '{}');
      world.latest.emit('disconnected', 'LOGOUT');
      await expect.poll(() => world.clients.length).toBe(2);
      await expect.poll(() => driver.state()).toBe('PAIRING');
      expect(existsSync(join(profile.dir, 'Local State'))).toBe(false);
    });

    it('removes a stale SingletonLock, SingletonSocket and SingletonCookie before launch', async () => {
      const world = new FakeWhatsApp();
      const { driver, profile } = await setUp({}, world);
      await mkdir(profile.dir, { recursive: true });
      await symlink('crashed-host-4242', join(profile.dir, 'SingletonLock'));
      await symlink('/tmp/gone/SingletonSocket', join(profile.dir, 'SingletonSocket'));
      await symlink('1234567890', join(profile.dir, 'SingletonCookie'));
      await writeFile(join(profile.dir, 'Local State'), '{}');
      expect((await lstat(join(profile.dir, 'SingletonLock'))).isSymbolicLink()).toBe(true);
      let atLaunch: string[] = [];
      world.onInitialize = () => void readdir(profile.dir).then((names) => (atLaunch = names));
      await driver.start();
      await expect.poll(() => driver.state()).toBe('PAIRING');
      await expect.poll(() => atLaunch).toEqual(['Local State']);
    });

    it('ends a Chromium left running on this profile by a crashed gateway before launch', async () => {
      const profile = await profileDir();
      const orphan = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', '--', profile.marker], {
        detached: true,
        stdio: 'ignore',
      });
      onTestFinished(() => void orphan.kill('SIGKILL'));
      const exited = new Promise((resolve) => orphan.once('exit', (_code, signal) => resolve(signal)));
      await expect.poll(() => profile.browserPids()).toEqual([orphan.pid]);
      const world = new FakeWhatsApp();
      let orphanAtLaunch: number[] | undefined;
      world.onInitialize = () => void profile.browserPids().then((pids) => (orphanAtLaunch = pids));
      const logs = new LogSink();
      const driver = new WwebjsDriver(options, { clients: world, profile, logger: createLogger('info', logs) });
      onTestFinished(() => driver.stop());
      await driver.start();
      expect(await exited).toBe('SIGKILL');
      await expect.poll(() => orphanAtLaunch).toEqual([]);
      expect(logs.text).toContain('ended Chromium processes left on this session profile by an earlier run');
    });
  });
});

const worlds = new WeakMap<object, FakeWhatsApp>();
