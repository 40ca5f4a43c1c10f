// Scores the engine against labelled corpora: the blind-labelled development corpus
// (test/corpus-dev) and the shared seeds (test/fixtures/corpus). Pure computation; the
// command line (eval/run.ts) prints and writes, the ratchet test (test/eval.test.ts) asserts.
//
// Matching, as docs/labelling.md defines it: a finding hits a passage label when it has the
// label's rule and overlaps the sentence(s) holding the label's quote; a document label is hit
// by a document-level finding of its rule (and item, for required-disclosure). Each firm label
// takes at most one finding; uncertain labels count neither way, and neither do further findings
// in an already-hit sentence. Every other finding is a false alarm, whatever its severity.
// A finding on a link's target (an href value, a Markdown "(#)") is matched where the link's words
// are: the target is in no sentence, and a label can only quote what a reader sees.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../rules/engine';
import { applyEdits } from '../rules/fixes';
import { formatOfPath } from '../rules/model/parse';
import type { PolicyDocument } from '../rules/model/document';
import type { Finding, Format } from '../rules/model/types';
import { RULES } from '../rules/registry';

/** The eval's "today": labels of policy-date-stale are made against it, so it never moves. */
export const EVAL_TODAY = new Date('2026-12-03T12:00:00Z');
/**
 * The rules measured on the corpus: those that read the policy alone. A rule that compares the policy
 * with the application's code (tag "workspace") needs the code, which the corpus does not hold; it is
 * measured on real applications instead (policylint --workspace).
 */
export const RULE_IDS = RULES.filter((r) => !r.tags.includes('workspace')).map((r) => r.id);
const ROOT = join(__dirname, '..');

export interface PassageLabel { rule: string; quote: string; nth?: number; uncertain?: boolean; note?: string; expect?: string }
export interface DocumentLabel { rule: string; item?: string; uncertain?: boolean; note?: string }
export interface LabelFile { id: string; findings: PassageLabel[]; document: DocumentLabel[]; clean_for: string[] }
export interface Source { id: string; file: string; repo: string; path: string; commit: string; format: Format; year?: number; region?: string; kind?: string; license?: string }
/**
 * A judged fix. `place` is the 40 characters of the policy before the fix's first edit: a fix
 * that moves (a section inserted elsewhere) is another fix, and is judged again.
 */
export interface FixJudgement { id: string; rule: string; found: string; title: string; newText: string; place: string; right: boolean; note?: string }

export interface CorpusFile { id: string; file: string; format: Format; text: string; labels: LabelFile }

export interface Counts { tp: number; fn: number; fp: number }
export interface Miss { id: string; rule: string; quote: string; item?: string; note?: string }
export interface FalseAlarm { id: string; rule: string; severity: string; found: string; message: string; sentence: string }
export interface FixCase {
  id: string; rule: string; found: string; title: string; newText: string; place: string; safe: boolean;
  before: string; after: string; resolves: boolean; judged?: boolean; right?: boolean; truePositive: boolean;
}

export interface CorpusScore {
  files: number;
  labels: { firm: number; uncertain: number; perRule: Record<string, { firm: number; uncertain: number; clean: number }> };
  perRule: Record<string, Counts>;
  all: Counts;
  misses: Miss[];
  falseAlarms: FalseAlarm[];
  fixes: FixCase[];
  problems: string[];
}

// --- loading -----------------------------------------------------------------------------


export function loadDevCorpus(dir = join(ROOT, 'test', 'corpus-dev')): { files: CorpusFile[]; sources: Source[]; judgements: FixJudgement[]; problems: string[] } {
  const problems: string[] = [];
  const sources: Source[] = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
  const files: CorpusFile[] = [];
  for (const s of sources) {
    const p = join(dir, 'policies', s.file);
    const l = join(dir, 'labels', `${s.id}.json`);
    if (!existsSync(p)) { problems.push(`${s.id}: no policy file ${s.file}`); continue; }
    if (!existsSync(l)) { problems.push(`${s.id}: no label file`); continue; }
    const labels = JSON.parse(readFileSync(l, 'utf8')) as LabelFile;
    labels.findings ??= []; labels.document ??= []; labels.clean_for ??= [];
    files.push({ id: s.id, file: s.file, format: formatOfPath(s.file) ?? s.format ?? 'plaintext', text: readFileSync(p, 'utf8'), labels });
  }
  const fj = join(dir, 'fixes.json');
  const judgements: FixJudgement[] = existsSync(fj) ? JSON.parse(readFileSync(fj, 'utf8')) : [];
  for (const f of readdirSync(join(dir, 'labels'))) {
    if (!sources.some((s) => `${s.id}.json` === f)) problems.push(`labels/${f} has no entry in sources.json`);
  }
  return { files, sources, judgements, problems };
}

