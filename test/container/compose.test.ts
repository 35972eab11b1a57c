import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const run = promisify(execFile);

interface Service {
  image?: string;
  build?: unknown;
  profiles?: string[];
  ports?: unknown[];
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  volumes?: unknown[];
}

/** A user's checkout: the compose file beside the `.env` made from `.env.example`, with a secret of theirs. */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waqtor-compose-'));
  await copyFile('compose.yaml', join(dir, 'compose.yaml'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function composeConfig(env: string) {
  await writeFile(join(dir, '.env'), env);
  return run('docker-compose', ['--profile', 'cluster', 'config'], { cwd: dir, env: { PATH: process.env.PATH } });
}

describe('compose.yaml', () => {
  it('resolves with .env.example as its environment: a gateway on PostgreSQL and Redis, and a second node in the cluster profile', async () => {
    const example = await readFile('.env.example', 'utf8');
    const { stdout } = await composeConfig(`${example}\nCLUSTER_SECRET=a-cluster-secret-0123456789\n`);
    const { services, volumes } = parse(stdout) as { services: Record<string, Service>; volumes: Record<string, unknown> };
    expect(Object.keys(services).sort()).toEqual(['gateway', 'gateway-2', 'postgres', 'redis']);

    const healthy = { condition: 'service_healthy' };
    for (const name of ['gateway', 'gateway-2']) {
      const gateway = services[name]!;
      expect(gateway.depends_on).toEqual({ postgres: healthy, redis: healthy });
      expect(gateway.healthcheck!.test.join(' ')).toContain('http://127.0.0.1:8080/health/ready');
      expect(gateway.environment).toMatchObject({
        PORT: '8080',
        TRIAL: 'false',
        DATABASE_URL: 'postgres://waqtor:waqtor@postgres:5432/waqtor',
        REDIS_URL: 'redis://redis:6379',
        CLUSTER_SECRET: 'a-cluster-secret-0123456789',
        // Every other setting comes from .env.
        WHATSAPP_DRIVER: 'wwebjs',
        CAMPAIGN_MAX_PER_DAY: '250',
      });
    }
    expect(services.gateway!.environment).toMatchObject({ NODE_ID: 'gateway-1', CLUSTER_ADVERTISE_URL: 'http://gateway:8080' });
    expect(services['gateway-2']!.environment).toMatchObject({ NODE_ID: 'gateway-2', CLUSTER_ADVERTISE_URL: 'http://gateway-2:8080' });
    expect(services.gateway!.profiles).toBeUndefined();
    expect(services['gateway-2']!.profiles).toEqual(['cluster']);
    expect(services.gateway!.volumes).toEqual(['runtime:/app/runtime:rw']);
    expect(services['gateway-2']!.volumes).toEqual(['runtime-2:/app/runtime:rw']);
    expect(services.gateway!.ports).toEqual([{ published: 8080, target: 8080 }]);
    expect(services['gateway-2']!.ports).toEqual([{ published: 8081, target: 8080 }]);

    expect(services.postgres!.healthcheck!.test).toEqual(['CMD', 'pg_isready', '-U', 'waqtor', '-d', 'waqtor']);
    expect(services.postgres!.volumes).toEqual(['postgres:/var/lib/postgresql/data:rw']);
    expect(services.redis!.healthcheck!.test).toEqual(['CMD', 'redis-cli', 'ping']);
    expect(services.redis!.volumes).toEqual(['redis:/data:rw']);
    expect(Object.keys(volumes).sort()).toEqual(['postgres', 'redis', 'runtime', 'runtime-2']);
  });

  it('publishes the gateway on the PORT of .env, and lets TRIAL=true through', async () => {
    const { stdout } = await composeConfig('API_KEY=k\nPORT=9090\nTRIAL=true\nCLUSTER_SECRET=a-cluster-secret-0123456789\n');
    const { services } = parse(stdout) as { services: Record<string, Service> };
    expect(services.gateway!.ports).toEqual([{ published: 9090, target: 8080 }]);
    expect(services.gateway!.environment).toMatchObject({ PORT: '8080', TRIAL: 'true' });
  });

  it('refuses to start without a CLUSTER_SECRET, saying how to make one', async () => {
    const refused = await composeConfig('API_KEY=k\nCLUSTER_SECRET=\n').then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain('set CLUSTER_SECRET in .env to a long random secret (openssl rand -hex 32)');
  });
});
