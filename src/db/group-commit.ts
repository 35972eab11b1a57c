import { togetherOrAlone } from './together-or-alone.js';

interface Waiting<T> {
  item: T;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Writes that arrive while one is being made wait and go together in the next write, so concurrent
 * callers share one statement and one commit rather than queueing for the connection one by one. The
 * first write goes at once: a gateway that is not busy adds no delay. Each caller's promise settles with
 * its own write; should a combined write fail for anything but the database being away, each of its
 * items is written again on its own, so one that cannot be stored does not fail the others.
 */
export class GroupCommit<T> {
  readonly #waiting: Array<Waiting<T>> = [];
  #writing = false;

  constructor(
    private readonly write: (items: T[]) => Promise<unknown>,
    private readonly limit: number,
  ) {}

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#waiting.push({ item, resolve, reject });
      if (!this.#writing) void this.#writeWaiting();
    });
  }

  async #writeWaiting(): Promise<void> {
    this.#writing = true;
    try {
      while (this.#waiting.length > 0) await this.#writeTogether(this.#waiting.splice(0, this.limit));
    } finally {
      this.#writing = false;
    }
  }

  async #writeTogether(batch: Array<Waiting<T>>): Promise<void> {
    const write = async (waiting: ReadonlyArray<Waiting<T>>) => {
      await this.write(waiting.map(({ item }) => item));
      for (const { resolve } of waiting) resolve();
    };
    // A promise settles once: those written are not rejected by a failure after them.
    await togetherOrAlone(batch, write, ({ reject }, error) => reject(error)).catch((error: unknown) => {
      for (const { reject } of batch) reject(error);
    });
  }
}
