// Code actions for the findings under the cursor, always in this order (as Harper does):
// each fix of the finding (the preferred one marked), "Fix all <rule> problems in this file",
// "Disable <rule> for this line", "… for this file", "Show documentation for <rule>".
// Plus source.fixAll.policylint: every safe fix, for editor.codeActionsOnSave.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { safeFixEdits } from '../../rules/fixes';
import type { Edit, Finding, Format } from '../../rules/model/types';
import { COMPONENT_FORMATS } from '../../rules/model/parse';
import type { DiagnosticData } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policylint`;
export const SHOW_DOCS_COMMAND = 'policylint.showRuleDocumentation';

const toTextEdit = (doc: TextDocument, e: Edit): TextEdit => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText });
const workspaceEdit = (doc: TextDocument, edits: Edit[]) => ({ changes: { [doc.uri]: edits.map((e) => toTextEdit(doc, e)) } });

export function quickFixes(doc: TextDocument, format: Format, findings: Finding[], diagnostics: Diagnostic[], only?: string[]): CodeAction[] {
  const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix));
  if (!wantsQuickFix) return [];
  const out: CodeAction[] = [];
  const seenRules = new Set<string>();
  for (const d of diagnostics) {
    const data = d.data as DiagnosticData | undefined;
    if (d.source !== 'policylint' || !data || data.version !== doc.version) continue;
    const f = findings[data.index];
    if (!f || f.ruleId !== data.ruleId) continue;
    // 1. Every fix of the finding.
    for (const fix of f.fixes) {
      out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.preferred === true, edit: workspaceEdit(doc, fix.edits) });
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
