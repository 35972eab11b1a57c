import { z } from 'zod';
import { bulkRecipient, sendBulkFields } from '../../campaigns/bulk-inputs.js';
import { editInput, forwardInput, pinInput, reactionInput } from '../../messaging/message-action-inputs.js';
import { sendContactInput, sendLocationInput, sendPollInput } from '../../messaging/rich-content-inputs.js';
import { sendMediaInput, sendTextInput, testMessageInput } from '../../messaging/send-inputs.js';
import type { RestRoute } from '../rest-route.js';
import { asInput, byId, byIdWithInput } from './route-variables.js';
import { recipientList, withChatIds } from './recipients.js';

/** The documented bulk body lists plain chat ids; the personalised form lists `{phone, message}` objects. */
const sendBulkBody = z.object({
  recipients: recipientList(bulkRecipient),
  ...sendBulkFields,
});

/** A send: its input as the body, answered `{id, timestamp, to}` with the message the reference gives. */
function sendRoute(
  path: string,
  field: string,
  inputType: string,
  body: z.ZodType,
  summary: string,
  message: string,
  options: { largeBody?: true; repliesTo?: true } = {},
): RestRoute {
  const operation = `${field[0]!.toUpperCase()}${field.slice(1)}`;
  return {
    method: 'POST',
    path,
    tag: 'Messages',
    summary,
    operation: `mutation ${operation}($input: ${inputType}!) { ${field}(input: $input) { id timestamp to } }`,
    body,
    ...(options.largeBody && { largeBody: true }),
    variables: asInput,
    // A reply names the message it quotes; one the account does not have is 404.
    failures: options.repliesTo ? [404, 502, 503] : [502, 503],
    reply: { message },
  };
}

