import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import type { ApiKeyRecord } from '../db/entities/api-key-record.js';
import { ADMIN, type Caller } from '../domain/caller.js';
import { badInput, notFound } from '../errors.js';
import { digestOfKey, keyDigest, type ApiKeyCheck } from '../http/api-key.js';
import type { Logger } from '../logger.js';
import type { ApiKeyStore } from './api-key-store.js';
import type { createKeyInput } from './key-inputs.js';

/** How a presented key was taken: who it stands for, or why it was not. */
export type Credential = { ok: true; caller: Caller } | { ok: false; reason: Exclude<ApiKeyCheck, 'ok'> };

/** A key as listed: never its secret. */
export type KeyView = Pick<ApiKeyRecord, 'id' | 'name' | 'sessions' | 'createdAt'>;

export interface KeyServiceDeps {
  store: ApiKeyStore;
  /** API_KEY: the admin key. */
  adminKey: string;
  /** Whether a session of this name exists, so a key is not made for a typo. */
  sessionExists: (name: string) => Promise<boolean>;
  /** Tells the other nodes of a cluster to read the keys again: one was made or revoked here. */
  changed: () => void;
  logger: Logger;
}

const viewOf = ({ id, name, sessions, createdAt }: ApiKeyRecord): KeyView => ({ id, name, sessions, createdAt });

/**
 * The API keys: the admin key from the configuration, and keys made through the API, each limited to the
 * sessions it names. Every request is identified here, so the scoped keys are held in memory by digest
 * (loaded at start, changed with each create and revoke): a revoked key is refused from the next request on.
 */
export class KeyService {
  readonly #byDigest = new Map<string, Caller>();
  readonly #adminDigest: Buffer;

  constructor(private readonly deps: KeyServiceDeps) {
    this.#adminDigest = digestOfKey(deps.adminKey);
  }

  /** Reads every key from the store, replacing what was held (at start, and when another node changed them). */
  async load(): Promise<void> {
    const keys = await this.deps.store.list();
    this.#byDigest.clear();
    for (const key of keys) this.#remember(key);
  }

  /** Who a presented key stands for. The admin key is compared in constant time; others by their digest. */
  identify(provided: string | null | undefined): Credential {
    if (provided === null || provided === undefined || provided === '') return { ok: false, reason: 'missing' };
    // One digest serves both: compared with the admin key's in constant time, and the scoped keys' lookup.
    const digest = digestOfKey(provided);
    if (timingSafeEqual(digest, this.#adminDigest)) return { ok: true, caller: ADMIN };
    const caller = this.#byDigest.get(digest.toString('hex'));
    return caller ? { ok: true, caller } : { ok: false, reason: 'invalid' };
  }

  async list(): Promise<KeyView[]> {
    return (await this.deps.store.list()).map(viewOf);
  }

  /** Makes a key for the named sessions; the answer carries the key itself, which is never shown again. */
  async create(input: z.output<typeof createKeyInput>): Promise<KeyView & { key: string }> {
    for (const [index, session] of input.sessions.entries()) {
      if (!(await this.deps.sessionExists(session))) {
        throw badInput(`Session "${session}" not found; create it before giving a key to it`, [
          { path: ['input', 'sessions', index], message: 'no such session' },
        ]);
      }
    }
    const key = `wqk_${randomBytes(32).toString('base64url')}`;
    const record = await this.deps.store.create({ name: input.name, sessions: input.sessions, digest: keyDigest(key) });
    this.#remember(record);
    this.deps.changed();
    this.deps.logger.info({ keyId: record.id, sessions: record.sessions }, 'API key created');
    return { ...viewOf(record), key };
  }

  async revoke(id: number): Promise<void> {
    const record = await this.deps.store.find(id);
    if (!record || !(await this.deps.store.delete(id))) throw notFound('API key not found');
    this.#byDigest.delete(record.digest);
    this.deps.changed();
    this.deps.logger.info({ keyId: id }, 'API key revoked');
  }

  #remember(record: ApiKeyRecord): void {
    this.#byDigest.set(record.digest, { kind: 'scoped', keyId: record.id, keyName: record.name, sessions: record.sessions });
  }
}
