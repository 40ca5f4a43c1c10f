// The language server over real JSON-RPC: `node dist/server.js --stdio`, files on a real file system.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, SnippetTextEdit, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codes, LspTestClient } from './lspClient';

const corpus = path.join(__dirname, 'fixtures', 'corpus');
const jitopsText = fs.readFileSync(path.join(corpus, 'jitops.txt'), 'utf8');

function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x:', 'plaintext', 0, text), edits);
}

describe('language server', function () {
  this.timeout(20000);
  let ws: string;
  let client: LspTestClient;
  const uriOf = (name: string) => pathToFileURL(path.join(ws, name)).toString();

  beforeEach(async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-ws-'));
    fs.writeFileSync(path.join(ws, 'jitops.txt'), jitopsText);
    client = new LspTestClient({ workspace: ws, settings: { debounceMs: 0 } });
    await client.initialize();
  });
  afterEach(async () => {
    await client.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('publishes both mission diagnostics for jitops.txt, with code, link, source and version', async () => {
    const uri = uriOf('jitops.txt');
    await client.open(uri, 'plaintext', jitopsText);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    assert.equal(p.version, 1);
    const article = p.diagnostics.find((d) => d.code === 'gdpr-article-mismatch')!;
    assert.ok(article, JSON.stringify(codes(p.diagnostics)));
    assert.equal(article.source, 'policylint');
    assert.equal(article.severity, 1);
    assert.match(article.codeDescription!.href, /docs\/rules\/gdpr-article-mismatch\.md$/);
    assert.deepEqual(article.range, { start: { line: 99, character: 57 }, end: { line: 99, character: 67 } });
    const mailchimp = p.diagnostics.find((d) => d.code === 'processor-unlisted')!;
    assert.equal(mailchimp.severity, 2);
    assert.match(mailchimp.message as string, /MailChimp/);
    assert.equal(mailchimp.relatedInformation?.length, 1, 'points at the processor list');
    const related = mailchimp.relatedInformation![0].location.range;
    assert.equal(jitopsText.split('\n')[related.start.line], '4 Data Processors');
  });

  it('tells the output channel what runs: its version at start, the configuration it reads, each document it lints or passes over', async () => {
    fs.writeFileSync(path.join(ws, '.policylintrc.json'), JSON.stringify({ rules: { 'policy-date-stale': 'off' } }));
    const uri = uriOf('jitops.txt');
    await client.open(uri, 'plaintext', jitopsText);
    await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    const readme = uriOf('README.md');
    await client.open(readme, 'markdown', '# Tool\n\nRun it with npm.\n');
    const version = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version;
    const deadline = Date.now() + 5000;
    while (!client.logs.some((l) => l.message.includes('README.md')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const lines = client.logs.map((l) => l.message);
    assert.ok(lines.some((l) => l.startsWith(`PolicyLint ${version} language server started (Node ${process.version}`)), lines.join('\n'));
    assert.ok(lines.some((l) => l === `configuration: ${path.join(ws, '.policylintrc.json')}`), lines.join('\n'));
    assert.ok(lines.some((l) => new RegExp(`^linted ${uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(version 1, plaintext\\): \\d+ findings in [\\d.]+ ms$`).test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => l === `not linted (not a policy, or disabled): ${readme}`), lines.join('\n'));
  });

  it('offers code actions in the fixed order; applying the fix removes the diagnostic', async () => {
    const uri = uriOf('jitops.txt');
    await client.open(uri, 'plaintext', jitopsText);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    const article = p.diagnostics.find((d) => d.code === 'gdpr-article-mismatch')!;
    const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: article.range, context: { diagnostics: [article] } }) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), [
      'Replace with Articles 13–22',
      'Disable gdpr-article-mismatch for this line',
      'Disable gdpr-article-mismatch for this file',
      'Show documentation for gdpr-article-mismatch',
    ]);
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[3].command, { title: 'Show documentation for gdpr-article-mismatch', command: 'policylint.showRuleDocumentation', arguments: ['gdpr-article-mismatch'] });
    const fixed = applyTextEdits(jitopsText, actions[0].edit!.changes![uri]);
    assert.match(fixed, /rights as per EU Articles 13–22 \("GDPR"\)/);
    const v = await client.replaceAll(uri, fixed);
    const after = await client.diagnostics(uri, (x) => x.version === v);
    assert.ok(!codes(after.diagnostics).includes('gdpr-article-mismatch'));
    assert.ok(codes(after.diagnostics).includes('processor-unlisted'));
  });

  it('adds MailChimp to the list under "4 Data Processors" with its quick fix', async () => {
    const uri = uriOf('jitops.txt');
    await client.open(uri, 'plaintext', jitopsText);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    const d = p.diagnostics.find((x) => x.code === 'processor-unlisted')!;
    const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
    const fixed = applyTextEdits(jitopsText, actions[0].edit!.changes![uri]);
    assert.match(fixed, /- Google\n- Cloudflare\n- 2Checkout\n- MailChimp\n/);
    const v = await client.replaceAll(uri, fixed);
    assert.ok(!codes((await client.diagnostics(uri, (x) => x.version === v)).diagnostics).includes('processor-unlisted'));
  });

  it('disables a rule for a line and for the file with comments the engine honours', async () => {
    const uri = uriOf('jitops.txt');
    await client.open(uri, 'plaintext', jitopsText);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    const d = p.diagnostics.find((x) => x.code === 'gdpr-article-mismatch')!;
    const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
    for (const title of ['Disable gdpr-article-mismatch for this line', 'Disable gdpr-article-mismatch for this file']) {
      const action = actions.find((a) => a.title === title)!;
      const text = applyTextEdits(jitopsText, action.edit!.changes![uri]);
      assert.match(text, /<!-- policylint-disable-(next-line|file) gdpr-article-mismatch -->/);
      const v = await client.replaceAll(uri, text);
      const after = await client.diagnostics(uri, (x) => x.version === v);
      assert.ok(!codes(after.diagnostics).includes('gdpr-article-mismatch'), title);
      assert.ok(codes(after.diagnostics).includes('processor-unlisted'), 'other rules still report');
    }
  });

  it('offers source.fixAll.policylint with every safe fix', async () => {
    const uri = uriOf('jitops.txt');
    await client.open(uri, 'plaintext', jitopsText);
    await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.policylint'] } }) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.policylint');
    const fixed = applyTextEdits(jitopsText, actions[0].edit!.changes![uri]);
    const v = await client.replaceAll(uri, fixed);
    const after = codes((await client.diagnostics(uri, (x) => x.version === v)).diagnostics);
    assert.ok(!after.includes('gdpr-article-mismatch') && !after.includes('processor-unlisted'), after.join());
  });

  it('re-lints a version number sent again with other text, and never returns fixes at stale offsets (issue 11, item 10)', async () => {
    const uri = uriOf('jitops.txt');
    await client.open(uri, 'plaintext', jitopsText);
    await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    // Version 2: text with no findings at all.
    await client.replaceAll(uri, 'Hello.\n');
    await client.diagnostics(uri, (x) => x.version === 2 && x.diagnostics.length === 0);
    // Version 1 again (a client going backwards), with the policy moved down by 400 characters.
    const moved = `${'Introduction line.\n'.repeat(20)}${jitopsText}`;
    const next = client.nextDiagnostics(uri, (x) => x.version === 1 && x.diagnostics.length > 0);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: moved }] });
    const p = await next;
    const article = p.diagnostics.find((d) => d.code === 'gdpr-article-mismatch')!;
    assert.equal(article.range.start.line, 99 + 20, 'the finding is where the article is in the new text');
    const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.policylint'] } }) as CodeAction[];
    const fixed = applyTextEdits(moved, actions[0].edit!.changes![uri]);
    assert.ok(fixed.startsWith('Introduction line.\n'.repeat(20)), 'the edits land on the new text');
    assert.match(fixed, /rights as per EU Articles 13–22/);
  });

  it('shows the article title and a EUR-Lex link on hover over a citation, and the finding\'s detail and source but not its message', async () => {
    const uri = uriOf('jitops.txt');
    await client.open(uri, 'plaintext', jitopsText);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    const diagnostic = p.diagnostics.find((d) => d.code === 'gdpr-article-mismatch')!;
    // The Problems panel gets one sentence, with no link and no legal source appended.
    assert.equal(diagnostic.message, 'Article 28 GDPR is “Processor”; data-subject rights are in Articles 12–23.');
    const h = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 99, character: 62 } }) as Hover;
    const value = (h.contents as unknown as { value: string }).value;
    assert.match(value, /Article 28 GDPR — Processor/);
    assert.match(value, /Chapter IV: Controller and processor/);
    assert.match(value, /eur-lex\.europa\.eu/);
    // What PolicyLint adds to VS Code's own problem hover (which shows the message): the explanation and the source, linked.
    assert.match(value, /this sentence cites it for something it does not deal with/, 'the flagged span is explained');
    assert.match(value, /\*Source:\* GDPR Art\. 28 \(\[EUR-Lex\]\(https:\/\/eur-lex\.europa\.eu\/[^)]+\)\)/);
    assert.ok(!value.includes(diagnostic.message as string), `the hover repeats the message:\n${value}`);
    assert.ok(!value.includes(diagnostic.message.slice(0, 30) as string), 'not even in part');
  });

  it('leaves a README and other non-policy Markdown alone', async () => {
    const readme = uriOf('README.md');
    fs.writeFileSync(path.join(ws, 'README.md'), '# Our project\n\nWe store data indefinitely. See Article 100.\n');
    await client.open(readme, 'markdown', fs.readFileSync(path.join(ws, 'README.md'), 'utf8'));
    const notes = uriOf('notes.md');
    await client.open(notes, 'markdown', '# Notes\n\nWe keep backups indefinitely.\n');
    assert.deepEqual((await client.diagnostics(readme)).diagnostics, []);
    assert.deepEqual((await client.diagnostics(notes)).diagnostics, []);
  });

  it('lints an untitled buffer that calls itself a privacy policy', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, 'markdown', '# Privacy Policy\n\nWe process personal data under the GDPR. We keep personal data indefinitely.\n');
    const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    assert.deepEqual(codes(p.diagnostics), ['retention-undefined']);
  });

  it('re-lints when the settings change', async () => {
    const uri = uriOf('jitops.txt');
    await client.open(uri, 'plaintext', jitopsText);
    await client.diagnostics(uri, (x) => codes(x.diagnostics).includes('retention-undefined'));
    await client.changeSettings({ debounceMs: 0, rules: { 'retention-undefined': 'off' } });
    const p = await client.nextDiagnostics(uri, (x) => !codes(x.diagnostics).includes('retention-undefined'));
    assert.ok(codes(p.diagnostics).includes('gdpr-article-mismatch'));
  });

  it('re-lints when .policylintrc.json changes, and reports a malformed one once while linting goes on', async () => {
    const uri = uriOf('jitops.txt');
    await client.open(uri, 'plaintext', jitopsText);
    await client.diagnostics(uri, (x) => codes(x.diagnostics).includes('processor-unlisted'));
    const rc = path.join(ws, '.policylintrc.json');
    fs.writeFileSync(rc, JSON.stringify({ rules: { 'processor-unlisted': 'off' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).toString(), type: 1 }] });
    const off = await client.nextDiagnostics(uri, (x) => !codes(x.diagnostics).includes('processor-unlisted'));
    assert.ok(codes(off.diagnostics).includes('gdpr-article-mismatch'));

    fs.writeFileSync(rc, '{ "rules": { "processor-unlisted": "off", } ');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).toString(), type: 2 }] });
    const rcDiag = await client.diagnostics(pathToFileURL(rc).toString(), (x) => x.diagnostics.length > 0);
    assert.equal(rcDiag.diagnostics.length, 1);
    assert.match(rcDiag.diagnostics[0].message as string, /^not valid JSON: a comma after the last entry on line 1/);
    const back = await client.diagnostics(uri, (x) => codes(x.diagnostics).includes('processor-unlisted'));
    assert.ok(back, 'defaults are used');
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(client.messages.filter((m) => m.type === 1 && /policylintrc/.test(m.message)).length, 1, 'one error message');
  });

  it('clears the diagnostics when the document closes', async () => {
    const uri = uriOf('jitops.txt');
    await client.open(uri, 'plaintext', jitopsText);
    await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    await client.close(uri);
    assert.deepEqual((await client.nextDiagnostics(uri)).diagnostics, []);
  });

  it('drops stale runs: only the newest of quick edits is published, with its version', async () => {
    await client.changeSettings({ debounceMs: 100 });
    const uri = uriOf('jitops.txt');
    await client.open(uri, 'plaintext', jitopsText);
    await client.diagnostics(uri, (x) => x.version === 1);
    const seen: number[] = [];
    client.listeners.push((p) => { if (p.uri === uri && p.version !== undefined) seen.push(p.version); });
    for (let i = 0; i < 5; i++) await client.edit(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ' ');
    const last = await client.diagnostics(uri, (x) => x.version === 6);
    assert.equal(last.version, 6);
    assert.deepEqual(seen.filter((v) => v > 1 && v < 6), [], 'no diagnostics for superseded versions');
  });

  it('lints files that are not open with policylint/lintFiles (Lint Workspace)', async () => {
    for (const f of ['ubiops.txt', 'optsm.txt']) fs.copyFileSync(path.join(corpus, f), path.join(ws, f));
    fs.writeFileSync(path.join(ws, 'README.md'), '# Project\n\nNothing here.\n');
    const uris = ['ubiops.txt', 'optsm.txt', 'README.md'].map(uriOf);
    const pending = client.diagnostics(uris[0], (x) => x.diagnostics.length > 0);
    const r = await client.connection.sendRequest('policylint/lintFiles', { uris }) as { files: number; findings: number };
    assert.equal(r.files, 2);
    assert.ok(r.findings >= 4);
    assert.ok(codes((await pending).diagnostics).includes('processor-unlisted'));
  });

  it('Lint Workspace passes over a named pipe instead of blocking on it', async function () {
    if (process.platform === 'win32') this.skip();
    fs.copyFileSync(path.join(corpus, 'ubiops.txt'), path.join(ws, 'ubiops.txt'));
    spawnSync('mkfifo', [path.join(ws, 'privacy-fifo.txt')]);
    const r = await client.connection.sendRequest('policylint/lintFiles', { uris: ['privacy-fifo.txt', 'ubiops.txt'].map(uriOf) }) as { files: number; findings: number };
    assert.equal(r.files, 1);
    // Still answering other requests.
    await client.open(uriOf('jitops.txt'), 'plaintext', jitopsText);
    assert.ok((await client.diagnostics(uriOf('jitops.txt'), (x) => x.diagnostics.length > 0)).diagnostics.length > 0);
  });

  it('survives a change for a document it never opened', async () => {
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf('ghost.txt'), version: 2 }, contentChanges: [{ text: 'Privacy Policy' }] });
    const uri = uriOf('jitops.txt');
    await client.open(uri, 'plaintext', jitopsText);
    assert.ok((await client.diagnostics(uri, (x) => x.diagnostics.length > 0)).diagnostics.length > 0);
  });
});

