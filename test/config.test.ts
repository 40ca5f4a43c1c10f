// A bad `.policylintrc.json` (issue 5, "Config"): malformed JSON, unknown rule ids, wrong types, a
// severity that does not exist. Each problem is one clear message naming the file and the key; what
// is valid is used, the defaults replace what is not; linting goes on. Tested in the CLI (stderr,
// `node dist/cli.js` in a real folder) and in the language server (test/lspClient.ts: one
// diagnostic on the config file and one window message).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateConfig } from '../rules/config';
import { codes, LspTestClient } from './lspClient';

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
const corpus = path.join(__dirname, 'fixtures', 'corpus');
const jitops = fs.readFileSync(path.join(corpus, 'jitops.txt'), 'utf8');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

interface JsonFinding { ruleId: string; severity: string }
const findingsOf = (stdout: string): JsonFinding[] => (JSON.parse(stdout) as { files: Array<{ findings: JsonFinding[] }> }).files.flatMap((f) => f.findings);
const severityOf = (fs_: JsonFinding[], rule: string) => [...new Set(fs_.filter((f) => f.ruleId === rule).map((f) => f.severity))];

/**
 * The table of bad configurations. `lines` are the expected problems, one per line of stderr, each
 * after "policylint: .policylintrc.json: "; `effect` checks on jitops.txt's findings that the valid
 * part was used and the defaults replaced the rest. By default jitops.txt has gdpr-article-mismatch
 * (error), retention-undefined and processor-unlisted (warning).
 */
