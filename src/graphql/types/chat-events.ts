import { builder } from '../builder.js';
import { eventType, GatewayEventInterface, subscriptionTo } from './events.js';

/** The LID a person arrived as, where the event gives their number instead. */
const lidOf = { nullable: true, description: 'The LID the person arrived as, where the event gives their number instead' } as const;

/** WhatsApp's own time of the happening, as the `message` event gives it. */
const unixSeconds = { description: 'Unix seconds, as WhatsApp stamped it' } as const;

export const MessageReactionEvent = eventType('message_reaction').implement({
  description: 'Someone (the account included) reacted to a message; an empty emoji took the reaction away',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    messageId: t.string({ description: 'The message reacted to', resolve: (e) => e.data.messageId }),
    chatId: t.string({ resolve: (e) => e.data.chatId }),
    from: t.string({ description: 'Who reacted', resolve: (e) => e.data.from }),
    fromLid: t.string({ ...lidOf, resolve: (e) => e.data.fromLid ?? null }),
    emoji: t.string({ resolve: (e) => e.data.emoji }),
    timestamp: t.int({ ...unixSeconds, resolve: (e) => e.data.timestamp }),
  }),
});

export const MessageEditEvent = eventType('message_edit').implement({
  description: 'Its sender changed a message',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    id: t.string({ resolve: (e) => e.data.id }),
    chatId: t.string({ resolve: (e) => e.data.chatId }),
    from: t.string({ description: 'Who edited it: its sender', resolve: (e) => e.data.from }),
    fromLid: t.string({ ...lidOf, resolve: (e) => e.data.fromLid ?? null }),
    body: t.string({ resolve: (e) => e.data.body }),
    previousBody: t.string({ nullable: true, resolve: (e) => e.data.previousBody }),
    timestamp: t.int({ ...unixSeconds, resolve: (e) => e.data.timestamp }),
  }),
});

export const MessageRevokeEvent = eventType('message_revoke').implement({
  description: 'Its sender deleted a message for everyone',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    id: t.string({ resolve: (e) => e.data.id }),
    chatId: t.string({ resolve: (e) => e.data.chatId }),
    from: t.string({ resolve: (e) => e.data.from }),
    fromLid: t.string({ ...lidOf, resolve: (e) => e.data.fromLid ?? null }),
    previousBody: t.string({
      nullable: true,
      description: 'Its text before, where WhatsApp still had it',
      resolve: (e) => e.data.previousBody,
    }),
    timestamp: t.int({ ...unixSeconds, resolve: (e) => e.data.timestamp }),
  }),
});

export const PollVoteEvent = eventType('poll_vote').implement({
  description: 'Someone answered a poll the account sent, or changed their answer (none: they took their vote back)',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    pollId: t.string({ resolve: (e) => e.data.pollId }),
    chatId: t.string({ resolve: (e) => e.data.chatId }),
    voter: t.string({ resolve: (e) => e.data.voter }),
    voterLid: t.string({ ...lidOf, resolve: (e) => e.data.voterLid ?? null }),
    selectedOptions: t.stringList({ resolve: (e) => e.data.selectedOptions }),
    timestamp: t.int({ ...unixSeconds, resolve: (e) => e.data.timestamp }),
  }),
});

type GroupEventName = 'group_join' | 'group_leave' | 'group_update';

function groupEvent(name: GroupEventName, description: string) {
  return eventType(name).implement({
    description,
    interfaces: [GatewayEventInterface],
    fields: (t) => ({
      chatId: t.string({ description: 'The group', resolve: (e) => e.data.chatId }),
      author: t.string({
        nullable: true,
        description: 'Who made the change, where not the people themselves',
        resolve: (e) => e.data.author,
      }),
      participants: t.stringList({
        description: 'The people it is about',
        resolve: (e) => e.data.participants,
      }),
      type: t.string({ description: "WhatsApp's kind of change", resolve: (e) => e.data.type }),
      body: t.string({ nullable: true, description: 'The new subject or description, for those', resolve: (e) => e.data.body }),
      timestamp: t.int({ ...unixSeconds, resolve: (e) => e.data.timestamp }),
    }),
  });
}

const GroupJoinEvent = groupEvent('group_join', 'People joined a group: added by an admin (type add) or by its link (invite)');
const GroupLeaveEvent = groupEvent('group_leave', 'People left a group (type leave) or were removed by an admin (remove)');
const GroupUpdateEvent = groupEvent(
  'group_update',
  "A group's details changed (subject, description, picture, announce, restrict) or members were promoted or demoted",
);

builder.subscriptionFields((t) => ({
  messageReaction: subscriptionTo(t, MessageReactionEvent, 'message_reaction'),
  messageEdit: subscriptionTo(t, MessageEditEvent, 'message_edit'),
  messageRevoke: subscriptionTo(t, MessageRevokeEvent, 'message_revoke'),
  pollVote: subscriptionTo(t, PollVoteEvent, 'poll_vote'),
  groupJoin: subscriptionTo(t, GroupJoinEvent, 'group_join'),
  groupLeave: subscriptionTo(t, GroupLeaveEvent, 'group_leave'),
  groupUpdate: subscriptionTo(t, GroupUpdateEvent, 'group_update'),
}));
