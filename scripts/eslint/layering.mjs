// Local ESLint rules that keep the layers apart (see README, "Architecture"):
// - `no-server-only-in-client`: a 'use client' module must not import a module marked
//   `import 'server-only'` (Next.js would fail the build only later, and only transitively).
// Imports of app/ from components/ and lib/ are refused with the built-in no-restricted-imports.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
const serverOnlyCache = new Map();

function resolveImport(fromFile, specifier) {
  let base;
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  return EXTENSIONS.map((extension) => base + extension).find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile()) ?? null;
}

function isServerOnly(file) {
  if (!serverOnlyCache.has(file)) serverOnlyCache.set(file, /^\s*import\s+['"]server-only['"]/m.test(readFileSync(file, 'utf8')));
  return serverOnlyCache.get(file);
}

const isClientModule = (sourceCode) => {
  const first = sourceCode.ast.body[0];
  return first?.type === 'ExpressionStatement' && first.directive === 'use client';
};

const layering = {
  rules: {
    'no-server-only-in-client': {
      meta: { type: 'problem', messages: { serverOnly: "'{{name}}' is server-only (it starts with import 'server-only'); a client component cannot import it." } },
      create(context) {
        if (!isClientModule(context.sourceCode)) return {};
        return {
          ImportDeclaration(node) {
            if (node.importKind === 'type') return; // types are erased
            const file = resolveImport(context.filename, node.source.value);
            if (file && isServerOnly(file)) context.report({ node, messageId: 'serverOnly', data: { name: node.source.value } });
          },
        };
      },
    },
  },
};

export default layering;
