// Output formats of the CLI: stylish (people), json (the documented contract), sarif (code scanning).
import type { LineIndex } from '../../rules/model/sourceMap';
import type { Finding, Severity } from '../../rules/model/types';
import { RULES } from '../../rules/registry';
import { ruleDocsUrl, VERSION } from '../meta';

export interface FileReport {
  path: string;
  findings: Finding[];
  lines?: LineIndex;
  /** A note instead of findings: skipped, unreadable. */
  note?: string;
}

export function toJson(reports: FileReport[]): string {
  return JSON.stringify({
    version: 1,
    files: reports.map((r) => ({
      path: r.path,
      ...(r.note ? { note: r.note } : {}),
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        ...(f.source ? { source: f.source } : {}),
        startOffset: f.start,
        endOffset: f.end,
        range: { start: r.lines!.position(f.start), end: r.lines!.position(f.end) },
        fixes: f.fixes.map((x) => ({ title: x.title, ...(x.safe ? { safe: true } : {}), edits: x.edits.map((e) => ({ startOffset: e.start, endOffset: e.end, newText: e.newText })) })),
      })),
    })),
  }, null, 2);
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(reports: FileReport[]): string {
  const results = reports.flatMap((r) => r.findings.map((f) => {
    const s = r.lines!.position(f.start);
    const e = r.lines!.position(f.end);
    const uri = r.path === '-' ? 'stdin' : r.path.split('\\').join('/');
    return {
      ruleId: f.ruleId,
      ruleIndex: RULES.findIndex((x) => x.id === f.ruleId),
      level: SARIF_LEVEL[f.severity],
      message: { text: f.source ? `${f.message} (${f.source})` : f.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri },
          region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, charOffset: f.start, charLength: f.end - f.start },
        },
      }],
      ...(f.fixes.length ? {
        fixes: f.fixes.map((x) => ({
          description: { text: x.title },
          artifactChanges: [{ artifactLocation: { uri }, replacements: x.edits.map((ed) => ({ deletedRegion: { charOffset: ed.start, charLength: ed.end - ed.start }, insertedContent: { text: ed.newText } })) }],
        })),
      } : {}),
    };
  }));
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'PolicyLint', version: VERSION, informationUri: 'https://github.com/policylint/policylint',
          rules: RULES.map((r) => ({ id: r.id, name: r.id, shortDescription: { text: r.description }, helpUri: ruleDocsUrl(r.id), defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] } })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results,
      invocations: [{ executionSuccessful: true, toolExecutionNotifications: reports.filter((r) => r.note).map((r) => ({ level: 'warning', message: { text: `${r.path}: ${r.note}` } })) }],
    }],
  }, null, 2);
}

export function toStylish(reports: FileReport[], color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sevColor: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '2' };
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let fixable = 0;
  for (const r of reports) {
    if (r.note) { out.push(`${paint('4', r.path)}: ${r.note}`); continue; }
    if (!r.findings.length) continue;
    out.push(paint('4', r.path));
    for (const f of r.findings) {
      counts[f.severity]++;
      if (f.fixes.some((x) => x.safe)) fixable++;
      const p = r.lines!.position(f.start);
      const where = `${r.path}:${p.line + 1}:${p.character + 1}`;
      out.push(`  ${paint('2', where)}  ${paint(sevColor[f.severity], f.severity.padEnd(11))} ${f.message}  ${paint('2', f.ruleId)}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const parts = [`${counts.error} error${counts.error === 1 ? '' : 's'}`, `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`, `${counts.information} information`];
  if (counts.hint) parts.push(`${counts.hint} hint${counts.hint === 1 ? '' : 's'}`);
  const files = reports.filter((r) => !r.note).length;
  out.push(`${total ? paint(counts.error ? '31' : '33', '✖') : paint('32', '✔')} ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${files} file${files === 1 ? '' : 's'}`);
  if (fixable) out.push(`  ${fixable} of them can be fixed with --fix.`);
  return out.join('\n');
}
