import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/orm.js';
import { createLogger } from '../../../src/logger.js';
import { DatabaseWebVersions } from '../../../src/sessions/database-web-versions.js';
import { callGraphql, callRest, startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { scratchDatabase } from '../../utils/databases.js';
import { connect } from '../../utils/raw-stream.js';
import { eventually } from '../../utils/waiting.js';

const SANDBOX_FIRST = '2.3000.1017054665';
const ROLLED_OUT = '2.3000.1031490220';

describe('WhatsApp Web versions', () => {
  it('shows the version a session runs, moves to a rolled-out one, and starts the next time on the one remembered (REST)', async () => {
    const gateway = await startGateway({}, { link: true });
    const session = async () => (await callRest(gateway.url, 'GET', '/api/sessions/default')).body.data;
    await eventually(async () => expect((await session()).webVersion).toEqual({ version: SANDBOX_FIRST, source: 'live' }));
    const stream = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);

    const rolled = await callRest(gateway.url, 'POST', '/api/sandbox/web-version', { version: ROLLED_OUT });
    expect(rolled).toMatchObject({ status: 200, body: { success: true, data: { version: ROLLED_OUT, source: 'live' } } });
    expect((await stream.next('web_version')).data).toEqual({ version: ROLLED_OUT, source: 'live', timestamp: expect.any(String) });
    expect(stream.frames.filter((f) => f.event === 'state_change').map((f) => f.data?.state)).toEqual(['OPENING', 'CONNECTED']);
    expect(await session()).toMatchObject({ state: 'CONNECTED', webVersion: { version: ROLLED_OUT, source: 'live' } });

    expect(await callRest(gateway.url, 'POST', '/api/sandbox/web-version', { version: SANDBOX_FIRST })).toMatchObject({
      status: 400,
      body: { success: false, error: `version: ${SANDBOX_FIRST} is not newer than ${ROLLED_OUT}, the version the session runs` },
    });
    expect(await callRest(gateway.url, 'POST', '/api/sandbox/web-version', { version: 'latest' })).toMatchObject({
      status: 400,
      body: { success: false, error: expect.stringContaining('version must be a WhatsApp Web version') },
    });

    // Stopped, the session runs nothing; started again, it loads the version remembered in the database.
    expect((await callRest(gateway.url, 'POST', '/api/sessions/default/stop')).status).toBe(200);
    expect((await session()).webVersion).toBeNull();
    expect((await callRest(gateway.url, 'POST', '/api/sessions/default/start')).status).toBe(200);
    expect((await callRest(gateway.url, 'POST', '/api/sandbox/link')).status).toBe(200);
    await eventually(async () => expect((await session()).webVersion).toEqual({ version: ROLLED_OUT, source: 'remembered' }));
  });

  it('does the same through GraphQL: sandboxWebVersion and session { webVersion }', async () => {
    const gateway = await startGateway({}, { link: true });
    const rolled = await callGraphql(gateway.url, `mutation { sandboxWebVersion(version: "${ROLLED_OUT}") { version source } }`);
    expect(rolled.data.sandboxWebVersion).toEqual({ version: ROLLED_OUT, source: 'live' });
    const seen = await callGraphql(gateway.url, '{ session(name: "default") { webVersion { version source } } }');
    expect(seen.data.session.webVersion).toEqual({ version: ROLLED_OUT, source: 'live' });
    const wrong = await callGraphql(gateway.url, 'mutation { sandboxWebVersion(version: "2.x") { version } }');
    expect(wrong.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('keeps one version for every node: the newer replaces the older, never the other way round', async () => {
    const database = await scratchDatabase('postgresql');
    const nodes = await Promise.all(
      [1, 2].map(async () => {
        const db = await openDatabase(database, createLogger('silent'));
        return { db, versions: new DatabaseWebVersions(db, 'wwebjs') };
      }),
    );
    try {
      const [a, b] = nodes.map((node) => node.versions) as [DatabaseWebVersions, DatabaseWebVersions];
      expect(await b.remembered()).toBeNull();
      expect(await a.reachedReady({ version: SANDBOX_FIRST, html: '<html>first</html>' })).toBe(true);
      expect(await b.remembered()).toEqual({ version: SANDBOX_FIRST, html: '<html>first</html>' });
      // Two nodes reach ready together on different versions: the newer stays.
      await Promise.all([
        b.reachedReady({ version: ROLLED_OUT, html: '<html>rolled out</html>' }),
        a.reachedReady({ version: '2.3000.1020000000', html: '<html>between</html>' }),
      ]);
      expect(await a.remembered()).toEqual({ version: ROLLED_OUT, html: '<html>rolled out</html>' });
      expect(await a.reachedReady({ version: SANDBOX_FIRST, html: '<html>first</html>' })).toBe(false);
      expect(await b.remembered()).toEqual({ version: ROLLED_OUT, html: '<html>rolled out</html>' });
    } finally {
      await Promise.all(nodes.map((node) => node.db.close(true)));
    }
  });
});
