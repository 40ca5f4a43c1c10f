// The npm package as a user gets it: `npm pack`, installed into an empty project, then used through
// its library entry (`require`/`import` and the TypeScript types) and its two bins.
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { brokenLinks, isAbsolute, pageLinks, resolveTarget } from './markdownLinks';

const ROOT = path.join(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const POLICY = 'Privacy Policy\n\nWe use your data under the GDPR. You have rights under Article 28 GDPR.\n\nWe send our newsletter with Mailchimp.\n\n4 Data Processors\n\nWe use the following third parties which act as data processors:\n\n- Google\n- Stripe\n\nWe keep your data for as long as necessary.\n';

describe('the npm package, installed fresh', function () {
  this.timeout(240_000);
  let project: string;
  let work: string;

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-package-'));
    // `npm pack` runs `prepare`: the bundles and the library's types are built from the sources.
    const out = execFileSync(npm, ['pack', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
    const tarball = path.join(work, out.trim().split('\n').pop()!.trim());
    project = path.join(work, 'consumer');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--loglevel=error', tarball], { cwd: project, encoding: 'utf8' });
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('has no dependencies of its own: everything it runs is bundled', () => {
    const installed = fs.readdirSync(path.join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    assert.deepEqual(installed, ['policylint']);
  });

  it('lints and fixes through require("policylint")', () => {
    const script = `
      const { lint, fix, rules, version, formatOf } = require('policylint');
      const report = lint(${JSON.stringify(POLICY)}, { options: { today: new Date('2026-12-06') } });
      const fixed = fix(${JSON.stringify(POLICY)}, { options: { today: new Date('2026-12-06') } });
      console.log(JSON.stringify({
        format: report.format, version, rules: rules.map((r) => r.id), md: formatOf('privacy.md'),
        findings: report.findings.map((f) => [f.ruleId, ${JSON.stringify(POLICY)}.slice(f.start, f.end), f.range.start.line]),
        applied: fixed.applied, changed: fixed.output !== ${JSON.stringify(POLICY)},
        left: fixed.report.findings.map((f) => f.ruleId),
      }));`;
    const got = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' }));
    assert.equal(got.format, 'plaintext');
    assert.equal(got.version, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    assert.equal(got.md, 'markdown');
    assert.ok(got.rules.includes('gdpr-article-mismatch') && got.rules.length >= 10);
    const ids = got.findings.map((f: [string, string, number]) => f[0]);
    assert.ok(ids.includes('gdpr-article-mismatch'), JSON.stringify(got.findings));
    assert.deepEqual(got.findings.find((f: [string, string, number]) => f[0] === 'gdpr-article-mismatch'), ['gdpr-article-mismatch', 'Article 28', 2]);
    // Adding Mailchimp to the list of processors is safe: fix() applies it, and the finding is gone from
    // the report on the output. The citation's fix needs a person: it stays a finding.
    assert.ok(ids.includes('processor-unlisted'));
    assert.equal(got.applied, 1);
    assert.equal(got.changed, true);
    assert.ok(!got.left.includes('processor-unlisted'));
    assert.ok(got.left.includes('gdpr-article-mismatch'));
  });

  it('imports as an ES module with named exports', () => {
    fs.writeFileSync(path.join(project, 'esm.mjs'), `import { lint } from 'policylint';\nconsole.log(lint('<h1>Privacy</h1><p>Data Protection Act 1998 applies.</p>').findings.map((f) => f.ruleId).join(','));\n`);
    const out = execFileSync(process.execPath, ['esm.mjs'], { cwd: project, encoding: 'utf8' });
    assert.match(out, /outdated-law-reference/);
  });

  it('gives TypeScript its types', () => {
    fs.writeFileSync(path.join(project, 'use.ts'), [
      "import { lint, fix, type LintFinding, type LintOptions } from 'policylint';",
      "const options: LintOptions = { rules: { 'policy-date-stale': 'off' }, jurisdiction: 'eu' };",
      "const findings: LintFinding[] = lint('text', { format: 'markdown', options }).findings;",
      'const line: number = findings[0]?.range.start.line ?? 0;',
      "const output: string = fix('text').output;",
      'export { line, output };',
      // A wrong use must not type-check (checked below with @ts-expect-error).
      "// @ts-expect-error: the format is one of PolicyLint's",
      "lint('text', { format: 'docx' });",
      '',
    ].join('\n'));
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'node16', '--moduleResolution', 'node16', 'use.ts'], { cwd: project, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('carries every file that its README, its changelog and the pages they link to link to', () => {
    const installed = path.join(project, 'node_modules', 'policylint');
    const read = (f: string) => fs.readFileSync(path.join(installed, f), 'utf8');
    const exists = (f: string) => fs.existsSync(path.join(installed, f)) && fs.statSync(path.join(installed, f)).isFile();
    const seen = new Set<string>();
    const pages = ['README.md', 'CHANGELOG.md'];
    const broken: string[] = [];
    while (pages.length) {
      const page = pages.pop()!;
      if (seen.has(page)) continue;
      seen.add(page);
      assert.ok(exists(page), `${page} is in the package`);
      broken.push(...brokenLinks(installed, page, read(page), exists, read));
      for (const l of pageLinks(read(page))) {
        const { file } = resolveTarget(page, l.target);
        if (!isAbsolute(l.target) && file.endsWith('.md') && exists(file)) pages.push(file);
      }
    }
    assert.deepEqual(broken, []);
    assert.ok(seen.has('CONTRIBUTING.md') && seen.has('docs/rules/gdpr-article-mismatch.md'), [...seen].join(', '));
  });

  it('runs its bins: policylint and policylint-language-server --stdio', async () => {
    fs.writeFileSync(path.join(project, 'privacy.txt'), POLICY);
    const cli = spawnSync(path.join(project, 'node_modules', '.bin', 'policylint'), ['--format', 'json', 'privacy.txt'], { cwd: project, encoding: 'utf8' });
    assert.match(cli.stdout, /gdpr-article-mismatch/);

    // The server answers `initialize` over stdio, as Neovim, Helix or Emacs would start it.
    const server = spawn(path.join(project, 'node_modules', '.bin', 'policylint-language-server'), ['--stdio'], { cwd: project });
    try {
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      const reply = await new Promise<string>((resolve, reject) => {
        let got = '';
        const timer = setTimeout(() => reject(new Error(`no answer to initialize: ${got}`)), 20_000);
        server.stdout.on('data', (d: Buffer) => {
          got += d.toString('utf8');
          if (/"id":1/.test(got) && /"capabilities"/.test(got)) { clearTimeout(timer); resolve(got); }
        });
      });
      assert.match(reply, /"textDocumentSync"/);
      assert.match(reply, /"codeActionProvider"/);
    } finally {
      server.kill();
    }
  });
});
