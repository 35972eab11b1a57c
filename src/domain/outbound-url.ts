/** What is wrong with a URL the gateway is asked to reach (a media file, a webhook receiver), if anything. */
export type OutboundUrlProblem = 'not-a-url' | 'not-http' | 'has-credentials';

/**
 * Only http and https, and no credentials in the URL: they would be sent to whoever the host turns out to
 * be and show up in logs and listings.
 */
export function checkOutboundUrl(value: string): { url: URL } | { problem: OutboundUrlProblem } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: 'not-a-url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: 'not-http' };
  if (url.username || url.password) return { problem: 'has-credentials' };
  return { url };
}
