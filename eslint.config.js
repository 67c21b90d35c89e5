import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'coverage/', '**/*.mjs', '**/*.js', '!src/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the elements run under a strict CSP.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the elements run under a strict CSP.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML: data is untrusted, use Lit templates.' }],
    },
  },
  { files: ['test/**/*.ts', 'stories/**/*.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' } },
);
