import { notFound } from '../../errors.js';
import type { WhatsAppDriver } from '../driver.js';
import { SandboxDriver } from './sandbox-driver.js';

/** The sandbox's control calls exist only while the sandbox driver runs; elsewhere they are not found. */
export function sandboxControl(driver: WhatsAppDriver): SandboxDriver {
  if (!(driver instanceof SandboxDriver)) throw notFound('The sandbox driver is not active (WHATSAPP_DRIVER=sandbox)');
  return driver;
}
