// The code inventory in the language server, over real JSON-RPC: built per workspace folder in a
// worker thread, rebuilt when a manifest changes, or a source file comes to import, or stops
// importing, a declared service (workspace/didChangeWatchedFiles), the policy's diagnostics updated
// without reopening it; policyLint.codeInventory turns it off.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { buildInventory } from '../server/inventory/inventory';
import { SOURCE_EXTENSIONS } from '../server/inventory/sources';
import { MANIFEST_GLOB, MANIFEST_NAMES, PAGE_EXTENSIONS, PAGE_GLOB, SOURCE_ONLY_EXTENSIONS, watchedKind } from '../server/inventory/watched';
import { DEFAULT_SETTINGS, normalizeSettings } from '../server/lsp/settings';
import { generateWorkspace } from './inventoryWorkspace';
import { LspTestClient } from './lspClient';

const RULE = 'processor-undisclosed-in-code';
const POLICY = [
  '# Privacy Policy',
  '',
  'We process personal data under the GDPR.',
  '',
  '## Processors',
  '',
  'We use the following processors:',
  '',
  '- Stripe – card payments, United States (Data Privacy Framework)',
  '',
].join('\n');

/** Waits until `test` holds, polling; fails after `ms`. */
async function until(test: () => boolean, ms = 15000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`not so after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
const undisclosed = (p: PublishDiagnosticsParams): Diagnostic[] => p.diagnostics.filter((d) => d.code === RULE);
const mentions = (name: string) => (p: PublishDiagnosticsParams) => undisclosed(p).some((d) => (d.message as string).includes(name));

describe('language server: the code inventory', function () {
  this.timeout(30000);
  let ws: string;
  let client: LspTestClient | undefined;
  const uriOf = (name: string) => pathToFileURL(path.join(ws, name)).toString();
  const writePackage = (deps: Record<string, string>) => fs.writeFileSync(path.join(ws, 'package.json'), JSON.stringify({ name: 'app', dependencies: deps }, null, 2) + '\n');
  const changed = (name: string, type: 1 | 2 | 3) => client!.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(name), type }] });
  async function start(settings: Record<string, unknown> = {}): Promise<LspTestClient> {
    client = new LspTestClient({ workspace: ws, settings: { debounceMs: 0, ...settings } });
    await client.initialize();
    return client;
  }

  beforeEach(() => { ws = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-inv-')); });
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('reports a service in package.json that the policy does not name, with a related location on the manifest line', async () => {
    writePackage({ react: '^18.0.0', '@sentry/browser': '^8.0.0' });
    const c = await start();
    const uri = uriOf('privacy.md');
    await c.open(uri, 'markdown', POLICY);
    // Linted first without the inventory (it is built in a worker thread), then again when it is ready.
    const p = await c.diagnostics(uri, mentions('Sentry'), 15000);
    const [d] = undisclosed(p);
    assert.equal(undisclosed(p).length, 1);
    assert.equal(p.version, 1, 'the same version, re-linted without reopening');
    // The package is named in the message where it fits in one short sentence, and always by the related location.
    assert.match(d.message as string, /^The app uses Sentry(?: \(package\.json: @sentry\/browser\))? but the policy never names it/);
    assert.equal(d.severity, 2);
    const related = d.relatedInformation!.find((r) => r.location.uri.endsWith('/package.json'))!;
    assert.ok(related, JSON.stringify(d.relatedInformation));
    assert.equal(related.location.uri, uriOf('package.json'));
    const line = fs.readFileSync(path.join(ws, 'package.json'), 'utf8').split('\n')[related.location.range.start.line];
    assert.equal(line.slice(related.location.range.start.character, related.location.range.end.character), '@sentry/browser');
    assert.ok(c.logs.some((l) => l.message.startsWith(`code inventory of ${ws}: `) && /1 service in 1 place/.test(l.message)), c.logs.map((l) => l.message).join('\n'));
  });

  it('clears the finding when the dependency is removed from package.json on disk, and adds one when a dependency is added, without reopening', async () => {
    writePackage({ '@sentry/browser': '^8.0.0', react: '^18.0.0' });
    const c = await start();
    const uri = uriOf('privacy.md');
    await c.open(uri, 'markdown', POLICY);
    await c.diagnostics(uri, mentions('Sentry'), 15000);

    writePackage({ react: '^18.0.0' });
    await changed('package.json', 2);
    const cleared = await c.nextDiagnostics(uri, (x) => undisclosed(x).length === 0, 15000);
    assert.equal(cleared.version, 1);
    assert.ok(cleared.diagnostics.length >= 0);

    writePackage({ react: '^18.0.0', 'posthog-js': '^1.0.0' });
    await changed('package.json', 2);
    const added = await c.nextDiagnostics(uri, mentions('PostHog'), 15000);
    assert.equal(undisclosed(added).length, 1);
    assert.equal(added.version, 1);

    // A page that starts loading a script is a change of the inventory too.
    fs.mkdirSync(path.join(ws, 'public'));
    fs.writeFileSync(path.join(ws, 'public', 'index.html'), '<!doctype html><html><head><script src="https://js.stripe.com/v3"></script><script src="https://static.hotjar.com/c/hotjar-1.js"></script></head></html>\n');
    await changed('public/index.html', 1);
    const page = await c.nextDiagnostics(uri, mentions('Hotjar'), 15000);
    assert.equal(undisclosed(page).length, 2, 'PostHog and Hotjar; Stripe is named');

    // Deleting the manifest takes its services away.
    fs.rmSync(path.join(ws, 'package.json'));
    await changed('package.json', 3);
    const gone = await c.nextDiagnostics(uri, (x) => !mentions('PostHog')(x), 15000);
    assert.deepEqual(undisclosed(gone).map((d) => /uses (\w+)/.exec(d.message as string)?.[1]), ['Hotjar']);
  });

  it('counts a declared package once a source file imports it, and no longer when the import goes, without reopening the policy', async () => {
    writePackage({ 'posthog-js': '^1.0.0', react: '^18.0.0' });
    fs.mkdirSync(path.join(ws, 'src'));
    fs.writeFileSync(path.join(ws, 'src', 'main.ts'), "import { createRoot } from 'react-dom/client';\n");
    const c = await start();
    const uri = uriOf('privacy.md');
    await c.open(uri, 'markdown', POLICY);
    // Built with the package declared and a source file that does not import it: nothing is sent to PostHog.
    await until(() => c.logs.some((l) => l.message.startsWith(`code inventory of ${ws}: `) && /0 services in 0 places/.test(l.message)));
    assert.deepEqual(undisclosed(await c.diagnostics(uri, (x) => x.version === 1)), []);
    const builds = () => c.logs.filter((l) => l.message.startsWith(`code inventory of ${ws}: `) && /place/.test(l.message)).length;

    // Editing a source file that imports no catalogue package costs no rebuild.
    const before = builds();
    fs.writeFileSync(path.join(ws, 'src', 'util.ts'), 'export const twice = (x: number) => 2 * x;\n');
    await changed('src/util.ts', 1);
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(builds(), before, 'no rebuild for a file that imports nothing of the catalogue');

    fs.writeFileSync(path.join(ws, 'src', 'analytics.ts'), "import posthog from 'posthog-js';\n\nposthog.init('phc_key');\n");
    await changed('src/analytics.ts', 1);
    const added = await c.nextDiagnostics(uri, mentions('PostHog'), 15000);
    assert.equal(added.version, 1);
    const related = undisclosed(added)[0].relatedInformation!;
    assert.ok(related.some((r) => r.location.uri === uriOf('package.json')), 'the evidence is still the manifest line');

    // The import commented out: the file imported a service before, so its change counts.
    fs.writeFileSync(path.join(ws, 'src', 'analytics.ts'), "// import posthog from 'posthog-js';\n");
    await changed('src/analytics.ts', 2);
    const cleared = await c.nextDiagnostics(uri, (x) => !mentions('PostHog')(x), 15000);
    assert.equal(cleared.version, 1);
  });

  it('rebuilds once for a burst of changes, and leaves a policy whose inventory did not change alone', async () => {
    writePackage({ '@sentry/browser': '^8.0.0' });
    const c = await start();
    const uri = uriOf('privacy.md');
    await c.open(uri, 'markdown', POLICY);
    await c.diagnostics(uri, mentions('Sentry'), 15000);
    const builds = () => c.logs.filter((l) => l.message.startsWith(`code inventory of ${ws}: `) && /place/.test(l.message)).length;
    const before = builds();
    let published = 0;
    c.listeners.push((p) => { if (p.uri === uri) published++; });
    for (let i = 0; i < 10; i++) {
      writePackage({ '@sentry/browser': '^8.0.0', lodash: `^4.${i}.0` });
      await changed('package.json', 2);
    }
    const deadline = Date.now() + 10000;
    while (builds() === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(builds(), before + 1, 'one rebuild after the quiet period');
    assert.equal(published, 0, 'the same inventory: no new diagnostics');
  });

  it('gives nothing in a workspace without manifests, and nothing with policyLint.codeInventory off', async () => {
    const c = await start();
    const uri = uriOf('privacy.md');
    await c.open(uri, 'markdown', POLICY);
    const deadline = Date.now() + 10000;
    while (!c.logs.some((l) => l.message.startsWith(`code inventory of ${ws}: `) && /place/.test(l.message)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    assert.ok(c.logs.some((l) => /0 package roots, 0 services in 0 places/.test(l.message)), c.logs.map((l) => l.message).join('\n'));
    const p = await c.diagnostics(uri, (x) => x.version === 1);
    assert.deepEqual(undisclosed(p), []);
    await c.shutdown();

    writePackage({ '@sentry/browser': '^8.0.0' });
    const off = await start({ codeInventory: false });
    await off.open(uri, 'markdown', POLICY);
    const q = await off.diagnostics(uri, (x) => x.version === 1);
    await new Promise((r) => setTimeout(r, 800));
    assert.deepEqual(undisclosed(q), []);
    assert.ok(!off.logs.some((l) => l.message.startsWith('code inventory of')), 'never built');
    // Turned on: linted against the inventory without reopening.
    await off.changeSettings({ debounceMs: 0, codeInventory: true });
    await off.diagnostics(uri, mentions('Sentry'), 15000);
  });

  it('policyLint.allowRecipientCategories: a category the policy names covers the service once the setting is on', async () => {
    writePackage({ '@sentry/browser': '^8.0.0' });
    fs.writeFileSync(path.join(ws, 'main.js'), "import * as Sentry from '@sentry/browser';\n");
    const c = await start();
    const uri = uriOf('privacy.md');
    const text = '# Privacy Policy\n\nAcme Ltd runs this site.\n\nErrors are sent to our error-monitoring service providers.\n';
    await c.open(uri, 'markdown', text);
    const p = await c.diagnostics(uri, mentions('Sentry'), 15000);
    assert.equal(undisclosed(p)[0].severity, 3, 'information: the policy names a category that covers it');
    await c.changeSettings({ debounceMs: 0, allowRecipientCategories: true });
    await c.diagnostics(uri, (x) => undisclosed(x).length === 0, 15000);
  });

  it('checks a policy against its nearest package root, and Lint Workspace waits for the inventory', async () => {
    fs.mkdirSync(path.join(ws, 'apps', 'web'), { recursive: true });
    fs.mkdirSync(path.join(ws, 'apps', 'api'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'apps', 'web', 'package.json'), JSON.stringify({ dependencies: { '@sentry/browser': '^8' } }));
    fs.writeFileSync(path.join(ws, 'apps', 'api', 'requirements.txt'), 'stripe==9.0\nposthog==3.0\n');
    fs.writeFileSync(path.join(ws, 'apps', 'web', 'privacy.md'), POLICY);
    fs.writeFileSync(path.join(ws, 'apps', 'api', 'privacy.md'), POLICY);
    const c = await start();
    const web = uriOf('apps/web/privacy.md');
    const api = uriOf('apps/api/privacy.md');
    const result = await c.connection.sendRequest('policylint/lintFiles', { uris: [web, api] }) as { files: number };
    assert.equal(result.files, 2);
    const w = await c.diagnostics(web, () => true);
    const a = await c.diagnostics(api, () => true);
    assert.deepEqual(undisclosed(w).map((d) => /uses (\w+)/.exec(d.message as string)?.[1]), ['Sentry']);
    assert.deepEqual(undisclosed(a).map((d) => /uses (\w+)/.exec(d.message as string)?.[1]), ['PostHog']);

    // codeRoots in .policylintrc.json maps a policy to other folders, as with policylint --workspace.
    fs.mkdirSync(path.join(ws, 'docs'));
    fs.writeFileSync(path.join(ws, '.policylintrc.json'), JSON.stringify({ codeRoots: { 'docs/privacy.md': ['apps/web', 'apps/api'] } }));
    const docs = uriOf('docs/privacy.md');
    await c.open(docs, 'markdown', POLICY);
    const m = await c.diagnostics(docs, (x) => x.version === 1 && undisclosed(x).length > 0);
    assert.deepEqual(undisclosed(m).map((d) => /uses (\w+)/.exec(d.message as string)?.[1]).sort(), ['PostHog', 'Sentry']);
    // The manifest of the app it was found in, as the related location (the message leaves out a long label).
    const sentry = undisclosed(m).find((d) => /Sentry/.test(d.message as string))!;
    assert.ok(sentry.relatedInformation?.some((r) => r.location.uri.endsWith('/apps/web/package.json')), JSON.stringify(sentry.relatedInformation));
  });

  it('answers requests promptly while the inventory of a 20,000-file workspace is built', async function () {
    this.timeout(120000);
    generateWorkspace(ws, 20000);
    const c = await start();
    const uri = uriOf('privacy.md');
    const text = `${POLICY}\nWe share data with processors under Article 28 GDPR.\n`;
    await c.open(uri, 'markdown', text);
    await c.diagnostics(uri, (x) => x.version === 1);
    const built = () => c.logs.some((l) => l.message.startsWith(`code inventory of ${ws}: `) && /place/.test(l.message));
    assert.ok(!built(), 'the inventory is still being built');
    const times: number[] = [];
    let duringBuild = 0;
    const deadline = Date.now() + 60000;
    while (!built() && Date.now() < deadline) {
      const t0 = performance.now();
      await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 11, character: 45 } });
      await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, context: { diagnostics: [] } });
      times.push(performance.now() - t0);
      if (!built()) duringBuild++;
    }
    assert.ok(built(), 'the inventory was built');
    assert.ok(duringBuild >= 3, `requests answered while it was built: ${duringBuild}`);
    const worst = Math.max(...times);
    assert.ok(worst < 500, `slowest hover + code action while the inventory was built: ${worst.toFixed(0)} ms`);
    // And then the findings: every app's package uses Sentry, PostHog and Stripe (named), its pages Plausible.
    const p = await c.diagnostics(uri, mentions('Sentry'), 15000);
    assert.deepEqual(undisclosed(p).map((d) => /uses (\w+)/.exec(d.message as string)?.[1]).sort(), ['Plausible', 'PostHog', 'Sentry']);
  });

  it('watches every manifest name and page extension the inventory reads', () => {
    assert.match(MANIFEST_GLOB, /^\*\*\/\{package\.json,.*requirements\*\.txt\}$/);
    assert.match(PAGE_GLOB, /^\*\*\/\*\.\{html,htm,/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-watched-'));
    try {
      const contents: Record<string, string> = {
        'package.json': '{"dependencies":{"@sentry/browser":"1"}}', 'composer.json': '{"require":{"sentry/sentry":"1"}}',
        'pyproject.toml': '[project]\ndependencies = ["sentry-sdk"]\n', Gemfile: "gem 'sentry-ruby'\n", 'go.mod': 'module x\nrequire github.com/getsentry/sentry-go v0.1.0\n',
        Podfile: "pod 'Sentry'\n", 'Package.swift': '.package(url: "https://github.com/getsentry/sentry-cocoa", from: "8.0.0")', 'pubspec.yaml': 'dependencies:\n  sentry_flutter: ^7.0.0\n',
        'build.gradle': "implementation 'io.sentry:sentry-android:7.0.0'\n", 'build.gradle.kts': 'implementation("io.sentry:sentry-android:7.0.0")\n', 'requirements-prod.txt': 'sentry-sdk\n',
      };
      for (const [name, text] of Object.entries(contents)) {
        const sub = path.join(dir, name.replace(/\W/g, '_'));
        fs.mkdirSync(sub);
        fs.writeFileSync(path.join(sub, name), text);
        assert.equal(watchedKind(path.join(sub, name)), 'manifest', name);
        assert.ok(buildInventory(sub).packageRoots.has(sub), `${name} is a manifest to the inventory`);
      }
      assert.ok(MANIFEST_NAMES.includes('libs.versions.toml') && MANIFEST_NAMES.includes('project.pbxproj'));
      for (const ext of PAGE_EXTENSIONS) {
        const sub = path.join(dir, `page-${ext}`);
        fs.mkdirSync(sub);
        fs.writeFileSync(path.join(sub, `index.${ext}`), '<html><head><script src="https://js.stripe.com/v3"></script></head></html>\n');
        assert.equal(watchedKind(path.join(sub, `index.${ext}`)), 'page', ext);
        assert.equal(buildInventory(sub).found.length, 1, `.${ext} pages are read by the inventory`);
      }
      assert.equal(watchedKind(path.join(dir, 'notes.md')), undefined);
      assert.equal(watchedKind(path.join(dir, 'util.ts')), 'source');
      assert.equal(watchedKind(path.join(dir, 'app.py')), 'source');
      // Every source extension is watched (as a page, or as a source file only), and the inventory reads it.
      for (const ext of Object.keys(SOURCE_EXTENSIONS).map((e) => e.slice(1))) {
        assert.ok(PAGE_EXTENSIONS.includes(ext) || SOURCE_ONLY_EXTENSIONS.includes(ext), ext);
        assert.ok(PAGE_GLOB.includes(`,${ext},`) || PAGE_GLOB.includes(`,${ext}}`) || PAGE_GLOB.includes(`{${ext},`), `${ext} in ${PAGE_GLOB}`);
      }
      const imports: Record<string, [string, string, string]> = {
        ts: ['package.json', '{"dependencies":{"posthog-js":"1"}}', "import posthog from 'posthog-js';\n"],
        mjs: ['package.json', '{"dependencies":{"posthog-js":"1"}}', "import posthog from 'posthog-js';\n"],
        py: ['requirements.txt', 'posthog\n', 'import posthog\n'],
        rb: ['Gemfile', 'gem "posthog-ruby"\n', 'require "posthog-ruby"\n'],
      };
      for (const [ext, [manifest, declared, code]] of Object.entries(imports)) {
        const sub = path.join(dir, `source-${ext}`);
        fs.mkdirSync(sub);
        fs.writeFileSync(path.join(sub, manifest), declared);
        fs.writeFileSync(path.join(sub, `other.${ext}`), '\n');
        assert.equal(buildInventory(sub).found.length, 0, `.${ext}: declared, not imported`);
        fs.writeFileSync(path.join(sub, `main.${ext}`), code);
        assert.equal(buildInventory(sub).found.length, 1, `.${ext} files are read by the inventory`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('policyLint.allowRecipientCategories: a boolean, false by default; another value is the default', () => {
    assert.equal(DEFAULT_SETTINGS.allowRecipientCategories, false);
    assert.equal(normalizeSettings({ allowRecipientCategories: true }).allowRecipientCategories, true);
    assert.equal(normalizeSettings({ allowRecipientCategories: 'yes' }).allowRecipientCategories, false);
  });

  it('policyLint.codeInventory: a boolean, true by default; another value is the default', () => {
    assert.equal(DEFAULT_SETTINGS.codeInventory, true);
    assert.equal(normalizeSettings({ codeInventory: false }).codeInventory, false);
    assert.equal(normalizeSettings({ codeInventory: 'no' }).codeInventory, true);
    assert.equal(normalizeSettings({}).codeInventory, true);
  });
});
