import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startGateway } from '../../utils/gateway.js';

/** Sends one raw request that closes its connection, and reads the whole answer. */
function rawRequest(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(text));
  });
}

describe('request targets', () => {
  it('answers a target that is no URL path with a 400 in the envelope, and goes on answering', async () => {
    const gateway = await startGateway();
    const answer = await rawRequest(gateway.port, 'GET //[ HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n');
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(answer).toContain('{"success":false,"error":"The request target is not a valid URL path"');
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
  });
});
