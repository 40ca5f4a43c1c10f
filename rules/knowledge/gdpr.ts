// The structure of the GDPR (Regulation (EU) 2016/679) as data: gdpr.json holds
// every article's official title, chapter, paragraphs and points, with its source.
import data from './gdpr.json';

export interface GdprParagraph { number: number; points: string[] }
export interface GdprArticle {
  number: number;
  title: string;
  chapter: number;
  section: string | null;
  paragraphs: GdprParagraph[];
  /** Lettered points of an article whose text is one unnumbered paragraph. */
  points?: string[];
  definitions?: boolean;
}
export interface GdprChapter { number: number; roman: string; title: string; articles: [number, number] }

interface GdprData { source: string; url: string; recitals: number; chapters: GdprChapter[]; articles: GdprArticle[] }

const gdpr = data as unknown as GdprData;

export const GDPR_SOURCE = gdpr.source;
export const GDPR_URL = gdpr.url;
export const RECITAL_COUNT = gdpr.recitals;

export function article(n: number): GdprArticle | undefined {
  return n >= 1 && n <= gdpr.articles.length ? gdpr.articles[n - 1] : undefined;
}

export function chapterOf(n: number): GdprChapter | undefined {
  const a = article(n);
  return a ? gdpr.chapters.find((c) => c.number === a.chapter) : undefined;
}

/** EUR-Lex deep link to an article of the Regulation. */
export function articleUrl(n: number): string {
  return `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679#art_${n}`;
}

export type CitationProblem =
  | { kind: 'article'; article: number }
  | { kind: 'paragraph'; article: number; paragraph: number; count: number }
  | { kind: 'point'; article: number; paragraph: number | null; point: string; points: string[] };

/** What does not exist in a citation Art. a(p)(x), or null when it all exists. */
export function checkExists(a: number, p?: number, x?: string): CitationProblem | null {
  const art = article(a);
  if (!art) return { kind: 'article', article: a };
  if (p === undefined) return null;
  if (art.paragraphs.length === 0) {
    // An unnumbered article: "Art. 16(1)" names a paragraph that does not exist;
    // but lawyers cite an unnumbered article's points as "(a)" directly.
    return { kind: 'paragraph', article: a, paragraph: p, count: 0 };
  }
  const para = art.paragraphs.find((q) => q.number === p);
  if (!para) return { kind: 'paragraph', article: a, paragraph: p, count: art.paragraphs.length };
  if (x === undefined) return null;
  if (!para.points.includes(x)) return { kind: 'point', article: a, paragraph: p, point: x, points: para.points };
  return null;
}

/** A point cited with no paragraph ("Art. 6 lit. f"): a point of some paragraph of the article, or a problem naming the points it has. */
export function checkPointOfAnyParagraph(a: number, xs: string[]): CitationProblem | null {
  const art = article(a);
  if (!art) return { kind: 'article', article: a };
  const points = [...new Set(art.paragraphs.flatMap((q) => q.points))].sort();
  const missing = xs.find((x) => !points.includes(x));
  return missing === undefined ? null : { kind: 'point', article: a, paragraph: null, point: missing, points };
}

export function checkPointOfUnnumbered(a: number, x: string): CitationProblem | null {
  const art = article(a);
  if (!art) return { kind: 'article', article: a };
  const points = art.points ?? [];
  return points.includes(x) ? null : { kind: 'point', article: a, paragraph: null, point: x, points };
}
