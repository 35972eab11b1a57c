/**
 * Timers an owner (a driver, a worker) sets and clears together: each forgets itself when it fires, and
 * clearAll() ends the rest when the owner stops, so no task runs after its owner is gone.
 */
export class Timers {
  readonly #pending = new Set<NodeJS.Timeout>();

  /**
   * @param options.unref  let the process exit while a timer is pending (background retries); default false
   * @param options.onError  where a throwing task's error goes; by default it propagates as an uncaught error
   */
  constructor(private readonly options: { unref?: boolean; onError?: (error: unknown) => void } = {}) {}

  after(ms: number, task: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.#pending.delete(timer);
      if (!this.options.onError) return task();
      try {
        task();
      } catch (error) {
        this.options.onError(error);
      }
    }, ms);
    if (this.options.unref) timer.unref();
    this.#pending.add(timer);
    return timer;
  }

  /** Runs `task` every `ms` until cancelled or cleared. */
  every(ms: number, task: () => void): NodeJS.Timeout {
    const timer = setInterval(task, ms);
    if (this.options.unref) timer.unref();
    this.#pending.add(timer);
    return timer;
  }

  cancel(timer: NodeJS.Timeout | undefined): void {
    if (!timer) return;
    clearTimeout(timer);
    this.#pending.delete(timer);
  }

  clearAll(): void {
    for (const timer of this.#pending) clearTimeout(timer);
    this.#pending.clear();
  }
}

/** Settles like `promise`, or rejects once `ms` have passed; the timer never holds the process open. */
export async function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
