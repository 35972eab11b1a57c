import { buildApp } from './app/app.js';
import { ConfigError, loadConfig } from './config.js';
import { readEnvironment } from './config/environment.js';
import { createLogger, readableLogDestination } from './logger.js';

/**
 * SIGTERM/SIGINT must see the process gone within this long, whatever hangs: under the 10 s that Docker
 * waits before it kills a container, so the gateway's own last log lines are always written.
 */
const SHUTDOWN_DEADLINE_MS = 8_000;

let config;
try {
  config = loadConfig(readEnvironment());
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`WaQtor cannot start. ${error.message}\nSee .env.example for every setting.\n`);
  process.exit(1);
}

const logger = createLogger(config.logLevel, config.logFormat === 'pretty' ? readableLogDestination() : undefined);
logger.info(
  { driver: config.whatsapp.driver, database: config.database.kind },
  config.whatsapp.driverChosenByDefault
    ? `starting with the ${config.whatsapp.driver} driver (WHATSAPP_DRIVER is not set)`
    : `starting with the ${config.whatsapp.driver} driver`,
);

if (config.apiKeyIsExample) {
  logger.warn('API_KEY is still the example value from .env.example; change it before anyone else can reach this gateway');
}

const app = buildApp(config, logger);
let stopping = false;

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  const deadline = setTimeout(() => {
    logger.error('shutdown took too long; exiting');
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS);
  deadline.unref();
  try {
    await app.stop();
    logger.info('stopped');
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}

// whatsapp-web.js runs async handlers inside puppeteer's event emitters, where a closing browser rejects
// with nobody to catch it. The driver supervises the browser itself, so such a rejection is logged, not fatal.
process.on('unhandledRejection', (reason) => {
  logger.error({ err: reason }, 'unhandled promise rejection; the gateway keeps running');
});
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

// Not a top-level await: the bundle `npm start` runs is a CommonJS file, which V8 can cache compiled.
async function start() {
  try {
    const { url } = await app.start();
    logger.info({ dashboard: `${url}/`, graphql: `${url}/graphql` }, `gateway ready: open ${url}/ to link WhatsApp`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.fatal({ err: error }, `cannot start: ${reason}`);
    process.stderr.write(`WaQtor cannot start. ${reason}\n`);
    await app.stop().catch(() => undefined);
    process.exit(1);
  }
}

void start();
