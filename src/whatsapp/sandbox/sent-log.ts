import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Ack } from '../../domain/acks.js';
import type { MediaPresentation, MessageKind, RichContent } from '../../domain/message-content.js';
import type { StoryStyle } from '../../domain/stories.js';

export interface DeliveredMessage {
  id: string;
  /** The session that sent it: sandbox sessions may share one outbox file. */
  session: string;
  chatId: string;
  to: string;
  kind: MessageKind;
  /** The text, a media message's caption, or a line describing a location, contact cards or a poll. */
  body: string;
  media?: { mimetype: string; filename?: string; size: number };
  /** A location's, contact cards' or poll's own fields. */
  content?: RichContent;
  /** The message it quotes, and the chat ids it mentions. */
  replyTo?: string;
  mentions?: string[];
  /** How its file is shown, when not as itself. */
  as?: MediaPresentation;
  /** A photo or video the recipient could open once. */
  viewOnce?: boolean;
  /** false: sent without a preview of its first link. */
  linkPreview?: false;
  /** A story's look: a text story's background colour and font (a file's story has none). */
  story?: StoryStyle;
  /** The id of the message it forwards. */
  forwardedFrom?: string;
  /** What the account did to it since: its reaction (empty: none), an edit (the body is the new text), a delete. */
  reaction?: string;
  edited?: boolean;
  deleted?: 'for-me' | 'for-everyone';
  /** Until when it is pinned in its chat. */
  pinnedUntil?: Date;
  timestamp: number;
  ack: Ack;
}

/**
 * The sandbox keeps the newest messages in memory for the sandboxOutbox query, as many as fit both bounds
 * (texts run to 65,536 characters each); the file keeps every one.
 */
const MEMORY_LIMIT = 10_000;
const MEMORY_TEXT_LIMIT = 16 * 1024 * 1024;

/**
 * What the sandbox delivered. With a path, each message is appended as a JSON line before the send
 * returns, so the file survives a crash of the gateway and duplicate or lost sends can be counted from
 * outside.
 */
export class SentLog {
  readonly #entries: DeliveredMessage[] = [];
  readonly #byId = new Map<string, DeliveredMessage>();
  /** The characters of the bodies kept in memory. */
  #kept = 0;
  #directoryReady?: Promise<unknown>;

  constructor(private readonly path?: string) {}

  async append(entry: DeliveredMessage): Promise<void> {
    if (this.path) {
      this.#directoryReady ??= mkdir(dirname(this.path), { recursive: true });
      await this.#directoryReady;
      await appendFile(this.path, `${JSON.stringify(entry)}\n`);
    }
    this.#entries.push(entry);
    this.#byId.set(entry.id, entry);
    this.#kept += entry.body.length;
    while (this.#entries.length > MEMORY_LIMIT || (this.#kept > MEMORY_TEXT_LIMIT && this.#entries.length > 1)) {
      const dropped = this.#entries.shift()!;
      this.#byId.delete(dropped.id);
      this.#kept -= dropped.body.length;
    }
  }

  find(id: string): DeliveredMessage | undefined {
    return this.#byId.get(id);
  }

  entries(): readonly DeliveredMessage[] {
    return this.#entries;
  }
}
