/**
 * The `route` label of an HTTP request: a documented path pattern (`/api/campaigns/:id`), one of the
 * gateway's fixed paths, or `other`, so a scan of random paths cannot grow the metrics without bound.
 */
export function createRouteLabeler(routePaths: readonly string[], fixedPaths: readonly string[]) {
  const patterns = routePaths.map((path) => ({ path, pattern: new RegExp(`^${path.replace(/:\w+/g, '[^/]+')}$`) }));
  const fixed = new Set(fixedPaths);
  return (pathname: string): string => {
    if (fixed.has(pathname)) return pathname;
    if (pathname.startsWith('/assets/')) return '/assets/*';
    return patterns.find(({ pattern }) => pattern.test(pathname))?.path ?? 'other';
  };
}
