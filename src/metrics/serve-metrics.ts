import type { IncomingMessage, ServerResponse } from 'node:http';
import { notAuthorized } from '../domain/caller.js';
import { apiKeyError, apiKeyFromNodeRequest } from '../http/api-key.js';
import { READS, type Endpoint } from '../http/endpoint.js';
import type { Credential } from '../keys/key-service.js';
import { errorAnswer, sendJson, type JsonAnswer } from '../http/respond.js';
import type { GatewayMetrics } from './gateway-metrics.js';

export interface MetricsAccess {
  identify: (key: string | null) => Credential;
  /** METRICS_PUBLIC: a scraper inside a private network may read them without the key. */
  public: boolean;
  /** Counts a key check against the client's standard rate limit; an answer refuses the request with it. */
  admit: (req: IncomingMessage) => Promise<JsonAnswer | undefined>;
}

/** `GET /metrics` in Prometheus' text format; the admin key is needed unless METRICS_PUBLIC is set. */
export function metricsEndpoint(metrics: GatewayMetrics, access: MetricsAccess): Endpoint {
  return { methods: READS, path: '/metrics', handle: ({ req, res, url }) => answerMetrics(req, res, url, metrics, access) };
}

async function answerMetrics(req: IncomingMessage, res: ServerResponse, url: URL, metrics: GatewayMetrics, access: MetricsAccess) {
  if (!access.public) {
    // Counted before the key is looked at, as on every other door, so a key cannot be guessed here freely.
    const refusal = await access.admit(req);
    if (refusal) {
      sendJson(res, refusal);
      return;
    }
    const credential = access.identify(apiKeyFromNodeRequest(req, url));
    const error = !credential.ok
      ? apiKeyError(credential.reason)
      : credential.caller.kind !== 'admin'
        ? notAuthorized(credential.caller)
        : undefined;
    if (error) {
      sendJson(res, errorAnswer(error.code, error.message, error.hint));
      return;
    }
  }
  const text = await metrics.registry.metrics();
  res
    .writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' })
    .end(req.method === 'HEAD' ? undefined : text);
}
