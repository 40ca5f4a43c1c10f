// The fix-settling property (issue 11): `policylint --fix` run again and again must settle.
// For generated and mutated policies in plain text, Markdown and HTML, built from sentences that
// trigger the rules with safe fixes (processor-unlisted: a service missing from a list of services;
// gdpr-article-mismatch: a right cited with the wrong article; outdated-law-reference: the GDPR in
// the future tense) and random structure (lists, hard-wrapped items, headings, stray and missing
// tags, CRLF, NBSP), the safe fixes the CLI's --fix applies (safeFixEdits, as in
// server/cli/lintFile.ts) are applied pass after pass until none is left. Then:
//   - it settles: after at most 2 passes no safe fix is left;
//   - no text outside the fixes' ranges changes (checked here without applyEdits), no edit splits a
//     CRLF or a surrogate pair, and an edit in a CRLF file brings no bare LF;
//   - a fixed finding never comes back (the same rule at the fixed finding's place, mapped through
//     the edits, or the same rule and message more often than before less the fixed ones);
//   - no finding of another rule is added;
//   - no safe fix writes a placeholder ("[period]"): PolicyLint reports each blank its fixes write until a
//     person fills it in (rules/placeholders.ts), so a blank --fix wrote would be a finding --fix brought and
//     could never settle. Only templates write blanks, and a template is never safe: the information
//     findings on its blanks follow a fix from the menu, never --fix.
// Cases: SETTLE_RUNS (default 21,000, a third per format); seed: SETTLE_SEED (printed each run).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../rules/engine';
import { safeFixEdits } from '../rules/fixes';
import { placeholderSpans } from '../rules/placeholders';
import { PLACEHOLDERS } from './helpers';
import type { Edit, Finding, Format } from '../rules/model/types';

