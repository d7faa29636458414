import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'events', 'stream', 'net'];
const noElectron = { name: 'electron', message: 'electron/backend and shared run under plain Node: never import electron.' };
const noNode = [
  { group: ['node:*'], message: 'renderer and shared run in the browser: no Node built-ins.' },
  { group: ['**/electron/**'], message: 'The renderer reaches the backend only through the API client.' },
];
const noNodeNames = [...NODE_BUILTINS, 'better-sqlite3', 'kysely'].map((name) => ({
  name,
  message: 'renderer and shared never touch Node or the database.',
}));

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', '.electron-native/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  // The layering rule: where code runs decides what it may import.
  { files: ['electron/backend/**'], rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] } },
  { files: ['renderer/**'], rules: { 'no-restricted-imports': ['error', { paths: noNodeNames, patterns: noNode }] } },
  { files: ['shared/**'], rules: { 'no-restricted-imports': ['error', { paths: [noElectron, ...noNodeNames], patterns: noNode }] } },
);
