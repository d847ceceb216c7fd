// @ts-check
/**
 * Mutation testing of the modules that have specification tests (vitest.specs.config.ts),
 * against those tests alone: `npx stryker run stryker.specs.config.mjs --mutate 'src/core/gate/**\/*.ts'`.
 * The whole suite's integration tests build an index when they load, which makes nearly
 * every mutant "static" (run against every test): hours instead of minutes.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import base from './stryker.config.mjs';

export default {
  ...base,
  vitest: { configFile: 'vitest.specs.config.ts' },
  htmlReporter: { fileName: 'reports/mutation/specs.html' },
  jsonReporter: { fileName: 'reports/mutation/specs.json' },
};
