import type { RestRoute } from '../rest-route.js';

/** The cluster's nodes, for operators (admin key). */
export const clusterRoutes: RestRoute[] = [
  {
    method: 'GET',
    path: '/api/cluster',
    tag: 'Cluster',
    summary: 'Each node of the cluster: its advertised URL, heartbeat age, the sessions it runs and its capacity',
    operation:
      'query Cluster { cluster { enabled node nodes { id advertiseUrl live heartbeatAgeMs startedAt sessions sessionCount maxSessions } } }',
  },
];
