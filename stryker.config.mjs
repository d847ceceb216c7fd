// @ts-check
/**
 * Mutation testing of src/core/ (`npm run mutation`): StrykerJS changes the core's code one
 * mutant at a time and runs the unit tests against each; a mutant no test notices survives.
 * Slow (tens of minutes for all of src/core on two cores), so not part of CI or `npm test`.
 * A part only: `npm run mutation -- --mutate 'src/core/text/**\/*.ts'`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  // The core's TypeScript; generated JSON and type-only declarations are not code to mutate.
  mutate: ['src/core/**/*.ts', '!src/core/types.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.unit.config.ts' },
  // Vitest picks the tests that import the mutated file; per-test coverage then runs only
  // the tests that reach each mutant.
  coverageAnalysis: 'perTest',
  checkers: [],
  concurrency: 1,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  // Reports and test output are not sources (dist/ is: unit tests of the build read it).
  ignorePatterns: ['reports', 'test-results', 'artifacts', '.scratch'],
  thresholds: { high: 80, low: 60, break: null },
};
