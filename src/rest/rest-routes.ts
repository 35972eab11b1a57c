import type { ClientStatus } from '../sessions/client-status.js';
import type { RestRoute } from './rest-route.js';

/** A route whose documented body is `{success: true, data: <the operation's one field>}`. */
function dataRoute(method: RestRoute['method'], path: string, field: string, operation: string): RestRoute {
  return { method, path, operation, respond: (data) => ({ status: 200, body: { success: true, data: data[field] } }) };
}

const clientStatus: RestRoute<{ clientStatus: ClientStatus }> = {
  method: 'GET',
  path: '/api/status/client',
  operation: 'query ClientStatus { clientStatus { status ready state message } }',
  // Documented: "not ready" is a 503 whose body still carries the status, so monitors can alert on it.
  respond: ({ clientStatus }) => ({ status: clientStatus.ready ? 200 : 503, body: { success: clientStatus.ready, data: clientStatus } }),
};

const logout: RestRoute<{ logout: { message: string } }> = {
  method: 'POST',
  path: '/api/status/logout',
  operation: 'mutation Logout { logout { message } }',
  respond: ({ logout }) => ({ status: 200, body: { success: true, message: logout.message } }),
};

/** The documented routes, each a GraphQL operation. */
export const restRoutes: RestRoute[] = [
  clientStatus as RestRoute,
  dataRoute('GET', '/api/status/info', 'sessionInfo', 'query SessionInfo { sessionInfo { wid pushname platform phone } }'),
  dataRoute('GET', '/api/status/chats', 'chats', 'query Chats { chats { id name isGroup unreadCount } }'),
  dataRoute('GET', '/api/status/version', 'version', 'query Version { version { waqtor upstream upstreamAuthor } }'),
  logout as RestRoute,
  dataRoute('GET', '/api/test/info', 'testNumber', 'query TestNumber { testNumber { configured message phoneNumberMasked } }'),
];
