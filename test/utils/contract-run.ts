import { monitorEventLoopDelay } from 'node:perf_hooks';
import { expect } from 'vitest';
import type { KnownValues } from './contract-inputs.js';
import { TEST_API_KEY, type TestGateway } from './gateway.js';

/**
 * Generated cases per operation, and the seed they grow from: fixed, so a finding repeats. Run longer by
 * hand with CONTRACT_RUNS=200 (and another CONTRACT_SEED to look elsewhere).
 */
export const CONTRACT_RUNS = Number(process.env.CONTRACT_RUNS ?? 10);
export const CONTRACT_SEED = Number(process.env.CONTRACT_SEED ?? 20_261_204);

async function created(gateway: TestGateway, path: string, body: unknown): Promise<string> {
  const response = await fetch(`${gateway.url}${path}`, {
    method: 'POST',
    headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { data?: Record<string, unknown> };
  // The id is the data's own, or that of the one thing the data wraps (a webhook beside its secret).
  const id = [answer.data, ...Object.values(answer.data ?? {})].map((value) => (value as { id?: unknown } | null)?.id).find(Boolean);
  if (!response.ok || id === undefined) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return String(id);
}

/** One of each thing the API names by id, made on a linked sandbox, so generated requests find them. */
export async function knownValues(gateway: TestGateway): Promise<KnownValues> {
  const message = await created(gateway, '/api/messages/send-text', { phone: '966501234567', message: 'contract' });
  const campaign = await created(gateway, '/api/campaigns/create', {
    name: 'contract',
    message: 'Hi',
    recipients: ['966501234567'],
    scheduled_at: '2099-01-01T09:00:00Z',
  });
  const webhook = await created(gateway, '/api/webhooks', { url: 'http://127.0.0.1:9/hook' });
  const key = await created(gateway, '/api/keys', { name: 'contract', sessions: ['default'] });
  const group = await created(gateway, '/api/groups', { name: 'Contract', participants: ['966501234567'] });
  return {
    session: ['default'],
    id: [message, campaign, webhook, key, group, 'nothing-by-this-id'],
    messageId: [message],
    chatId: ['966501234567@c.us', group],
    phone: ['966501234567'],
    url: ['http://127.0.0.1:9/hook'],
    emoji: ['👍'],
    name: ['contract'],
  };
}

/** What the contract found, one example per operation and kind of problem, so a flood stays readable. */
export class Findings {
  readonly #seen = new Map<string, string>();

  add(where: string, problem: string): void {
    const kind = `${where.split(' [')[0]} ${problem.slice(0, 60)}`;
    if (!this.#seen.has(kind)) this.#seen.set(kind, `${where}: ${problem}`);
  }

  list(): string[] {
    return [...this.#seen.values()];
  }
}

/**
 * What a contract run costs the gateway, which runs in the test's process: how much its heap grows, and
 * how long its event loop stalls at worst (an input that makes it work for seconds shows there).
 */
export function watchCost() {
  const heapBefore = process.memoryUsage().heapUsed;
  const lag = monitorEventLoopDelay({ resolution: 20 });
  lag.enable();
  return () => {
    lag.disable();
    return { heapGrowth: process.memoryUsage().heapUsed - heapBefore, stallMs: lag.max / 1e6 };
  };
}

/** The end of a contract run: the gateway still answers, nothing was found, and its heap stayed bounded. */
export async function endContractRun(
  gateway: TestGateway,
  run: { summary: string; findings: Findings; cost: ReturnType<typeof watchCost>; annotate: (note: string) => Promise<unknown> },
): Promise<void> {
  expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
  const { heapGrowth, stallMs } = run.cost();
  await run.annotate(
    `${run.summary} (seed ${CONTRACT_SEED}, ${CONTRACT_RUNS} each); heap grew ${(heapGrowth / 2 ** 20).toFixed(0)} MB; the event loop stalled ${stallMs.toFixed(0)} ms at worst`,
  );
  expect(run.findings.list()).toEqual([]);
  expect(heapGrowth).toBeLessThan(512 * 2 ** 20);
}
