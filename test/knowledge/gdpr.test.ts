// Structure of the GDPR, Regulation (EU) 2016/679, as held in rules/knowledge/gdpr.json.
//
// Source checked against: the official English text as published by EUR-Lex,
// OJ L 119, 4.5.2016, p. 1 (https://eur-lex.europa.eu/eli/reg/2016/679/oj),
// read in two public copies of the EUR-Lex document: the OJ XHTML
// "L_2016119EN.01000101.xml" (as stored in github.com/coolharsh55/GDPRtEXT,
// scripts/GDPR_en.html) and a plain-text export of the same EUR-Lex page
// (github.com/eoinmooremath/document_cross_referencer, examples/EU_document.txt);
// titles also compared with the corrected text on gdpr-info.eu. The English
// corrigendum OJ L 127, 23.5.2018, p. 2 changes wording only (recital 71 and
// Articles 37, 41, 42, 43, 57, 64, 65, 69, 70); no paragraph or point is added,
// removed or renumbered, so the counts below hold for the corrected text.
// Every entry in SAMPLE was checked by hand against that text.
// Titles use typographic quotes (’ ‘) throughout, as Article 17 does in the OJ;
// the OJ prints Article 8's "child's" with a plain apostrophe, stored here as ’.
import assert from 'node:assert/strict';
import gdpr from '../../rules/knowledge/gdpr.json';
import subjects from '../../rules/knowledge/gdpr-subjects.json';
import { BASIS_OF_POINT, definitionOf, termsDefinedBy } from '../../rules/shared/citationSubject';

interface Paragraph {
  number: number;
  points: string[];
}
interface Article {
  number: number;
  title: string;
  chapter: number;
  section: string | null;
  paragraphs: Paragraph[];
  points?: string[];
  definitions?: boolean;
}
interface Chapter {
  number: number;
  roman: string;
  title: string;
  articles: [number, number] | number[];
}
interface Gdpr {
  source: string;
  url: string;
  recitals: number;
  chapters: Chapter[];
  articles: Article[];
}

const data = gdpr as unknown as Gdpr;

/** Letters a.. for n points. */
const letters = (s: string): string[] => s.split('');

interface Sample {
  title: string;
  chapter: number;
  section: string | null;
  /** number of numbered paragraphs (0 = a single unnumbered text) */
  paragraphs: number;
  /** lettered points by paragraph number; paragraphs not listed have none */
  points?: Record<number, string>;
  /** lettered points of an unnumbered article */
  articlePoints?: string;
  definitions?: boolean;
}

