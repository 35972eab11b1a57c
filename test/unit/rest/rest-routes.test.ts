import { describe, expect, it } from 'vitest';
import { schema } from '../../../src/graphql/schema.js';
import { compileRoute } from '../../../src/rest/rest-adapter.js';
import { restRoutes } from '../../../src/rest/routes/index.js';

// The gateway compiles a route on its first request; a route whose operation does not fit the schema
// must fail here, not in front of a user.
describe('the REST routes', () => {
  it.each(restRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s runs a valid operation', (_, route) => {
    expect(compileRoute(route, schema).route).toBe(route);
  });

  it('refuses an operation that does not fit the schema, naming the route', () => {
    const [route] = restRoutes;
    expect(() => compileRoute({ ...route!, operation: 'query { noSuchField }' }, schema)).toThrow(
      `REST route ${route!.method} ${route!.path}: Cannot query field "noSuchField" on type "Query".`,
    );
  });
});
