import { setImmediate as yieldToTimers, setTimeout as sleep } from 'node:timers/promises';

/**
 * A random gap between sends. Evenly spaced bursts are what WhatsApp's spam detection looks for; a
 * jittered gap looks like a person working through a list. An aborted signal ends the gap at once.
 */
export async function pause(minMs: number, maxMs: number, signal?: AbortSignal): Promise<void> {
  const ms = minMs + Math.floor(Math.random() * (maxMs - minMs + 1));
  if (ms > 0) await sleep(ms, undefined, { signal }).catch(() => undefined);
  // With no pause at all (and a store that answers without I/O, as SQLite does) a run would be one long
  // chain of promises: timers (the lease's renewal, the acks' batching) would never get their turn.
  else await yieldToTimers();
}
