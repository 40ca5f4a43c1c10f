// Finds article and recital citations in every usual form and decides which
// instrument each one cites. Used by gdpr-article-mismatch and by the editor's hover.
//   Article 28 · Art. 28 · Art 28 · Article 6(1)(f) · Art. 6 para. 1 lit. f · Articles 15 to 22
//   Articles 15-22 · Articles 12, 13 and 14 · Article 28 GDPR · Article 28 of the GDPR
//   GDPR Article 28 · EU Article 28 ("GDPR") · Recital 47 · Art. 4 No. 2 (a numbered definition)
// The head is found by one regular expression; the numbers after it by a small
// linear scanner, so no pattern can backtrack on long input.
import type { PolicyDocument } from '../model/document';
import type { ResolvedOptions } from '../rule';
import { isGdprPolicy, namesGdpr } from './policyFacts';

export interface CitedRef {
  article: number;
  paragraph?: number;
  point?: string;
  /** Further points of the same paragraph: "6(1)(b) and (f)", "lit. b, c". */
  points?: string[];
  /** Visible-text range of this reference's number(s). */
  start: number;
  end: number;
  /** The reference closes a range ("15 to 22"): every article between the previous ref and this one is cited. */
  rangeEnd?: boolean;
}

export interface Citation {
  kind: 'article' | 'recital';
  refs: CitedRef[];
  /** Visible-text range from the head word ("Article", "Art.", "Recital") to the last number. */
  start: number;
  end: number;
  plural: boolean;
  instrument: 'gdpr' | 'other' | 'unknown';
  sentence: { start: number; end: number };
}

