// What a GDPR citation is cited for: the subject bound to it in its own clause.
// A citation is bound to a subject only by the shape of the sentence around it:
//   "<subject> (Art. N)"  ·  "<subject> is set out in / under / pursuant to Art. N"
//   "Art. N (<subject>)"  ·  "Art. N GDPR – <subject>"  ·  "Under Art. N, you may <subject>"
// Anything else in the sentence is not evidence: a topic elsewhere in the sentence, or a
// topic the patterns did not see, never makes a citation wrong.
// Two narrower bindings serve single provisions:
//   a point of Art. 6(1) alone in its clause is bound to the lawful basis that clause states
//   ("… legal claims pursuant to Art. 6(1)(b) and there is no reason to assume that you have an
//   overriding interest …" states the balancing of Art. 6(1)(f)): basisOf();
//   a numbered point of Art. 4 is bound to the term it is cited for ("the term 'processing' as
//   defined in Art. 4(2)", "Per Art. 4 No. 2 GDPR, 'processing' means …"): definedTermOf().
import data from '../knowledge/gdpr-subjects.json';
import type { CitedRef } from './citations';

export interface Provision { article: number; paragraph?: number; point?: string }
export interface Subject {
  id: string;
  says: string;
  cite: string[];
  provisions: Provision[];
  /** Articles that deal with the subject as a whole but in none of their points: a citation of the whole article fits, one of a paragraph or point does not. */
  wholeArticles: number[];
  /** A lawful basis of Art. 6(1) / 9(2): its points carry the subject. */
  basis: boolean;
  /** Whether a bare Art. 6 or 9 (a legal basis) may be cited for it. */
  acceptsLegalBasis: boolean;
  patterns: RegExp[];
  /** A basis of Art. 6(1): its point letter, and the point's content for messages. */
  basisPoint?: string;
  pointText?: string;
  /** Phrases that state this basis as what the processing is for: bound before a citation in its clause. */
  purposes: RegExp[];
  /** Phrases that state this basis's own test: bound anywhere in a citation's clause. */
  conditions: RegExp[];
}

interface SubjectData {
  id: string; says: string; cite: string[]; provisions: string[]; patterns: string[]; wholeArticles?: string[];
  basis?: boolean; acceptsLegalBasis?: boolean; point?: string; purposes?: string[]; conditions?: string[];
}

function parseProvision(s: string): Provision {
  const m = /^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$/.exec(s);
  if (!m) throw new Error(`bad provision ${s}`);
  return { article: Number(m[1]), paragraph: m[2] ? Number(m[2]) : undefined, point: m[3] };
}

const SUBJECTS: Subject[] = (data.subjects as SubjectData[]).map((s) => ({
  id: s.id, says: s.says, cite: s.cite,
  provisions: s.provisions.map(parseProvision),
  wholeArticles: (s.wholeArticles ?? []).map(Number),
  basis: s.basis === true,
  acceptsLegalBasis: s.acceptsLegalBasis !== false,
  patterns: s.patterns.map((p) => new RegExp(p, 'gi')),
  basisPoint: s.basis ? /^6\(1\)\(([a-f])\)$/.exec(s.cite[0])?.[1] : undefined,
  pointText: s.point,
  purposes: (s.purposes ?? []).map((p) => new RegExp(p, 'gi')),
  conditions: (s.conditions ?? []).map((p) => new RegExp(p, 'gi')),
}));
/** The lawful basis of each point of Art. 6(1). */
export const BASIS_OF_POINT = new Map(SUBJECTS.filter((s) => s.basisPoint).map((s) => [s.basisPoint!, s]));
const ALWAYS = data.alwaysRelevant.map(parseProvision);
const LEGAL_BASIS_ARTICLES = new Set<number>(data.legalBasisArticles);

export interface SubjectMatch { subject: Subject; start: number; end: number }
/** A basis bound by its clause: by a phrase of its test ('condition') or of its purpose ('purpose'). */
export interface BasisMatch extends SubjectMatch { kind: 'condition' | 'purpose' }

function allMatches(text: string, subject: Subject, res: RegExp[], out: SubjectMatch[]): void {
  for (const re of res) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ subject, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}

