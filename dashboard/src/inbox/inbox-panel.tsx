import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionClient } from '../api/session-client';
import {
  DashboardReactDocument,
  DashboardSearchMessagesDocument,
  DashboardSendMediaDocument,
  DashboardSendTextDocument,
} from '../generated/graphql';
import { MediaThumbnail } from '../live/media-thumbnail';
import type { WhatsAppSession } from '../live/use-whatsapp-session';
import { useInbox, type ChatMessage, type Conversation } from './use-inbox';

/** A chat id as a person reads it: `+966501234567`, or a group's id as it is. */
const readable = (chatId: string) => (chatId.endsWith('@c.us') ? `+${chatId.split('@')[0]}` : chatId);

/** What a chat list or a search result shows of a message. */
type Previewed = Pick<ChatMessage, 'body' | 'caption' | 'hasMedia' | 'type' | 'deleted'>;

const preview = (message: Previewed) =>
  message.deleted ? 'This message was deleted' : message.body || message.caption || (message.hasMedia ? `📎 ${message.type}` : '');

/** A sent message's ticks, as WhatsApp draws them. */
const TICKS: Record<string, string> = { pending: '🕓', sent: '✓', delivered: '✓✓', read: '✓✓', played: '✓✓', failed: '⚠' };

const REACTIONS = ['👍', '❤️', '😂', '🙏'];

/**
 * Running the number from the dashboard: the chats with their last message, unread count and labels (to
 * filter, or to search every stored message), and the open chat's thread, which loads older messages as it
 * scrolls up and follows live; a reply box for a text or a file, replying to a message, and reactions.
 */
