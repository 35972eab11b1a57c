import { READS, type Endpoint } from './endpoint.js';
import { sendJson } from './respond.js';

/** A check answers whether one thing the node depends on answers now; it never throws. */
export type ReadinessCheck = () => Promise<boolean>;

/**
 * `GET /health/ready`, for a load balancer or an orchestrator: 200 when every check passes (the database,
 * and in a cluster Redis), 503 naming the ones that failed, so traffic goes to nodes that can serve it.
 * `/health` says only that the process runs.
 */
export function readinessEndpoint(checks: Record<string, ReadinessCheck>): Endpoint {
  return {
    methods: READS,
    path: '/health/ready',
    async handle({ res }) {
      const results = await Promise.all(Object.entries(checks).map(async ([name, check]) => [name, await check()] as const));
      const ready = results.every(([, ok]) => ok);
      sendJson(res, {
        status: ready ? 200 : 503,
        body: {
          status: ready ? 'ready' : 'not ready',
          checks: Object.fromEntries(results.map(([name, ok]) => [name, ok ? 'ok' : 'unreachable'])),
        },
        headers: { 'cache-control': 'no-store' },
      });
    },
  };
}
