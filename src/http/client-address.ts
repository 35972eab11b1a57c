import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * Which proxies in front of the gateway are believed when they name the client in X-Forwarded-For, with
 * Express's meaning: false (the socket's peer is the client), true (every hop), a number of hops, or the
 * proxies' addresses and subnets (`loopback`, `uniquelocal`, `10.0.0.0/8`…).
 */
export type TrustProxy = boolean | number | string[];

export function parseTrustProxy(value: string): { trust: TrustProxy } | { error: string } {
  const text = value.trim().toLowerCase();
  if (text === 'false' || text === '') return { trust: false };
  if (text === 'true') return { trust: true };
  if (/^\d+$/.test(text)) return { trust: Number(text) };
  const list = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    proxyAddr.compile(list);
    return { trust: list };
  } catch (error) {
    return { error: `must be true, false, a number of proxies, or their addresses (${(error as Error).message})` };
  }
}

const trustOf = (trust: TrustProxy): ((address: string, hop: number) => boolean) =>
  trust === true
    ? () => true
    : trust === false
      ? () => false
      : typeof trust === 'number'
        ? (_address, hop) => hop < trust
        : proxyAddr.compile(trust);

/** The address rate limits count a request against, believing X-Forwarded-For only as far as TRUST_PROXY says. */
export function clientAddressOf(trust: TrustProxy): (req: IncomingMessage) => string {
  const trusts = trustOf(trust);
  return (req) => proxyAddr(req, trusts);
}

/** Whether a connection's peer is a proxy TRUST_PROXY believes: its connections carry many clients'. */
export function isTrustedProxy(trust: TrustProxy): (peer: string) => boolean {
  const trusts = trustOf(trust);
  return (peer) => trusts(peer, 0);
}
