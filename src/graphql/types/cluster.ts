import type { ClusterNode } from '../../cluster/node-registry.js';
import { builder } from '../builder.js';

interface ClusterView {
  enabled: boolean;
  node: string | null;
  nodes: ClusterNode[];
}

const ClusterNodeType = builder.objectRef<ClusterNode>('ClusterNode').implement({
  description: 'A gateway process of the cluster',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'NODE_ID' }),
    advertiseUrl: t.exposeString('advertiseUrl', { description: 'Where the other nodes reach it (CLUSTER_ADVERTISE_URL)' }),
    live: t.exposeBoolean('live', {
      description: 'Whether it renewed its heartbeat within two thirds of a session lease; a dead node keeps its row',
    }),
    heartbeatAgeMs: t.int({
      description: 'How long ago it last renewed its heartbeat',
      resolve: (node) => Date.now() - node.heartbeatAt.getTime(),
    }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    sessions: t.exposeStringList('sessions', { description: 'The sessions it runs now' }),
    sessionCount: t.int({ resolve: (node) => node.sessions.length }),
    maxSessions: t.exposeInt('maxSessions', { description: 'NODE_MAX_SESSIONS: how many it may run' }),
  }),
});

const ClusterType = builder.objectRef<ClusterView>('Cluster').implement({
  description: 'The nodes of the cluster this gateway belongs to',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled', { description: 'False for a single gateway (no REDIS_URL), which lists no nodes' }),
    node: t.exposeString('node', { nullable: true, description: 'The node that answered' }),
    nodes: t.field({ type: [ClusterNodeType], description: 'Live nodes first, then by id', resolve: (view) => view.nodes }),
  }),
});

builder.queryField('cluster', (t) =>
  t.field({
    type: ClusterType,
    description: 'Each node with its address, heartbeat age, sessions and capacity (admin key)',
    resolve: async (_root, _args, { services: { cluster } }) =>
      cluster
        ? { enabled: true, node: cluster.registry.self.id, nodes: await cluster.registry.nodes() }
        : { enabled: false, node: null, nodes: [] },
  }),
);
