import { createRequire } from 'node:module';
import type { GraphiQLOptions } from 'graphql-yoga';
import type { Endpoint } from '../http/endpoint.js';
import { staticAsset } from '../http/static-asset.js';

const require = createRequire(import.meta.url);
const version = (require('@graphql-yoga/render-graphiql/package.json') as { version: string }).version;

/** GraphiQL's files as yoga's offline build carries them, read only when someone first opens the page. */
const bundle = () => import('@graphql-yoga/render-graphiql/graphiql');

const ASSETS = '/graphql/assets';

/** Monaco's workers by the label it asks for, as files of this gateway rather than blobs of one page. */
const workers = {
  editorWorkerService: `${ASSETS}/editor.worker.js?v=${version}`,
  json: `${ASSETS}/json.worker.js?v=${version}`,
  graphql: `${ASSETS}/graphql.worker.js?v=${version}`,
};

/** Options go into a script element: `<` is escaped so no value can close it. */
const inScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * GraphiQL at /graphql for a browser, from the installed package: the page, its script, its style and its
 * editor's workers are all this gateway's files, so it renders and runs queries with no other origin in
 * reach. The files' names carry the package's version, so a browser keeps them until an upgrade.
 */
export function graphiqlPage(options: GraphiQLOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${(options.title ?? 'GraphiQL').replace(/[<&]/g, '')}</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="${ASSETS}/graphiql.css?v=${version}">
</head>
<body id="body" class="no-focus-outline">
  <noscript>GraphiQL needs JavaScript.</noscript>
  <div id="root"></div>
  <script>
    const workers = ${inScript(workers)};
    self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };
  </script>
  <script src="${ASSETS}/graphiql.js?v=${version}"></script>
  <script>YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${inScript(options)});</script>
</body>
</html>
`;
}

/** The files the page loads. */
export function graphiqlEndpoints(): Endpoint[] {
  const script = 'text/javascript; charset=utf-8';
  const files = [
    { name: 'graphiql.js', type: script, load: async () => (await bundle()).js },
    { name: 'graphiql.css', type: 'text/css; charset=utf-8', load: async () => (await bundle()).css },
    { name: 'editor.worker.js', type: script, load: async () => (await bundle()).editorWorkerService },
    { name: 'json.worker.js', type: script, load: async () => (await bundle()).jsonWorker },
    { name: 'graphql.worker.js', type: script, load: async () => (await bundle()).graphqlWorker },
  ];
  return files.map(({ name, type, load }) => staticAsset({ path: `${ASSETS}/${name}`, type, load, caching: 'immutable' }));
}
