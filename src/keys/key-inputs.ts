import { z } from 'zod';
import { recordId } from '../domain/record-id.js';
import { sessionName } from '../domain/session-name.js';

/** The key inputs, described once for GraphQL, REST and the OpenAPI document. */

export const createKeyInput = z.object({
  name: z
    .string({ error: 'name is required' })
    .trim()
    .min(1, 'name is required')
    .max(100, 'name is too long: at most 100 characters')
    .describe('What the key is for, e.g. "sales CRM"'),
  sessions: z
    .array(sessionName, { error: 'sessions must be a list of session names' })
    .min(1, 'sessions must name at least one session')
    .max(100, 'sessions may name at most 100 sessions')
    .transform((names) => [...new Set(names)])
    .describe('The sessions the key may act on, e.g. ["sales"]'),
});

export const keyId = recordId('Key id');
