import { matchPath } from '../http/route-path.js';

/**
 * The `route` label of an HTTP request: a documented path pattern (`/api/campaigns/:id`), one of the
 * gateway's fixed paths, or `other`, so a scan of random paths cannot grow the metrics without bound.
 */
export function createRouteLabeler(routePaths: readonly string[], fixedPaths: readonly string[]) {
  const patterns = routePaths.map((path) => ({ path, matches: matchPath(path) }));
  const fixed = new Set(fixedPaths);
  return (pathname: string): string => {
    if (fixed.has(pathname)) return pathname;
    if (pathname.startsWith('/assets/')) return '/assets/*';
    return patterns.find(({ matches }) => matches(pathname))?.path ?? 'other';
  };
}
