// The import-direction check alone (no type information, so it is fast): `npm run lint:layers`.
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';
import { IMPORT_DIRECTION_ZONES } from './eslint.layers.mjs';

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' } } },
    rules: { 'import/no-restricted-paths': ['error', { zones: IMPORT_DIRECTION_ZONES }] },
  },
];
