import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'node_modules/', 'src/generated/', 'test-results/', '.scratch/', '**/.scratch-*/', 'artifacts/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      // Browser glue talks to untyped platform objects; we narrow them with runtime checks instead.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Leaving a key out of an object by destructuring it away is a clear idiom.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
);
