import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';

/** Every request body is capped, so a client cannot make the gateway hold an unbounded upload in memory. */
export const BODY_MAX_BYTES = 1024 * 1024;

/** Room for a JSON body carrying a base64 file of `mediaMaxBytes` (4/3 of it) and its other fields. */
export const mediaBodyMaxBytes = (mediaMaxBytes: number) => Math.max(BODY_MAX_BYTES, Math.ceil((mediaMaxBytes * 4) / 3) + 64 * 1024);

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'unreadable' };

/**
 * Reads the request body up to `limit` bytes. A declared Content-Length over the limit is refused before a
 * byte is read; a chunked body is counted as it arrives and dropped at the limit.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  try {
    return { ok: true, body: await getRawBody(req, { limit, length: req.headers['content-length'] }) };
  } catch (error) {
    return { ok: false, reason: (error as { type?: string }).type === 'entity.too.large' ? 'too-large' : 'unreadable' };
  }
}
