import { describe, expect, it } from 'vitest';
import { startGateway, TEST_API_KEY } from '../../utils/gateway.js';

async function getJson(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('GET /api/status/client', () => {
  it('answers 503 with the documented body until WhatsApp is ready', async () => {
    const gateway = await startGateway();
    expect(await getJson(`${gateway.url}/api/status/client`, { 'x-api-key': TEST_API_KEY })).toEqual({
      status: 503,
      body: {
        success: false,
        data: { status: 'disconnected', ready: false, state: 'PAIRING', message: 'WhatsApp client is not ready. Please scan QR code.' },
      },
    });
  });

  it('answers 200 once linked', async () => {
    const gateway = await startGateway({}, { link: true });
    expect(await getJson(`${gateway.url}/api/status/client?apiKey=${TEST_API_KEY}`)).toEqual({
      status: 200,
      body: { success: true, data: { status: 'connected', ready: true, state: 'CONNECTED', message: 'WhatsApp client is ready' } },
    });
  });

  it('refuses a missing or wrong key with 401 in the error envelope', async () => {
    const gateway = await startGateway();
    expect(await getJson(`${gateway.url}/api/status/client`)).toEqual({
      status: 401,
      body: { success: false, error: 'API key is required', message: 'Provide API key in X-API-Key header or apiKey query parameter' },
    });
    expect(await getJson(`${gateway.url}/api/status/client`, { 'x-api-key': 'wrong' })).toMatchObject({
      status: 401,
      body: { success: false, error: 'Invalid API key' },
    });
  });

  it('answers an unknown route with 404 in the envelope', async () => {
    const gateway = await startGateway();
    expect(await getJson(`${gateway.url}/api/nope`, { 'x-api-key': TEST_API_KEY })).toEqual({
      status: 404,
      body: { success: false, error: 'Not found', message: 'No route for GET /api/nope' },
    });
  });
});

describe('the other status routes', () => {
  it('info, chats, version and test/info answer the documented bodies once linked', async () => {
    const gateway = await startGateway({ TEST_PHONE_NUMBER: '971505121583' }, { link: true });
    const key = { 'x-api-key': TEST_API_KEY };
    expect(await getJson(`${gateway.url}/api/status/info`, key)).toEqual({
      status: 200,
      body: { success: true, data: { wid: '15550100001@c.us', pushname: 'WaQtor Sandbox', platform: 'sandbox', phone: '15550100001' } },
    });
    expect(await getJson(`${gateway.url}/api/status/chats`, key)).toEqual({ status: 200, body: { success: true, data: [] } });
    expect(await getJson(`${gateway.url}/api/status/version`, key)).toEqual({
      status: 200,
      body: { success: true, data: { waqtor: expect.any(String), upstream: '1.34.7', upstreamAuthor: expect.stringMatching(/./) } },
    });
    const testInfo = await getJson(`${gateway.url}/api/test/info`, key);
    expect(testInfo).toMatchObject({ status: 200, body: { success: true, data: { configured: true, phoneNumberMasked: '***1583' } } });
    expect(JSON.stringify(testInfo.body)).not.toContain('971505121583');
  });

  it('info is 503 in the error envelope before WhatsApp is ready', async () => {
    const gateway = await startGateway();
    expect(await getJson(`${gateway.url}/api/status/info`, { 'x-api-key': TEST_API_KEY })).toEqual({
      status: 503,
      body: { success: false, error: 'WhatsApp client not ready', message: 'Please scan QR code first' },
    });
  });

  it('logout answers "Logged out successfully" and the session pairs again', async () => {
    const gateway = await startGateway({}, { link: true });
    const response = await fetch(`${gateway.url}/api/status/logout`, { method: 'POST', headers: { 'x-api-key': TEST_API_KEY } });
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 200,
      body: { success: true, message: 'Logged out successfully' },
    });
    expect(await getJson(`${gateway.url}/api/status/client`, { 'x-api-key': TEST_API_KEY })).toMatchObject({
      status: 503,
      body: { data: { state: 'PAIRING' } },
    });
  });
});
