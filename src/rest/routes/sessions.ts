import { createSessionInput, pairingCodeInput } from '../../sessions/session-inputs.js';
import type { RestRoute } from '../rest-route.js';
import { asInput } from './route-variables.js';

const SESSION_FIELDS =
  'name driver status state ready me { wid pushname phone } node limit { reason since until } dialog { text buttons } webVersion { version source } createdAt updatedAt';

const bySession = (_body: unknown, params: Record<string, string>) => ({ name: params.session });

/** A route acting on one session, by the `:session` in its path. */
const action = (verb: 'start' | 'stop' | 'logout', summary: string, message: string): RestRoute => ({
  method: 'POST',
  path: `/api/sessions/:session/${verb}`,
  tag: 'Sessions',
  summary,
  operation: `mutation ${verb[0]!.toUpperCase()}${verb.slice(1)}Session($name: String!) { ${verb}Session(name: $name) { ${SESSION_FIELDS} } }`,
  variables: bySession,
  failures: [404],
  reply: { message, keepNulls: true },
});

export const sessionRoutes: RestRoute[] = [
  {
    method: 'POST',
    path: '/api/sessions',
    tag: 'Sessions',
    summary: 'Create a session (started at once unless start is false)',
    operation: `mutation CreateSession($input: CreateSessionInput!) { createSession(input: $input) { ${SESSION_FIELDS} } }`,
    body: createSessionInput,
    variables: asInput,
    reply: { message: 'Session created', keepNulls: true },
  },
  {
    method: 'GET',
    path: '/api/sessions',
    tag: 'Sessions',
    summary: 'Every session with its status and WhatsApp state',
    operation: `query Sessions { sessions { ${SESSION_FIELDS} } }`,
    reply: { keepNulls: true },
  },
  {
    method: 'GET',
    path: '/api/sessions/:session',
    tag: 'Sessions',
    summary: 'One session',
    operation: `query Session($name: String!) { session(name: $name) { ${SESSION_FIELDS} } }`,
    variables: bySession,
    failures: [404],
    reply: { keepNulls: true },
  },
  {
    method: 'GET',
    path: '/api/sessions/:session/qr',
    tag: 'Sessions',
    summary: "The session's QR code to scan now (`?format=png|svg`: the image itself); 404 naming the state while there is none",
    operation:
      'query SessionQr($name: String!, $format: QrImageFormat) { sessionQr(name: $name) { qr timestamp image(format: $format) { contentType data } } }',
    query: { format: { type: 'string', description: '`png` or `svg`: answer with the image instead of JSON' } },
    variables: (_body, params, query) => ({ name: params.session, format: query.get('format') }),
    failures: [404],
    reply: { image: true },
  },
  {
    method: 'POST',
    path: '/api/sessions/:session/pairing-code',
    tag: 'Sessions',
    summary: 'A code to type on the phone (Linked devices → Link with phone number) instead of scanning the QR; only while pairing',
    operation:
      'mutation RequestPairingCode($name: String!, $phone: String) { requestPairingCode(name: $name, phone: $phone) { code phone } }',
    body: pairingCodeInput,
    variables: (body, params) => ({ name: params.session, phone: body.phone }),
    failures: [404],
    reply: { message: 'Type the code on the phone: Linked devices → Link with phone number' },
  },
  action('start', 'Start a session', 'Session started'),
  action('stop', 'Stop a session; it keeps its login', 'Session stopped'),
  action('logout', 'Unlink a session; a new QR code follows', 'Session logged out'),
  {
    method: 'DELETE',
    path: '/api/sessions/:session',
    tag: 'Sessions',
    summary: 'Stop, unlink and delete a session, cancelling its running campaigns; its history stays unless ?purge=true',
    operation: 'mutation DeleteSession($name: String!, $purge: Boolean) { deleteSession(name: $name, purge: $purge) { message } }',
    query: { purge: { type: 'boolean', description: 'true deletes its campaigns, messages, opt-outs and own webhooks too' } },
    variables: (_body, params, query) => ({ name: params.session, purge: query.get('purge') === 'true' }),
    failures: [404],
    reply: { form: 'message' },
  },
];
