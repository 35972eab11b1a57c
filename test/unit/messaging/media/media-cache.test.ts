import { mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { MediaCache } from '../../../../src/messaging/media/media-cache.js';

async function cacheDir() {
  const dir = await mkdtemp(join(tmpdir(), 'waqtor-media-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('the media cache', () => {
  it('keeps a file with its type and name per session and message, without numbers in its file names', async () => {
    const dir = await cacheDir();
    const cache = new MediaCache(dir, 60_000);
    const media = { data: Buffer.from('bytes'), mimetype: 'image/jpeg', filename: 'a.jpg' };
    await cache.put('default', 'false_966501234567@c.us_A', media);
    expect(await cache.get('default', 'false_966501234567@c.us_A')).toEqual(media);
    expect(await cache.get('sales', 'false_966501234567@c.us_A')).toBeUndefined();
    expect((await readdir(dir)).join(' ')).not.toContain('966501234567');
  });

  it('forgets a file past its time, and deletes it at the next purge', async () => {
    const dir = await cacheDir();
    const cache = new MediaCache(dir, 60_000);
    await cache.put('default', 'old', { data: Buffer.from('old'), mimetype: 'text/plain' });
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const name of await readdir(dir)) await utimes(join(dir, name), hourAgo, hourAgo);
    await cache.put('default', 'new', { data: Buffer.from('new'), mimetype: 'text/plain' });

    expect(await cache.get('default', 'old')).toBeUndefined();
    expect(await cache.purgeExpired()).toBe(1);
    expect(await readdir(dir)).toHaveLength(2);
    expect(await cache.get('default', 'new')).toEqual({ data: Buffer.from('new'), mimetype: 'text/plain' });
  });
});
