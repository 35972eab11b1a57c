import { sandboxAckInput, sandboxDisconnectInput, sandboxInboundInput } from '../../domain/sandbox-inputs.js';
import type { RestRoute } from '../rest-route.js';
import { asInput } from './route-variables.js';

const clientStatusFields = 'status ready state message';

/** The sandbox driver's controls; each answers 404 while another driver runs. */
export const sandboxRoutes: RestRoute[] = [
  {
    method: 'POST',
    path: '/api/sandbox/link',
    tag: 'Sandbox',
    failures: [404],
    summary: 'Link the sandbox as if the QR code had been scanned',
    operation: `mutation SandboxLink { sandboxLink { ${clientStatusFields} } }`,
    reply: { message: 'Sandbox linked' },
  },
  {
    method: 'POST',
    path: '/api/sandbox/inbound',
    tag: 'Sandbox',
    failures: [404],
    summary: 'Deliver a message to the linked account, raising a `message` event',
    operation:
      'mutation SandboxInbound($input: SandboxInboundInput!) { sandboxInbound(input: $input) { id from to author body timestamp fromMe hasMedia type isGroup caption mimeType filename } }',
    body: sandboxInboundInput,
    variables: asInput,
    reply: { message: 'Inbound message delivered' },
  },
  {
    method: 'POST',
    path: '/api/sandbox/disconnect',
    tag: 'Sandbox',
    failures: [404],
    summary: 'Drop the connection with a reason, as WhatsApp would',
    operation: `mutation SandboxDisconnect($reason: DisconnectReason) { sandboxDisconnect(reason: $reason) { ${clientStatusFields} } }`,
    body: sandboxDisconnectInput,
    variables: (body) => ({ reason: body.reason }),
    reply: { message: 'Sandbox disconnected' },
  },
  {
    method: 'POST',
    path: '/api/sandbox/ack',
    tag: 'Sandbox',
    failures: [404],
    summary: 'Ack a delivered message: 2 delivered, 3 read, 4 played, -1 failed',
    operation:
      'mutation SandboxAck($id: String, $ack: Int) { sandboxAck(id: $id, ack: $ack) { id chatId to kind body timestamp ack status } }',
    body: sandboxAckInput,
    variables: (body) => ({ id: body.id, ack: body.ack }),
    reply: { message: 'Ack applied' },
  },
  {
    method: 'GET',
    path: '/api/sandbox/outbox',
    tag: 'Sandbox',
    failures: [404],
    summary: 'What the sandbox delivered, oldest first',
    operation: 'query SandboxOutbox { sandboxOutbox { id chatId to kind body mimetype filename size timestamp ack status } }',
  },
];
