// The PolicyLint language server: lints policy documents as they change and offers
// quick fixes, "fix all", disable comments and hovers. Thin: the engine in rules/
// does the work; this file wires it to the protocol. Run with --stdio or --node-ipc.
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { PassThrough } from 'node:stream';
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  ProposedFeatures, TextDocuments, TextDocumentSyncKind, type CodeAction, type InitializeResult, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintDocument } from '../rules/engine';
import type { PolicyDocument } from '../rules/model/document';
import { COMPONENT_FORMATS, formatOfLanguage, formatOfPath, parse } from '../rules/model/parse';
import type { Finding, Format } from '../rules/model/types';
import type { InventoryItem, LintOptions } from '../rules/rule';
import { decode } from './cli/files';
import { fixAllAction, FIX_ALL_KIND, quickFixes, supportsSnippetEdits } from './lsp/codeActions';
import { toDiagnostic } from './lsp/convert';
import { hover } from './lsp/hover';
import { CONFIG_STATUS_NOTIFICATION, LINT_FILES_REQUEST, type ConfigStatusParams, type LintFilesParams, type LintFilesResult, type PolicyLintInitializationOptions } from './lsp/protocol';
import { ConfigReports, configQuickFixes, isConfigUri } from './lsp/configReports';
import { checkConfigText, CONFIG_NAME } from './configFile';
import { ConfigFiles, DEFAULT_SETTINGS, effectiveOptions, isPolicyDocument, normalizeSettings, optionsFromSettings, type ConfigState, type EditorSettings } from './lsp/settings';
import { VERSION } from './meta';
import { ruleSet } from './lsp/faults';
import { FramingGuard } from './lsp/framing';
import { CodeRootsFiles, mappedRoots } from './inventory/codeRoots';
import { MANIFEST_GLOB, PAGE_GLOB } from './inventory/watched';
import { buildInventoryOffThread, runInventoryWorkerIfAny } from './inventory/worker';
import { FolderInventories, inventoryKey } from './lsp/inventories';

/**
 * In the worker thread that builds a code inventory (inventory/worker.ts), this bundle only builds
 * it: the connection below is then an idle one that never reads or writes the server's streams.
 */
const inventoryWorker = runInventoryWorkerIfAny();

const connection = inventoryWorker
  ? createConnection(ProposedFeatures.all, new StreamMessageReader(new PassThrough()), new StreamMessageWriter(new PassThrough()))
  : process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);

