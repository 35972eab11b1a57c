import type { Logger } from '../../logger.js';
import type { BrowserProfile } from './browser-profile.js';
import type { BackoffOptions } from './restart-backoff.js';
import type { WwebjsClientFactory } from './wwebjs-client.js';
import type { WebVersionStore } from '../web-version-store.js';

export interface WwebjsDriverOptions {
  /** initialize() loads WhatsApp Web with no timeout of its own; past this, the attempt is abandoned. */
  initTimeoutMs: number;
  /** After `authenticated`, `ready` must follow within this, or the client is restarted. */
  readyTimeoutMs: number;
  /** How often a running client is asked its state (the liveness probe). */
  livenessIntervalMs: number;
  /** A probe that has not answered after this long counts as failed. */
  livenessTimeoutMs: number;
  /** WWEBJS_WEB_VERSION: every start loads this WhatsApp Web version. */
  webVersion?: string;
  /** Failed starts in a row on the remembered WhatsApp Web version before the live one is tried. */
  versionFallbackAfter: number;
  /** How often WhatsApp Web's page is looked at for a dialog over it. */
  dialogCheckMs: number;
  /** How long destroy() may take before the browser is killed instead. */
  destroyTimeoutMs: number;
  restart: BackoffOptions;
  /**
   * WhatsApp Web open on another device: `takeover` takes the session back (and reconnects if dropped),
   * `yield` leaves it there until the session is started again.
   */
  onConflict: 'takeover' | 'yield';
}

export interface WwebjsDriverDeps {
  clients: WwebjsClientFactory;
  /** The WhatsApp Web version that last reached `ready`, shared by every node; none keeps nothing. */
  versions?: WebVersionStore;
  profile: Pick<BrowserProfile, 'prepare' | 'clear' | 'endBrowsers'>;
  logger: Logger;
  /** Shows each QR code to a person (the terminal); the `qr` event carries it to everyone else. */
  showQr?: (qr: string) => void;
  random?: () => number;
}
