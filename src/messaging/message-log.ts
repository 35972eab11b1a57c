import { raw, type RequiredEntityData } from '@mikro-orm/core';
import type { Database, EntityManager } from '../db/orm.js';
import { MessageRecord } from '../db/entities/message-record.js';
import { groupedBy, inRounds } from '../db/changes-in-rounds.js';
import { GroupCommit } from '../db/group-commit.js';
import { togetherOrAlone } from '../db/together-or-alone.js';
import { purgeInBatches } from '../db/purge-in-batches.js';
import { ackStatuses, FAILED_WITHOUT_REASON, type Ack } from '../domain/acks.js';
import { typeOfSent } from '../domain/message-content.js';

export interface SentMessageRecord {
  id: string;
  session: string;
  chatId: string;
  kind: MessageRecord['kind'];
  /** What it carries, for the chat's history. */
  content?: SentContent;
}

/** A sent message as the chat's history keeps it; by default, a message of its kind without words. */
export interface SentContent {
  type?: string;
  body?: string | null;
  isGroup?: boolean;
  quotedId?: string | undefined;
  mimeType?: string | undefined;
  filename?: string | undefined;
  /** When WhatsApp stamped it. */
  sentAt?: Date;
}

/** A message whose status an ack moved. */
export interface MovedMessage {
  id: string;
  ack: Ack;
  /** Why WhatsApp failed it, where it said more than that it failed. */
  error?: string | undefined;
}

/**
 * Moves what follows messages (their campaign recipients) with the acks that moved them, in order, in
 * those acks' transaction, all at once; returns what to do once it has committed (announce the changes).
 */
export type AckFollower = (em: EntityManager, moved: readonly MovedMessage[]) => Promise<Array<() => void>>;

/** Sent messages recorded in one INSERT at most: its text, kept prepared, is one per count. */
const INSERTS_TOGETHER = 32;

/** How long an ack for a message we have not recorded (yet) is kept: WhatsApp may ack before send returns. */
const EARLY_ACK_TTL_MS = 60_000;
const EARLY_ACK_LIMIT = 10_000;

/** One ack to apply; `alongside` writes in its transaction (the ack's webhook deliveries). */
export interface AckChange {
  id: string;
  ack: Ack;
  error?: string | undefined;
  alongside?: ((em: EntityManager) => Promise<void>) | undefined;
}

/**
 * Every message the gateway sent, with its delivery status fed by acks. Each call is its own unit of work
 * on a forked EntityManager, since this is the hot path of every send: flushing row after row through one
 * EntityManager grows its identity map and makes each flush slower than the last.
 */
export class MessageLog {
  readonly #recording = new Set<string>();
  readonly #earlyAcks = new Map<string, { ack: Ack; error: string | undefined; at: number }>();
  readonly #followers: AckFollower[] = [];
  /** Sends recorded at the same time share one INSERT. */
  readonly #inserts: GroupCommit<RequiredEntityData<MessageRecord>>;

  constructor(private readonly db: Database) {
    this.#inserts = new GroupCommit((rows) => this.db.em.fork().insertMany(MessageRecord, rows as MessageRecord[]), INSERTS_TOGETHER);
  }

  follow(follower: AckFollower): void {
    this.#followers.push(follower);
  }

  /** `alongside` writes in the same transaction, so what it records exists exactly when the message does. */
  async record(message: SentMessageRecord, alongside?: (em: EntityManager) => Promise<unknown>): Promise<void> {
    this.#recording.add(message.id);
    try {
      const now = new Date();
      const { content = {}, ...sent } = message;
      const row: RequiredEntityData<MessageRecord> = {
        ...sent,
        ack: 0,
        status: ackStatuses[0],
        error: null,
        createdAt: now,
        updatedAt: now,
        deliveredAt: null,
        readAt: null,
        fromMe: true,
        sender: null,
        senderLid: null,
        isGroup: content.isGroup ?? message.chatId.endsWith('@g.us'),
        type: content.type ?? typeOfSent(message.kind),
        body: content.body ?? null,
        quotedId: content.quotedId ?? null,
        hasMedia: message.kind === 'media',
        mimeType: content.mimeType ?? null,
        filename: content.filename ?? null,
        sentAt: content.sentAt ?? now,
        reaction: null,
        editedAt: null,
        deletedAt: null,
      };
      if (alongside) {
        await this.db.em.fork().transactional(async (tx) => {
          await tx.insert(MessageRecord, row);
          await alongside(tx);
        });
      } else {
        await this.#inserts.add(row);
      }
    } finally {
      this.#recording.delete(message.id);
    }
    const early = this.#takeEarlyAck(message.id);
    if (early !== undefined) await this.applyAcks([{ id: message.id, ...early }]);
  }

  /**
   * Moves a message's status forward (never back: acks can arrive out of order). `alongside` writes in the
   * same transaction (the ack's webhook deliveries), whether or not the status moved.
   */
  applyAck(id: string, ack: Ack, alongside?: (em: EntityManager) => Promise<void>): Promise<void> {
    return this.applyAcks([{ id, ack, alongside }]);
  }

