// The command line on awkward files (issue 5, "Files"), run as a user runs it: `node dist/cli.js`
// in a real temporary folder. Each unusual file gets one clear line and the others are still linted;
// exit code 2 only for usage and I/O errors; --fix never loses text, on a read-only file or on a file
// that changes while it is being linted.
//
// "Changes while it is being linted" is simulated without touching server code: the CLI runs with
// `node -r <hook>`, a preload that wraps fs.writeFileSync so that, the moment the CLI writes its
// temporary file (`.<name>.policylint-<pid>.tmp`, server/cli/atomicWrite.ts), the original gets an
// edit, exactly as an editor saving in that window would. The bundle reads `fs.writeFileSync` from
// the shared `node:fs` module at call time, so the wrapper is what it calls.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
const corpus = path.join(__dirname, 'fixtures', 'corpus');
const jitops = fs.readFileSync(path.join(corpus, 'jitops.txt'), 'utf8');
const optsm = fs.readFileSync(path.join(corpus, 'optsm.txt'), 'utf8');

interface Run { stdout: string; stderr: string; status: number | null }
function run(args: string[], cwd: string, opts: { preload?: string; input?: string } = {}): Run {
  const r = spawnSync(process.execPath, [...(opts.preload ? ['-r', opts.preload] : []), cli, ...args], {
    cwd, encoding: 'utf8', input: opts.input, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 512 * 1024 * 1024, // 130,000 findings make 136 MB of JSON
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

interface JsonFinding { ruleId: string; severity: string; startOffset: number; endOffset: number; range: { start: { line: number; character: number } } }
interface JsonFile { path: string; note?: string; findings: JsonFinding[] }
const jsonFiles = (r: Run): JsonFile[] => (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
const byPath = (files: JsonFile[], name: string): JsonFile => {
  const f = files.find((x) => x.path === name);
  assert.ok(f, `${name} is in the output: ${files.map((x) => x.path).join(', ')}`);
  return f;
};

/** UTF-16 with a byte-order mark. */
function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

const tmpFiles = (dir: string) => fs.readdirSync(dir).filter((f) => /\.policylint-\d+\.tmp$/.test(f));

describe('CLI on awkward files (real temporary folder, node dist/cli.js)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run build)'));
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-files-')); });
  afterEach(() => {
    for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o644);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('unusual files are reported in one line each, and the others are still linted', () => {
    const RETENTION = 'Privacy Policy\n\nThis privacy notice explains how we use personal data.\n\nWe keep your personal data indefinitely.\n';
    beforeEach(() => {
      fs.writeFileSync(path.join(dir, 'a-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]));
      // 50 MB of real text: too large, and never read.
      const fd = fs.openSync(path.join(dir, 'b-huge.txt'), 'w');
      const ascii = optsm.replace(/[^\x00-\x7f]/g, "'");
      const chunk = Buffer.from(ascii.repeat(Math.ceil((1 << 20) / ascii.length)).slice(0, 1 << 20));
      for (let i = 0; i < 50; i++) fs.writeSync(fd, chunk);
      fs.closeSync(fd);
      fs.writeFileSync(path.join(dir, 'c-empty.txt'), '');
      fs.writeFileSync(path.join(dir, 'd-blank.md'), ' \n\t\r\n\u00a0  \n\n\u3000\n');
      fs.writeFileSync(path.join(dir, 'e-latin1.txt'), Buffer.from('Privacy Policy\n\nWe keep your donn\xe9es personnelles indefinitely.\n', 'latin1'));
      fs.writeFileSync(path.join(dir, 'f-utf16le.txt'), utf16(RETENTION, 'le'));
      fs.writeFileSync(path.join(dir, 'g-utf16be.txt'), utf16(RETENTION, 'be'));
      fs.writeFileSync(path.join(dir, 'h-policy.txt'), jitops);
    });

    it('in JSON: each skipped file has a one-line note, UTF-16 files are read, the policy is linted; exit is not 2', () => {
      const t0 = Date.now();
      const r = run(['--no-config', '--format', 'json', '.'], dir);
      assert.ok(Date.now() - t0 < 20_000, 'the 50 MB file is not read');
      assert.equal(r.stderr, '', 'no I/O error');
      assert.equal(r.status, 1, 'jitops.txt has an error-level finding: exit 1, never 2');
      const files = jsonFiles(r);
      assert.deepEqual(files.map((f) => f.path), ['a-binary.txt', 'b-huge.txt', 'c-empty.txt', 'd-blank.md', 'e-latin1.txt', 'f-utf16le.txt', 'g-utf16be.txt', 'h-policy.txt'], 'every file, in order');
      assert.equal(byPath(files, 'a-binary.txt').note, 'skipped: binary file');
      assert.equal(byPath(files, 'b-huge.txt').note, 'skipped: too large (50.0 MB; the limit is 10 MB)');
      assert.equal(byPath(files, 'e-latin1.txt').note, 'skipped: not valid UTF-8 text');
      assert.equal(byPath(files, 'c-empty.txt').note, 'skipped: empty file');
      assert.equal(byPath(files, 'd-blank.md').note, 'skipped: only white space');
      for (const name of ['a-binary.txt', 'b-huge.txt', 'c-empty.txt', 'd-blank.md', 'e-latin1.txt']) assert.deepEqual(byPath(files, name).findings, [], name);
      for (const name of ['f-utf16le.txt', 'g-utf16be.txt']) {
        const f = byPath(files, name);
        assert.equal(f.note, undefined);
        const vague = f.findings.find((x) => x.ruleId === 'retention-undefined')!;
        assert.ok(vague, `${name}: ${f.findings.map((x) => x.ruleId).join(', ')}`);
        // Offsets index the decoded text (the BOM is not part of it).
        assert.equal(RETENTION.slice(vague.startOffset, vague.endOffset), 'indefinitely');
        assert.deepEqual(vague.range.start, { line: 4, character: 27 });
      }
      assert.ok(byPath(files, 'h-policy.txt').findings.some((x) => x.ruleId === 'gdpr-article-mismatch'), 'the file after the skipped ones is linted');
    });

    it('in the default format: one line per skipped file, naming it and why', () => {
      const r = run(['--no-config', '.'], dir);
      assert.equal(r.status, 1);
      assert.equal(r.stderr, '');
      const lines = r.stdout.split('\n');
      for (const [name, why] of [['a-binary.txt', 'skipped: binary file'], ['b-huge.txt', 'skipped: too large (50.0 MB; the limit is 10 MB)'], ['c-empty.txt', 'skipped: empty file'], ['d-blank.md', 'skipped: only white space'], ['e-latin1.txt', 'skipped: not valid UTF-8 text']]) {
        assert.deepEqual(lines.filter((l) => l.includes(name)), [`${name}: ${why}`], name);
      }
      assert.match(r.stdout, /^ {2}f-utf16le\.txt:5:28 +warning +“indefinitely” states no retention period/m);
      assert.match(r.stdout, /^ {2}g-utf16be\.txt:5:28 +warning/m);
      assert.match(r.stdout, /^ {2}h-policy\.txt:100:58 +error +Article 28 GDPR/m);
      // Skipped files are not counted as linted: the two UTF-16 files and the policy are.
      assert.match(r.stdout, /in 3 files\n/, 'three files linted, five skipped');
    });

    it('SARIF lists each skipped file as a tool notification', () => {
      const r = run(['--no-config', '--format', 'sarif', '.'], dir);
      const sarif = JSON.parse(r.stdout) as { runs: Array<{ invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }> }> };
      assert.deepEqual(sarif.runs[0].invocations[0].toolExecutionNotifications.map((n) => n.message.text), [
        'a-binary.txt: skipped: binary file', 'b-huge.txt: skipped: too large (50.0 MB; the limit is 10 MB)', 'c-empty.txt: skipped: empty file',
        'd-blank.md: skipped: only white space', 'e-latin1.txt: skipped: not valid UTF-8 text',
      ]);
    });
  });

  describe('named pipes, devices and links (issue 11: items 7 and 8)', () => {
    it('a named pipe or a device is skipped with a note, never read (no hang, no endless read)', function () {
      if (process.platform === 'win32') this.skip();
      spawnSync('mkfifo', [path.join(dir, 'fifo.txt')]);
      fs.writeFileSync(path.join(dir, 'b.txt'), jitops);
      const t = Date.now();
      const r = run(['--no-config', '--format', 'json', 'fifo.txt', '/dev/zero', 'b.txt'], dir);
      assert.ok(Date.now() - t < 10000, 'no hang');
      const reports = jsonFiles(r);
      const note = (p: string) => reports.find((x) => x.path.endsWith(p))?.note ?? '';
      assert.match(note('fifo.txt'), /not a regular file \(a named pipe\)/);
      assert.match(note('zero'), /not a regular file \(a device\)/);
      assert.ok(reports.find((x) => x.path.endsWith('b.txt'))!.findings.length > 0, 'the policy after them is linted');
    });
    it('follows links to files and folders, each folder once, and notes what it passes over', function () {
      if (process.platform === 'win32') this.skip();
      fs.mkdirSync(path.join(dir, 'site'));
      fs.mkdirSync(path.join(dir, 'real'));
      fs.writeFileSync(path.join(dir, 'real', 'privacy.txt'), jitops);
      fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'site', 'legal'));
      fs.symlinkSync(path.join(dir, 'real', 'privacy.txt'), path.join(dir, 'site', 'cookie-policy.txt'));
      fs.symlinkSync(path.join(dir, 'site'), path.join(dir, 'site', 'loop'));
      fs.symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'site', 'dangling.txt'));
      fs.mkdirSync(path.join(dir, 'site', 'dist'));
      fs.writeFileSync(path.join(dir, 'site', 'dist', 'privacy.txt'), jitops);
      const r = run(['--no-config', '--format', 'json', 'site'], dir);
      const paths = jsonFiles(r).map((x) => x.path.split(path.sep).join('/')).sort();
      assert.deepEqual(paths, ['site/cookie-policy.txt', 'site/legal/privacy.txt']);
      assert.match(r.stderr, /site\/dangling\.txt: skipped: a symbolic link that leads nowhere/);
      assert.match(r.stderr, /site\/dist: skipped: dist folders are not linted/);
      assert.equal(r.status, 1, 'findings; the notes do not make it an I/O error');
    });
  });

  describe('exit codes: 2 only for usage and I/O errors', () => {
    it('0 when every file is skipped or clean', () => {
      fs.writeFileSync(path.join(dir, 'a.txt'), Buffer.from([0, 1, 2, 3]));
      fs.writeFileSync(path.join(dir, 'b.txt'), '');
      const r = run(['--no-config', '.'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
    });
    it('1 for findings, however odd the other files', () => {
      fs.writeFileSync(path.join(dir, 'a.txt'), Buffer.from([0xff, 0xff, 0xc3, 0x28]));
      fs.writeFileSync(path.join(dir, 'b.txt'), jitops);
      assert.equal(run(['--no-config', '.'], dir).status, 1);
    });
    it('2 for a usage error, with a one-line message', () => {
      const r = run(['--no-config', '--jobs', '0', '.'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^policylint: --jobs expects a number of threads, got "0"\nRun "policylint --help" for usage\.\n$/);
    });
    it('2 for a file that cannot be found, after linting the others', () => {
      fs.writeFileSync(path.join(dir, 'b.txt'), jitops);
      const r = run(['--no-config', 'missing.txt', 'b.txt'], dir);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'policylint: missing.txt: no such file or folder\n');
      assert.match(r.stdout, /^ {2}b\.txt:100:58 +error/m);
    });
    it('2 for a --config file that cannot be read', () => {
      fs.writeFileSync(path.join(dir, 'b.txt'), jitops);
      const r = run(['--config', 'nope.json', 'b.txt'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^policylint: nope\.json: cannot read: ENOENT \(defaults are used\)\n$/);
    });
  });

  describe('--fix loses nothing', () => {
    it('a read-only file is left as it was, with one line saying so; the other file is fixed', () => {
      const ro = path.join(dir, 'a-readonly.txt');
      const rw = path.join(dir, 'b-writable.txt');
      fs.writeFileSync(ro, jitops);
      fs.writeFileSync(rw, jitops);
      fs.chmodSync(ro, 0o444);
      const r = run(['--no-config', '--fix', '.'], dir);
      assert.equal(r.status, 2, 'an I/O error');
      assert.equal(r.stderr, 'policylint: a-readonly.txt: fixes not written: the file is read-only\n');
      assert.equal(fs.readFileSync(ro, 'utf8'), jitops, 'read-only file unchanged');
      assert.equal(fs.statSync(ro).mode & 0o777, 0o444, 'and still read-only');
      assert.notEqual(fs.readFileSync(rw, 'utf8'), jitops, 'the writable file is fixed');
      assert.match(fs.readFileSync(rw, 'utf8'), /rights as per EU Articles 13–22/);
      assert.deepEqual(tmpFiles(dir), [], 'no temporary file left behind');
      // The read-only file's findings are still reported, unfixed.
      assert.match(r.stdout, /^ {2}a-readonly\.txt:100:58 +error/m);
    });

    it('a file changed while it is being linted keeps the change and is not overwritten', () => {
      const changed = path.join(dir, 'a-changed.txt');
      const other = path.join(dir, 'b-other.txt');
      fs.writeFileSync(changed, jitops);
      fs.writeFileSync(other, jitops);
      const hook = path.join(dir, 'edit-during-run.cjs');
      const EDIT = '\nAdded by someone else while policylint ran.\n';
      fs.writeFileSync(hook, `
const fs = require('node:fs');
const path = require('node:path');
const open = fs.openSync;
fs.openSync = function (file, ...rest) {
  const r = open.call(this, file, ...rest);
  const m = typeof file === 'string' && /^\\.(.+)\\.policylint-\\d+\\.tmp$/.exec(path.basename(file));
  // The CLI has read and linted the file and is writing its fixed copy; the check and the rename come next.
  if (m && m[1] === ${JSON.stringify(path.basename(changed))}) fs.appendFileSync(path.join(path.dirname(file), m[1]), ${JSON.stringify(EDIT)});
  return r;
};
`);
      const r = run(['--no-config', '--fix', 'a-changed.txt', 'b-other.txt'], dir, { preload: hook });
      assert.equal(fs.readFileSync(changed, 'utf8'), jitops + EDIT, 'the other writer\'s text is kept, and no fix overwrote it');
      assert.equal(r.stderr, 'policylint: a-changed.txt: fixes not written: the file changed while it was being linted; not written\n');
      assert.equal(r.status, 2);
      assert.match(fs.readFileSync(other, 'utf8'), /rights as per EU Articles 13–22/, 'the other file is fixed');
      assert.deepEqual(tmpFiles(dir), [], 'no temporary file left behind');
    });

    it('a fixed file keeps its mode, and a second run has nothing left to fix safely', () => {
      const file = path.join(dir, 'policy.txt');
      fs.writeFileSync(file, jitops);
      fs.chmodSync(file, 0o640);
      run(['--no-config', '--fix', 'policy.txt'], dir);
      const once = fs.readFileSync(file, 'utf8');
      assert.notEqual(once, jitops);
      assert.equal(fs.statSync(file).mode & 0o777, 0o640);
      run(['--no-config', '--fix', 'policy.txt'], dir);
      const twice = fs.readFileSync(file, 'utf8');
      run(['--no-config', '--fix', 'policy.txt'], dir);
      assert.equal(fs.readFileSync(file, 'utf8'), twice, '--fix reaches a fixed point');
    });

    it('a symbolic link stays a link and its target is fixed; a hard link is not split; the owner is kept (issue 11, item 4)', function () {
      if (process.platform === 'win32') this.skip();
      fs.mkdirSync(path.join(dir, 'real'));
      const target = path.join(dir, 'real', 'privacy.txt');
      fs.writeFileSync(target, jitops);
      const link = path.join(dir, 'privacy-link.txt');
      fs.symlinkSync(target, link);
      run(['--no-config', '--fix', 'privacy-link.txt'], dir);
      assert.ok(fs.lstatSync(link).isSymbolicLink(), 'still a link');
      assert.match(fs.readFileSync(target, 'utf8'), /rights as per EU Articles 13–22/, 'the target is fixed');

      const a = path.join(dir, 'hard-a.txt');
      const b = path.join(dir, 'hard-b.txt');
      fs.writeFileSync(a, jitops);
      fs.linkSync(a, b);
      const inode = fs.statSync(a).ino;
      run(['--no-config', '--fix', 'hard-a.txt'], dir);
      assert.equal(fs.statSync(a).ino, inode, 'the same file');
      assert.equal(fs.statSync(b).nlink, 2, 'still two names');
      assert.match(fs.readFileSync(b, 'utf8'), /rights as per EU Articles 13–22/, 'the other name sees the fix');

      if (process.getuid?.() === 0) {
        const owned = path.join(dir, 'owned.txt');
        fs.writeFileSync(owned, jitops);
        fs.chownSync(owned, 1234, 2345);
        run(['--no-config', '--fix', 'owned.txt'], dir);
        const st = fs.statSync(owned);
        assert.deepEqual([st.uid, st.gid], [1234, 2345], 'owner and group kept');
        assert.match(fs.readFileSync(owned, 'utf8'), /rights as per EU Articles 13–22/);
      }
      assert.deepEqual(tmpFiles(dir), [], 'no temporary file left behind');
    });

    it('output that cannot be written (/dev/full) is an I/O error: one line, exit 2, no stack trace (issue 11, item 9)', function () {
      if (!fs.existsSync('/dev/full')) this.skip();
      fs.writeFileSync(path.join(dir, 'policy.txt'), jitops);
      const out = fs.openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [cli, '--no-config', 'policy.txt'], { cwd: dir, stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
        assert.equal(r.status, 2);
        assert.match(r.stderr, /^policylint: cannot write the output: ENOSPC\n$/);
      } finally {
        fs.closeSync(out);
      }
    });

    // Was a DEFECT: the decoded text was compared with the file read as UTF-8, never equal with a
    // BOM or in UTF-16 ("the file changed while it was being linted"), and fixes were written as UTF-8.
    it('a UTF-16 file with an invalid sequence is skipped, as invalid UTF-8 is: --fix never rewrites bytes outside a fix (issue 11, item 3)', () => {
      const good = utf16(jitops, 'le');
      // A lone high surrogate (0xD800) in the middle of the text.
      const bad = Buffer.concat([good.subarray(0, 200), Buffer.from([0x00, 0xd8]), good.subarray(200)]);
      fs.writeFileSync(path.join(dir, 'bad16.txt'), bad);
      const r = run(['--no-config', '--fix', '--format', 'json', 'bad16.txt'], dir);
      assert.match(jsonFiles(r)[0].note ?? '', /not valid UTF-16LE text/);
      assert.ok(fs.readFileSync(path.join(dir, 'bad16.txt')).equals(bad), 'the file is untouched');
    });

    it('a UTF-8 file with a BOM and a UTF-16 file are fixed, and keep their encoding and BOM', () => {
      const bom = path.join(dir, 'bom.txt');
      const u16 = path.join(dir, 'utf16.txt');
      fs.writeFileSync(bom, `\ufeff${jitops}`);
      fs.writeFileSync(u16, utf16(jitops, 'le'));
      const u16be = path.join(dir, 'utf16be.txt');
      fs.writeFileSync(u16be, utf16(jitops, 'be'));
      const r = run(['--no-config', '--fix', '.'], dir);
      assert.equal(r.stderr, '');
      const b = fs.readFileSync(bom);
      assert.deepEqual([...b.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.match(b.toString('utf8'), /rights as per EU Articles 13–22/);
      const u = fs.readFileSync(u16);
      assert.deepEqual([...u.subarray(0, 2)], [0xff, 0xfe]);
      assert.match(new TextDecoder('utf-16le').decode(u.subarray(2)), /rights as per EU Articles 13–22/);
      const be = fs.readFileSync(u16be);
      assert.deepEqual([...be.subarray(0, 2)], [0xfe, 0xff]);
      assert.match(new TextDecoder('utf-16be').decode(be.subarray(2)), /rights as per EU Articles 13–22/);
      // The text outside the fixes is byte for byte what it was, in each encoding.
      for (const [file, decoded] of [[bom, b.toString('utf8').slice(1)], [u16, new TextDecoder('utf-16le').decode(u.subarray(2))], [u16be, new TextDecoder('utf-16be').decode(be.subarray(2))]] as const) {
        assert.ok(decoded.startsWith(jitops.slice(0, 200)), file);
      }
    });

    // Was a DEFECT: the element's end was one past the document, the fix's insertion out of range, and
    // applyEdits threw outside any try ("internal error: edit out of range", exit 2, later files unlinted).
    it('--fix on HTML left open at the end adds the processor and goes on with the next file', () => {
      fs.writeFileSync(path.join(dir, 'a-privacy.html'), '<h1>Privacy Policy</h1>\n<p>We process personal data under the GDPR. We send newsletters with MailChimp.</p>\n<h2>Data Processors</h2>\n<ul>\n<li>Google</li>\n<li>Cloudflare');
      fs.writeFileSync(path.join(dir, 'b-policy.txt'), jitops);
      const r = run(['--no-config', '--fix', '.'], dir);
      assert.doesNotMatch(r.stderr, /internal error/);
      assert.match(fs.readFileSync(path.join(dir, 'a-privacy.html'), 'utf8'), /<li>Cloudflare\s*(<\/li>)?\s*<li>MailChimp<\/li>/);
      assert.match(fs.readFileSync(path.join(dir, 'b-policy.txt'), 'utf8'), /rights as per EU Articles 13–22/, 'the next file is fixed too');
    });
  });

  // Was a DEFECT: lintDocument did `findings.push(...mine)`, and a spread of 130,000 findings
  // overflowed the stack ("internal error: RangeError: Maximum call stack size exceeded").
  it('a 6.4 MB file with 130,000 findings is linted, and so are the files after it', function () {
    this.timeout(120_000);
    fs.writeFileSync(path.join(dir, 'a-many.txt'), 'We keep your personal data as long as necessary. '.repeat(130000));
    fs.writeFileSync(path.join(dir, 'b-policy.txt'), jitops);
    const r = run(['--no-config', '--format', 'json', '.'], dir);
    assert.doesNotMatch(r.stderr, /internal error/);
    const files = jsonFiles(r);
    assert.equal(byPath(files, 'a-many.txt').findings.filter((f) => f.ruleId === 'retention-undefined').length, 130000);
    assert.ok(byPath(files, 'b-policy.txt').findings.length > 0);
  });

  describe('standard input (-) has the same limit as files, and is never held whole past it', () => {
    it('a policy on stdin is linted', () => {
      const r = run(['--no-config', '--format', 'json', '-'], dir, { input: jitops });
      assert.equal(r.stderr, '');
      assert.ok(byPath(jsonFiles(r), '-').findings.some((f) => f.ruleId === 'gdpr-article-mismatch'));
    });
    it('more than 10 MB on stdin is skipped with one line, and the files after it are linted', () => {
      fs.writeFileSync(path.join(dir, 'b-policy.txt'), jitops);
      const r = run(['--no-config', '--format', 'json', '-', 'b-policy.txt'], dir, { input: 'We keep your data. '.repeat(600_000) });
      assert.equal(r.stderr, '');
      const files = jsonFiles(r);
      assert.equal(byPath(files, '-').note, 'skipped: too large (more than 10 MB; the limit is 10 MB)');
      assert.ok(byPath(files, 'b-policy.txt').findings.length > 0);
    });
    it('empty stdin gets a note', () => {
      const r = run(['--no-config', '--format', 'json', '-'], dir, { input: '' });
      assert.equal(byPath(jsonFiles(r), '-').note, 'skipped: empty file');
      assert.equal(r.status, 0);
    });
  });

  // Was a DEFECT: output to a pipe that closes early (`policylint … | head`) ends in an unhandled 'error'
  // event: a Node stack trace ("Error: write EPIPE … Emitted 'error' event on Socket instance") on
  // stderr instead of a quiet exit. server/cli.ts writes with process.stdout.write and handles no
  // EPIPE. Input: `node dist/cli.js --no-config --format json test/fixtures/corpus/optsm.txt | head -1`.
  it('a reader that stops early (| head) gets no stack trace', async () => {
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, `p${i}.txt`), jitops);
    const child = spawn(process.execPath, [cli, '--no-config', '--jobs', '1', '--format', 'json', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdout.once('data', () => child.stdout.destroy());
    await new Promise((resolve) => child.on('close', resolve));
    assert.doesNotMatch(stderr, /Unhandled 'error' event|at afterWriteDispatched/);
  });
});
