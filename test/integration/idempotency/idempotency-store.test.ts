import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { IdempotencyStore } from '../../../src/idempotency/idempotency-store.js';
import { openScratchStore, type StoreKind } from '../../utils/databases.js';
import { eventually } from '../../utils/waiting.js';

describe.each<StoreKind>(['sqlite', 'postgresql'])('the %s store: idempotency keys', (kind) => {
  it('gives an idempotency key to one of many concurrent claims, then its answer to every repeat until it expires', async () => {
    const db = await openScratchStore(kind);
    const store = new IdempotencyStore(db, { ttlMs: 400, leaseMs: 60_000 });
    const claims = await Promise.all(Array.from({ length: 6 }, () => store.claim('scope', 'key-1', 'request-a')));
    expect(claims.filter((claim) => claim.kind === 'run')).toHaveLength(1);
    expect(claims.filter((claim) => claim.kind === 'busy')).toHaveLength(5);

    await store.complete('scope', 'key-1', '{"data":{"sendText":{"id":"m1"}}}');
    expect(await store.claim('scope', 'key-1', 'request-a')).toEqual({ kind: 'replay', result: '{"data":{"sendText":{"id":"m1"}}}' });
    expect(await store.claim('scope', 'key-1', 'request-b')).toEqual({ kind: 'conflict' });
    // Keys are scoped: another API key's same key is another request.
    expect(await store.claim('other-scope', 'key-1', 'request-b')).toEqual({ kind: 'run' });

    // Until the key expires a different request conflicts with it; then it is a new request's to run.
    await eventually(async () => expect(await store.claim('scope', 'key-1', 'request-b')).toEqual({ kind: 'run' }), 1_000);
    await store.release('scope', 'key-1');
    expect(await store.claim('scope', 'key-1', 'request-c')).toEqual({ kind: 'run' });
    expect(await store.purgeExpired(new Date(Date.now() + 1_000))).toBe(2);
  });

  it('lets a repeat take over a key whose runner stopped renewing it (its process died)', async () => {
    const db = await openScratchStore(kind);
    const store = new IdempotencyStore(db, { ttlMs: 60_000, leaseMs: 200 });
    // The store's clock alone is moved on; timers and the database run as ever.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    onTestFinished(() => void vi.useRealTimers());
    expect(await store.claim('scope', 'key-2', 'request')).toEqual({ kind: 'run' });
    expect(await store.claim('scope', 'key-2', 'request')).toEqual({ kind: 'busy' });
    // Past the 200 ms lease the key is free to take over.
    vi.setSystemTime(Date.now() + 250);
    const takeovers = await Promise.all([store.claim('scope', 'key-2', 'request'), store.claim('scope', 'key-2', 'request')]);
    expect(takeovers.map((claim) => claim.kind).sort()).toEqual(['busy', 'run']);
  });
});