export const messageRoutes: RestRoute[] = [
  sendRoute('/api/messages/send-text', 'sendText', 'SendTextInput', sendTextInput, 'Send a text message', 'Message sent successfully', {
    repliesTo: true,
  }),
  sendRoute(
    '/api/messages/send-media',
    'sendMedia',
    'SendMediaInput',
    sendMediaInput,
    'Send an image, video, document or audio file, from a URL or base64',
    'Media sent successfully',
    { largeBody: true, repliesTo: true },
  ),
  sendRoute(
    '/api/messages/send-location',
    'sendLocation',
    'SendLocationInput',
    sendLocationInput,
    'Send a location: a pin on the map, with a name and address if given',
    'Location sent successfully',
  ),
  sendRoute(
    '/api/messages/send-contact',
    'sendContact',
    'SendContactInput',
    sendContactInput,
    'Send 1 to 20 contact cards (vCards) in one message',
    'Contact sent successfully',
  ),
  sendRoute(
    '/api/messages/send-poll',
    'sendPoll',
    'SendPollInput',
    sendPollInput,
    'Send a poll: a question and 2 to 12 different answers',
    'Poll sent successfully',
  ),
  {
    method: 'POST',
    path: '/api/messages/send-bulk',
    tag: 'Messages',
    summary: 'Send to many recipients, one by one, with a random pause between sends',
    operation:
      'mutation SendBulk($input: SendBulkInput!) { sendBulk(input: $input) { total sent failed results { phone status messageId error } } }',
    body: sendBulkBody,
    variables: (body) => asInput({ ...body, recipients: withChatIds(body.recipients) }),
    failures: [503],
    reply: { message: 'Bulk messages sent' },
  },
  {
    method: 'GET',
    path: '/api/messages/:id/status',
    tag: 'Messages',
    summary: 'Where a sent message is: pending, sent, delivered, read, played or failed',
    operation:
      'query MessageStatus($id: String!) { messageStatus(id: $id) { id chatId kind status ack error createdAt updatedAt deliveredAt readAt } }',
    variables: byId,
    failures: [404],
  },
  {
    method: 'GET',
    path: '/api/messages/:id/media',
    tag: 'Messages',
    summary: "A sent or received message's file, as itself; 404 once WhatsApp no longer has it",
    operation: 'query MessageMedia($id: String!) { messageMedia(id: $id) { contentType filename data } }',
    variables: byId,
    failures: [404, 502, 503],
    reply: { file: true },
  },
  {
    method: 'POST',
    path: '/api/messages/:id/reaction',
    tag: 'Messages',
    summary: 'React to a sent or received message with an emoji; "" removes the reaction',
    operation: 'mutation ReactToMessage($id: String!, $emoji: String) { reactToMessage(id: $id, emoji: $emoji) { id } }',
    body: reactionInput,
    variables: (body, params) => ({ id: params.id, emoji: body.emoji }),
    failures: [404, 502, 503],
    reply: { message: 'Reaction updated' },
  },
  {
    method: 'POST',
    path: '/api/messages/:id/pin',
    tag: 'Messages',
    summary: 'Pin a sent or received message at the top of its chat for 24 hours, 7 or 30 days (`seconds`)',
    operation: 'mutation PinMessage($id: String!, $seconds: Int!) { pinMessage(id: $id, seconds: $seconds) { id } }',
    body: pinInput,
    variables: (body, params) => ({ id: params.id, seconds: body.seconds }),
    failures: [404, 502, 503],
    reply: { message: 'Message pinned' },
  },
  {
    method: 'DELETE',
    path: '/api/messages/:id/pin',
    tag: 'Messages',
    summary: 'Unpin a pinned message',
    operation: 'mutation UnpinMessage($id: String!) { unpinMessage(id: $id) { id } }',
    variables: byId,
    failures: [404, 502, 503],
    reply: { message: 'Message unpinned' },
  },
  {
    method: 'PUT',
    path: '/api/messages/:id',
    tag: 'Messages',
    summary: "Edit one of the account's own messages, within 15 minutes of sending it",
    operation: 'mutation EditMessage($id: String!, $input: EditMessageInput!) { editMessage(id: $id, input: $input) { id } }',
    body: editInput,
    variables: byIdWithInput,
    failures: [404, 502, 503],
    reply: { message: 'Message edited' },
  },
  {
    method: 'DELETE',
    path: '/api/messages/:id',
    tag: 'Messages',
    summary: "Delete a message here; ?everyone=true deletes one of the account's own for everyone",
    operation: 'mutation DeleteMessage($id: String!, $everyone: Boolean) { deleteMessage(id: $id, everyone: $everyone) { id } }',
    query: {
      everyone: { type: 'boolean', description: "true revokes one of the account's own messages for everyone (within about 60 hours)" },
    },
    variables: (_body, params, query) => ({ id: params.id, everyone: query.get('everyone') === 'true' }),
    failures: [404, 502, 503],
    reply: { message: 'Message deleted' },
  },
  {
    method: 'POST',
    path: '/api/messages/:id/forward',
    tag: 'Messages',
    summary: "Forward a sent or received message to another chat; answers the copy's id",
    operation:
      'mutation ForwardMessage($id: String!, $input: ForwardMessageInput!) { forwardMessage(id: $id, input: $input) { id to forwardedFrom } }',
    body: forwardInput,
    variables: byIdWithInput,
    failures: [404, 502, 503],
    reply: { message: 'Message forwarded' },
  },
  {
    method: 'POST',
    path: '/api/test/send',
    tag: 'Testing',
    summary: 'Send a test message to TEST_PHONE_NUMBER',
    operation: 'mutation SendTestMessage($input: TestMessageInput) { sendTestMessage(input: $input) { id timestamp to } }',
    body: testMessageInput,
    variables: asInput,
    failures: [502, 503],
    reply: { message: 'Test message sent successfully' },
  },
  {
    method: 'GET',
    path: '/api/test/info',
    tag: 'Testing',
    summary: 'Whether a test phone number is configured (masked)',
    operation: 'query TestNumber { testNumber { configured message phoneNumberMasked } }',
  },
];
