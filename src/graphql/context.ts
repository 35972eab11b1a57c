import type { IncomingMessage } from 'node:http';
import type { Services } from '../services.js';

export interface GraphQLContext {
  services: Services;
  /** The session this request acts on; the documented API always acts on `default`. */
  session: string;
  /** The HTTP request (over HTTP, including the REST door's); absent on sockets. */
  request?: Request;
  /** The Node request that reached the gateway (the upgrade request on a socket): who is calling. */
  req?: IncomingMessage;
  /** graphql-ws's connection_init payload (`{apiKey}`), on a socket. */
  connectionParams?: Readonly<Record<string, unknown>>;
  /** Set where the caller was already authenticated: a graphql-ws connection, or the gateway itself. */
  authenticated?: boolean;
}