const CASES: Array<{ name: string; text: string; lines: RegExp[]; effect(f: JsonFinding[]): void }> = [
  {
    name: 'malformed JSON (a trailing comma)',
    text: '{ "rules": { "processor-unlisted": "off", } }',
    lines: [/^invalid JSON: .+ \(defaults are used\)$/],
    effect: (f) => assert.deepEqual(severityOf(f, 'processor-unlisted'), ['warning'], 'nothing of a malformed file is used'),
  },
  {
    name: 'malformed JSON (cut short)',
    text: '{ "rules": { "processor-unlisted": "off"',
    lines: [/^invalid JSON: .+ \(defaults are used\)$/],
    effect: (f) => assert.deepEqual(severityOf(f, 'processor-unlisted'), ['warning']),
  },
  {
    name: 'an empty file',
    text: '',
    lines: [/^invalid JSON: .+ \(defaults are used\)$/],
    effect: (f) => assert.deepEqual(severityOf(f, 'gdpr-article-mismatch'), ['error']),
  },
  {
    name: 'not an object',
    text: '["processor-unlisted"]',
    lines: [/^the configuration must be a JSON object \(defaults are used\)$/],
    effect: (f) => assert.deepEqual(severityOf(f, 'processor-unlisted'), ['warning']),
  },
  {
    name: 'unknown rule ids, beside a valid one',
    text: JSON.stringify({ rules: { 'no-such-rule': 'error', 'gdpr-articles': 'off', 'processor-unlisted': 'off' } }),
    lines: [/^"rules\.no-such-rule": unknown rule \(ignored\)$/, /^"rules\.gdpr-articles": unknown rule \(ignored\)$/],
    effect: (f) => {
      assert.deepEqual(severityOf(f, 'processor-unlisted'), [], 'the valid entry is used');
      assert.deepEqual(severityOf(f, 'gdpr-article-mismatch'), ['error']);
    },
  },
  {
    name: 'a severity that does not exist, beside a valid one and an alias',
    text: JSON.stringify({ rules: { 'retention-undefined': 'fatal', 'gdpr-citation': 'warning', 'processor-unlisted': 'ERROR' } }),
    lines: [
      /^"rules\.retention-undefined": severity must be one of off, hint, information, warning, error \(the rule's default is used\)$/,
      /^"rules\.processor-unlisted": severity must be one of off, hint, information, warning, error \(the rule's default is used\)$/,
    ],
    effect: (f) => {
      assert.deepEqual(severityOf(f, 'retention-undefined'), ['warning'], 'the default severity');
      assert.deepEqual(severityOf(f, 'processor-unlisted'), ['warning'], 'the default severity');
      assert.deepEqual(severityOf(f, 'gdpr-article-mismatch'), ['warning'], 'the alias is honoured');
    },
  },
  {
    name: 'wrong types for every key',
    text: JSON.stringify({ rules: ['processor-unlisted'], jurisdiction: 5, jurisdictions: 'uk', maxPolicyAgeMonths: '24', extraVendors: { name: 'Acme' }, include: '*.txt', exclude: [1] }),
    lines: [
      /^"rules" must be an object of rule id → severity \(ignored\)$/,
      /^"jurisdiction" must be one of auto, eu, uk, other \(auto is used\)$/,
      /^"jurisdictions" must be an array of codes: .+$/,
      /^"maxPolicyAgeMonths" must be a positive whole number \(24 is used\)$/,
      /^"extraVendors" must be an array \(ignored\)$/,
      /^"include" must be an array of glob patterns \(ignored\)$/,
      /^"exclude" must be an array of glob patterns \(ignored\)$/,
    ],
    effect: (f) => assert.deepEqual(severityOf(f, 'processor-unlisted'), ['warning']),
  },
  {
    name: 'wrong types inside arrays and rule maps, and bad numbers',
    text: JSON.stringify({ rules: { 'retention-undefined': 2, 'processor-unlisted': null }, maxPolicyAgeMonths: 1.5, extraVendors: ['Acme Mailer', 42, { aliases: ['x'] }], jurisdictions: ['uk', 'xx'] }),
    lines: [
      /^"rules\.retention-undefined": severity must be one of .+$/,
      /^"rules\.processor-unlisted": severity must be one of .+$/,
      /^"jurisdictions\[1\]" must be eu, uk, or .+ \(ignored\)$/,
      /^"maxPolicyAgeMonths" must be a positive whole number \(24 is used\)$/,
      /^"extraVendors\[1\]" must be a name or an object with a "name" \(ignored\)$/,
      /^"extraVendors\[2\]" must be a name or an object with a "name" \(ignored\)$/,
    ],
    effect: (f) => assert.deepEqual(severityOf(f, 'retention-undefined'), ['warning']),
  },
  {
    name: 'unknown keys',
    text: JSON.stringify({ colour: true, rule: { 'processor-unlisted': 'off' }, rules: { 'processor-unlisted': 'information' } }),
    lines: [/^unknown key "colour" \(ignored\)$/, /^unknown key "rule" \(ignored\)$/],
    effect: (f) => assert.deepEqual(severityOf(f, 'processor-unlisted'), ['information']),
  },
  {
    name: 'keys that look like object internals',
    text: '{ "__proto__": { "x": 1 }, "rules": { "__proto__": "off", "constructor": "error", "toString": "off" } }',
    lines: [/^unknown key "__proto__" \(ignored\)$/, /^"rules\.__proto__": unknown rule \(ignored\)$/, /^"rules\.constructor": unknown rule \(ignored\)$/, /^"rules\.toString": unknown rule \(ignored\)$/],
    effect: (f) => assert.deepEqual(severityOf(f, 'retention-undefined'), ['warning']),
  },
];

describe('bad .policylintrc.json', function () {
  this.timeout(60_000);

  describe('validateConfig: one problem per bad key, never a throw', () => {
    it('returns a problem naming each bad key, and keeps the valid ones', () => {
      const r = validateConfig({ rules: { 'processor-unlisted': 'off', nope: 'error', 'retention-undefined': 'loud' }, jurisdiction: 'mars', maxPolicyAgeMonths: 12 });
      assert.deepEqual(r.options, { rules: { 'processor-unlisted': 'off' }, maxPolicyAgeMonths: 12 });
      assert.equal(r.problems.length, 3);
      for (const key of ['rules.nope', 'rules.retention-undefined', 'jurisdiction']) assert.equal(r.problems.filter((p) => p.includes(`"${key}"`)).length, 1, key);
    });
    it('survives any JSON value', () => {
      for (const v of [null, 0, 'x', [], true, { rules: null }, { rules: 'off' }, { extraVendors: [null, [], { name: 5 }] }, { jurisdictions: [null, 3, {}] }, { include: [null] }]) {
        const r = validateConfig(v);
        assert.ok(Array.isArray(r.problems) && r.problems.length > 0, JSON.stringify(v));
      }
    });
  });

  describe('in the CLI: one line per problem on stderr, naming the file and the key; defaults used; linting goes on', () => {
    let dir: string;
    before(() => assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run build)'));
    beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-config-')); });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    for (const c of CASES) {
      it(c.name, () => {
        fs.writeFileSync(path.join(dir, '.policylintrc.json'), c.text);
        for (const name of ['a.txt', 'b.txt', 'c.txt']) fs.writeFileSync(path.join(dir, name), jitops);
        const r = run(['--format', 'json', '.'], dir);
        const lines = r.stderr.split('\n').filter(Boolean);
        // Each problem once, though three files share the file.
        assert.equal(lines.length, c.lines.length, r.stderr);
        lines.forEach((line, i) => {
          const prefix = 'policylint: .policylintrc.json: ';
          assert.ok(line.startsWith(prefix), line);
          assert.match(line.slice(prefix.length), c.lines[i]);
        });
        const f = findingsOf(r.stdout);
        assert.equal(r.status, f.some((x) => x.severity === 'error') ? 1 : 0, 'no I/O error: the exit code comes from the findings');
        assert.ok(f.length > 0, 'linting went on');
        c.effect(f);
      });
    }

    it('names the config file by its path when it is in another folder, and reports it once with worker threads', () => {
      fs.mkdirSync(path.join(dir, 'policies'));
      fs.writeFileSync(path.join(dir, 'policies', '.policylintrc.json'), '{ "rules": { "processor-unlisted": "loud" } }');
      for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(dir, 'policies', `p${String(i).padStart(2, '0')}.txt`), jitops);
      const r = run(['--jobs', '2', '--format', 'json', 'policies'], dir);
      assert.equal(r.stderr, `policylint: ${path.join('policies', '.policylintrc.json')}: "rules.processor-unlisted": severity must be one of off, hint, information, warning, error (the rule's default is used)\n`);
      assert.equal(findingsOf(r.stdout).filter((f) => f.ruleId === 'processor-unlisted').length, 20);
    });

    it('--config with a malformed file: one line, and the defaults', () => {
      fs.writeFileSync(path.join(dir, 'team.json'), '{ "rules": ');
      fs.writeFileSync(path.join(dir, 'a.txt'), jitops);
      const r = run(['--config', 'team.json', '--format', 'json', 'a.txt'], dir);
      assert.match(r.stderr, /^policylint: team\.json: invalid JSON: .+ \(defaults are used\)\n$/);
      assert.equal(r.status, 1);
      assert.deepEqual(severityOf(findingsOf(r.stdout), 'processor-unlisted'), ['warning']);
    });

    it('a configuration nested 20,000 deep, or with thousands of unknown keys, is one short report, quickly, and linting goes on', () => {
      fs.writeFileSync(path.join(dir, 'a.txt'), jitops);
      fs.writeFileSync(path.join(dir, '.policylintrc.json'), `{"rules": ${'['.repeat(20000)}${']'.repeat(20000)}}`);
      let r = run(['--format', 'json', 'a.txt'], dir);
      assert.match(r.stderr, /^policylint: \.policylintrc\.json: nested too deep \(20001 levels; .*\(defaults are used\)\n$/);
      assert.ok(findingsOf(r.stdout).length > 0, 'linted with the defaults');
      for (const n of [4000, 200000]) {
        const keys = Array.from({ length: n }, (_, i) => `"k${i}": ${i}`).join(',');
        fs.writeFileSync(path.join(dir, '.policylintrc.json'), `{${keys}, "rules": {"processor-unlisted": "off"}}`);
        const t = Date.now();
        r = run(['--format', 'json', 'a.txt'], dir);
        assert.ok(Date.now() - t < 15000, `${n} keys: ${Date.now() - t} ms`);
        const lines = r.stderr.split('\n').filter(Boolean);
        assert.equal(lines.length, 51, `${n} keys: the first 50 problems and a count`);
        assert.match(lines[50], new RegExp(`and ${n - 50} more problems`));
        assert.deepEqual(severityOf(findingsOf(r.stdout), 'processor-unlisted'), [], 'the valid key still applies');
      }
    });

    it('a configuration with a byte-order mark is read', () => {
      fs.writeFileSync(path.join(dir, '.policylintrc.json'), '\ufeff{ "rules": { "processor-unlisted": "off" } }');
      fs.writeFileSync(path.join(dir, 'a.txt'), jitops);
      const r = run(['--format', 'json', 'a.txt'], dir);
      assert.equal(r.stderr, '');
      assert.deepEqual(severityOf(findingsOf(r.stdout), 'processor-unlisted'), []);
    });
  });

  describe('in the language server: a diagnostic per problem on its key in the config file, one window message; linting goes on', () => {
    /** The text a one-line LSP range covers (config texts are one line). */
    const textAt = (text: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
      assert.equal(r.start.line, r.end.line);
      return text.split('\n')[r.start.line].slice(r.start.character, r.end.character);
    };
    let ws: string;
    let client: LspTestClient;
    const uriOf = (name: string) => pathToFileURL(path.join(ws, name)).toString();
    const rcPath = () => path.join(ws, '.policylintrc.json');
    const errorMessages = () => client.messages.filter((m) => m.type === 1 && m.message.includes(rcPath()));

    const start = async (config: string, settings: Record<string, unknown> = {}) => {
      ws = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-config-ws-'));
      fs.writeFileSync(rcPath(), config);
      for (const name of ['privacy-a.txt', 'privacy-b.txt']) fs.writeFileSync(path.join(ws, name), jitops);
      client = new LspTestClient({ workspace: ws, settings: { debounceMs: 0, ...settings } });
      await client.initialize();
    };
    afterEach(async () => {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    });

    for (const c of CASES.filter((x) => ['malformed JSON (a trailing comma)', 'unknown rule ids, beside a valid one', 'a severity that does not exist, beside a valid one and an alias', 'wrong types for every key', 'wrong types inside arrays and rule maps, and bad numbers', 'unknown keys'].includes(x.name))) {
      it(c.name, async () => {
        await start(c.text);
        const docs = ['privacy-a.txt', 'privacy-b.txt'].map(uriOf);
        for (const uri of docs) await client.open(uri, 'plaintext', jitops);
        const published = await Promise.all(docs.map((uri) => client.diagnostics(uri, (x) => x.diagnostics.length > 0)));
        const rc = await client.diagnostics(pathToFileURL(rcPath()).toString(), (x) => x.diagnostics.length > 0);
        await new Promise((r) => setTimeout(r, 300));
        // One diagnostic per problem on the config file, each on the key it names; one window message naming the file.
        assert.equal(rc.diagnostics.length, c.lines.length, JSON.stringify(rc.diagnostics));
        for (const d of rc.diagnostics) {
          assert.equal(d.severity, 1);
          const message = String(d.message).replace(/^PolicyLint configuration: /, '');
          assert.ok(c.lines.some((re) => re.test(message)), `“${message}” is one of the expected problems`);
          const at = textAt(c.text, d.range);
          const key = /^(?:unknown key "([^"]+)"|"(?:[\w-]+\.)?([^".[]+)")/.exec(message);
          const index = /^"(\w+)\[(\d+)\]"/.exec(message);
          if (index) assert.deepEqual(JSON.parse(at), (JSON.parse(c.text) as Record<string, unknown[]>)[index[1]][Number(index[2])], `${message}: on the element`);
          else if (key) assert.equal(at, JSON.stringify(key[1] ?? key[2]), `${message}: on its key`);
          else assert.ok(d.range.start.line === 0 && d.range.start.character <= c.text.length, `${message}: ${JSON.stringify(d.range)}`);
        }
        assert.equal(errorMessages().length, 1, JSON.stringify(client.messages));
        // Linting went on, with what was valid and the defaults for the rest.
        for (const p of published) {
          c.effect(p.diagnostics.map((d) => ({ ruleId: String(d.code), severity: ['', 'error', 'warning', 'information', 'hint'][d.severity ?? 0] })));
          assert.ok(codes(p.diagnostics).length > 0);
        }
      });
    }

    it('clears the config diagnostic once the file is fixed, and re-lints with it', async () => {
      await start('{ "rules": { "processor-unlisted": "off", } ');
      const uri = uriOf('privacy-a.txt');
      const rcUri = pathToFileURL(rcPath()).toString();
      await client.open(uri, 'plaintext', jitops);
      await client.diagnostics(rcUri, (x) => x.diagnostics.length === 1);
      await client.diagnostics(uri, (x) => codes(x.diagnostics).includes('processor-unlisted'));
      fs.writeFileSync(rcPath(), '{ "rules": { "processor-unlisted": "off" } }');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri, type: 2 }] });
      await client.diagnostics(rcUri, (x) => x.diagnostics.length === 0);
      const after = await client.diagnostics(uri, (x) => x.diagnostics.length > 0 && !codes(x.diagnostics).includes('processor-unlisted'));
      assert.ok(codes(after.diagnostics).includes('gdpr-article-mismatch'));
    });

    it('bad editor settings: one message per problem, naming the setting; linting goes on with the defaults', async () => {
      await start('{}', { rules: { 'retention-undefined': 'loud', 'no-such-rule': 'off', 'processor-unlisted': 'off' }, jurisdiction: 'mars' });
      const uri = uriOf('privacy-a.txt');
      await client.open(uri, 'plaintext', jitops);
      const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
      await new Promise((r) => setTimeout(r, 300));
      const shown = client.messages.filter((m) => m.type === 1).map((m) => m.message);
      assert.deepEqual(shown.filter((m) => m.includes('policyLint.rules.retention-undefined')).length, 1, JSON.stringify(shown));
      assert.deepEqual(shown.filter((m) => m.includes('policyLint.rules.no-such-rule')).length, 1, JSON.stringify(shown));
      assert.deepEqual(shown.filter((m) => m.includes('policyLint.jurisdiction')).length, 1, JSON.stringify(shown));
      const retention = p.diagnostics.filter((d) => d.code === 'retention-undefined');
      assert.ok(retention.length > 0 && retention.every((d) => d.severity === 2), 'the default severity');
      assert.ok(!codes(p.diagnostics).includes('processor-unlisted'), 'the valid setting is used');
    });
  });
});

describe('codeRoots in .policylintrc.json', () => {
  it('accepts policy globs mapped to a folder or to folders', () => {
    assert.deepEqual(validateConfig({ codeRoots: { 'docs/privacy.md': 'apps/web', '**/mobile-*': ['apps/ios', 'apps/android'] } }).problems, []);
  });
  it('reports anything else once, on the key', () => {
    for (const bad of [[], 'apps/web', { 'a.md': 5 }, { 'a.md': [] }, { 'a.md': ['x', 1] }]) {
      const r = validateConfig({ codeRoots: bad });
      assert.deepEqual(r.problems, ['"codeRoots" must be an object of policy glob → folder or array of folders, relative to this file (ignored)'], JSON.stringify(bad));
      assert.deepEqual(r.paths, [['codeRoots']]);
    }
  });
});
