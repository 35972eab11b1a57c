import type { Browser, BrowserContext, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { launchChromium } from '../utils/browser.js';
import { startGateway, TEST_API_KEY } from '../utils/gateway.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Visit {
  context: BrowserContext;
  /** Every URL the page, its frames and its workers asked for so far. */
  requested(): string[];
  /** Bytes on the wire (bodies as sent, compressed or not) of what was asked. */
  transferred(): Promise<number>;
  problems: string[];
}

/** A fresh browser context on the gateway, that records every request it makes and every page error. */
async function visit(): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  onTestFinished(() => context.close());
  context.setDefaultTimeout(20_000);
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  const problems: string[] = [];
  context.on('weberror', (error) => problems.push(error.error().message));
  return {
    context,
    requested: () => requests.map((request) => request.url()),
    async transferred() {
      const sizes = await Promise.all(
        requests.map(async (request) => (await request.sizes().catch(() => undefined))?.responseBodySize ?? 0),
      );
      return sizes.reduce((sum, size) => sum + size, 0);
    },
    problems,
  };
}

/** Nothing the page asked for left the gateway's origin (data: and blob: URLs are the page's own). */
function foreign(requested: string[], origin: string): string[] {
  return requested.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
}

describe('the pages for developers', () => {
  it('renders GraphiQL and runs a query with no request to another origin, on any port', async ({ annotate }) => {
    const gateway = await startGateway();
    const origin = new URL(gateway.url).origin;
    const { context, requested, transferred, problems } = await visit();
    const page = await context.newPage();

    const started = performance.now();
    await page.goto(`${gateway.url}/graphql`);
    await page.locator('.graphiql-container').first().waitFor();
    await page.locator('.graphiql-execute-button').waitFor();
    const renderedMs = performance.now() - started;

    // The headers editor takes the key; the default query asks for the client's status.
    await page.getByText('Headers', { exact: true }).click();
    const headers = page.locator('.graphiql-editor-tool .monaco-editor').last();
    await headers.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(JSON.stringify({ 'X-API-Key': TEST_API_KEY }));
    const answered = page.waitForResponse(
      (response) => response.url() === `${gateway.url}/graphql` && response.request().method() === 'POST',
    );
    await page.locator('.graphiql-execute-button').click();
    expect((await answered).status()).toBe(200);
    await page.locator('.graphiql-response').getByText('"PAIRING"').waitFor();

    expect(foreign(requested(), origin)).toEqual([]);
    expect(requested().some((url) => url.startsWith(`${origin}/graphql/assets/graphiql.js`))).toBe(true);
    expect(problems).toEqual([]);
    await annotate(`GraphiQL usable in ${Math.round(renderedMs)} ms, ${await transferred()} bytes transferred`);
  });

  it('opens the API reference quickly, and Try it out calls the gateway that served it, whatever its port', async ({ annotate }) => {
    const gateway = await startGateway();
    const origin = new URL(gateway.url).origin;
    const { context, requested, transferred, problems } = await visit();
    const page = await context.newPage();

    const started = performance.now();
    await page.goto(`${gateway.url}/api/docs`);
    await page.locator('.opblock-tag').first().waitFor();
    const usableMs = performance.now() - started;

    await page.locator('#operations-tag-Health').click();
    const health = page.locator('#operations-Health-health');
    await health.locator('.opblock-summary').click();
    await health.locator('.try-out__btn').click();
    const called = page.waitForResponse((response) => response.url() === `${origin}/health`);
    await health.getByRole('button', { name: 'Execute' }).click();
    expect((await called).status()).toBe(200);
    await health.locator('.live-responses-table .response-col_status').getByText('200').waitFor();

    expect(foreign(requested(), origin)).toEqual([]);
    expect(requested()).toContain(`${origin}/api/openapi.json`);
    expect(problems).toEqual([]);
    await annotate(`API reference usable in ${Math.round(usableMs)} ms, ${await transferred()} bytes transferred`);
  });

  it('serves its files compressed as the client accepts, cached, with a favicon', async () => {
    const gateway = await startGateway();
    const get = (path: string, headers: Record<string, string> = {}) => fetch(`${gateway.url}${path}`, { headers });

    const script = await get('/api/docs/swagger-ui-bundle.js', { 'accept-encoding': 'br' });
    expect([script.status, script.headers.get('content-encoding'), script.headers.get('cache-control')]).toEqual([
      200,
      'br',
      'public, max-age=31536000, immutable',
    ]);
    const etag = script.headers.get('etag')!;
    expect((await get('/api/docs/swagger-ui-bundle.js', { 'if-none-match': etag })).status).toBe(304);
    const plain = await get('/api/docs/swagger-ui-bundle.js', { 'accept-encoding': 'identity' });
    expect([plain.headers.get('content-encoding'), (await plain.arrayBuffer()).byteLength]).toEqual([null, expect.any(Number)]);

    const document = await get('/api/openapi.json', { 'accept-encoding': 'gzip' });
    expect([document.headers.get('content-encoding'), document.headers.get('cache-control')]).toEqual(['gzip', 'no-cache']);
    expect((await document.json()) as { openapi: string }).toMatchObject({ openapi: '3.1.0', servers: [{ url: '/' }] });

    // An answer of the API is compressed too, when it is worth it.
    const listed = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY, 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    });
    expect([listed.status, listed.headers.get('content-encoding')]).toEqual([200, 'gzip']);

    for (const path of ['/favicon.ico', '/favicon.svg']) {
      const icon = await get(path);
      expect([icon.status, icon.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
      expect(await icon.text()).toContain('<svg');
    }
  });
});
