import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../../src/db/group-commit.js';

/** A write that records each call's items, and refuses an item named `bad` (or every call, when away). */
function writes(options: { away?: boolean } = {}) {
  const calls: string[][] = [];
  const write = async (items: string[]) => {
    calls.push(items);
    await new Promise((resolve) => setImmediate(resolve));
    if (options.away) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    if (items.includes('bad')) throw new Error('constraint failed');
  };
  return { calls, write };
}

describe('group commit', () => {
  it('writes the first at once and those that arrived meanwhile together, each settling with its own write', async () => {
    const { calls, write } = writes();
    const group = new GroupCommit(write, 3);
    await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((item) => group.add(item)));
    expect(calls).toEqual([['a'], ['b', 'c', 'd'], ['e', 'f']]);
    await group.add('g');
    expect(calls.at(-1)).toEqual(['g']);
  });

  it('writes each item of a failed write on its own, so only the one that cannot be stored fails', async () => {
    const { calls, write } = writes();
    const group = new GroupCommit(write, 10);
    const results = await Promise.allSettled(['a', 'b', 'bad', 'c'].map((item) => group.add(item)));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(calls).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
  });

  it('fails every item of a write the database did not answer, for each caller to handle as it would alone', async () => {
    const { calls, write } = writes({ away: true });
    const group = new GroupCommit(write, 10);
    const results = await Promise.allSettled(['a', 'b', 'c'].map((item) => group.add(item)));
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(calls).toEqual([['a'], ['b', 'c']]);
  });
});
