import { describe, expect, it } from 'vitest';
import type { ClusterNode } from '../../../src/cluster/node-registry.js';
import { nextToClaim } from '../../../src/cluster/session-placement.js';

const node = (id: string, sessions: number, more: Partial<ClusterNode> = {}): ClusterNode => ({
  id,
  advertiseUrl: `http://${id}:8080`,
  maxSessions: 3,
  heartbeatAt: new Date(),
  startedAt: new Date(),
  sessions: Array.from({ length: sessions }, (_, i) => `${id}-${i}`),
  live: true,
  ...more,
});

describe('nextToClaim', () => {
  it('is the live node with room and the fewest sessions, the smallest id among equals', () => {
    expect(nextToClaim([node('b', 1), node('a', 1), node('c', 2)])?.id).toBe('a');
    expect(nextToClaim([node('a', 2), node('b', 1)])?.id).toBe('b');
  });

  it('skips a dead node however few sessions it holds, and a full one', () => {
    expect(nextToClaim([node('a', 0, { live: false }), node('b', 2)])?.id).toBe('b');
    expect(nextToClaim([node('a', 0, { maxSessions: 0 }), node('b', 2)])?.id).toBe('b');
    expect(nextToClaim([node('a', 3), node('b', 3)])).toBeUndefined();
  });
});
