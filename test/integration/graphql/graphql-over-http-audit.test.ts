import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { startGateway, TEST_API_KEY } from '../../utils/gateway.js';

/**
 * The GraphQL over HTTP specification's own audit suite (from graphql-http), against /graphql with the API
 * key: every MUST and SHOULD passes, with no warning.
 */
describe('/graphql against the GraphQL over HTTP audit suite', () => {
  it('passes every audit', async () => {
    const gateway = await startGateway();
    const audits = serverAudits({
      url: `${gateway.url}/graphql`,
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('x-api-key', TEST_API_KEY);
        return fetch(input, { ...init, headers });
      },
    });
    const results = [];
    for (const audit of audits) results.push(await audit.fn());
    const problems = results.filter((result) => result.status !== 'ok').map(({ name, status, reason }) => `${status}: ${name}: ${reason}`);
    expect(problems).toEqual([]);
    expect(results.length).toBeGreaterThan(40);
  });
});
