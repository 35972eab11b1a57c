import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CampaignStore } from '../../src/campaigns/campaign-store.js';
import { openDatabase } from '../../src/db/orm.js';
import { createLogger } from '../../src/logger.js';
import { scratchDatabase } from '../utils/databases.js';
import { callRest, startGateway, TEST_API_KEY } from '../utils/gateway.js';
import { launch } from '../utils/process.js';
import { eventually, quietFor } from '../utils/waiting.js';

const finalStates = ['sent', 'delivered', 'read', 'failed', 'unknown', 'skipped'];

async function scratchDir() {
  const dir = await mkdtemp(join(tmpdir(), 'waqtor-durability-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function outbox(path: string): Promise<Array<{ chatId: string; body: string }>> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { chatId: string; body: string });
}

/** Every recipient of a campaign, through the GraphQL door. */
async function recipientsOf(url: string, id: number): Promise<Array<{ chatId: string; state: string }>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($id: ID!, $first: Int) { campaign(id: $id) { recipients(first: $first) { items { chatId state } } } }',
      variables: { id: String(id), first: 1000 },
    }),
  });
  const body = (await response.json()) as any;
  if (!body.data) throw new Error(JSON.stringify(body));
  return body.data.campaign.recipients.items;
}

/** A gateway process on the sandbox, linked at once, with the database and outbox in `dir`. */
function gatewayEnv(dir: string, extra: Record<string, string> = {}) {
  return {
    API_KEY: TEST_API_KEY,
    PORT: '0',
    HOST: '127.0.0.1',
    WHATSAPP_DRIVER: 'sandbox',
    SANDBOX_AUTO_LINK_MS: '0',
    SANDBOX_ACK_DELAY_MS: '30',
    DATABASE_PATH: join(dir, 'waqtor.db'),
    SANDBOX_OUTBOX_PATH: join(dir, 'outbox.jsonl'),
    CAMPAIGN_DELAY_MIN_MS: '0',
    CAMPAIGN_DELAY_MAX_MS: '10',
    CAMPAIGN_MAX_PER_HOUR: '0',
    CAMPAIGN_MAX_PER_DAY: '0',
    CAMPAIGN_SCHEDULER_INTERVAL_MS: '200',
    // The test polls; the limits have tests of their own.
    RATE_LIMIT_STANDARD_MAX: '100000',
    ...extra,
  };
}

async function linked(env: Record<string, string>) {
  const run = await launch(env);
  const url = await run.url();
  await eventually(async () => expect((await callRest(url, 'GET', '/api/status/client')).status).toBe(200), 10_000);
  return { run, url };
}

