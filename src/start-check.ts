import { readEnvironment } from './config/environment.js';
import { defaultDriver } from './domain/driver-kinds.js';

/**
 * What `npm start` asks of the configuration before it loads the gateway: whether the sessions run the
 * real driver, which needs a browser installed first. Blanks count as unset, as in the config itself.
 */
export function runsRealDriver(): boolean {
  return (readEnvironment().WHATSAPP_DRIVER?.trim() || defaultDriver) === 'wwebjs';
}
