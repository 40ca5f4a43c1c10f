// gdpr-article-mismatch: a GDPR citation that does not exist (Art. 100, Art. 6(1)(g)),
// or whose subject does not match what the sentence is about (rights cited as Art. 28),
// including a point of Art. 6(1) cited for the basis its clause states ("… no overriding
// interest …" cited as Art. 6(1)(b)) and a point of Art. 4 cited for a term it does not define.
import { article, articleUrl, checkExists, checkPointOfAnyParagraph, checkPointOfUnnumbered, chapterOf, RECITAL_COUNT, type CitationProblem } from './knowledge/gdpr';
import type { PolicyDocument } from './model/document';
import type { Fix } from './model/types';
import type { Rule, RuleContext } from './rule';
import { citedArticles, findCitations, type Citation, type CitedRef } from './shared/citations';
import { fitting, quoted, withoutAsides } from './shared/message';
import { BASIS_OF_POINT, fitsSubject, namesPoint, SentenceSubjects, subjectMentions, termsDefinedBy, type Subject } from './shared/citationSubject';

/** Subjects naming one specific right; a list of them after "the following rights:" refines the fix. */
const SPECIFIC_RIGHTS = new Set(['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'automated-decisions', 'information']);

export const gdprArticleMismatch: Rule = {
  id: 'gdpr-article-mismatch',
  aliases: ['gdpr-citation'],
  description: 'A GDPR article, paragraph or point that does not exist, or whose subject does not match the sentence',
  tags: ['gdpr', 'citations'],
  defaultSeverity: 'error',
  check(ctx) {
    for (const c of findCitations(ctx.doc, ctx.options)) {
      if (c.instrument !== 'gdpr') continue;
      if (c.kind === 'recital') checkRecital(ctx, c);
      else if (!checkExistence(ctx, c)) checkSubject(ctx, c);
    }
  },
};

function checkRecital(ctx: RuleContext, c: Citation): void {
  for (const r of c.refs) {
    if (r.article >= 1 && r.article <= RECITAL_COUNT) continue;
    report(ctx, r === c.refs[0] ? c.start : r.start, r.end, `Recital ${r.article} of the GDPR does not exist: the Regulation has Recitals 1–${RECITAL_COUNT}.`, 'GDPR, Recitals 1–173', [],
      'Check which recital was meant; no fix is offered.');
  }
}

/** Reports citations of articles, paragraphs or points that do not exist. True when any was reported. */
function checkExistence(ctx: RuleContext, c: Citation): boolean {
  let found = false;
  for (const r of c.refs) {
    const art = article(r.article);
    let problem: CitationProblem | null;
    if (!art) problem = { kind: 'article', article: r.article };
    else if (r.paragraph !== undefined) problem = [r.point, ...(r.points ?? [])].map((x) => checkExists(r.article, r.paragraph, x)).find((x) => x) ?? null;
    else if (r.point !== undefined && art.paragraphs.length === 0) problem = checkPointOfUnnumbered(r.article, r.point);
    // A point with no paragraph ("Art. 6 lit. f", "Article 1(b)"): it must be a point of one of the article's paragraphs.
    else if (r.point !== undefined) problem = checkPointOfAnyParagraph(r.article, [r.point, ...(r.points ?? [])]);
    else problem = null;
    if (!problem) continue;
    found = true;
    // The first reference carries the head word ("Article 100"); later ones are just numbers.
    const from = r === c.refs[0] ? c.start : r.start;
    // Replacing a whole citation is sound only when it cites one provision; a guess at the
    // article meant is offered, but never applied without a person (not safe, not preferred).
    const guess = c.refs.length === 1 ? subjectFix(ctx.doc, c, subjectOf(ctx.doc, c) ?? onlySubject(ctx.doc, c), from, r.end) : undefined;
    const fix = guess && { ...guess, title: `${guess.title} (the article this sentence is about)`, safe: false, preferred: false };
    const detail = fix
      ? 'The fix offers the provision this sentence is about as a guess: check it before applying it.'
      : 'No automatic fix: check which provision was meant.';
    report(ctx, from, r.end, describe(problem), sourceOf(problem.article), fix ? [fix] : [], detail);
  }
  return found;
}

function describe(p: CitationProblem): string {
  switch (p.kind) {
    case 'article':
      return `GDPR Article ${p.article} does not exist: the Regulation has Articles 1–99.`;
    case 'paragraph': {
      const has = article(p.article)!.definitions
        ? `has ${p.count} numbered definitions, (1)–(${p.count}); there is no (${p.paragraph}).`
        : p.count === 0
          ? `has no numbered paragraphs; there is no paragraph ${p.paragraph}.`
          : `has ${p.count} paragraph${p.count === 1 ? '' : 's'}; there is no paragraph ${p.paragraph}.`;
      return fitting(`GDPR Article ${p.article} (“${article(p.article)!.title}”) ${has}`, `GDPR Article ${p.article} ${has}`);
    }
    case 'point': {
      const where = p.paragraph === null ? `Article ${p.article}` : `Article ${p.article}(${p.paragraph})`;
      const has = p.points.length ? `has points (${p.points[0]})–(${p.points[p.points.length - 1]})` : 'has no lettered points';
      return `GDPR ${where} ${has}; there is no point (${p.point}).`;
    }
  }
}

/** One analysis per sentence, shared by all its citations. */
function sentenceSubjects(doc: PolicyDocument, c: Citation): SentenceSubjects {
  const cache = doc.memo('citationSubjects', () => new Map<number, SentenceSubjects>());
  let subjects = cache.get(c.sentence.start);
  if (!subjects) cache.set(c.sentence.start, (subjects = new SentenceSubjects(doc.slice(c.sentence.start, c.sentence.end))));
  return subjects;
}

function subjectOf(doc: PolicyDocument, c: Citation): Subject | undefined {
  return sentenceSubjects(doc, c).bind(c.start - c.sentence.start, c.end - c.sentence.start)?.subject;
}

/** For a guess at a provision that does not exist: the one subject the sentence names, if only one. */
function onlySubject(doc: PolicyDocument, c: Citation): Subject | undefined {
  const ids = sentenceSubjects(doc, c).distinct();
  return ids.length === 1 ? ids[0] : undefined;
}

/** A citation inside a quotation of the law ("… pursuant to Article 89(1) …") is the law's own wording. */
function insideQuotation(doc: PolicyDocument, c: Citation): boolean {
  // A bounded look either side: a sentence of many citations is not rescanned for each.
  const from = Math.max(c.sentence.start, c.start - 400);
  const sentence = doc.slice(from, Math.min(c.sentence.end, c.end + 400));
  const at = c.start - from;
  const open = Math.max(sentence.lastIndexOf('“', at), sentence.lastIndexOf('"', at));
  if (open < 0) return false;
  const close = sentence.slice(c.end - from).search(/[”"]/);
  // A quoted passage, not a quoted name ("GDPR"): several words on each side of the citation.
  return close >= 0 && at - open + close > 40;
}

function checkSubject(ctx: RuleContext, c: Citation): void {
  if (insideQuotation(ctx.doc, c)) return;
  const subject = subjectOf(ctx.doc, c);
  if (subject && checkBoundSubject(ctx, c, subject)) return;
  if (checkDefinition(ctx, c)) return;
  // A basis bound by the nearest words has been checked against the point already.
  if (!subject?.basis) checkBasis(ctx, c);
}

/** The citation against the subject its nearest words bind it to. True when reported. */
function checkBoundSubject(ctx: RuleContext, c: Citation, subject: Subject): boolean {
  const refs = expandRanges(c);
  if (fitsSubject(subject, refs)) return false;
  // Positive evidence only: where anything else the sentence speaks of is what the cited provision
  // deals with ("Restriction of processing, where legal obligations forbid deletion (Art. 18)"),
  // the citation may be cited for that, and the binding is not certain enough to call it wrong.
  if (sentenceSubjects(ctx.doc, c).distinct().some((s) => s !== subject && fitsSubject(s, refs))) return false;
  const cited = citedArticles(c);
  const first = article(cited[0])!;
  const chapter = chapterOf(first.number);
  const numbers = cited.length === 1 ? `Article ${label(c.refs[0])} GDPR` : `Articles ${c.refs.map((r) => r.article).join(', ')} GDPR`;
  const name = cited.length === 1 ? `${numbers} is “${first.title}”` : `${numbers} are “${cited.map((a) => article(a)?.title).filter(Boolean).join('”, “')}”`;
  const fix = subjectFix(ctx.doc, c, subject, c.start, c.end);
  const says = withoutAsides(subject.says);
  const message = fitting(`${name}; ${says}.`, `${numbers} ${cited.length === 1 ? 'does' : 'do'} not deal with this; ${says}.`);
  const detail = `${cited.length === 1 ? `Article ${first.number}` : numbers} is in Chapter ${chapter?.roman} (${chapter?.title}), and this sentence cites it for something it does not deal with: ${subject.says}.`
    + (fix ? ` The fix replaces the citation with ${fix.edits[0].newText}.` : ' No fix is offered: check which provision was meant.');
  report(ctx, c.start, c.end, message, `GDPR Art. ${first.number} (${articleUrl(first.number)})`, fix ? [fix] : [], detail);
  return true;
}

/**
 * A numbered point of Art. 4 cited for a term it does not define ("'processing' … Art. 4 No. 1":
 * point (1) defines 'personal data', 'processing' is point (2)). Art. 4 cited without a point, or a
 * point not bound to a term, fits every subject. True when reported.
 */
function checkDefinition(ctx: RuleContext, c: Citation): boolean {
  if (c.refs.length !== 1) return false;
  const r = c.refs[0];
  if (r.article !== 4 || r.paragraph === undefined || !article(4)?.definitions) return false;
  const term = sentenceSubjects(ctx.doc, c).definedTermOf(c.start - c.sentence.start, c.end - c.sentence.start);
  if (!term || term.point === r.paragraph) return false;
  const defines = termsDefinedBy(r.paragraph);
  if (!defines.length) return false;
  const message = fitting(
    `Article 4(${r.paragraph}) GDPR defines ${defines.map((t) => `“${t}”`).join(' and ')}; “${term.term}” is defined in Article 4(${term.point}).`,
    `“${term.term}” is defined in Article 4(${term.point}) GDPR, not in Article 4(${r.paragraph}).`);
  // The number alone is replaced, in the author's own form ("No. 1" → "No. 2", "(1)" → "(2)"); a
  // point after it ("4(22)(a)") would not belong to the new number, so no fix is offered then.
  const fix = r.point === undefined ? lastPartFix(ctx, c, r, /(\d{1,2})\)?$/, String(term.point)) : undefined;
  const detail = `Article 4 GDPR (“Definitions”) defines each term in a numbered point; this sentence cites point (${r.paragraph}) for “${term.term}”, which is point (${term.point}).`
    + (fix ? ' The fix replaces the number only.' : ' No fix is offered: the point cited after the number would not belong to the new one.');
  report(ctx, c.start, c.end, message, `GDPR Art. 4(${r.paragraph}) and 4(${term.point}) (${articleUrl(4)})`, fix ? [fix] : [], detail);
  return true;
}

/**
 * A point of Art. 6(1) cited in a clause that states another lawful basis, when nothing nearer binds
 * it: "… necessary for legal claims pursuant to Art. 6(1)(b) and there is no reason to assume that you
 * have an overriding interest …" weighs interests, which is Art. 6(1)(f).
 */
function checkBasis(ctx: RuleContext, c: Citation): void {
  if (c.refs.length !== 1) return;
  const r = c.refs[0];
  if (r.article !== 6 || r.paragraph !== 1 || r.point === undefined) return;
  const subjects = sentenceSubjects(ctx.doc, c);
  const b = subjects.basisOf(c.start - c.sentence.start, c.end - c.sentence.start);
  const bound = b?.subject.basisPoint;
  if (!b || !bound) return;
  const cited = [r.point, ...(r.points ?? [])];
  // A point the basis itself may be cited as (a legal obligation laid down for a public task, Art. 6(3)).
  if (cited.includes(bound) || cited.some((p) => namesPoint(b.subject, 6, 1, p))) return;
  // Whatever else the sentence speaks of that the cited point deals with itself (objecting to processing
  // under Art. 6(1)(e), "consent" for point (a)) may be what it is cited for.
  if (subjects.distinct().some((s) => s !== b.subject && cited.some((p) => namesPoint(s, 6, 1, p)))) return;
  const is = cited.map((p) => `Article 6(1)(${p}) GDPR is ${BASIS_OF_POINT.get(p)?.pointText ?? `point (${p})`}`).join(', and ');
  const phrase = ctx.doc.slice(c.sentence.start + b.start, c.sentence.start + b.end);
  const states = b.kind === 'condition' ? `weighs the processing against the person’s interests (“${phrase}”)` : `states the purpose “${phrase}”`;
  const fix = cited.length === 1 ? lastPartFix(ctx, c, r, /([a-f])\)?\.?$/, bound) : undefined;
  const points = `Article 6(1)(${cited.join(', ')}) GDPR`;
  const says = withoutAsides(b.subject.says);
  const clause = b.kind === 'condition' ? 'this clause weighs interests' : `this clause states ${quoted(phrase, 36)}`;
  const message = fitting(`${points} does not fit: ${clause}, and ${says}.`, `${points} does not fit this clause: ${says}.`);
  const detail = `${is}; this clause ${states}, and ${b.subject.says}.${fix ? ' The fix replaces the letter only.' : ''}`;
  report(ctx, c.start, c.end, message, `GDPR Art. 6(1)(${cited.join(', ')}) and 6(1)(${bound}) (${articleUrl(6)})`, fix ? [fix] : [], detail);
}

/**
 * A fix that replaces only the last number or letter of a reference (group 1 of `last`, matched at
 * the reference's end), in the author's own form: "No. 1" → "No. 2", "lit.b" → "lit.f". Offered, not safe.
 */
function lastPartFix(ctx: RuleContext, c: Citation, r: CitedRef, last: RegExp, value: string): Fix | undefined {
  const m = last.exec(ctx.doc.slice(r.start, r.end));
  if (!m) return undefined;
  const at = r.start + m.index;
  const end = at + m[1].length;
  const replaced = ctx.doc.slice(c.start, at) + value + ctx.doc.slice(end, c.end);
  return { title: `Replace with ${replaced}`, edits: [{ start: ctx.doc.srcStart(at), end: ctx.doc.srcEnd(end), newText: value }], safe: false, preferred: true };
}

/** "6(1)(f)" for a reference. */
function label(r: CitedRef): string {
  return `${r.article}${r.paragraph !== undefined ? `(${r.paragraph})` : ''}${r.point ? `(${r.point})` : ''}`;
}

/** The references of a citation with ranges ("Articles 15 to 22") spelled out. */
function expandRanges(c: Citation): Array<Pick<CitedRef, 'article' | 'paragraph' | 'point' | 'points'>> {
  const out: Array<Pick<CitedRef, 'article' | 'paragraph' | 'point' | 'points'>> = [...c.refs];
  for (const a of citedArticles(c)) if (!c.refs.some((r) => r.article === a)) out.push({ article: a });
  return out;
}

/**
 * The citation of the provision the subject is about. Safe (applied without a person) only
 * where the text leaves no doubt: one article, no paragraph or point, cited either for one
 * specific right (replaced by that right's one article) or for rights in general over a list
 * naming them (replaced by the listed rights' range).
 */
function subjectFix(doc: PolicyDocument, c: Citation, subject: Subject | undefined, start: number, end: number): Fix | undefined {
  // A subject with no one provision to cite (the data collected, storage) gets no replacement.
  if (!subject || !subject.cite.length) return undefined;
  let cite = subject.cite;
  const listed = subject.id === 'rights' ? listedRights(doc, c) : undefined;
  if (listed) cite = listed.map(String);
  const abbreviated = /^Arts?\./.test(doc.slice(c.start, c.end));
  const newText = formatCitation(cite, abbreviated);
  const r = c.refs[0];
  const safe = c.refs.length === 1 && r.paragraph === undefined && r.point === undefined && (!!listed || (SPECIFIC_RIGHTS.has(subject.id) && cite.length === 1));
  return { title: `Replace with ${newText}`, edits: [{ start: doc.srcStart(start), end: doc.srcEnd(end), newText }], safe, preferred: true };
}

/** The articles of the specific rights listed right after the citation's block ("These consist of: 1. The right of access …"). */
function listedRights(doc: PolicyDocument, c: Citation): number[] | undefined {
  const sentence = doc.sentenceAt(c.start);
  if (!sentence) return undefined;
  const block = doc.blocks[sentence.block];
  const next = doc.blocks[block.index + 1];
  if (!next || next.kind !== 'listItem' || !next.list) return undefined;
  const arts = new Set<number>();
  for (let i = next.index; i < doc.blocks.length && doc.blocks[i].list?.id === next.list.id; i++) {
    for (const m of subjectMentions(doc.blockText(doc.blocks[i]))) if (SPECIFIC_RIGHTS.has(m.subject.id)) m.subject.cite.forEach((a) => arts.add(Number(a)));
    // "The right to be informed" / "The right of access" are list items, phrased without "right to" sometimes.
    const item = doc.blockText(doc.blocks[i]).toLowerCase();
    if (/\b(?:be\s+)?informed\b/.test(item)) { arts.add(13); arts.add(14); }
    if (/\baccess\b/.test(item)) arts.add(15);
    if (/\brectif/.test(item)) arts.add(16);
    if (/\berasure\b|\bforgotten\b/.test(item)) arts.add(17);
    if (/\brestrict/.test(item)) arts.add(18);
    if (/\bportability\b/.test(item)) arts.add(20);
    if (/\bobject\b/.test(item)) arts.add(21);
    if (/\bautomated\b/.test(item)) arts.add(22);
  }
  if (arts.size < 2) return undefined;
  const sorted = [...arts].sort((a, b) => a - b);
  return [sorted[0], sorted[sorted.length - 1]];
}

/** [12, 23] → "Articles 12–23"; [15] → "Article 15"; ["6(1)(f)"] → "Article 6(1)(f)". */
export function formatCitation(cite: Array<string | number>, abbreviated = false): string {
  const one = abbreviated ? 'Art.' : 'Article';
  const many = abbreviated ? 'Arts.' : 'Articles';
  if (cite.length === 1) return `${one} ${cite[0]}`;
  if (cite.length === 2) return `${many} ${cite[0]}–${cite[1]}`;
  return `${many} ${cite.slice(0, -1).join(', ')} and ${cite[cite.length - 1]}`;
}

function sourceOf(n: number): string {
  return article(n) ? `GDPR Art. ${n} (${articleUrl(n)})` : 'GDPR, Articles 1–99 (https://eur-lex.europa.eu/eli/reg/2016/679/oj)';
}

function report(ctx: RuleContext, start: number, end: number, message: string, source: string, fixes: Fix[] = [], detail?: string): void {
  ctx.report({ start: ctx.doc.srcStart(start), end: ctx.doc.srcEnd(end), message, detail, source, fixes });
}
