import { describe, expect, it } from 'vitest';
import { SessionLease, SessionLeaseHeldError } from '../../../src/sessions/session-lease.js';
import { openScratchStore, type StoreKind } from '../../utils/databases.js';
import { eventually } from '../../utils/waiting.js';

describe.each<StoreKind>(['sqlite', 'postgresql'])('the %s store: session lease', (kind) => {
  it('gives a session to one gateway at a time, and to another once the lease expires', async () => {
    const db = await openScratchStore(kind);
    const first = new SessionLease(db, 'gateway-a pid 1', 300);
    const second = new SessionLease(db, 'gateway-b pid 2', 300);
    await first.acquire('default');
    await expect(second.acquire('default')).rejects.toThrow(SessionLeaseHeldError);
    await expect(second.acquire('default')).rejects.toThrow(/Session "default" is in use by gateway-a pid 1 until/);
    expect(await first.renew('default')).toBe(true);
    await second.acquire('other');

    // Once the 300 ms lease lapses unrenewed, the other gateway may take the session.
    await eventually(() => second.acquire('default'), 1_000);
    expect(await first.renew('default')).toBe(false);
    await second.release('default');
    await first.acquire('default');
  });
});
