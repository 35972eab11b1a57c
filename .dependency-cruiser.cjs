// The layers of the gateway and what each may import. Each rule says why it exists; `npm run check:layers`
// (part of `npm test`) fails with the rule's name and this comment when an import breaks one.
//
//   main.ts ─► app/ ─► transports (rest, ws, dashboard, graphql) ─► services ─► adapters (whatsapp, db)
//                                                                            ─► base (config, logger, events, timers, config/, http/)
//                                                                            ─► domain/ ─► errors.ts

const domain = '^src/domain/';
const errors = '^src/errors[.]ts$';
const base = '^src/(config|logger|events|timers|version|install-root)[.]ts$|^src/(config|http)/';
const adapters = '^src/(whatsapp|db)/';
const services = '^src/(sessions|keys|messaging|campaigns|webhooks|idempotency|metrics|cluster)/';
const transports = '^src/(rest|ws|dashboard|graphql)/';
const app = '^src/app/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-runtime-cycle',
      severity: 'error',
      comment:
        'A module in an import cycle may run before the module it needs has finished loading, and then reads ' +
        'undefined. Break the cycle by moving the shared piece down a layer.',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-type-cycle',
      severity: 'error',
      comment:
        'Even a cycle of type-only imports means two modules define each other: one of them owns a word that ' +
        'belongs to the layer below both. Move that type down.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'errors-stand-alone',
      severity: 'error',
      comment: 'The error table is read by every layer, the vocabulary included, so it can import nothing of ours.',
      from: { path: errors },
      to: { path: '^src/' },
    },
    {
      name: 'domain-is-the-floor',
      severity: 'error',
      comment:
        'domain/ holds the pure words of the field (chat ids, states, event payloads) that every layer shares. ' +
        'It imports nothing of ours but the error table, so anyone may import it without pulling in a service.',
      from: { path: domain },
      to: { path: '^src/', pathNot: [domain, errors] },
    },
    {
      name: 'base-stands-on-domain',
      severity: 'error',
      comment:
        'Config, logger, the event bus and the HTTP helpers are loaded by everything; if they imported a ' +
        'service, loading the config would load that service and all it drags in.',
      from: { path: base },
      to: { path: '^src/', pathNot: [domain, errors, base] },
    },
    {
      name: 'adapters-stand-on-base',
      severity: 'error',
      comment:
        'Drivers and the store are replaceable adapters: they speak the vocabulary and the base, never a ' +
        'service, or a service change would ripple into WhatsApp and the schema.',
      from: { path: adapters },
      to: { path: '^src/', pathNot: [domain, errors, base, '^src/whatsapp/', '^src/db/'] },
    },
    {
      name: 'drivers-and-store-apart',
      severity: 'error',
      comment: 'A WhatsApp driver knows nothing of the database and the store nothing of a driver: services join them.',
      from: { path: '^src/(whatsapp|db)/' },
      to: { path: '^src/(whatsapp|db)/', pathNot: '^src/$1/' },
    },
    {
      name: 'services-below-transports',
      severity: 'error',
      comment:
        'Services do the work whatever door a request came through; one that imported a transport could ' +
        'only be reached through that door.',
      from: { path: services },
      to: { path: [transports, app, '^src/main[.]ts$'] },
    },
    {
      name: 'transports-through-services',
      severity: 'error',
      comment:
        'A transport translates a request and calls a service; calling a driver or the ORM directly skips ' +
        'the rules the service keeps (records before announcements, leases, caps). Types are fine: Pothos ' +
        'backs its objects with entity and driver types.',
      from: { path: transports },
      to: { path: adapters, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'graphql-is-the-core',
      severity: 'error',
      comment: 'REST, the raw stream and the dashboard are doors onto the GraphQL schema, never the other way round.',
      from: { path: '^src/graphql/' },
      to: { path: '^src/(rest|ws|dashboard)/' },
    },
    {
      name: 'only-main-imports-app',
      severity: 'error',
      comment:
        'app/ is the composition root: it builds everything. Anything else importing it would depend on the ' +
        'whole gateway; resolvers see the services through the type graphql/ declares for its context.',
      from: { path: '^src/', pathNot: ['^src/main[.]ts$', app] },
      to: { path: app },
    },
    {
      name: 'client-stands-alone',
      severity: 'error',
      comment: 'The typed REST client is published for users; it must not drag the server into their bundle.',
      from: { path: '^src/client/' },
      to: { path: '^src/', pathNot: '^src/client/' },
    },
    {
      name: 'page-uses-only-the-vocabulary',
      severity: 'error',
      comment: 'The dashboard runs in a browser: of the server it may share only the pure vocabulary.',
      from: { path: '^dashboard/' },
      to: { path: '^src/', pathNot: domain },
    },
    {
      name: 'server-does-not-import-tests',
      severity: 'error',
      comment: 'Server code never imports the test suite or the scripts around it.',
      from: { path: '^src/' },
      to: { path: '^(test|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/db/migrations/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