const OPTIONS = { today: new Date('2026-11-23T12:00:00Z') };
const SEED = process.env.SETTLE_SEED ? Number(process.env.SETTLE_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
const RUNS = process.env.SETTLE_RUNS ? Number(process.env.SETTLE_RUNS) : 21000;
const PER_FORMAT = Math.ceil(RUNS / 3);
const FORMATS: Format[] = ['plaintext', 'markdown', 'html'];

// ---------------------------------------------------------------------------------------------
// The checks

interface Pass { text: string; findings: Finding[] }

/** A finding's identity across versions: its rule and what it says (a vendor's id for processor-unlisted, whose message names the list). */
const keyOf = (f: Finding) => `${f.ruleId}\u0000${typeof f.data?.vendor === 'string' ? f.data.vendor : f.message}`;

/** Where an offset of the text before the edits lands after them; `right`: an offset inside an edit goes to its end. */
function mapOffset(edits: readonly Edit[], o: number, right: boolean): number {
  let delta = 0;
  for (const e of edits) {
    if (e.end <= o && !(e.start === e.end && e.start === o && !right)) { delta += e.newText.length - (e.end - e.start); continue; }
    if (e.start < o) return e.start + delta + (right ? e.newText.length : 0);
    break;
  }
  return o + delta;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
function splits(text: string, o: number): boolean {
  if (o <= 0 || o >= text.length) return false;
  const a = text.charCodeAt(o - 1);
  const b = text.charCodeAt(o);
  return (isHigh(a) && isLow(b)) || (a === 13 && b === 10);
}

/** The text after the edits, built here piece by piece (not with applyEdits), checking each piece. */
function applyChecked(text: string, edits: readonly Edit[]): string {
  const crlf = text.includes('\r\n');
  let out = '';
  let pos = 0;
  for (const e of edits) {
    assert.ok(e.start >= pos && e.start <= e.end && e.end <= text.length, `edit ${e.start}-${e.end} out of order or range`);
    assert.ok(!splits(text, e.start) && !splits(text, e.end), `edit ${e.start}-${e.end} splits a CRLF or a surrogate pair`);
    if (crlf) assert.ok(!/(^|[^\r])\n/.test(e.newText), `edit at ${e.start} brings a bare LF into a CRLF file: ${JSON.stringify(e.newText)}`);
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Applies the safe fixes until none is left; returns the passes (the first is the document as given). */
function settle(text: string, format: Format): Pass[] {
  const passes: Pass[] = [];
  let result = lint(text, format, OPTIONS);
  passes.push({ text, findings: result.findings });
  assert.deepEqual(result.ruleErrors.map((e) => `${e.ruleId}: ${e.error.message}`), []);
  for (let pass = 1; ; pass++) {
    const before = passes[passes.length - 1];
    const { edits, fixed: applied } = safeFixEdits(before.findings);
    if (!edits.length) return passes;
    for (const e of edits) assert.deepEqual(placeholderSpans(e.newText, PLACEHOLDERS), [], `a safe fix writes a placeholder: ${JSON.stringify(e.newText)}`);
    assert.ok(pass <= 2, `safe fixes left after ${pass - 1} passes: ${show(before.findings.filter((f) => f.fixes.some((x) => x.safe)))}`);
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const next = applyChecked(before.text, sorted);
    result = lint(next, format, OPTIONS);
    assert.deepEqual(result.ruleErrors.map((e) => `${e.ruleId}: ${e.error.message}`), []);
    const after: Pass = { text: next, findings: result.findings };
    checkPass(before, after, applied, sorted);
    passes.push(after);
  }
}

function show(fs: Finding[]): string {
  return fs.map((f) => `${f.ruleId} ${f.start}-${f.end} “${f.message}”`).join('; ');
}

function checkPass(before: Pass, after: Pass, applied: Finding[], edits: Edit[]): void {
  // A fixed finding never comes back at its place.
  for (const f of applied) {
    const s = mapOffset(edits, f.start, false);
    const e = mapOffset(edits, f.end, true);
    const back = after.findings.find((g) => g.ruleId === f.ruleId && g.start < Math.max(e, s + 1) && s < Math.max(g.end, g.start + 1) && keyOf(g) === keyOf(f));
    assert.ok(!back, `fixed finding came back: ${show([f])} → ${back && show([back])}`);
  }
  // Nor anywhere else (the same rule and message more often than before, less the fixed ones).
  const count = (fs: Finding[]) => {
    const m = new Map<string, number>();
    for (const f of fs) m.set(keyOf(f), (m.get(keyOf(f)) ?? 0) + 1);
    return m;
  };
  const was = count(before.findings);
  const fixed = count(applied);
  for (const [k, n] of count(after.findings)) {
    if (fixed.has(k) && n > (was.get(k) ?? 0) - fixed.get(k)!) assert.fail(`fixed finding came back: ${show([after.findings.find((x) => keyOf(x) === k)!])}`);
  }
  // No finding of another rule is added: each is one of before, by what it says or where it is (its
  // message may change with the text). A finding that names several missing items counts as one per
  // item: correcting a wrong "Art. 28" to "Articles 17–22" turns "5 of the six rights" into two
  // findings, one per right still missing, and adds nothing.
  const fixedRules = new Set(applied.map((f) => f.ruleId));
  const units = (fs: Finding[]) => fs.filter((f) => !fixedRules.has(f.ruleId)).flatMap((f) => unitsOf(f).map((key) => ({ f, key })));
  const unmatched = new Set(units(before.findings));
  const take = (pred: (u: { f: Finding; key: string }) => boolean) => {
    for (const u of unmatched) if (pred(u)) { unmatched.delete(u); return true; }
    return false;
  };
  // A right counted as mentioned only because of the wrong citation the fix corrected ("Your right to
  // erasure is set out in Art. 15 GDPR." mentions no right of access): its finding is the truth showing.
  const cited = new Set<string>();
  for (const f of applied) {
    if (f.ruleId !== 'gdpr-article-mismatch') continue;
    for (const m of before.text.slice(f.start, f.end).matchAll(/\d+/g)) if (RIGHT_OF_ARTICLE[m[0]]) cited.add(`required-disclosure\u0000item:${RIGHT_OF_ARTICLE[m[0]]}`);
  }
  const rest = units(after.findings).filter((g) => !take((u) => u.key === g.key) && !cited.has(g.key));
  for (const g of rest) {
    const ok = take((u) => u.f.ruleId === g.f.ruleId && mapOffset(edits, u.f.start, false) === g.f.start && mapOffset(edits, u.f.end, true) === g.f.end);
    assert.ok(ok, `a fix of ${[...fixedRules].join(', ')} added a finding of another rule: ${show([g.f])}`);
  }
}

const RIGHT_OF_ARTICLE: Record<string, string> = { 15: 'right-access', 16: 'right-rectification', 17: 'right-erasure', 18: 'right-restriction', 20: 'right-portability', 21: 'right-objection' };

/** What a finding reports, one key per item: required-disclosure's missing rights are one finding or several. */
function unitsOf(f: Finding): string[] {
  const items = f.data?.items;
  if (Array.isArray(items)) return items.map((i) => `${f.ruleId}\u0000item:${String(i)}`);
  if (typeof f.data?.item === 'string') return [`${f.ruleId}\u0000item:${f.data.item}`];
  return [keyOf(f)];
}

// ---------------------------------------------------------------------------------------------
// Known defects this property found and that are still open (issue 11). Each sets aside the inputs
// that show it, so that the property keeps checking everything else; delete an entry once fixed.
// (None open: nested Markdown first items, a future-tense line written twice and wrapped, and plain-text
// lines whose shape a fix changes were set aside here until fixed in rules/; their regressions are in
// test/rules/processor-unlisted, outdated-law-reference and policy-date-stale, and test/model/plaintext.)
const KNOWN: Array<{ id: string; input: (text: string, format: Format) => boolean }> = [];
const known = (text: string, format: Format) => KNOWN.some((k) => k.input(text, format));

// ---------------------------------------------------------------------------------------------
// The documents

/** Sentences that announce a list of services (processor-unlisted reads the list under them). */
const ANNOUNCE = [
  'We share personal data with the following processors:',
  'We use the following third-party services:',
  'Personal data is disclosed to the following recipients:',
  'We work with these service providers:',
  'We rely on the following sub-processors:',
];
const LIST_HEADING = ['Processors', 'Sub-processors', 'Our processors', 'Third-party services', 'Service providers', 'Recipients'];
const ITEM = [
  'Stripe', 'Mailgun', 'Google Analytics', 'Zendesk', 'PayPal', 'SendGrid', 'Intercom', 'Cloudflare', 'Amazon Web Services',
  'Stripe, which handles payments for us', 'Mailgun (email delivery)', 'Google', 'Netlify, our host', 'Sentry, for error reports',
  'our accountants', 'payment processors',
];
/** Sentences that show a service is used (missing from the list: a safe fix adds it), or deny it. */
const USE = [
  'We use Hotjar to see how visitors use the site.',
  'We send our newsletter with Mailchimp.',
  'Payments are processed by Stripe.',
  'Our site is hosted on Netlify.',
  'We use Google Analytics to measure traffic.',
  'Support requests are handled through Zendesk.',
  'We use Intercom for live chat.',
  'We use Mixpanel and Hotjar for analytics.',
  'Error reports are sent to Sentry.',
  'We do not use Mixpanel.',
  'Our servers are hosted by Vercel.',
];
/** A right cited with the wrong article (gdpr-article-mismatch, safe where the right has one article). */
const ARTICLE = [
  'Your right to erasure is set out in Art. 15 GDPR.',
  'You have the right to data portability (Art 28 GDPR).',
  'You can ask for a copy of your data (right of access, Article 17 GDPR).',
  'You have the right to object under Article 15 GDPR.',
  'Your right to rectification is set out in Article 17 GDPR.',
  'You have the right of access under Article 15 GDPR.',
  'We process data to comply with our legal obligations (Art. 6(1)(f) GDPR).',
  'Your right to restriction of processing is in Art. 21 GDPR.',
];
/** The GDPR in the future tense (outdated-law-reference, safe). */
const FUTURE = [
  'The General Data Protection Regulation (GDPR) will apply from 25 May 2018.',
  'The GDPR will replace the Data Protection Act 1998.',
  'The GDPR will come into force on 25 May 2018.',
  'The GDPR will apply from 25 May 2018, when it supersedes the UK Data Protection Act 1998 (DPA).',
  'The GDPR will take effect in 2018.',
  'The GDPR will be enforceable from 25 May 2018.',
];
const FILLER = [
  'We keep your personal data for two years after your last order.',
  'We collect your name and email address when you sign up.',
  'You can withdraw your consent at any time.',
  'Contact us at privacy@example.com.',
  'Last updated: 1 March 2026.',
  'You may lodge a complaint with a supervisory authority (Article 77 GDPR).',
  'Acme Ltd is the controller of your personal data.',
  'We rely on our legitimate interests (Art. 6(1)(f) GDPR).',
];
const HEADING = ['Privacy Policy', 'Your rights', 'Data we collect', 'Contact us', 'Changes to this policy', 'How long we keep data', 'International transfers'];
const RIGHTS_INTRO = 'You have the following rights as per EU Article 28 ("GDPR"). These consist of:';
const RIGHTS = ['the right to be informed', 'the right of access', 'the right to erasure', 'the right to object', 'rights related to automated decision making'];

type Part =
  | { t: 'h'; text: string; level: number; style: number }
  | { t: 'p'; sentences: string[] }
  | { t: 'list'; items: string[]; ordered: boolean; marker: number; indent: number; html: number }
  | { t: 'stray'; tag: string };

const sentence = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...USE) },
  { weight: 2, arbitrary: fc.constantFrom(...ARTICLE) },
  { weight: 2, arbitrary: fc.constantFrom(...FUTURE) },
  { weight: 2, arbitrary: fc.constantFrom(...FILLER) },
);
const part: fc.Arbitrary<Part[]> = fc.oneof(
  // A paragraph
  { weight: 4, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences): Part[] => [{ t: 'p', sentences }]) },
  { weight: 2, arbitrary: fc.record({ text: fc.constantFrom(...HEADING), level: fc.integer({ min: 1, max: 3 }), style: fc.nat(5) }).map((h): Part[] => [{ t: 'h', ...h }]) },
  // A list of services, announced by a sentence or by a heading
  {
    weight: 4,
    arbitrary: fc.record({
      lead: fc.oneof(fc.constantFrom(...ANNOUNCE).map((s): Part => ({ t: 'p', sentences: [s] })), fc.record({ text: fc.constantFrom(...LIST_HEADING), level: fc.integer({ min: 1, max: 3 }), style: fc.nat(5) }).map((h): Part => ({ t: 'h', ...h }))),
      items: fc.array(fc.constantFrom(...ITEM), { minLength: 1, maxLength: 4 }),
      ordered: fc.boolean(), marker: fc.nat(3), indent: fc.nat(3), html: fc.nat(15),
    }).map(({ lead, ...l }): Part[] => [lead, { t: 'list', ...l }]),
  },
  // Rights listed after a citation of the wrong article
  { weight: 1, arbitrary: fc.record({ items: fc.subarray(RIGHTS, { minLength: 1 }), ordered: fc.boolean(), marker: fc.nat(3), indent: fc.nat(3), html: fc.nat(15) }).map((l): Part[] => [{ t: 'p', sentences: [RIGHTS_INTRO] }, { t: 'list', ...l }]) },
  { weight: 1, arbitrary: fc.constantFrom('</ul>', '</li>', '</p>', '</div>', '<ul>', '<li>', '</ol>', '<br>', '<div>', '</h2>').map((tag): Part[] => [{ t: 'stray', tag }]) },
);

