import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * Which cluster this database belongs to: one row, written by the first node that starts on it. Every node
 * reads the same id whatever address it reaches the database by (a proxy beside each node, a DNS name on
 * one and an IP on another), so the nodes of one database are one cluster, and two databases are two.
 */
export const ClusterIdentityRecord = defineEntity({
  name: 'ClusterIdentityRecord',
  tableName: 'cluster_identity',
  properties: (p) => ({
    /** Always `cluster`: the key that keeps the table to one row. */
    key: p.string().length(32).primary(),
    id: p.string().length(64),
    createdAt: p.datetime(),
  }),
});

export type ClusterIdentityRecord = InferEntity<typeof ClusterIdentityRecord>;
