import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiKeyError, apiKeyFromNodeRequest, checkApiKey } from '../http/api-key.js';
import { errorAnswer, sendJson } from '../http/respond.js';
import type { GatewayMetrics } from './gateway-metrics.js';

export interface MetricsAccess {
  apiKey: string;
  /** METRICS_PUBLIC: a scraper inside a private network may read them without the key. */
  public: boolean;
}

/** `GET /metrics` in Prometheus' text format; the API key is needed unless METRICS_PUBLIC is set. */
export function createMetricsEndpoint(metrics: GatewayMetrics, access: MetricsAccess) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://gateway');
    if (url.pathname !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    if (!access.public) {
      const check = checkApiKey(apiKeyFromNodeRequest(req), access.apiKey);
      if (check !== 'ok') {
        const error = apiKeyError(check);
        sendJson(res, errorAnswer(error.code, error.message));
        return true;
      }
    }
    const text = await metrics.registry.metrics();
    res
      .writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' })
      .end(req.method === 'HEAD' ? undefined : text);
    return true;
  };
}
