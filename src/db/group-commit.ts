import { isDatabaseUnavailable } from '../errors.js';

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
    try {
      await this.write(batch.map(({ item }) => item));
      for (const { resolve } of batch) resolve();
    } catch (error) {
      if (batch.length === 1 || isDatabaseUnavailable(error)) {
        for (const { reject } of batch) reject(error);
        return;
      }
      for (const { item, resolve, reject } of batch) await this.write([item]).then(resolve, reject);
    }
  }
}
