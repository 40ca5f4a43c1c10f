// The library entry: `import { lint, fix } from 'policylint'`. The CLI is built on it, and other
// tools (editors, CI actions, scripts) can be too. What this file exports is the package's public,
// semver-stable API; everything else in the bundle is private.
import { lint as lintText } from '../rules/engine';
import { applyEdits, safeFixEdits } from '../rules/fixes';
import { formatOfPath, sniffFormat } from '../rules/model/parse';
import type { Finding, Format, Severity } from '../rules/model/types';
import { RULES } from '../rules/registry';
import type { LintOptions } from '../rules/rule';
import { ruleDocsUrl, VERSION } from '../server/meta';

export type { Edit, Finding, Fix, Format, RelatedLocation, Severity } from '../rules/model/types';
export type { Jurisdiction, LintOptions } from '../rules/rule';
export type { VendorEntry } from '../rules/knowledge/vendors';

/** The version of PolicyLint (of its rules and their data). */
export const version: string = VERSION;

/** What a caller may say about the text. */
export interface LintRequest {
  /** The markup; by default from `path`'s extension, else HTML if the text starts like HTML, else plain text. */
  format?: Format;
  /** The file's path, for its format (never read: the text is given). */
  path?: string;
  /** Severities, jurisdiction, today's date, extra vendors… (as in `.policylintrc.json`). */
  options?: LintOptions;
}

/** A zero-based line and UTF-16 character, as in the Language Server Protocol. */
export interface Position { line: number; character: number }

/** A finding, with its range as lines and characters too. Offsets (`start`, `end`) index the text as given. */
export interface LintFinding extends Finding {
  range: { start: Position; end: Position };
}

export interface LintReport {
  /** The format the text was read as. */
  format: Format;
  findings: LintFinding[];
  /** Rules that threw on this text (the others still ran). */
  ruleErrors: Array<{ ruleId: string; message: string }>;
}

export interface FixReport {
  /** The text with the safe fixes applied (the same text when there was none). */
  output: string;
  /** How many findings were fixed. */
  applied: number;
  /** The report on `output`. */
  report: LintReport;
}

/** A rule's metadata, for documentation and configuration tools. */
export interface RuleInfo {
  id: string;
  aliases: readonly string[];
  description: string;
  tags: readonly string[];
  defaultSeverity: Severity;
  /** Its documentation page. */
  docs: string;
}

/** Every rule, in the order they run. */
export const rules: readonly RuleInfo[] = RULES.map((r) => Object.freeze({
  id: r.id, aliases: Object.freeze([...r.aliases]), description: r.description, tags: Object.freeze([...r.tags]),
  defaultSeverity: r.defaultSeverity, docs: ruleDocsUrl(r.id),
}));

/** The format PolicyLint reads a file as, by its name; undefined for files it does not read. */
export function formatOf(path: string): Format | undefined {
  return formatOfPath(path);
}

function formatFor(text: string, request: LintRequest): Format {
  return request.format ?? (request.path !== undefined ? formatOfPath(request.path) : undefined) ?? sniffFormat(text);
}

/** Lints a policy. Pure: reads nothing from disk (configuration files are the caller's; see `options`). */
export function lint(text: string, request: LintRequest = {}): LintReport {
  if (typeof text !== 'string') throw new TypeError('policylint: lint(text) needs the text of the policy as a string');
  const format = formatFor(text, request);
  const result = lintText(text, format, request.options ?? {});
  const lines = result.document.lines;
  return {
    format,
    findings: result.findings.map((f) => ({ ...f, range: { start: lines.position(f.start), end: lines.position(f.end) } })),
    ruleErrors: result.ruleErrors.map((e) => ({ ruleId: e.ruleId, message: e.error.message })),
  };
}

/**
 * Applies the safe fixes (the ones `policylint --fix` and fix-all on save apply) in one pass, as the CLI
 * does; fixes that would overlap one already taken wait for the next call. Other fixes are in each
 * finding's `fixes`, for a person to choose.
 */
export function fix(text: string, request: LintRequest = {}): FixReport {
  const before = lint(text, request);
  const { edits, applied } = safeFixEdits(before.findings);
  if (!edits.length) return { output: text, applied: 0, report: before };
  const output = applyEdits(text, edits);
  return { output, applied, report: lint(output, { ...request, format: before.format }) };
}

/** Applies edits (offsets into `text`) that do not overlap; throws on an overlap, so that nothing is lost. */
export { applyEdits };
