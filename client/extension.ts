// The VS Code extension: starts the PolicyLint language server and adds the
// commands and the status bar items (the findings of the active document; a configuration
// file with problems). Everything about linting is in the server.
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIG_STATUS_NOTIFICATION, type ConfigStatusParams, type PolicyLintInitializationOptions } from '../server/lsp/protocol';

const LANGUAGES = ['markdown', 'plaintext', 'html'];
/**
 * Components and templates: sent to the server, which lints only those that are policies (by path
 * or content) and never parses the others. Kept in step with COMPONENT_LANGUAGES in rules/model/parse.ts.
 */
const COMPONENT_LANGUAGES = ['javascriptreact', 'typescriptreact', 'mdx', 'vue', 'svelte', 'erb', 'twig', 'blade', 'jinja', 'jinja-html', 'django-html', 'nunjucks', 'handlebars', 'liquid', 'php'];
const DOCS_BASE = 'https://github.com/policylint/policylint/blob/main/docs/rules/';
const LINT_FILES_REQUEST = 'policylint/lintFiles';
/** The server's code-action kind for every safe fix (editor.codeActionsOnSave: source.fixAll.policylint). */
const FIX_ALL_KIND = 'source.fixAll.policylint';

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem;
/** Shown while a .policylintrc.json has problems, gone once it is fixed (the Problems panel lists each problem). */
let configStatus: vscode.StatusBarItem;
/** The configuration files with problems, by URI, as the server last said. */
const configProblems = new Map<string, ConfigStatusParams>();
/** Rule ids, from the manifest's generated policyLint.rules setting: the client never imports the engine. */
let ruleIds: string[] = [];
let extensionUri: vscode.Uri;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('PolicyLint', { log: true });
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.name = 'PolicyLint';
  status.command = 'workbench.actions.view.problems';
  configStatus = vscode.window.createStatusBarItem('policylint.configuration', vscode.StatusBarAlignment.Left, 49);
  configStatus.name = 'PolicyLint configuration';
  configStatus.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  context.subscriptions.push(output, status, configStatus);

  extensionUri = context.extensionUri;
  ruleIds = Object.keys(context.extension.packageJSON?.contributes?.configuration?.properties?.['policyLint.rules']?.properties ?? {});
  client = createClient(context, output);
  client.onNotification(CONFIG_STATUS_NOTIFICATION, (p: ConfigStatusParams) => {
    if (p.problems.length) configProblems.set(p.uri, p); else configProblems.delete(p.uri);
    updateConfigStatus();
  });
  // A restarted server reports the configurations again as it reads them.
  client.onDidChangeState((e) => { if (e.newState !== State.Running) { configProblems.clear(); updateConfigStatus(); } });
  await client.start();

  context.subscriptions.push(
    vscode.commands.registerCommand('policylint.lintWorkspace', () => lintWorkspace()),
    vscode.commands.registerCommand('policylint.showRuleDocumentation', (ruleId?: string) => showDocumentation(ruleId)),
    vscode.commands.registerCommand('policylint.fixAll', () => fixAll()),
    vscode.commands.registerCommand('policylint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('policylint.restartServer', async () => {
      await client?.restart();
      void vscode.window.showInformationMessage('PolicyLint: server restarted.');
    }),
    vscode.languages.onDidChangeDiagnostics(() => updateStatus()),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
  );
  updateStatus();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...[...LANGUAGES, ...COMPONENT_LANGUAGES].flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
      // The configuration too: its problems are shown as it is typed, with "did you mean" fixes.
      { scheme: 'file', pattern: '**/.policylintrc.json' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.policylintrc.json') },
    outputChannel: output,
    initializationOptions: {
      configStatus: true,
      // VS Code's JSON support reports syntax errors in the open file; the server leaves those to it.
      editorChecksJsonSyntax: !!vscode.extensions.getExtension('vscode.json-language-features') && vscode.workspace.getConfiguration('json').get<boolean>('validate.enable', true),
    } satisfies PolicyLintInitializationOptions,
  };
  // The id is the settings section: vscode-languageclient reads `policyLint.trace.server`.
  return new LanguageClient('policyLint', 'PolicyLint', serverOptions, clientOptions);
}

function updateStatus(): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !(LANGUAGES.includes(editor.document.languageId) || COMPONENT_LANGUAGES.includes(editor.document.languageId))) { status.hide(); return; }
  const count = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'policylint').length;
  // A component that is not a policy shows nothing (the server does not lint it).
  if (!count && COMPONENT_LANGUAGES.includes(editor.document.languageId)) { status.hide(); return; }
  status.text = count ? `$(law) PolicyLint: ${count}` : '$(law) PolicyLint: ✓';
  status.tooltip = count ? `${count} PolicyLint finding${count === 1 ? '' : 's'} in this document` : 'No PolicyLint findings in this document';
  status.show();
}

