import type { Logger } from '../logger.js';
import { withDeadline } from '../timers.js';

/** How long a step may take to stop before the next one stops anyway. */
const DEFAULT_STOP_DEADLINE_MS = 5_000;

interface StartedStep {
  name: string;
  stop: () => unknown;
  deadlineMs: number;
}

/**
 * The gateway's start as named steps, and its stop as the same steps in reverse: whatever a step opened is
 * closed after everything that came later and may still use it. A step that fails to start stops nothing
 * of its own; the steps before it are stopped by stop(). A step that does not stop within its deadline is
 * logged and left, so one hung resource cannot keep the database open for ever.
 */
export class Lifecycle {
  readonly #started: StartedStep[] = [];

  constructor(private readonly logger: Logger) {}

  /**
   * Runs `start` and remembers `stop` for it (called with what `start` returned).
   * @param options.deadlineMs  how long `stop` may take; default 5 s
   */
  async step<T>(
    name: string,
    start: () => T | Promise<T>,
    stop?: (started: T) => unknown,
    options: { deadlineMs?: number } = {},
  ): Promise<T> {
    const started = await start();
    if (stop) this.#started.push({ name, stop: () => stop(started), deadlineMs: options.deadlineMs ?? DEFAULT_STOP_DEADLINE_MS });
    return started;
  }

  /** Stops every started step, last first; safe to call twice, and after a failed start. */
  async stop(): Promise<void> {
    for (let step = this.#started.pop(); step; step = this.#started.pop()) {
      try {
        await withDeadline(Promise.resolve(step.stop()), step.deadlineMs, `stopping ${step.name}`);
      } catch (error) {
        this.logger.error({ err: error, step: step.name }, 'a step did not stop cleanly; stopping the rest');
      }
    }
  }
}
