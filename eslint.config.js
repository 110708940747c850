import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const FEATURES = ['rates', 'events', 'timeline', 'reactions', 'export', 'user-data', 'study'];

/**
 * Dependencies flow shared → features → app. The base models, rates/model (series, the registry,
 * series statistics), events/model (the event schema and filters) and study/model (the event
 * study's pure statistics: abnormal returns, CARs, tests), may be used by every feature; nothing else of another feature (its components, API, store or other models): what two
 * features share lives in a base model or in src/lib (chart helpers in src/lib/chart).
 */
const BASE_MODELS = ['rates', 'events', 'study'];
const featureZones = FEATURES.map((f) => ({
  target: `./src/features/${f}`,
  from: './src/features',
  except: [`./${f}`, ...BASE_MODELS.filter((o) => o !== f).map((o) => `./${o}/model`)],
  message: 'Features meet in src/app; only the base models rates/model, events/model and study/model may be imported from another feature.',
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-automation', 'node_modules', 'public', 'test/bench/results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      'import-x/no-cycle': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^zod(/|$)', message: 'Import z from src/lib/zod (jitless, for the Content-Security-Policy).' }] },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/features', from: './src/app', message: 'Features must not import the app layer.' },
            { target: ['./src/lib', './src/config', './src/components', './src/i18n'], from: ['./src/features', './src/app'], message: 'Shared code must not import features or the app.' },
            ...featureZones,
          ],
        },
      ],
    },
  },
  {
    // UI text comes from the message catalog (src/i18n/locales, through useT): a component that
    // renders a literal word fails here. Ids, codes and source names come from the registry or
    // the catalog too; a literal that is truly not UI text says why in an eslint-disable comment.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/[A-Za-z\\u3131-\\uD79D]{2,}/]', message: 'Literal UI text in JSX: put it in the message catalog and use t().' },
        {
          selector: 'JSXAttribute[name.name=/^(title|aria-label|aria-description|aria-valuetext|placeholder|alt|label)$/] > Literal[value=/[A-Za-z\\u3131-\\uD79D]{2,}/]',
          message: 'Literal UI text in an attribute: put it in the message catalog and use t().',
        },
        // A literal shown as it is ({'Text'}, {`Text ${x}`}, {ok ? 'Yes' : 'No'}); catalog ids (a.b.c) may be chosen so.
        ...[
          'JSXExpressionContainer > Literal[value=/[A-Za-z\\u3131-\\uD79D]{2,}/]',
          'JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z\\u3131-\\uD79D]{2,}/]',
          'JSXExpressionContainer > ConditionalExpression > Literal[value=/[A-Za-z\\u3131-\\uD79D]{2,}/]:not([value=/^[\\w-]+(\\.[\\w-]+)+$/])',
          'JSXExpressionContainer > LogicalExpression > Literal[value=/[A-Za-z\\u3131-\\uD79D]{2,}/]:not([value=/^[\\w-]+(\\.[\\w-]+)+$/])',
        ].map((selector) => ({ selector, message: 'Literal UI text: put it in the message catalog and use t().' })),
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'test/**/*.{js,mjs}', 'mocks/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
