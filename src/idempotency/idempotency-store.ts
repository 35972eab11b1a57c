import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { IdempotencyRecord } from '../db/entities/idempotency-record.js';
import type { Database } from '../db/orm.js';

const CLAIM_ROUNDS = 8;

/** What to do with a request that carries an idempotency key. */
export type Claim =
  /** The first with this key (or the first since it expired, or since its runner died): do the work. */
  | { kind: 'run' }
  /** Done before: answer with the stored result and do nothing. */
  | { kind: 'replay'; result: string }
  /** The key was used for a different request. */
  | { kind: 'conflict' }
  /** The same request is being worked on right now. */
  | { kind: 'busy' };

export interface IdempotencyTimes {
  /** How long a done request's answer is kept for repeats. */
  ttlMs: number;
  /** How long a running request holds its key without renewal before a repeat may take it over. */
  leaseMs: number;
}

/**
 * Idempotency keys in the database, so a repeat finds the first request's answer across restarts and
 * across gateways sharing one database. Claiming is one INSERT: of two concurrent requests, one inserts
 * and runs; the other sees the row.
 */
export class IdempotencyStore {
  constructor(
    private readonly db: Database,
    readonly times: IdempotencyTimes,
  ) {}

  async claim(scope: string, key: string, fingerprint: string): Promise<Claim> {
    const em = this.db.em.fork();
    // Each round ends in an answer unless another claim changed the row in between; a bound keeps a store
    // that never settles from holding the event loop (SQLite answers without yielding to it).
    for (let round = 0; round < CLAIM_ROUNDS; round++) {
      const now = new Date();
      try {
        await em.insert(IdempotencyRecord, {
          scope,
          key,
          fingerprint,
          state: 'running',
          result: null,
          leaseExpiresAt: new Date(now.getTime() + this.times.leaseMs),
          createdAt: now,
          expiresAt: new Date(now.getTime() + this.times.ttlMs),
        });
        return { kind: 'run' };
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
      }
      const found = await em.findOne(IdempotencyRecord, { scope, key }, { disableIdentityMap: true });
      if (!found) continue;
      if (found.expiresAt <= now) {
        await em.nativeDelete(IdempotencyRecord, { scope, key, expiresAt: { $lte: now } });
        continue;
      }
      if (found.fingerprint !== fingerprint) return { kind: 'conflict' };
      if (found.state === 'done') return { kind: 'replay', result: found.result ?? '{}' };
      if (found.leaseExpiresAt > now) return { kind: 'busy' };
      // Its runner stopped renewing (the process died mid-request): this repeat takes the work over.
      const taken = await em.nativeUpdate(
        IdempotencyRecord,
        { scope, key, state: 'running', leaseExpiresAt: found.leaseExpiresAt },
        { leaseExpiresAt: new Date(now.getTime() + this.times.leaseMs) },
      );
      if (taken === 1) return { kind: 'run' };
    }
    throw new Error(`idempotency key did not settle in ${CLAIM_ROUNDS} rounds`);
  }

  /** Keeps a running request's key while its work goes on. */
  async renew(scope: string, key: string): Promise<void> {
    await this.db.em
      .fork()
      .nativeUpdate(IdempotencyRecord, { scope, key, state: 'running' }, { leaseExpiresAt: new Date(Date.now() + this.times.leaseMs) });
  }

  async complete(scope: string, key: string, result: string): Promise<void> {
    await this.db.em.fork().nativeUpdate(IdempotencyRecord, { scope, key, state: 'running' }, { state: 'done', result });
  }

  /** Frees the key of a request that did not do its work, so a repeat runs it. */
  async release(scope: string, key: string): Promise<void> {
    await this.db.em.fork().nativeDelete(IdempotencyRecord, { scope, key, state: 'running' });
  }

  async purgeExpired(now = new Date()): Promise<number> {
    return this.db.em.fork().nativeDelete(IdempotencyRecord, { expiresAt: { $lt: now } });
  }
}