export function InboxPanel({ client, session, liveSince }: { client: SessionClient; session: WhatsAppSession; liveSince: number }) {
  const inbox = useInbox(client, session, liveSince);
  const [filter, setFilter] = useState('');
  const [found, setFound] = useState<Array<Previewed & Pick<ChatMessage, 'id' | 'chatId'>> | undefined>();
  const shown = inbox.conversations.filter(
    (chat) =>
      filter === '' ||
      readable(chat.chatId).includes(filter) ||
      preview(chat.lastMessage).toLowerCase().includes(filter.toLowerCase()) ||
      chat.labels.some((label) => label.name.toLowerCase().includes(filter.toLowerCase())),
  );

  const search = async (event: Event) => {
    event.preventDefault();
    if (filter.trim() === '') return setFound(undefined);
    const { searchMessages } = await client.request(DashboardSearchMessagesDocument, { q: filter });
    setFound(searchMessages.items);
  };

  return (
    <section class={`card card--wide inbox${inbox.open ? ' inbox--open' : ''}`} aria-labelledby="inbox-title" data-testid="inbox">
      <h2 id="inbox-title">Inbox</h2>
      <div class="inbox__body">
        <div class="inbox__chats">
          <form class="inbox__filter" onSubmit={(event) => void search(event)} role="search">
            <input
              type="search"
              aria-label="Filter chats, or search messages"
              placeholder="Filter chats; Enter searches messages"
              value={filter}
              onInput={(event) => {
                setFilter(event.currentTarget.value);
                setFound(undefined);
              }}
            />
          </form>
          {found ? (
            <ul class="inbox__list" data-testid="search-results">
              {found.length === 0 && <li class="muted">No stored message holds those words.</li>}
              {found.map((message) => (
                <li key={message.id}>
                  <button type="button" class="inbox__chat" onClick={() => inbox.openChat(message.chatId)}>
                    <strong>{readable(message.chatId)}</strong>
                    <span class="muted">{preview(message)}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <ul class="inbox__list" data-testid="chat-list">
              {shown.length === 0 && <li class="muted">No chats yet: messages sent and received appear here.</li>}
              {shown.map((chat) => (
                <ChatRow key={chat.chatId} chat={chat} open={chat.chatId === inbox.open} onOpen={() => inbox.openChat(chat.chatId)} />
              ))}
            </ul>
          )}
        </div>
        {inbox.open !== undefined && (
          <Thread
            client={client}
            chatId={inbox.open}
            messages={inbox.thread}
            more={inbox.more}
            waiting={session.pending.filter((pending) => pending.chatId === inbox.open).length}
            onOlder={inbox.loadOlder}
            onChanged={inbox.refresh}
            onClose={() => inbox.openChat(undefined)}
          />
        )}
      </div>
    </section>
  );
}

function ChatRow({ chat, open, onOpen }: { chat: Conversation; open: boolean; onOpen(): void }) {
  return (
    <li>
      <button type="button" class={`inbox__chat${open ? ' inbox__chat--open' : ''}`} onClick={onOpen} aria-current={open}>
        <span class="inbox__chat-head">
          <strong>{readable(chat.chatId)}</strong>
          {chat.unreadCount > 0 && (
            <span class="badge badge--good" aria-label={`${chat.unreadCount} unread`} data-testid="unread">
              {chat.unreadCount}
            </span>
          )}
        </span>
        <span class="muted inbox__preview">{preview(chat.lastMessage)}</span>
        {chat.labels.length > 0 && (
          <span class="inbox__labels">
            {chat.labels.map((label) => (
              <span key={label.id} class="inbox__label" style={{ borderColor: label.color }}>
                {label.name}
              </span>
            ))}
          </span>
        )}
      </button>
    </li>
  );
}

function Thread(props: {
  client: SessionClient;
  chatId: string;
  messages: ChatMessage[];
  more: boolean;
  waiting: number;
  onOlder(): Promise<void>;
  onChanged(): void;
  onClose(): void;
}) {
  const { client, chatId, messages, more, waiting } = props;
  const list = useRef<HTMLOListElement>(null);
  const [replyTo, setReplyTo] = useState<ChatMessage | undefined>();
  const newest = messages.at(-1)?.id;
  // A new message at the bottom scrolls into view; older ones loaded at the top keep the reader's place.
  useEffect(() => {
    list.current?.lastElementChild?.scrollIntoView({ block: 'end' });
  }, [newest, waiting]);

  const onScroll = () => {
    if (more && list.current && list.current.scrollTop === 0) {
      const height = list.current.scrollHeight;
      void props.onOlder().then(() => {
        if (list.current) list.current.scrollTop = list.current.scrollHeight - height;
      });
    }
  };

  return (
    <div class="inbox__thread" data-testid="thread">
      <div class="inbox__thread-head">
        <button type="button" class="button--quiet" onClick={props.onClose} aria-label="Back to the chats">
          ←
        </button>
        <strong>{readable(chatId)}</strong>
      </div>
      <ol class="inbox__messages" ref={list} onScroll={onScroll} aria-live="polite">
        {more && (
          <li class="muted inbox__older">
            <button type="button" class="button--quiet" onClick={() => void props.onOlder()}>
              Load older messages
            </button>
          </li>
        )}
        {messages.map((message) => (
          <Bubble
            key={message.id}
            client={client}
            message={message}
            quoted={messages.find((m) => m.id === message.quotedId)}
            onReply={setReplyTo}
            onChanged={props.onChanged}
          />
        ))}
        {Array.from({ length: waiting }, (_, index) => (
          <li key={`waiting-${index}`} class="inbox__bubble inbox__bubble--in muted" data-testid="waiting">
            Waiting for this message. This may take a while.
          </li>
        ))}
      </ol>
      <ReplyBox
        client={client}
        chatId={chatId}
        replyTo={replyTo}
        onSent={() => {
          setReplyTo(undefined);
          props.onChanged();
        }}
      />
    </div>
  );
}

function Bubble({
  client,
  message,
  quoted,
  onReply,
  onChanged,
}: {
  client: SessionClient;
  message: ChatMessage;
  quoted: ChatMessage | undefined;
  onReply(message: ChatMessage): void;
  onChanged(): void;
}) {
  const react = (emoji: string) =>
    client
      .request(DashboardReactDocument, { id: message.id, emoji })
      .then(onChanged)
      .catch(() => undefined);
  return (
    <li class={`inbox__bubble inbox__bubble--${message.fromMe ? 'out' : 'in'}`} data-testid="bubble" data-id={message.id}>
      {message.author && <span class="inbox__author">{readable(message.author)}</span>}
      {quoted && <blockquote class="inbox__quote">{preview(quoted)}</blockquote>}
      {message.hasMedia && !message.deleted && message.mimeType?.startsWith('image/') && (
        <MediaThumbnail client={client} messageId={message.id} alt={message.caption ?? 'image'} />
      )}
      <span class={message.deleted ? 'muted' : undefined}>{preview(message)}</span>
      <span class="inbox__meta">
        {message.edited && <span class="muted">edited </span>}
        <time>{new Date(message.timestamp * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</time>
        {message.fromMe && message.status && (
          <span class={`inbox__ticks inbox__ticks--${message.status}`} data-testid="ticks" aria-label={message.status}>
            {' '}
            {TICKS[message.status]}
          </span>
        )}
      </span>
      {message.reaction && <span class="inbox__reaction">{message.reaction}</span>}
      {!message.deleted && (
        <span class="inbox__actions">
          <button type="button" class="button--quiet" onClick={() => onReply(message)}>
            Reply
          </button>
          {REACTIONS.map((emoji) => (
            <button key={emoji} type="button" class="button--quiet" aria-label={`React ${emoji}`} onClick={() => void react(emoji)}>
              {emoji}
            </button>
          ))}
        </span>
      )}
    </li>
  );
}

function ReplyBox({
  client,
  chatId,
  replyTo,
  onSent,
}: {
  client: SessionClient;
  chatId: string;
  replyTo: ChatMessage | undefined;
  onSent(): void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const file = useRef<HTMLInputElement>(null);

  const send = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    const chosen = file.current?.files?.[0];
    try {
      if (chosen) {
        const mediaBase64 = await readAsBase64(chosen);
        await client.request(DashboardSendMediaDocument, {
          input: {
            chatId,
            mediaBase64,
            mimetype: chosen.type || null,
            filename: chosen.name,
            caption: text || null,
            replyTo: replyTo?.id ?? null,
          },
        });
        if (file.current) file.current.value = '';
      } else {
        if (text.trim() === '') return;
        await client.request(DashboardSendTextDocument, { input: { chatId, text, replyTo: replyTo?.id ?? null } });
      }
      setText('');
      onSent();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <form class="inbox__reply" onSubmit={(event) => void send(event)}>
      {replyTo && (
        <p class="muted" data-testid="replying-to">
          Replying to: {preview(replyTo)}
        </p>
      )}
      <input type="text" aria-label="Message" placeholder="Message" value={text} onInput={(event) => setText(event.currentTarget.value)} />
      <input type="file" aria-label="Attach a file" ref={file} />
      <button type="submit">Send</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}
