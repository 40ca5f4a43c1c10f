// The command line, run as a user runs it: `node dist/cli.js …` in a real folder.
// Golden cases (Vale-style): each folder under test/golden holds inputs, an `args`
// file, and the expected stdout, stderr and exit status. UPDATE_GOLDEN=1 rewrites them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
const goldenDir = path.join(__dirname, 'golden');
const corpus = path.join(__dirname, 'fixtures', 'corpus');

function run(args: string[], cwd = root, input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('policylint CLI', () => {
  before(() => assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run build)'));

  describe('golden output', () => {
    for (const name of fs.readdirSync(goldenDir).sort()) {
      const dir = path.join(goldenDir, name);
      it(name, () => {
        const args = fs.readFileSync(path.join(dir, 'args'), 'utf8').trim().split(/\s+/);
        const got = run(args, dir);
        const files = { 'expected.stdout': got.stdout, 'expected.stderr': got.stderr, 'expected.status': `${got.status}\n` };
        for (const [file, actual] of Object.entries(files)) {
          const p = path.join(dir, file);
          if (process.env.UPDATE_GOLDEN) fs.writeFileSync(p, actual);
          assert.equal(actual, fs.readFileSync(p, 'utf8'), `${name}/${file}`);
        }
      });
    }
  });

  // The README's first command, `npx policylint examples/` in this folder, runs dist/cli.js itself.
  it('runs as the README says: `npx policylint examples/` in a fresh build', () => {
    for (const bin of ['cli.js', 'server.js']) assert.ok(fs.statSync(path.join(root, 'dist', bin)).mode & 0o111, `dist/${bin} is executable`);
    const r = spawnSync('npx', ['--no-install', 'policylint', 'examples/'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ information\) in 3 files/);
  });

  it('prints the documented JSON contract', () => {
    const r = run(['--no-config', '--format', 'json', path.join(corpus, 'jitops.txt')]);
    assert.equal(r.status, 1, 'an error-level finding exits 1');
    const json = JSON.parse(r.stdout);
    assert.equal(json.version, 1);
    assert.equal(json.files.length, 1);
    const text = fs.readFileSync(path.join(corpus, 'jitops.txt'), 'utf8');
    const lines = text.split('\n');
    for (const f of json.files[0].findings) {
      assert.deepEqual(Object.keys(f).filter((k) => k !== 'source' && k !== 'detail').sort(), ['endOffset', 'fixes', 'message', 'range', 'ruleId', 'severity', 'startOffset']);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity));
      // Line and character agree with the offsets (zero-based, as in LSP).
      const before = text.slice(0, f.startOffset).split('\n');
      assert.equal(f.range.start.line, before.length - 1);
      assert.equal(f.range.start.character, before[before.length - 1].length);
      assert.ok(f.range.end.line < lines.length);
      for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.startOffset <= e.endOffset && e.endOffset <= text.length);
    }
    const article = json.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'gdpr-article-mismatch');
    assert.equal(text.slice(article.startOffset, article.endOffset), 'Article 28');
  });

  it('writes SARIF 2.1.0 that is valid against its schema', () => {
    const r = run(['--no-config', '--format', 'sarif', path.join(corpus, 'jitops.txt'), path.join(corpus, 'ubiops.txt')]);
    const sarif = JSON.parse(r.stdout) as { version: string; runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }> };
    const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false, logger: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.length >= 5);
    assert.equal(sarif.runs[0].results.find((x) => x.ruleId === 'gdpr-article-mismatch')!.locations[0].physicalLocation.region.startLine, 100);
  });

  it('--workspace: SARIF names the manifest line as a related location, valid against the schema; JSON names it too', () => {
    const ws = path.join(__dirname, 'fixtures', 'workspaces', 'npm');
    const r = run(['--today', '2026-11-23', '--format', 'sarif', '--workspace', ws]);
    const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false, logger: false }).compile(schema);
    assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors?.slice(0, 3)));
    const sarif = JSON.parse(r.stdout);
    const sentry = sarif.runs[0].results.find((x: { message: { text: string } }) => x.message.text.includes('Sentry'));
    assert.deepEqual(sentry.relatedLocations[0].physicalLocation.region, { startLine: 5, startColumn: 6, endLine: 5, endColumn: 20 });
    assert.match(sentry.relatedLocations[0].physicalLocation.artifactLocation.uri, /fixtures\/workspaces\/npm\/package\.json$/);
    const json = JSON.parse(run(['--today', '2026-11-23', '--format', 'json', '--workspace', ws]).stdout);
    const finding = json.files[0].findings.find((f: { message: string }) => f.message.includes('Sentry'));
    assert.deepEqual(finding.related[0].range, { start: { line: 4, character: 5 }, end: { line: 4, character: 19 } });
    const text = fs.readFileSync(path.join(ws, 'package.json'), 'utf8').split('\n')[4];
    assert.equal(text.slice(5, 19), '@sentry/nextjs');
  });

  it('--workspace with a file that is not a folder, or a folder without policies, is a usage or I/O error', () => {
    assert.equal(run(['--workspace', path.join(corpus, 'jitops.txt')]).status, 2);
    const r = run(['--workspace', path.join(__dirname, 'fixtures', 'workspaces', 'npm', 'app')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no policy files/);
  });

  it('reads stdin with -', () => {
    const r = run(['--no-config', '-'], root, 'Privacy Policy\n\nUnder the GDPR, your right to erasure is in Article 15 GDPR.\n');
    assert.equal(r.status, 1);
    assert.match(r.stdout, /-:3:45 +error +Article 15 GDPR is “Right of access by the data subject”/);
  });

  it('gives the same output with worker threads as without, in input order', function () {
    this.timeout(120000); // four CLI runs over 40 files: generous, for a loaded machine
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-jobs-'));
    try {
      const names = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt'));
      for (let i = 0; i < 40; i++) fs.copyFileSync(path.join(corpus, names[i % names.length]), path.join(tmp, `policy-${String(i).padStart(2, '0')}.txt`));
      const one = run(['--no-config', '--jobs', '1', '--format', 'json', '.'], tmp);
      const four = run(['--no-config', '--jobs', '4', '--format', 'json', '.'], tmp);
      assert.equal(four.status, one.status);
      assert.equal(four.stdout, one.stdout);
      assert.equal(JSON.parse(four.stdout).files.length, 40);
      assert.equal(run(['--no-config', '--jobs', '3', '.'], tmp).stdout, run(['--no-config', '--jobs', '1', '.'], tmp).stdout);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  describe('exit codes', () => {
    it('0 when there is no error', () => {
      assert.equal(run(['--no-config', path.join(corpus, 'dataops.txt')]).status, 0);
    });
    it('1 when warnings exceed --max-warnings', () => {
      assert.equal(run(['--no-config', '--max-warnings', '1', path.join(corpus, 'dataops.txt')]).status, 1);
      assert.equal(run(['--no-config', '--max-warnings', '2', path.join(corpus, 'dataops.txt')]).status, 0);
    });
    it('2 with a one-line message for usage errors', () => {
      for (const args of [['--format', 'xml', 'a.txt'], ['--rule', 'nope=error', 'a.txt'], ['--rule', 'retention-undefined=loud', 'a.txt'], ['--bogus'], []]) {
        const r = run(args);
        assert.equal(r.status, 2, args.join(' '));
        assert.match(r.stderr, /^policylint: .+\nRun "policylint --help" for usage\.\n$/);
      }
    });
    it('2 for a file that does not exist, after linting the others', () => {
      const r = run(['--no-config', 'no-such-file.txt', path.join(corpus, 'optsm.txt')]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /no-such-file\.txt: no such file or folder/);
      assert.match(r.stdout, /optsm\.txt/);
    });
  });

  describe('--fix', () => {
    let tmp: string;
    beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-fix-')); });
    afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

    it('applies safe fixes atomically and reports what is left', () => {
      const file = path.join(tmp, 'jitops.txt');
      fs.copyFileSync(path.join(corpus, 'jitops.txt'), file);
      fs.chmodSync(file, 0o644);
      const r = run(['--no-config', '--fix', file]);
      const fixed = fs.readFileSync(file, 'utf8');
      assert.match(fixed, /rights as per EU Articles 13–22 \("GDPR"\)/);
      assert.match(fixed, /- 2Checkout\n- MailChimp\n/);
      assert.doesNotMatch(fixed, /\[period\]/, 'templates are not applied by --fix');
      assert.doesNotMatch(r.stdout, /gdpr-article-mismatch|processor-unlisted/);
      assert.match(r.stdout, /retention-undefined/);
      assert.deepEqual(fs.readdirSync(tmp), ['jitops.txt'], 'no temporary file left behind');
    });

    it('leaves a read-only file untouched and says so', () => {
      const file = path.join(tmp, 'jitops.txt');
      fs.copyFileSync(path.join(corpus, 'jitops.txt'), file);
      fs.chmodSync(file, 0o444);
      const before = fs.readFileSync(file, 'utf8');
      const r = run(['--no-config', '--fix', file]);
      assert.equal(fs.readFileSync(file, 'utf8'), before);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /fixes not written: the file is read-only/);
      assert.deepEqual(fs.readdirSync(tmp), ['jitops.txt'], 'no temporary file left behind');
    });
  });
});
