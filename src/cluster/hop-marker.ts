import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Caller } from '../domain/caller.js';

/** The header a forwarded operation carries: who it is run for, signed with CLUSTER_SECRET. */
export const HOP_HEADER = 'x-waqtor-hop';

/** A marker older than this is refused, so one overheard cannot be replayed later. */
const HOP_MAX_AGE_MS = 60_000;

interface Hop {
  /** The caller the first node identified; the owner acts for it without seeing the key. */
  caller: Caller;
  at: number;
  /** SHA-256 of the operation's text, so the marker cannot be moved onto another operation. */
  query: string;
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * Marks an operation forwarded to the session's owner: the owner runs it for the caller the first node
 * identified, and never forwards it again. Only nodes that share CLUSTER_SECRET can make a marker.
 */
export class HopMarker {
  constructor(private readonly secret: string) {}

  sign(caller: Caller, query: string): string {
    const hop: Hop = { caller, at: Date.now(), query: digest(query) };
    const payload = Buffer.from(JSON.stringify(hop)).toString('base64url');
    return `${payload}.${this.#mac(payload)}`;
  }

  /** The caller of a marked operation; undefined when the marker is forged, stale or for another operation. */
  read(marker: string, query: string): Caller | undefined {
    const [payload, mac] = marker.split('.');
    if (!payload || !mac) return undefined;
    const expected = Buffer.from(this.#mac(payload));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    let hop: Hop;
    try {
      hop = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Hop;
    } catch {
      return undefined;
    }
    if (Math.abs(Date.now() - hop.at) > HOP_MAX_AGE_MS || hop.query !== digest(query)) return undefined;
    return hop.caller;
  }

  #mac(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
