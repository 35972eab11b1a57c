import { z } from 'zod';
import type { Ack } from './acks.js';
import { disconnectReasons } from './disconnect-reasons.js';

/** The sandbox control inputs, shared by its GraphQL fields and REST routes. */
export const sandboxInboundInput = z.object({
  from: z
    .string({ error: 'from is required: the sender number or chat id' })
    .trim()
    .min(1, 'from is required: the sender number or chat id'),
  body: z
    .string()
    .max(65_536, 'body is too long')
    .nullish()
    .transform((v) => v ?? ''),
  author: z
    .string()
    .trim()
    .min(1)
    .nullish()
    .transform((v) => v ?? undefined),
  type: z
    .string()
    .trim()
    .min(1)
    .nullish()
    .transform((v) => v ?? undefined),
  caption: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
  mimeType: z
    .string()
    .trim()
    .regex(/^[\w.+-]+\/[\w.+-]+$/, 'mimeType must look like type/subtype')
    .nullish()
    .transform((v) => v ?? undefined),
  filename: z
    .string()
    .trim()
    .min(1)
    .nullish()
    .transform((v) => v ?? undefined),
});

export const sandboxAckInput = z.object({
  id: z.string({ error: 'id is required: a message id from the outbox' }).trim().min(1, 'id is required: a message id from the outbox'),
  ack: z.literal([-1, 0, 1, 2, 3, 4] satisfies Ack[], {
    error: 'ack must be one of -1 (failed), 0 (pending), 1 (sent), 2 (delivered), 3 (read), 4 (played)',
  }),
});

export const sandboxDisconnectInput = z.object({
  reason: z
    .enum(disconnectReasons, { error: `reason must be one of ${disconnectReasons.join(', ')}` })
    .nullish()
    .transform((reason) => reason ?? 'TIMEOUT'),
});
