import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { eventually } from './waiting.js';

const run = promisify(execFile);

/**
 * What the fault tests stop, start and cut: services of their own (a PostgreSQL cluster made with initdb, a
 * Redis child), never the machine's, and TCP proxies between a gateway and a service that cut one node
 * off alone.
 */

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function postgresBin(): Promise<string> {
  const versions = (await readdir('/usr/lib/postgresql')).sort();
  return `/usr/lib/postgresql/${versions.at(-1)}/bin`;
}

/** PostgreSQL's programs refuse to run as root; the cluster's files belong to the `postgres` user. */
const asPostgres = (program: string, args: string[]) => run('runuser', ['-u', 'postgres', '--', program, ...args]);

export interface ScratchPostgres {
  port: number;
  /** A database URL on it (database `postgres`, trust auth). */
  url: string;
  start(): Promise<void>;
  /** Stops it as a crash would (immediate mode): connections drop, nothing is flushed politely. */
  stop(): Promise<void>;
  remove(): Promise<void>;
}

/** A PostgreSQL server of the test's own, on a free port, started. */
export async function scratchPostgres(): Promise<ScratchPostgres> {
  const bin = await postgresBin();
  const dir = await mkdtemp(join(tmpdir(), 'waqtor-pg-'));
  const { uid, gid } = await postgresUser();
  await chown(dir, uid, gid);
  const data = join(dir, 'data');
  await asPostgres(`${bin}/initdb`, ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const port = await freePort();
  // A commit is written to the WAL before it is answered (synchronous_commit stays on), so an immediate stop
  // loses nothing a client was told is stored; fsync is off, since the machine itself does not crash here.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  const server: ScratchPostgres = {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: async () => {
      await asPostgres(`${bin}/pg_ctl`, ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
    },
    stop: async () => {
      await asPostgres(`${bin}/pg_ctl`, ['-D', data, '-m', 'immediate', '-w', 'stop']);
    },
    remove: async () => {
      await server.stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['postgres']);
  const uid = Number(/uid=(\d+)/.exec(stdout)![1]);
  const gid = Number(/gid=(\d+)/.exec(stdout)![1]);
  return { uid, gid };
}

/** Makes a fresh database on a scratch server; answers its URL. */
export async function createDatabaseOn(server: ScratchPostgres, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface ScratchRedis {
  port: number;
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A Redis server of the test's own, keeping nothing on disk, started. */
export async function scratchRedis(): Promise<ScratchRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const redis: ScratchRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    start: async () => {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: 'ignore',
      });
      await eventually(async () => {
        const socket = connect(port, '127.0.0.1');
        await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
        socket.destroy();
      }, 10_000);
    },
    stop: async () => {
      const stopping = child;
      if (!stopping || stopping.exitCode !== null) return;
      const exited = new Promise((resolve) => stopping.once('exit', resolve));
      stopping.kill('SIGKILL');
      await exited;
    },
  };
  await redis.start();
  return redis;
}

export interface TcpProxy {
  port: number;
  /** Drops every connection through it and refuses new ones, as a partition or a firewall does. */
  cut(): Promise<void>;
  /** Lets connections through again. */
  heal(): Promise<void>;
  close(): Promise<void>;
}

/** A TCP proxy on a free port to `target`, which a test can cut to partition whoever connects through it. */
export async function tcpProxy(target: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const port = await freePort();
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = connect(target, '127.0.0.1');
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  const stopListening = async () => {
    const closing = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    if (closing) await new Promise((resolve) => closing.close(resolve));
  };
  await listen();
  return { port, cut: stopListening, heal: listen, close: stopListening };
}
