// The blanks PolicyLint's own fixes write ("for [period] after [event]"): while one is still in the
// policy, the rule that declares it (Rule.placeholders) reports it, so that a template applied from
// the quick-fix menu cannot be shipped unfilled once its first finding is gone.
//
// Only the exact spellings the rules declare count, with their case: "[Company Name]" in a policy's
// own template is contact-placeholder's business. A spelling several rules' fixes write ("[purpose]")
// is reported once, by the first of them in registry order that is not off. A placeholder another
// finding already covers exactly (contact-placeholder's "[email address]") is not reported twice.
import type { PolicyDocument } from './model/document';
import type { Finding, Severity } from './model/types';
import type { Placeholder, Rule } from './rule';
import { fitting, quoted } from './shared/message';

/** The longest declared spelling is well under this: a "[" further from its "]" starts no placeholder. */
const MAX_LENGTH = 120;

interface Declared { placeholder: Placeholder; rule: Rule }

/** Each declared spelling, with the first rule of `rules` (in their order) that declares it. */
export function declaredPlaceholders(rules: readonly Rule[]): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const rule of rules) {
    for (const p of rule.placeholders ?? []) if (!out.has(p.text)) out.set(p.text, { placeholder: p, rule });
  }
  return out;
}

/** Every "[…]" span of `text` that is one of `spellings`, in order: [start, end) offsets, brackets included. */
export function placeholderSpans(text: string, spellings: ReadonlyMap<string, unknown> | ReadonlySet<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // The first "]" after a "[" is the same for every "[" before it: found once, so the scan is linear.
  let close = -1;
  for (let at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) {
    if (close <= at) close = text.indexOf(']', at + 1);
    if (close < 0) break;
    if (close - at < MAX_LENGTH && spellings.has(text.slice(at, close + 1))) out.push([at, close + 1]);
  }
  return out;
}

/**
 * The findings for the declared placeholders still in the document: one per occurrence, on the
 * placeholder itself, at information severity unless the configuration sets the rule's severity
 * (`level`: what it sets for each rule, or 'off').
 */
export function placeholderFindings(doc: PolicyDocument, rules: readonly Rule[], level: (rule: Rule) => Severity | 'off' | undefined, reported: readonly Finding[]): Finding[] {
  if (!doc.text.includes('[')) return [];
  const declared = declaredPlaceholders(rules.filter((r) => r.placeholders?.length && level(r) !== 'off'));
  const spans = declared.size ? placeholderSpans(doc.text, declared) : [];
  if (!spans.length) return [];
  const taken = new Set(reported.map((f) => `${f.start}:${f.end}`));
  const out: Finding[] = [];
  for (const [from, to] of spans) {
    const { placeholder: p, rule } = declared.get(doc.text.slice(from, to))!;
    if (p.cellOnly && !wholeCell(doc, from, to)) continue;
    const start = doc.srcStart(from);
    const end = doc.srcEnd(to);
    if (taken.has(`${start}:${end}`)) continue;
    const configured = level(rule);
    out.push({
      ruleId: rule.id,
      severity: configured === undefined || configured === 'off' ? 'information' : configured,
      start, end,
      // A long placeholder is cut ("[the legal basis under GDPR…"): its start names it, and the rest
      // may read as a citation, which a message never lists.
      message: fitting(`${p.ask}: ${quoted(p.text, 30)} is a placeholder from a PolicyLint fix.`, `${p.ask}: ${quoted(p.text, 30)} is a PolicyLint placeholder.`),
      detail: 'A quick fix wrote this blank where only you know the fact. Until you replace it (brackets included), the policy says nothing there, and a reader sees the brackets.',
      fixes: [],
      data: { placeholder: p.text },
    });
  }
  return out;
}

/** The span is a whole cell of a table row (cells are separated by tabs in the visible text). */
function wholeCell(doc: PolicyDocument, from: number, to: number): boolean {
  const b = doc.blockAt(from);
  if (!b || b.kind !== 'tableRow') return false;
  const text = doc.text;
  return (from === b.start || text[from - 1] === '\t') && (to === b.end || text[to] === '\t');
}
