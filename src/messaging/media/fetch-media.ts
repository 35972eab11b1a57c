import http from 'node:http';
import https from 'node:https';
import { basename } from 'node:path';
import { checkOutboundUrl } from '../../domain/outbound-url.js';
import { badInput, upstreamFailed } from '../../errors.js';
import { allowPrivateHint, isRefusedAddress, OutboundAgents } from '../../http/outbound.js';

export interface MediaFetchPolicy {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  allowPrivateUrls: boolean;
  /** Addresses (or CIDR ranges) let through even when private ones are refused. */
  allowAddresses?: string[];
}

export interface FetchedMedia {
  data: Buffer;
  /** From Content-Type, without parameters; undefined when the server sent none or a generic one. */
  contentType?: string;
  /** From Content-Disposition, else the last path segment of the final URL. */
  filename?: string;
}

const GENERIC_TYPES = new Set(['application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/**
 * Downloads a media URL for sending, as an SSRF-safe client: http/https only; every hop of a redirect
 * checked again, and its address where the socket connects (OutboundAgents); a size cap enforced while
 * streaming; one deadline for the whole fetch.
 */
export async function fetchMedia(url: string, policy: MediaFetchPolicy): Promise<FetchedMedia> {
  const agents = new OutboundAgents({
    allowPrivate: policy.allowPrivateUrls,
    setting: 'MEDIA_ALLOW_PRIVATE_URLS',
    ...(policy.allowAddresses && { allowAddresses: policy.allowAddresses }),
  });
  const signal = AbortSignal.timeout(policy.timeoutMs);
  try {
    let current = parseMediaUrl(url);
    for (let hop = 0; ; hop += 1) {
      const response = await get(current, agents.for(current), signal, policy);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (hop >= policy.maxRedirects) throw upstreamFailed(`Media URL redirected more than ${policy.maxRedirects} times`);
        current = parseMediaUrl(new URL(response.headers.location, current).toString());
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw upstreamFailed(`Media URL answered HTTP ${status}`);
      }
      const data = await readBody(response, policy.maxBytes);
      return {
        data,
        contentType: contentTypeOf(response.headers['content-type']),
        filename: filenameOf(response.headers['content-disposition'], current),
      };
    }
  } catch (error) {
    if (signal.aborted) throw upstreamFailed(`Media URL did not answer within ${policy.timeoutMs} ms`);
    throw error;
  } finally {
    agents.destroy();
  }
}

const mediaUrlProblems = {
  'not-a-url': 'mediaUrl is not a valid URL',
  'not-http': 'mediaUrl must be an http or https URL',
  'has-credentials': 'mediaUrl must not contain credentials',
} as const;

function parseMediaUrl(value: string): URL {
  const checked = checkOutboundUrl(value);
  if ('url' in checked) return checked.url;
  throw badInput(mediaUrlProblems[checked.problem]);
}

function get(url: URL, agent: http.Agent, signal: AbortSignal, policy: MediaFetchPolicy): Promise<http.IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { agent, signal, headers: { 'user-agent': 'WaQtor media fetcher', accept: '*/*' } }, resolve);
    request.on('error', (error) => {
      if (isRefusedAddress(error)) {
        const hint = policy.allowPrivateUrls ? '' : `; ${allowPrivateHint('MEDIA_ALLOW_PRIVATE_URLS')}`;
        reject(badInput(`mediaUrl points to a private or reserved address (${url.hostname})${hint}`));
      } else if (!signal.aborted) {
        reject(upstreamFailed(`Media URL could not be fetched (${(error as NodeJS.ErrnoException).code ?? error.message})`, error));
      } else {
        reject(error);
      }
    });
  });
}

async function readBody(response: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => badInput(`Media is larger than the ${formatBytes(maxBytes)} limit (MEDIA_MAX_BYTES)`);
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      response.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function contentTypeOf(header: string | undefined): string | undefined {
  const type = header?.split(';')[0]?.trim().toLowerCase();
  return type && !GENERIC_TYPES.has(type) ? type : undefined;
}

function filenameOf(disposition: string | undefined, url: URL): string | undefined {
  const fromHeader = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i)?.[1];
  if (fromHeader) return basename(safeDecode(fromHeader));
  const last = basename(safeDecode(url.pathname));
  return last && last !== '/' ? last : undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}
