import { randomBytes } from 'node:crypto';
import { chown, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runImage, type RunningImage } from '../../scripts/container/run-image.js';
import { descendants, processInfo } from '../utils/host-processes.js';
import { eventually } from '../utils/waiting.js';

const API_KEY = randomBytes(24).toString('hex');
/** The image's unprivileged user, `node` in the Node.js base image. */
const NODE_UID = 1000;

const running: RunningImage[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((image) => image.remove()));
});

async function start(env: Record<string, string>, volumes: string[] = []) {
  const image = await runImage({ path: '/health/ready', env, volumes });
  running.push(image);
  process.stdout.write(
    `image ${image.figures.imageMb} MB, build ${image.figures.buildS} s, run to /health/ready ${image.figures.startToAnswerS} s\n`,
  );
  return image;
}

const call = async (image: RunningImage, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${image.url}${path}`, {
    method,
    headers: { 'x-api-key': API_KEY, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data: Record<string, unknown> } };
};

/** `podman stop` as `docker stop` does it: SIGTERM, and SIGKILL after 10 s. How long it took, and how it ended. */
async function stop(image: RunningImage) {
  const started = Date.now();
  await image.podman('stop', '-t', '10', image.container);
  const tookMs = Date.now() - started;
  const exitCode = Number(await image.podman('inspect', '-f', '{{.State.ExitCode}}', image.container));
  const logLines = (await image.logs())
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg: string; signal?: string });
  return { tookMs, exitCode, logLines };
}

describe('the container image (built by ../shared/containers/smoke-image.sh)', () => {
  it('serves the sandbox as uid 1000, writes what it sends into its volume, and drains on SIGTERM within 10 s', async () => {
    const runtime = await mkdtemp(join(tmpdir(), 'waqtor-image-'));
    await chown(runtime, NODE_UID, NODE_UID);
    try {
      const image = await start(
        {
          API_KEY,
          WHATSAPP_DRIVER: 'sandbox',
          SANDBOX_AUTO_LINK_MS: '0',
          SANDBOX_OUTBOX_PATH: '/app/runtime/sandbox-outbox.jsonl',
        },
        [`${runtime}:/app/runtime`],
      );

      const config = JSON.parse(await image.podman('image', 'inspect', image.tag, '--format', '{{json .Config}}')) as Record<
        string,
        unknown
      >;
      expect(config).toMatchObject({
        User: 'node',
        ExposedPorts: { '8080/tcp': {} },
        Volumes: { '/app/runtime': {} },
        Entrypoint: ['/usr/bin/tini', '--'],
        Env: expect.arrayContaining(['PUPPETEER_SKIP_DOWNLOAD=true', 'CHROME_PATH=/usr/bin/chromium', 'TRIAL=false']),
      });
      // The image's own HEALTHCHECK passes (podman runs it; it exits non-zero when the check fails).
      await image.podman('healthcheck', 'run', image.container);

      const ready = await fetch(`${image.url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok' } });

      // tini is PID 1 and the gateway its child; both run as the image's unprivileged user.
      const init = processInfo(await image.hostPid());
      expect(init).toMatchObject({ uid: NODE_UID, command: expect.stringMatching(/tini -- node build\/launch\.js$/) });
      expect(descendants(init!.pid)).toEqual([expect.objectContaining({ uid: NODE_UID, command: 'node build/launch.js' })]);

      await eventually(async () => expect((await call(image, 'GET', '/api/status/client')).status).toBe(200), 15_000);
      const sent = await call(image, 'POST', '/api/messages/send-text', { phone: '966501234567', message: 'from the container' });
      expect(sent).toMatchObject({ status: 200, body: { success: true, data: { id: expect.any(String), to: '966501234567' } } });

      const outbox = join(runtime, 'sandbox-outbox.jsonl');
      await eventually(async () => {
        const lines = (await readFile(outbox, 'utf8')).trim().split('\n');
        expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
          expect.objectContaining({ id: sent.body.data.id, chatId: '966501234567@c.us', body: 'from the container' }),
        ]);
      }, 10_000);
      expect((await stat(outbox)).uid).toBe(NODE_UID);
      // The SQLite file is in the volume too: the send above outlives the container.
      expect((await stat(join(runtime, 'db', 'waqtor.db'))).uid).toBe(NODE_UID);

      const stopped = await stop(image);
      expect(stopped.exitCode).toBe(0);
      expect(stopped.tookMs).toBeLessThan(10_000);
      expect(stopped.logLines.map((line) => line.msg)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
      expect(stopped.logLines.find((line) => line.msg === 'stopping')).toMatchObject({ signal: 'SIGTERM' });

      // The key of .env.example is refused, unless the user says this is a trial.
      const example = { API_KEY: 'change-me-to-a-long-random-secret', WHATSAPP_DRIVER: 'sandbox', PORT: '0' };
      const refused = await image.runToEnd(example);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(
        'API_KEY is still the example value from .env.example: set it to a long random secret (e.g. `openssl rand -hex 32`), or set TRIAL=true to try the gateway with it',
      );
    } finally {
      await rm(runtime, { recursive: true, force: true });
    }
  }, 300_000);

  it("launches Debian's Chromium for the whatsapp-web.js driver, reports it reconnecting offline, and leaves no Chromium after SIGTERM", async () => {
    const image = await start({ API_KEY, WHATSAPP_DRIVER: 'wwebjs', WWEBJS_RESTART_BASE_MS: '300', WWEBJS_RESTART_MAX_MS: '1200' });

    const status = await eventually(async () => {
      const answer = await call(image, 'GET', '/api/status/client');
      expect(answer.status).toBe(503);
      expect(answer.body.data.message).toMatch(/^reconnecting \(attempt \d+, next try in \d+ s\): could not open WhatsApp Web: net::ERR_/);
      return answer;
    }, 60_000);
    expect(status.body.data).toMatchObject({ status: 'disconnected', ready: false });

    const browsers = await eventually(async () => {
      const found = descendants(await image.hostPid()).filter((process) => process.command.startsWith('/usr/lib/chromium/chromium'));
      expect(found).not.toEqual([]);
      return found;
    }, 30_000);
    expect(browsers.every((process) => process.uid === NODE_UID)).toBe(true);

    const stopped = await stop(image);
    expect(stopped.exitCode).toBe(0);
    expect(stopped.tookMs).toBeLessThan(10_000);
    expect(stopped.logLines.map((line) => line.msg)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
    expect(browsers.filter((process) => processInfo(process.pid) !== undefined)).toEqual([]);
  }, 300_000);
});
