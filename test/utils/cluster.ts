import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { freePort } from './chaos.js';
import { scratchDatabase } from './databases.js';
import { callRest, TEST_API_KEY } from './gateway.js';
import { launch } from './process.js';
import { eventually } from './waiting.js';

/** The Redis server the cluster tests use; a test that cannot reach it fails, it does not skip. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A lease this short moves a dead node's sessions within seconds. */
export const TEST_LEASE_TTL_MS = 3_000;

export interface Delivered {
  session: string;
  chatId: string;
  body: string;
}

export interface ClusterNode {
  id: string;
  url: string;
  run: Awaited<ReturnType<typeof launch>>;
}

/**
 * Gateway processes on loopback ports sharing one fresh PostgreSQL database and Redis, each on the sandbox
 * (linked at once), all appending their deliveries to one outbox file. A fault test brings a database and
 * a Redis of its own (which it stops and starts); a node may be given other addresses for them (a proxy
 * the test can cut).
 */
export async function scratchCluster(env: Record<string, string> = {}, services: { databaseUrl?: string; redisUrl?: string } = {}) {
  const databaseUrl = services.databaseUrl ?? (await scratchPostgresDatabase());
  const dir = await mkdtemp(join(tmpdir(), 'waqtor-cluster-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const outboxPath = join(dir, 'outbox.jsonl');
  const secret = randomBytes(24).toString('hex');

  /** Starts a node; resolves once it answers requests. */
  async function start(id: string, more: Record<string, string> = {}): Promise<ClusterNode> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const run = await launch({
      API_KEY: TEST_API_KEY,
      PORT: String(port),
      HOST: '127.0.0.1',
      WHATSAPP_DRIVER: 'sandbox',
      SANDBOX_AUTO_LINK_MS: '0',
      SANDBOX_ACK_DELAY_MS: '30',
      SANDBOX_OUTBOX_PATH: outboxPath,
      DATABASE_URL: databaseUrl,
      REDIS_URL: services.redisUrl ?? TEST_REDIS_URL,
      NODE_ID: id,
      CLUSTER_ADVERTISE_URL: url,
      CLUSTER_SECRET: secret,
      SESSION_LEASE_TTL_MS: String(TEST_LEASE_TTL_MS),
      CAMPAIGN_MAX_PER_HOUR: '0',
      CAMPAIGN_MAX_PER_DAY: '0',
      CAMPAIGN_SCHEDULER_INTERVAL_MS: '200',
      ...env,
      ...more,
    });
    await run.url();
    return { id, url, run };
  }

  /** Which live node runs each session, as a node reports it. */
  async function owners(via: string): Promise<Map<string, string>> {
    const answer = await callRest(via, 'GET', '/api/cluster');
    expect(answer.status).toBe(200);
    const nodes = answer.body.data.nodes as Array<{ id: string; live: boolean; sessions: string[] }>;
    return new Map(nodes.filter((node) => node.live).flatMap((node) => node.sessions.map((session) => [session, node.id] as const)));
  }

  /** Waits until every one of `sessions` is run by a live node, and answers who runs which. */
  async function placed(via: string, sessions: string[], timeoutMs = 15_000): Promise<Map<string, string>> {
    return eventually(async () => {
      const current = await owners(via);
      expect(sessions.filter((session) => !current.has(session))).toEqual([]);
      return current;
    }, timeoutMs);
  }

  async function outbox(): Promise<Delivered[]> {
    const text = await readFile(outboxPath, 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Delivered);
  }

  return { start, owners, placed, outbox, databaseUrl, outboxPath };
}

async function scratchPostgresDatabase(): Promise<string> {
  const database = await scratchDatabase('postgresql');
  if (database.kind !== 'postgresql') throw new Error('expected PostgreSQL');
  return database.url;
}

/** Creates started sessions through one node. */
export async function createSessions(via: string, names: string[]): Promise<void> {
  for (const name of names) expect((await callRest(via, 'POST', '/api/sessions', { name })).status).toBe(200);
}
