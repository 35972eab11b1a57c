import type { RestRoute } from '../rest-route.js';
import { byId } from './route-variables.js';

/** Calls to the account, which WhatsApp Web can only decline. */
export const callRoutes: RestRoute[] = [
  {
    method: 'POST',
    path: '/api/calls/:id/reject',
    tag: 'Calls',
    summary: 'Decline a call still ringing (its id from the `call` event); 404 once it is over',
    operation: 'mutation RejectCall($id: String!) { rejectCall(id: $id) { id } }',
    variables: byId,
    failures: [404, 502, 503],
    reply: { message: 'Call rejected' },
  },
];