describe('language server: a template fix as a snippet for a client that applies snippet edits (LSP 3.18)', function () {
  this.timeout(20000);
  const dataopsText = fs.readFileSync(path.join(corpus, 'dataops.txt'), 'utf8');
  const RETENTION_FIX = 'Replace “for as long as necessary” with a period: “for [period] after [event]”';
  let ws: string;
  const clients: LspTestClient[] = [];
  const uriOf = (name: string) => pathToFileURL(path.join(ws, name)).toString();

  /** A client with these workspace-edit capabilities, initialised, with `name` (a corpus policy's text) open and linted. */
  async function open(workspaceEdit: Record<string, unknown> | undefined, name: string, text: string, languageId = 'plaintext') {
    const client = new LspTestClient({ workspace: ws, settings: { debounceMs: 0 }, workspaceEdit });
    clients.push(client);
    await client.initialize();
    const uri = uriOf(name);
    await client.open(uri, languageId, text);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    const actionsFor = async (d: Diagnostic) => await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
    return { client, uri, diagnostics: p.diagnostics, actionsFor };
  }
  const VSCODE = { documentChanges: true, snippetEditSupport: true, resourceOperations: ['create', 'rename', 'delete'], normalizesLineEndings: true };

  /** The text a snippet inserts when no snippet session takes it: each tab stop's default, the escapes undone. */
  function snippetText(value: string): string {
    return value.replace(/\$\{\d+:((?:[^\\}]|\\.)*)\}|\\(.)/g, (_, fallback: string | undefined, escaped: string | undefined) => escaped ?? fallback!.replace(/\\(.)/g, '$1'));
  }

  beforeEach(() => { ws = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-snippets-')); });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('sends the retention template with a tab stop on each blank, which inserted as text is the plain fix; its blanks are then reported as information', async () => {
    const { client, uri, diagnostics, actionsFor } = await open(VSCODE, 'dataops.txt', dataopsText);
    const retention = diagnostics.find((d) => d.code === 'retention-undefined')!;
    const [action] = await actionsFor(retention);
    assert.equal(action.title, RETENTION_FIX);
    assert.equal(action.edit?.changes, undefined);
    const change = action.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    assert.equal(change.edits.length, 1);
    const edit = change.edits[0] as SnippetTextEdit;
    assert.deepEqual(edit.snippet, { kind: 'snippet', value: 'for ${1:[period]} after ${2:[event]}' });
    assert.equal(dataopsText.slice(TextDocument.create(uri, 'plaintext', 1, dataopsText).offsetAt(edit.range.start), TextDocument.create(uri, 'plaintext', 1, dataopsText).offsetAt(edit.range.end)), 'for as long as necessary');

    // Applied (as VS Code does without a snippet session, or as a person fills nothing in): the period's
    // warning is gone, and each blank is an information finding of the rule, on the blank, with no fix.
    const fixed = applyTextEdits(dataopsText, [{ range: edit.range, newText: snippetText(edit.snippet.value) }]);
    assert.match(fixed, /We will only retain your personal information for \[period\] after \[event\] to fulfil the purposes/);
    const v = await client.replaceAll(uri, fixed);
    const after = (await client.diagnostics(uri, (x) => x.version === v)).diagnostics;
    const mine = after.filter((d) => d.code === 'retention-undefined');
    const doc = TextDocument.create(uri, 'plaintext', v, fixed);
    assert.deepEqual(mine.map((d) => [d.severity, fixed.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)), d.message]), [
      [3, '[period]', 'Fill in the retention period: “[period]” is a placeholder from a PolicyLint fix.'],
      [3, '[event]', 'Fill in the event the period runs from: “[event]” is a placeholder from a PolicyLint fix.'],
    ]);
    const offered = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: mine[0].range, context: { diagnostics: [mine[0]] } }) as CodeAction[];
    assert.deepEqual(offered.map((a) => a.title), ['Disable retention-undefined for this line', 'Disable retention-undefined for this file', 'Show documentation for retention-undefined'], 'no fix fills a blank in');
  });

  it('sends a section template of several lines as a snippet, and fixes that write no blank, fix-all and disable comments as plain text', async () => {
    const { client, uri, diagnostics, actionsFor } = await open(VSCODE, 'jitops.txt', jitopsText);
    const missing = diagnostics.find((d) => d.code === 'retention-undefined')!;
    const [section] = await actionsFor(missing);
    assert.equal(section.title, 'Add a “Data retention” section');
    const edit = (section.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as SnippetTextEdit;
    assert.equal(edit.snippet.value, '\n\n7 Data retention\n\nWe keep personal data for ${1:[period]} after ${2:[event]}, and then delete or anonymise it.\n');
    const article = diagnostics.find((d) => d.code === 'gdpr-article-mismatch')!;
    const actions = await actionsFor(article);
    assert.equal(actions[0].title, 'Replace with Articles 13–22');
    assert.deepEqual(actions[0].edit!.changes![uri].map((e) => e.newText), ['Articles 13–22']);
    assert.ok(actions.filter((a) => a.edit).every((a) => a.edit!.changes && !a.edit!.documentChanges), 'plain text edits');
    const [fixAll] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.policylint'] } }) as CodeAction[];
    assert.ok(fixAll.edit!.changes![uri].length > 0 && !fixAll.edit!.documentChanges);
  });

  it('sends plain text where VS Code would re-indent the template (its lines start with blanks), even to such a client', async () => {
    const html = '<html><body><h1>Privacy Policy</h1>\n<p>We process your personal data under the GDPR.</p>\n<p>We make use of the following third-party services:</p>\n<p>Some of them store data outside the EU.</p>\n</body></html>\n';
    const { uri, diagnostics, actionsFor } = await open(VSCODE, 'privacy.html', html, 'html');
    const rights = diagnostics.find((d) => d.code === 'required-disclosure' && d.severity === 2)!;
    const [action] = await actionsFor(rights);
    assert.equal(action.title, 'Add a “Your rights” section listing them (template to complete)');
    const [edit] = action.edit!.changes![uri];
    assert.match(edit.newText, /^\n<h2>Your rights<\/h2>\n<p>You have the following rights\. To exercise any of them, contact us at \[e-mail address or other way to reach you\]:<\/p>\n<ul>\n  <li>the right of access/);
    assert.equal(action.edit!.documentChanges, undefined);
  });

  for (const [who, caps] of [['declares no workspace-edit capabilities (Neovim 0.7)', undefined], ['takes document changes but no snippets', { documentChanges: true }]] as const) {
    it(`sends the retention template as plain text to a client that ${who}`, async () => {
      const { uri, diagnostics, actionsFor } = await open(caps, 'dataops.txt', dataopsText);
      const [action] = await actionsFor(diagnostics.find((d) => d.code === 'retention-undefined')!);
      assert.equal(action.title, RETENTION_FIX);
      assert.equal(action.edit?.documentChanges, undefined);
      assert.deepEqual(action.edit!.changes![uri].map((e) => e.newText), ['for [period] after [event]']);
    });
  }
});

