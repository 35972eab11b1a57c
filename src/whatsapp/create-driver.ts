import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { WhatsAppDriver } from './driver.js';
import { SandboxDriver } from './sandbox/sandbox-driver.js';

/** The driver named by WHATSAPP_DRIVER, for one session. */
export function createDriver(config: Config, session: string, logger: Logger): WhatsAppDriver {
  const log = logger.child({ session, driver: config.whatsapp.driver });
  switch (config.whatsapp.driver) {
    case 'sandbox':
      return new SandboxDriver(config.sandbox, log);
    case 'wwebjs':
      throw new Error(
        'WHATSAPP_DRIVER=wwebjs: the whatsapp-web.js driver is not in this build yet; use WHATSAPP_DRIVER=sandbox',
      );
  }
}
