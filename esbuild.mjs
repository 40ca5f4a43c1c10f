// Bundles each entry point into dist/ as one CommonJS file; `vscode` stays external
// because the extension host provides it.
import * as esbuild from 'esbuild';

const entries = [
  { in: 'server/cli.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/server.ts', out: 'server' },
  { in: 'client/extension.ts', out: 'extension' },
];

await Promise.all(entries.map((e) => esbuild.build({
  entryPoints: [e.in],
  outfile: `dist/${e.out}.js`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.env.POLICYLINT_MINIFY === '1',
  external: ['vscode'],
  banner: e.banner ? { js: e.banner } : undefined,
  logLevel: 'warning',
})));
