// The language server driven by a real editor other than VS Code: headless Neovim (Debian's `neovim`
// package) and its built-in LSP client, over stdio. test/fixtures/neovim/roundtrip.lua opens a policy,
// waits for the server's diagnostics, requests code actions with them in context.diagnostics (once
// with vim.lsp.buf_request_sync, once with vim.lsp.buf.code_action and vim.ui.select, as a person
// would), applies both fixes, saves, and stops the server; this test checks what it saw.
//
// Without `nvim` on the PATH the test is skipped with a message, unless CI is set: there a missing
// nvim fails it (.ci/run installs Debian's neovim before `npm test`).
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');
const SCRIPT = path.join(__dirname, 'fixtures', 'neovim', 'roundtrip.lua');
const NVIM_TIMEOUT_MS = 60_000;

// An em dash before "Article 28" on its line: 3 bytes in UTF-8, 1 UTF-16 code unit, so Neovim's byte
// columns and the server's UTF-16 characters differ there.
const POLICY = [
  '# Privacy Policy',
  '',
  'We use your data under the GDPR — and only as this policy says. You have rights under Article 28 GDPR.',
  '',
  'We send our newsletter with Mailchimp.',
  '',
  '## Data processors',
  '',
  'We use the following third parties which act as data processors:',
  '',
  '- Google',
  '- Stripe',
  '',
  'We keep your data for as long as necessary.',
  '',
].join('\n');

const FIXED = POLICY
  .replace('rights under Article 28 GDPR', 'rights under Articles 12–23 GDPR')
  .replace('- Stripe\n', '- Stripe\n- Mailchimp\n');

interface Position { line: number; character: number }
interface LspDiagnostic { range: { start: Position; end: Position }; severity: number; code: string; source: string; message: string }
interface NvimDiagnostic { lnum: number; col: number; end_lnum: number; end_col: number; severity: number; code: string; source: string; message: string }
interface Round { label: string; version: number; published_version: number; lsp: LspDiagnostic[]; nvim: NvimDiagnostic[] }
interface Result {
  ok: boolean; error?: string; steps: string[]; nvim: { major: number; minor: number; patch: number };
  started_with: string; filetype: string; offset_encoding: string; log: string;
  rounds: Round[];
  processor_actions: Array<{ title: string; kind: string; isPreferred: boolean; has_edit: boolean }>;
  article_actions: string[];
  server_exit: { code: number; signal: number };
}

interface Run { result: Result; text: string; ms: number }

function nvimVersion(): string | undefined {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return r.status === 0 ? r.stdout.split('\n')[0] : undefined;
}

function tail(file: string, chars = 4000): string {
  try { return fs.readFileSync(file, 'utf8').slice(-chars); } catch { return `(no ${file})`; }
}

/** Runs the Lua script in a fresh headless Neovim against `cmd`; kills it after NVIM_TIMEOUT_MS and fails with what it printed and its LSP log. */
async function runNeovim(work: string, cmd: string[]): Promise<Run> {
  const ws = fs.mkdtempSync(path.join(work, 'ws-'));
  const file = path.join(ws, 'privacy.md');
  const out = path.join(ws, 'result.json');
  fs.writeFileSync(file, POLICY);
  const home = path.join(ws, '.nvim-home');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Neovim's own files (the LSP log among them) stay in the temporary folder.
    XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'),
    XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache'),
    POLICYLINT_NVIM_CMD: JSON.stringify(cmd), POLICYLINT_NVIM_FILE: file, POLICYLINT_NVIM_OUT: out,
  };
  const started = Date.now();
  const nvim = spawn('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${SCRIPT.replace(/[ \\|"]/g, '\\$&')}`], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  nvim.stdout.on('data', (d: Buffer) => { output += d.toString('utf8'); });
  nvim.stderr.on('data', (d: Buffer) => { output += d.toString('utf8'); });
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; nvim.kill('SIGKILL'); }, NVIM_TIMEOUT_MS);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    nvim.on('error', reject);
    nvim.on('exit', (c, s) => resolve([c, s]));
  }).finally(() => clearTimeout(timer));
  const ms = Date.now() - started;
  const result: Result | undefined = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : undefined;
  const log = result?.log ?? path.join(home, 'cache', 'nvim', 'lsp.log');
  if (timedOut || code !== 0 || !result?.ok) {
    throw new Error([
      timedOut ? `nvim did not finish within ${NVIM_TIMEOUT_MS / 1000} s and was killed` : `nvim exited with ${code ?? signal}`,
      `server: ${cmd.join(' ')}`,
      `steps done: ${result ? result.steps.join(' → ') : '(no result written)'}`,
      result?.error ? `error: ${result.error}` : '',
      `nvim printed:\n${output}`,
      `LSP log (${log}):\n${tail(log)}`,
    ].filter(Boolean).join('\n'));
  }
  return { result, text: fs.readFileSync(file, 'utf8'), ms };
}

