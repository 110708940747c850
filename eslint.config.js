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
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/features', from: './src/app', message: 'Features must not import the app layer.' },
            { target: ['./src/lib', './src/config', './src/components'], from: ['./src/features', './src/app'], message: 'Shared code must not import features or the app.' },
            ...featureZones,
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'test/**/*.{js,mjs}', 'mocks/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
