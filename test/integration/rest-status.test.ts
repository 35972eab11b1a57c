import { describe, expect, it } from 'vitest';
import { startGateway, TEST_API_KEY } from '../utils/gateway.js';

async function getJson(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('GET /api/status/client', () => {
  it('answers 503 with the documented body until WhatsApp is ready', async () => {
    const gateway = await startGateway();
    expect(await getJson(`${gateway.url}/api/status/client`, { 'x-api-key': TEST_API_KEY })).toEqual({
      status: 503,
      body: { success: false, data: { status: 'disconnected', ready: false, state: 'PAIRING', message: 'WhatsApp client is not ready. Please scan QR code.' } },
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
    expect(await getJson(`${gateway.url}/api/status/client`, { 'x-api-key': 'wrong' })).toMatchObject({ status: 401, body: { success: false, error: 'Invalid API key' } });
  });

  it('answers an unknown route with 404 in the envelope', async () => {
    const gateway = await startGateway();
    expect(await getJson(`${gateway.url}/api/nope`, { 'x-api-key': TEST_API_KEY })).toEqual({
      status: 404,
      body: { success: false, error: 'Not found', message: 'No route for GET /api/nope' },
    });
  });
});
