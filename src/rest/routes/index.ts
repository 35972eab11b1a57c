import type { RestRoute } from '../rest-route.js';
import { schema } from '../../graphql/schema.js';
import { actsOnSession, onSessionOperation } from '../session-operation.js';
import { callRoutes } from './calls.js';
import { campaignRoutes } from './campaigns.js';
import { chatRoutes } from './chats.js';
import { contactRoutes } from './contacts.js';
import { groupRoutes } from './groups.js';
import { channelRoutes } from './channels.js';
import { storyRoutes } from './stories.js';
import { clusterRoutes } from './cluster.js';
import { eventSinkRoutes } from './event-sinks.js';
import { keyRoutes } from './keys.js';
import { messageRoutes } from './messages.js';
import { sandboxRoutes } from './sandbox.js';
import { sessionRoutes } from './sessions.js';
import { statusRoutes } from './status.js';
import { webhookRoutes } from './webhooks.js';

const documented = [
  ...statusRoutes,
  ...messageRoutes,
  ...callRoutes,
  ...chatRoutes,
  ...contactRoutes,
  ...groupRoutes,
  ...channelRoutes,
  ...storyRoutes,
  ...campaignRoutes,
  ...webhookRoutes,
  ...sandboxRoutes,
];

/**
 * The same route under `/api/sessions/:session/…`, acting on that session; the unprefixed one acts on
 * `default`. Its operation is rewritten when first read (its first request, or the OpenAPI document), which
 * keeps the rewriting of every route out of the gateway's start.
 */
const onSession = (route: RestRoute): RestRoute => {
  let operation: string | undefined;
  return {
    ...route,
    path: route.path.replace(/^\/api\//, '/api/sessions/:session/'),
    get operation() {
      return (operation ??= onSessionOperation(route.operation));
    },
    summary: `${route.summary} (on the session named in the path)`,
    failures: [...new Set([...(route.failures ?? []), 404 as const])],
    onSession: true,
  };
};

/**
 * Every documented route, each a GraphQL operation; the session and key routes; and each documented /api
 * route again under the session's prefix.
 */
export const restRoutes: RestRoute[] = [
  ...documented,
  ...sessionRoutes,
  ...keyRoutes,
  ...eventSinkRoutes,
  ...clusterRoutes,
  ...documented.filter((route) => route.path.startsWith('/api/') && actsOnSession(schema, route.operation)).map(onSession),
];
