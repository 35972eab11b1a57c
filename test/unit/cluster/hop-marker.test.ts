import { describe, expect, it, vi } from 'vitest';
import { HopMarker } from '../../../src/cluster/hop-marker.js';
import type { Caller } from '../../../src/domain/caller.js';

const sales: Caller = { kind: 'scoped', keyId: 7, keyName: 'crm', sessions: ['sales'] };
const QUERY = 'mutation($input: SendTextInput!) { sendText(input: $input) { id } }';

describe('HopMarker', () => {
  it('carries the caller to a node that shares the secret, for the operation it was made for', () => {
    const marker = new HopMarker('a-secret-of-the-cluster').sign(sales, QUERY);
    expect(new HopMarker('a-secret-of-the-cluster').read(marker, QUERY)).toEqual(sales);
  });

  it('refuses a marker made with another secret, altered, moved onto another operation, or too old', () => {
    const marker = new HopMarker('a-secret-of-the-cluster').sign(sales, QUERY);
    const owner = new HopMarker('a-secret-of-the-cluster');
    expect(new HopMarker('another-secret-entirely').read(marker, QUERY)).toBeUndefined();
    const [payload, mac] = marker.split('.') as [string, string];
    const admin = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), caller: { kind: 'admin' } }));
    expect(owner.read(`${admin.toString('base64url')}.${mac}`, QUERY)).toBeUndefined();
    expect(owner.read(marker, 'query { apiKeys { id } }')).toBeUndefined();
    expect(owner.read('not a marker', QUERY)).toBeUndefined();
    vi.useFakeTimers({ now: Date.now() + 61_000 });
    try {
      expect(owner.read(marker, QUERY)).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
