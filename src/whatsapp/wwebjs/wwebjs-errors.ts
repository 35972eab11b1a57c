/** The first line of an error's message, cut short: enough to say what failed, never a page's dump. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 300);
}

/** Puppeteer's and whatsapp-web.js's ways of saying a call into the page ran out of time. */
export const isTimeout = (error: unknown): boolean => /timed? ?out/i.test(error instanceof Error ? error.message : String(error));
