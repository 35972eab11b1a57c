import type { Config } from '../config.js';
import type { DriverSettings } from '../domain/driver-kinds.js';
import type { Logger } from '../logger.js';
import type { WhatsAppDriver } from './driver.js';
import type { LoginStore } from './login-store.js';
import type { WebVersionStore } from './web-version-store.js';
import { notFound } from '../errors.js';
import type { SandboxControl } from './sandbox/sandbox-control.js';
import type { SandboxLogins } from './sandbox/sandbox-logins.js';
import { SandboxDriver } from './sandbox/sandbox-driver.js';

/**
 * The driver for one session: its own when it names one, else the one WHATSAPP_DRIVER names. Building one
 * launches nothing; a missing browser fails here, before the session's lease is taken. With a login store
 * (WHATSAPP_LOGIN_STORE=database), a wwebjs session keeps its login there rather than in its folder alone;
 * a sandbox session keeps its link in the sandbox's. Each driver remembers the WhatsApp Web version that
 * last reached ready in its own `webVersions` store.
 */
export async function createDriver(
  config: Config,
  session: string,
  settings: DriverSettings,
  logger: Logger,
  logins: { wwebjs?: LoginStore; sandbox?: SandboxLogins } = {},
  webVersions: { wwebjs?: WebVersionStore; sandbox?: WebVersionStore } = {},
): Promise<WhatsAppDriver> {
  const kind = settings.driver ?? config.whatsapp.driver;
  const log = logger.child({ session, driver: kind });
  switch (kind) {
    case 'sandbox':
      return new SandboxDriver(config.sandbox, log, session, logins.sandbox, webVersions.sandbox);
    case 'wwebjs': {
      // whatsapp-web.js and puppeteer take ~0.2 s and ~35 MB to load; a sandbox gateway never needs them.
      const { createWwebjsDriver } = await import('./wwebjs/create-wwebjs-driver.js');
      return createWwebjsDriver(
        config,
        session,
        { proxy: settings.proxy ?? undefined, loginStore: logins.wwebjs, versions: webVersions.wwebjs },
        log,
      );
    }
  }
}

/** The sandbox's controls exist only while the sandbox driver runs; elsewhere they are not found. */
export function sandboxControl(driver: WhatsAppDriver): SandboxControl {
  if (!(driver instanceof SandboxDriver)) throw notFound('The sandbox driver is not active (WHATSAPP_DRIVER=sandbox)');
  return driver;
}
