import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';

/** Every request body is capped, so a client cannot make the gateway hold an unbounded upload in memory. */
export const BODY_MAX_BYTES = 1024 * 1024;

/** Room for a JSON body carrying a base64 file of `mediaMaxBytes` (4/3 of it) and its other fields. */
export const mediaBodyMaxBytes = (mediaMaxBytes: number) => Math.max(BODY_MAX_BYTES, Math.ceil((mediaMaxBytes * 4) / 3) + 64 * 1024);

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'unreadable' };

/**
 * Reads the request body up to `limit` bytes. A declared Content-Length over the limit is refused before a
 * byte is kept; a chunked body is counted as it arrives and dropped at the limit. Either way the rest of an
 * oversized body is drained (up to a bound), so the client can read the refusal.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  try {
    return { ok: true, body: await getRawBody(req, { limit, length: req.headers['content-length'] }) };
  } catch (error) {
    if ((error as { type?: string }).type !== 'entity.too.large') return { ok: false, reason: 'unreadable' };
    await discardRest(req);
    return { ok: false, reason: 'too-large' };
  }
}

/** How much of an oversized body is read and dropped, and for how long, before the 413 is sent anyway. */
const DISCARD_MAX_BYTES = 64 * 1024 * 1024;
const DISCARD_TIMEOUT_MS = 10_000;

/**
 * Reads and drops the rest of a body that will not be used. A client still uploading when the answer
 * comes and the connection closes gets a broken pipe instead of the answer; one whose upload was taken in
 * full reads the 413. Past the bound (or the time) the answer is sent regardless.
 */
function discardRest(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let read = 0;
    const finish = () => {
      clearTimeout(timer);
      req.off('data', count);
      req.pause();
      resolve();
    };
    const count = (chunk: Buffer) => {
      read += chunk.byteLength;
      if (read > DISCARD_MAX_BYTES) finish();
    };
    const timer = setTimeout(finish, DISCARD_TIMEOUT_MS);
    req.on('data', count);
    req.once('end', finish);
    req.once('close', finish);
    req.once('error', finish);
    req.resume();
  });
}

/** Whether a Content-Type names JSON (`application/json`, or a `+json` type), whatever its parameters. */
export const isJsonContentType = (contentType: string | undefined): boolean =>
  /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType ?? '');

export const isCsvContentType = (contentType: string | undefined): boolean => /^text\/csv\s*(;|$)/i.test(contentType ?? '');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text, or undefined when it is not valid UTF-8 (JSON and CSV bodies are UTF-8). */
export function utf8Text(body: Buffer): string | undefined {
  try {
    return utf8.decode(body);
  } catch {
    return undefined;
  }
}

export type JsonBody = { ok: true; json: unknown } | { ok: false; problem: string; detail?: string };

/**
 * A JSON body, parsed: every door reads one this way. A blank body is `undefined`, for the door to judge;
 * one that is not UTF-8 or not JSON is a problem, with the parser's words as its detail.
 */
export function parseJsonBody(body: Buffer): JsonBody {
  const text = utf8Text(body);
  if (text === undefined) return { ok: false, problem: 'Request body is not valid UTF-8' };
  if (text.trim() === '') return { ok: true, json: undefined };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: 'Malformed JSON body', detail: (error as Error).message };
  }
}
