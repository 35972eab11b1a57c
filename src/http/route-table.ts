import FindMyWay, { type HTTPMethod } from 'find-my-way';

const PARAM = /:(\w+)/g;

/** The names of a `/api/campaigns/:id` style path's parameters, in order. */
export const paramNames = (path: string): string[] => [...path.matchAll(PARAM)].map(([, name]) => name!);

export interface RouteMatch<T> {
  value: T;
  /** Decoded: clients such as openapi-fetch encode a message id's `@` as `%40`. */
  params: Record<string, string>;
}

/**
 * `/api/campaigns/:id` style paths, each with a value, looked up by method and path in a radix tree
 * (find-my-way, fastify's router), so a request costs the same however many routes there are. A static
 * segment wins over a parameter (`/api/messages/send-text` over `/api/messages/:id`). A parameter is never
 * empty, and one that is not valid percent-encoding matches nothing.
 */
export class RouteTable<T> {
  readonly #router = FindMyWay({ ignoreTrailingSlash: false, caseSensitive: true });
  readonly #methods = new Set<string>();

  add(method: string, path: string, value: T): void {
    this.#router.on(method as HTTPMethod, path, () => undefined, { value });
    this.#methods.add(method);
  }

  find(method: string, pathname: string): RouteMatch<T> | undefined {
    if (!this.#methods.has(method)) return undefined;
    const found = this.#router.find(method as HTTPMethod, pathname);
    if (!found) return undefined;
    const params = found.params as Record<string, string>;
    for (const name in params) if (params[name] === '') return undefined;
    return { value: (found.store as { value: T }).value, params };
  }

  /** What each method the table knows finds at this path, for telling a client which methods it takes. */
  findAnyMethod(pathname: string): Array<RouteMatch<T> & { method: string }> {
    return [...this.#methods].flatMap((method) => {
      const match = this.find(method, pathname);
      return match ? [{ ...match, method }] : [];
    });
  }
}
