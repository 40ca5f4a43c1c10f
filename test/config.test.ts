// A bad `.policylintrc.json` (issue 5, "Config"; issue 12): malformed JSON, unknown rule ids, wrong
// types, a severity that does not exist. Each problem is one clear message naming the file and the
// key, with "did you mean" where a known name is near; what is valid is used, the defaults replace
// what is not; linting goes on. Tested in the CLI (stderr, `node dist/cli.js` in a real folder) and
// in the language server (test/lspClient.ts: a diagnostic per problem on the key or value at fault,
// "did you mean" quick fixes, a status that clears when the file is fixed).
// The validator's classes of problems, one by one: test/configValidation.test.ts.
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
 * after "policylint: .policylintrc.json: "; `at` is, for each, the text its diagnostic covers in the
 * language server (the key or value at fault); `effect` checks on jitops.txt's findings that the
 * valid part was used and the defaults replaced the rest. By default jitops.txt has
 * gdpr-article-mismatch (error), retention-undefined and processor-unlisted (warning).
 */
const CASES: Array<{ name: string; text: string; lines: RegExp[]; at?: string[]; effect(f: JsonFinding[]): void }> = [
  {
    name: 'malformed JSON (a trailing comma)',
    text: '{ "rules": { "processor-unlisted": "off", } }',
    lines: [/^not valid JSON: a comma after the last entry on line 1: JSON allows none there \(remove it\) \(defaults are used\)$/],
    at: [','],
    effect: (f) => assert.deepEqual(severityOf(f, 'processor-unlisted'), ['warning'], 'nothing of a malformed file is used'),
  },
  {
    name: 'malformed JSON (cut short)',
    text: '{ "rules": { "processor-unlisted": "off"',
    lines: [/^not valid JSON: the file ends before the object opened on line 1 is closed \("\}" is missing\) \(defaults are used\)$/],
    effect: (f) => assert.deepEqual(severityOf(f, 'processor-unlisted'), ['warning']),
  },
  {
    name: 'an empty file',
    text: '',
    lines: [/^not valid JSON: the file is empty \(write \{\} for no settings\) \(defaults are used\)$/],
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
    text: JSON.stringify({ rules: { 'no-such-rule': 'error', 'gdpr-artcle-mismatch': 'off', 'processor-unlisted': 'off' } }),
    lines: [/^"rules\.no-such-rule": unknown rule \(ignored\)$/, /^"rules\.gdpr-artcle-mismatch": unknown rule; did you mean "gdpr-article-mismatch"\? \(ignored\)$/],
    at: ['"no-such-rule"', '"gdpr-artcle-mismatch"'],
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
      /^"rules\.processor-unlisted": severity must be one of off, hint, information, warning, error; did you mean "error"\? \(the rule's default is used\)$/,
    ],
    at: ['"fatal"', '"ERROR"'],
    effect: (f) => {
      assert.deepEqual(severityOf(f, 'retention-undefined'), ['warning'], 'the default severity');
      assert.deepEqual(severityOf(f, 'processor-unlisted'), ['warning'], 'the default severity');
      assert.deepEqual(severityOf(f, 'gdpr-article-mismatch'), ['warning'], 'the alias is honoured');
    },
  },
  {
    name: 'wrong types for every key',
    text: JSON.stringify({ rules: ['processor-unlisted'], jurisdiction: 5, jurisdictions: 'uk', maxPolicyAgeMonths: '24', allowRecipientCategories: 'yes', extraVendors: { name: 'Acme' }, include: '*.txt', exclude: [1] }),
    lines: [
      /^"rules" must be an object of rule id → severity \(ignored\)$/,
      /^"jurisdiction" must be one of auto, eu, uk, other \(auto is used\)$/,
      /^"jurisdictions" must be an array of codes: .+$/,
      /^"maxPolicyAgeMonths" must be a positive whole number \(24 is used\)$/,
      /^"allowRecipientCategories" must be true or false \(false is used\)$/,
      /^"extraVendors" must be an array \(ignored\)$/,
      /^"include" must be an array of glob patterns \(ignored\)$/,
      /^"exclude" must be an array of glob patterns \(ignored\)$/,
    ],
    at: ['["processor-unlisted"]', '5', '"uk"', '"24"', '"yes"', '{"name":"Acme"}', '"*.txt"', '1'],
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
    at: ['2', 'null', '"xx"', '1.5', '42', '{"aliases":["x"]}'],
    effect: (f) => assert.deepEqual(severityOf(f, 'retention-undefined'), ['warning']),
  },
  {
    name: 'unknown keys',
    text: JSON.stringify({ colour: true, rule: { 'processor-unlisted': 'off' }, rules: { 'processor-unlisted': 'information' } }),
    lines: [/^unknown key "colour" \(ignored\)$/, /^unknown key "rule"; did you mean "rules"\? \(ignored\)$/],
    at: ['"colour"', '"rule"'],
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
      const r = validateConfig({ rules: { 'processor-unlisted': 'off', nope: 'error', 'retention-undefined': 'loud' }, jurisdiction: 'mars', maxPolicyAgeMonths: 12, allowRecipientCategories: true });
      assert.deepEqual(r.options, { rules: { 'processor-unlisted': 'off' }, maxPolicyAgeMonths: 12, allowRecipientCategories: true });
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
      assert.equal(r.stderr, 'policylint: team.json: not valid JSON: the file ends before the object opened on line 1 is closed ("}" is missing) (defaults are used)\n');
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

  describe('in the language server: a diagnostic per problem on the key or value at fault, "did you mean" fixes, a status that clears when fixed; linting goes on', () => {
    type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
    /** The text an LSP range covers. */
    const textAt = (text: string, r: Range) => {
      const lines = text.split('\n');
      return r.start.line === r.end.line ? lines[r.start.line].slice(r.start.character, r.end.character)
        : [lines[r.start.line].slice(r.start.character), ...lines.slice(r.start.line + 1, r.end.line), lines[r.end.line].slice(0, r.end.character)].join('\n');
    };
    /** `text` with `newText` written over `range`, as an editor applies a code action's edit. */
    const applyEdit = (text: string, r: Range, newText: string) => {
      const offset = (p: Range['start']) => text.split('\n').slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
      return text.slice(0, offset(r.start)) + newText + text.slice(offset(r.end));
    };
    const poll = async <T>(what: string, get: () => T | undefined, ms = 5000): Promise<T> => {
      const deadline = Date.now() + ms;
      for (;;) {
        const v = get();
        if (v !== undefined) return v;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    let ws: string;
    let client: LspTestClient;
    const uriOf = (name: string) => pathToFileURL(path.join(ws, name)).toString();
    const rcPath = () => path.join(ws, '.policylintrc.json');
    const rcUri = () => pathToFileURL(rcPath()).toString();
    const configMessages = () => client.messages.filter((m) => /policylintrc/.test(m.message)).map(({ type, message }) => ({ type, message }));
    const statuses = () => client.notifications.filter((n) => n.method === 'policylint/configStatus').map((n) => n.params as { uri: string; name: string; problems: string[] });
    const saved = async (text: string) => {
      fs.writeFileSync(rcPath(), text);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri(), type: 2 }] });
    };

    const start = async (config: string, settings: Record<string, unknown> = {}, initializationOptions?: unknown) => {
      ws = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-config-ws-'));
      fs.writeFileSync(rcPath(), config);
      for (const name of ['privacy-a.txt', 'privacy-b.txt']) fs.writeFileSync(path.join(ws, name), jitops);
      client = new LspTestClient({ workspace: ws, settings: { debounceMs: 0, ...settings }, initializationOptions });
      await client.initialize();
    };
    afterEach(async () => {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    });

    for (const c of CASES.filter((x) => x.at)) {
      it(c.name, async () => {
        await start(c.text);
        const docs = ['privacy-a.txt', 'privacy-b.txt'].map(uriOf);
        for (const uri of docs) await client.open(uri, 'plaintext', jitops);
        const published = await Promise.all(docs.map((uri) => client.diagnostics(uri, (x) => x.diagnostics.length > 0)));
        const rc = await client.diagnostics(rcUri(), (x) => x.diagnostics.length > 0);
        await new Promise((r) => setTimeout(r, 300));
        // One diagnostic per problem, in order, each on the key or value at fault.
        assert.deepEqual(rc.diagnostics.map((d) => textAt(c.text, d.range)), c.at, JSON.stringify(rc.diagnostics));
        rc.diagnostics.forEach((d, i) => {
          assert.equal(d.severity, 1);
          assert.equal(d.source, 'policylint');
          assert.match(String(d.message), c.lines[i]);
        });
        // One short message, naming the file as the workspace does, though two policies use it.
        const n = c.lines.length;
        assert.deepEqual(configMessages(), [{ type: 1, message: `PolicyLint: .policylintrc.json has ${n === 1 ? 'a problem' : `${n} problems`}; the defaults are used for ${n === 1 ? 'it' : 'those'} (see the file's diagnostics).` }]);
        // Linting went on, with what was valid and the defaults for the rest.
        for (const p of published) {
          c.effect(p.diagnostics.map((d) => ({ ruleId: String(d.code), severity: ['', 'error', 'warning', 'information', 'hint'][d.severity ?? 0] })));
          assert.ok(codes(p.diagnostics).length > 0);
        }
      });
    }

    it('clears the config diagnostic once the file is fixed, says that it is valid again, and re-lints with it', async () => {
      await start('{ "rules": { "processor-unlisted": "off", } ');
      const uri = uriOf('privacy-a.txt');
      await client.open(uri, 'plaintext', jitops);
      await client.diagnostics(rcUri(), (x) => x.diagnostics.length === 1);
      await client.diagnostics(uri, (x) => codes(x.diagnostics).includes('processor-unlisted'));
      await saved('{ "rules": { "processor-unlisted": "off" } }');
      await client.diagnostics(rcUri(), (x) => x.diagnostics.length === 0);
      const after = await client.diagnostics(uri, (x) => x.diagnostics.length > 0 && !codes(x.diagnostics).includes('processor-unlisted'));
      assert.ok(codes(after.diagnostics).includes('gdpr-article-mismatch'));
      await poll('the message that supersedes the first', () => (configMessages().length === 2 ? true : undefined));
      assert.deepEqual(configMessages(), [
        { type: 1, message: 'PolicyLint: .policylintrc.json has a problem; the defaults are used for it (see the file\'s diagnostics).' },
        { type: 3, message: 'PolicyLint: .policylintrc.json is valid again.' },
      ]);
    });

    it('a configuration open in the editor: its problems as typed, on the value\'s line, with "did you mean" quick fixes; policies use it once saved; closed unsaved, the saved file\'s problems are back', async () => {
      const bad = '{\n  "rules": {\n    "gdpr-artcle-mismatch": "off",\n    "processor-unlisted": "warn"\n  }\n}\n';
      await start(bad);
      const policy = uriOf('privacy-a.txt');
      await client.open(policy, 'plaintext', jitops);
      await client.diagnostics(rcUri(), (x) => x.diagnostics.length === 2);
      await client.open(rcUri(), 'json', bad);
      let rc = await client.diagnostics(rcUri(), (x) => x.diagnostics.length === 2);
      assert.deepEqual(rc.diagnostics.map((d) => [d.range.start.line, textAt(bad, d.range), d.message]), [
        [2, '"gdpr-artcle-mismatch"', '"rules.gdpr-artcle-mismatch": unknown rule; did you mean "gdpr-article-mismatch"? (ignored)'],
        [3, '"warn"', '"rules.processor-unlisted": severity must be one of off, hint, information, warning, error; did you mean "warning"? (the rule\'s default is used)'],
      ]);

      // Each diagnostic's quick fix writes the name it suggests over the key or value; applied in turn, nothing is left.
      let text = bad;
      for (const expected of [{ title: 'Change to "gdpr-article-mismatch"', newText: '"gdpr-article-mismatch"' }, { title: 'Change to "warning"', newText: '"warning"' }]) {
        const d = rc.diagnostics[0];
        const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: rcUri() }, range: d.range, context: { diagnostics: [d] } }) as Array<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, Array<{ range: Range; newText: string }>> } }>;
        assert.deepEqual(actions.map((a) => [a.title, a.isPreferred]), [[expected.title, true]]);
        const edits = actions[0].edit.changes[rcUri()];
        assert.deepEqual(edits.map((e) => [e.range, e.newText]), [[d.range, expected.newText]]);
        text = applyEdit(text, edits[0].range, edits[0].newText);
        await client.replaceAll(rcUri(), text);
        rc = await client.nextDiagnostics(rcUri());
      }
      assert.equal(text, '{\n  "rules": {\n    "gdpr-article-mismatch": "off",\n    "processor-unlisted": "warning"\n  }\n}\n');
      assert.deepEqual(rc.diagnostics, []);

      // The unsaved text is not what the policies use: a lint of one does not bring the saved file's problems back.
      await client.replaceAll(rcUri(), '{ "rules": { "processor-unlisted": "off" } }');
      await client.replaceAll(policy, `${jitops}\n`);
      const linted = await client.diagnostics(policy, (x) => x.version === 2);
      assert.ok(codes(linted.diagnostics).includes('processor-unlisted'), 'the saved file applies');
      await new Promise((r) => setTimeout(r, 200));
      assert.deepEqual((await client.diagnostics(rcUri())).diagnostics, [], 'the open text governs what the file shows');

      // Closed without saving: the saved file's two problems are shown again.
      await client.close(rcUri());
      rc = await client.diagnostics(rcUri(), (x) => x.diagnostics.length === 2);
      assert.deepEqual(rc.diagnostics.map((d) => textAt(bad, d.range)), ['"gdpr-artcle-mismatch"', '"warn"']);
    });

    it('a fix that would write a key the object already has is not offered; the message still says what was meant', async () => {
      const text = '{ "rules": { "gdpr-artcle-mismatch": "off", "gdpr-article-mismatch": "error" } }';
      await start('{}');
      await client.open(rcUri(), 'json', text);
      const rc = await client.diagnostics(rcUri(), (x) => x.diagnostics.length === 1);
      const d = rc.diagnostics[0];
      assert.equal(d.message, '"rules.gdpr-artcle-mismatch": unknown rule; did you mean "gdpr-article-mismatch"? (ignored)');
      assert.deepEqual(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: rcUri() }, range: d.range, context: { diagnostics: [d] } }), []);
    });

    it('leaves the syntax errors of an open file to an editor that checks JSON itself (editorChecksJsonSyntax), and shows them for the saved file', async () => {
      const broken = '{\n  "rules": {\n    "processor-unlisted": "off"\n    "retention-undefined": "off"\n  }\n}\n';
      await start(broken, {}, { editorChecksJsonSyntax: true, configStatus: true });
      await client.open(uriOf('privacy-a.txt'), 'plaintext', jitops);
      let rc = await client.diagnostics(rcUri(), (x) => x.diagnostics.length === 1);
      assert.deepEqual(rc.diagnostics.map((d) => [d.message, textAt(broken, d.range)]), [['not valid JSON: a comma is missing after line 3 (defaults are used)', '"off"']]);
      await client.open(rcUri(), 'json', broken);
      rc = await client.diagnostics(rcUri(), (x) => x.diagnostics.length === 0);
      // The status still counts it: the file is broken, whoever shows the error.
      assert.deepEqual(statuses().at(-1)?.problems, ['not valid JSON: a comma is missing after line 3 (defaults are used)']);
      await client.close(rcUri());
      await client.diagnostics(rcUri(), (x) => x.diagnostics.length === 1);
    });

    it('tells a client that asks for it (configStatus) each file\'s problems, named relative to the workspace, and that they are gone once fixed, in place of window messages', async () => {
      await start('{}', {}, { configStatus: true });
      fs.mkdirSync(path.join(ws, 'legal'));
      const nested = path.join(ws, 'legal', '.policylintrc.json');
      const nestedUri = pathToFileURL(nested).toString();
      // No policy is open: the change of the file alone shows its problems.
      fs.writeFileSync(nested, '{ "rule": {}, "jurisdiction": "EU" }');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: nestedUri, type: 1 }] });
      const rc = await client.diagnostics(nestedUri, (x) => x.diagnostics.length === 2);
      assert.deepEqual(rc.diagnostics.map((d) => d.message), ['unknown key "rule"; did you mean "rules"? (ignored)', '"jurisdiction" must be one of auto, eu, uk, other; did you mean "eu"? (auto is used)']);
      const bad = await poll('a status with problems', () => statuses().find((st) => st.problems.length));
      assert.deepEqual(bad, { uri: nestedUri, name: path.join('legal', '.policylintrc.json'), problems: rc.diagnostics.map((d) => d.message) });
      fs.writeFileSync(nested, '{ "rules": {}, "jurisdiction": "eu" }');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: nestedUri, type: 2 }] });
      await client.diagnostics(nestedUri, (x) => x.diagnostics.length === 0);
      await poll('the status to clear', () => (statuses().at(-1)?.problems.length === 0 ? true : undefined));
      // Deleted while broken: its diagnostics and status go too.
      fs.writeFileSync(nested, '{ "rule": {} }');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: nestedUri, type: 2 }] });
      await client.diagnostics(nestedUri, (x) => x.diagnostics.length === 1);
      fs.rmSync(nested);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: nestedUri, type: 3 }] });
      await client.diagnostics(nestedUri, (x) => x.diagnostics.length === 0);
      await poll('the status to clear', () => (statuses().at(-1)?.problems.length === 0 ? true : undefined));
      assert.deepEqual(statuses().map((st) => st.problems.length), [2, 0, 1, 0], 'one status per change of the problems');
      assert.deepEqual(configMessages(), [], 'no window message');
    });

    it('a document a client opened with a URI that is no string does not stop the configuration\'s report or the linting of others (found by the protocol fuzz)', async () => {
      await start('{ "rule": {} }');
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 42, languageId: 'plaintext', version: 1, text: jitops } });
      const uri = uriOf('privacy-a.txt');
      await client.open(uri, 'plaintext', jitops);
      assert.ok(codes((await client.diagnostics(uri, (x) => x.diagnostics.length > 0)).diagnostics).includes('gdpr-article-mismatch'));
      assert.equal((await client.diagnostics(rcUri(), (x) => x.diagnostics.length > 0)).diagnostics.length, 1);
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
  it('reports anything else once: a wrong type on "codeRoots", a wrong entry on that entry\'s value', () => {
    for (const bad of [[], 'apps/web']) {
      const r = validateConfig({ codeRoots: bad });
      assert.deepEqual(r.problems, ['"codeRoots" must be an object of policy glob → folder or array of folders, relative to this file (ignored)'], JSON.stringify(bad));
      assert.deepEqual(r.places, [{ path: ['codeRoots'], on: 'value' }]);
    }
    for (const bad of [{ 'a.md': 5 }, { 'ok.md': 'web', 'a.md': [] }, { 'a.md': ['x', 1] }]) {
      const r = validateConfig({ codeRoots: bad });
      assert.deepEqual(r.problems, ['"codeRoots.a.md" must be a folder or a non-empty array of folders, relative to this file ("codeRoots" is ignored)'], JSON.stringify(bad));
      assert.deepEqual(r.places, [{ path: ['codeRoots', 'a.md'], on: 'value' }]);
    }
  });
});
