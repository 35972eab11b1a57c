import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/**
 * Why a receiver URL may not be registered, if it may not: its host is (or resolves to) a private or
 * reserved address and those are not allowed. A host that does not resolve yet is let through; every
 * delivery checks the address it connects to anyway.
 */
export async function privateAddressProblem(url: URL, allowPrivate: boolean): Promise<string | undefined> {
  if (allowPrivate) return undefined;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((entry) => entry.address);
  const reserved = addresses.find((address) => ipaddr.process(address).range() !== 'unicast');
  return reserved === undefined
    ? undefined
    : `url points to a private or reserved address (${host}${reserved === host ? '' : ` is ${reserved}`}); set MEDIA_ALLOW_PRIVATE_URLS=true to allow private addresses`;
}
