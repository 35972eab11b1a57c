import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  /** The path and query it was posted to. */
  url: string;
  /** The raw body, as signed. */
  raw: string;
  body: { id: string; event: string; timestamp: string; data: Record<string, any> };
  /** What the receiver answered. */
  status: number;
}

/**
 * A webhook receiver on loopback that records every POST and answers with whatever `answer` says (200 by
 * default), once it says it: a slow receiver answers later. Closed when the test finishes.
 */
export async function startReceiver(
  options: { port?: number; answer?: (request: Omit<ReceivedWebhook, 'status'>, index: number) => number | Promise<number> } = {},
) {
  const received: ReceivedWebhook[] = [];
  let answer = options.answer ?? (() => 200);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const request = { headers: req.headers, url: req.url ?? '/', raw, body: JSON.parse(raw) as ReceivedWebhook['body'] };
      const status = await answer(request, received.length);
      received.push({ ...request, status });
      res.writeHead(status, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  let closed = false;
  const close = () =>
    closed
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          closed = true;
          server.closeAllConnections();
          server.close(() => resolve());
        });
  onTestFinished(close);
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    /** The requests answered 2xx. */
    accepted: () => received.filter((r) => r.status >= 200 && r.status < 300),
    answerWith(next: typeof answer) {
      answer = next;
    },
    close,
  };
}

/** What the README tells receivers to do: recompute the signature over "<t>.<raw body>" and compare. */
export function verifySignature(secret: string, header: string, raw: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${raw}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A port nothing listens on now (it was free a moment ago), for a receiver that comes up later. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
