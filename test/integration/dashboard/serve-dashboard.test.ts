import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { dashboardEndpoints } from '../../../src/dashboard/serve-dashboard.js';
import { startGateway } from '../../utils/gateway.js';

describe('the dashboard files', () => {
  it('serves the page at / and its hashed bundles for good, each under a CSP that allows only this gateway', async () => {
    const gateway = await startGateway();
    const page = await fetch(gateway.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const html = await page.text();
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();

    const bundle = await fetch(`${gateway.url}${script}`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers nothing but the built files: no other path reaches the disk', async () => {
    const gateway = await startGateway();
    for (const path of [
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/assets/missing.js',
      '/src/main.tsx',
      '/dashboard/index.html',
    ]) {
      const response = await fetch(`${gateway.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toMatchObject({ success: false, error: 'Not found' });
    }
    expect((await fetch(gateway.url, { method: 'POST' })).status).toBe(404);
  });

  it('says how to build the page when it has not been built', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'waqtor-no-dashboard-'));
    const endpoints = await dashboardEndpoints(join(empty, 'dist'));
    expect(endpoints.map(({ path }) => path)).toEqual(['/']);
    const server = createServer((req, res) => void endpoints[0]!.handle({ req, res, url: new URL(req.url!, 'http://test'), params: {} }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(empty, { recursive: true, force: true });
    });
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:dashboard');
  });
});
