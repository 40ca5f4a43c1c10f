// The engine: one parse, every enabled rule over it, inline directives applied.
// No editor or protocol knowledge here; front ends convert findings themselves.
import { applyDirectives } from './directives';
import { parse } from './model/parse';
import { placeholderFindings } from './placeholders';
import type { PolicyDocument } from './model/document';
import type { Edit, Finding, Fix, Format, Severity } from './model/types';
import { RULES, ruleById } from './registry';
import type { LintOptions, ResolvedOptions, Rule } from './rule';

export interface LintResult {
  findings: Finding[];
  /** Rules that threw; the others still ran. */
  ruleErrors: Array<{ ruleId: string; error: Error }>;
  document: PolicyDocument;
}

export const DEFAULT_MAX_POLICY_AGE_MONTHS = 24;

export function resolveOptions(o: LintOptions = {}): ResolvedOptions {
  return {
    jurisdiction: o.jurisdiction ?? 'auto',
    today: o.today ?? new Date(),
    maxPolicyAgeMonths: o.maxPolicyAgeMonths ?? DEFAULT_MAX_POLICY_AGE_MONTHS,
    extraVendors: o.extraVendors ?? [],
    allowRecipientCategories: o.allowRecipientCategories ?? false,
    jurisdictions: o.jurisdictions ?? [],
    inventory: o.inventory,
  };
}

/** Effective severity of a rule under the options, or 'off'. */
function configured(rule: Rule, o: LintOptions): Severity | 'off' | undefined {
  const map = o.rules ?? {};
  if (map[rule.id] !== undefined) return map[rule.id];
  for (const a of rule.aliases) if (map[a] !== undefined) return map[a];
  return undefined;
}

export function lintDocument(doc: PolicyDocument, options: LintOptions = {}, rules: readonly Rule[] = RULES): LintResult {
  const resolved = resolveOptions(options);
  const findings: Finding[] = [];
  const ruleErrors: LintResult['ruleErrors'] = [];
  for (const rule of rules) {
    const level = configured(rule, options);
    if (level === 'off') continue;
    const mine: Finding[] = [];
    try {
      rule.check({
        doc,
        options: resolved,
        report: (r) => mine.push({
          ruleId: rule.id,
          severity: level ?? r.severity ?? rule.defaultSeverity,
          start: wholeCharStart(doc.source, r.start),
          end: wholeCharEnd(doc.source, Math.max(r.start, r.end)),
          message: r.message,
          ...(r.detail ? { detail: r.detail } : {}),
          source: r.source,
          fixes: r.fixes ?? [],
          related: r.related,
          data: r.data,
        }),
      });
    } catch (e) {
      // One rule's failure must not stop the others.
      ruleErrors.push({ ruleId: rule.id, error: e instanceof Error ? e : new Error(String(e)) });
      continue;
    }
    if (doc.editGuard) for (const f of mine) f.fixes = guardFixes(f.fixes, doc.editGuard);
    // A finding about the whole document that its rule put on the first block (the usual anchor for
    // "the document") is shown on the policy's title instead: its words, not its tags or the site's
    // banner; one the rule put where the item belongs stays there.
    const first = doc.blocks[0];
    for (const f of mine) {
      if (f.data?.documentLevel === true && (first ? f.start === first.sourceStart && f.end === first.sourceEnd : f.start === 0)) Object.assign(f, doc.titleRange());
    }
    // A loop, not push(...mine): a spread of 130,000 findings overflows the stack.
    for (const f of mine) findings.push(f);
  }
  // The blanks the rules' fixes write, still unfilled: reported by the rule that declares them.
  for (const f of placeholderFindings(doc, rules, (rule) => configured(rule, options), findings)) findings.push(f);
  const kept = applyDirectives(doc.source, () => doc.lines, findings, (id) => ruleById(id)?.id ?? id);
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings: kept, ruleErrors, document: doc };
}

/**
 * In a component or template, a fix is kept only if every edit lands in prose the file can take it
 * in (JSX text, a string literal, template text outside its tags), escaped for that place.
 */
function guardFixes(fixes: Fix[], guard: (e: Edit) => Edit | undefined): Fix[] {
  const out: Fix[] = [];
  for (const fix of fixes) {
    const edits: Edit[] = [];
    for (const e of fix.edits) {
      const g = guard(e);
      if (!g) break;
      edits.push(g);
    }
    if (edits.length === fix.edits.length) out.push({ ...fix, edits });
  }
  return out;
}

// Rules cut clauses at a count of UTF-16 code units; a range must not split a surrogate pair
// (half an emoji), which editors cannot show.
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
function wholeCharStart(text: string, o: number): number {
  return o > 0 && isLow(text.charCodeAt(o)) && isHigh(text.charCodeAt(o - 1)) ? o - 1 : o;
}
function wholeCharEnd(text: string, o: number): number {
  return o > 0 && isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o)) ? o + 1 : o;
}

export function lint(text: string, format: Format, options: LintOptions = {}): LintResult {
  return lintDocument(parse(text, format), options);
}
