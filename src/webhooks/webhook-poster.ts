import http from 'node:http';
import https from 'node:https';
import { allowPrivateHint, isRefusedAddress, OutboundAgents } from '../http/outbound.js';
import { MAX_WEBHOOK_CONCURRENCY } from '../domain/webhook-ordering.js';
import { retryAfterMs, type AttemptResult } from './retry-policy.js';

/** A receiver's answer is read (to free the connection) but not kept; more than this is cut off. */
const MAX_RESPONSE_BYTES = 64 * 1024;

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/**
 * POSTs webhook bodies over keep-alive connections, refusing private and reserved addresses where the socket
 * connects (as media downloads do) unless they are allowed. Never throws: every outcome is an AttemptResult.
 */
export class WebhookPoster {
  readonly #agents: OutboundAgents;

  constructor(private readonly options: { timeoutMs: number; allowPrivateUrls: boolean }) {
    this.#agents = new OutboundAgents({
      allowPrivate: options.allowPrivateUrls,
      setting: 'WEBHOOK_ALLOW_PRIVATE_URLS',
      keepAlive: true,
      // A per-chat webhook has up to its concurrency of POSTs in flight, each on a connection of its own.
      maxSockets: MAX_WEBHOOK_CONCURRENCY,
    });
  }

  get timeoutMs(): number {
    return this.options.timeoutMs;
  }

  post(request: WebhookRequest, signal?: AbortSignal): Promise<AttemptResult> {
    const url = new URL(request.url);
    const client = url.protocol === 'https:' ? https : http;
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const aborted = signal ? AbortSignal.any([signal, timeout]) : timeout;
    return new Promise<AttemptResult>((resolve) => {
      const req = client.request(
        url,
        {
          method: 'POST',
          agent: this.#agents.for(url),
          signal: aborted,
          headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
        },
        (res) => {
          let read = 0;
          res.on('data', (chunk: Buffer) => {
            read += chunk.byteLength;
            if (read > MAX_RESPONSE_BYTES) res.destroy();
          });
          const done = () =>
            resolve({ statusCode: res.statusCode ?? 0, retryAfterMs: retryAfterMs(res.headers['retry-after'] as string | undefined) });
          res.on('end', done);
          res.on('close', done);
          res.on('error', done);
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (timeout.aborted) resolve({ error: `no answer within ${this.options.timeoutMs} ms (WEBHOOK_TIMEOUT_MS)`, retryable: true });
        else if (signal?.aborted) resolve({ error: 'the gateway stopped during the attempt', retryable: true });
        else if (isRefusedAddress(error)) {
          resolve({
            error: `${url.hostname} is a private or reserved address; ${allowPrivateHint('WEBHOOK_ALLOW_PRIVATE_URLS')}`,
            retryable: false,
          });
        } else resolve({ error: `could not connect: ${error.code ?? error.message}`, retryable: true });
      });
      req.end(request.body);
    });
  }

  close(): void {
    this.#agents.destroy();
  }
}
