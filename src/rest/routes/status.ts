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
    operation: 'query ClientStatus { clientStatus { status ready state message } }',
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
    path: '/api/status/logout',
    tag: 'Status',
    failures: [503],
    summary: 'Unlink the WhatsApp account; a new QR code follows',
    operation: 'mutation Logout { logout { message } }',
    reply: { form: 'message' },
  },
];
