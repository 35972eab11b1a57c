/**
 * The container image: its size and build time (as the smoke script reports them; a build reuses the
 * layers of an earlier one when their inputs did not change), and the time from `podman run` to the first
 * 200 of `/health/ready` on the sandbox driver, beside a bare `node:http` server started from the base image
 * the same way in the same run (these machines are noisy). Needs root and podman, as the container tests do.
 * Run: `npx tsx scripts/bench/container.ts` (also part of `npm run bench`).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, runImage, ulimitArgs } from '../container/run-image.js';

const RUNS = 3;
const BASE = 'docker.io/library/node:20-bookworm-slim';
const BARE_SERVER = "require('node:http').createServer((_, res) => res.end('ok')).listen(process.env.PORT, '127.0.0.1')";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const image = await runImage({
  path: '/health/ready',
  env: { API_KEY: 'bench-key-0123456789', WHATSAPP_DRIVER: 'sandbox' },
});
// Only its build and its figures are needed; the runs below are timed more finely than the script polls.
await image.remove();
const limits = await ulimitArgs();
const baseMb = Number(await image.podman('image', 'inspect', BASE, '--format', '{{.Size}}')) / 1e6;

/** Milliseconds from `podman run` to the first 200 of `path`, polled every 20 ms. */
async function runToAnswer(tag: string, path: string, command: string[], env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const envArgs = Object.entries({ ...env, PORT: String(port) }).flatMap(([name, value]) => ['-e', `${name}=${value}`]);
  const started = performance.now();
  const container = await image.podman('run', '-d', '--network', 'host', ...limits, ...envArgs, tag, ...command);
  try {
    for (;;) {
      const answer = await fetch(`http://127.0.0.1:${port}${path}`).catch(() => undefined);
      if (answer?.status === 200) return performance.now() - started;
      await sleep(20);
    }
  } finally {
    await image.podman('rm', '-f', '-t', '0', container);
  }
}

const gateway: number[] = [];
const bare: number[] = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(await runToAnswer(BASE, '/', ['node', '-e', BARE_SERVER], {}));
  gateway.push(await runToAnswer(image.tag, '/health/ready', [], { API_KEY: 'bench-key-0123456789', WHATSAPP_DRIVER: 'sandbox' }));
}

console.log(`\nContainer image (median of ${RUNS} runs; podman, host network)\n`);
console.log('| what | image size | build | run → first 200 |');
console.log('|---|---|---|---|');
console.log(`| bare node:http on ${BASE} | ${baseMb.toFixed(0)} MB | - | ${median(bare).toFixed(0)} ms |`);
console.log(
  `| WaQtor image, sandbox, /health/ready | ${image.figures.imageMb} MB | ${image.figures.buildS} s | ${median(gateway).toFixed(0)} ms |`,
);
