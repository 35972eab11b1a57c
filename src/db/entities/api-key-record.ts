import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * An API key made through the API, limited to some sessions. Only the key's SHA-256 digest is kept: the
 * key itself is shown once, when it is made, and cannot be read back.
 */
export const ApiKeyRecord = defineEntity({
  name: 'ApiKeyRecord',
  tableName: 'api_keys',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    name: p.string().length(100),
    /** The session names the key may act on. */
    sessions: p.json<string[]>(),
    /** Hex SHA-256 of the key. */
    digest: p.string().length(64).unique(),
    createdAt: p.datetime(),
  }),
});

export type ApiKeyRecord = InferEntity<typeof ApiKeyRecord>;
