// Mutation testing of the pure domain (`npm run test:mutation`, not in CI): how many deliberate
// bugs in lib/domain do its own pure tests catch? Results and the surviving, equivalent mutants
// are listed in lib/domain/MUTATION.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', dir: 'lib/domain' },
  mutate: ['lib/domain/**/*.ts', '!lib/domain/**/*.test.ts'],
  coverageAnalysis: 'perTest',
  // Two shared cores: one worker per core at most.
  concurrency: 2,
  timeoutMS: 10_000,
  // Only lib/ is imported by the domain tests; the rest need not be copied into the sandbox.
  ignorePatterns: ['.data', '.next*', 'app', 'components', 'e2e', 'tests', 'bench', 'public', 'prisma/migrations', 'test-results*', 'playwright-report'],
  // Everything Stryker writes stays under the git-ignored .data/.
  tempDirName: '.data/stryker-tmp',
  incremental: true,
  incrementalFile: '.data/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: '.data/mutation/report.html' },
  jsonReporter: { fileName: '.data/mutation/report.json' },
  thresholds: { high: 95, low: 90, break: null },
};

export default config;
