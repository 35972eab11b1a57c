import type { Endpoint } from './endpoint.js';
import { staticAsset } from './static-asset.js';

/** The gateway's mark: a speech bubble, in WhatsApp's green, for every page it serves. */
const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<path fill="#25d366" d="M16 2C8.3 2 2 7.9 2 15.2c0 3 1.1 5.8 2.9 8L3.2 30l7.1-2.6c1.8.7 3.7 1 5.7 1 7.7 0 14-5.9 14-13.2S23.7 2 16 2z"/>
<text x="16" y="21" font-family="sans-serif" font-size="14" font-weight="bold" fill="#fff" text-anchor="middle">W</text>
</svg>
`;

/** /favicon.svg, which the pages name, and /favicon.ico, which browsers ask for on their own. */
export function faviconEndpoints(): Endpoint[] {
  return ['/favicon.svg', '/favicon.ico'].map((path) =>
    staticAsset({ path, type: 'image/svg+xml', load: async () => icon, caching: 'revalidate' }),
  );
}
