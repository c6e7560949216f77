import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import layering from './scripts/eslint/layering.mjs';

// Imports go app → components → lib, never back; client components never import server-only modules.
const noAppImports = {
  'no-restricted-imports': [
    'error',
    { patterns: [{ group: ['@/app', '@/app/*', '**/app/*'], message: 'components/ and lib/ must not import app/: move the code to lib/ (or components/) and import it from there.' }] },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  { files: ['components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'], rules: noAppImports },
  { files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'], plugins: { layering }, rules: { 'layering/no-server-only-in-client': 'error' } },
  { ignores: ['.next*/**', 'lib/generated/**', '.data/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;
