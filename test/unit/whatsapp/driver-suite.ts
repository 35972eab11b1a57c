import { quietFor } from '../../utils/waiting.js';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Recipient } from '../../../src/domain/phone-number.js';
import type { RichContent } from '../../../src/domain/message-content.js';
import type { WhatsAppDriver } from '../../../src/whatsapp/driver.js';
import type { DriverEvent, DriverEventName } from '../../../src/domain/driver-events.js';
import type { WhatsAppDialog } from '../../../src/domain/whatsapp-dialogs.js';
import type { Label } from '../../../src/domain/labels.js';
import { CHANNEL_ID } from '../../../src/domain/channels.js';
import { WEB_VERSION_PATTERN } from '../../../src/domain/web-versions.js';

/** What a driver under test needs from its harness: how to make one, and how to bring it to CONNECTED. */
export interface DriverHarness {
  create(): WhatsAppDriver;
  /** Completes linking the way this driver's world does (a sandbox call, a fake client's events…). */
  link(driver: WhatsAppDriver): Promise<void>;
  /** A recipient this driver's world reports as not on WhatsApp. */
  unregistered: Recipient;
  /** A channel the account has looked at and does not follow. */
  publicChannel: string;
  /** Other people acting, as this driver's world lets them (sandbox controls, a fake client's raw events). */
  others: OtherSide;
  /** WhatsApp starts refusing the account's messages to people who never wrote to it, with no end given. */
  limit(driver: WhatsAppDriver): Promise<void>;
  /** WhatsApp Web shows a dialog over its page. */
  showDialog(driver: WhatsAppDriver, dialog: WhatsAppDialog): Promise<void>;
}

/** What other people do in the account's chats; each answers once the driver has heard it. */
export interface OtherSide {
  /** `from` sends the account a text; answers its message id. */
  send(driver: WhatsAppDriver, from: string, body: string): Promise<string>;
  react(driver: WhatsAppDriver, messageId: string, from: string, emoji: string): Promise<void>;
  edit(driver: WhatsAppDriver, messageId: string, from: string, body: string, previousBody: string): Promise<void>;
  revoke(driver: WhatsAppDriver, messageId: string, from: string, body: string): Promise<void>;
  vote(driver: WhatsAppDriver, pollId: string, voter: string, options: string[]): Promise<void>;
  /** People join a group by its link. */
  join(driver: WhatsAppDriver, groupId: string, participants: string[]): Promise<void>;
  /** An admin renames a group. */
  rename(driver: WhatsAppDriver, groupId: string, author: string, subject: string): Promise<void>;
  /** A message of `from` arrives that cannot be decrypted yet; answers its id. */
  pending(driver: WhatsAppDriver, from: string): Promise<string>;
  /** That message arrives readable at last (as WhatsApp Web may, more than once). */
  deliverPending(driver: WhatsAppDriver, id: string, from: string, body: string): Promise<void>;
  /** `from` calls the account; answers the call's id. */
  call(driver: WhatsAppDriver, from: string): Promise<string>;
  /** `from` posts a text story; answers its id. */
  story(driver: WhatsAppDriver, from: string, body: string): Promise<string>;
}

export const person: Recipient = { chatId: '966501234567@c.us', to: '966501234567', isGroup: false };

