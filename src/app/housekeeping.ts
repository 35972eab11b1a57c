import { isDatabaseUnavailable } from '../errors.js';
import type { Logger } from '../logger.js';

/** How often old rows are deleted; the first pass runs right after start. */
const HOUSEKEEPING_INTERVAL_MS = 60 * 60_000;
/** A pass the database was away for is tried again this much later. */
const RETRY_MS = 5_000;

/** One kind of row that is deleted once it is old enough; answers how many went. */
export interface Chore {
  name: string;
  run: () => Promise<number>;
}

/**
 * Deletes what the gateway no longer needs (expired idempotency keys, ended webhook deliveries, old message
 * records), at start and then every hour, one chore after another, so the tables do not grow for ever.
 * Answers how to stop it: no new pass begins, and a pass under way finishes first.
 */
export function startHousekeeping(chores: Chore[], logger: Logger): () => Promise<void> {
  let pass: Promise<void> = Promise.resolve();
  let retry: NodeJS.Timeout | undefined;
  const sweep = async () => {
    let failed = false;
    for (const chore of chores) {
      try {
        const deleted = await chore.run();
        if (deleted > 0) logger.info({ chore: chore.name, deleted }, 'old rows deleted');
      } catch (error) {
        failed ||= isDatabaseUnavailable(error);
        logger.warn({ err: error, chore: chore.name }, 'could not delete old rows; trying again at the next pass');
      }
    }
    // A pass the database was away for is run again soon rather than an hour later.
    if (failed && !retry) {
      retry = setTimeout(() => {
        retry = undefined;
        next();
      }, RETRY_MS);
      retry.unref();
    }
  };
  const next = () => {
    pass = pass.then(sweep);
  };
  const first = setTimeout(next, 0);
  const timer = setInterval(next, HOUSEKEEPING_INTERVAL_MS);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    clearTimeout(retry);
    await pass;
    clearTimeout(retry);
  };
}
