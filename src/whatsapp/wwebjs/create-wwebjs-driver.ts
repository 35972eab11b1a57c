import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { LoginStore } from '../login-store.js';
import type { WebVersionStore } from '../web-version-store.js';
import { BrowserProfile } from './browser-profile.js';
import { findChrome } from './chrome-path.js';
import { printQrInTerminal } from './terminal-qr.js';
import { wwebjsClientFactory } from './wwebjs-client.js';
import { WwebjsDriver } from './wwebjs-driver.js';

/** The whatsapp-web.js driver for one session, on the system Chromium; a missing browser fails here. */
export function createWwebjsDriver(
  config: Config,
  session: string,
  { proxy, loginStore, versions }: { proxy?: string; loginStore?: LoginStore; versions?: WebVersionStore },
  log: Logger,
): WwebjsDriver {
  const chromePath = findChrome(config.whatsapp.chromePath);
  const profile = new BrowserProfile(config.whatsapp.sessionPath, session, loginStore ? 'remote' : 'local');
  log.info({ chromePath, profile: profile.dir }, 'whatsapp-web.js driver');
  return new WwebjsDriver(config.wwebjs, {
    clients: wwebjsClientFactory({
      chromePath,
      profile,
      onConflict: config.wwebjs.onConflict,
      proxy,
      loginStore,
    }),
    profile,
    versions,
    logger: log,
    showQr: (qr) => printQrInTerminal(qr),
  });
}
