import { dialogAnswerInput } from '../../sessions/session-inputs.js';
import type { RestRoute } from '../rest-route.js';

export const statusRoutes: RestRoute[] = [
  {
    method: 'GET',
    path: '/health',
    tag: 'Health',
    summary: 'The process is up (no API key needed)',
    operation: 'query Health { health { status timestamp service version } }',
    reply: { form: 'bare' },
  },
  {
    method: 'GET',
    path: '/api/status/client',
    tag: 'Status',
    failures: [503],
    summary: 'Whether WhatsApp is connected and ready; 503 until it is',
    operation: 'query ClientStatus { clientStatus { status ready state message dialog { text buttons } } }',
    reply: { unavailableWhen: (status) => status.ready !== true },
  },
  {
    method: 'GET',
    path: '/api/status/info',
    tag: 'Status',
    failures: [503],
    summary: 'The linked WhatsApp account',
    operation: 'query SessionInfo { sessionInfo { wid pushname platform phone } }',
  },
  {
    method: 'GET',
    path: '/api/status/chats',
    tag: 'Status',
    failures: [503],
    summary: "The linked account's chats",
    operation: 'query Chats { chats { id name isGroup unreadCount archived pinned muted } }',
  },
  {
    method: 'GET',
    path: '/api/status/version',
    tag: 'Status',
    summary: 'The gateway and whatsapp-web.js versions',
    operation: 'query Version { version { waqtor upstream upstreamAuthor } }',
  },
  {
    method: 'POST',
    path: '/api/dialog',
    tag: 'Status',
    failures: [404, 502, 503],
    summary:
      'Press a button of the dialog WhatsApp Web shows (the state is ACTION_REQUIRED, `dialog` in the status); 404 when none waits for a person',
    operation:
      'mutation AnswerDialog($button: String!) { answerDialog(button: $button) { status ready state message dialog { text buttons } } }',
    body: dialogAnswerInput,
    variables: (body) => ({ button: body.button }),
    reply: { message: 'Dialog answered' },
  },
  {
    method: 'POST',
    path: '/api/status/logout',
    tag: 'Status',
    failures: [503],
    summary: 'Unlink the WhatsApp account; a new QR code follows',
    operation: 'mutation Logout { logout { message } }',
    reply: { form: 'message' },
  },
];