/** Over stdio, the framing is checked first (FramingGuard): a broken client gets an exit, not a deaf server. */
function stdioConnection(): ReturnType<typeof createConnection> {
  const guard = new FramingGuard();
  guard.on('error', (e) => {
    process.stderr.write(`PolicyLint: the client sent ${e.message}; the server exits so that the client can restart it\n`);
    process.exit(1);
  });
  process.stdin.pipe(guard);
  return createConnection(ProposedFeatures.all, new StreamMessageReader(guard), new StreamMessageWriter(process.stdout));
}
// The last safety net: a promise nobody awaited must not end the server (Node's default for an
// unhandled rejection). Requests to the client go through quietly() below; this catches the rest.
process.on('unhandledRejection', (e: unknown) => connection.console.error(`PolicyLint: unexpected error (the server keeps running): ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
const documents = new TextDocuments(TextDocument);
const configFiles = new ConfigFiles();

/** `inventoryKey`: the code inventory the document was linted with (inventoryKey), to re-lint it only when that changes. */
interface Linted { version: number; format: Format; parsed: PolicyDocument; findings: Finding[]; options: LintOptions; inventoryKey: string }

/**
 * The lint result is for the document as it is now: the same version and the same text. A client
 * may send a version number again (going backwards, after an undo or a reload) with other text;
 * offsets from the old text would then corrupt it.
 */
function isCurrent(state: Linted | undefined, doc: TextDocument): state is Linted {
  return !!state && state.version === doc.version && state.parsed.source === doc.getText();
}
const linted = new Map<string, Linted>();
const timers = new Map<string, NodeJS.Timeout>();
const settingsCache = new Map<string, Promise<EditorSettings>>();
const loggedRuleErrors = new Set<string>();
const shownProblems = new Set<string>();
/** What the output channel was already told, once each. */
const skippedLogged = new Set<string>();
const configLogged = new Set<string>();
let hasConfiguration = false;
let hasWatchRegistration = false;
let hasConfigChangeRegistration = false;
/** The client applies snippet edits: a template fix in the menu then puts the cursor on its first blank. */
let snippetEdits = false;
let roots: string[] = [];
let clientOptions: PolicyLintInitializationOptions = {};

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  hasConfiguration = caps.workspace?.configuration === true;
  hasWatchRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  hasConfigChangeRegistration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  snippetEdits = supportsSnippetEdits(caps);
  const init = params.initializationOptions as PolicyLintInitializationOptions | null | undefined;
  clientOptions = { configStatus: init?.configStatus === true, editorChecksJsonSyntax: init?.editorChecksJsonSyntax === true };
  roots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (!roots.length && params.rootUri) { const p = uriToPath(params.rootUri); if (p) roots = [p]; }
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
    },
    serverInfo: { name: 'policylint', version: VERSION },
  };
});

connection.onInitialized(() => {
  // The output channel's first lines: what runs, for bug reports.
  connection.console.info(`PolicyLint ${VERSION} language server started (Node ${process.version}, pid ${process.pid}); workspace folders: ${roots.length ? roots.join(', ') : 'none'}`);
  if (hasConfigChangeRegistration) quietly(connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyLint' }), 'registering for configuration changes');
  if (hasWatchRegistration) quietly(connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.policylintrc.json' }] }), 'registering a watcher for .policylintrc.json');
  // The code inventory's files: manifests, and pages (a page's change rebuilds only when it loads a service).
  if (hasWatchRegistration) quietly(connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: MANIFEST_GLOB }, { globPattern: PAGE_GLOB }] }), 'registering watchers for the code inventory\'s manifests');
});

function getSettings(uri: string): Promise<EditorSettings> {
  if (!hasConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
  let s = settingsCache.get(uri);
  if (!s) {
    s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'policyLint' }).then(normalizeSettings, () => DEFAULT_SETTINGS);
    settingsCache.set(uri, s);
  }
  return s;
}

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try { return fileURLToPath(uri); } catch { return undefined; }
}

function relintAll(): void {
  settingsCache.clear();
  configFiles.invalidate();
  codeRootsFiles.invalidate();
  for (const d of documents.all()) schedule(d, 0);
}

connection.onDidChangeConfiguration(() => relintAll());
connection.onDidChangeWatchedFiles((params) => {
  // A change of the code inventory's files rebuilds the inventory of their folder, which re-lints the
  // policies whose inventory it changed (inventoryReady); anything else (.policylintrc.json, or a
  // message a client got wrong) re-reads the configuration and re-lints every open document.
  const changes = Array.isArray(params?.changes) ? params.changes : [];
  const code: Array<{ file: string; deleted: boolean }> = [];
  const configs: string[] = [];
  let other = !changes.length;
  for (const c of changes) {
    const file = typeof c?.uri === 'string' ? uriToPath(c.uri) : undefined;
    if (file && nodePath.basename(file) !== CONFIG_NAME && c.uri.startsWith('file:')) code.push({ file, deleted: c.type === 3 });
    else {
      other = true;
      if (file) configs.push(file);
    }
  }
  if (code.length) inventories.changed(code, roots);
  if (other) relintAll();
  // A configuration's problems are shown (or cleared) when it changes, whether or not a policy is open.
  for (const file of configs) reportSavedConfig(file);
});

// ---------------------------------------------------------------- the code inventory

const codeRootsFiles = new CodeRootsFiles();
const inventories = new FolderInventories({
  build: (root) => buildInventoryOffThread(__filename, root),
  started: (root, reason) => connection.console.info(`code inventory of ${root}: reading its manifests and pages (${reason})`),
  ready: (root, ws, ms) => {
    const services = new Set(ws.found.map((f) => f.vendorId)).size;
    connection.console.info(`code inventory of ${root}: ${ws.files} file${ws.files === 1 ? '' : 's'} looked at, ${ws.packageRoots.size} package root${ws.packageRoots.size === 1 ? '' : 's'}, ${services} service${services === 1 ? '' : 's'} in ${ws.found.length} place${ws.found.length === 1 ? '' : 's'} (${ms.toFixed(0)} ms)`);
    inventoryReady(root);
  },
  failed: (root, e) => connection.console.error(`PolicyLint: the code inventory of ${root} could not be built (policies there are linted without it): ${e.message}`),
});

/**
 * The inventory a policy is checked against: that of its workspace folder, mapped to its nearest
 * package root or to the folders `codeRoots` names, as `policylint --workspace` does. Undefined
 * outside a workspace folder, with policyLint.codeInventory off, and while the inventory is built.
 */
function inventoryOf(path: string | undefined, settings: EditorSettings, config: ConfigState): InventoryItem[] | undefined {
  if (!settings.codeInventory || !path) return undefined;
  const root = FolderInventories.folderOf(path, roots);
  if (!root) return undefined;
  const mapped = config.file ? mappedRoots(codeRootsFiles.of(config.file), nodePath.dirname(config.file), path) : undefined;
  return inventories.forPolicy(root, path, mapped);
}

/** A folder's inventory is (newly) built: re-lint its open policies whose inventory changed, without reopening them. */
function inventoryReady(root: string): void {
  for (const [uri, state] of linted) {
    const path = uriToPath(uri);
    const doc = documents.get(uri);
    if (!doc || !path || FolderInventories.folderOf(path, roots) !== root) continue;
    void getSettings(uri).then((settings) => {
      const now = linted.get(uri) ?? state;
      if (documents.get(uri) !== doc) return; // closed meanwhile
      if (inventoryKey(inventoryOf(path, settings, configFiles.forDocument(path, roots))) !== now.inventoryKey) schedule(doc, 0);
    });
  }
}

const openedAt = new Map<string, number>();
documents.onDidOpen((e) => { openedAt.set(e.document.uri, e.document.version); schedule(e.document, 0); });
documents.onDidChangeContent((e) => {
  // TextDocuments reports the opening as a change too: that version is already scheduled.
  // Once: the same version number coming back later is a real change.
  if (e.document.version === openedAt.get(e.document.uri)) { openedAt.delete(e.document.uri); return; }
  if (isCurrent(linted.get(e.document.uri), e.document)) return;
  void getSettings(e.document.uri).then((s) => schedule(e.document, s.debounceMs));
});
documents.onDidClose((e) => {
  const uri = e.document.uri;
  skippedLogged.delete(uri);
  clearTimeout(timers.get(uri));
  timers.delete(uri);
  linted.delete(uri);
  openedAt.delete(uri);
  settingsCache.delete(uri);
  const config = isConfigUri(uri) ? uriToPath(uri) : undefined;
  // A configuration closed unsaved: what is shown of it goes back to the saved file.
  if (config) reportSavedConfig(config);
  else void connection.sendDiagnostics({ uri, diagnostics: [] });
});

/** Debounced lint; a newer change resets the timer, and a run for an old version is dropped. */
function schedule(doc: TextDocument, delay: number): void {
  clearTimeout(timers.get(doc.uri));
  timers.set(doc.uri, setTimeout(() => {
    timers.delete(doc.uri);
    void validate(doc.uri, doc.version);
  }, delay));
}

async function validate(uri: string, version: number): Promise<void> {
  const settings = await getSettings(uri);
  const doc = documents.get(uri);
  if (!doc || doc.version !== version) return; // closed, or a newer version is on its way
  if (isConfigUri(uri)) {
    // A configuration open in the editor: its problems as it is now; policies use it once saved.
    configReports.report(configKey(uri), checkConfigText(doc.getText()).problems, true);
    return;
  }
  try {
    const started = performance.now();
    const result = lintOne(uri, doc.languageId, doc.getText(), settings);
    if (!result) {
      if (!skippedLogged.has(uri)) { skippedLogged.add(uri); connection.console.info(`not linted (not a policy, or disabled): ${uri}`); }
      linted.delete(uri);
      await connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    // Each document's first lint at info level, later ones at debug (shown with the channel's level at Debug).
    const line = `linted ${uri} (version ${version}, ${result.parsed.sourceFormat}): ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} in ${(performance.now() - started).toFixed(1)} ms`;
    if (linted.has(uri)) connection.console.debug(line); else connection.console.info(line);
    linted.set(uri, { version, ...result });
    await connection.sendDiagnostics({ uri, version, diagnostics: result.findings.map((f, i) => toDiagnostic(doc, f, i)) });
  } catch (e) {
    // One document failing must not take the server down.
    connection.console.error(`PolicyLint: linting ${uri} failed: ${(e as Error).stack ?? e}`);
    await connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

/** Lints a text if it is a policy document under the settings and config; undefined if it is not one. */
function lintOne(uri: string, languageId: string | undefined, text: string, settings: EditorSettings): Omit<Linted, 'version'> | undefined {
  if (!settings.enable) return undefined;
  const path = uriToPath(uri);
  const format = (languageId ? formatOfLanguage(languageId) : undefined) ?? (path ? formatOfPath(path) : undefined);
  if (!format) return undefined;
  if (text.length > settings.maxFileSizeKb * 1024) {
    notifyOnce(`size:${uri}`, `PolicyLint: ${uri} is larger than policyLint.maxFileSizeKb (${settings.maxFileSizeKb} KB) and is not linted.`, 'info');
    return undefined;
  }
  const config = configFiles.forDocument(path, roots);
  reportConfig(config);
  reportSettingsProblems(settings);
  const include = config.include ?? settings.include;
  const exclude = [...settings.exclude, ...(config.exclude ?? [])];
  // A component or template that is not a policy is never parsed: this test costs a glob and a look at its opening.
  if (!isPolicyDocument(path ?? uri.replace(/^[a-z]+:/, ''), text, include, exclude, COMPONENT_FORMATS.has(format))) return undefined;
  const inventory = inventoryOf(path, settings, config);
  const options: LintOptions = inventory ? { ...effectiveOptions(settings, config), inventory } : effectiveOptions(settings, config);
  const parsed = parse(text, format);
  const result = lintDocument(parsed, options, ruleSet());
  for (const { ruleId, error } of result.ruleErrors) {
    if (loggedRuleErrors.has(ruleId)) continue;
    loggedRuleErrors.add(ruleId);
    connection.console.error(`PolicyLint: rule ${ruleId} failed and was skipped (reported once): ${error.stack ?? error.message}`);
  }
  return { format, parsed, findings: result.findings, options, inventoryKey: inventoryKey(inventory) };
}

/**
 * A request to the client whose answer the server does not need. A client may answer it with an
 * error (vscode-jsonrpc does, for a method it has no handler for): that is logged, never left as
 * an unhandled rejection, which would end the server.
 */
function quietly(request: Promise<unknown>, what: string): void {
  request.catch((e: unknown) => connection.console.warn(`PolicyLint: the client refused ${what}: ${e instanceof Error ? e.message : String(e)}`));
}

function notifyOnce(key: string, message: string, level: 'error' | 'info'): void {
  if (shownProblems.has(key)) return;
  shownProblems.add(key);
  if (level === 'error') connection.window.showErrorMessage(message);
  else connection.console.info(message);
}

function reportSettingsProblems(settings: EditorSettings): void {
  const { problems } = optionsFromSettings(settings);
  for (const p of problems) notifyOnce(`setting:${p}`, `PolicyLint: ${p}`, 'error');
}

/**
 * The problems of configuration files (configReports.ts): on each file as a diagnostic per
 * problem, and a status per file, which the PolicyLint client shows in its status bar (cleared
 * when the file is fixed) and other clients get as a message when the file turns bad and another
 * when it is valid again.
 */
const configReports = new ConfigReports({
  publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
  status: (uri, problems) => {
    const name = configName(uri);
    if (clientOptions.configStatus) {
      void connection.sendNotification(CONFIG_STATUS_NOTIFICATION, { uri, name, problems } satisfies ConfigStatusParams);
    } else if (problems.length && !announcedConfigs.has(uri)) {
      announcedConfigs.add(uri);
      quietly(Promise.resolve(connection.window.showErrorMessage(`PolicyLint: ${name} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}; the defaults are used for ${problems.length === 1 ? 'it' : 'those'} (see the file's diagnostics).`)), 'a message about the configuration');
    } else if (!problems.length && announcedConfigs.delete(uri)) {
      quietly(Promise.resolve(connection.window.showInformationMessage(`PolicyLint: ${name} is valid again.`)), 'a message about the configuration');
    }
  },
}, () => clientOptions.editorChecksJsonSyntax === true);
/** Configuration files whose problems a window message announced (clients without the status notification). */
const announcedConfigs = new Set<string>();