/** The text a diagnostic's UTF-16 range covers, and the text Neovim's byte columns cover. */
function lspSlice(d: LspDiagnostic): string {
  const line = POLICY.split('\n')[d.range.start.line];
  return line.slice(d.range.start.character, d.range.end.character);
}
function nvimSlice(d: NvimDiagnostic): string {
  const line = Buffer.from(POLICY.split('\n')[d.lnum], 'utf8');
  return line.subarray(d.col, d.end_col).toString('utf8');
}
const codesOf = (ds: Array<{ code: string }>) => ds.map((d) => d.code).sort();

function check({ result, text }: Run): void {
  assert.ok(result.nvim.major > 0 || result.nvim.minor >= 7, `Neovim ${JSON.stringify(result.nvim)} is older than 0.7`);
  assert.equal(result.filetype, 'markdown');
  assert.equal(result.offset_encoding, 'utf-16');

  // Opened: the server's diagnostics, as published and as Neovim stored them.
  const [opened, afterProcessor, afterArticle] = result.rounds;
  assert.deepEqual(result.rounds.map((r) => r.label), ['opened', 'after processor fix', 'after citation fix']);
  assert.equal(opened.published_version, opened.version);
  assert.deepEqual([...new Set(codesOf(opened.lsp))], ['gdpr-article-mismatch', 'policy-date-stale', 'processor-unlisted', 'required-disclosure', 'retention-undefined']);
  assert.ok(opened.lsp.every((d) => d.source === 'policylint'));
  assert.deepEqual(codesOf(opened.nvim), codesOf(opened.lsp), 'Neovim keeps every diagnostic the server published');

  const article = opened.lsp.find((d) => d.code === 'gdpr-article-mismatch')!;
  assert.deepEqual(article.range, { start: { line: 2, character: 86 }, end: { line: 2, character: 96 } });
  assert.equal(article.severity, 1);
  assert.equal(lspSlice(article), 'Article 28');
  const processor = opened.lsp.find((d) => d.code === 'processor-unlisted')!;
  assert.deepEqual(processor.range, { start: { line: 4, character: 28 }, end: { line: 4, character: 37 } });
  assert.equal(processor.severity, 2);
  assert.match(processor.message, /^Mailchimp \(Intuit\) .* missing from the list under “Data processors”/);
  assert.equal(lspSlice(processor), 'Mailchimp');
  // Neovim turned the UTF-16 characters into byte columns: its squiggle lies under "Article 28", two
  // bytes to the right of character 86 (the em dash).
  const nvimArticle = opened.nvim.find((d) => d.code === 'gdpr-article-mismatch')!;
  assert.deepEqual([nvimArticle.lnum, nvimArticle.col, nvimArticle.end_lnum, nvimArticle.end_col], [2, 88, 2, 98]);
  assert.equal(nvimSlice(nvimArticle), 'Article 28');
  assert.equal(nvimSlice(opened.nvim.find((d) => d.code === 'processor-unlisted')!), 'Mailchimp');

  // The code actions, in the server's fixed order: the finding's fix (preferred), the disable comments, the documentation.
  assert.deepEqual(result.processor_actions.map((a) => a.title), [
    'Add “Mailchimp” to the list under “Data processors”',
    'Disable processor-unlisted for this line',
    'Disable processor-unlisted for this file',
    'Show documentation for processor-unlisted',
  ]);
  assert.deepEqual(result.processor_actions.map((a) => [a.kind, a.isPreferred, a.has_edit]), [['quickfix', true, true], ['quickfix', false, true], ['quickfix', false, true], ['quickfix', false, false]]);
  assert.deepEqual(result.article_actions, [
    'Replace with Articles 12–23',
    'Disable gdpr-article-mismatch for this line',
    'Disable gdpr-article-mismatch for this file',
    'Show documentation for gdpr-article-mismatch',
  ]);

  // Each fix, sent back to the server as Neovim's incremental didChange, clears its finding and no other.
  assert.ok(afterProcessor.version > opened.version);
  assert.equal(afterProcessor.published_version, afterProcessor.version);
  assert.deepEqual(codesOf(afterProcessor.lsp), codesOf(opened.lsp).filter((c) => c !== 'processor-unlisted'));
  assert.ok(afterArticle.version > afterProcessor.version);
  assert.equal(afterArticle.published_version, afterArticle.version);
  // Articles 12–23 are the data-subject rights: citing them also answers required-disclosure's finding on the rights.
  const rights = (d: LspDiagnostic) => d.code === 'required-disclosure' && /data-subject rights/.test(d.message);
  assert.equal(afterProcessor.lsp.filter(rights).length, 1);
  assert.deepEqual(codesOf(afterArticle.lsp), codesOf(afterProcessor.lsp.filter((d) => d.code !== 'gdpr-article-mismatch' && !rights(d))));
  assert.deepEqual(codesOf(afterArticle.nvim), codesOf(afterArticle.lsp));

  // The file Neovim wrote: Mailchimp added to the list, the citation replaced, nothing else changed.
  assert.equal(text, FIXED);
  assert.deepEqual(result.server_exit, { code: 0, signal: 0 }, 'the server exits cleanly on shutdown/exit');
}

