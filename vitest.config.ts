import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Four tiers, named so a failure names its tier: `unit` (pure logic, and the drivers against a fake
 * WhatsApp), `integration` (a real gateway on an ephemeral port, real clients, the SQLite file and the
 * PostgreSQL server), `system` (whole processes: crashes and restarts, Chromium) and `container` (the
 * image and the compose file). `npx vitest run --project unit` runs one.
 */
export default defineConfig({
  resolve: {
    // One copy of graphql for every importer, the one Node itself resolves for yoga and Pothos, or vitest
    // loads a second ("another module or realm") and instanceof checks on GraphQLError fail.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The JSON report is what .ci/run reads to print its "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'] } },
      // Whole processes start, crash and take over from each other here: a test's own waits are longer, and
      // one that waits longer still names its budget beside it.
      { extends: true, test: { name: 'system', include: ['test/system/**/*.test.ts'], testTimeout: 60_000 } },
      // The container image, built and run with podman: a build takes both cores for a minute or two, so
      // this tier runs after the others rather than slowing their timed waits.
      { extends: true, test: { name: 'container', include: ['test/container/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
