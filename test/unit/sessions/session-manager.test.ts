import { describe, expect, it, onTestFinished } from 'vitest';
import type { DriverEvent } from '../../../src/domain/driver-events.js';
import { EventBus, type GatewayEvent } from '../../../src/events.js';
import { createLogger } from '../../../src/logger.js';
import type { SessionLease } from '../../../src/sessions/session-lease.js';
import { SessionManager } from '../../../src/sessions/session-manager.js';
import { SessionStanding } from '../../../src/sessions/session-standing.js';
import { SandboxDriver } from '../../../src/whatsapp/sandbox/sandbox-driver.js';

/** What a database that is away throws: the driver's refused connection. */
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/**
 * A session manager on the sandbox, whose event pipeline and lease a test switches between a database that
 * answers and one that is away; `back()` is what the manager's wait for the database resolves on.
 */
async function manager(options: { eventQueueLimit?: number; eventBacklogHigh?: number; ttlMs?: number; storesTogether?: boolean } = {}) {
  const database = { up: true, waiters: [] as Array<() => void> };
  const dropped: number[] = [];
  const fenced: string[] = [];
  const stored: string[] = [];
  const batches: string[][] = [];
  let attempts = 0;
  const lease = {
    owner: 'test',
    ttlMs: options.ttlMs ?? 30_000,
    acquire: async () => undefined,
    renew: async () => {
      if (!database.up) throw refused();
      return true;
    },
    release: async () => undefined,
  } as unknown as SessionLease;
  const bus = new EventBus();
  const standing = new SessionStanding();
  const sessions = new SessionManager({
    createDriver: async () => new SandboxDriver({ ackDelayMs: 10, latencyMs: 0, qrRefreshMs: 60_000 }, createLogger('silent')),
    lease,
    standing,
    onLeaseLost: async () => undefined,
    onFenced: (session) => fenced.push(session),
    waitForDatabase: (signal) =>
      database.up || signal.aborted
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            database.waiters.push(resolve);
            signal.addEventListener('abort', () => resolve(), { once: true });
          }),
    dropped: (_session, count) => dropped.push(count),
    eventQueueLimit: options.eventQueueLimit,
    eventBacklogHigh: options.eventBacklogHigh,
    logger: createLogger('silent'),
  });
  sessions.handEventsTo({
    reshape: async (_driver, event) => event,
    storesTogether: (event) => (options.storesTogether ?? true) && event === 'message',
    store: async (_session, events) => {
      attempts += 1;
      if (!database.up) throw refused();
      batches.push(events.map((event) => event.event));
      for (const event of events) if (event.event === 'message') stored.push(event.data.body);
    },
    announce: (event) => {
      standing.note(event);
      bus.publish(event);
    },
  });
  const announced: GatewayEvent[] = [];
  const events = bus.subscribeLocal()[Symbol.asyncIterator]();
  void (async () => {
    for (let next = await events.next(); !next.done; next = await events.next()) announced.push(next.value);
  })();
  onTestFinished(async () => {
    await events.return?.();
    await sessions.closeAll();
  });
  const { driver } = await sessions.open('default');
  const sandbox = driver as SandboxDriver;
  sandbox.link();
  await expect.poll(() => sessions.isReady('default')).toBe(true);
  return {
    sessions,
    sandbox,
    announced,
    stored,
    batches,
    attempts: () => attempts,
    dropped,
    fenced,
    away: () => void (database.up = false),
    back: () => {
      database.up = true;
      for (const resolve of database.waiters.splice(0)) resolve();
    },
  };
}

/** Whether the promise settles within `ms`. */
const settledWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

const bodies = (events: Array<GatewayEvent | DriverEvent>) =>
  events.flatMap((event) => (event.event === 'message' ? [event.data.body] : []));

