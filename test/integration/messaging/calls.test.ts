import { describe, expect, it } from 'vitest';
import { callRest, startGateway, TEST_API_KEY } from '../../utils/gateway.js';
import { connect } from '../../utils/raw-stream.js';
import { eventually, quietFor } from '../../utils/waiting.js';

const CALLER = '966501110001';

describe('calls to the account', () => {
  it('raises a call event, declines it on request, and answers 404 for a call that is over', async () => {
    const gateway = await startGateway({}, { link: true });
    const stream = await connect(`${gateway.rawWsUrl}?apiKey=${TEST_API_KEY}`);
    const rang = await callRest(gateway.url, 'POST', '/api/sandbox/inbound/call', { from: CALLER, isVideo: true });
    expect(rang).toMatchObject({ status: 200, body: { success: true, data: { from: `${CALLER}@c.us`, isVideo: true, isGroup: false } } });
    const { id } = rang.body.data;
    expect((await stream.next('call')).data).toEqual({
      id,
      from: `${CALLER}@c.us`,
      isVideo: true,
      isGroup: false,
      timestamp: expect.any(String),
    });

    expect(await callRest(gateway.url, 'POST', `/api/calls/${id}/reject`)).toMatchObject({
      status: 200,
      body: { success: true, data: { id } },
    });
    expect(await callRest(gateway.url, 'POST', `/api/calls/${id}/reject`)).toMatchObject({
      status: 404,
      body: { success: false, error: 'Call not found: it is over, or was never made' },
    });
    const viaGraphql = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
      body: JSON.stringify({ query: `mutation { rejectCall(id: "${id}") { id } }` }),
    });
    expect(((await viaGraphql.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('NOT_FOUND');
    expect(await gateway.outboxFile()).toEqual([]);
  });

  it('with CALLS_AUTO_REJECT declines every call and sends CALLS_REJECT_MESSAGE to the caller once', async () => {
    const gateway = await startGateway(
      { CALLS_AUTO_REJECT: 'true', CALLS_REJECT_MESSAGE: 'We cannot take calls here; please write to us instead' },
      { link: true },
    );
    const { id } = (await callRest(gateway.url, 'POST', '/api/sandbox/inbound/call', { from: CALLER })).body.data;
    await eventually(async () =>
      expect((await gateway.outboxFile()).map((m) => [m.to, m.body])).toEqual([
        [CALLER, 'We cannot take calls here; please write to us instead'],
      ]),
    );
    expect((await callRest(gateway.url, 'POST', `/api/calls/${id}/reject`)).status).toBe(404);
    await quietFor(200);
    expect(await gateway.outboxFile()).toHaveLength(1);
  });
});
