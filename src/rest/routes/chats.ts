import { z } from 'zod';
import { muteInput, presenceInput } from '../../messaging/chat-inputs.js';
import { labelIdsInput } from '../../messaging/label-inputs.js';
import type { RestRoute } from '../rest-route.js';
import { wholeNumber } from './route-variables.js';

const CHAT_UPDATE = '{ chatId }';
const LABEL_FIELDS = 'id name color';
const MESSAGE_FIELDS =
  'id from to author body timestamp fromMe hasMedia type isGroup caption mimeType filename mediaUrl chatId status quotedId reaction edited deleted';

/** A chat's change that takes no body: archive, pin, their undoing, and marking it read. */
const toggle = (path: string, summary: string, mutation: string, argument: string, message: string): RestRoute => ({
  method: 'POST',
  path: `/api/chats/:chatId/${path}`,
  tag: 'Chats',
  summary,
  operation: `mutation Chat${path[0]!.toUpperCase()}${path.slice(1)}($chatId: String!) { ${mutation}(chatId: $chatId${argument}) ${CHAT_UPDATE} }`,
  variables: (_body, params) => ({ chatId: params.chatId }),
  failures: [404, 503],
  reply: { message },
});

/** The account's chats: read one, mark it read, show typing, archive, pin or mute it, label it. */
export const chatRoutes: RestRoute[] = [
  {
    method: 'GET',
    path: '/api/chats',
    tag: 'Chats',
    summary: 'The chats with stored messages, the newest first, each with its last message and unread count (?first=1…200, default 50)',
    operation: `query Conversations($first: Int) { conversations(first: $first) { chatId isGroup unreadCount lastMessage { ${MESSAGE_FIELDS} } } }`,
    query: { first: { type: 'integer', description: '1 to 200, default 50' } },
    variables: (_body, _params, query) => ({ first: wholeNumber(query.get('first')) }),
  },
  {
    method: 'GET',
    path: '/api/chats/:chatId/messages',
    tag: 'Chats',
    summary: "A chat's stored messages, newest first (?limit=1…100, default 50; ?before=<id> for the ones before it)",
    operation: `query ChatMessages($chatId: String!, $limit: Int, $before: String) { chatMessages(chatId: $chatId, limit: $limit, before: $before) { ${MESSAGE_FIELDS} } }`,
    query: {
      limit: { type: 'integer', description: '1 to 100, default 50' },
      before: { type: 'string', description: 'The id of the oldest message you have: the page holds the ones before it' },
    },
    variables: (_body, params, query) => ({
      chatId: params.chatId,
      limit: wholeNumber(query.get('limit')),
      before: query.get('before') ?? undefined,
    }),
  },
  {
    method: 'GET',
    path: '/api/messages/search',
    tag: 'Chats',
    summary:
      'Search the stored messages: those holding every word of ?q=, best matches first (?chatId=&from=&before=&after=&first=&cursor=)',
    operation: `query SearchMessages($input: MessageSearchInput!) { searchMessages(input: $input) { items { ${MESSAGE_FIELDS} } nextCursor } }`,
    query: {
      q: { type: 'string', description: 'The words to find' },
      chatId: { type: 'string', description: 'Only this chat' },
      from: { type: 'string', description: 'Only what this person sent' },
      before: { type: 'string', description: 'Only messages sent before this time (ISO 8601)' },
      after: { type: 'string', description: 'Only messages sent after this time (ISO 8601)' },
      first: { type: 'integer', description: '1 to 100, default 20' },
      cursor: { type: 'string', description: 'The nextCursor of the page before' },
    },
    variables: (_body, _params, query) => ({
      input: {
        q: query.get('q') ?? undefined,
        chatId: query.get('chatId') ?? undefined,
        from: query.get('from') ?? undefined,
        before: query.get('before') ?? undefined,
        after: query.get('after') ?? undefined,
        first: wholeNumber(query.get('first')),
        cursor: query.get('cursor') ?? undefined,
      },
    }),
  },
  toggle('seen', 'Mark the chat read', 'markChatSeen', '', 'Chat marked as read'),
  {
    method: 'POST',
    path: '/api/chats/:chatId/presence',
    tag: 'Chats',
    summary: 'Show the chat that the account is typing or recording; paused stops it',
    operation: `mutation ChatPresence($chatId: String!, $state: String) { setChatPresence(chatId: $chatId, state: $state) ${CHAT_UPDATE} }`,
    body: presenceInput,
    variables: (body, params) => ({ chatId: params.chatId, state: body.state }),
    failures: [404, 503],
    reply: { message: 'Presence shown' },
  },
  toggle('archive', 'Archive the chat', 'archiveChat', '', 'Chat archived'),
  toggle('unarchive', 'Unarchive the chat', 'archiveChat', ', archived: false', 'Chat unarchived'),
  toggle('pin', 'Pin the chat', 'pinChat', '', 'Chat pinned'),
  toggle('unpin', 'Unpin the chat', 'pinChat', ', pinned: false', 'Chat unpinned'),
  {
    method: 'POST',
    path: '/api/chats/:chatId/mute',
    tag: 'Chats',
    summary: 'Mute the chat until a time, or for ever without one',
    operation: `mutation MuteChat($chatId: String!, $until: String) { muteChat(chatId: $chatId, until: $until) ${CHAT_UPDATE} }`,
    body: z.object({ until: muteInput.shape.until }),
    variables: (body, params) => ({ chatId: params.chatId, until: body.until }),
    failures: [404, 503],
    reply: { message: 'Chat muted' },
  },
  toggle('unmute', 'Unmute the chat', 'muteChat', ', muted: false', 'Chat unmuted'),
  {
    method: 'GET',
    path: '/api/labels',
    tag: 'Chats',
    summary: "The business account's labels (400 for an account that is not a business account)",
    operation: `query Labels { labels { ${LABEL_FIELDS} } }`,
    failures: [503],
  },
  {
    method: 'GET',
    path: '/api/chats/:chatId/labels',
    tag: 'Chats',
    summary: "The chat's labels",
    operation: `query ChatLabels($chatId: String!) { chatLabels(chatId: $chatId) { ${LABEL_FIELDS} } }`,
    variables: (_body, params) => ({ chatId: params.chatId }),
    failures: [404, 503],
  },
  {
    method: 'PUT',
    path: '/api/chats/:chatId/labels',
    tag: 'Chats',
    summary: 'Give the chat exactly these labels; an empty list takes them all off',
    operation: `mutation SetChatLabels($chatId: String!, $labelIds: [String!]!) { setChatLabels(chatId: $chatId, labelIds: $labelIds) { chatId labels { ${LABEL_FIELDS} } } }`,
    body: z.object({ labelIds: labelIdsInput }),
    variables: (body, params) => ({ chatId: params.chatId, labelIds: body.labelIds }),
    failures: [404, 503],
    reply: { message: 'Chat labels set' },
  },
];
