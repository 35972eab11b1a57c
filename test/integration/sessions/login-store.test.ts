import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from '../../../src/db/orm.js';
import { createLogger } from '../../../src/logger.js';
import { DatabaseLoginStore } from '../../../src/sessions/database-login-store.js';
import { BrowserProfile } from '../../../src/whatsapp/wwebjs/browser-profile.js';
import { wwebjsClientFactory } from '../../../src/whatsapp/wwebjs/wwebjs-client.js';
import { scratchDatabase } from '../../utils/databases.js';

/** What whatsapp-web.js RemoteAuth does around a browser, called as the Client calls it. */
interface RemoteAuthSteps {
  beforeBrowserInitialized(): Promise<void>;
  storeRemoteSession(options?: { emit: boolean }): Promise<void>;
  logout(): Promise<void>;
}

/** A node: its own database connection and its own session folder, with the wwebjs client it would launch. */
async function node(database: Awaited<ReturnType<typeof scratchDatabase>>) {
  const db = await openDatabase(database, createLogger('silent'));
  onTestFinished(() => db.close(true));
  const dataPath = await mkdtemp(join(tmpdir(), 'waqtor-logins-'));
  onTestFinished(() => rm(dataPath, { recursive: true, force: true }));
  const store = new DatabaseLoginStore(db, dataPath);
  const profile = new BrowserProfile(dataPath, 'sales', 'remote');
  const client = wwebjsClientFactory({
    chromePath: '/usr/bin/chromium',
    profile,
    onConflict: 'takeover',
    loginStore: store,
  }).createClient({ source: 'live' });
  const { authStrategy, options } = client as unknown as {
    authStrategy: RemoteAuthSteps;
    options: { puppeteer: { userDataDir?: string } };
  };
  return { store, profile, auth: authStrategy, puppeteer: () => options.puppeteer };
}

const write = async (path: string, content: string) => {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
};

describe('wwebjs logins kept in the shared database (WHATSAPP_LOGIN_STORE=database)', () => {
  it('a login one node saved is the login another node opens; logging out deletes it for every node', async () => {
    const database = await scratchDatabase('postgresql');
    const a = await node(database);
    const b = await node(database);

    // Node A opens the session with nothing stored, and Chromium writes the login into its profile.
    await a.auth.beforeBrowserInitialized();
    expect(a.puppeteer().userDataDir).toBe(a.profile.dir);
    expect(a.profile.dir).toMatch(/RemoteAuth-sales$/);
    await write(join(a.profile.dir, 'Default', 'Local Storage', 'leveldb', '000003.log'), 'login keys of sales');
    await write(join(a.profile.dir, 'Default', 'IndexedDB', 'https_web.whatsapp.com_0.indexeddb.leveldb', 'CURRENT'), 'MANIFEST-000001');
    await write(join(a.profile.dir, 'Default', 'Cache', 'Cache_Data', 'data_1'), 'a page cache nobody needs back');
    await a.auth.storeRemoteSession();
    expect(await a.store.sessionExists({ session: 'RemoteAuth-sales' })).toBe(true);

    // Node B takes the session over: its browser starts on the login node A saved, every file of it written.
    expect(await b.store.sessionExists({ session: 'RemoteAuth-sales' })).toBe(true);
    await b.auth.beforeBrowserInitialized();
    expect(b.puppeteer().userDataDir).toBe(b.profile.dir);
    expect(await readFile(join(b.profile.dir, 'Default', 'Local Storage', 'leveldb', '000003.log'), 'utf8')).toBe('login keys of sales');
    expect(
      await readFile(join(b.profile.dir, 'Default', 'IndexedDB', 'https_web.whatsapp.com_0.indexeddb.leveldb', 'CURRENT'), 'utf8'),
    ).toBe('MANIFEST-000001');
    await expect(readFile(join(b.profile.dir, 'Default', 'Cache', 'Cache_Data', 'data_1'))).rejects.toThrow(/ENOENT/);

    await b.auth.logout();
    expect(await a.store.sessionExists({ session: 'RemoteAuth-sales' })).toBe(false);
  });
});
