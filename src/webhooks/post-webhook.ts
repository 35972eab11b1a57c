import http from 'node:http';
import https from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { retryAfterMs, type AttemptResult } from './retry-policy.js';

const REFUSED_ADDRESS = /is not allowed\. Because/;
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
  readonly #agents: { 'http:': http.Agent; 'https:': https.Agent };

  constructor(private readonly options: { timeoutMs: number; allowPrivateUrls: boolean }) {
    const filter = { allowPrivateIPAddress: options.allowPrivateUrls, keepAlive: true, maxSockets: 4 };
    this.#agents = { 'http:': new RequestFilteringHttpAgent(filter), 'https:': new RequestFilteringHttpsAgent(filter) };
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
          agent: this.#agents[url.protocol as 'http:' | 'https:'],
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
        else if (REFUSED_ADDRESS.test(error.message)) {
          resolve({ error: `${url.hostname} is a private or reserved address; set MEDIA_ALLOW_PRIVATE_URLS=true to allow it`, retryable: false });
        } else resolve({ error: `could not connect: ${error.code ?? error.message}`, retryable: true });
      });
      req.end(request.body);
    });
  }

  close(): void {
    this.#agents['http:'].destroy();
    this.#agents['https:'].destroy();
  }
}
