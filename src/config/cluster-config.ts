import { z } from 'zod';
import { integer, presence } from './env-values.js';

/**
 * Sessions' leases, and the cluster: one gateway unless REDIS_URL is set, then a node among others that
 * share PostgreSQL and Redis, reach each other at their advertised URLs and sign what they forward.
 */
export const clusterConfig = z
  .object({
    DATABASE_URL: presence,
    REDIS_URL: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || /^rediss?:\/\//.test(value), 'REDIS_URL must be a redis:// or rediss:// URL'),
    NODE_ID: z
      .string()
      .trim()
      .max(200, 'NODE_ID must be at most 200 characters')
      .regex(/^[\w.:@ ()-]+$/, 'NODE_ID may hold letters, digits, spaces and . : @ ( ) - _')
      .optional(),
    CLUSTER_ADVERTISE_URL: z
      .string()
      .trim()
      .optional()
      .refine(
        (value) => !value || /^https?:\/\/[^/]+\/?$/.test(value),
        'CLUSTER_ADVERTISE_URL must be the http(s)://host:port where the other nodes reach this one, with no path',
      ),
    NODE_MAX_SESSIONS: integer('NODE_MAX_SESSIONS', 1).default(50),
    SESSION_LEASE_TTL_MS: integer('SESSION_LEASE_TTL_MS', 1000).default(30_000),
    CLUSTER_SECRET: z.string().trim().min(16, 'CLUSTER_SECRET must be at least 16 characters (e.g. `openssl rand -hex 32`)').optional(),
  })
  .refine((env) => !env.REDIS_URL || env.DATABASE_URL, {
    message:
      'REDIS_URL needs DATABASE_URL: the nodes of a cluster share their state in PostgreSQL (unset REDIS_URL to run one gateway on SQLite)',
    path: ['REDIS_URL'],
  })
  .refine((env) => !env.REDIS_URL || env.CLUSTER_ADVERTISE_URL, {
    message:
      'CLUSTER_ADVERTISE_URL is required in cluster mode (DATABASE_URL and REDIS_URL set): the http://host:port the other nodes reach this one at',
    path: ['CLUSTER_ADVERTISE_URL'],
  })
  .refine((env) => !env.REDIS_URL || env.CLUSTER_SECRET, {
    message:
      'CLUSTER_SECRET is required in cluster mode (DATABASE_URL and REDIS_URL set): the same long random secret on every node (e.g. `openssl rand -hex 32`)',
    path: ['CLUSTER_SECRET'],
  })
  .refine((env) => env.REDIS_URL || (!env.CLUSTER_ADVERTISE_URL && !env.CLUSTER_SECRET), {
    message: 'CLUSTER_ADVERTISE_URL and CLUSTER_SECRET only apply in cluster mode: set REDIS_URL (and DATABASE_URL), or unset them',
    path: ['CLUSTER_ADVERTISE_URL'],
  })
  .transform((env) => ({
    sessions: { leaseTtlMs: env.SESSION_LEASE_TTL_MS },
    /** Unset: the host and pid name this process, as they do its other leases. */
    nodeId: env.NODE_ID,
    cluster:
      env.REDIS_URL && env.DATABASE_URL && env.CLUSTER_ADVERTISE_URL && env.CLUSTER_SECRET
        ? {
            redisUrl: env.REDIS_URL,
            advertiseUrl: env.CLUSTER_ADVERTISE_URL.replace(/\/$/, ''),
            maxSessions: env.NODE_MAX_SESSIONS,
            secret: env.CLUSTER_SECRET,
          }
        : undefined,
  }));