/** One URI per configuration file, whichever way a client spelled it. */
function configKey(uriOrPath: string): string {
  const file = uriOrPath.startsWith('file:') ? uriToPath(uriOrPath) : uriOrPath;
  return file ? pathToFileURL(file).toString() : uriOrPath;
}

/** A configuration file's path relative to its workspace folder (the folder's name first when there are several). */
function configName(uri: string): string {
  const file = uriToPath(uri) ?? uri;
  const root = roots.find((r) => !nodePath.relative(r, file).startsWith('..'));
  if (!root) return file;
  const rel = nodePath.relative(root, file);
  return roots.length > 1 ? nodePath.join(nodePath.basename(root), rel) : rel;
}

/** The configuration a policy was linted with, as saved; while it is open in the editor, its text there is what is shown. */
function reportConfig(config: ConfigState): void {
  if (!config.file) return;
  const loaded = `${config.file}:${config.problems.length}`;
  if (!configLogged.has(loaded)) {
    configLogged.add(loaded);
    connection.console.info(`configuration: ${config.file}${config.problems.length ? ` (${config.problems.length} problem${config.problems.length === 1 ? '' : 's'}; defaults used for those)` : ''}`);
  }
  if (!isOpen(config.file)) configReports.report(configKey(config.file), config.problems, false);
}

