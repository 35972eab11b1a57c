import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BrowserProfile } from '../../../../src/whatsapp/wwebjs/browser-profile.js';
import { wwebjsClientFactory } from '../../../../src/whatsapp/wwebjs/wwebjs-client.js';

/** A factory on a scratch session folder; building a client launches nothing. */
async function factory() {
  const dataPath = await mkdtemp(join(tmpdir(), 'waqtor-web-cache-'));
  onTestFinished(() => rm(dataPath, { recursive: true, force: true }));
  const profile = new BrowserProfile(dataPath, 'sales');
  const clients = wwebjsClientFactory({ chromePath: '/usr/bin/chromium', profile, onConflict: 'takeover' });
  const optionsOf = (client: unknown) => (client as { options: { webVersion?: string; webVersionCache: Record<string, unknown> } }).options;
  return { clients, cache: join(profile.dataPath, 'web-cache'), optionsOf };
}

describe("the whatsapp-web.js client's WhatsApp Web version", () => {
  it('serves a remembered version from the session cache, in place of the page it replaced', async () => {
    const { clients, cache, optionsOf } = await factory();
    await mkdir(cache, { recursive: true });
    await writeFile(join(cache, '2.3000.1017054665.html'), '<html>older</html>');
    const client = clients.createClient({ source: 'remembered', version: '2.3000.1031490220', html: '<html>remembered</html>' });
    expect(optionsOf(client)).toMatchObject({ webVersion: '2.3000.1031490220', webVersionCache: { type: 'local', path: cache } });
    expect(await readdir(cache)).toEqual(['2.3000.1031490220.html']);
    expect(await readFile(join(cache, '2.3000.1031490220.html'), 'utf8')).toBe('<html>remembered</html>');
  });

  it('loads the live page with no cache, and a pinned version through the cache', async () => {
    const { clients, cache, optionsOf } = await factory();
    expect(optionsOf(clients.createClient({ source: 'live' })).webVersionCache).toEqual({ type: 'none' });
    expect(optionsOf(clients.createClient({ source: 'pinned', version: '2.3000.1020000000' }))).toMatchObject({
      webVersion: '2.3000.1020000000',
      webVersionCache: { type: 'local', path: cache },
    });
  });
});
