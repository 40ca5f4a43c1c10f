// Output formats of the CLI: stylish (people), json (the documented contract), sarif
// (code scanning). Each is a streaming writer: a file's results are written as soon as
// they are ready (in input order), so memory stays flat over thousands of files.
import { isAbsolute, relative } from 'node:path';
import type { Finding, RelatedLocation, Severity } from '../../rules/model/types';
import { RULES } from '../../rules/registry';
import { ruleDocsUrl, VERSION } from '../meta';

export interface Position { line: number; character: number }
/** A finding with its line/character range, computed where the file's text is at hand. */
export type ReportedFinding = Finding & { range: { start: Position; end: Position } };

export interface FileReport {
  path: string;
  findings: ReportedFinding[];
  /** A note instead of findings: skipped, unreadable. */
  note?: string;
}

export interface Writer {
  begin(): void;
  file(r: FileReport): void;
  end(): void;
}

type Out = (s: string) => void;

export function jsonWriter(out: Out): Writer {
  let first = true;
  return {
    begin: () => out('{\n  "version": 1,\n  "files": ['),
    file(r) {
      const body = JSON.stringify({
        path: r.path,
        ...(r.note ? { note: r.note } : {}),
        findings: r.findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          ...(f.detail ? { detail: f.detail } : {}),
          ...(f.source ? { source: f.source } : {}),
          startOffset: f.start,
          endOffset: f.end,
          range: f.range,
          fixes: f.fixes.map((x) => ({ title: x.title, ...(x.safe ? { safe: true } : {}), edits: x.edits.map((e) => ({ startOffset: e.start, endOffset: e.end, newText: e.newText })) })),
          ...(f.related?.some((x) => x.file) ? { related: f.related.map(jsonRelated) } : {}),
        })),
      }, null, 2).replace(/\n/g, '\n    ');
      out(`${first ? '' : ','}\n    ${body}`);
      first = false;
    },
    end: () => out(`${first ? '' : '\n  '}]\n}\n`),
  };
}

/**
 * A related location in JSON: another file (a manifest line) by its path and zero-based range; a place
 * in the same file by its offsets. Written only for findings that point into another file, so that
 * the output of the other rules stays as documented.
 */
function jsonRelated(r: RelatedLocation): Record<string, unknown> {
  if (!r.file) return { message: r.message, startOffset: r.start, endOffset: r.end };
  const { path, line, character, endCharacter } = r.file;
  return { message: r.message, path: displayPath(path), range: { start: { line, character }, end: { line, character: endCharacter } } };
}

/** A path as the output names files: relative to the current folder (as the policies' paths are), with forward slashes. */
function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return (rel && !isAbsolute(rel) ? rel : p).split('\\').join('/');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function sarifWriter(out: Out): Writer {
  let first = true;
  const notes: string[] = [];
  return {
    begin() {
      const head = {
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
          results: [],
        }],
      };
      const text = JSON.stringify(head, null, 2);
      out(text.slice(0, text.lastIndexOf('"results": []') + '"results": ['.length));
    },
    file(r) {
      if (r.note) notes.push(`${r.path}: ${r.note}`);
      const uri = r.path === '-' ? 'stdin' : r.path.split('\\').join('/');
      for (const f of r.findings) {
        const result = {
          ruleId: f.ruleId,
          ruleIndex: RULES.findIndex((x) => x.id === f.ruleId),
          level: SARIF_LEVEL[f.severity],
          // message.text is the one-sentence message (text and markdown are two renderings of the same
          // message in SARIF, §3.11); the explanation and the legal source are in the property bag (§3.8).
          message: { text: f.message },
          ...(f.detail || f.source ? { properties: { ...(f.detail ? { detail: f.detail } : {}), ...(f.source ? { source: f.source } : {}) } } : {}),
          locations: [{
            physicalLocation: {
              artifactLocation: { uri },
              region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1, charOffset: f.start, charLength: f.end - f.start },
            },
          }],
          ...(f.related?.some((x) => x.file) ? {
            relatedLocations: f.related.filter((x) => x.file).map((x, id) => ({
              id,
              message: { text: x.message },
              physicalLocation: {
                artifactLocation: { uri: displayPath(x.file!.path) },
                region: { startLine: x.file!.line + 1, startColumn: x.file!.character + 1, endLine: x.file!.line + 1, endColumn: x.file!.endCharacter + 1 },
              },
            })),
          } : {}),
          ...(f.fixes.length ? {
            fixes: f.fixes.map((x) => ({
              description: { text: x.title },
              artifactChanges: [{ artifactLocation: { uri }, replacements: x.edits.map((ed) => ({ deletedRegion: { charOffset: ed.start, charLength: ed.end - ed.start }, insertedContent: { text: ed.newText } })) }],
            })),
          } : {}),
        };
        out(`${first ? '' : ','}\n        ${JSON.stringify(result)}`);
        first = false;
      }
    },
    end() {
      const invocations = [{ executionSuccessful: true, toolExecutionNotifications: notes.map((n) => ({ level: 'warning', message: { text: n } })) }];
      out(`\n      ],\n      "invocations": ${JSON.stringify(invocations)}\n    }\n  ]\n}\n`);
    },
  };
}

export function stylishWriter(out: Out, color: boolean): Writer {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sevColor: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '2' };
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let fixable = 0;
  let files = 0;
  return {
    begin: () => undefined,
    file(r) {
      if (r.note) { out(`${paint('4', r.path)}: ${r.note}\n`); return; }
      files++;
      if (!r.findings.length) return;
      const lines = [paint('4', r.path)];
      for (const f of r.findings) {
        counts[f.severity]++;
        if (f.fixes.some((x) => x.safe)) fixable++;
        const where = `${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
        lines.push(`  ${paint('2', where)}  ${paint(sevColor[f.severity], f.severity.padEnd(11))} ${f.message}  ${paint('2', f.ruleId)}`);
      }
      out(lines.join('\n') + '\n\n');
    },
    end() {
      const total = counts.error + counts.warning + counts.information + counts.hint;
      const parts = [`${counts.error} error${counts.error === 1 ? '' : 's'}`, `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`, `${counts.information} information`];
      if (counts.hint) parts.push(`${counts.hint} hint${counts.hint === 1 ? '' : 's'}`);
      out(`${total ? paint(counts.error ? '31' : '33', '✖') : paint('32', '✔')} ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${files} file${files === 1 ? '' : 's'}\n`);
      if (fixable) out(`  ${fixable} of them can be fixed with --fix.\n`);
    },
  };
}
