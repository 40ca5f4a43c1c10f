// Installs what the end-to-end tests need, once per machine, and packages the extension.
//
//   - Debian packages: chromium, and the headers code-server's native modules build against
//     (apt-get update once, and only when one is missing);
//   - Node 24 (the npm package `node@24`) and code-server 4.139.1, into a cache folder outside
//     the clone (~/.cache/policylint-e2e, or $POLICYLINT_E2E_CACHE), reused when present;
//   - policylint.vsix, freshly packaged with `npm run package`.
//
// Run on its own with `node --import tsx test/e2e/setup.ts`; the tests call ensureTools() first.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_SPEC = 'node@24';
export const CHROMIUM = '/usr/bin/chromium';
// fonts-liberation is one of chromium's recommended packages, which are otherwise not installed.
const APT_PACKAGES = ['chromium', 'fonts-liberation', 'libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'libx11-dev', 'pkg-config'];

export const ROOT = path.resolve(__dirname, '..', '..');
export const CACHE = process.env.POLICYLINT_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'policylint-e2e');

export interface Tools {
  /** Node 24's executable, which runs code-server. */
  node: string;
  /** code-server's entry script (run it with `node`). */
  codeServer: string;
  chromium: string;
  vsix: string;
}

function log(message: string): void {
  process.stderr.write(`[e2e setup] ${message}\n`);
}

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): void {
  const started = Date.now();
  log(`$ ${cmd} ${args.join(' ')}${opts.cwd ? `   (in ${opts.cwd})` : ''}`);
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function installed(pkg: string): boolean {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && /install ok installed/.test(r.stdout);
}

export function ensureAptPackages(): void {
  const missing = APT_PACKAGES.filter((p) => !installed(p));
  if (!missing.length && fs.existsSync(CHROMIUM)) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args: string[]) => process.getuid?.() === 0 ? run('apt-get', args, { env }) : run('sudo', ['apt-get', ...args], { env });
  log(`installing Debian packages: ${missing.join(' ')}`);
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', ...missing]);
}

/**
 * npm, run by the given Node (npm's own script starts with `#!/usr/bin/env node`). Under `npm run`, the
 * environment carries the outer npm's variables: its user agent names the outer Node (code-server's
 * postinstall reads the Node version from it), and its lifecycle and package variables belong to this
 * project. They are dropped; the user's own npm_config_* settings are kept.
 */
function npmEnv(nodeBin: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) =>
    !/^npm_(config_user_agent|config_nodedir|execpath|node_execpath|command|lifecycle_|package_)/i.test(k) && k !== 'INIT_CWD'));
  return {
    ...inherited,
    PATH: `${nodeBin}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
    ...extra,
  };
}

/** Installs `spec` into `dir` unless `marker` is there; installs into a temporary sibling first and renames it, so a half-done install is never reused. */
function ensureNpmInstall(dir: string, marker: string, spec: string, env: NodeJS.ProcessEnv): void {
  if (fs.existsSync(path.join(dir, marker))) return;
  fs.mkdirSync(CACHE, { recursive: true });
  const tmp = `${dir}.partial-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  // A package.json of its own keeps the install out of any project above, and out of this one's dependencies.
  fs.writeFileSync(path.join(tmp, 'package.json'), JSON.stringify({ name: path.basename(dir).replace(/[^a-z0-9-]/gi, '-').toLowerCase(), private: true }, null, 2));
  log(`installing ${spec} into ${dir}`);
  run('npm', ['install', '--no-save', '--no-package-lock', '--loglevel=error', spec], { cwd: tmp, env });
  if (!fs.existsSync(path.join(tmp, marker))) throw new Error(`${spec} installed, but ${marker} is missing`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir);
}

export function ensureNode24(): string {
  const dir = path.join(CACHE, 'node24');
  const marker = path.join('node_modules', 'node', 'bin', 'node');
  ensureNpmInstall(dir, marker, NODE_SPEC, npmEnv(path.dirname(process.execPath)));
  const node = path.join(dir, marker);
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v24.')) throw new Error(`${node} is ${version}, not Node 24`);
  return node;
}

export function ensureCodeServer(node: string): string {
  const dir = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
  const entry = path.join('node_modules', 'code-server', 'out', 'node', 'entry.js');
  const nodeBin = path.dirname(node);
  // Native modules build against Node 24's own headers (the npm package node-<os>-<arch> ships them
  // beside its binary), not against the nodedir the machine's npm configuration names for its own Node.
  const pkg = path.dirname(nodeBin);
  const platformPkg = `node-${process.platform}-${process.arch}`;
  const headers = [pkg, path.join(pkg, 'node_modules', platformPkg), path.join(pkg, '..', platformPkg)]
    .find((d) => fs.existsSync(path.join(d, 'include', 'node', 'node.h')));
  if (!headers) log(`no Node 24 headers found beside ${node}; node-gyp will look for them itself`);
  const env = npmEnv(nodeBin, headers ? { npm_config_nodedir: headers } : {});
  ensureNpmInstall(dir, entry, `code-server@${CODE_SERVER_VERSION}`, env);
  return path.join(dir, entry);
}

export function packageExtension(): string {
  run('npm', ['run', '--silent', 'package'], { cwd: ROOT });
  const vsix = path.join(ROOT, 'policylint.vsix');
  if (!fs.existsSync(vsix)) throw new Error(`npm run package did not write ${vsix}`);
  return vsix;
}

let tools: Tools | undefined;

export function ensureTools(): Tools {
  if (tools) return tools;
  const started = Date.now();
  ensureAptPackages();
  const node = ensureNode24();
  const codeServer = ensureCodeServer(node);
  const vsix = packageExtension();
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s (cache: ${CACHE})`);
  tools = { node, codeServer, chromium: CHROMIUM, vsix };
  return tools;
}

if (require.main === module) ensureTools();
