// Findings → LSP diagnostics. The same Finding object later feeds the code actions.
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../../rules/model/types';
import { ruleDocsUrl } from '../meta';

export const SOURCE = 'policylint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticData { ruleId: string; index: number; version: number }

export function toDiagnostic(doc: TextDocument, f: Finding, index: number): Diagnostic {
  return {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocsUrl(f.ruleId) },
    source: SOURCE,
    // One sentence: the defect and the fix. The rule's page is codeDescription; the explanation and
    // the legal source are in the hover (hover.ts), so the Problems panel leads with the point.
    message: f.message,
    relatedInformation: f.related?.map((r) => ({
      // A place in another file (a manifest line) is given by line and character; one in the document by offsets.
      location: r.file
        ? { uri: pathToFileURL(r.file.path).toString(), range: { start: { line: r.file.line, character: r.file.character }, end: { line: r.file.line, character: r.file.endCharacter } } }
        : { uri: doc.uri, range: { start: doc.positionAt(r.start), end: doc.positionAt(r.end) } },
      message: r.message,
    })),
    data: { ruleId: f.ruleId, index, version: doc.version } satisfies DiagnosticData,
  };
}
