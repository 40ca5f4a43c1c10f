// gdpr-article-mismatch: a GDPR citation that does not exist (Art. 100, Art. 6(1)(g)),
// or whose subject does not match what the sentence is about (rights cited as Art. 28).
import topicsData from './knowledge/gdpr-topics.json';
import { article, articleUrl, checkExists, checkPointOfUnnumbered, chapterOf, RECITAL_COUNT, type CitationProblem } from './knowledge/gdpr';
import type { PolicyDocument } from './model/document';
import type { Fix } from './model/types';
import type { Rule, RuleContext } from './rule';
import { citedArticles, findCitations, type Citation } from './shared/citations';

interface Topic { id: string; says: string; cite: number[]; articles: number[]; patterns: RegExp[] }

const TOPICS: Topic[] = topicsData.topics.map((t) => ({ ...t, patterns: t.patterns.map((p) => new RegExp(p, 'i')) }));
const ALWAYS = new Set<number>(topicsData.alwaysRelevant);
const LEGAL_BASES = topicsData.legalBases;
/** Topics naming one specific right; a list of them after "the following rights:" refines the fix. */
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
    report(ctx, r === c.refs[0] ? c.start : r.start, r.end, `Recital ${r.article} of the GDPR does not exist: the Regulation has Recitals 1–${RECITAL_COUNT}.`, 'GDPR, Recitals 1–173');
  }
}

/** Reports citations of articles, paragraphs or points that do not exist. True when any was reported. */
function checkExistence(ctx: RuleContext, c: Citation): boolean {
  let found = false;
  for (const r of c.refs) {
    const art = article(r.article);
    let problem: CitationProblem | null;
    if (!art) problem = { kind: 'article', article: r.article };
    else if (r.paragraph !== undefined) problem = checkExists(r.article, r.paragraph, r.point);
    else if (r.point !== undefined && art.paragraphs.length === 0) problem = checkPointOfUnnumbered(r.article, r.point);
    else problem = null;
    if (!problem) continue;
    found = true;
    // The first reference carries the head word ("Article 100"); later ones are just numbers.
    const from = r === c.refs[0] ? c.start : r.start;
    // Replacing a whole citation is sound only when it cites one provision; a guess at the
    // article meant is offered, but never applied without a person (not safe, not preferred).
    const guess = c.refs.length === 1 ? topicFix(ctx.doc, c, from, r.end) : undefined;
    const fix = guess && { ...guess, title: `${guess.title} (the article this sentence is about)`, safe: false, preferred: false };
    report(ctx, from, r.end, describe(problem) + (fix ? '' : ' No automatic fix: check which provision was meant.'), sourceOf(problem.article), fix ? [fix] : []);
  }
  return found;
}

function describe(p: CitationProblem): string {
  switch (p.kind) {
    case 'article':
      return `GDPR Article ${p.article} does not exist: the Regulation has Articles 1–99.`;
    case 'paragraph':
      return p.count === 0
        ? `GDPR Article ${p.article} (“${article(p.article)!.title}”) has no numbered paragraphs; there is no paragraph ${p.paragraph}.`
        : `GDPR Article ${p.article} (“${article(p.article)!.title}”) has ${p.count} paragraph${p.count === 1 ? '' : 's'}; there is no paragraph ${p.paragraph}.`;
    case 'point': {
      const where = p.paragraph === null ? `Article ${p.article}` : `Article ${p.article}(${p.paragraph})`;
      const has = p.points.length ? `has points (${p.points[0]})–(${p.points[p.points.length - 1]})` : 'has no lettered points';
      return `GDPR ${where} ${has}; there is no point (${p.point}).`;
    }
  }
}

function topicsOf(text: string): Topic[] {
  return TOPICS.filter((t) => t.patterns.some((p) => p.test(text)));
}

function checkSubject(ctx: RuleContext, c: Citation): void {
  const text = ctx.doc.slice(c.sentence.start, c.sentence.end);
  const topics = topicsOf(text);
  if (!topics.length) return;
  const cited = citedArticles(c);
  const allowed = new Set<number>([...ALWAYS, ...topics.flatMap((t) => t.articles)]);
  // A legal basis may be cited for any processing purpose, but not for a topic with articles of its own.
  if (!topics.some((t) => LEGAL_BASES.notFor.includes(t.id))) LEGAL_BASES.articles.forEach((a) => allowed.add(a));
  // A citation is fine when any article it names fits the sentence's topic.
  if (cited.some((a) => allowed.has(a))) return;
  const first = article(cited[0])!;
  const chapter = chapterOf(first.number);
  const name = cited.length === 1 ? `Article ${first.number} GDPR is “${first.title}”` : `Articles ${c.refs.map((r) => r.article).join(', ')} GDPR are “${cited.map((a) => article(a)?.title).filter(Boolean).join('”, “')}”`;
  const says = topics.map((t) => t.says).join('; ');
  const fix = topicFix(ctx.doc, c, c.start, c.end);
  report(ctx, c.start, c.end, `${name} (Chapter ${chapter?.roman}); ${says}.`, `GDPR Art. ${first.number} (${articleUrl(first.number)})`, fix ? [fix] : []);
}

/**
 * The citation that matches the sentence's topic, when there is exactly one topic
 * (or a rights sentence followed by a list of specific rights).
 */
function topicFix(doc: PolicyDocument, c: Citation, start: number, end: number): Fix | undefined {
  const text = doc.slice(c.sentence.start, c.sentence.end);
  const topics = topicsOf(text).filter((t) => t.id !== 'consent' || topicsOf(text).length === 1);
  let cite: number[] | undefined;
  if (topics.length === 1) cite = topics[0].cite;
  const listed = topics.some((t) => t.id === 'rights') ? listedRights(doc, c) : undefined;
  if (listed) cite = listed;
  else if (topics.length === 1 && topics[0].id === 'rights') cite = topics[0].cite;
  if (!cite) return undefined;
  const abbreviated = /^Arts?\./.test(doc.slice(c.start, c.end));
  const newText = formatCitation(cite, abbreviated);
  return { title: `Replace with ${newText}`, edits: [{ start: doc.srcStart(start), end: doc.srcEnd(end), newText }], safe: true, preferred: true };
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
    for (const t of topicsOf(doc.blockText(doc.blocks[i]))) if (SPECIFIC_RIGHTS.has(t.id)) t.cite.forEach((a) => arts.add(a));
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

/** [12, 23] → "Articles 12–23"; [15] → "Article 15"; [33, 34] → "Articles 33–34". */
export function formatCitation(cite: number[], abbreviated = false): string {
  const one = abbreviated ? 'Art.' : 'Article';
  const many = abbreviated ? 'Arts.' : 'Articles';
  if (cite.length === 1) return `${one} ${cite[0]}`;
  if (cite.length === 2) return `${many} ${cite[0]}–${cite[1]}`;
  return `${many} ${cite.slice(0, -1).join(', ')} and ${cite[cite.length - 1]}`;
}

function sourceOf(n: number): string {
  return article(n) ? `GDPR Art. ${n} (${articleUrl(n)})` : 'GDPR, Articles 1–99 (https://eur-lex.europa.eu/eli/reg/2016/679/oj)';
}

function report(ctx: RuleContext, start: number, end: number, message: string, source: string, fixes: Fix[] = []): void {
  ctx.report({ start: ctx.doc.srcStart(start), end: ctx.doc.srcEnd(end), message, source, fixes });
}
