import { fileTypeFromBuffer } from 'file-type';
import { badInput } from '../../errors.js';
import type { Media } from '../../whatsapp/driver.js';
import { fetchMedia, formatBytes, type MediaFetchPolicy } from './fetch-media.js';

export type MediaSource = { url: string } | { base64: string; mimetype?: string };

export interface MediaOptions {
  filename?: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+)?(?:;[^,]*)?;base64,/;

/** Turns a URL or base64 payload into bytes with a MIME type and a file name, within the size limit. */
export async function loadMedia(source: MediaSource, options: MediaOptions, policy: MediaFetchPolicy): Promise<Media> {
  if ('url' in source) {
    const fetched = await fetchMedia(source.url, policy);
    const mimetype = fetched.contentType ?? (await sniff(fetched.data));
    if (!mimetype) throw badInput('The type of the media at mediaUrl could not be told; serve it with a Content-Type header');
    return { data: fetched.data, mimetype, filename: options.filename ?? fetched.filename };
  }
  const dataUrlType = source.base64.match(DATA_URL)?.[1];
  const payload = source.base64.replace(DATA_URL, '').replace(/\s+/g, '');
  if (!BASE64.test(payload) || payload.length % 4 === 1) throw badInput('mediaBase64 is not valid base64');
  if (Math.floor((payload.length * 3) / 4) > policy.maxBytes + 2) {
    throw badInput(`Media is larger than the ${formatBytes(policy.maxBytes)} limit (MEDIA_MAX_BYTES)`);
  }
  const data = Buffer.from(payload, 'base64');
  if (data.byteLength === 0) throw badInput('mediaBase64 is empty');
  if (data.byteLength > policy.maxBytes) throw badInput(`Media is larger than the ${formatBytes(policy.maxBytes)} limit (MEDIA_MAX_BYTES)`);
  const mimetype = source.mimetype ?? dataUrlType ?? (await sniff(data));
  if (!mimetype) throw badInput('mimetype is required with mediaBase64 when the type cannot be told from the data');
  return { data, mimetype, filename: options.filename };
}

async function sniff(data: Buffer): Promise<string | undefined> {
  return (await fileTypeFromBuffer(data))?.mime;
}
