import { expect } from 'vitest';
import { TEST_API_KEY } from './gateway.js';

/** The value of the sample with this name and (at least) these labels, from Prometheus' text format. */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, key, value]) => [key, value]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

/** What a Prometheus scrape of the gateway at `url` reads, with the test key. */
export async function scrape(gateway: { url: string }): Promise<string> {
  const response = await fetch(`${gateway.url}/metrics`, { headers: { 'x-api-key': TEST_API_KEY } });
  expect(response.status).toBe(200);
  return response.text();
}
