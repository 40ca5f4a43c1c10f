// Bundles each entry point into dist/ as one CommonJS file; `vscode` stays external
// because the extension host provides it.
import { chmodSync } from 'node:fs';
import * as esbuild from 'esbuild';

const entries = [
  { in: 'server/cli.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  // Also the bin policylint-language-server (`--stdio`), for editors other than VS Code.
  { in: 'server/server.ts', out: 'server', banner: '#!/usr/bin/env node' },
  { in: 'client/extension.ts', out: 'extension' },
  // The library entry (`require('policylint')`): the engine without editor or CLI code.
  { in: 'lib/index.ts', out: 'lib' },
];

// The VS Code extension tests (npm run test:vscode) are bundled only when asked for.
if (process.argv.includes('--vscode-tests')) {
  entries.push(
    { in: 'test/vscode/runTest.ts', out: '../dist-test/runTest' },
    { in: 'test/vscode/suite/index.ts', out: '../dist-test/suite/index', external: ['mocha'] },
    { in: 'test/vscode/suite/extension.test.ts', out: '../dist-test/suite/extension.test' },
  );
}

await Promise.all(entries.map((e) => esbuild.build({
  entryPoints: [e.in],
  outfile: `dist/${e.out}.js`,
  bundle: true,
  platform: 'node',
  // ESM builds first: jsonc-parser's UMD main requires its own files at run time, which a bundle lacks.
  mainFields: ['module', 'main'],
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.env.POLICYLINT_MINIFY === '1',
  external: ['vscode', ...(e.external ?? [])],
  banner: e.banner ? { js: e.banner } : undefined,
  logLevel: 'warning',
})));

// The bins run as programs (`npx policylint` in this folder runs dist/cli.js itself, not through an
// installed copy, which npm would have made executable): a fresh build is created without the x bit.
for (const e of entries) if (e.banner) chmodSync(`dist/${e.out}.js`, 0o755);
