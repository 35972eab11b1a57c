import type { GatewayEvent } from '../events.js';

/** The chat an event is about, where it is about one. */
function chatOf(event: GatewayEvent): string | undefined {
  switch (event.event) {
    case 'message':
      return event.data.fromMe ? event.data.to : event.data.from;
    case 'message_ack':
    case 'message_reaction':
    case 'message_edit':
    case 'message_revoke':
    case 'message_pending':
    case 'poll_vote':
    case 'chat_labels':
    case 'group_join':
    case 'group_leave':
    case 'group_update':
      return event.data.chatId;
    case 'call':
    case 'story':
      return event.data.from;
    default:
      return undefined;
  }
}

/**
 * Which deliveries of a per-chat webhook keep their order among themselves: those about one chat of one
 * session, and a session's events about no chat (its connection, its campaigns) among themselves.
 */
export function laneOf(event: GatewayEvent): string {
  const chat = chatOf(event);
  return chat === undefined ? event.session : `${event.session} ${chat}`;
}
