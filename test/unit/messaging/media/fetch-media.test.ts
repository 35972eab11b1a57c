import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fetchMedia, type MediaFetchPolicy } from '../../../../src/messaging/media/fetch-media.js';

const open: MediaFetchPolicy = { maxBytes: 1024, timeoutMs: 2_000, maxRedirects: 3, allowPrivateUrls: true };
const guarded: MediaFetchPolicy = { ...open, allowPrivateUrls: false };

async function serve(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('fetchMedia, the SSRF-safe media client', () => {
  it.each([
    'http://127.0.0.1/x',
    'http://localhost/x',
    'http://10.0.0.1/x',
    'http://172.16.0.1/x',
    'http://192.168.1.1/x',
    'http://169.254.169.254/latest/meta-data',
    'http://100.64.0.1/x',
    'http://[::1]/x',
    'http://[fc00::1]/x',
    'http://[fe80::1]/x',
    'http://[::ffff:127.0.0.1]/x',
    'http://0.0.0.0/x',
  ])('refuses %s unless private addresses are allowed', async (url) => {
    await expect(fetchMedia(url, guarded)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(
        /^mediaUrl points to a private or reserved address \(.+\); set MEDIA_ALLOW_PRIVATE_URLS=true to allow private addresses$/,
      ),
    });
  });

  it('checks every redirect hop again: an allowed address may not bounce to a private one', async () => {
    const target = await serve((_req, res) => res.end('secret'));
    const bouncer = await serve((_req, res) => res.writeHead(302, { location: target.replace('127.0.0.1', '127.0.0.2') + '/x' }).end());
    const allowOnlyBouncer: MediaFetchPolicy = { ...guarded, allowAddresses: ['127.0.0.1'] };
    await expect(fetchMedia(`${bouncer}/start`, allowOnlyBouncer)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('(127.0.0.2)'),
    });
  });

  it('follows redirects up to the limit, and refuses a redirect to another scheme', async () => {
    const origin = await serve((req, res) => {
      const hop = Number(req.url?.slice(1));
      if (req.url === '/ftp') res.writeHead(301, { location: 'ftp://example.com/a' }).end();
      else if (hop < 10) res.writeHead(302, { location: `/${hop + 1}` }).end();
      else res.end();
    });
    await expect(fetchMedia(`${origin}/7`, open)).resolves.toMatchObject({ data: Buffer.alloc(0) });
    await expect(fetchMedia(`${origin}/1`, open)).rejects.toMatchObject({
      code: 'UPSTREAM_FAILED',
      message: 'Media URL redirected more than 3 times',
    });
    await expect(fetchMedia(`${origin}/ftp`, open)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'mediaUrl must be an http or https URL',
    });
  });

  it('returns the body, its type and a file name', async () => {
    const origin = await serve((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'image/png; charset=binary', 'content-disposition': 'attachment; filename="promo.png"' })
        .end('png'),
    );
    expect(await fetchMedia(`${origin}/a/b`, open)).toEqual({ data: Buffer.from('png'), contentType: 'image/png', filename: 'promo.png' });
  });

  it('refuses a body over the limit, declared or streamed', async () => {
    const origin = await serve((req, res) => {
      if (req.url === '/declared') res.writeHead(200, { 'content-length': '2048' }).end(Buffer.alloc(2048));
      else {
        res.writeHead(200);
        res.write(Buffer.alloc(800));
        res.end(Buffer.alloc(800));
      }
    });
    for (const path of ['/declared', '/streamed']) {
      await expect(fetchMedia(`${origin}${path}`, open)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'Media is larger than the 1024 bytes limit (MEDIA_MAX_BYTES)',
      });
    }
  });

  it('gives up after the timeout, and reports a refused connection as upstream', async () => {
    const origin = await serve(() => undefined);
    await expect(fetchMedia(`${origin}/hang`, { ...open, timeoutMs: 200 })).rejects.toMatchObject({
      code: 'UPSTREAM_FAILED',
      message: 'Media URL did not answer within 200 ms',
    });
    await expect(fetchMedia('http://127.0.0.1:9/x', open)).rejects.toMatchObject({
      code: 'UPSTREAM_FAILED',
      message: 'Media URL could not be fetched (ECONNREFUSED)',
    });
  });
});
