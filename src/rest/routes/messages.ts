import { z } from 'zod';
import {
  bulkRecipient,
  sendBulkFields,
  sendContactInput,
  sendLocationInput,
  sendMediaInput,
  sendPollInput,
  sendTextInput,
  testMessageInput,
} from '../../messaging/message-inputs.js';
import type { RestRoute } from '../rest-route.js';
import { asInput, byId } from './route-variables.js';
import { withChatIds } from './recipients.js';

/** The documented bulk body lists plain chat ids; the personalised form lists `{phone, message}` objects. */
const sendBulkBody = z.object({
  recipients: z.array(z.union([z.string().describe('A number or chat id, e.g. 966501234567@c.us'), bulkRecipient])),
  ...sendBulkFields,
});

export const messageRoutes: RestRoute[] = [
  {
    method: 'POST',
    path: '/api/messages/send-text',
    tag: 'Messages',
    summary: 'Send a text message',
    operation: 'mutation SendText($input: SendTextInput!) { sendText(input: $input) { id timestamp to } }',
    body: sendTextInput,
    variables: asInput,
    failures: [502, 503],
    reply: { message: 'Message sent successfully' },
  },
  {
    method: 'POST',
    path: '/api/messages/send-media',
    tag: 'Messages',
    summary: 'Send an image, video, document or audio file, from a URL or base64',
    operation: 'mutation SendMedia($input: SendMediaInput!) { sendMedia(input: $input) { id timestamp to } }',
    body: sendMediaInput,
    largeBody: true,
    variables: asInput,
    failures: [502, 503],
    reply: { message: 'Media sent successfully' },
  },
  {
    method: 'POST',
    path: '/api/messages/send-location',
    tag: 'Messages',
    summary: 'Send a location: a pin on the map, with a name and address if given',
    operation: 'mutation SendLocation($input: SendLocationInput!) { sendLocation(input: $input) { id timestamp to } }',
    body: sendLocationInput,
    variables: asInput,
    failures: [502, 503],
    reply: { message: 'Location sent successfully' },
  },
  {
    method: 'POST',
    path: '/api/messages/send-contact',
    tag: 'Messages',
    summary: 'Send 1 to 20 contact cards (vCards) in one message',
    operation: 'mutation SendContact($input: SendContactInput!) { sendContact(input: $input) { id timestamp to } }',
    body: sendContactInput,
    variables: asInput,
    failures: [502, 503],
    reply: { message: 'Contact sent successfully' },
  },
  {
    method: 'POST',
    path: '/api/messages/send-poll',
    tag: 'Messages',
    summary: 'Send a poll: a question and 2 to 12 different answers',
    operation: 'mutation SendPoll($input: SendPollInput!) { sendPoll(input: $input) { id timestamp to } }',
    body: sendPollInput,
    variables: asInput,
    failures: [502, 503],
    reply: { message: 'Poll sent successfully' },
  },
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
