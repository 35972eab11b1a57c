import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import { eventSerializer, type SharedEvents } from '../events.js';
import type { Logger } from '../logger.js';

/**
 * The node's connections to Redis. A connection that subscribes can do nothing else, so the event bus
 * and the control channel each listen on their own; commands (publishing, rate-limit counters) share one.
 */
export interface RedisLinks {
  commands: Redis;
  events: Redis;
  control: Redis;
  /** Where the events of every node meet: published on `commands`, heard on `events`. */
  eventTarget: SharedEvents['target'];
  /** Whether Redis answers now, for the readiness check. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** A command waits this long for Redis before it fails, rather than queueing while Redis is away. */
const COMMAND_TIMEOUT_MS = 2_000;

/** Connects all three, or fails with what Redis said, so a wrong REDIS_URL stops start-up with the reason. */
export async function connectRedis(url: string, logger: Logger): Promise<RedisLinks> {
  const log = logger.child({ component: 'redis' });
  const open = async (role: string) => {
    const client = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      commandTimeout: COMMAND_TIMEOUT_MS,
      // While Redis is away a command fails at once (a rate limit counts in memory, an event stays on this
      // node) rather than wait in a queue for the command timeout.
      enableOfflineQueue: false,
      connectionName: `waqtor-${role}`,
    });
    client.on('error', (error: Error) => log.warn({ role, reason: error.message }, 'redis connection failed; reconnecting'));
    try {
      await client.connect();
    } catch (error) {
      client.disconnect();
      throw new Error(`cannot reach Redis at REDIS_URL: ${(error as Error).message}`, { cause: error });
    }
    return client;
  };
  const links = [await open('commands'), await open('events'), await open('control')] as const;
  const [commands, events, control] = links;
  return {
    commands,
    events,
    control,
    eventTarget: createRedisEventTarget({ publishClient: commands, subscribeClient: events, serializer: eventSerializer }),
    ping: async () => (await commands.ping().catch(() => undefined)) === 'PONG',
    async close() {
      await Promise.all(links.map((client) => client.quit().catch(() => client.disconnect())));
    },
  };
}
