import { execute, parse, type ExecutionResult } from 'graphql';
import type { GatewayEvent } from '../events.js';
import { withoutNulls } from '../http/without-nulls.js';
import { schema } from './schema.js';

/**
 * The documented `{event, session, data}` frames, selected from the one `events` subscription: the raw
 * WebSocket stream subscribes with it, and webhooks run it on each event they deliver, so both carry the
 * same data. `message` keeps WhatsApp's unix timestamp.
 */
export const EVENT_FRAMES = /* GraphQL */ `
  subscription EventFrames($session: String! = "default") {
    events(session: $session) {
      event
      session
      ... on QrEvent {
        qr
        timestamp
      }
      ... on PairingCodeEvent {
        code
        phone
        timestamp
      }
      ... on AuthenticatedEvent {
        message
        timestamp
      }
      ... on ReadyEvent {
        message
        info {
          wid
          pushname
          platform
        }
        timestamp
      }
      ... on DisconnectedEvent {
        reason
        message
        timestamp
      }
      ... on StateChangeEvent {
        state
        previousState
        timestamp
      }
      ... on MessageEvent {
        id
        from
        fromLid
        to
        author
        authorLid
        body
        timestamp
        fromMe
        hasMedia
        type
        isGroup
        caption
        mimeType
        filename
        mediaUrl
      }
      ... on MessageAckEvent {
        id
        chatId
        ack
        status
        refused {
          reason
          until
        }
        timestamp
      }
      ... on MessageReactionEvent {
        messageId
        chatId
        from
        fromLid
        emoji
        timestamp
      }
      ... on MessageEditEvent {
        id
        chatId
        from
        fromLid
        body
        previousBody
        timestamp
      }
      ... on MessageRevokeEvent {
        id
        chatId
        from
        fromLid
        previousBody
        timestamp
      }
      ... on PollVoteEvent {
        pollId
        chatId
        voter
        voterLid
        selectedOptions
        timestamp
      }
      ... on GroupJoinEvent {
        chatId
        author
        participants
        type
        body
        timestamp
      }
      ... on GroupLeaveEvent {
        chatId
        author
        participants
        type
        body
        timestamp
      }
      ... on GroupUpdateEvent {
        chatId
        author
        participants
        type
        body
        timestamp
      }
      ... on CampaignProgressEvent {
        campaignId
        name
        kind
        status
        counts {
          total
          pending
          sending
          sent
          delivered
          read
          failed
          unknown
          skipped
        }
        recipient {
          chatId
          state
          error
        }
        timestamp
      }
      ... on WebhookDisabledEvent {
        webhookId
        url
        reason
        timestamp
      }
      ... on EventSinkDisabledEvent {
        sinkId
        type
        target
        url
        reason
        timestamp
      }
      ... on MessagePendingEvent {
        id
        from
        chatId
        timestamp
      }
      ... on WebVersionEvent {
        version
        source
        timestamp
      }
      ... on DialogEvent {
        text
        buttons
        answered
        timestamp
      }
      ... on CallEvent {
        id
        from
        isVideo
        isGroup
        timestamp
      }
      ... on StoryEvent {
        id
        from
        fromLid
        type
        body
        hasMedia
        mimeType
        mediaUrl
        timestamp
      }
      ... on ChatLabelsEvent {
        chatId
        labels {
          id
          name
          color
        }
        timestamp
      }
      ... on SessionLimitedEvent {
        reason
        since
        until
        timestamp
      }
    }
  }
`;

export interface EventFrame {
  event: string;
  session: string;
  data: Record<string, unknown>;
}

/** One result of the frames subscription as its frame; undefined when it carries no event (an error). */
export function frameOfResult(result: ExecutionResult): EventFrame | undefined {
  const { event, session, ...data } = (result.data?.events ?? {}) as Record<string, unknown>;
  return typeof event === 'string' && typeof session === 'string'
    ? { event, session, data: withoutNulls(data) as Record<string, unknown> }
    : undefined;
}

const frames = parse(EVENT_FRAMES);

/**
 * The frame of one event, outside any subscription: the selection executed with the event as its root, as
 * graphql-js does for each event a subscription yields.
 */
export async function frameOf(event: GatewayEvent): Promise<EventFrame> {
  const result = await execute({ schema, document: frames, rootValue: event, contextValue: {} });
  const frame = frameOfResult(result);
  if (!frame) throw new Error(`no frame for a ${event.event} event: ${JSON.stringify(result.errors)}`);
  return frame;
}