/** Whether a configuration file is open in the editor (then its text there is what is shown). */
function isOpen(file: string): boolean {
  return documents.all().some((d) => isConfigUri(d.uri) && uriToPath(d.uri) === file);
}

/** A configuration file changed on disk, was deleted, or was closed in the editor. */
function reportSavedConfig(file: string): void {
  if (isOpen(file)) return;
  if (fs.existsSync(file)) reportConfig(configFiles.read(file));
  else configReports.forget(configKey(file));
}

connection.onCodeAction((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (doc && isConfigUri(doc.uri)) return configQuickFixes(doc, params.context.diagnostics, params.context.only);
  const state = linted.get(params.textDocument.uri);
  if (!doc || !isCurrent(state, doc)) return [];
  const only = params.context.only;
  const actions: CodeAction[] = quickFixes(doc, state.format, state.findings, params.context.diagnostics, only, snippetEdits);
  const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== '' && (k.startsWith(CodeActionKind.Source)));
  if (wantsFixAll) {
    const fixAll = fixAllAction(doc, state.findings);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
});

connection.onHover((params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = linted.get(params.textDocument.uri);
  if (!doc || !isCurrent(state, doc)) return null;
  return hover(doc, state.parsed, state.findings, state.options, doc.offsetAt(params.position));
});