// Hand-checked against the text of the Regulation (see header).
const SAMPLE: Record<number, Sample> = {
  4: { title: 'Definitions', chapter: 1, section: null, paragraphs: 26, definitions: true, points: { 16: 'ab', 22: 'abc', 23: 'ab' } },
  5: { title: 'Principles relating to processing of personal data', chapter: 2, section: null, paragraphs: 2, points: { 1: 'abcdef' } },
  6: { title: 'Lawfulness of processing', chapter: 2, section: null, paragraphs: 4, points: { 1: 'abcdef', 3: 'ab', 4: 'abcde' } },
  7: { title: 'Conditions for consent', chapter: 2, section: null, paragraphs: 4 },
  8: { title: 'Conditions applicable to child’s consent in relation to information society services', chapter: 2, section: null, paragraphs: 3 },
  9: { title: 'Processing of special categories of personal data', chapter: 2, section: null, paragraphs: 4, points: { 2: 'abcdefghij' } },
  11: { title: 'Processing which does not require identification', chapter: 2, section: null, paragraphs: 2 },
  12: {
    title: 'Transparent information, communication and modalities for the exercise of the rights of the data subject',
    chapter: 3, section: 'Transparency and modalities', paragraphs: 8, points: { 5: 'ab' },
  },
  13: {
    title: 'Information to be provided where personal data are collected from the data subject',
    chapter: 3, section: 'Information and access to personal data', paragraphs: 4, points: { 1: 'abcdef', 2: 'abcdef' },
  },
  14: {
    title: 'Information to be provided where personal data have not been obtained from the data subject',
    chapter: 3, section: 'Information and access to personal data', paragraphs: 5,
    points: { 1: 'abcdef', 2: 'abcdefg', 3: 'abc', 5: 'abcd' },
  },
  15: { title: 'Right of access by the data subject', chapter: 3, section: 'Information and access to personal data', paragraphs: 4, points: { 1: 'abcdefgh' } },
  16: { title: 'Right to rectification', chapter: 3, section: 'Rectification and erasure', paragraphs: 0 },
  17: { title: 'Right to erasure (‘right to be forgotten’)', chapter: 3, section: 'Rectification and erasure', paragraphs: 3, points: { 1: 'abcdef', 3: 'abcde' } },
  19: {
    title: 'Notification obligation regarding rectification or erasure of personal data or restriction of processing',
    chapter: 3, section: 'Rectification and erasure', paragraphs: 0,
  },
  21: { title: 'Right to object', chapter: 3, section: 'Right to object and automated individual decision-making', paragraphs: 6 },
  22: {
    title: 'Automated individual decision-making, including profiling',
    chapter: 3, section: 'Right to object and automated individual decision-making', paragraphs: 4, points: { 2: 'abc' },
  },
  28: { title: 'Processor', chapter: 4, section: 'General obligations', paragraphs: 10, points: { 3: 'abcdefgh' } },
  29: { title: 'Processing under the authority of the controller or processor', chapter: 4, section: 'General obligations', paragraphs: 0 },
  30: { title: 'Records of processing activities', chapter: 4, section: 'General obligations', paragraphs: 5, points: { 1: 'abcdefg', 2: 'abcd' } },
  32: { title: 'Security of processing', chapter: 4, section: 'Security of personal data', paragraphs: 4, points: { 1: 'abcd' } },
  33: { title: 'Notification of a personal data breach to the supervisory authority', chapter: 4, section: 'Security of personal data', paragraphs: 5, points: { 3: 'abcd' } },
  34: { title: 'Communication of a personal data breach to the data subject', chapter: 4, section: 'Security of personal data', paragraphs: 4, points: { 3: 'abc' } },
  37: { title: 'Designation of the data protection officer', chapter: 4, section: 'Data protection officer', paragraphs: 7, points: { 1: 'abc' } },
  44: { title: 'General principle for transfers', chapter: 5, section: null, paragraphs: 0 },
  45: { title: 'Transfers on the basis of an adequacy decision', chapter: 5, section: null, paragraphs: 9, points: { 2: 'abc' } },
  46: { title: 'Transfers subject to appropriate safeguards', chapter: 5, section: null, paragraphs: 5, points: { 2: 'abcdef', 3: 'ab' } },
  49: { title: 'Derogations for specific situations', chapter: 5, section: null, paragraphs: 6, points: { 1: 'abcdefg' } },
  50: { title: 'International cooperation for the protection of personal data', chapter: 5, section: null, paragraphs: 0, articlePoints: 'abcd' },
  // Art. 53(1) lists appointing bodies with indents (dashes), not lettered points.
  53: { title: 'General conditions for the members of the supervisory authority', chapter: 6, section: 'Independent status', paragraphs: 4 },
  // Art. 67 is two unnumbered subparagraphs.
  67: { title: 'Exchange of information', chapter: 7, section: 'Consistency', paragraphs: 0 },
  77: { title: 'Right to lodge a complaint with a supervisory authority', chapter: 8, section: null, paragraphs: 2 },
  83: {
    title: 'General conditions for imposing administrative fines',
    chapter: 8, section: null, paragraphs: 9, points: { 2: 'abcdefghijk', 4: 'abc', 5: 'abcde' },
  },
  94: { title: 'Repeal of Directive 95/46/EC', chapter: 11, section: null, paragraphs: 2 },
  99: { title: 'Entry into force and application', chapter: 11, section: null, paragraphs: 2 },
};

// Articles whose text is a single unnumbered block (no numbered paragraphs).
const UNNUMBERED = [10, 16, 19, 29, 31, 44, 48, 50, 59, 63, 67, 86, 87, 95, 96, 98];

const CHAPTERS: Array<[string, string, number, number]> = [
  ['I', 'General provisions', 1, 4],
  ['II', 'Principles', 5, 11],
  ['III', 'Rights of the data subject', 12, 23],
  ['IV', 'Controller and processor', 24, 43],
  ['V', 'Transfers of personal data to third countries or international organisations', 44, 50],
  ['VI', 'Independent supervisory authorities', 51, 59],
  ['VII', 'Cooperation and consistency', 60, 76],
  ['VIII', 'Remedies, liability and penalties', 77, 84],
  ['IX', 'Provisions relating to specific processing situations', 85, 91],
  ['X', 'Delegated acts and implementing acts', 92, 93],
  ['XI', 'Final provisions', 94, 99],
];

