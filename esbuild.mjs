// Bundles each entry point into dist/ as one CommonJS file; `vscode` stays external
// because the extension host provides it.
import * as esbuild from 'esbuild';

const entries = [
  { in: 'server/cli.ts', out: 'cli', banner: '#!/usr/bin/env node' },
];

await Promise.all(entries.map((e) => esbuild.build({
  entryPoints: [e.in],
  outfile: `dist/${e.out}.js`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode'],
  banner: e.banner ? { js: e.banner } : undefined,
  logLevel: 'warning',
})));
