import { describe, expect, it } from 'vitest';
import { groupedBy, inRounds } from '../../../src/db/changes-in-rounds.js';

describe('inRounds', () => {
  it('puts each key at most once in a round, keeping its changes in order', () => {
    const changes = [
      { id: 'a', ack: 1 },
      { id: 'b', ack: 1 },
      { id: 'a', ack: 2 },
      { id: 'c', ack: 3 },
      { id: 'a', ack: 3 },
      { id: 'b', ack: 2 },
    ];
    expect(inRounds(changes, ({ id }) => id)).toEqual([[changes[0], changes[1], changes[3]], [changes[2], changes[5]], [changes[4]]]);
  });

  it('answers no round for no change', () => {
    expect(inRounds([], (change) => change)).toEqual([]);
  });
});

describe('groupedBy', () => {
  it('groups by key, the keys in the order they first appear', () => {
    const grouped = groupedBy([3, 1, 2, 5, 4], (n) => n % 2);
    expect([...grouped]).toEqual([
      [1, [3, 1, 5]],
      [0, [2, 4]],
    ]);
  });
});
