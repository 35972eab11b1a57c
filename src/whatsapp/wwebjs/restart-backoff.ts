export interface BackoffOptions {
  /** The delay before the first restart. */
  baseMs: number;
  /** No delay grows past this, however many restarts in a row. */
  maxMs: number;
}

/**
 * Delays between restarts: doubling from `baseMs` up to `maxMs`, each drawn at random from its upper half
 * ("equal jitter"), so gateways that lost WhatsApp together do not all come back in the same second, and
 * the delay still grows visibly from one attempt to the next. There is no attempt limit: a gateway that gives
 * up stays down until someone notices.
 */
export class RestartBackoff {
  #attempt = 0;

  constructor(
    private readonly options: BackoffOptions,
    private readonly random: () => number = Math.random,
  ) {}

  /** How many restarts in a row so far, including the one `next()` just scheduled. */
  get attempt(): number {
    return this.#attempt;
  }

  next(): number {
    const ceiling = Math.min(this.options.maxMs, this.options.baseMs * 2 ** this.#attempt);
    this.#attempt += 1;
    return Math.round(ceiling / 2 + this.random() * (ceiling / 2));
  }

  /** Called once a connection proved healthy: the next failure starts from the base delay again. */
  reset(): void {
    this.#attempt = 0;
  }
}
