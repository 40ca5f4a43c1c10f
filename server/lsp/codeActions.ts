// Code actions for the findings under the cursor, always in this order (as Harper does):
// each fix of the finding (the preferred one marked), "Fix all <rule> problems in this file",
// "Disable <rule> for this line", "… for this file", "Show documentation for <rule>".
// Plus source.fixAll.policylint: every safe fix, for editor.codeActionsOnSave.
// A fix in the menu that writes a template is sent as a snippet, with a tab stop on each blank
// ("for ${1:[period]} after ${2:[event]}"), to a client that applies snippet edits (LSP 3.18).
import { CodeActionKind, type ClientCapabilities, type CodeAction, type Diagnostic, type Range, type SnippetTextEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { safeFixEdits } from '../../rules/fixes';
import type { Edit, Finding, Format } from '../../rules/model/types';
import { COMPONENT_FORMATS } from '../../rules/model/parse';
import { declaredPlaceholders, placeholderSpans } from '../../rules/placeholders';
import { RULES } from '../../rules/registry';
import type { DiagnosticData } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policylint`;
export const SHOW_DOCS_COMMAND = 'policylint.showRuleDocumentation';

const toTextEdit = (doc: TextDocument, e: Edit): TextEdit => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText });
const workspaceEdit = (doc: TextDocument, edits: Edit[]) => ({ changes: { [doc.uri]: edits.map((e) => toTextEdit(doc, e)) } });

/** The blanks the rules' fixes write ("[period]"): each gets a tab stop in a snippet. */
const PLACEHOLDERS = declaredPlaceholders(RULES);

/**
 * The client applies snippet text edits in a workspace edit (LSP 3.18: workspace.workspaceEdit.snippetEditSupport,
 * in a TextDocumentEdit of documentChanges). vscode-languageclient 10 declares it and hands them to VS Code as
 * vscode.SnippetTextEdit; Neovim and most other clients do not, and get plain text edits.
 */
export function supportsSnippetEdits(caps: ClientCapabilities): boolean {
  const we = caps.workspace?.workspaceEdit;
  return we?.documentChanges === true && we.snippetEditSupport === true;
}

/** Text as a snippet's literal text: "$", "}" and "\\" escaped. */
const snippetText = (t: string) => t.replace(/[\\$}]/g, '\\$&');

/**
 * The fix's edits as snippet edits, a tab stop on each placeholder (numbered across the edits in document order,
 * so that repeated blanks are filled in one by one, and each with its placeholder as default text: inserted without
 * a snippet session it is the plain fix). Undefined when the fix writes no placeholder, or where VS Code would not
 * insert its text verbatim (see insertsVerbatim).
 */
export function snippetEdit(doc: TextDocument, edits: readonly Edit[]): WorkspaceEdit | undefined {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const spans = sorted.map((e) => placeholderSpans(e.newText, PLACEHOLDERS));
  if (spans.every((s) => !s.length) || !sorted.every((e) => insertsVerbatim(doc, e))) return undefined;
  let stop = 0;
  const out: Array<TextEdit | SnippetTextEdit> = sorted.map((e, i) => {
    if (!spans[i].length) return toTextEdit(doc, e);
    let value = '';
    let pos = 0;
    for (const [a, b] of spans[i]) {
      value += `${snippetText(e.newText.slice(pos, a))}\${${++stop}:${snippetText(e.newText.slice(a, b))}}`;
      pos = b;
    }
    value += snippetText(e.newText.slice(pos));
    return { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, snippet: { kind: 'snippet', value } };
  });
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: out }] };
}

/**
 * VS Code adjusts the whitespace of a snippet edit as it inserts it (SnippetSession.adjustWhitespace; the protocol
 * has no field for vscode.SnippetTextEdit.keepWhitespace): every line after the first is indented like the line the
 * edit starts on, and each line's leading whitespace is converted to the editor's tabs or spaces. That changes nothing
 * only where no line of the text starts with a space or a tab and, for a text of several lines, the line the edit
 * starts on is not indented: elsewhere the fix is sent as plain text.
 */
function insertsVerbatim(doc: TextDocument, e: Edit): boolean {
  const lines = e.newText.split(/\r\n|\r|\n/);
  if (lines.some((l) => /^[ \t]/.test(l))) return false;
  if (lines.length === 1) return true;
  const text = doc.getText();
  const lineStart = doc.offsetAt({ line: doc.positionAt(e.start).line, character: 0 });
  return !/^[ \t]/.test(text.slice(lineStart, e.start));
}

export function quickFixes(doc: TextDocument, format: Format, findings: Finding[], diagnostics: Diagnostic[], only?: string[], snippets = false): CodeAction[] {
  const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix));
  if (!wantsQuickFix) return [];
  const out: CodeAction[] = [];
  const seenRules = new Set<string>();
  for (const d of diagnostics) {
    const data = d.data as DiagnosticData | undefined;
    if (d.source !== 'policylint' || !data || data.version !== doc.version) continue;
    const f = findings[data.index];
    if (!f || f.ruleId !== data.ruleId) continue;
    // 1. Every fix of the finding; a template as a snippet where the client takes one.
    for (const fix of f.fixes) {
      const edit = (snippets && snippetEdit(doc, fix.edits)) || workspaceEdit(doc, fix.edits);
      out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.preferred === true, edit });
    }
    if (seenRules.has(f.ruleId)) continue;
    seenRules.add(f.ruleId);
    // 2. Fix all of this rule (safe fixes only), when there is more than the one above.
    const sameRule = findings.filter((x) => x.ruleId === f.ruleId);
    const all = safeFixEdits(sameRule);
    if (all.applied > 1) out.push({ title: `Fix all ${f.ruleId} problems in this file`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(doc, all.edits) });
    // 3–4. Disable comments: HTML comments, which a component or template cannot always take
    // (JSX, MDX, a Vue file outside its <template>), so not offered there.
    if (!COMPONENT_FORMATS.has(format)) {
      out.push({ title: `Disable ${f.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(doc, [disableLineEdit(doc, d.range, f.ruleId)]) });
      out.push({ title: `Disable ${f.ruleId} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(doc, [disableFileEdit(doc, format, f.ruleId)]) });
    }
    // 5. Documentation.
    out.push({ title: `Show documentation for ${f.ruleId}`, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: `Show documentation for ${f.ruleId}`, command: SHOW_DOCS_COMMAND, arguments: [f.ruleId] } });
  }
  return out;
}

export function fixAllAction(doc: TextDocument, findings: Finding[]): CodeAction | undefined {
  const all = safeFixEdits(findings);
  if (!all.applied) return undefined;
  return { title: 'Fix all safe PolicyLint problems', kind: FIX_ALL_KIND, edit: workspaceEdit(doc, all.edits) };
}

function eolOf(doc: TextDocument): string {
  return doc.getText().includes('\r\n') ? '\r\n' : '\n';
}

/** `<!-- policylint-disable-next-line rule -->` on its own line above the finding, indented like it. */
export function disableLineEdit(doc: TextDocument, range: Range, ruleId: string): Edit {
  const lineStart = doc.offsetAt({ line: range.start.line, character: 0 });
  const text = doc.getText();
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
  return { start: lineStart, end: lineStart, newText: `${indent}<!-- policylint-disable-next-line ${ruleId} -->${eolOf(doc)}` };
}

/** `<!-- policylint-disable-file rule -->` at the top (after an HTML doctype, which must come first). */
export function disableFileEdit(doc: TextDocument, format: Format, ruleId: string): Edit {
  const text = doc.getText();
  let at = 0;
  if (format === 'html') {
    const m = /^\s*<!doctype[^>]*>[ \t]*(?:\r?\n)?/i.exec(text);
    if (m) at = m[0].length;
  }
  return { start: at, end: at, newText: `<!-- policylint-disable-file ${ruleId} -->${eolOf(doc)}` };
}
