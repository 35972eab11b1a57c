import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A gateway process of a cluster, as the others see it: where to reach it and how many sessions it may
 * hold. It renews its heartbeat while it runs; a node whose heartbeat is older than a session lease is
 * taken for dead, and its sessions go to the live ones.
 */
export const NodeRecord = defineEntity({
  name: 'NodeRecord',
  tableName: 'nodes',
  properties: (p) => ({
    id: p.string().length(255).primary(),
    /** The base URL the other nodes forward this node's sessions' requests to. */
    advertiseUrl: p.string().length(2048),
    maxSessions: p.integer(),
    heartbeatAt: p.datetime(),
    startedAt: p.datetime(),
  }),
});

export type NodeRecord = InferEntity<typeof NodeRecord>;
