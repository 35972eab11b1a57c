import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorTable } from '../errors.js';
import { readBody } from '../http/read-body.js';
import { sendJson } from '../http/respond.js';
import type { GraphQLServer } from './yoga.js';

/**
 * /graphql with its body read here, up to `limit` (room for a base64 file: a sendMedia mutation may carry
 * one), and handed to yoga already read, as body-parsing middleware does; over the limit is a 413 before
 * yoga sees anything.
 */
export function graphqlOverHttp(yoga: GraphQLServer, limit: number) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (new URL(req.url ?? '/', 'http://gateway').pathname !== '/graphql') return false;
    if (req.method !== 'POST') {
      await yoga(req, res);
      return true;
    }
    const read = await readBody(req, limit);
    if (!read.ok) {
      const { message, code } =
        read.reason === 'too-large'
          ? ({ message: 'Request body too large', code: 'PAYLOAD_TOO_LARGE' } as const)
          : ({ message: 'Request body could not be read', code: 'BAD_USER_INPUT' } as const);
      // The rest of the body is never read, so this connection cannot carry another request.
      sendJson(res, {
        status: errorTable[code].status,
        body: { errors: [{ message, extensions: { code } }] },
        headers: { connection: 'close' },
      });
      return true;
    }
    // An empty body would send yoga back to the spent stream; '{}' gets its own "must provide query" answer.
    Object.assign(req, { body: read.body.length > 0 ? read.body : '{}' });
    await yoga(req, res);
    return true;
  };
}
