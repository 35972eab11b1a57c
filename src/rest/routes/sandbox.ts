import {
  sandboxAckInput,
  sandboxDisconnectInput,
  sandboxEditInput,
  sandboxGroupInput,
  sandboxInboundInput,
  sandboxCallInput,
  sandboxLimitInput,
  sandboxReactionInput,
  sandboxRevokeInput,
  sandboxVoteInput,
} from '../../domain/sandbox-inputs.js';
import type { z } from 'zod';
import type { RestRoute } from '../rest-route.js';
import { asInput } from './route-variables.js';

const clientStatusFields = 'status ready state message';
const GROUP_NOTICE = 'chatId author participants type body timestamp';

/** Something that happens to the account's chats from the other side, raising its event. */
const happening = (
  path: string,
  field: string,
  inputType: string,
  body: z.ZodType,
  selection: string,
  summary: string,
  message: string,
): RestRoute => ({
  method: 'POST',
  path: `/api/sandbox/inbound/${path}`,
  tag: 'Sandbox',
  failures: [404],
  summary,
  operation: `mutation ${field[0]!.toUpperCase()}${field.slice(1)}($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`,
  body,
  variables: asInput,
  reply: { message },
});

/** The sandbox driver's controls; each answers 404 while another driver runs. */
export const sandboxRoutes: RestRoute[] = [
  {
    method: 'POST',
    path: '/api/sandbox/link',
    tag: 'Sandbox',
    failures: [404],
    summary: 'Link the sandbox as if the QR code had been scanned',
    operation: `mutation SandboxLink { sandboxLink { ${clientStatusFields} } }`,
    reply: { message: 'Sandbox linked' },
  },
  {
    method: 'POST',
    path: '/api/sandbox/inbound',
    tag: 'Sandbox',
    failures: [404],
    summary: 'Deliver a message to the linked account, raising a `message` event',
    operation:
      'mutation SandboxInbound($input: SandboxInboundInput!) { sandboxInbound(input: $input) { id from to author body timestamp fromMe hasMedia type isGroup caption mimeType filename mediaUrl } }',
    body: sandboxInboundInput,
    largeBody: true,
    variables: asInput,
    reply: { message: 'Inbound message delivered' },
  },
  happening(
    'reaction',
    'sandboxReaction',
    'SandboxReactionInput',
    sandboxReactionInput,
    '... on MessageReactionEvent { messageId chatId from emoji timestamp }',
    'Someone reacts to a message (`"emoji": ""` takes it away), raising `message_reaction`',
    'Reaction delivered',
  ),
  happening(
    'edit',
    'sandboxEdit',
    'SandboxEditInput',
    sandboxEditInput,
    '... on MessageEditEvent { id chatId from body previousBody timestamp }',
    'The sender of a received message changes it, raising `message_edit`',
    'Edit delivered',
  ),
  happening(
    'revoke',
    'sandboxRevoke',
    'SandboxRevokeInput',
    sandboxRevokeInput,
    '... on MessageRevokeEvent { id chatId from previousBody timestamp }',
    'The sender of a received message deletes it for everyone, raising `message_revoke`',
    'Deletion delivered',
  ),
  happening(
    'vote',
    'sandboxVote',
    'SandboxVoteInput',
    sandboxVoteInput,
    '... on PollVoteEvent { pollId chatId voter selectedOptions timestamp }',
    'Someone answers a poll the account sent, raising `poll_vote`',
    'Vote delivered',
  ),
  happening(
    'call',
    'sandboxInboundCall',
    'SandboxCallInput',
    sandboxCallInput,
    'id from isVideo isGroup timestamp',
    'Someone calls the account, raising `call`',
    'Call delivered',
  ),
  happening(
    'group',
    'sandboxGroupChange',
    'SandboxGroupInput',
    sandboxGroupInput,
    `event ... on GroupJoinEvent { ${GROUP_NOTICE} } ... on GroupLeaveEvent { ${GROUP_NOTICE} } ... on GroupUpdateEvent { ${GROUP_NOTICE} }`,
    'People join or leave a group, or its subject or description changes, raising `group_join`, `group_leave` or `group_update`',
    'Group change delivered',
  ),
  {
    method: 'POST',
    path: '/api/sandbox/disconnect',
    tag: 'Sandbox',
    failures: [404],
    summary: 'Drop the connection with a reason, as WhatsApp would',
    operation: `mutation SandboxDisconnect($reason: DisconnectReason) { sandboxDisconnect(reason: $reason) { ${clientStatusFields} } }`,
    body: sandboxDisconnectInput,
    variables: (body) => ({ reason: body.reason }),
    reply: { message: 'Sandbox disconnected' },
  },
  {
    method: 'POST',
    path: '/api/sandbox/limit',
    tag: 'Sandbox',
    failures: [404],
    summary:
      "WhatsApp limits the account: until `until` (or until lifted) messages to people who never wrote to it fail with ACCOUNT_LIMITED, as WhatsApp's limit on new contacts does",
    operation: 'mutation SandboxLimit($until: String) { sandboxLimit(until: $until) { reason until } }',
    body: sandboxLimitInput,
    variables: (body) => ({ until: body.until }),
    reply: { message: 'Sandbox limited', keepNulls: true },
  },
  {
    method: 'DELETE',
    path: '/api/sandbox/limit',
    tag: 'Sandbox',
    failures: [404],
    summary: "WhatsApp lifts the account's limit; the campaigns it paused resume if it had an end",
    operation: 'mutation SandboxLiftLimit { sandboxLiftLimit { lifted } }',
    reply: { message: 'Sandbox limit lifted' },
  },
  {
    method: 'POST',
    path: '/api/sandbox/ack',
    tag: 'Sandbox',
    failures: [404],
    summary: 'Ack a delivered message: 2 delivered, 3 read, 4 played, -1 failed',
    operation:
      'mutation SandboxAck($id: String, $ack: Int) { sandboxAck(id: $id, ack: $ack) { id chatId to kind body timestamp ack status } }',
    body: sandboxAckInput,
    variables: (body) => ({ id: body.id, ack: body.ack }),
    reply: { message: 'Ack applied' },
  },
  {
    method: 'GET',
    path: '/api/sandbox/outbox',
    tag: 'Sandbox',
    failures: [404],
    summary: 'What the sandbox delivered, oldest first',
    operation:
      'query SandboxOutbox { sandboxOutbox { id chatId to kind body mimetype filename size timestamp ack status replyTo mentions as forwardedFrom reaction edited deleted } }',
  },
];
