const PARAM = /:(\w+)/g;

/** The names of a `/api/campaigns/:id` style path's parameters, in order. */
export const paramNames = (path: string): string[] => [...path.matchAll(PARAM)].map(([, name]) => name!);

/**
 * A `/api/campaigns/:id` style path as a matcher: the parameters of a path it matches, decoded (clients
 * such as openapi-fetch encode a message id's `@` as `%40`), else undefined, also for a parameter that
 * is not valid percent-encoding.
 */
export function matchPath(path: string): (pathname: string) => Record<string, string> | undefined {
  const pattern = new RegExp(`^${path.replace(PARAM, '(?<$1>[^/]+)')}$`);
  return (pathname) => {
    const match = pattern.exec(pathname);
    if (!match) return undefined;
    try {
      return Object.fromEntries(Object.entries(match.groups ?? {}).map(([name, value]) => [name, decodeURIComponent(value)]));
    } catch {
      return undefined;
    }
  };
}
