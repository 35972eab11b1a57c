import { connectionStateMeanings } from '../../../src/domain/connection-states.js';
import type { FeedItem, WhatsAppSession } from './use-whatsapp-session';

/** The connection state in words, and incoming messages and delivery acks as they arrive. */
export function LivePanel({ session }: { session: WhatsAppSession }) {
  return (
    <section class="card" aria-labelledby="live-title">
      <h2 id="live-title">Live</h2>
      <p class="state">
        <span class={`badge badge--${session.ready ? 'good' : 'wait'}`} data-testid="connection-state">
          {session.state ?? '…'}
        </span>{' '}
        {session.state ? connectionStateMeanings[session.state] : 'Reading the connection state…'}
      </p>
      <h3>Messages and acks</h3>
      {session.feed.length === 0 ? (
        <p class="muted">Nothing yet. Incoming messages and delivery acks appear here as they arrive.</p>
      ) : (
        <ul class="feed" aria-live="polite" data-testid="feed">
          {session.feed.map((item) => (
            <FeedEntry key={`${item.__typename}:${item.id}:${item.emittedAt}`} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function FeedEntry({ item }: { item: FeedItem }) {
  const time = new Date(item.emittedAt).toLocaleTimeString();
  if (item.__typename === 'MessageEvent') {
    const text =
      item.body || item.caption || (item.hasMedia ? `(${item.type}${item.filename ? `: ${item.filename}` : ''})` : `(${item.type})`);
    return (
      <li class="feed__item feed__item--message">
        <time>{time}</time> <strong>{readableChat(item.author ?? item.from)}</strong>
        {item.isGroup && <span class="muted"> in {readableChat(item.from)}</span>}: <span class="feed__text">{text}</span>
      </li>
    );
  }
  return (
    <li class="feed__item feed__item--ack">
      <time>{time}</time> Message to {readableChat(item.chatId)}: <span class={`status status--${item.status}`}>{item.status}</span>
    </li>
  );
}

/** `966501234567@c.us` → `+966501234567`; groups and other ids as they are. */
const readableChat = (chatId: string): string => (chatId.endsWith('@c.us') ? `+${chatId.slice(0, -'@c.us'.length)}` : chatId);
