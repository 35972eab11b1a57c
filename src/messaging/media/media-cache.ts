import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Media } from '../../whatsapp/driver.js';

interface CachedFile {
  mimetype: string;
  filename?: string;
}

/**
 * Files of messages as WhatsApp gave them, on disk for `ttlMs` after they were fetched, so a file asked for
 * again (a webhook consumer and a person, a retry) is not fetched from WhatsApp again. Each file is a pair:
 * `<key>.bin` with the bytes and `<key>.json` with its type and name, written under temporary names and
 * renamed, so a reader never sees half a file.
 */
export class MediaCache {
  constructor(
    private readonly dir: string,
    private readonly ttlMs: number,
  ) {}

  async get(session: string, messageId: string): Promise<Media | undefined> {
    const base = this.#base(session, messageId);
    try {
      const described = await stat(`${base}.json`);
      if (Date.now() - described.mtimeMs > this.ttlMs) return undefined;
      const [meta, data] = await Promise.all([readFile(`${base}.json`, 'utf8'), readFile(`${base}.bin`)]);
      const { mimetype, filename } = JSON.parse(meta) as CachedFile;
      return { data, mimetype, ...(filename && { filename }) };
    } catch {
      return undefined;
    }
  }

  async put(session: string, messageId: string, media: Media): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const base = this.#base(session, messageId);
    const partial = `${base}.${process.pid}.${Date.now()}.partial`;
    await writeFile(`${partial}.bin`, media.data);
    await rename(`${partial}.bin`, `${base}.bin`);
    // The description is written last: a file counts as cached once it is there.
    const meta: CachedFile = { mimetype: media.mimetype, ...(media.filename && { filename: media.filename }) };
    await writeFile(`${partial}.json`, JSON.stringify(meta));
    await rename(`${partial}.json`, `${base}.json`);
  }

  /** Deletes every file older than the time to keep them; answers how many went. */
  async purgeExpired(): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return 0;
    }
    let purged = 0;
    for (const name of names.filter((n) => n.endsWith('.bin'))) {
      const base = join(this.dir, name.slice(0, -'.bin'.length));
      const age = await stat(`${base}.bin`).then(
        (file) => Date.now() - file.mtimeMs,
        () => 0,
      );
      if (age <= this.ttlMs) continue;
      await Promise.all([rm(`${base}.bin`, { force: true }), rm(`${base}.json`, { force: true })]);
      purged += 1;
    }
    return purged;
  }

  /** Message ids carry chat ids: the file names are their hashes, so the folder shows no numbers. */
  #base(session: string, messageId: string): string {
    return join(this.dir, createHash('sha256').update(`${session}\0${messageId}`).digest('hex'));
  }
}
