import { connectionStateMeanings } from '../../../src/domain/connection-states.js';
import type { SessionClient } from '../api/session-client';
import { MediaThumbnail } from './media-thumbnail';
import type { FeedItem, WhatsAppSession } from './use-whatsapp-session';

/** The connection state in words, and what happens in the account's chats as it happens. */
export function LivePanel({ client, session }: { client: SessionClient; session: WhatsAppSession }) {
  return (
    <section class="card" aria-labelledby="live-title">
      <h2 id="live-title">Live</h2>
      <p class="state">
        <span class={`badge badge--${session.ready ? 'good' : 'wait'}`} data-testid="connection-state">
          {session.state ?? '…'}
        </span>{' '}
        {session.state ? connectionStateMeanings[session.state] : 'Reading the connection state…'}
      </p>
      <h3>Messages and activity</h3>
      {session.feed.length === 0 ? (
        <p class="muted">
          Nothing yet. Incoming messages, delivery acks, reactions, edits, votes and group changes appear here as they happen.
        </p>
      ) : (
        <ul class="feed" aria-live="polite" data-testid="feed">
          {session.feed.map((item) => (
            <FeedEntry key={`${item.__typename}:${feedKey(item)}:${item.emittedAt}`} item={item} client={client} />
          ))}
        </ul>
      )}
    </section>
  );
}

const feedKey = (item: FeedItem): string => {
  switch (item.__typename) {
    case 'MessageReactionEvent':
      return `${item.messageId}:${item.from}`;
    case 'PollVoteEvent':
      return `${item.pollId}:${item.voter}`;
    case 'GroupJoinEvent':
    case 'GroupLeaveEvent':
    case 'GroupUpdateEvent':
      return item.chatId;
    default:
      return item.id;
  }
};

/** People as the feed names them: `+966…`, `+966… and +971…`, `3 people`. */
const people = (ids: readonly string[]): string =>
  ids.length === 0 ? 'nobody' : ids.length <= 2 ? ids.map(readableChat).join(' and ') : `${ids.length} people`;

/** What a group change did, in words. */
function groupChangeText(item: Extract<FeedItem, { __typename: 'GroupJoinEvent' | 'GroupLeaveEvent' | 'GroupUpdateEvent' }>): string {
  const by = item.author ? `${readableChat(item.author)} ` : '';
  switch (item.__typename) {
    case 'GroupJoinEvent':
      return item.author ? `${by}added ${people(item.participants)}` : `${people(item.participants)} joined by the invite link`;
    case 'GroupLeaveEvent':
      return item.author ? `${by}removed ${people(item.participants)}` : `${people(item.participants)} left`;
    case 'GroupUpdateEvent':
      if (item.groupChange === 'subject') return `${by}renamed the group to “${item.detail ?? ''}”`;
      if (item.groupChange === 'description') return `${by}changed the description`;
      if (item.groupChange === 'promote') return `${by}made ${people(item.participants)} admin`;
      if (item.groupChange === 'demote') return `${by}took admin from ${people(item.participants)}`;
      return `${by}changed the group's ${item.groupChange} setting`;
  }
}

function FeedEntry({ item, client }: { item: FeedItem; client: SessionClient }) {
  const time = new Date(item.emittedAt).toLocaleTimeString();
  switch (item.__typename) {
    case 'MessageEvent': {
      const text =
        item.body || item.caption || (item.hasMedia ? `(${item.type}${item.filename ? `: ${item.filename}` : ''})` : `(${item.type})`);
      return (
        <li class="feed__item feed__item--message">
          <time>{time}</time> <strong>{readableChat(item.author ?? item.from)}</strong>
          {item.isGroup && <span class="muted"> in {readableChat(item.from)}</span>}: <span class="feed__text">{text}</span>
          {item.hasMedia && !item.fromMe && item.type === 'image' && <MediaThumbnail client={client} messageId={item.id} alt={text} />}
        </li>
      );
    }
    case 'MessageAckEvent':
      return (
        <li class="feed__item feed__item--ack">
          <time>{time}</time> Message to {readableChat(item.chatId)}: <span class={`status status--${item.status}`}>{item.status}</span>
        </li>
      );
    case 'MessageReactionEvent':
      return (
        <li class="feed__item feed__item--reaction">
          <time>{time}</time> <strong>{readableChat(item.from)}</strong>{' '}
          {item.emoji ? `reacted ${item.emoji} to a message` : 'took back their reaction to a message'}
          {item.chatId !== item.from && <span class="muted"> in {readableChat(item.chatId)}</span>}
        </li>
      );
    case 'MessageEditEvent':
      return (
        <li class="feed__item feed__item--edit">
          <time>{time}</time> <strong>{readableChat(item.from)}</strong> edited a message: <span class="feed__text">{item.body}</span>
        </li>
      );
    case 'MessageRevokeEvent':
      return (
        <li class="feed__item feed__item--revoke">
          <time>{time}</time> <strong>{readableChat(item.from)}</strong> deleted a message for everyone
        </li>
      );
    case 'PollVoteEvent':
      return (
        <li class="feed__item feed__item--vote">
          <time>{time}</time> <strong>{readableChat(item.voter)}</strong>{' '}
          {item.selectedOptions.length > 0 ? `voted ${item.selectedOptions.map((o) => `“${o}”`).join(', ')}` : 'took back their vote'}
        </li>
      );
    default:
      return (
        <li class="feed__item feed__item--group">
          <time>{time}</time> <strong>{readableChat(item.chatId)}</strong>: {groupChangeText(item)}
        </li>
      );
  }
}

/** `966501234567@c.us` → `+966501234567`; groups and other ids as they are. */
const readableChat = (chatId: string): string => (chatId.endsWith('@c.us') ? `+${chatId.slice(0, -'@c.us'.length)}` : chatId);