describe('the session manager while the database is away', () => {
  it('keeps incoming events waiting, in order and unannounced, then stores and announces them once it is back', async () => {
    const { sandbox, sessions, announced, stored, away, back } = await manager();
    away();
    for (const body of ['one', 'two', 'three']) sandbox.inbound({ from: '966501112222', body });
    await expect.poll(() => [...sessions.eventQueues()][0]?.depth).toBeGreaterThanOrEqual(2);
    expect(bodies(announced)).toEqual([]);
    back();
    await expect.poll(() => bodies(announced)).toEqual(['one', 'two', 'three']);
    expect(stored).toEqual(['one', 'two', 'three']);
    expect([...sessions.eventQueues()]).toEqual([{ session: 'default', depth: 0, oldestAgeSeconds: 0 }]);
  });

  it('stores the messages that waited together as one batch, in order, and what else waited on its own', async () => {
    const { sandbox, announced, stored, batches, attempts, away, back } = await manager();
    away();
    sandbox.inbound({ from: '966501112222', body: 'first' });
    // The queue holds what it took, trying it again once the database is back; the rest waits behind it.
    await expect.poll(() => attempts()).toBeGreaterThan(0);
    for (const body of ['one', 'two', 'three']) sandbox.inbound({ from: '966501112222', body });
    sandbox.inboundCall({ from: '966501112222', isVideo: false });
    sandbox.inbound({ from: '966501112222', body: 'four' });
    back();
    await expect.poll(() => bodies(announced)).toEqual(['first', 'one', 'two', 'three', 'four']);
    expect(stored).toEqual(['first', 'one', 'two', 'three', 'four']);
    const mine = batches.filter((batch) => batch.includes('message') || batch.includes('call'));
    expect(mine.flat()).toEqual(['message', 'message', 'message', 'message', 'call', 'message']);
    expect(mine.some((batch) => batch.length >= 3)).toBe(true);
    expect(mine).toContainEqual(['call']);
  });

  it('holds sends back while many events wait, and lets them go once the backlog is stored', async () => {
    const { sandbox, sessions, away, back } = await manager({ eventBacklogHigh: 20 });
    expect(await settledWithin(sessions.roomForEvents('default'), 50)).toBe(true);
    away();
    for (let i = 0; i < 30; i += 1) sandbox.inbound({ from: '966501112222', body: `burst ${i}` });
    let released = false;
    const room = sessions.roomForEvents('default').then(() => (released = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(released).toBe(false);
    back();
    await expect.poll(() => released, { timeout: 2_000 }).toBe(true);
    await room;
  });

  it('lets a held send go after a few seconds even while the database stays away, so it is answered in time', async () => {
    const { sandbox, sessions, away } = await manager({ eventBacklogHigh: 20 });
    away();
    for (let i = 0; i < 30; i += 1) sandbox.inbound({ from: '966501112222', body: `burst ${i}` });
    await sessions.roomForEvents('default');
    expect([...sessions.eventQueues()][0]!.depth).toBeGreaterThanOrEqual(20);
  });

  it('drops the oldest waiting events beyond its bound, and counts them', async () => {
    // Each event taken alone, so all but the first wait in the queue and count against its bound.
    const { sandbox, sessions, announced, dropped, away, back } = await manager({ eventQueueLimit: 3, storesTogether: false });
    away();
    for (const body of ['one', 'two', 'three', 'four', 'five', 'six']) sandbox.inbound({ from: '966501112222', body });
    await expect.poll(() => dropped.length).toBeGreaterThan(0);
    const [queue] = sessions.eventQueues();
    expect(queue!.depth).toBeLessThanOrEqual(3);
    expect(queue!.oldestAgeSeconds).toBeGreaterThan(0);
    back();
    // The newest are kept, in order; what went is counted.
    await expect.poll(() => bodies(announced).at(-1)).toBe('six');
    const kept = bodies(announced);
    expect(kept.length).toBeLessThan(6);
    expect(kept).toEqual(['one', 'two', 'three', 'four', 'five', 'six'].filter((body) => kept.includes(body)));
    expect(dropped.every((count) => count === 1)).toBe(true);
  });

  it('stops a session whose lease it could not renew in time, and refuses to act on it from then on', async () => {
    const { sessions, sandbox, fenced, away, back } = await manager({ ttlMs: 600 });
    away();
    expect(() => sessions.get('default')).not.toThrow();
    // Its lease holds for 480 ms (600 less a fifth) from the last renewal, at most 200 ms before the database went.
    await expect.poll(() => sessions.isOpen('default'), { timeout: 1_000 }).toBe(false);
    expect(sandbox.state()).not.toBe('CONNECTED');
    expect(() => sessions.get('default')).toThrow('is not open');
    // Who opens it again hears of it once its last events are stored.
    back();
    await expect.poll(() => fenced).toEqual(['default']);
  });
});
