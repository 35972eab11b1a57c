import { describe, expect, it } from 'vitest';
import { clusterNamespace } from '../../../src/cluster/cluster-identity.js';
import { openDatabase } from '../../../src/db/orm.js';
import { createLogger } from '../../../src/logger.js';
import { openScratchStore, scratchDatabase } from '../../utils/databases.js';

describe("a cluster's name in Redis", () => {
  it('is the same for every node of one database, whatever address each reaches it by, and differs between two databases', async () => {
    const database = await scratchDatabase('postgresql');
    if (database.kind !== 'postgresql') throw new Error('expected PostgreSQL');
    const byIp = await openDatabase(database, createLogger('silent'));
    const byName = await openDatabase({ kind: 'postgresql', url: database.url.replace('127.0.0.1', 'localhost') }, createLogger('silent'));
    try {
      const [first, second] = await Promise.all([clusterNamespace(byIp), clusterNamespace(byName)]);
      expect(first).toMatch(/^waqtor:[0-9a-f-]{36}$/);
      expect(second).toBe(first);
      expect(await clusterNamespace(byIp)).toBe(first);
      expect(await clusterNamespace(await openScratchStore('postgresql'))).not.toBe(first);
    } finally {
      await Promise.all([byIp.close(true), byName.close(true)]);
    }
  });
});
