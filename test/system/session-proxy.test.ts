import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { callRest, startGateway } from '../utils/gateway.js';
import { eventually } from '../utils/waiting.js';

describe('a whatsapp-web.js session with a proxy', () => {
  it("sends its Chromium to WhatsApp Web through the session's proxy, with the proxy's credentials", async () => {
    // A proxy that asks for credentials, records what it is asked to reach and with what, and reaches nothing.
    const seen: Array<{ target: string | undefined; credentials: string | undefined }> = [];
    const proxy = createServer((_req, res) => res.writeHead(502).end());
    proxy.on('connect', (req, socket) => {
      const header = req.headers['proxy-authorization'];
      seen.push({ target: req.url, credentials: header && Buffer.from(header.replace(/^Basic /, ''), 'base64').toString() });
      socket.end(
        header
          ? 'HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n'
          : 'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\nContent-Length: 0\r\n\r\n',
      );
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => void proxy.close());
    const { port } = proxy.address() as AddressInfo;

    const gateway = await startGateway({ WWEBJS_RESTART_BASE_MS: '60000' });
    const created = await callRest(gateway.url, 'POST', '/api/sessions', {
      name: 'proxied',
      driver: 'wwebjs',
      proxy: `http://alice:s%40cret@127.0.0.1:${port}`,
    });
    expect(created.status).toBe(200);
    await eventually(() => expect(seen).toContainEqual({ target: 'web.whatsapp.com:443', credentials: 'alice:s@cret' }), 30_000);
    // The default session (the sandbox) never went through it.
    expect((await callRest(gateway.url, 'GET', '/api/sessions/default')).body.data.driver).toBe('sandbox');
    await callRest(gateway.url, 'DELETE', '/api/sessions/proxied');
  }, 60_000);
});
