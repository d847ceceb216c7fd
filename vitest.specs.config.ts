/**
 * The core's specification tests alone: table-driven unit tests of single modules, which
 * load no index and read no seed at import. Mutation testing of those modules runs against
 * them (stryker.specs.config.mjs): fast, and each mutant is charged to the tests that reach
 * it. The whole unit suite (vitest.unit.config.ts) also runs them.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'specs',
    include: [
      'tests/unit/core/page/**/*.test.ts',
      'tests/unit/core/gate/**/*.test.ts',
      'tests/unit/core/stories/**/*.test.ts',
      'tests/unit/core/language/{roles,analyse-sentence,concepts,detect-language,transliterate}.test.ts',
      'tests/unit/core/compare/own-report.test.ts',
      'tests/unit/content/page-metadata.test.ts',
    ],
    environment: 'node',
  },
});
