import type { RestRoute } from '../rest-route.js';

const CONTACT_FIELDS = 'id phone lid name pushname isBusiness isBlocked about profilePicUrl';

const blocking = (path: 'block' | 'unblock'): RestRoute => ({
  method: 'POST',
  path: `/api/contacts/:id/${path}`,
  tag: 'Contacts',
  summary: path === 'block' ? 'Block the user' : 'Unblock the user',
  operation: `mutation ${path === 'block' ? 'BlockContact' : 'UnblockContact'}($id: String!) { blockContact(id: $id${path === 'block' ? '' : ', blocked: false'}) { ${CONTACT_FIELDS} } }`,
  variables: (_body, params) => ({ id: params.id }),
  failures: [404, 503],
  reply: { message: path === 'block' ? 'Contact blocked' : 'Contact unblocked' },
});

/** WhatsApp's users as the account sees them. */
export const contactRoutes: RestRoute[] = [
  {
    method: 'GET',
    path: '/api/contacts/check',
    tag: 'Contacts',
    summary: 'Whether a number is on WhatsApp (?phone=966501234567), with its chat id and LID',
    operation: 'query CheckNumber($phone: String) { checkNumber(phone: $phone) { exists chatId lid } }',
    query: { phone: { type: 'string', description: 'International format, e.g. 966501234567' } },
    variables: (_body, _params, query) => ({ phone: query.get('phone') }),
    failures: [503],
  },
  {
    method: 'GET',
    path: '/api/contacts/:id',
    tag: 'Contacts',
    summary: 'A user by chat id or number: name, pushname, business, blocked, about, profile picture',
    operation: `query Contact($id: String!) { contact(id: $id) { ${CONTACT_FIELDS} } }`,
    variables: (_body, params) => ({ id: params.id }),
    failures: [404, 503],
  },
  blocking('block'),
  blocking('unblock'),
];
