import { useEffect, useState } from 'preact/hooks';
import type { SessionClient } from '../api/session-client';
import {
  DashboardAccountDocument,
  DashboardEventsDocument,
  DashboardStatusDocument,
  type DashboardEventsSubscription,
} from '../generated/graphql';
import type { ConnectionState } from '../../../src/domain/connection-states.js';
import type { WhatsAppDialog } from '../../../src/domain/whatsapp-dialogs.js';

type GatewayEvent = DashboardEventsSubscription['events'];
type EventOf<K extends GatewayEvent['__typename']> = Extract<GatewayEvent, { __typename: K }>;

export interface Account {
  pushname: string;
  phone: string;
  platform: string;
  wid: string;
}

/** What the feed shows: messages, acks, and what people do to messages, polls and groups. */
export type FeedItem = EventOf<
  | 'MessageEvent'
  | 'MessageAckEvent'
  | 'MessageReactionEvent'
  | 'MessageEditEvent'
  | 'MessageRevokeEvent'
  | 'PollVoteEvent'
  | 'GroupJoinEvent'
  | 'GroupLeaveEvent'
  | 'GroupUpdateEvent'
>;

export interface WhatsAppSession {
  state: ConnectionState | undefined;
  ready: boolean;
  /** The QR code to scan, while not linked. */
  qr: string | undefined;
  /** The code to type on the phone instead, once one was asked for. */
  pairingCode: string | undefined;
  account: Account | undefined;
  /** The dialog WhatsApp Web shows that waits for a person (the state is ACTION_REQUIRED). */
  dialog: WhatsAppDialog | undefined;
  /** Incoming messages, delivery acks, reactions, edits, deletions, votes and group changes, newest first. */
  feed: FeedItem[];
  /** Messages WhatsApp announced it cannot read yet ("Waiting for this message"), until they arrive. */
  pending: Array<{ id: string; chatId: string }>;
}

/** The feed keeps this many items; older ones drop off so a page open all day stays small. */
const FEED_LENGTH = 100;

const initial: WhatsAppSession = {
  state: undefined,
  ready: false,
  qr: undefined,
  pairingCode: undefined,
  account: undefined,
  dialog: undefined,
  feed: [],
  pending: [],
};

/**
 * The linked account's live state: read once, then kept current by the `events` subscription (never by
 * polling). Read again whenever live updates come back after a drop, since events may have been missed.
 */
export function useWhatsAppSession(client: SessionClient, liveSince: number): WhatsAppSession {
  const [session, setSession] = useState(initial);

  useEffect(() => {
    // Another session: nothing of the last one's state or feed carries over.
    setSession(initial);
    return client.subscribe(DashboardEventsDocument, ({ events }) => setSession((current) => applyEvent(current, events)));
  }, [client]);

  useEffect(() => {
    // An answer for a session the page has left is dropped, so it cannot overwrite the one shown now.
    let shown = true;
    void (async () => {
      const { clientStatus } = await client.request(DashboardStatusDocument);
      if (!shown) return;
      setSession((current) => ({
        ...current,
        state: clientStatus.state,
        ready: clientStatus.ready,
        dialog: clientStatus.dialog ?? undefined,
        ...(clientStatus.ready ? { qr: undefined } : { account: undefined }),
      }));
      if (!clientStatus.ready) return;
      const { sessionInfo } = await client.request(DashboardAccountDocument);
      if (shown) setSession((current) => ({ ...current, account: sessionInfo }));
    })().catch(() => undefined);
    return () => {
      shown = false;
    };
  }, [client, liveSince]);

  return session;
}

function applyEvent(session: WhatsAppSession, event: GatewayEvent): WhatsAppSession {
  switch (event.__typename) {
    case 'QrEvent':
      return { ...session, qr: event.qr, ready: false, account: undefined };
    case 'PairingCodeEvent':
      return { ...session, pairingCode: event.code };
    case 'AuthenticatedEvent':
      return { ...session, qr: undefined, pairingCode: undefined };
    case 'ReadyEvent':
      return { ...session, qr: undefined, pairingCode: undefined, ready: true, state: 'CONNECTED', account: event.info };
    case 'DisconnectedEvent':
      return { ...session, ready: false, account: undefined };
    case 'StateChangeEvent':
      return {
        ...session,
        state: event.state,
        ready: event.state === 'CONNECTED',
        ...(event.state !== 'ACTION_REQUIRED' && { dialog: undefined }),
      };
    case 'DialogEvent':
      return event.answered ? session : { ...session, dialog: { text: event.text, buttons: event.buttons } };
    case 'MessagePendingEvent':
      return { ...session, pending: [...session.pending.filter(({ id }) => id !== event.id), { id: event.id, chatId: event.chatId }] };
    case 'MessageEvent':
      return {
        ...session,
        pending: session.pending.filter(({ id }) => id !== event.id),
        feed: [event, ...session.feed].slice(0, FEED_LENGTH),
      };
    case 'MessageAckEvent':
    case 'MessageReactionEvent':
    case 'MessageEditEvent':
    case 'MessageRevokeEvent':
    case 'PollVoteEvent':
    case 'GroupJoinEvent':
    case 'GroupLeaveEvent':
    case 'GroupUpdateEvent':
      return { ...session, feed: [event, ...session.feed].slice(0, FEED_LENGTH) };
    default:
      return session;
  }
}