/** The shared seeds, from their expected.json (quote null = a document-level finding). */
export function loadSeeds(dir = join(ROOT, 'test', 'fixtures', 'corpus')): CorpusFile[] {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
    files: Record<string, { findings?: Array<{ rule: string; quote: string | null; count?: number; optional?: boolean }>; clean_for?: string[] }>;
  };
  return Object.entries(expected.files).map(([file, spec]) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const labels: LabelFile = { id: file, findings: [], document: [], clean_for: spec.clean_for ?? [] };
    for (const e of spec.findings ?? []) {
      for (let k = 0; k < (e.count ?? 1); k++) {
        if (e.quote === null) labels.document.push({ rule: e.rule, uncertain: e.optional });
        // `count` means as many findings over the quote's occurrences: one label per occurrence.
        else labels.findings.push({ rule: e.rule, quote: e.quote, nth: e.count ? k + 1 : undefined, uncertain: e.optional });
      }
    }
    return { id: file, file, format: 'plaintext' as Format, text, labels };
  });
}

// --- scoring -----------------------------------------------------------------------------

function nthIndex(text: string, quote: string, nth = 1): number {
  let i = -1;
  for (let k = 0; k < nth; k++) { i = text.indexOf(quote, i + 1); if (i < 0) return -1; }
  return i;
}

/** Source spans of the sentences, in order (built once per file). */
function sentenceSpans(doc: PolicyDocument): Array<[number, number]> {
  return doc.sentences.map((s) => [doc.srcStart(s.start), doc.srcEnd(s.end)] as [number, number]);
}

/** The source region a passage label covers: the sentences its quote touches, or the quote alone. */
function regionOf(spans: Array<[number, number]>, qs: number, qe: number): [number, number] {
  let s = qs; let e = qe;
  for (const [a, b] of spans) if (a < qe && b > qs) { s = Math.min(s, a); e = Math.max(e, b); }
  return [s, e];
}

const overlaps = (f: Pick<Finding, 'start' | 'end'>, [s, e]: [number, number]) => (f.start < e && f.end > s) || (f.start === f.end && f.start >= s && f.start <= e);

/** Where a finding is matched: on a link's target, the link's words (see the header); elsewhere, itself. */
function matchedAt(doc: PolicyDocument, f: Finding): Pick<Finding, 'start' | 'end'> {
  for (const l of doc.links) {
    if (l.hrefSourceStart === undefined || l.hrefSourceEnd === undefined || l.end <= l.start) continue;
    // The target with its delimiters: "(#)", "\"#\"".
    if (f.start >= l.hrefSourceStart - 1 && f.end <= l.hrefSourceEnd + 1) return { start: doc.srcStart(l.start), end: doc.srcEnd(l.end) };
  }
  return f;
}
const isDocumentLevel = (f: Finding) => f.data?.documentLevel === true;
const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

/** The `found` of a fix for the whole document: not the words it is shown on, which may move. */
const DOCUMENT = '(document)';

/** What identifies a judged fix in fixes.json: the policy, the rule, the words found, the fix's title, its text and its place. */
function judgementKey(j: Pick<FixJudgement, 'id' | 'rule' | 'found' | 'title' | 'newText' | 'place'>): string {
  return [j.id, j.rule, j.found, j.title, j.newText, j.place].join('\u241F');
}

export interface ScoreOptions {
  /** Apply and judge every fix. */
  fixes?: boolean;
  /**
   * The seeds' expected.json labels only some rules per file, and counts only warnings and
   * errors as false alarms (as shared/tools/check-corpus.mjs does): score them the same way.
   */
  seedRules?: boolean;
}

