/**
 * The unit project: part of vitest.config.ts, and alone what mutation testing
 * (stryker.config.mjs) runs against each mutant.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
