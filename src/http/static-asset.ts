import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import Negotiator from 'negotiator';
import { READS, type Endpoint } from './endpoint.js';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** How a browser may keep a file: checked on every use (a page), or for good (a name that changes with it). */
export type Caching = 'revalidate' | 'immutable';

export interface StaticAssetOptions {
  path: string;
  type: string;
  /** Read once, on the first request: a large bundle costs nothing until someone opens its page. */
  load: () => Promise<Buffer | string>;
  caching: Caching;
  /** The metrics' route label, when the path is not one. */
  label?: string;
  /** Headers every answer carries (a page's security policy). */
  headers?: OutgoingHttpHeaders;
}

interface Encoded {
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string;
}

const cacheControl: Record<Caching, string> = {
  revalidate: 'no-cache',
  immutable: 'public, max-age=31536000, immutable',
};

/** Encodings offered, best first; identity last so a client that accepts nothing else still gets the file. */
const ENCODINGS = ['br', 'gzip', 'identity'] as const;

/** Files below this are sent as they are: compressing them saves less than the headers cost. */
const MIN_COMPRESSED_BYTES = 1024;

/**
 * A file the gateway serves as it is (a page, a script, the API document): compressed once with brotli
 * and gzip and kept, sent in the encoding the client accepts best, with an ETag so a browser that has it
 * gets a 304, and cached as its kind allows.
 */
export function staticAsset({ path, type, load, caching, label, headers }: StaticAssetOptions): Endpoint {
  let encoded: Promise<Encoded> | undefined;
  return {
    methods: READS,
    path,
    ...(label && { label }),
    async handle({ req, res }) {
      encoded ??= encode(load).catch((error: unknown) => {
        encoded = undefined;
        throw error;
      });
      const file = await encoded;
      const common = { ...headers, 'content-type': type, 'cache-control': cacheControl[caching], etag: file.etag, vary: 'Accept-Encoding' };
      if (fresh(req, file.etag)) return void res.writeHead(304, common).end();
      const encoding = file.identity.byteLength < MIN_COMPRESSED_BYTES ? 'identity' : chosenEncoding(req);
      const body = file[encoding];
      res.writeHead(200, {
        ...common,
        'content-length': body.byteLength,
        ...(encoding !== 'identity' && { 'content-encoding': encoding }),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    },
  };
}

async function encode(load: () => Promise<Buffer | string>): Promise<Encoded> {
  const loaded = await load();
  const identity = typeof loaded === 'string' ? Buffer.from(loaded) : loaded;
  const [br, gzip] = await Promise.all([
    // Quality 9 of 11: nearly the smallest, in a fraction of the time of 11 for a bundle of megabytes.
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength } }),
    gzipped(identity, { level: 9 }),
  ]);
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
  return { identity, br, gzip, etag };
}

function chosenEncoding(req: IncomingMessage): (typeof ENCODINGS)[number] {
  const chosen = new Negotiator(req).encoding([...ENCODINGS]);
  return ENCODINGS.find((encoding) => encoding === chosen) ?? 'identity';
}

/** The client already has this very file (If-None-Match names its ETag, or is `*`). */
function fresh(req: IncomingMessage, etag: string): boolean {
  const given = req.headers['if-none-match'];
  if (!given) return false;
  return given
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}
