import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Three tiers, named so a failure names its tier: `unit` (pure logic, and the drivers against a fake
 * WhatsApp), `integration` (a real gateway on an ephemeral port, real clients, the SQLite file and the
 * PostgreSQL server) and `system` (whole processes: crashes and restarts, Chromium). `npx vitest run
 * --project unit` runs one.
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
    ],
  },
});
