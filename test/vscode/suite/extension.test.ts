// Runs inside VS Code: activation, diagnostics, a quick fix applied through the editor's APIs.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

function diagnosticsOf(uri: vscode.Uri, test: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'policylint');
  if (test(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`diagnostics for ${uri.fsPath} did not arrive`)); }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'policylint');
      if (test(ds)) { clearTimeout(timer); sub.dispose(); resolve(ds); }
    });
  });
}

const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

describe('PolicyLint in VS Code', () => {
  const folder = () => vscode.workspace.workspaceFolders![0].uri;

  it('activates', async () => {
    const ext = vscode.extensions.getExtension('policylint.policylint');
    assert.ok(ext, 'the extension is installed');
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('shows the mission diagnostics on jitops.txt', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'jitops.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const ds = await diagnosticsOf(uri, (x) => x.length > 0);
    assert.ok(ds.some((d) => code(d) === 'gdpr-article-mismatch'));
    assert.ok(ds.some((d) => code(d) === 'processor-unlisted'));
  });

  it('applies the quick fix through the code action provider', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'jitops.txt');
    const ds = await diagnosticsOf(uri, (x) => x.some((d) => code(d) === 'gdpr-article-mismatch'));
    const d = ds.find((x) => code(x) === 'gdpr-article-mismatch')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
    const fix = actions.find((a) => a.title === 'Replace with Articles 13–22');
    assert.ok(fix?.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await diagnosticsOf(uri, (x) => !x.some((y) => code(y) === 'gdpr-article-mismatch'));
    assert.match((await vscode.workspace.openTextDocument(uri)).getText(), /EU Articles 13–22 \("GDPR"\)/);
  });

  it('leaves README.md alone', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'README.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'policylint'), []);
  });
});
