/**
 * Runs the image of the repository's Dockerfile through the smoke script that sits beside the repository
 * (`../shared/containers/smoke-image.sh`: rootful podman, no Docker daemon), for the container tests and
 * the container benchmark.
 */
import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const SMOKE_IMAGE = resolve('../shared/containers/smoke-image.sh');

/**
 * The limits podman must be given on these machines, as the smoke script gives them: its defaults ask for
 * more open files and processes than root may set here.
 */
export async function ulimitArgs(): Promise<string[]> {
  const { stdout } = await run('sh', ['-c', 'ulimit -Hn']);
  const files = stdout.trim() === 'unlimited' ? 1048576 : Math.min(Number(stdout.trim()), 1048576);
  return ['--ulimit', `nofile=${files}:${files}`, '--ulimit', 'nproc=16384:16384'];
}

/** What the smoke script says of an image it built and started: `image 1311 MB, build 95s, start-to-answer 2s`. */
export interface SmokeFigures {
  imageMb: number;
  buildS: number;
  startToAnswerS: number;
}

/** A port of the host's loopback that nothing listens on. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * The tag every run builds. It stays after a run: its layers are the cache of the next build, which then
 * takes seconds instead of a minute and a half when only the sources changed.
 */
const TAG = 'localhost/waqtor:smoke';

/**
 * The image of the repository's Dockerfile, running: built (from the layer cache when nothing changed) and
 * started by the smoke script, which leaves it running once `path` answers 2xx on the host's `port`.
 */
export async function runImage(options: { path: string; env: Record<string, string>; volumes?: string[] }) {
  // The container shares the host's network, so the gateway listens on a free port of the host itself.
  const port = await freePort();
  const args = ['-t', TAG, '-p', String(port), '-u', options.path, '-w', '180', '--keep-running'];
  for (const [name, value] of Object.entries({ PORT: String(port), ...options.env })) args.push('-e', `${name}=${value}`);
  for (const volume of options.volumes ?? []) args.push('-v', volume);
  const output = await new Promise<string>((done) => {
    const child = spawn(SMOKE_IMAGE, [...args, '.'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('close', () => done(text));
    child.on('error', (error) => done(`${text}\n${error.message}`));
  });
  // The script leaves the container running even when it failed, and says how to remove it.
  const left = output.match(/left running: (\S+) \(.*\)\. Stop with: (.+) rm -f \1 /);
  const podmanCommand = left?.[2]!.split(' ') ?? [];
  const podman = async (...podmanArgs: string[]) =>
    (await run(podmanCommand[0]!, [...podmanCommand.slice(1), ...podmanArgs])).stdout.trim();
  const container = left?.[1] ?? '';
  const remove = async () => {
    if (!left) return;
    await podman('rm', '-f', '-t', '0', container).catch(() => undefined);
    // Builds of older sources, untagged by this one, go once a day old; newer ones are the next build's cache.
    await podman('image', 'prune', '-f', '--filter', 'until=24h').catch(() => undefined);
  };
  const passed = output.match(/^PASS: .*\(image (\d+) MB, build (\d+)s, start-to-answer (\d+)s/m);
  if (!passed) {
    await remove();
    throw new Error(`the image did not build and answer ${options.path}:\n${output.slice(-6_000)}`);
  }
  const figures: SmokeFigures = { imageMb: Number(passed[1]), buildS: Number(passed[2]), startToAnswerS: Number(passed[3]) };
  return {
    tag: TAG,
    container,
    figures,
    url: `http://127.0.0.1:${port}`,
    podman,
    /** The container's first process (its PID 1) as the host sees it. */
    hostPid: async () => Number(await podman('inspect', '-f', '{{.State.Pid}}', container)),
    logs: async () => {
      const { stdout, stderr } = await run(podmanCommand[0]!, [...podmanCommand.slice(1), 'logs', container]);
      return stdout + stderr;
    },
    /** Runs the image once more, to its end, on the host's network: its exit code and what it printed. */
    runToEnd: async (env: Record<string, string>) => {
      const envArgs = Object.entries(env).flatMap(([name, value]) => ['-e', `${name}=${value}`]);
      const args = [...podmanCommand.slice(1), 'run', '--rm', '--network', 'host', ...(await ulimitArgs()), ...envArgs, TAG];
      return run(podmanCommand[0]!, args).then(
        ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
      );
    },
    /** Removes the container, whatever state it is in. */
    remove,
  };
}

export type RunningImage = Awaited<ReturnType<typeof runImage>>;
