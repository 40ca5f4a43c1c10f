// What a GDPR citation is cited for: the subject bound to it in its own clause.
// A citation is bound to a subject only by the shape of the sentence around it:
//   "<subject> (Art. N)"  ·  "<subject> is set out in / under / pursuant to Art. N"
//   "Art. N (<subject>)"  ·  "Art. N GDPR – <subject>"  ·  "Under Art. N, you may <subject>"
// Anything else in the sentence is not evidence: a topic elsewhere in the sentence, or a
// topic the patterns did not see, never makes a citation wrong.
import data from '../knowledge/gdpr-subjects.json';
import type { CitedRef } from './citations';

export interface Provision { article: number; paragraph?: number; point?: string }
export interface Subject {
  id: string;
  says: string;
  cite: string[];
  provisions: Provision[];
  /** A lawful basis of Art. 6(1) / 9(2): its points carry the subject. */
  basis: boolean;
  /** Whether a bare Art. 6 or 9 (a legal basis) may be cited for it. */
  acceptsLegalBasis: boolean;
  patterns: RegExp[];
}

function parseProvision(s: string): Provision {
  const m = /^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$/.exec(s);
  if (!m) throw new Error(`bad provision ${s}`);
  return { article: Number(m[1]), paragraph: m[2] ? Number(m[2]) : undefined, point: m[3] };
}

const SUBJECTS: Subject[] = data.subjects.map((s) => ({
  id: s.id, says: s.says, cite: s.cite,
  provisions: s.provisions.map(parseProvision),
  basis: (s as { basis?: boolean }).basis === true,
  acceptsLegalBasis: (s as { acceptsLegalBasis?: boolean }).acceptsLegalBasis !== false,
  patterns: s.patterns.map((p) => new RegExp(p, 'gi')),
}));
const ALWAYS = data.alwaysRelevant.map(parseProvision);
const LEGAL_BASIS_ARTICLES = new Set<number>(data.legalBasisArticles);

export interface SubjectMatch { subject: Subject; start: number; end: number }

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
    const all = subjectMentions(sentence);
    this.byEnd = [...all].sort((a, b) => a.end - b.end || (a.end - a.start) - (b.end - b.start));
    this.byStart = [...all].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) this.breaks.push([m.index, m[0].length]);
  }

  /** The distinct subjects the sentence names. */
  distinct(): Subject[] {
    return [...new Set(this.byStart.map((m) => m.subject))];
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
    // A legal basis may be cited for any processing purpose, but its point must fit a basis
    // subject, and a subject with articles of its own (a right, a breach) is not a purpose.
    (LEGAL_BASIS_ARTICLES.has(r.article) && subject.acceptsLegalBasis && !subject.basis));
}
