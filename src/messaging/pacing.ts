import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A random gap between sends. Evenly spaced bursts are what WhatsApp's spam detection looks for; a
 * jittered gap looks like a person working through a list.
 */
export function pause(minMs: number, maxMs: number): Promise<void> {
  const ms = minMs + Math.floor(Math.random() * (maxMs - minMs + 1));
  return ms > 0 ? sleep(ms) : Promise.resolve();
}
