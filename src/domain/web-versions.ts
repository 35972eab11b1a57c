/**
 * Which WhatsApp Web a session's browser loads: `pinned` by WWEBJS_WEB_VERSION; the `remembered` one, the
 * newest that reached `ready` on any node; or the `live` one WhatsApp serves today.
 */
export const webVersionSources = ['pinned', 'remembered', 'live'] as const;
export type WebVersionSource = (typeof webVersionSources)[number];

export interface WebVersionInUse {
  /** WhatsApp Web's own version, e.g. 2.3000.1031490220; null while a live page has not said yet. */
  version: string | null;
  source: WebVersionSource;
}

/** A version that reached `ready`, with the index page that loads it again. */
export interface KnownWebVersion {
  version: string;
  html: string;
}

/** How WhatsApp Web numbers its versions: 2.3000.1031490220. */
export const WEB_VERSION_PATTERN = /^\d{1,6}(\.\d{1,12}){1,3}$/;

/** Orders WhatsApp Web versions by their numbers (2.3000.1031490220 after 2.3000.1017054665). */
export function compareWebVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0 && !Number.isNaN(difference)) return Math.sign(difference);
  }
  return 0;
}

/** What a start loads, with what it needs to: the pin, the remembered page, or nothing (the live one). */
export type WebVersionChoice = { source: 'pinned'; version: string } | ({ source: 'remembered' } & KnownWebVersion) | { source: 'live' };

/**
 * The version a start loads: the pin, if any; else the remembered one, unless it failed to start
 * `fallbackAfter` times in a row, when WhatsApp's live version gets its chance.
 */
export function chooseWebVersion(options: {
  pinned: string | undefined;
  remembered: KnownWebVersion | null;
  failedWithRemembered: number;
  fallbackAfter: number;
}): WebVersionChoice {
  if (options.pinned) return { source: 'pinned', version: options.pinned };
  if (options.remembered && options.failedWithRemembered < options.fallbackAfter) return { source: 'remembered', ...options.remembered };
  return { source: 'live' };
}
