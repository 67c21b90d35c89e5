import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'storybook-static/',
      'coverage/',
      'server/test/.cache/',
      'server/src/sdk.generated.mjs',
      'examples/*/dist/',
      'examples/angular/.angular/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended']],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the elements run under a strict CSP.' },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No new Function: the elements run under a strict CSP.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'No innerHTML: data is untrusted, use Lit templates.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  // The SDK stands alone (it runs in Node and on the server): it never imports the elements' code or catalogues.
  {
    files: ['src/sdk/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/translations/*', '**/internal/*', '**/elements/*', '**/events/*', 'lit', 'lit/*'],
              message: 'The SDK stands alone: keep its words in src/sdk/messages/ and leave the DOM to the elements.',
            },
          ],
        },
      ],
    },
  },
  // Node scripts (build, smoke tests, bench); their page.evaluate() callbacks run in the browser.
  {
    files: ['**/*.mjs', '*.js', 'scripts/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // Browser-side files of the demo site and bench pages.
  { files: ['demo/**/*.js', 'examples/plain/host.js'], languageOptions: { globals: globals.browser } },
);