// A basis named just after a negation ("without your consent", "does not take place with your consent",
// "not to perform the contract") is not the basis relied on.
const NEGATION_BEFORE = /\b(?:not|no|never|without|nor|neither|instead\s+of|rather\s+than|regardless\s+of|irrespective\s+of|independently\s+of)\s+(?:\S+\s+){0,4}$/i;
const negated = (sentence: string, at: number) => NEGATION_BEFORE.test(sentence.slice(Math.max(0, at - 60), at));
// A new main clause joined by "and"/"but": what comes before it belongs to another predicate.
const NEW_PREDICATE = /(?:,|\b(?:and|or|but|then))\s+(?:we|you|they|it|this|these|he|she|I)\b/;
const RELATIVE_BEFORE = /\b(?:that|which|who|whom|whose)\b/i;
// Art. 21(1) weighs "compelling legitimate grounds which override the interests" too: where the
// sentence speaks of objecting, a weighing of interests is not evidence of point (f).
const OBJECTION = /\bobject(?:s|ed|ing|ions?)?\b/i;
// Swiss law justifies processing by "an overriding private or public interest" (FADP Art. 31), contracts included.
const SWISS_LAW = /\b(?:n?FADP|revFADP|n?DSG|Swiss|Switzerland)\b/;

// ---- Defined terms of Art. 4 ----
interface DefinitionData { point: number; terms: string[]; patterns: string[] }
interface Definition { point: number; terms: string[]; exact: RegExp }
const DEFINITIONS: Definition[] = (data.definitions.points as DefinitionData[]).map((d) => ({
  point: d.point, terms: d.terms, exact: new RegExp(`^(?:${d.patterns.join('|')})$`, 'i'),
}));
// Every term's pattern in one alternation, longest first, so that "personal data breach" wins over "personal data".
const TERM_ALT = (data.definitions.points as DefinitionData[]).flatMap((d) => d.patterns).sort((a, b) => b.length - a.length).join('|');
const TERM_AT_END = new RegExp(`(?:^|[^A-Za-z-])(${TERM_ALT})$`, 'i');
const QUOTED_TERM_AT_END = new RegExp(`(?:^|[^A-Za-z])["“‘'„«](${TERM_ALT})["”’'»]$`, 'i');
const TERM_ANYWHERE = new RegExp(`\\b(?:${TERM_ALT})\\b`, 'i');
/** The point of Art. 4 that defines a term, or undefined for a word that is not a defined term. */
export function definitionOf(term: string): { point: number; term: string } | undefined {
  const t = term.replace(/\s+/g, ' ').trim();
  const d = DEFINITIONS.find((x) => x.exact.test(t));
  return d && { point: d.point, term: d.terms.find((x) => x.toLowerCase() === t.toLowerCase()) ?? d.terms[0] };
}
/** The terms a numbered point of Art. 4 defines ([] for a number outside 1–26). */
export function termsDefinedBy(point: number): string[] {
  return DEFINITIONS.find((d) => d.point === point)?.terms ?? [];
}
export interface TermMatch { point: number; term: string; start: number; end: number }

