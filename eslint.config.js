// Lint rules: ESLint's and typescript-eslint's recommended sets, plus the import boundary that keeps
// domain code free of HTTP. Formatting is Prettier's job (.prettierrc.json).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'migrations/',
      'dist/',
      'coverage/',
      'web/dist/',
      'web/src/api/schema.gen.d.ts',
      '**/*.tmp.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Domain code must not import HTTP: routes.ts adapts HTTP to domain functions.
    files: ['src/modules/**/*.ts', 'src/core/**/*.ts'],
    ignores: [
      'src/modules/**/*routes.ts',
      'src/modules/**/http-schemas.ts',
      'src/modules/**/*.test.ts',
      'src/modules/**/testing.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'fastify', message: 'Domain code must not import HTTP; put it in routes.ts.' }],
          patterns: [
            { group: ['**/http/*'], message: 'Domain code must not import HTTP; put it in routes.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**', '**/*.test.ts', '**/testing.ts', 'bench/**', 'web/e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The web app runs in the browser; hooks follow React's rules.
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
