import { lookup } from 'node:dns/promises';
import type http from 'node:http';
import ipaddr from 'ipaddr.js';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

/**
 * Which addresses an outbound request may reach. Private and reserved ones (localhost, 10.x, the cloud
 * metadata address…) are refused unless the setting named by `setting` allows them, so a URL given through
 * the API cannot make the gateway reach into its own network.
 */
export interface OutboundPolicy {
  allowPrivate: boolean;
  /** The setting that allows private addresses, named in every refusal so an operator knows what to change. */
  setting: string;
  /** Addresses (or CIDR ranges) let through even when private ones are refused. */
  allowAddresses?: string[];
  keepAlive?: boolean;
  maxSockets?: number;
}

/**
 * The agents outbound requests go through. request-filtering-agent checks the address inside the socket's
 * own lookup, so a DNS answer that changes between a check and the connection cannot slip through, and every
 * redirect hop is checked as it connects.
 */
export class OutboundAgents {
  readonly #agents: { 'http:': http.Agent; 'https:': http.Agent };

  constructor(policy: OutboundPolicy) {
    const options = {
      allowPrivateIPAddress: policy.allowPrivate,
      allowIPAddressList: policy.allowAddresses ?? [],
      keepAlive: policy.keepAlive ?? false,
      ...(policy.maxSockets && { maxSockets: policy.maxSockets }),
    };
    this.#agents = { 'http:': new RequestFilteringHttpAgent(options), 'https:': new RequestFilteringHttpsAgent(options) };
  }

  /** The agent for an http or https URL. */
  for(url: URL): http.Agent {
    return this.#agents[url.protocol === 'https:' ? 'https:' : 'http:'];
  }

  destroy(): void {
    this.#agents['http:'].destroy();
    this.#agents['https:'].destroy();
  }
}

const REFUSED_ADDRESS = /is not allowed\. Because/;

/** Whether a request failed because the agent refused the address it was about to connect to. */
export const isRefusedAddress = (error: Error): boolean => REFUSED_ADDRESS.test(error.message);

/** The advice that goes with a refused private address. */
export const allowPrivateHint = (setting: string) => `set ${setting}=true to allow private addresses`;

/**
 * The private or reserved address a URL's host is (or resolves to), when private addresses are refused; for
 * checks made before any request (registering a webhook). A host that does not resolve yet is let through:
 * every request checks the address it connects to anyway.
 */
export async function privateAddressOf(url: URL, allowPrivate: boolean): Promise<{ host: string; address: string } | undefined> {
  if (allowPrivate) return undefined;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((entry) => entry.address);
  const address = addresses.find((candidate) => ipaddr.process(candidate).range() !== 'unicast');
  return address === undefined ? undefined : { host, address };
}
