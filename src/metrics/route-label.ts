import { RouteTable } from '../http/route-table.js';

/**
 * The `route` label of an HTTP request: a documented path pattern (`/api/campaigns/:id`), one of the
 * gateway's fixed paths, or `other`, so a scan of random paths cannot grow the metrics without bound.
 */
export function createRouteLabeler(routes: ReadonlyArray<{ method: string; path: string }>, fixedPaths: readonly string[]) {
  const table = new RouteTable<string>();
  for (const { method, path } of routes) table.add(method, path, path);
  const fixed = new Set(fixedPaths);
  return (method: string | undefined, pathname: string): string => {
    if (fixed.has(pathname)) return pathname;
    if (pathname.startsWith('/assets/')) return '/assets/*';
    return (table.find(method ?? 'GET', pathname) ?? table.findAnyMethod(pathname)[0])?.value ?? 'other';
  };
}
