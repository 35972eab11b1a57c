import type { ClientStatus } from '../sessions/client-status.js';
import type { RestRoute } from './rest-route.js';

const clientStatus: RestRoute<{ clientStatus: ClientStatus }> = {
  method: 'GET',
  path: '/api/status/client',
  operation: 'query ClientStatus { clientStatus { status ready state message } }',
  // Documented: "not ready" is a 503 whose body still carries the status, so monitors can alert on it.
  respond: ({ clientStatus }) => ({ status: clientStatus.ready ? 200 : 503, body: { success: clientStatus.ready, data: clientStatus } }),
};

/** The documented routes, each a GraphQL operation. */
export const restRoutes: RestRoute[] = [clientStatus as RestRoute];