describe('campaigns across crashes and restarts', () => {
  it('a campaign killed with SIGKILL three times messages nobody twice, and every recipient ends sent, delivered, failed, unknown or skipped', async () => {
    const dir = await scratchDir();
    const env = gatewayEnv(dir, { SANDBOX_LATENCY_MS: '10' });
    let { run, url } = await linked(env);
    const recipients = Array.from({ length: 120 }, (_, i) => `9665013${String(20001 + i)}`);
    recipients[7] = '966501230000';
    recipients[70] = '966501240000';
    await callRest(url, 'POST', '/api/optouts', { phone: recipients[100] });
    const created = await callRest(url, 'POST', '/api/campaigns/create', { name: 'Crash', message: 'hello', recipients });
    const id = created.body.data.id as number;
    expect((await callRest(url, 'POST', `/api/campaigns/${id}/execute?wait=false`)).status).toBe(200);

    for (let kill = 1; kill <= 3; kill += 1) {
      const before = (await outbox(env.SANDBOX_OUTBOX_PATH)).length;
      await eventually(async () => expect((await outbox(env.SANDBOX_OUTBOX_PATH)).length).toBeGreaterThanOrEqual(before + 12), 15_000);
      run.kill('SIGKILL');
      await run.exited;
      ({ run, url } = await linked(env));
    }
    await eventually(async () => expect((await callRest(url, 'GET', `/api/campaigns/${id}`)).body.data.status).toBe('completed'), 30_000);

    const sends = await outbox(env.SANDBOX_OUTBOX_PATH);
    const perChat = new Map<string, number>();
    for (const send of sends) perChat.set(send.chatId, (perChat.get(send.chatId) ?? 0) + 1);
    expect([...perChat].filter(([, count]) => count > 1)).toEqual([]);

    const states = await recipientsOf(url, id);
    expect(states).toHaveLength(120);
    expect(states.filter((r) => !finalStates.includes(r.state))).toEqual([]);
    for (const { chatId, state } of states) {
      if (['sent', 'delivered', 'read'].includes(state)) expect(perChat.get(chatId), chatId).toBe(1);
      if (['failed', 'skipped'].includes(state)) expect(perChat.has(chatId), chatId).toBe(false);
    }
    expect(states.find((r) => r.chatId === '966501230000@c.us')?.state).toBe('failed');
    expect(states.find((r) => r.chatId === `${recipients[100]}@c.us`)?.state).toBe('skipped');
    const { counts } = (await callRest(url, 'GET', `/api/campaigns/${id}`)).body.data;
    expect(counts.sent + counts.failed + counts.unknown + counts.skipped).toBe(120);
    expect(counts.sent).toBe(states.filter((r) => ['sent', 'delivered', 'read'].includes(r.state)).length);
    run.child.kill('SIGTERM');
    await run.exited;
  });

  it('a schedule that falls due while the gateway is down runs when it starts again', async () => {
    const dir = await scratchDir();
    const env = gatewayEnv(dir);
    const first = await linked(env);
    const scheduledAt = new Date(Date.now() + 1_500).toISOString();
    const created = await callRest(first.url, 'POST', '/api/campaigns/create', {
      name: 'Overnight',
      message: 'morning!',
      recipients: ['966501234567'],
      scheduledAt,
    });
    expect(created.body.data).toMatchObject({ status: 'pending', scheduled_at: scheduledAt });
    first.run.child.kill('SIGTERM');
    expect(await first.run.exited).toBe(0);
    // The schedule falls due while no gateway runs.
    await quietFor(Date.parse(scheduledAt) - Date.now() + 300);
    expect(await outbox(env.SANDBOX_OUTBOX_PATH)).toEqual([]);

    const second = await linked(env);
    await eventually(
      async () => expect((await callRest(second.url, 'GET', `/api/campaigns/${created.body.data.id}`)).body.data.status).toBe('completed'),
      10_000,
    );
    expect((await outbox(env.SANDBOX_OUTBOX_PATH)).map((m) => [m.chatId, m.body])).toEqual([['966501234567@c.us', 'morning!']]);
    second.run.child.kill('SIGTERM');
    await second.run.exited;
  });

  it('two processes polling one PostgreSQL database claim each due campaign exactly once', async () => {
    const database = await scratchDatabase('postgresql');
    if (database.kind !== 'postgresql') throw new Error('expected PostgreSQL');
    const db = await openDatabase(database, createLogger('silent'));
    onTestFinished(() => db.close(true));
    const store = new CampaignStore(db);
    const due = new Date(Date.now() + 2_500);
    const ids: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const recipients = [
        { input: '966501234567', chatId: '966501234567@c.us', variables: null, message: null, state: 'pending' as const, error: null },
      ];
      ids.push(
        (
          await store.create({
            session: 'default',
            kind: 'campaign',
            name: `c${i}`,
            message: 'hi',
            scheduledAt: due,
            status: 'pending',
            recipients,
          })
        ).id,
      );
    }
    const race = () =>
      new Promise<number[]>((resolve, reject) => {
        const child = spawn(join(process.cwd(), 'node_modules/.bin/tsx'), [join(process.cwd(), 'test/fixtures/claim-due-campaigns.ts')], {
          env: {
            PATH: process.env.PATH ?? '',
            DATABASE_URL: database.url,
            DUE_MS: String(due.getTime()),
            CLAIM_UNTIL_MS: String(due.getTime() + 20_000),
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as number[]) : reject(new Error(`claimer exited ${code}`))));
      });
    const [a, b] = await Promise.all([race(), race()]);
    expect([...a, ...b].sort((x, y) => x - y)).toEqual(ids);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });

  it('the hourly cap holds across a restart', async () => {
    const dir = await scratchDir();
    const shared = { DATABASE_PATH: join(dir, 'waqtor.db'), SANDBOX_OUTBOX_PATH: join(dir, 'outbox.jsonl'), CAMPAIGN_MAX_PER_HOUR: '3' };
    const first = await startGateway(shared, { link: true });
    const created = await callRest(first.url, 'POST', '/api/campaigns/create', {
      name: 'Capped',
      message: 'hi',
      recipients: ['966501234561', '966501234562', '966501234563', '966501234564', '966501234565'],
    });
    const id = created.body.data.id as number;
    await callRest(first.url, 'POST', `/api/campaigns/${id}/execute?wait=false`);
    await eventually(async () => expect((await outbox(shared.SANDBOX_OUTBOX_PATH)).length).toBe(3));
    await eventually(() => expect(first.logs.text).toContain('the hourly or daily sending cap is reached'));
    await first.stop();

    const second = await startGateway(shared, { link: true });
    await eventually(() => expect(second.logs.text).toContain('resuming a campaign that was running when the gateway stopped'));
    await quietFor(500);
    expect((await outbox(shared.SANDBOX_OUTBOX_PATH)).length).toBe(3);
    expect((await callRest(second.url, 'GET', `/api/campaigns/${id}`)).body.data).toMatchObject({
      status: 'running',
      counts: { sent: 3, pending: 2 },
    });
    expect(second.logs.text).toContain('the hourly or daily sending cap is reached');
  });
});