export function scoreCorpus(files: CorpusFile[], judgements: FixJudgement[] = [], opts: ScoreOptions = {}): CorpusScore {
  const perRule: Record<string, Counts> = {};
  const labelCounts: CorpusScore['labels']['perRule'] = {};
  for (const r of RULE_IDS) { perRule[r] = { tp: 0, fn: 0, fp: 0 }; labelCounts[r] = { firm: 0, uncertain: 0, clean: 0 }; }
  const misses: Miss[] = []; const falseAlarms: FalseAlarm[] = []; const fixes: FixCase[] = []; const problems: string[] = [];
  const judged = new Map(judgements.map((j) => [judgementKey(j), j]));
  // A fix for the whole document is the same fix wherever its finding is shown (the first block before,
  // the policy's title now): its judgement is found by everything but the finding's words.
  const judgedAnywhere = new Map(judgements.map((j) => [judgementKey({ ...j, found: DOCUMENT }), j]));
  let firm = 0; let uncertain = 0;

  for (const cf of files) {
    const { findings, document: doc } = lint(cf.text, cf.format, { today: EVAL_TODAY });
    const spans = sentenceSpans(doc);
    // Where each finding is matched, worked out once per file (every label asks).
    const where = new Map(findings.map((f) => [f, matchedAt(doc, f)]));
    const used = new Set<Finding>();
    const neutral = new Set<Finding>();
    const hitRegions: Array<{ rule: string; region: [number, number] }> = [];
    const lab = cf.labels;
    for (const r of lab.clean_for) if (labelCounts[r]) labelCounts[r].clean++;
    const checked = new Set([...lab.clean_for, ...lab.findings.map((x) => x.rule), ...lab.document.map((x) => x.rule)]);
    if (!opts.seedRules) for (const r of RULE_IDS) if (!checked.has(r)) problems.push(`${cf.id}: rule ${r} neither labelled nor in clean_for`);

    // Passage labels: firm ones first, so an uncertain label never takes a firm label's finding.
    const passage = lab.findings.map((l) => {
      const at = nthIndex(cf.text, l.quote, l.nth);
      if (at < 0) { problems.push(`${cf.id}: quote not found: ${JSON.stringify(l.quote)}${l.nth ? ` (#${l.nth})` : ''}`); return null; }
      return { l, region: regionOf(spans, at, at + l.quote.length) };
    }).filter((x): x is { l: PassageLabel; region: [number, number] } => x !== null);
    passage.sort((a, b) => Number(!!a.l.uncertain) - Number(!!b.l.uncertain));
    for (const { l, region } of passage) {
      if (!perRule[l.rule]) { problems.push(`${cf.id}: unknown rule ${l.rule}`); continue; }
      const candidates = findings.filter((f) => f.ruleId === l.rule && !isDocumentLevel(f) && !used.has(f) && overlaps(where.get(f)!, region));
      if (l.uncertain) {
        uncertain++; labelCounts[l.rule].uncertain++;
        for (const f of candidates) neutral.add(f);
        continue;
      }
      firm++; labelCounts[l.rule].firm++;
      if (candidates.length) {
        used.add(candidates[0]); perRule[l.rule].tp++;
        hitRegions.push({ rule: l.rule, region });
      } else {
        perRule[l.rule].fn++;
        misses.push({ id: cf.id, rule: l.rule, quote: l.quote, note: l.note });
      }
    }
    // Document labels.
    const docLabels = [...lab.document].sort((a, b) => Number(!!a.uncertain) - Number(!!b.uncertain));
    for (const l of docLabels) {
      if (!perRule[l.rule]) { problems.push(`${cf.id}: unknown rule ${l.rule}`); continue; }
      const candidates = findings.filter((f) => f.ruleId === l.rule && isDocumentLevel(f) && !used.has(f) && (l.item === undefined || f.data?.item === l.item));
      if (l.uncertain) { uncertain++; labelCounts[l.rule].uncertain++; for (const f of candidates) neutral.add(f); continue; }
      firm++; labelCounts[l.rule].firm++;
      if (candidates.length) { used.add(candidates[0]); perRule[l.rule].tp++; } else {
        perRule[l.rule].fn++;
        misses.push({ id: cf.id, rule: l.rule, quote: '(document)', item: l.item, note: l.note });
      }
    }
    // Everything else is a false alarm, except a second finding in a sentence already hit.
    for (const f of findings) {
      if (used.has(f) || neutral.has(f) || !perRule[f.ruleId]) continue;
      if (opts.seedRules && (!checked.has(f.ruleId) || (f.severity !== 'warning' && f.severity !== 'error'))) continue;
      if (!isDocumentLevel(f) && hitRegions.some((h) => h.rule === f.ruleId && overlaps(where.get(f)!, h.region))) continue;
      perRule[f.ruleId].fp++;
      const sent = spans.find(([a, b]) => a <= f.start && f.start < b);
      falseAlarms.push({
        id: cf.id, rule: f.ruleId, severity: f.severity,
        found: clip(cf.text.slice(f.start, f.end), 80) + (isDocumentLevel(f) && f.data?.item ? ` [${String(f.data.item)}]` : ''),
        message: clip(f.message, 200),
        sentence: sent ? clip(cf.text.slice(sent[0], sent[1]), 240) : '',
      });
    }
    // Fixes: each fix of each finding, applied alone.
    if (opts.fixes) {
      for (const f of findings) {
        for (const fix of f.fixes) {
          const found = isDocumentLevel(f) ? DOCUMENT : cf.text.slice(f.start, f.end);
          let after: string;
          try { after = applyEdits(cf.text, fix.edits); } catch (e) { problems.push(`${cf.id}: fix "${fix.title}" cannot be applied: ${String(e)}`); continue; }
          const relinted = lint(after, cf.format, { today: EVAL_TODAY }).findings;
          const resolves = !relinted.some((g) => g.ruleId === f.ruleId && g.message === f.message && Math.abs(g.start - f.start) < 3);
          const lo = Math.min(...fix.edits.map((e) => e.start));
          const hi = Math.max(...fix.edits.map((e) => e.end));
          const grown = fix.edits.reduce((n, e) => n + e.newText.length - (e.end - e.start), 0);
          const ctxS = Math.max(0, lo - 120); const ctxE = Math.min(cf.text.length, hi + 120);
          const newText = fix.edits.map((e) => e.newText).join('\u241E');
          const place = cf.text.slice(Math.max(0, lo - 40), lo);
          const key = { id: cf.id, rule: f.ruleId, found, title: fix.title, newText, place };
          const j = judged.get(judgementKey(key)) ?? (isDocumentLevel(f) ? judgedAnywhere.get(judgementKey(key)) : undefined);
          fixes.push({
            id: cf.id, rule: f.ruleId, found, title: fix.title, newText, place, safe: !!fix.safe,
            before: cf.text.slice(ctxS, ctxE), after: after.slice(ctxS, ctxE + grown),
            resolves, judged: !!j, right: j?.right, truePositive: used.has(f),
          });
        }
      }
    }
  }
  const all = Object.values(perRule).reduce((a, c) => ({ tp: a.tp + c.tp, fn: a.fn + c.fn, fp: a.fp + c.fp }), { tp: 0, fn: 0, fp: 0 });
  return { files: files.length, labels: { firm, uncertain, perRule: labelCounts }, perRule, all, misses, falseAlarms, fixes, problems };
}

export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

/** Fix precision per rule and kind (safe = applied by --fix and fix-all; offered = menu only). */
export function fixPrecision(fixes: FixCase[]): Record<string, { safe: { right: number; wrong: number; unjudged: number }; offered: { right: number; wrong: number; unjudged: number } }> {
  const out: ReturnType<typeof fixPrecision> = {};
  for (const f of fixes) {
    out[f.rule] ??= { safe: { right: 0, wrong: 0, unjudged: 0 }, offered: { right: 0, wrong: 0, unjudged: 0 } };
    const k = out[f.rule][f.safe ? 'safe' : 'offered'];
    // A fix that does not resolve its finding is wrong whatever its text.
    if (!f.resolves) k.wrong++;
    else if (!f.judged) k.unjudged++;
    else if (f.right) k.right++;
    else k.wrong++;
  }
  return out;
}