describe('language server with a client that refuses its requests', function () {
  this.timeout(20000);
  // vscode-jsonrpc answers a request it has no handler for with an error. The server's own
  // requests (a message to show, a capability to register) must not end it when refused.
  it('keeps linting and answering after the client refuses window/showMessageRequest and client/registerCapability', async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-refuse-'));
    fs.writeFileSync(path.join(ws, '.policylintrc.json'), '{"rules": {');
    fs.writeFileSync(path.join(ws, 'privacy.txt'), jitopsText);
    const client = new LspTestClient({ workspace: ws, settings: { debounceMs: 0 }, reject: ['window/showMessageRequest', 'client/registerCapability'] });
    try {
      await client.initialize();
      const uri = pathToFileURL(path.join(ws, 'privacy.txt')).toString();
      await client.open(uri, 'plaintext', jitopsText);
      const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
      assert.ok(p.diagnostics.some((d) => d.code === 'gdpr-article-mismatch'));
      // Still alive, still answering: a hover after the refusals, then a second document.
      const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: p.diagnostics[0].range.start });
      assert.ok(hover !== undefined);
      const second = pathToFileURL(path.join(ws, 'cookie-policy.txt')).toString();
      await client.open(second, 'plaintext', jitopsText);
      assert.ok((await client.diagnostics(second, (x) => x.diagnostics.length > 0)).diagnostics.length > 0);
      assert.equal(client.proc.exitCode, null, 'the server process is running');
      assert.ok(client.logs.some((l) => /refused/.test(l.message)), 'the refusal is logged');
    } finally {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });
});

describe('language server with a rule that throws', function () {
  this.timeout(20000);
  it('still reports the other rules, and logs the failure once', async () => {
    const client = new LspTestClient({ settings: { debounceMs: 0 }, env: { POLICYLINT_INJECT_FAULTY_RULE: '1' } });
    try {
      await client.initialize();
      const uri = 'untitled:jitops';
      await client.open(uri, 'plaintext', jitopsText);
      const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
      assert.ok(codes(p.diagnostics).includes('gdpr-article-mismatch'));
      const v = await client.replaceAll(uri, jitopsText + '\n');
      await client.diagnostics(uri, (x) => x.version === v);
      assert.equal(client.logs.filter((l) => /rule injected-fault failed/.test(l.message)).length, 1);
    } finally {
      await client.shutdown();
    }
  });
});

export type { Diagnostic };
