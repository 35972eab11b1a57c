import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { WhatsAppDriver } from './driver.js';
import { SandboxDriver } from './sandbox/sandbox-driver.js';
import { BrowserProfile } from './wwebjs/browser-profile.js';
import { findChrome } from './wwebjs/chrome-path.js';
import { printQrInTerminal } from './wwebjs/terminal-qr.js';
import { wwebjsClientFactory } from './wwebjs/wwebjs-client.js';
import { WwebjsDriver } from './wwebjs/wwebjs-driver.js';

/**
 * The driver named by WHATSAPP_DRIVER, for one session. Building one launches nothing; a missing browser
 * fails here, before the session's lease is taken.
 */
export function createDriver(config: Config, session: string, logger: Logger): WhatsAppDriver {
  const log = logger.child({ session, driver: config.whatsapp.driver });
  switch (config.whatsapp.driver) {
    case 'sandbox':
      return new SandboxDriver(config.sandbox, log);
    case 'wwebjs': {
      const chromePath = findChrome(config.whatsapp.chromePath);
      const profile = new BrowserProfile(config.whatsapp.sessionPath, session);
      log.info({ chromePath, profile: profile.dir }, 'whatsapp-web.js driver');
      return new WwebjsDriver(config.wwebjs, {
        clients: wwebjsClientFactory({ chromePath, profile, webVersion: config.whatsapp.webVersion }),
        profile,
        logger: log,
        showQr: (qr) => printQrInTerminal(qr),
      });
    }
  }
}
