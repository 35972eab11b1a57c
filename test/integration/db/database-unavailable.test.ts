import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from '../../../src/db/orm.js';
import { createLogger } from '../../../src/logger.js';
import { startGateway, TEST_API_KEY } from '../../utils/gateway.js';

const campaign = { name: 'locked out', message: 'hello', recipients: ['966501234567'] };

describe('a database that cannot answer', () => {
  it('answers 503 DATABASE_UNAVAILABLE with Retry-After within 5 s while another writer holds SQLite, on REST and GraphQL, and 200 once it is free', async () => {
    const gateway = await startGateway();
    if (gateway.config.database.kind !== 'sqlite') throw new Error('expected SQLite');
    // Another program holding the file's write lock, as a backup tool or a second gateway on one file would.
    const holder = await openDatabase(gateway.config.database, createLogger('silent'));
    onTestFinished(() => holder.close(true));
    const writer = await holder.em.getConnection().getKnex().transaction();
    await writer.raw('update sessions set updated_at = updated_at');

    const started = performance.now();
    const rest = await fetch(`${gateway.url}/api/campaigns/create`, {
      method: 'POST',
      headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify(campaign),
    });
    const restMs = performance.now() - started;
    expect([rest.status, rest.headers.get('retry-after'), await rest.json()]).toEqual([
      503,
      '5',
      { success: false, error: 'The database cannot be reached', message: "The gateway's database cannot be reached; retry in 5 s" },
    ]);
    expect(restMs).toBeLessThan(5_000);

    const graphql = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
        variables: { input: { ...campaign, recipients: [{ phone: '966501234567' }] } },
      }),
    });
    const body = (await graphql.json()) as { data: unknown; errors: Array<{ path: string[]; extensions: { code: string } }> };
    expect(graphql.headers.get('retry-after')).toBe('5');
    expect(body.errors.map(({ path, extensions }) => [path, extensions.code])).toEqual([[['createCampaign'], 'DATABASE_UNAVAILABLE']]);
    expect(gateway.logs.text).not.toMatch(/"level":50.*unexpected error/);

    await writer.rollback();
    const after = await fetch(`${gateway.url}/api/campaigns/create`, {
      method: 'POST',
      headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify(campaign),
    });
    expect(after.status).toBe(200);
  });
});
