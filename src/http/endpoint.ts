import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request as the one router hands it on: its URL parsed once, and the parameters of the path it matched. */
export interface HttpRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Decoded: clients such as openapi-fetch encode a message id's `@` as `%40`. */
  params: Record<string, string>;
}

/** One endpoint of the gateway's HTTP server: the methods and path it answers, and how. */
export interface Endpoint {
  methods: readonly string[];
  /** `/api/campaigns/:id` style; each `:name` is a path parameter. */
  path: string;
  /** The metrics' `route` label; the path unless said. */
  label?: string;
  handle(request: HttpRequest): Promise<void>;
}

/** The methods of an endpoint that only reads: HEAD is a GET without its body. */
export const READS = ['GET', 'HEAD'] as const;