function recorder(driver: WhatsAppDriver) {
  const events: DriverEvent[] = [];
  const unsubscribe = driver.subscribe((event) => events.push(event));
  return {
    events,
    unsubscribe,
    names: () => events.map((e) => e.event),
    async waitFor<K extends DriverEventName>(name: K, timeoutMs = 3_000): Promise<Extract<DriverEvent, { event: K }>> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find((e) => e.event === name);
        if (found) return found as Extract<DriverEvent, { event: K }>;
        if (Date.now() > deadline) throw new Error(`no ${name} event; saw ${events.map((e) => e.event).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}

/**
 * The contract every WhatsApp driver keeps, run against each one (see sandbox-driver.test.ts), so a gap
 * between the sandbox and the real driver shows here rather than in production.
 */
export function describeDriverContract(name: string, harness: DriverHarness) {
  describe(`${name}: the driver contract`, () => {
    async function started() {
      const driver = harness.create();
      const events = recorder(driver);
      onTestFinished(() => driver.stop());
      await driver.start();
      return { driver, events };
    }

    it('starts pairing: state changes, then a QR code', async () => {
      const { driver, events } = await started();
      const qr = await events.waitFor('qr');
      expect(qr.data.qr.length).toBeGreaterThan(10);
      expect(driver.state()).toBe('PAIRING');
      expect(events.events.filter((e) => e.event === 'state_change').at(-1)?.data).toEqual({ state: 'PAIRING', previousState: 'OPENING' });
    });

    it('refuses sends and account calls until linked, with CLIENT_NOT_READY', async () => {
      const { driver } = await started();
      await expect(driver.sendText(person, 'hi')).rejects.toMatchObject({ code: 'CLIENT_NOT_READY' });
      await expect(driver.info()).rejects.toMatchObject({ code: 'CLIENT_NOT_READY' });
      await expect(driver.chats()).rejects.toMatchObject({ code: 'CLIENT_NOT_READY' });
    });

    it('links: authenticated, ready with the account, CONNECTED', async () => {
      const { driver, events } = await started();
      await harness.link(driver);
      const ready = await events.waitFor('ready');
      expect(ready.data.info).toEqual(await driver.info());
      expect(ready.data.info.wid).toBe(`${ready.data.info.phone}@c.us`);
      expect(events.names()).toContain('authenticated');
      expect(driver.state()).toBe('CONNECTED');
    });

    it('sends a text and acks it, sent then delivered', async () => {
      const { driver, events } = await started();
      await harness.link(driver);
      const sent = await driver.sendText(person, 'Hello');
      expect(sent.id).toContain(person.chatId);
      expect(sent.timestamp).toBeGreaterThan(1_600_000_000);
      await events.waitFor('message_ack');
      const acks = () => events.events.filter((e) => e.event === 'message_ack').map((e) => e.data);
      await expect.poll(acks).toEqual([
        { id: sent.id, chatId: person.chatId, ack: 1, status: 'sent' },
        { id: sent.id, chatId: person.chatId, ack: 2, status: 'delivered' },
      ]);
    });

    it('sends a location, contact cards and a poll, each a message of its own', async () => {
      const { driver } = await started();
      await harness.link(driver);
      const contents: RichContent[] = [
        { kind: 'location', location: { latitude: 24.7136, longitude: 46.6753, name: 'Office', address: 'King Fahd Rd, Riyadh' } },
        { kind: 'contact', contacts: [{ name: 'Sara', phone: '966501112222' }] },
        {
          kind: 'contact',
          contacts: [
            { name: 'Sara', phone: '966501112222' },
            { name: 'Omar', phone: '966501113333' },
          ],
        },
        { kind: 'poll', poll: { question: 'Lunch?', options: ['Yes', 'No'], multipleAnswers: false } },
      ];
      const ids = new Set<string>();
      for (const content of contents) {
        const sent = await driver.sendContent(person, content);
        expect(sent.id).toContain(person.chatId);
        ids.add(sent.id);
      }
      expect(ids.size).toBe(contents.length);
      await expect(driver.sendContent(harness.unregistered, contents[0]!)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('reacts to, pins, edits, forwards and deletes a message it sent; an id WhatsApp does not know is NOT_FOUND', async () => {
      const { driver } = await started();
      await harness.link(driver);
      const sent = await driver.sendText(person, 'Hello');
      await driver.react(sent.id, '👍');
      await driver.react(sent.id, '');
      await driver.pin(sent.id, 604_800);
      await driver.unpin(sent.id);
      await driver.edit(sent.id, 'Hello, edited');
      const copy = await driver.forward(sent.id, { chatId: '966501112222@c.us', to: '966501112222', isGroup: false });
      expect(copy).toMatchObject({ id: expect.stringContaining('966501112222@c.us'), kind: 'text', timestamp: expect.any(Number) });
      expect(copy.id).not.toBe(sent.id);
      await driver.deleteMessage(sent.id, { everyone: true });
      const unknown = `true_${person.chatId}_3EB0000000000000000000`;
      for (const action of [
        () => driver.react(unknown, '👍'),
        () => driver.edit(unknown, 'x'),
        () => driver.deleteMessage(unknown, { everyone: false }),
        () => driver.forward(unknown, person),
        () => driver.pin(unknown, 86_400),
        () => driver.unpin(unknown),
      ]) {
        await expect(action()).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Message not found' });
      }
    });

    it('replies to a message, mentioning people; a reply to a message WhatsApp does not know is NOT_FOUND', async () => {
      const { driver } = await started();
      await harness.link(driver);
      const first = await driver.sendText(person, 'Question?');
      const reply = await driver.sendText(person, 'Answer, @966501112222', { replyTo: first.id, mentions: ['966501112222@c.us'] });
      expect(reply.id).not.toBe(first.id);
      const media = { data: Buffer.from('OggS'), mimetype: 'audio/ogg' };
      await expect(driver.sendMedia(person, media, { as: 'voice', replyTo: first.id })).resolves.toMatchObject({ id: expect.any(String) });
      await expect(driver.sendText(person, 'x', { replyTo: `true_${person.chatId}_3EB0000000000000000000` })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it("reads a chat's messages and changes the chat; a chat the account does not have is NOT_FOUND", async () => {
      const { driver } = await started();
      await harness.link(driver);
      const sent = await driver.sendText(person, 'Hello');
      expect((await driver.chatMessages(person.chatId, 50)).map((m) => m.id)).toContain(sent.id);
      for (const change of [
        { kind: 'seen' },
        { kind: 'presence', state: 'typing' },
        { kind: 'archive', on: true },
        { kind: 'pin', on: true },
        { kind: 'mute', on: true },
      ] as const) {
        await driver.updateChat(person.chatId, change);
      }
      await expect(driver.updateChat('966509999999@c.us', { kind: 'seen' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(driver.chatMessages('966509999999@c.us', 10)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it("posts text and photo stories and deletes its own; reports others' stories, which it cannot delete", async () => {
      const { driver, events } = await started();
      await harness.link(driver);
      const text = await driver.postTextStory('Open today', { backgroundColor: '#25d366', font: 2 });
      const photo = await driver.postMediaStory({ data: Buffer.from('\xff\xd8'), mimetype: 'image/jpeg' }, 'New menu');
      expect(text.id).not.toBe(photo.id);
      await driver.deleteStory(text.id);
      const sent = await driver.sendText(person, 'Hello');
      await expect(driver.deleteStory(sent.id)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'That message is not a story; delete it through DELETE /api/messages/:id',
      });
      await expect(driver.deleteStory(`false_status@broadcast_3EB0NOPE_${person.chatId}`)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const theirs = await harness.others.story(driver, person.chatId, 'Back from holiday');
      expect((await events.waitFor('story')).data).toEqual({
        id: theirs,
        from: person.chatId,
        type: 'chat',
        body: 'Back from holiday',
        hasMedia: false,
        timestamp: expect.any(Number),
      });
      expect(events.names()).not.toContain('message');
      await expect(driver.deleteStory(theirs)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: "Only the account's own stories can be deleted",
      });
    });

    it('creates a channel and posts in it, follows and unfollows another; it posts only where it owns or runs', async () => {
      const { driver } = await started();
      await harness.link(driver);
      expect((await driver.channels()).map((c) => c.id)).not.toContain(harness.publicChannel);
      const created = await driver.createChannel('Offers', 'Weekly offers');
      expect(created).toEqual({
        id: expect.stringMatching(CHANNEL_ID),
        name: 'Offers',
        description: 'Weekly offers',
        role: 'owner',
        inviteLink: expect.stringMatching(/^https:\/\/whatsapp\.com\/channel\/\w+$/),
      });
      expect(await driver.channel(created.id)).toEqual(created);
      const text = await driver.sendChannelMessage(created.id, { text: 'This week: 20% off' });
      const photo = await driver.sendChannelMessage(created.id, {
        media: { data: Buffer.from('\xff\xd8'), mimetype: 'image/jpeg' },
        caption: 'Sale',
      });
      expect(text.id).not.toBe(photo.id);
      await expect(driver.followChannel(created.id)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(driver.unfollowChannel(created.id)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });

      expect((await driver.channel(harness.publicChannel)).role).toBe('guest');
      await driver.followChannel(harness.publicChannel);
      expect((await driver.channels()).find((c) => c.id === harness.publicChannel)?.role).toBe('subscriber');
      await expect(driver.sendChannelMessage(harness.publicChannel, { text: 'hi' })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: "Only the channel's owner and admins post in it; this account is its subscriber",
      });
      await driver.unfollowChannel(harness.publicChannel);
      expect((await driver.channels()).map((c) => c.id)).toEqual([created.id]);
      for (const call of [
        () => driver.channel('120363999999999999@newsletter'),
        () => driver.followChannel('120363999999999999@newsletter'),
        () => driver.sendChannelMessage('120363999999999999@newsletter', { text: 'hi' }),
      ]) {
        await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
    });

    it("lists the business account's labels and sets a chat's, raising chat_labels; an unknown label is refused", async () => {
      const { driver, events } = await started();
      await harness.link(driver);
      await driver.sendText(person, 'Hello');
      const labels = await driver.labels();
      expect(labels.length).toBeGreaterThanOrEqual(2);
      const [first, second] = labels as [Label, Label];
      expect(first).toEqual({ id: expect.any(String), name: expect.any(String), color: expect.stringMatching(/^#[0-9a-f]{6}$/i) });
      expect(await driver.chatLabels(person.chatId)).toEqual([]);
      expect(await driver.setChatLabels(person.chatId, [second.id, first.id])).toEqual([first, second]);
      expect((await events.waitFor('chat_labels')).data).toEqual({ chatId: person.chatId, labels: [first, second] });
      expect(await driver.chatLabels(person.chatId)).toEqual([first, second]);
      expect(await driver.setChatLabels(person.chatId, [second.id])).toEqual([second]);
      expect(await driver.chatLabels(person.chatId)).toEqual([second]);
      expect(await driver.setChatLabels(person.chatId, [])).toEqual([]);
      expect(await driver.chatLabels(person.chatId)).toEqual([]);
      await expect(driver.setChatLabels(person.chatId, ['999999'])).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('No label with id 999999'),
      });
      await expect(driver.chatLabels('966509999999@c.us')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(driver.setChatLabels('966509999999@c.us', [first.id])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('checks a number, shows a user, and blocks and unblocks them; an unknown user is NOT_FOUND', async () => {
      const { driver } = await started();
      await harness.link(driver);
      expect(await driver.checkNumber(person)).toMatchObject({ exists: true, chatId: person.chatId });
      expect(await driver.checkNumber(harness.unregistered)).toEqual({ exists: false, chatId: null, lid: null });
      expect(await driver.contact(person.chatId)).toMatchObject({ id: person.chatId, phone: person.to, isBlocked: false });
      await driver.setBlocked(person.chatId, true);
      expect((await driver.contact(person.chatId)).isBlocked).toBe(true);
      await driver.setBlocked(person.chatId, false);
      expect((await driver.contact(person.chatId)).isBlocked).toBe(false);
      await expect(driver.contact(harness.unregistered.chatId)).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Contact not found' });
      // A LID WhatsApp gave for a number stands for that number; one it never gave, for nobody.
      const { lid } = await driver.checkNumber(person);
      if (lid) expect(await driver.phoneOfLid(lid)).toBe(person.chatId);
      expect(await driver.phoneOfLid('999999999999999@lid')).toBeNull();
    });

    it('creates a group, changes it and its members, shares its link and leaves it; a group it is not in is NOT_FOUND', async () => {
      const { driver } = await started();
      await harness.link(driver);
      const { wid } = await driver.info();
      const created = await driver.createGroup('Launch', [person.chatId, harness.unregistered.chatId]);
      expect(created).toMatchObject({ subject: 'Launch', id: expect.stringMatching(/@g\.us$/) });
      expect(created.participants).toEqual([
        expect.objectContaining({ participant: person.chatId, action: 'add', ok: true, code: 200 }),
        expect.objectContaining({ participant: harness.unregistered.chatId, action: 'add', ok: false, code: 404 }),
      ]);
      expect(await driver.groups()).toContainEqual({ id: created.id, subject: 'Launch', participantCount: 2 });

      await driver.updateGroup(created.id, { subject: 'Launch team', description: 'Ship it' });
      const stranger = '966509999999@c.us';
      expect(await driver.changeParticipants(created.id, { promote: [person.chatId], remove: [stranger] })).toEqual([
        expect.objectContaining({ participant: stranger, action: 'remove', ok: false, code: 404 }),
        expect.objectContaining({ participant: person.chatId, action: 'promote', ok: true, code: 200 }),
      ]);
      const group = await driver.group(created.id);
      expect(group).toMatchObject({ subject: 'Launch team', description: 'Ship it', participantCount: 2 });
      expect(group.participants).toEqual(
        expect.arrayContaining([
          { id: wid, isAdmin: true, isSuperAdmin: true },
          { id: person.chatId, isAdmin: true, isSuperAdmin: false },
        ]),
      );

      const invite = await driver.groupInvite(created.id, { revoke: false });
      expect(invite.url).toBe(`https://chat.whatsapp.com/${invite.code}`);
      expect((await driver.groupInvite(created.id, { revoke: true })).code).not.toBe(invite.code);

      await driver.leaveGroup(created.id);
      expect((await driver.groups()).map((g) => g.id)).not.toContain(created.id);
      await expect(driver.group(created.id)).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Group not found' });
      await expect(driver.group('120363999999999999@g.us')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it("downloads a message's file; a message without one, or one WhatsApp does not know, is NOT_FOUND", async () => {
      const { driver } = await started();
      await harness.link(driver);
      const pdf = Buffer.from('%PDF-1.4 invoice');
      const sent = await driver.sendMedia(person, { data: pdf, mimetype: 'application/pdf', filename: 'a.pdf' }, {});
      const file = await driver.downloadMedia(sent.id);
      expect(file && { data: file.data.toString(), mimetype: file.mimetype }).toEqual({
        data: pdf.toString(),
        mimetype: 'application/pdf',
      });
      const text = await driver.sendText(person, 'no file here');
      await expect(driver.downloadMedia(text.id)).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'That message has no media' });
      await expect(driver.downloadMedia(`true_${person.chatId}_3EB0UNKNOWN`)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('reports what other people do: reactions, edits, deletions for everyone, poll votes and group changes', async () => {
      const { driver, events } = await started();
      await harness.link(driver);
      const { others } = harness;
      const poll = await driver.sendContent(person, {
        kind: 'poll',
        poll: { question: 'Lunch?', options: ['Pizza', 'Sushi'], multipleAnswers: false },
      });
      const group = await driver.createGroup('Team', [person.chatId]);
      const received = await others.send(driver, person.chatId, 'At 5?');
      await others.react(driver, received, person.chatId, '👍');
      await others.edit(driver, received, person.chatId, 'At 6?', 'At 5?');
      await others.revoke(driver, received, person.chatId, 'At 6?');
      await others.vote(driver, poll.id, person.chatId, ['Sushi']);
      await others.join(driver, group.id, ['966502223333@c.us']);
      await others.rename(driver, group.id, person.chatId, 'Launch');

      const of = <K extends DriverEventName>(name: K) =>
        events.events.flatMap((e) => (e.event === name ? [e.data as Extract<DriverEvent, { event: K }>['data']] : []));
      const at = { timestamp: expect.any(Number) };
      expect(of('message_reaction')).toEqual([{ messageId: received, chatId: person.chatId, from: person.chatId, emoji: '👍', ...at }]);
      expect(of('message_edit')).toEqual([
        { id: received, chatId: person.chatId, from: person.chatId, body: 'At 6?', previousBody: 'At 5?', ...at },
      ]);
      expect(of('message_revoke')).toEqual([{ id: received, chatId: person.chatId, from: person.chatId, previousBody: 'At 6?', ...at }]);
      expect(of('poll_vote')).toEqual([
        { pollId: poll.id, chatId: person.chatId, voter: person.chatId, selectedOptions: ['Sushi'], ...at },
      ]);
      expect(of('group_join')).toEqual([
        { chatId: group.id, author: null, participants: ['966502223333@c.us'], type: 'invite', body: null, ...at },
      ]);
      expect(of('group_update')).toEqual([
        { chatId: group.id, author: person.chatId, participants: [], type: 'subject', body: 'Launch', ...at },
      ]);
    });

    it("knows who wrote to the account, and reports WhatsApp's refusal of a new contact as a failed ack that says why", async () => {
      const { driver, events } = await started();
      await harness.link(driver);
      const writer: Recipient = { chatId: '966507778888@c.us', to: '966507778888', isGroup: false };
      await harness.others.send(driver, writer.chatId, 'Is my order on its way?');
      expect(await driver.knowsChat(writer.chatId)).toBe(true);
      expect(await driver.knowsChat(person.chatId)).toBe(false);

      await harness.limit(driver);
      const refused = await driver.sendText(person, 'Our December offer');
      const reply = await driver.sendText(writer, 'Yes, it left this morning');
      const ackOf = (id: string) => events.events.filter((e) => e.event === 'message_ack' && e.data.id === id).map((e) => e.data);
      await expect
        .poll(() => ackOf(refused.id))
        .toEqual([
          {
            id: refused.id,
            chatId: person.chatId,
            ack: -1,
            status: 'failed',
            refused: { reason: expect.stringContaining('new contact'), until: null },
          },
        ]);
      await expect.poll(() => ackOf(reply.id)[0]).toEqual({ id: reply.id, chatId: writer.chatId, ack: 1, status: 'sent' });
    });

    it('announces a message it cannot read yet as pending, then the message with the same id, each once', async () => {
      const { driver, events } = await started();
      await harness.link(driver);
      const id = await harness.others.pending(driver, person.chatId);
      expect((await events.waitFor('message_pending')).data).toEqual({
        id,
        from: person.chatId,
        chatId: person.chatId,
        timestamp: expect.any(Number),
      });
      await harness.others.deliverPending(driver, id, person.chatId, 'My order number is 1234');
      const messages = () => events.events.filter((e) => e.event === 'message' && e.data.id === id).map((e) => e.data);
      await expect.poll(messages).toEqual([expect.objectContaining({ id, from: person.chatId, body: 'My order number is 1234' })]);
      await quietFor(50);
      expect(messages()).toHaveLength(1);
      expect(events.names().filter((name) => name === 'message_pending')).toHaveLength(1);
    });

    it('reports a call and declines it once; a call that is over is NOT_FOUND', async () => {
      const { driver, events } = await started();
      await harness.link(driver);
      const id = await harness.others.call(driver, person.chatId);
      expect((await events.waitFor('call')).data).toEqual({
        id,
        from: person.chatId,
        isVideo: false,
        isGroup: false,
        timestamp: expect.any(Number),
      });
      await driver.rejectCall(id);
      await expect(driver.rejectCall(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(driver.rejectCall('CALL-NEVER-MADE')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('says which WhatsApp Web it runs once ready: the live one, with nothing remembered', async () => {
      const { driver, events } = await started();
      await harness.link(driver);
      const { data } = await events.waitFor('web_version');
      expect(data).toEqual({ version: expect.stringMatching(WEB_VERSION_PATTERN), source: 'live' });
      expect(driver.webVersion()).toEqual(data);
    });

    it('acknowledges an announcement by itself; any other dialog makes it ACTION_REQUIRED until a person presses a button', async () => {
      const { driver, events } = await started();
      await harness.link(driver);
      const dialogs = () => events.events.filter((e) => e.event === 'dialog').map((e) => e.data);
      await harness.showDialog(driver, { text: "What's new on WhatsApp Web\nChannels and more", buttons: ['Continue'] });
      await expect
        .poll(dialogs)
        .toEqual([{ text: "What's new on WhatsApp Web\nChannels and more", buttons: ['Continue'], answered: 'Continue' }]);
      expect(driver.state()).toBe('CONNECTED');
      expect(driver.dialog()).toBeNull();

      const blocking = { text: 'Keep this computer linked to your account?', buttons: ['Log out', 'Keep linked'] };
      await harness.showDialog(driver, blocking);
      await expect.poll(() => driver.state()).toBe('ACTION_REQUIRED');
      expect(dialogs()[1]).toEqual({ ...blocking, answered: null });
      expect(driver.dialog()).toEqual(blocking);
      expect(driver.activity()).toContain('Keep this computer linked to your account?');
      await expect(driver.sendText(person, 'hello')).rejects.toMatchObject({ code: 'CLIENT_NOT_READY' });
      await expect(driver.answerDialog('Maybe')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'button: the dialog has no button "Maybe"; it has "Log out", "Keep linked"',
      });

      await driver.answerDialog('Keep linked');
      expect(driver.state()).toBe('CONNECTED');
      expect(driver.dialog()).toBeNull();
      expect(
        events.events
          .filter((e) => e.event === 'state_change')
          .map((e) => e.data)
          .slice(-2),
      ).toEqual([
        { state: 'ACTION_REQUIRED', previousState: 'CONNECTED' },
        { state: 'CONNECTED', previousState: 'ACTION_REQUIRED' },
      ]);
      await expect(driver.answerDialog('Keep linked')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(driver.sendText(person, 'hello')).resolves.toMatchObject({ id: expect.any(String) });
    });

    it('sends media with a caption, a photo view once, and a text without its link preview', async () => {
      const { driver } = await started();
      await harness.link(driver);
      const sent = await driver.sendMedia(
        person,
        { data: Buffer.from('%PDF-1.4'), mimetype: 'application/pdf', filename: 'a.pdf' },
        { caption: 'Invoice' },
      );
      expect(sent.id).toContain(person.chatId);
      const once = await driver.sendMedia(person, { data: Buffer.from('\xff\xd8'), mimetype: 'image/jpeg' }, { viewOnce: true });
      const text = await driver.sendText(person, 'https://example.com', { linkPreview: false });
      expect(new Set([sent.id, once.id, text.id]).size).toBe(3);
    });

    it('fails a recipient that is not on WhatsApp, for that recipient only', async () => {
      const { driver } = await started();
      await harness.link(driver);
      expect(await driver.resolve(harness.unregistered)).toBeNull();
      expect(await driver.resolve(person)).toBe(person.chatId);
      await expect(driver.sendText(harness.unregistered, 'hi')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: `${harness.unregistered.to} is not on WhatsApp`,
      });
      await expect(driver.sendText(person, 'still fine')).resolves.toMatchObject({ id: expect.any(String) });
    });

    it('logs out: disconnected with LOGOUT, then a new QR code', async () => {
      const { driver, events } = await started();
      await harness.link(driver);
      events.events.length = 0;
      await driver.logout();
      expect((await events.waitFor('disconnected')).data).toEqual({ reason: 'LOGOUT' });
      await events.waitFor('qr');
      expect(driver.state()).toBe('PAIRING');
    });

    it('raises nothing after stop', async () => {
      const { driver, events } = await started();
      await harness.link(driver);
      await driver.sendText(person, 'last');
      await driver.stop();
      const count = events.events.length;
      await quietFor(150);
      expect(events.events.length).toBe(count);
      expect(driver.state()).toBe('UNLAUNCHED');
    });
  });
}
