import { defineEntity, type InferEntity } from '@mikro-orm/core';

export const idempotencyStates = ['running', 'done'] as const;

/**
 * A request made with an Idempotency-Key: which request it was (a fingerprint of the field and its
 * arguments), and once done, the answer every repeat gets until it expires. Keys are scoped per API key
 * (a digest of it; the key itself is never stored).
 */
export const IdempotencyRecord = defineEntity({
  name: 'IdempotencyRecord',
  tableName: 'idempotency_keys',
  properties: (p) => ({
    scope: p.string().length(64).primary(),
    key: p.string().length(255).primary(),
    fingerprint: p.string().length(64),
    state: p.string().length(16).$type<(typeof idempotencyStates)[number]>(),
    /** The GraphQL execution result, as JSON, once done. */
    result: p.text().nullable(),
    /** While running: after this, the request is taken to have died with its process, and a repeat runs it. */
    leaseExpiresAt: p.datetime(),
    createdAt: p.datetime(),
    expiresAt: p.datetime().index(),
  }),
});

export type IdempotencyRecord = InferEntity<typeof IdempotencyRecord>;
