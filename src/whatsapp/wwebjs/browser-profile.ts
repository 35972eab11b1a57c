import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Chromium refuses a profile while these exist, and a crash leaves them behind. */
export const singletonFiles = ['SingletonLock', 'SingletonSocket', 'SingletonCookie'] as const;

const ORPHAN_EXIT_WAIT_MS = 5_000;

/**
 * Where whatsapp-web.js keeps a session's login: LocalAuth in a folder that lives on (`session-<id>`), or
 * RemoteAuth in a folder it fills from, and backs up to, a store the other nodes of a cluster share
 * (`RemoteAuth-<id>`).
 */
export type LoginKeeping = 'local' | 'remote';

/**
 * One session's Chromium profile: the folder the login is kept in, and the marker argument that tags
 * every Chromium launched on it, so a browser left behind by a crashed gateway can be found and ended
 * before the profile is opened again (two browsers on one profile corrupt it).
 */
export class BrowserProfile {
  /** The folder whatsapp-web.js uses for `clientId` under `dataPath`: `session-<clientId>`, or `RemoteAuth-<clientId>`. */
  readonly dir: string;
  /** An argument Chromium ignores, unique to this profile. */
  readonly marker: string;

  constructor(
    readonly dataPath: string,
    readonly clientId: string,
    readonly keeping: LoginKeeping = 'local',
    private readonly procRoot = '/proc',
  ) {
    this.dir = join(resolve(dataPath), `${keeping === 'local' ? 'session' : 'RemoteAuth'}-${clientId}`);
    this.marker = `--waqtor-profile=${createHash('sha256').update(this.dir).digest('hex').slice(0, 16)}`;
  }

  /** Makes the profile safe to open: no browser of ours still holds it, and no stale lock says one does. */
  async prepare(): Promise<{ ended: number[] }> {
    const ended = await this.endBrowsers();
    await Promise.all(singletonFiles.map((name) => rm(join(this.dir, name), { force: true })));
    return { ended };
  }

  /** Forgets the login. Only call it once the browser has exited, or Chromium writes the folder back. */
  async clear(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true, maxRetries: 5 });
  }

  /**
   * Kills every process carrying this profile's marker, with its process group (Chromium's helpers share
   * the browser's group, as puppeteer launches it detached), and waits until they are gone. On a system
   * without /proc there is nothing to look in, and nothing is ended.
   */
  async endBrowsers(): Promise<number[]> {
    const pids = await this.browserPids();
    if (pids.length === 0) return [];
    const ownGroup = await this.#processGroup(process.pid);
    for (const pid of pids) {
      const group = await this.#processGroup(pid);
      try {
        if (group === pid && group !== ownGroup) process.kill(-group, 'SIGKILL');
        else process.kill(pid, 'SIGKILL');
      } catch {
        // It exited by itself meanwhile.
      }
    }
    const deadline = Date.now() + ORPHAN_EXIT_WAIT_MS;
    while ((await this.browserPids()).length > 0 && Date.now() < deadline) await sleep(50);
    return pids;
  }

  /**
   * Live processes of a browser on this profile: the browser carries the marker; its helpers (zygotes,
   * renderers) carry only the profile folder, and rewrite their command line into one space-separated
   * string. An exited process's command line is empty, so zombies never match.
   */
  async browserPids(): Promise<number[]> {
    const wanted = [` ${this.marker} `, ` --user-data-dir=${this.dir} `];
    let entries: string[];
    try {
      entries = await readdir(this.procRoot);
    } catch {
      return [];
    }
    const pids = entries.filter((entry) => /^\d+$/.test(entry)).map(Number);
    const found = await Promise.all(
      pids.map(async (pid) => {
        const cmdline = await readFile(join(this.procRoot, String(pid), 'cmdline'), 'utf8').catch(() => '');
        const words = ` ${cmdline.replaceAll('\0', ' ')} `;
        return wanted.some((arg) => words.includes(arg)) ? pid : undefined;
      }),
    );
    return found.filter((pid): pid is number => pid !== undefined && pid !== process.pid);
  }

  async #processGroup(pid: number): Promise<number | undefined> {
    const stat = await readFile(join(this.procRoot, String(pid), 'stat'), 'utf8').catch(() => '');
    // The command name (field 2) may hold spaces and parentheses; the fields after its last ")" are plain.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const group = Number(fields[2]);
    return Number.isInteger(group) && group > 0 ? group : undefined;
  }
}