const article = (n: number): Article => {
  const a = data.articles.find((x) => x.number === n);
  assert.ok(a, `Article ${n} missing`);
  return a;
};

describe('knowledge/gdpr.json', () => {
  it('identifies its source and has 173 recitals', () => {
    assert.equal(data.url, 'https://eur-lex.europa.eu/eli/reg/2016/679/oj');
    assert.match(data.source, /Regulation \(EU\) 2016\/679/);
    assert.match(data.source, /OJ L 119, 4\.5\.2016/);
    assert.match(data.source, /OJ L 127, 23\.5\.2018/);
    assert.equal(data.recitals, 173);
  });

  it('has 99 articles numbered 1..99 in order', () => {
    assert.equal(data.articles.length, 99);
    data.articles.forEach((a, i) => assert.equal(a.number, i + 1));
  });

  it('has 11 chapters covering articles 1..99 without gaps or overlaps', () => {
    assert.equal(data.chapters.length, 11);
    let next = 1;
    data.chapters.forEach((c, i) => {
      assert.equal(c.number, i + 1);
      const [roman, title, first, last] = CHAPTERS[i];
      assert.equal(c.roman, roman);
      assert.equal(c.title, title);
      assert.deepEqual(c.articles, [first, last]);
      assert.equal(c.articles[0], next, `chapter ${c.roman} starts at ${c.articles[0]}, expected ${next}`);
      assert.ok(c.articles[1] >= c.articles[0]);
      next = c.articles[1] + 1;
    });
    assert.equal(next, 100);
  });

  it('puts every article in the chapter whose range contains it', () => {
    for (const a of data.articles) {
      const c = data.chapters.find((ch) => a.number >= ch.articles[0] && a.number <= ch.articles[1]);
      assert.ok(c, `Article ${a.number} in no chapter`);
      assert.equal(a.chapter, c.number, `Article ${a.number}`);
    }
  });

  it('gives sections only in chapters III, IV, VI and VII', () => {
    for (const a of data.articles) {
      if ([3, 4, 6, 7].includes(a.chapter)) assert.equal(typeof a.section, 'string', `Article ${a.number}`);
      else assert.equal(a.section, null, `Article ${a.number}`);
    }
    assert.equal(article(18).section, 'Rectification and erasure');
    assert.equal(article(23).section, 'Restrictions');
    assert.equal(article(43).section, 'Codes of conduct and certification');
    assert.equal(article(55).section, 'Competence, tasks and powers');
    assert.equal(article(76).section, 'European data protection board');
  });

  it('numbers paragraphs 1..n and points a, b, c.. without gaps', () => {
    for (const a of data.articles) {
      assert.ok(a.title.length > 0, `Article ${a.number} has no title`);
      assert.ok(!/['"]/.test(a.title), `Article ${a.number} title mixes ASCII quotes`);
      a.paragraphs.forEach((p, i) => {
        assert.equal(p.number, i + 1, `Article ${a.number}`);
        assert.deepEqual(p.points, letters('abcdefghijklmnopqrstuvwxyz'.slice(0, p.points.length)), `Article ${a.number}(${p.number})`);
      });
      if (a.points) {
        assert.equal(a.paragraphs.length, 0, `Article ${a.number} has article-level points and paragraphs`);
        assert.deepEqual(a.points, letters('abcdefghijklmnopqrstuvwxyz'.slice(0, a.points.length)));
      }
    }
  });

  it('lists exactly the articles with a single unnumbered text', () => {
    const unnumbered = data.articles.filter((a) => a.paragraphs.length === 0).map((a) => a.number);
    assert.deepEqual(unnumbered, UNNUMBERED);
    const withArticlePoints = data.articles.filter((a) => a.points).map((a) => a.number);
    assert.deepEqual(withArticlePoints, [50]);
    const defs = data.articles.filter((a) => a.definitions).map((a) => a.number);
    assert.deepEqual(defs, [4]);
  });

  it('has no point (g) in Article 6(1)', () => {
    assert.ok(!article(6).paragraphs[0].points.includes('g'));
  });

  for (const [num, s] of Object.entries(SAMPLE)) {
    const n = Number(num);
    it(`matches the text for Article ${n}`, () => {
      const a = article(n);
      assert.equal(a.title, s.title);
      assert.equal(a.chapter, s.chapter);
      assert.equal(a.section, s.section);
      assert.equal(a.paragraphs.length, s.paragraphs);
      a.paragraphs.forEach((p) => {
        assert.deepEqual(p.points, letters(s.points?.[p.number] ?? ''), `Article ${n}(${p.number})`);
      });
      assert.deepEqual(a.points ?? [], letters(s.articlePoints ?? ''));
      assert.equal(a.definitions ?? false, s.definitions ?? false);
    });
  }

  it('has the longest point lists of the Regulation', () => {
    // Art. 47(2) (a)-(n), Art. 57(1) (a)-(v), Art. 70(1) (a)-(y), Art. 40(2) (a)-(k), Art. 23(1) (a)-(j)
    assert.equal(article(47).paragraphs[1].points.at(-1), 'n');
    assert.equal(article(57).paragraphs[0].points.at(-1), 'v');
    assert.equal(article(70).paragraphs[0].points.at(-1), 'y');
    assert.equal(article(40).paragraphs[1].points.at(-1), 'k');
    assert.equal(article(23).paragraphs[0].points.at(-1), 'j');
    assert.equal(article(58).paragraphs.map((p) => p.points.length).join(','), '6,10,10,0,0,0');
  });
});

// The terms each numbered point of Art. 4 defines, as held in rules/knowledge/gdpr-subjects.json
// ("definitions"), checked by hand against the Official Journal text of Art. 4 (OJ L 119, 4.5.2016,
// p. 33–35): each point puts the term it defines in quotation marks; point (1) also defines
// 'data subject' ("an identified or identifiable natural person ('data subject')").
const DEFINED: Record<number, string> = {
  1: 'personal data', 2: 'processing', 3: 'restriction of processing', 4: 'profiling', 5: 'pseudonymisation',
  6: 'filing system', 7: 'controller', 8: 'processor', 9: 'recipient', 10: 'third party', 11: 'consent',
  12: 'personal data breach', 13: 'genetic data', 14: 'biometric data', 15: 'data concerning health',
  16: 'main establishment', 17: 'representative', 18: 'enterprise', 19: 'group of undertakings',
  20: 'binding corporate rules', 21: 'supervisory authority', 22: 'supervisory authority concerned',
  23: 'cross-border processing', 24: 'relevant and reasoned objection', 25: 'information society service',
  26: 'international organisation',
};

describe('knowledge/gdpr-subjects.json: the defined terms of Article 4', () => {
  it('has one entry for each numbered definition of Article 4, with its source', () => {
    const points = subjects.definitions.points.map((p) => p.point);
    assert.deepEqual(points, Array.from({ length: 26 }, (_, i) => i + 1));
    assert.equal(article(4).paragraphs.length, points.length);
    assert.ok(article(4).definitions);
    assert.match(subjects.definitions.source, /Art\. 4.*\(1\)–\(26\).*OJ L 119.*eur-lex/);
  });

  it('holds the Regulation\'s own term for each point', () => {
    for (const [n, term] of Object.entries(DEFINED)) assert.equal(termsDefinedBy(Number(n))[0], term, `Art. 4(${n})`);
    assert.deepEqual(termsDefinedBy(1), ['personal data', 'data subject']);
    assert.deepEqual(termsDefinedBy(27), []);
  });

  it('reads every term as defined by its own point, and by no other', () => {
    for (const p of subjects.definitions.points) {
      for (const t of p.terms) assert.equal(definitionOf(t)?.point, p.point, t);
    }
  });

  it('reads the usual spellings, and only whole terms', () => {
    assert.equal(definitionOf('data controller')?.point, 7);
    assert.equal(definitionOf('data controller')?.term, 'controller');
    assert.equal(definitionOf('Pseudonymization')?.point, 5);
    assert.equal(definitionOf('health data')?.point, 15);
    assert.equal(definitionOf('data breach')?.point, 12);
    assert.equal(definitionOf('international organization')?.point, 26);
    assert.equal(definitionOf('processing of personal data'), undefined);
    assert.equal(definitionOf('data processing'), undefined);
  });

  it('gives each point of Article 6(1) its lawful basis and a paraphrase of the point for messages', () => {
    assert.deepEqual([...BASIS_OF_POINT.keys()].sort(), article(6).paragraphs[0].points);
    assert.equal(BASIS_OF_POINT.get('a')?.id, 'consent');
    assert.equal(BASIS_OF_POINT.get('f')?.id, 'legitimate-interests');
    for (const s of BASIS_OF_POINT.values()) assert.ok(s.pointText && s.pointText.length > 10, s.id);
  });
});
