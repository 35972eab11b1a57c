import http from 'node:http';
import https from 'node:https';
import { basename } from 'node:path';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { badInput, upstreamFailed } from '../../errors.js';

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
const REFUSED_ADDRESS = /is not allowed\. Because/;

/**
 * Downloads a media URL for sending, as an SSRF-safe client: http/https only; every hop of a redirect
 * checked again; the address is checked where the socket connects (request-filtering-agent validates the
 * resolved address inside the connection's lookup), so a DNS answer that changes between a check and the
 * connection cannot slip through; a size cap enforced while streaming; one deadline for the whole fetch.
 */
export async function fetchMedia(url: string, policy: MediaFetchPolicy): Promise<FetchedMedia> {
  const agents = {
    'http:': new RequestFilteringHttpAgent({ allowPrivateIPAddress: policy.allowPrivateUrls, allowIPAddressList: policy.allowAddresses ?? [] }),
    'https:': new RequestFilteringHttpsAgent({ allowPrivateIPAddress: policy.allowPrivateUrls, allowIPAddressList: policy.allowAddresses ?? [] }),
  };
  const signal = AbortSignal.timeout(policy.timeoutMs);
  try {
    let current = parseMediaUrl(url);
    for (let hop = 0; ; hop += 1) {
      const response = await get(current, agents[current.protocol as keyof typeof agents], signal, policy);
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
      return { data, contentType: contentTypeOf(response.headers['content-type']), filename: filenameOf(response.headers['content-disposition'], current) };
    }
  } catch (error) {
    if (signal.aborted) throw upstreamFailed(`Media URL did not answer within ${policy.timeoutMs} ms`);
    throw error;
  } finally {
    agents['http:'].destroy();
    agents['https:'].destroy();
  }
}

function parseMediaUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badInput('mediaUrl is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badInput('mediaUrl must be an http or https URL');
  if (url.username || url.password) throw badInput('mediaUrl must not contain credentials');
  return url;
}

function get(url: URL, agent: http.Agent, signal: AbortSignal, policy: MediaFetchPolicy): Promise<http.IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { agent, signal, headers: { 'user-agent': 'WaQtor media fetcher', accept: '*/*' } }, resolve);
    request.on('error', (error) => {
      if (REFUSED_ADDRESS.test(error.message)) {
        const hint = policy.allowPrivateUrls ? '' : '; set MEDIA_ALLOW_PRIVATE_URLS=true to allow private addresses';
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