  /**
   * Applies acks in order, all in one transaction, so a burst of them costs one commit. Should the batch
   * fail, each is applied again in a transaction of its own, so one ack that cannot be stored does not
   * take the others with it; the failures are then thrown together. A database that did not answer stored
   * none of them: that is thrown as it is, for the whole batch to be tried again.
   */
  async applyAcks(acks: readonly AckChange[]): Promise<void> {
    const failures: unknown[] = [];
    await togetherOrAlone(
      acks,
      (batch) => this.#applyInOne(batch),
      (_change, failure) => failures.push(failure),
    );
    if (failures.length > 0) throw new AggregateError(failures, `${failures.length} of ${acks.length} acks could not be stored`);
  }

  async #applyInOne(acks: readonly AckChange[]): Promise<void> {
    const announce: Array<() => void> = [];
    const unmatched: AckChange[] = [];
    await this.db.em.fork().transactional(async (em) => {
      const applying: AckChange[] = [];
      for (const change of acks) {
        // The send is still writing its record: the ack is applied once it is there.
        if (this.#recording.has(change.id)) this.#keepEarlyAck(change.id, change.ack, change.error);
        else applying.push(change);
      }
      const movedOnes = await this.#moveRecords(em, applying);
      for (const { alongside } of acks) if (alongside) await alongside(em);
      const moved: MovedMessage[] = [];
      for (const change of applying) {
        if (movedOnes.has(change)) moved.push({ id: change.id, ack: change.ack, error: change.error });
        else unmatched.push(change);
      }
      // Followed together: what they move (a campaign's counts, its progress) is written once for the batch.
      if (moved.length > 0) for (const follower of this.#followers) announce.push(...(await follower(em, moved)));
    });
    for (const after of announce) after();
    for (const { id, ack, error } of unmatched) await this.#unmatched(id, ack, error);
  }

  /**
   * Moves the records the acks are for, an UPDATE per round and level (see inRounds) rather than one per
   * ack, each only forward; answers the acks that moved their record.
   */
  async #moveRecords(em: EntityManager, acks: readonly AckChange[]): Promise<Set<AckChange>> {
    const now = new Date();
    const moved = new Set<AckChange>();
    for (const round of inRounds(acks, ({ id }) => id)) {
      for (const level of groupedBy(round, ({ ack, error }) => (ack === -1 ? `-1 ${error ?? FAILED_WITHOUT_REASON}` : ack)).values()) {
        const { ack, error } = level[0]!;
        const ids = level.map(({ id }) => id);
        const rows: Array<{ id: string }> = await em
          .createQueryBuilder(MessageRecord)
          .update({
            ack,
            status: ackStatuses[ack],
            updatedAt: now,
            ...(ack === -1 && { error: error ?? FAILED_WITHOUT_REASON }),
            ...(ack >= 2 && { deliveredAt: raw('coalesce(delivered_at, ?)', [now]) }),
            ...(ack >= 3 && { readAt: raw('coalesce(read_at, ?)', [now]) }),
          })
          .where(ack === -1 ? { id: { $in: ids }, ack: 0 } : { id: { $in: ids }, ack: { $lt: ack } })
          .returning(['id'])
          .execute('all');
        const movedIds = new Set(rows.map(({ id }) => id));
        for (const change of level) if (movedIds.has(change.id)) moved.add(change);
      }
    }
    return moved;
  }

  /**
   * An ack that moved no record: stale, or ahead of its message's record (a send recorded once the database
   * is back). It is kept before the record is looked for, so a record written meanwhile finds it kept, or
   * is found here; whichever takes the kept ack applies it, once.
   */
  async #unmatched(id: string, ack: Ack, error: string | undefined): Promise<void> {
    this.#keepEarlyAck(id, ack, error);
    const record = await this.find(id);
    if (!record) return;
    const kept = this.#takeEarlyAck(id);
    if (kept !== undefined && record.ack < kept.ack) await this.applyAcks([{ id, ...kept }]);
  }

  #takeEarlyAck(id: string): { ack: Ack; error: string | undefined } | undefined {
    const kept = this.#earlyAcks.get(id);
    this.#earlyAcks.delete(id);
    return kept && { ack: kept.ack, error: kept.error };
  }

  /** Deletes the messages (sent and received) recorded before `before`, in small batches. */
  purgeBefore(before: Date, batchSize?: number): Promise<number> {
    return purgeInBatches(this.db, MessageRecord, { createdAt: { $lt: before } }, batchSize ? { batchSize } : {});
  }

  /** Deletes every message of a session, sent and received; answers how many. */
  deleteOfSession(session: string): Promise<number> {
    return purgeInBatches(this.db, MessageRecord, { session });
  }

  /** A sent message by WhatsApp's id; with a session, only that session's. */
  find(id: string, session?: string): Promise<MessageRecord | null> {
    return this.db.em.fork().findOne(MessageRecord, { id, fromMe: true, ...(session !== undefined && { session }) });
  }

  #keepEarlyAck(id: string, ack: Ack, error: string | undefined): void {
    const now = Date.now();
    for (const [key, entry] of this.#earlyAcks) {
      if (now - entry.at < EARLY_ACK_TTL_MS && this.#earlyAcks.size < EARLY_ACK_LIMIT) break;
      this.#earlyAcks.delete(key);
    }
    const previous = this.#earlyAcks.get(id);
    if (!previous || previous.ack < ack) this.#earlyAcks.set(id, { ack, error, at: now });
  }
}
