import { describe, expect, it } from 'vitest';
import { startGateway, TEST_API_KEY } from '../../utils/gateway.js';

const MB = 1024 * 1024;

/**
 * Sends a body of `size` bytes through Node's own fetch and reads the answer. A server that closes the
 * connection under the upload makes fetch fail (EPIPE, "other side closed") instead of giving the answer.
 */
async function send(url: string, size: number): Promise<{ status: number; body: unknown } | { failed: string }> {
  const body = `{"phone":"966501234567","message":"${'x'.repeat(size - 40)}"}`;
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY }, body });
    return { status: response.status, body: await response.json() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { failed: cause?.code ?? cause?.message ?? String(error) };
  }
}

describe('a body over the limit', () => {
  // /graphql takes a base64 file up to MEDIA_MAX_BYTES; 1 MB of media makes both sizes too large there too.
  it.each([
    [
      'REST',
      '/api/messages/send-text',
      { success: false, error: 'Request body too large', message: 'This route accepts at most 1048576 bytes' },
    ],
    ['/graphql', '/graphql', { errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }],
  ])(
    'is answered 413 in the envelope on %s, and every fetch client reads it, at 5 MB and at 20 MB',
    async (_door, path, envelope) => {
      const gateway = await startGateway({ MEDIA_MAX_BYTES: String(MB) });
      for (const size of [5 * MB, 20 * MB]) {
        const answers = [];
        for (let attempt = 0; attempt < 20; attempt += 1) answers.push(await send(`${gateway.url}${path}`, size));
        expect(answers).toEqual(Array.from({ length: 20 }, () => ({ status: 413, body: envelope })));
      }
      // The gateway still serves the same client afterwards.
      expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
    },
    120_000,
  );
});