/** "PolicyLint: Lint Workspace": lint files that are not open, from disk, into the Problems panel. */
connection.onRequest(LINT_FILES_REQUEST, async (params: LintFilesParams): Promise<LintFilesResult> => {
  let files = 0;
  let findings = 0;
  for (const uri of params.uris) {
    if (documents.get(uri)) { files++; findings += linted.get(uri)?.findings.length ?? 0; continue; }
    const path = uriToPath(uri);
    if (!path) continue;
    try {
      const settings = await getSettings(uri);
      // Files linted from disk are not re-linted when the inventory is ready: it is waited for (in a worker thread).
      const folder = settings.codeInventory ? FolderInventories.folderOf(path, roots) : undefined;
      if (folder) await inventories.whenReady(folder);
      const st = fs.statSync(path);
      // Only regular files: reading a FIFO would block every request until something writes to it.
      if (!st.isFile() || st.size > settings.maxFileSizeKb * 1024) continue;
      const read = decode(fs.readFileSync(path));
      if (!read.ok) continue;
      const result = lintOne(uri, undefined, read.text, settings);
      if (!result) continue;
      files++;
      findings += result.findings.length;
      const doc = TextDocument.create(uri, result.format, 0, read.text);
      await connection.sendDiagnostics({ uri, diagnostics: result.findings.map((f, i) => toDiagnostic(doc, f, i)) });
    } catch (e) {
      connection.console.error(`PolicyLint: ${path}: ${(e as Error).message}`);
    }
  }
  return { files, findings };
});

if (!inventoryWorker) {
  documents.listen(connection);
  connection.listen();
}
