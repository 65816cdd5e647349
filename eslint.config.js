// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    // Netlify's emulation writes its bundles into .netlify/ of each project it serves.
    '**/.netlify/',
    '.data/',
    '.bench/',
    'node_modules/',
    'playwright-report/',
    'test-results/',
    'blob-report/',
    'public/pagefind/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  // Parses .astro files (frontmatter and <script> with the TypeScript parser).
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // A leading underscore marks a deliberately unused name (`const { a: _a, ...rest } = x`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
);