interface Style { wrap: number; crlf: boolean; nbsp: number; gap: number; seed: number }

/** A small deterministic generator for the rendering choices (wraps, markers), from the case's own seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 0x100000000; };
}

/** Hard-wraps `text` at about `width` (0: not at all); `cont` goes before each continuation line. */
function wrap(text: string, width: number, cont: string): string {
  if (!width) return text;
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  return lines.join(`\n${cont}`);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function render(parts: Part[], format: Format, st: Style): string {
  const r = rng(st.seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const out: string[] = [];
  for (const p of parts) {
    if (p.t === 'stray') { if (format === 'html') out.push(p.tag); else if (format === 'markdown') out.push(pick(['---', '<br>', '> ', '  '])); continue; }
    if (p.t === 'h') {
      const text = p.style === 1 && format === 'plaintext' ? p.text.toUpperCase() : p.style === 2 ? `${p.level}. ${p.text}` : p.text;
      out.push(format === 'html' ? `<h${p.level}>${esc(text)}</h${p.level}>` : format === 'markdown' ? (p.style === 3 ? `${text}\n${'='.repeat(text.length)}` : `${'#'.repeat(p.level)} ${text}`) : text);
      continue;
    }
    if (p.t === 'p') {
      // Plain text reads a line break as a wrap only after a long line (under 50 characters it ends
      // the paragraph, see wrapsOnto in rules/model/plaintext.ts): its paragraphs wrap at 70 or more.
      const text = wrap(p.sentences.join(' '), format === 'plaintext' && st.wrap ? Math.max(st.wrap, 70) + 10 : st.wrap, '');
      out.push(format === 'html' ? (r() < 0.2 ? esc(text) : `<p>${esc(text)}${r() < 0.8 ? '</p>' : ''}`) : text);
      continue;
    }
    const indent = ' '.repeat(p.indent === 3 ? 2 : 0);
    if (format === 'html') {
      const tag = p.ordered ? 'ol' : 'ul';
      const h = p.html;
      const eol = h & 1 ? '\n' : '';
      const lis = p.items.map((it, i) => `${eol ? indent + '  ' : ''}<li>${h & 2 && i === p.items.length - 1 ? '' : ''}${wrap(esc(it), st.wrap ? 20 : 0, '')}${h & 4 && (i === p.items.length - 1 || r() < 0.5) ? '' : '</li>'}`);
      // A list closed twice, or not at all; stray tags inside.
      const close = h & 8 ? `</${tag}></${tag}>` : h === 2 ? '' : `</${tag}>`;
      out.push(`${indent}<${tag}>${eol}${lis.join(eol)}${eol}${eol ? indent : ''}${close}`);
      continue;
    }
    const bullet = ['-', '*', '•', '+'][p.marker];
    const lines = p.items.map((it, i) => {
      const marker = p.ordered ? `${i + 1}${p.marker & 1 ? ')' : '.'}` : format === 'markdown' && bullet === '•' ? '-' : bullet;
      // Hard-wrapped items: continuation lines at the margin, or indented under the text.
      const cont = p.indent === 1 ? '' : p.indent === 2 ? ' '.repeat(marker.length + 1) : indent;
      return `${indent}${marker} ${wrap(it, st.wrap ? Math.max(8, st.wrap - 30) : 0, cont)}`;
    });
    out.push(lines.join('\n'));
  }
  let text = out.join(st.gap ? '\n' : '\n\n');
  if (st.nbsp) {
    let n = 0;
    text = text.replace(/ /g, (m) => ((n++ * 7 + st.nbsp) % 11 === 0 ? (format === 'html' && st.nbsp & 1 ? '&nbsp;' : '\u00a0') : m));
  }
  if (st.crlf) text = text.replace(/\n/g, '\r\n');
  return text;
}

/**
 * Every document opens as a policy does, with a title and a sentence that mutations leave alone: a
 * two-block fragment is no policy (looksLikePolicy), and one list item more would make it one.
 */
const PREAMBLE: Part[] = [{ t: 'h', text: 'Privacy Policy', level: 1, style: 0 }, { t: 'p', sentences: ['This policy explains how Acme Ltd processes your personal data.'] }];

function compose(parts: Part[], format: Format, st: Style, mutations: Mutation[]): string {
  const eol = st.crlf ? '\r\n' : '\n';
  let text = render(PREAMBLE, format, { ...st, wrap: 0, nbsp: 0, gap: 0 }) + eol + eol + mutate(render(parts, format, st), mutations);
  if (format === 'html' && st.seed & 2) text = `<html><body>${eol}${text}${eol}</body></html>`;
  return text + (st.seed & 1 ? eol : '');
}

/** Mutations of the rendered text: lines dropped, doubled or swapped, blank lines added or removed, junk spliced in. */
type Mutation = { op: number; at: number; junk: string };
function mutate(text: string, ms: Mutation[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  for (const m of ms) {
    const i = m.at % Math.max(1, lines.length);
    if (m.op === 0 && lines.length > 1) lines.splice(i, 1);
    else if (m.op === 1) lines.splice(i, 0, lines[i]);
    else if (m.op === 2 && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
    else if (m.op === 3) lines.splice(i, 0, '');
    else if (m.op === 4 && lines[i] === '') lines.splice(i, 1);
    else if (m.op === 5) lines[i] = m.junk + lines[i];
    else if (m.op === 6) lines[i] = lines[i] + m.junk;
  }
  return lines.join(eol);
}

const JUNK = ['</ul>', '</li>', '<li>', '- ', '  ', '\u00a0', '</p>', '* ', '1. ', ' ', '<!-- x -->', '\t'];

function documents(format: Format): fc.Arbitrary<{ text: string }> {
  return fc.record({
    parts: fc.array(part, { minLength: 1, maxLength: 6 }).map((ps) => ps.flat()),
    style: fc.record({ wrap: fc.oneof(fc.constant(0), fc.integer({ min: 30, max: 70 })), crlf: fc.boolean(), nbsp: fc.oneof(fc.constant(0), fc.nat(10)), gap: fc.nat(3), seed: fc.nat() }),
    mutations: fc.oneof(
      { weight: 2, arbitrary: fc.constant([] as Mutation[]) },
      { weight: 1, arbitrary: fc.array(fc.record({ op: fc.nat(6), at: fc.nat(60), junk: fc.constantFrom(...JUNK) }), { minLength: 1, maxLength: 3 }) },
    ),
  }).map(({ parts, style, mutations }) => ({ text: compose(parts, format, { ...style, gap: style.gap === 0 ? 1 : 0 }, mutations) }));
}

// ---------------------------------------------------------------------------------------------

describe(`--fix settles (seed ${SEED}; replay with SETTLE_SEED=${SEED})`, function () {
  this.timeout(300_000);
  before(() => console.log(`      settle property: seed ${SEED} (SETTLE_SEED=${SEED} to replay), ${PER_FORMAT * FORMATS.length} cases`));

  for (const format of FORMATS) {
    it(`${format}: ${PER_FORMAT} generated and mutated documents settle within 2 passes, change nothing outside the fixes, never bring a fixed finding back, add no finding of another rule`, () => {
      let fixedCases = 0;
      fc.assert(fc.property(documents(format), ({ text }) => {
        if (known(text, format)) return;
        try {
          if (settle(text, format).length > 1) fixedCases++;
        } catch (e) {
          // The document in full, with NBSP and the like escaped (the counterexample shows them raw).
          (e as Error).message += `\n      in ${JSON.stringify(text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}`;
          throw e;
        }
      }), { numRuns: PER_FORMAT, seed: SEED, endOnFailure: false });
      // The documents must exercise the fixes: most cases have a safe fix to apply.
      assert.ok(fixedCases * 4 >= PER_FORMAT, `only ${fixedCases} of ${PER_FORMAT} cases had a safe fix`);
    });
  }

  // The reproductions of issue 11, as documents of their own.
  it('settles on the reproductions of issue 11', () => {
    settle('We share personal data with the following processors:\n- Stripe, which handles\npayments for us\n- Mailgun\n\nWe use Hotjar to see how visitors use the site.\n', 'plaintext');
    settle('<p>We share personal data with the following processors:</p>\n<ul><li>Stripe</ul></ul>\n<p>We use Hotjar to see how visitors use the site.</p>\n', 'html');
  });
});
