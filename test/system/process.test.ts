import { existsSync, readdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BrowserProfile } from '../../src/whatsapp/wwebjs/browser-profile.js';
import { TEST_API_KEY } from '../utils/gateway.js';
import { launch } from '../utils/process.js';
import { eventually } from '../utils/waiting.js';

describe('the gateway process', () => {
  it('refuses a bad configuration with one line per problem and no stack trace', async () => {
    const run = await launch({ PORT: 'eighty', WHATSAPP_DRIVER: 'baileys' });
    expect(await run.exited).toBe(1);
    const { stderr } = run.output();
    expect(stderr).toContain('WaQtor cannot start. Invalid configuration:');
    expect(stderr).toContain('  - API_KEY is required');
    expect(stderr).toContain('  - PORT must be a whole number');
    expect(stderr).toContain('  - WHATSAPP_DRIVER must be one of wwebjs, sandbox');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('serves with the sandbox driver and stops cleanly on SIGTERM, logging no secret', async () => {
    const run = await launch({
      API_KEY: TEST_API_KEY,
      PORT: '0',
      HOST: '127.0.0.1',
      WHATSAPP_DRIVER: 'sandbox',
      TEST_PHONE_NUMBER: '971505121583',
    });
    const url = await run.url();
    expect(run.logLines()[0]!.msg).toBe('starting with the sandbox driver');
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
      body: JSON.stringify({ query: '{ clientStatus { state } }' }),
    });
    expect(await response.json()).toEqual({ data: { clientStatus: { state: 'PAIRING' } } });

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    const { stdout } = run.output();
    expect(stdout).toContain('"msg":"stopped"');
    expect(stdout).not.toContain(TEST_API_KEY);
    expect(stdout).not.toContain('971505121583');
  });

  it('loads what it needs only on first use (GraphiQL, a QR image) as well on a start from its compiled-code cache', async () => {
    const env = { API_KEY: TEST_API_KEY, PORT: '0', HOST: '127.0.0.1', WHATSAPP_DRIVER: 'sandbox' };
    const cache = join(process.cwd(), 'build/bundle/gateway.cjs.v8-cache');
    await (await launch(env)).url();
    // A start that finds no cache writes one a few seconds in; every build starts without one.
    await eventually(() => expect(existsSync(cache)).toBe(true), 20_000);
    const url = await (await launch(env)).url();
    const graphiql = await fetch(`${url}/graphql/assets/graphiql.js`);
    expect(graphiql.status).toBe(200);
    expect(graphiql.headers.get('content-type')).toContain('javascript');
    await eventually(async () => {
      const qr = await fetch(`${url}/api/sessions/default/qr?format=png`, { headers: { 'x-api-key': TEST_API_KEY } });
      expect(qr.status).toBe(200);
      expect(qr.headers.get('content-type')).toBe('image/png');
    });
  });

  describe("with the default driver, whatsapp-web.js on Debian's Chromium (no internet here)", () => {
    it('launches Chromium, keeps serving, answers 503 while not ready, retries with backoff, and leaves no Chromium after SIGTERM', async () => {
      const run = await launch({
        API_KEY: TEST_API_KEY,
        PORT: '0',
        HOST: '127.0.0.1',
        WWEBJS_RESTART_BASE_MS: '300',
        WWEBJS_RESTART_MAX_MS: '1200',
      });
      const url = await run.url();
      expect(run.logLines()[0]!.msg).toBe('starting with the wwebjs driver (WHATSAPP_DRIVER is not set)');
      const profile = new BrowserProfile(join(run.cwd, 'runtime', 'session'), 'default');

      const restarts = () => run.logLines().filter((line) => line.delayMs !== undefined);
      await expect.poll(() => restarts().length, { timeout: 30_000, interval: 200 }).toBeGreaterThanOrEqual(3);
      const [first, second, third] = restarts();
      expect(first).toMatchObject({
        reason: 'NAVIGATION',
        attempt: 1,
        cause: expect.stringMatching(/^could not open WhatsApp Web: net::ERR_/),
      });
      expect([second!.attempt, third!.attempt]).toEqual([2, 3]);
      expect(first!.delayMs).toBeLessThanOrEqual(300);
      expect(third!.delayMs).toBeGreaterThanOrEqual(600);
      expect(first!.msg).toMatch(/^WhatsApp client restarting in \d+\.\d s \(attempt 1\): could not open WhatsApp Web/);
      // Chromium really ran on the session's profile.
      expect(readdirSync(profile.dir)).toContain('Local State');

      // Read while it launches, and while it waits between attempts: each says what is happening.
      const seen = new Map<string, unknown>();
      await expect
        .poll(
          async () => {
            const status = await fetch(`${url}/api/status/client`, { headers: { 'x-api-key': TEST_API_KEY } });
            const body = (await status.json()) as { data: { message: string } };
            seen.set(body.data.message.startsWith('reconnecting') ? 'waiting' : 'launching', { status: status.status, body });
            return [...seen.keys()].sort();
          },
          { timeout: 15_000, interval: 50 },
        )
        .toEqual(['launching', 'waiting']);
      expect(seen.get('launching')).toEqual({
        status: 503,
        body: {
          success: false,
          data: {
            status: 'disconnected',
            ready: false,
            state: expect.stringMatching(/^(UNLAUNCHED|OPENING)$/),
            message: 'WhatsApp client is starting.',
          },
        },
      });
      expect(seen.get('waiting')).toEqual({
        status: 503,
        body: {
          success: false,
          data: {
            status: 'disconnected',
            ready: false,
            state: 'UNLAUNCHED',
            message: expect.stringMatching(/^reconnecting \(attempt \d+, next try in \d+ s\): could not open WhatsApp Web: net::ERR_/),
          },
        },
      });

      await expect.poll(() => profile.browserPids(), { timeout: 15_000, interval: 20 }).not.toEqual([]);
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      expect(await profile.browserPids()).toEqual([]);
      expect(run.output().stdout).toContain('"msg":"stopped"');
    });

    it('abandons a WhatsApp Web load that never finishes at its deadline, closes that Chromium and starts another', async () => {
      // A proxy that accepts and never answers: the network that silently drops packets, where
      // initialize() would wait forever.
      const proxy = createServer(() => undefined);
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      onTestFinished(() => void proxy.close());
      const { port } = proxy.address() as AddressInfo;
      const run = await launch({
        API_KEY: TEST_API_KEY,
        PORT: '0',
        HOST: '127.0.0.1',
        WWEBJS_INIT_TIMEOUT_MS: '3000',
        WWEBJS_RESTART_BASE_MS: '200',
        https_proxy: `http://127.0.0.1:${port}`,
      });
      await run.url();
      const profile = new BrowserProfile(join(run.cwd, 'runtime', 'session'), 'default');
      await expect.poll(() => profile.browserPids(), { timeout: 15_000, interval: 50 }).not.toEqual([]);
      const firstBrowser = new Set(await profile.browserPids());
      const restarts = () => run.logLines().filter((line) => line.delayMs !== undefined);
      await expect.poll(() => restarts().length, { timeout: 20_000, interval: 100 }).toBeGreaterThanOrEqual(1);
      expect(restarts()[0]).toMatchObject({ reason: 'TIMEOUT', cause: 'WhatsApp Web did not load within 3000 ms' });
      // The abandoned browser is gone, and a new one is loading.
      await expect.poll(async () => (await profile.browserPids()).filter((pid) => firstBrowser.has(pid)), { timeout: 10_000 }).toEqual([]);
      await expect.poll(() => profile.browserPids(), { timeout: 15_000, interval: 50 }).not.toEqual([]);
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      expect(await profile.browserPids()).toEqual([]);
    });

    it('refuses to start without a browser, saying what to install and how to try the sandbox', async () => {
      const run = await launch({ API_KEY: TEST_API_KEY, PORT: '0', CHROME_PATH: '/nowhere/chromium' });
      expect(await run.exited).toBe(1);
      const { stderr } = run.output();
      expect(stderr).toContain(
        'WaQtor cannot start. CHROME_PATH is /nowhere/chromium, but no executable is there. Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`',
      );
      expect(stderr).toContain('set WHATSAPP_DRIVER=sandbox');
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  });
});
