import { randomUUID } from 'node:crypto';
import { ClusterIdentityRecord } from '../db/entities/cluster-identity-record.js';
import type { Database } from '../db/orm.js';

const KEY = 'cluster';

/**
 * What the cluster's names in Redis (channels, events, rate-limit counters) start with: the id its database
 * holds, written once by the first node (whichever wins the insert, the others read the same row). Nodes
 * that reach one database by different addresses are one cluster; two clusters sharing a Redis never meet.
 */
export async function clusterNamespace(db: Database): Promise<string> {
  const em = db.em.fork();
  await em
    .createQueryBuilder(ClusterIdentityRecord)
    .insert({ key: KEY, id: randomUUID(), createdAt: new Date() })
    .onConflict('key')
    .ignore()
    .execute('run');
  const { id } = await em.findOneOrFail(ClusterIdentityRecord, { key: KEY });
  return `waqtor:${id}`;
}
