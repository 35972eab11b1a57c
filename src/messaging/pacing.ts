import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A random gap between sends. Evenly spaced bursts are what WhatsApp's spam detection looks for; a
 * jittered gap looks like a person working through a list. An aborted signal ends the gap at once.
 */
export async function pause(minMs: number, maxMs: number, signal?: AbortSignal): Promise<void> {
  const ms = minMs + Math.floor(Math.random() * (maxMs - minMs + 1));
  if (ms > 0) await sleep(ms, undefined, { signal }).catch(() => undefined);
}
