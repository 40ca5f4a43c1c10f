// What the editor shows of a `.policylintrc.json`'s problems. The diagnostics on the file are the
// primary channel: one per problem, on the key or value at fault, as the editor holds the file
// (its unsaved text when open, else the saved file). Besides them, one status per file for the
// user who is looking at a policy: a notification whose state follows the file, cleared when it
// is fixed (the VS Code client shows it in the status bar; other clients get a message when the
// file turns bad and another when it is valid again).
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkConfigText, CONFIG_NAME, type ConfigProblem } from '../configFile';

/**
 * A configuration file's URI: diagnostics and fixes for it come from here, not from the policy
 * linter. Not a string: a client sent a document with a malformed URI, which the server keeps.
 */
export function isConfigUri(uri: unknown): boolean {
  return typeof uri === 'string' && uri.startsWith('file:') && uri.endsWith(`/${CONFIG_NAME}`);
}

export interface ConfigReportsHost {
  publish(uri: string, diagnostics: Diagnostic[]): void;
  /** The file's problems changed (none: it is valid, or gone). */
  status(uri: string, problems: string[]): void;
}

export class ConfigReports {
  private readonly published = new Map<string, string>();
  private readonly statuses = new Map<string, string>();

  /**
   * @param editorChecksJsonSyntax the client's editor reports JSON syntax errors in an open file
   * itself (VS Code's JSON support does, and cannot be told not to for one file): the server then
   * leaves those to it, so that a missing comma is shown once.
   */
  constructor(private readonly host: ConfigReportsHost, private readonly editorChecksJsonSyntax: () => boolean) {}

  /** The problems of the configuration at `uri`: as the editor holds it (`open`), or as saved. */
  report(uri: string, problems: ConfigProblem[], open: boolean): void {
    const shown = open && this.editorChecksJsonSyntax() ? problems.filter((p) => !p.syntax) : problems;
    const diagnostics = shown.map((p): Diagnostic => ({ range: p.range, severity: DiagnosticSeverity.Error, source: 'policylint', message: p.message }));
    const key = JSON.stringify(diagnostics);
    // Nothing was shown for a file never reported: a valid one needs no message to say so.
    if ((this.published.get(uri) ?? '[]') !== key) {
      this.published.set(uri, key);
      this.host.publish(uri, diagnostics);
    }
    const messages = problems.map((p) => p.message);
    const status = messages.join('\n');
    if ((this.statuses.get(uri) ?? '') !== status) {
      this.statuses.set(uri, status);
      this.host.status(uri, messages);
    }
  }

  /** The file is gone: nothing of it is shown any more. */
  forget(uri: string): void {
    this.report(uri, [], false);
  }
}

/** "Did you mean" quick fixes for the diagnostics of an open configuration, computed on its current text. */
export function configQuickFixes(doc: TextDocument, diagnostics: Diagnostic[], only?: string[]): CodeAction[] {
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix))) return [];
  const ours = diagnostics.filter((d) => d.source === 'policylint');
  if (!ours.length) return [];
  const out: CodeAction[] = [];
  for (const p of checkConfigText(doc.getText()).problems) {
    if (!p.replacement) continue;
    const d = ours.find((x) => x.message === p.message && sameRange(x.range, p.range));
    if (!d) continue;
    out.push({ title: p.replacement.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [doc.uri]: [{ range: p.range, newText: p.replacement.newText }] } } });
  }
  return out;
}

const sameRange = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