function updateConfigStatus(): void {
  const files = [...configProblems.values()];
  if (!files.length) { configStatus.hide(); return; }
  const count = files.reduce((n, f) => n + f.problems.length, 0);
  const problems = `${count} problem${count === 1 ? '' : 's'}`;
  configStatus.text = files.length === 1 ? `$(error) PolicyLint: ${files[0].name} has ${problems}` : `$(error) PolicyLint: ${problems} in ${files.length} configuration files`;
  const listed = files.flatMap((f) => f.problems.slice(0, 10).map((p) => `${f.name}: ${p}`));
  configStatus.tooltip = `PolicyLint uses the defaults for what is invalid:\n${listed.join('\n')}${listed.length < count ? '\n…' : ''}`;
  configStatus.command = files.length === 1
    ? { title: 'Open the configuration', command: 'vscode.open', arguments: [vscode.Uri.parse(files[0].uri)] }
    : 'workbench.actions.view.problems';
  configStatus.show();
}

async function lintWorkspace(): Promise<void> {
  if (!client) return;
  const config = vscode.workspace.getConfiguration('policyLint');
  const exclude = config.get<string[]>('exclude') ?? [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'PolicyLint: linting the workspace', cancellable: true }, async (progress, token) => {
    const glob = `**/*.{md,markdown,txt,html,htm,jsx,tsx,mdx,vue,svelte,erb,twig,j2,jinja,jinja2,njk,hbs,handlebars,mustache,liquid,php}`;
    const excludeGlob = `{**/node_modules/**,**/.git/**${exclude.length ? ',' + exclude.join(',') : ''}}`;
    const uris = await vscode.workspace.findFiles(glob, excludeGlob, 10000, token);
    let files = 0;
    let findings = 0;
    const batch = 25;
    for (let i = 0; i < uris.length && !token.isCancellationRequested; i += batch) {
      progress.report({ message: `${Math.min(i + batch, uris.length)} of ${uris.length} files`, increment: (batch / uris.length) * 100 });
      // The server decides which of these are policies (by name or by content), as for open documents.
      const r = await client!.sendRequest<{ files: number; findings: number }>(LINT_FILES_REQUEST, { uris: uris.slice(i, i + batch).map((u) => u.toString()) });
      files += r.files;
      findings += r.findings;
    }
    void vscode.window.showInformationMessage(`PolicyLint: ${findings} finding${findings === 1 ? '' : 's'} in ${files} polic${files === 1 ? 'y' : 'ies'}.`);
    if (findings) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}

/**
 * "PolicyLint: Fix All Auto-fixable Problems": the safe fixes of the active document (those fix-all on
 * save applies), through the server's source.fixAll.policylint action; says what it did and what it left.
 */
async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) { void vscode.window.showInformationMessage('PolicyLint: open a policy to fix.'); return; }
  const doc = editor.document;
  const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND) ?? [];
  const action = actions.find((a) => a.kind?.value === FIX_ALL_KIND && a.edit);
  const left = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'policylint').length;
  if (!action?.edit) {
    void vscode.window.showInformationMessage(left
      ? `PolicyLint: none of the ${left} finding${left === 1 ? '' : 's'} has a fix that is safe to apply without review; see the Quick Fix menu of each.`
      : 'PolicyLint: nothing to fix.');
    return;
  }
  const edits = action.edit.get(doc.uri).length;
  const ok = await vscode.workspace.applyEdit(action.edit);
  void vscode.window.showInformationMessage(ok ? `PolicyLint: applied ${edits} safe fix${edits === 1 ? '' : 'es'}. Fixes that need a person stay in the Quick Fix menu.` : 'PolicyLint: the fixes could not be applied (the document changed).');
}

async function showDocumentation(ruleId?: string): Promise<void> {
  const id = ruleId ?? await vscode.window.showQuickPick(ruleIds, { placeHolder: 'Which rule?' });
  if (!id) return;
  // The pages ship inside the extension: show them offline, in the Markdown preview.
  const local = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${id}.md`);
  try {
    await vscode.workspace.fs.stat(local);
    await vscode.commands.executeCommand('markdown.showPreview', local);
  } catch {
    await vscode.env.openExternal(vscode.Uri.parse(`${DOCS_BASE}${id}.md`));
  }
}