const HEAD = /\b([Aa]rticles?|Arts?\.?|[Rr]ecitals?)[ \u00a0]?(?=\d)/g;
const OTHER_INSTRUMENT_AFTER = /^[ \u00a0]*(?:,[ \u00a0]*)?(?:of|from)[ \u00a0]+(?:the[ \u00a0]+|these[ \u00a0]+|this[ \u00a0]+|our[ \u00a0]+|its[ \u00a0]+)?(?!(?:EU[ \u00a0]+|UK[ \u00a0]+)?(?:GDPR|General Data Protection Regulation|Regulation[ \u00a0]*\(EU\)[ \u00a0]*(?:No[ \u00a0]*)?2016\/679|DSGVO|RGPD)\b)(?:[A-Z][\w'’.-]*|Terms|terms|agreement|contract|convention|charter|directive|treaty|act|law|code|constitution)/;
const GDPR_AFTER = /^[ \u00a0]*(?:,[ \u00a0]*)?(?:(?:of|in|under)[ \u00a0]+(?:the[ \u00a0]+)?)?(?:\(?[ \u00a0]*["“”]?)?(?:EU[ \u00a0]+|UK[ \u00a0]+)?(?:GDPR|General Data Protection Regulation|Regulation[ \u00a0]*\(EU\)[ \u00a0]*(?:No[ \u00a0]*)?2016\/679|DSGVO|RGPD)\b/;
const REGULATION_AFTER = /^[ \u00a0]*(?:of|in|under)[ \u00a0]+the[ \u00a0]+Regulation\b/;
const ACRONYM_AFTER = /^[ \u00a0]*\(?([A-Z][A-Za-z]{1,7})\b/;
const GDPR_BEFORE = /(?:GDPR|General Data Protection Regulation|DSGVO|RGPD|2016\/679)[ \u00a0,]*(?:EU[ \u00a0]+)?$/;
const ACRONYM_BEFORE = /\b([A-Z]{2,8})[ \u00a0]+$/;
const GDPR_ACRONYMS = new Set(['GDPR', 'DSGVO', 'RGPD', 'UK', 'EU']);
const OTHER_IN_SENTENCE = /\b(?:ECHR|FADP|nFADP|revFADP|DSG|nDSG|TFEU|TEU|CCPA|CPRA|LGPD|PIPEDA|PIPL|POPIA|APPI|PDPA|HIPAA|COPPA|PECR|ePrivacy|Convention|Charter|Directive|Treaty|Constitution|Terms of (?:Use|Service)|these Terms|this Agreement|Data Protection Act)\b/;

export function findCitations(doc: PolicyDocument, options: ResolvedOptions): Citation[] {
  return doc.memo('citations', () => scan(doc, options));
}

function scan(doc: PolicyDocument, options: ResolvedOptions): Citation[] {
  const out: Citation[] = [];
  const text = doc.text;
  const gdprPolicy = isGdprPolicy(doc, options);
  for (const s of doc.sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!/\b(?:[Aa]rt|[Rr]ecital)/.test(sentence)) continue;
    HEAD.lastIndex = 0;
    let m: RegExpExecArray | null;
    // What the whole sentence names, worked out once for all its citations (not once per citation).
    let other: boolean | undefined; let gdpr: boolean | undefined;
    const facts = { other: () => (other ??= OTHER_IN_SENTENCE.test(sentence)), gdpr: () => (gdpr ??= namesGdpr(sentence)) };
    while ((m = HEAD.exec(sentence))) {
      const head = m[1];
      const kind = /^[Rr]ecital/.test(head) ? 'recital' : 'article';
      const parsed = readRefs(sentence, m.index + m[0].length);
      if (!parsed.refs.length) continue;
      HEAD.lastIndex = parsed.end;
      const start = s.start + m.index;
      const end = s.start + parsed.end;
      const refs = parsed.refs.map((r) => ({ ...r, start: r.start + s.start, end: r.end + s.start }));
      const after = sentence.slice(parsed.end, parsed.end + 80);
      const before = sentence.slice(Math.max(0, m.index - 60), m.index);
      // "article 120" in lower case is often an ordinary word ("help centre article 120"):
      // a citation only when the GDPR is named right next to it.
      const lowercase = /^[a-z]/.test(head);
      const instrument = lowercase ? (GDPR_AFTER.test(after) || GDPR_BEFORE.test(before) ? 'gdpr' : 'unknown') : instrumentOf(after, before, facts, gdprPolicy);
      out.push({
        kind, refs, start, end, plural: /s\.?$/.test(head) || head === 'Arts',
        instrument,
        sentence: { start: s.start, end: s.end },
      });
    }
  }
  return out;
}

function instrumentOf(after: string, before: string, sentence: { other(): boolean; gdpr(): boolean }, gdprPolicy: boolean): Citation['instrument'] {
  if (GDPR_AFTER.test(after)) return 'gdpr';
  if (REGULATION_AFTER.test(after)) return gdprPolicy ? 'gdpr' : 'unknown';
  if (OTHER_INSTRUMENT_AFTER.test(after)) return 'other';
  const acr = ACRONYM_AFTER.exec(after);
  if (acr && /^[A-Z]{2,}/.test(acr[1]) && !GDPR_ACRONYMS.has(acr[1])) return 'other';
  if (GDPR_BEFORE.test(before)) return 'gdpr';
  const acrBefore = ACRONYM_BEFORE.exec(before);
  if (acrBefore && !GDPR_ACRONYMS.has(acrBefore[1])) return 'other';
  if (sentence.other()) return sentence.gdpr() ? 'unknown' : 'other';
  if (sentence.gdpr()) return 'gdpr';
  return gdprPolicy ? 'gdpr' : 'unknown';
}

interface Parsed { refs: CitedRef[]; end: number }

/** Reads "6(1)(f)", "6 para. 1 lit. f", "15 to 22", "12, 13 and 14" from `pos`. */
function readRefs(s: string, pos: number): Parsed {
  const refs: CitedRef[] = [];
  let end = pos;
  let rangeNext = false;
  for (;;) {
    const ref = readOne(s, pos);
    if (!ref) break;
    if (rangeNext) ref.rangeEnd = true;
    refs.push(ref);
    end = ref.end;
    // A separator, an optional repeated head, then another number.
    const sep = /^[ \u00a0]*(,|and|or|to|through|until|-|–|—|&)[ \u00a0]*(?:(?:Articles?|Arts?\.?)[ \u00a0]?)?(?=\d)/.exec(s.slice(end, end + 24));
    if (!sep) break;
    rangeNext = /^(to|through|until|-|–|—)$/.test(sep[1]);
    pos = end + sep[0].length;
    if (refs.length >= 40) break;
  }
  return { refs, end };
}

function readOne(s: string, pos: number): CitedRef | null {
  const num = /^\d{1,3}(?!\d|[.,]\d)/.exec(s.slice(pos, pos + 5));
  if (!num) return null;
  const ref: CitedRef = { article: Number(num[0]), start: pos, end: pos + num[0].length };
  let p = ref.end;
  const tail = () => s.slice(p, p + 40);
  let m = /^[ \u00a0]?\((\d{1,2})\)/.exec(tail());
  if (m) { ref.paragraph = Number(m[1]); p += m[0].length; } else {
    // "para. 1", "Abs. 1"; and "No. 1", "Nr. 1", "point 1", as the numbered definitions of Art. 4 are cited.
    m = /^[ \u00a0]*(?:para(?:graph)?\.?|Abs\.|§|[Nn][or]\.?|number|point)[ \u00a0]*(\d{1,2})\b/.exec(tail());
    if (m) { ref.paragraph = Number(m[1]); p += m[0].length; }
  }
  if (ref.paragraph !== undefined) {
    // A sentence of the paragraph, as German texts cite it ("Art. 6 para. 1 S. 1 lit. f", "… p. 1 lit. b",
    // "… sentence 1 lit. a"): it does not change the point that follows.
    m = /^[ \u00a0]*(?:sentence|sent\.|S\.|p\.|phrase)[ \u00a0]*\d{1,2}\b(?=[ \u00a0]*(?:lit\.?|litera|point|letter|\())/.exec(tail());
    if (m) p += m[0].length;
  }
  m = /^[ \u00a0]?\(([a-z])\)/.exec(tail());
  if (m) {
    ref.point = m[1]; p += m[0].length;
    // "(b) and (f)", "(a), (b) or (c)"
    while ((m = /^[ \u00a0]*(?:,|and|or|&|\/)[ \u00a0]*\(([a-z])\)/.exec(tail()))) { (ref.points ??= []).push(m[1]); p += m[0].length; }
  } else {
    // After a paragraph, a comma may come first: "Article 6(1), point (a)" (the Official Journal's own form), "para. 1, lit. f".
    m = (ref.paragraph !== undefined ? /^[ \u00a0]*,?[ \u00a0]*(?:lit\.?|litera|point|letter)[ \u00a0]*\(?([a-z])\b\)?/ : /^[ \u00a0]*(?:lit\.?|litera|point|letter)[ \u00a0]*\(?([a-z])\b\)?/).exec(tail());
    if (m) {
      ref.point = m[1]; p += m[0].length;
      // "lit. b and f GDPR", "lit. a, b": a lone letter, not the article "a" before a word.
      while ((m = /^[ \u00a0]*(?:,|and|or|&)[ \u00a0]*(?:lit\.?[ \u00a0]*)?([a-k])(?![\w'’])(?![ \u00a0]+[a-z])/.exec(tail()))) { (ref.points ??= []).push(m[1]); p += m[0].length; }
      // "lit. b. GDPR": the letter's own abbreviation dot belongs to the citation (a fix that
      // rewrites the citation must not leave it behind: "Art. 6(1)(f). GDPR").
      if (/^\.[ \u00a0]+(?:GDPR|DSGVO|DS-GVO|of\s+the\s+GDPR)\b/.test(tail())) p += 1;
    }
  }
  ref.end = p;
  return ref;
}

/** The article numbers a citation covers, ranges expanded. */
export function citedArticles(c: Citation): number[] {
  const out: number[] = [];
  for (let i = 0; i < c.refs.length; i++) {
    const r = c.refs[i];
    if (r.rangeEnd && i > 0 && r.article > c.refs[i - 1].article && r.article - c.refs[i - 1].article <= 100) {
      for (let a = c.refs[i - 1].article + 1; a <= r.article; a++) out.push(a);
    } else out.push(r.article);
  }
  return out;
}
