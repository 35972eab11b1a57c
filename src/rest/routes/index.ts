import type { RestRoute } from '../rest-route.js';
import { campaignRoutes } from './campaigns.js';
import { messageRoutes } from './messages.js';
import { sandboxRoutes } from './sandbox.js';
import { sessionRoutes } from './sessions.js';
import { statusRoutes } from './status.js';
import { webhookRoutes } from './webhooks.js';

/** Every documented route, each a GraphQL operation. */
export const restRoutes: RestRoute[] = [
  ...statusRoutes,
  ...messageRoutes,
  ...campaignRoutes,
  ...webhookRoutes,
  ...sessionRoutes,
  ...sandboxRoutes,
];