describe('headless Neovim drives the language server over stdio', function () {
  this.timeout(NVIM_TIMEOUT_MS + 60_000);
  let work: string;

  before(function () {
    const version = nvimVersion();
    if (!version) {
      if (process.env.CI) throw new Error('nvim is not installed: .ci/run installs it (apt-get install neovim); CI must not skip this test');
      process.stderr.write('\n  [neovim] skipped: no nvim on the PATH (install Debian\'s neovim: apt-get install neovim)\n');
      this.skip();
    }
    process.stderr.write(`\n  [neovim] ${version}\n`);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-nvim-'));
  });
  after(() => { if (work) fs.rmSync(work, { recursive: true, force: true }); });

  it('node dist/server.js --stdio: diagnostics, code actions in order, both fixes applied and saved, clean exit', async () => {
    const server = path.join(ROOT, 'dist', 'server.js');
    assert.ok(fs.existsSync(server), `${server} is missing: run npm run build`);
    check(await runNeovim(work, ['node', server, '--stdio']));
  });

  it('the packed npm bin: policylint-language-server --stdio', async () => {
    // The tarball of the dist/ just built (no prepare script), installed into an empty project.
    const packed = fs.mkdtempSync(path.join(work, 'pack-'));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    const tgz = execFileSync(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', packed], { cwd: ROOT, encoding: 'utf8', env: npmEnv, timeout: 60_000 }).trim().split('\n').pop()!.trim();
    const project = path.join(packed, 'consumer');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
    execFileSync(npm, ['install', '--ignore-scripts', '--prefer-offline', '--loglevel=error', path.join(packed, tgz)], { cwd: project, encoding: 'utf8', env: npmEnv, timeout: 60_000 });
    const bin = path.join(project, 'node_modules', '.bin', 'policylint-language-server');
    check(await runNeovim(work, [bin, '--stdio']));
  });
});
