import type { RestRoute } from '../rest-route.js';
import { campaignRoutes } from './campaigns.js';
import { messageRoutes } from './messages.js';
import { sandboxRoutes } from './sandbox.js';
import { sessionRoutes } from './sessions.js';
import { statusRoutes } from './status.js';
import { webhookRoutes } from './webhooks.js';

const documented = [...statusRoutes, ...messageRoutes, ...campaignRoutes, ...webhookRoutes, ...sandboxRoutes];

/** The same route under `/api/sessions/:session/…`, acting on that session; the unprefixed one acts on `default`. */
const onSession = (route: RestRoute): RestRoute => ({
  ...route,
  path: route.path.replace(/^\/api\//, '/api/sessions/:session/'),
  summary: `${route.summary} (on the session named in the path)`,
  failures: [...new Set([...(route.failures ?? []), 404 as const])],
  onSession: true,
});

/** Every documented route, each a GraphQL operation; the session routes; and each /api route again per session. */
export const restRoutes: RestRoute[] = [
  ...documented,
  ...sessionRoutes,
  ...documented.filter((route) => route.path.startsWith('/api/')).map(onSession),
];
