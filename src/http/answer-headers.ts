/** The headers an operation may add to its HTTP answer, besides those of the body. */
export type AnswerHeaderName = 'Retry-After' | 'RateLimit-Policy' | 'RateLimit-Limit' | 'RateLimit-Remaining' | 'RateLimit-Reset';

export type AnswerHeaderValues = { [Name in AnswerHeaderName]?: string };

/**
 * The headers the plugins give an HTTP answer (the rate limits, when to try again), whichever door the
 * request came through; that door writes them with its answer.
 */
export class AnswerHeaders {
  readonly #values: AnswerHeaderValues = {};

  set(values: AnswerHeaderValues): void {
    Object.assign(this.#values, values);
  }

  /** What the door writes. */
  toRecord(): Record<string, string> {
    return { ...this.#values } as Record<string, string>;
  }
}