// What may stand between a term and the citation of its definition: "'X' (Art. 4(2))", "X as defined in",
// "X within the meaning of", "X pursuant to".
const DEF_LINK_BEFORE = /[ \u00a0]*(?:\([ \u00a0]*(?:(?:see|cf\.?|i\.e\.?,?)[ \u00a0]+)?|,?[ \u00a0]+(?:(?:(?:is|are)[ \u00a0]+)?(?:as[ \u00a0]+)?(?:defined|described)[ \u00a0]+(?:in|by|under)|within[ \u00a0]+the[ \u00a0]+meaning[ \u00a0]+of|in[ \u00a0]+the[ \u00a0]+sense[ \u00a0]+of|as[ \u00a0]+per|according[ \u00a0]+to|pursuant[ \u00a0]+to|under|in[ \u00a0]+accordance[ \u00a0]+with)[ \u00a0]+)(?:the[ \u00a0]+)?$/i;
// An unquoted term is the one cited for only as the head of its phrase: "the controller within the meaning of",
// not "the processing of personal data within the meaning of".
const DETERMINER_BEFORE = /(?:^|[^A-Za-z])(?:the|a|an)[ \u00a0]+$/i;
const OF_DETERMINER_BEFORE = /\b(?:of|for|to|by|with|on|from|about)[ \u00a0]+(?:the|a|an)[ \u00a0]+$/i;
const INTRODUCED_BEFORE = /\b(?:term|concept|notion|definition)(?:[ \u00a0]+of)?[ \u00a0]+(?:the[ \u00a0]+)?["“‘'„«]?$/i;
// "the terms 'controller' and 'processor' are defined in Art. 4(7) and (8)": one citation for a list of terms.
const LISTED_BEFORE = /(?:\b(?:and|or)|[,&/]|\bterms)[ \u00a0]*(?:the[ \u00a0]+)?["“‘'„«]?$/i;
const MORE_POINTS_AFTER = /^[ \u00a0]*(?:,|and|or|&)[ \u00a0]*(?:No\.?|Nr\.?|\()?[ \u00a0]*\d/i;
// "Art. 4(7) GDPR defines the controller as …", "Art. 4(11) GDPR ('consent')".
const NAME_AFTER = /^[ \u00a0]*(?:(?:of[ \u00a0]+(?:the[ \u00a0]+)?)?(?:GDPR|DSGVO|General[ \u00a0]+Data[ \u00a0]+Protection[ \u00a0]+Regulation)\b)?[ \u00a0]*/i;
const DEFINES_AFTER = new RegExp(`^,?[ \u00a0]*defines[ \u00a0]+(?:(?:the[ \u00a0]+)?(?:term|concept|notion)(?:[ \u00a0]+of)?[ \u00a0]+)?(?:the[ \u00a0]+|an?[ \u00a0]+)?(["“‘'„«])?(${TERM_ALT})(?=["”’'»]|[ \u00a0]+as\\b|[ \u00a0]*[,.;:(]|$)`, 'i');
const GLOSS_TERM_AFTER = new RegExp(`^\\([ \u00a0]*["“‘'„«]?(${TERM_ALT})["”’'»]?[ \u00a0]*\\)`, 'i');
// "Per / According to / Under Art. 4 No. 2 GDPR, 'processing' means …": the citation opens its clause.
const DEF_LEAD = new Set('per according to under pursuant in accordance with as defined by see cf following the'.split(' '));
// The defined term as the subject of the clause the citation opens, with a verb that defines it.
const BARE_TERM_AFTER = new RegExp(`^[ \u00a0]*,[ \u00a0]*(?:the[ \u00a0]+)?(${TERM_ALT})[ \u00a0]+(?:means|refers[ \u00a0]+to|is[ \u00a0]+defined[ \u00a0]+as|shall[ \u00a0]+mean|denotes|includes|comprises|covers|encompasses)\\b`, 'i');
const QUOTED = /(^|[^A-Za-z])["“‘'„«]([A-Za-z][A-Za-z \u00a0-]{0,48}?)["”’'»](?=[ \u00a0]*(?:means|refers[ \u00a0]+to|is[ \u00a0]+defined[ \u00a0]+as|shall[ \u00a0]+mean|denotes|designates|describes|is|are)\b)/g;

/** Every subject mention in `text` (relative offsets). */
export function subjectMentions(text: string): SubjectMatch[] {
  const out: SubjectMatch[] = [];
  for (const subject of SUBJECTS) {
    for (const re of subject.patterns) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        out.push({ subject, start: m.index, end: m.index + m[0].length });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
  }
  return out;
}

// Words that tie a citation to what comes before it: "is set out in", "pursuant to", "as per".
const LINKER = new Set(('is are was be been being set out laid down in under pursuant to according accordance with as per ' +
  'defined described provided provides for by required referred see cf i.e e.g of the gdpr dsgvo eu regulation ' +
  'granted given conferred guaranteed based on basis within meaning line stipulated regulated governed enshrined ' +
  'contained mentioned listed specified outlined and or also your our this that which these such you we have has ' +
  'may can rely relying relies art arts article articles para paragraph lit letter point sentence no bound subject ' +
  'contract contracts agreement agreements obliged obligated').split(' '));
// Words that open a clause of their own: a subject before them belongs to another clause.
const CLAUSE_BREAK = /[;:•]|\b(?:while|whilst|whereas|but|although|though|unless|however|except|if|when|where|because|since|so that|in order to)\b/gi;

/** What closes a clause by naming the provision that requires it: "…, as required by", "in compliance with". */
const REQUIRED_BY = /\b(?:as\s+(?:required|mandated|prescribed)\s+by|in\s+(?:compliance|accordance|line)\s+with|pursuant\s+to|according\s+to|as\s+per)\s+(?:the\s+)?(?:(?:EU\s+|UK\s+)?GDPR(?:[’']s)?\s+|DSGVO\s+)?$/i;

/**
 * Mentions without those a more specific subject overlaps: "breach … notify affected users" (telling
 * individuals, Art. 34) over "data breach" (Arts. 33 and 34). A subject is more specific when every
 * provision it deals with is one the other deals with too.
 */
function withoutWiderOverlapped(all: SubjectMatch[]): SubjectMatch[] {
  const narrower = (n: Subject, w: Subject) => n !== w && n.provisions.length < w.provisions.length
    && n.provisions.every((p) => w.provisions.some((q) => q.article === p.article && (q.paragraph === undefined || q.paragraph === p.paragraph) && (q.point === undefined || q.point === p.point)));
  return all.filter((m) => !all.some((n) => n.start < m.end && m.start < n.end && narrower(n.subject, m.subject)));
}

const CITATION_HEAD = /\b(?:Art(?:icle)?s?\.?|§)[ \u00a0]*\d/i;

/** The mention at `at` is inside the bracket after another citation: "Art. 6(1)(b) GDPR (contract performance)". */
function glossOfAnother(sentence: string, at: number, from: number): boolean {
  const open = sentence.lastIndexOf('(', at);
  if (open < from || at - open > 80 || sentence.slice(open, at).includes(')')) return false;
  return /(?:Art(?:icle)?s?\.?|§)[ \u00a0]*\d[\w() .\u00a0]*$/i.test(sentence.slice(Math.max(from, open - 40), open));
}

const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+(?:\.[a-z]+)*/g) ?? [];

/**
 * The subjects and clause breaks of one sentence, found once however many citations it holds
 * (a sentence of thousands of citations must not be scanned once per citation).
 */
export class SentenceSubjects {
  private readonly byEnd: SubjectMatch[];
  private readonly byStart: SubjectMatch[];
  private readonly breaks: Array<[number, number]> = [];
  constructor(private readonly sentence: string) {
    const all = withoutWiderOverlapped(subjectMentions(sentence));
    this.byEnd = [...all].sort((a, b) => a.end - b.end || (a.end - a.start) - (b.end - b.start));
    this.byStart = [...all].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) this.breaks.push([m.index, m[0].length]);
  }

  /** The distinct subjects the sentence names. */
  distinct(): Subject[] {
    return [...new Set(this.byStart.map((m) => m.subject))];
  }

  /** Mentions of lawful bases, their purposes and their conditions: found only when a citation asks. */
  private basisMentions?: { names: SubjectMatch[]; purposes: SubjectMatch[]; conditions: SubjectMatch[] };

  /**
   * The lawful basis of Art. 6(1) that the clause of the citation at [cs, ce) states, when it is the
   * only citation in its clause: a phrase of the basis's own test anywhere in the clause ("there is no
   * reason to assume that you have an overriding interest"), or of its purpose before the citation
   * ("with your consent, which you give at sign-up, on the basis of …"), not negated. Undefined when
   * the clause names no basis, names more than one (names included: "your consent or our legitimate
   * interests"), or holds another citation.
   */
  basisOf(cs: number, ce: number): BasisMatch | undefined {
    const sentence = this.sentence;
    const [ks, ke] = this.clauseOf(cs, ce);
    const from = Math.max(ks, cs - 240); const to = Math.min(ke, ce + 240);
    if (CITATION_HEAD.test(sentence.slice(from, cs)) || CITATION_HEAD.test(sentence.slice(ce, to))) return undefined;
    const all = this.basisMentions ??= this.findBasisMentions();
    const inClause = (m: SubjectMatch) => m.start >= from && m.end <= to && (m.end <= cs || m.start >= ce);
    const candidates: BasisMatch[] = [];
    if (!OBJECTION.test(sentence) && !SWISS_LAW.test(sentence)) {
      for (const m of all.conditions) if (inClause(m)) candidates.push({ ...m, kind: 'condition' });
    }
    for (const m of all.purposes) {
      if (!inClause(m) || m.end > cs) continue;
      if (negated(sentence, m.start)) return undefined;
      // "Data that you gave us with your consent …": a purpose inside a relative clause describes a noun, not this processing.
      if (RELATIVE_BEFORE.test(sentence.slice(Math.max(from, m.start - 80), m.start))) continue;
      const gap = sentence.slice(m.end, cs);
      if (words(gap).length > 15 || NEW_PREDICATE.test(gap)) continue;
      candidates.push({ ...m, kind: 'purpose' });
    }
    if (!candidates.length) return undefined;
    const bases = new Set(candidates.map((m) => m.subject));
    for (const m of all.names) if (inClause(m)) bases.add(m.subject);
    if (bases.size !== 1) return undefined;
    // The nearest of them.
    const dist = (m: SubjectMatch) => (m.end <= cs ? cs - m.end : m.start - ce);
    return candidates.reduce((a, b) => (dist(b) < dist(a) ? b : a));
  }

  private findBasisMentions(): { names: SubjectMatch[]; purposes: SubjectMatch[]; conditions: SubjectMatch[] } {
    const names = this.byStart.filter((m) => m.subject.basis);
    const purposes: SubjectMatch[] = []; const conditions: SubjectMatch[] = [];
    for (const subject of SUBJECTS) {
      allMatches(this.sentence, subject, subject.purposes, purposes);
      allMatches(this.sentence, subject, subject.conditions, conditions);
    }
    return { names, purposes, conditions };
  }

  /**
   * The term of Art. 4 that a citation at [cs, ce) of a numbered definition is cited for:
   *   "'processing' (Art. 4(2))" · "the term 'consent' as defined in Art. 4(11)" · "the controller within
   *   the meaning of Art. 4(7)" · "Art. 4(4) GDPR defines 'profiling' as …" · "Art. 4(11) GDPR ('consent')" ·
   *   "Per Art. 4 No. 2 GDPR, 'processing' means …".
   * An unquoted term counts only as the head of its phrase ("the controller", not "the processing of
   * personal data"), and a citation of several terms or points ("'controller' and 'processor' … Art. 4(7)
   * and (8)") is bound to none.
   */
  definedTermOf(cs: number, ce: number): TermMatch | undefined {
    const sentence = this.sentence;
    const [ks, ke] = this.clauseOf(cs, ce);
    const tail = sentence.slice(ce, Math.min(ke, ce + 240));
    if (MORE_POINTS_AFTER.test(tail)) return undefined;
    const found = (term: string, start: number): TermMatch | undefined => {
      const d = definitionOf(term);
      return d && { point: d.point, term: d.term, start, end: start + term.length };
    };
    // 1. The term before the citation.
    const hs = Math.max(ks, cs - 160);
    const head = sentence.slice(hs, cs);
    const link = DEF_LINK_BEFORE.exec(head);
    if (link) {
      const rest = head.slice(0, link.index);
      const q = QUOTED_TERM_AT_END.exec(rest);
      if (q) {
        const at = rest.length - q[1].length - 1;
        if (!LISTED_BEFORE.test(rest.slice(0, at))) return found(q[1], hs + at);
        return undefined;
      }
      const u = TERM_AT_END.exec(rest);
      if (u) {
        const at = rest.length - u[1].length;
        const before = rest.slice(0, at);
        const headOfPhrase = (before.trim() === '' && hs === ks) || INTRODUCED_BEFORE.test(before) || (DETERMINER_BEFORE.test(before) && !OF_DETERMINER_BEFORE.test(before));
        if (headOfPhrase && !LISTED_BEFORE.test(before.replace(/(?:the|a|an)[ \u00a0]+$/i, ''))) return found(u[1], hs + at);
        return undefined;
      }
    }
    // 2. A gloss or "defines" right after it.
    const name = NAME_AFTER.exec(tail)![0].length;
    const g = GLOSS_TERM_AFTER.exec(tail.slice(name)) ?? DEFINES_AFTER.exec(tail.slice(name));
    if (g) {
      const term = g[g.length - 1];
      return found(term, ce + name + g[0].lastIndexOf(term));
    }
    // 3. "Per Art. 4 No. 2 GDPR, 'processing' means …": the first term defined after a citation that opens its clause.
    const lead = words(sentence.slice(ks, cs));
    if (lead.length > 4 || !lead.every((w) => DEF_LEAD.has(w))) return undefined;
    // Unquoted, right after the citation: "Under Art. 4(1) GDPR, processing includes collection, storage …".
    const bare = BARE_TERM_AFTER.exec(tail.slice(name));
    if (bare) return found(bare[1], ce + name + bare[0].lastIndexOf(bare[1]));
    QUOTED.lastIndex = 0;
    const q = QUOTED.exec(tail);
    if (!q) return undefined;
    const at = q.index + q[1].length + 1;
    // Nothing between names another term or cites another provision.
    if (TERM_ANYWHERE.test(tail.slice(0, at - 1)) || CITATION_HEAD.test(tail.slice(0, at))) return undefined;
    return found(q[2], ce + at);
  }

  /** The clause that holds [cs, ce): from the last clause break before to the first after. */
  private clauseOf(cs: number, ce: number): [number, number] {
    // The first break that ends after cs.
    let lo = 0; let hi = this.breaks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.breaks[mid][0] + this.breaks[mid][1] <= cs) lo = mid + 1; else hi = mid; }
    let start = 0;
    if (lo > 0) { const [i, n] = this.breaks[lo - 1]; start = i + (n === 1 ? 1 : 0); }
    let end = this.sentence.length;
    for (let k = lo; k < this.breaks.length; k++) if (this.breaks[k][0] >= ce) { end = this.breaks[k][0]; break; }
    return [start, end];
  }

  /** The subject the citation at [cs, ce) is cited for, or undefined when the sentence does not tie it to one. */
  bind(cs: number, ce: number): SubjectMatch | undefined {
    const m = this.nearest(cs, ce);
    // A lawful basis the sentence negates is not what the citation is cited for.
    return m && m.subject.basis && negated(this.sentence, m.start) ? undefined : m;
  }

  private nearest(cs: number, ce: number): SubjectMatch | undefined {
    const sentence = this.sentence;
    const [ks, ke] = this.clauseOf(cs, ce);
    const after = (from: number, maxWords: number): SubjectMatch | undefined => {
      // The first mention starting at or after ce (the longest of those starting together).
      let lo = 0; let hi = this.byStart.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (this.byStart[mid].start < ce) lo = mid + 1; else hi = mid; }
      const m = this.byStart[lo];
      if (!m || m.end > ke || m.start - from > 160) return undefined;
      return words(sentence.slice(from, m.start)).length <= maxWords ? m : undefined;
    };
    // 1. "Art. N (subject)", "Art. N GDPR – subject", "Art. N: subject": a gloss right after it.
    const gloss = /^[ \u00a0]*(?:(?:GDPR|DSGVO|EU|of\s+the\s+GDPR)[ \u00a0]*)?(?:\(|[–—-][ \u00a0]|:)/i.exec(sentence.slice(ce, Math.min(ke, ce + 40)));
    if (gloss) {
      const m = after(ce + gloss[0].length, 6);
      if (m) return m;
    }
    // 1b. "Art. 6 (1) (f) DSGVO, which allows the processing of data to fulfil a contract": a relative clause
    // saying what the provision allows or covers.
    const which = /^[ \u00a0]*(?:(?:GDPR|DSGVO|EU)[ \u00a0]*)?,[ \u00a0]*which[ \u00a0]+(?:allows|permits|covers|provides[ \u00a0]+for|governs|concerns|deals[ \u00a0]+with|regulates)\b/i.exec(sentence.slice(ce, Math.min(ke, ce + 60)));
    if (which) {
      const m = after(ce + which[0].length, 8);
      if (m) return m;
    }
    // 2. "subject (Art. N)", "subject is set out in Art. N", "subject, pursuant to Art. N".
    let lo = 0; let hi = this.byEnd.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.byEnd[mid].end <= cs) lo = mid + 1; else hi = mid; }
    // byEnd is sorted by end, then shorter first: the last one ending before cs is the nearest and longest.
    const m = lo > 0 ? this.byEnd[lo - 1] : undefined;
    if (m && m.start >= ks && cs - m.end <= 160) {
      const gap = sentence.slice(m.end, cs);
      // A subject glossing another citation belongs to that one: "Art. 6(1)(e) (public interest) or Art. 6(1)(f)".
      if (CITATION_HEAD.test(gap) || glossOfAnother(sentence, m.start, ks)) return undefined;
      // At most eight words in all, and after the last comma or bracket mostly linking words
      // ("as required by", "are bound by contracts under"), so that the subject and the
      // citation belong to one predicate.
      const tail = gap.split(/[,(]/).pop() ?? '';
      if (words(gap).length <= 8 && words(tail).filter((w) => !LINKER.has(w)).length <= 3) return m;
    }
    // 3. "Under Art. N GDPR, you may ask us to restrict processing": the citation opens its clause.
    if (cs - ks <= 60) {
      const lead = words(sentence.slice(ks, cs));
      if (lead.length <= 4 && lead.every((w) => LINKER.has(w))) {
        const m3 = after(ce, 10);
        if (m3) return m3;
      }
    }
    // 4. "we will notify affected users of a breach by email within 72 hours, as required by GDPR
    // Article 33.": a citation that closes its clause as what requires it binds to the clause's
    // subject, when the clause names one subject only.
    if (REQUIRED_BY.test(sentence.slice(Math.max(ks, cs - 40), cs)) && words(sentence.slice(ce, ke)).length <= 2) {
      // Not a lawful basis (basisOf weighs those), and not across a coordinated clause ("…, and we store …").
      const inClause = this.byStart.filter((x) => x.start >= ks && x.end <= cs);
      const last = inClause[inClause.length - 1];
      if (last && !last.subject.basis && inClause.every((x) => x.subject === last.subject) && !/,\s*(?:and|or)\s/i.test(sentence.slice(last.end, cs))) return last;
    }
    return undefined;
  }
}

/** Does the provision cover what the reference cites? A citation of a whole article covers its parts. */
function covers(p: Provision, r: Pick<CitedRef, 'article' | 'paragraph' | 'point' | 'points'>): boolean {
  if (p.article !== r.article) return false;
  if (p.paragraph === undefined || r.paragraph === undefined) return true;
  if (p.paragraph !== r.paragraph) return false;
  if (p.point === undefined || r.point === undefined) return true;
  return [r.point, ...(r.points ?? [])].includes(p.point);
}

/** Whether a citation of these references fits the subject: any reference dealing with it is enough. */
export function fitsSubject(subject: Subject, refs: Array<Pick<CitedRef, 'article' | 'paragraph' | 'point' | 'points'>>): boolean {
  return refs.some((r) =>
    ALWAYS.some((p) => covers(p, r)) ||
    subject.provisions.some((p) => covers(p, r)) ||
    (r.paragraph === undefined && subject.wholeArticles.includes(r.article)) ||
    // A legal basis may be cited for any processing purpose, but its point must fit a basis
    // subject, and a subject with articles of its own (a right, a breach) is not a purpose.
    (LEGAL_BASIS_ARTICLES.has(r.article) && subject.acceptsLegalBasis && !subject.basis));
}

/** Whether the subject's provisions name this point of an article specifically ("6(1)(e)" for the right to object). */
export function namesPoint(subject: Subject, article: number, paragraph: number, point: string): boolean {
  return subject.provisions.some((p) => p.article === article && p.paragraph === paragraph && p.point === point);
}
