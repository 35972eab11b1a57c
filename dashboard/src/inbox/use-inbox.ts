import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SessionClient } from '../api/session-client';
import {
  DashboardChatMessagesDocument,
  DashboardConversationsDocument,
  DashboardMarkSeenDocument,
  type DashboardChatMessageFragment,
  type DashboardConversationsQuery,
} from '../generated/graphql';
import type { WhatsAppSession } from '../live/use-whatsapp-session';

export type Conversation = NonNullable<DashboardConversationsQuery['conversations']>[number];
export type ChatMessage = DashboardChatMessageFragment;

export interface Inbox {
  conversations: Conversation[];
  open: string | undefined;
  /** The open chat's messages, oldest first, as a thread shows them. */
  thread: ChatMessage[];
  /** Whether older messages may be left to load. */
  more: boolean;
  openChat(chatId: string | undefined): void;
  loadOlder(): Promise<void>;
  /** Reads the chats and the thread again: after the page's own change, which raises no event. */
  refresh(): void;
}

const PAGE = 30;

/**
 * The chat list and the open chat's thread, from the gateway's stored history. Read again whenever the
 * session's live events move (a message, an ack, a reaction, an edit, a deletion), so the thread follows
 * without polling; older messages are read a page at a time.
 */
export function useInbox(client: SessionClient, session: WhatsAppSession, liveSince: number): Inbox {
  const [conversations, setConversations] = useState<Conversation[]>([]);
  const [open, setOpen] = useState<string | undefined>();
  const [thread, setThread] = useState<ChatMessage[]>([]);
  const [more, setMore] = useState(false);
  const [changes, setChanges] = useState(0);
  const latest = session.feed[0];

  useEffect(() => {
    let shown = true;
    client
      .request(DashboardConversationsDocument)
      .then(({ conversations }) => shown && setConversations(conversations))
      .catch(() => undefined);
    return () => {
      shown = false;
    };
  }, [client, latest, liveSince, changes]);

  useEffect(() => {
    if (open === undefined) return;
    let shown = true;
    // The newest page again, joined to the older pages already loaded.
    client
      .request(DashboardChatMessagesDocument, { chatId: open })
      .then(({ chatMessages }) => {
        if (!shown) return;
        const newest = [...chatMessages].reverse();
        setThread((current) => {
          const kept = current.filter((message) => message.chatId === open && !newest.some((fresh) => fresh.id === message.id));
          const oldestNew = newest[0]?.timestamp ?? Infinity;
          return [...kept.filter((message) => message.timestamp <= oldestNew), ...newest];
        });
        setMore((current) => current || chatMessages.length === PAGE);
      })
      .catch(() => undefined);
    return () => {
      shown = false;
    };
  }, [client, open, latest, liveSince, changes]);

  const openChat = useCallback(
    (chatId: string | undefined) => {
      setThread([]);
      setMore(false);
      setOpen(chatId);
      if (chatId !== undefined) client.request(DashboardMarkSeenDocument, { chatId }).catch(() => undefined);
    },
    [client],
  );

  const loadOlder = useCallback(async () => {
    const oldest = thread[0];
    if (open === undefined || oldest === undefined) return;
    const { chatMessages } = await client.request(DashboardChatMessagesDocument, { chatId: open, before: oldest.id });
    setThread((current) => [
      ...[...chatMessages].reverse().filter((message) => !current.some((known) => known.id === message.id)),
      ...current,
    ]);
    setMore(chatMessages.length === PAGE);
  }, [client, open, thread]);

  const refresh = useCallback(() => setChanges((count) => count + 1), []);

  return { conversations, open, thread, more, openChat, loadOlder, refresh };
}
