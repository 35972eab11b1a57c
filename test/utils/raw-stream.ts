import { onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { eventually } from './waiting.js';

export interface Frame {
  event: string;
  session?: string;
  data?: Record<string, unknown>;
  timestamp?: string;
}

/** A `ws` client that records every frame and how the socket closed. */
export async function connect(url: string, options: WebSocket.ClientOptions = {}) {
  const socket = new WebSocket(url, options);
  const frames: Frame[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  socket.on('message', (raw) => frames.push(JSON.parse(raw.toString()) as Frame));
  socket.on('error', () => undefined);
  onTestFinished(() => socket.terminate());
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const next = (event: string, timeoutMs = 5_000) =>
    eventually(() => {
      const found = frames.find((f) => f.event === event);
      if (!found) throw new Error(`no ${event} frame yet; got ${frames.map((f) => f.event).join(', ')}`);
      return found;
    }, timeoutMs);
  return { socket, frames, closed, next };
}
