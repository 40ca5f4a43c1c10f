// policy-date-stale: the policy's own "Last updated / modified / revised / effective" date is
// older than policyLint.maxPolicyAgeMonths (default 24) before today; or a policy gives no
// such date at all. Information: an old date is a prompt to review, not a breach by itself.
// GDPR Art. 12(1), Art. 13(3) / 14(4); WP29 guidelines on transparency (WP260 rev.01).
//
// Labels are found by one alternation per block; a date is read only where a label ends
// (sticky expressions with bounded repetition), and the context checks run on bounded
// windows, so the rule is linear in the size of the document.
import data from './knowledge/policy-date-stale.json';
import { isPolicyTitle, type PolicyDocument } from './model/document';
import type { Block, Fix, RelatedLocation } from './model/types';
import type { ResolvedOptions, Rule, RuleContext } from './rule';
import { fitting, quoted } from './shared/message';
import { isGdprPolicy, isUkPolicy, looksLikePolicy } from './shared/policyFacts';
import { documentStyle, escapeHtml } from './shared/style';

const cite = (id: string): string => data.sources.find((s) => s.id === id)!.cite;
const SOURCE = `${cite('gdpr-art-12-1')}: transparent, easily accessible information; ${cite('gdpr-art-13-3-14-4')}: information before processing for a new purpose; ${cite('wp260')}, on telling data subjects about changes`;

const W = '[ \\t\\u00a0]+';
/** The month names and their abbreviations, as every date form here reads them. */
const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
/** A full date right after "Version" (see LABEL). */
const VERSION_DATE = `${W}(?:(?:from|dated)${W})?(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}(?![\\d.])|(?:19|20)\\d{2}-\\d{2}-\\d{2}(?!\\d)|\\d{1,2}(?:st|nd|rd|th)?\\.?${W}(?:${MONTH_NAMES})\\.?,?${W}(?:19|20)\\d{2}|(?:${MONTH_NAMES})\\.?${W}\\d{1,2}(?:st|nd|rd|th)?,?${W}(?:19|20)\\d{2})`;
/** The words that introduce a policy's own date. Group 1: "last …", "… date" (strong labels). */
const LABEL = new RegExp('\\b(?:(' +
  `(?:last|latest|most${W}recently)${W}(?:updated|modified|revised|reviewed|amended|changed|edited)` +
  `|(?:last|latest)${W}(?:update|revision|modification|review|amendment|change|edit)` +
  // "This version of our privacy statement took effect April 4th, 2022."
  `|(?:took|takes|take)${W}effect|came${W}into${W}(?:effect|force)|in${W}(?:effect|force)${W}(?:since|from|as${W}of)` +
  `|date${W}(?:of${W})?(?:(?:the${W})?last${W})?(?:update|revision|modification|review|amendment)` +
  `|(?:update|revision|modification|review)${W}date` +
  `|date${W}(?:last${W})?(?:updated|modified|revised|reviewed)` +
  `|effective${W}date|date${W}effective` +
  // Group 2, validity: "This data protection declaration is valid as of November 2021", "This notice applies from …",
  // "correct as at 1 March 2021", "As at 1 March 2021", "As of: April 2026" (the German "gültig ab" and "Stand", the British "as at").
  `)|(valid${W}(?:as${W}(?:of|from|at)|from|since)` +
  `|(?:applies|apply|applicable)${W}(?:from|as${W}(?:of|from)|since)` +
  `|(?:correct|accurate|current)${W}as${W}(?:of|at)|as${W}(?:at|of)` +
  // "Status: 12 June 2023" (German "Stand"): a weak label, like "updated", that needs the block to be about the policy.
  // "This Privacy Policy is dated 6 August 2026"; "Version: May 2018" (only with its colon, and only a date that
  // cannot be a version number: see NOT_AFTER_VERSION and readDate). "This document was generated on 28 September
  // 2018" (a generator's footer), "This policy was created on …", "Issued: March 23, 2022": weak too, the policy must be the subject.
  // "Version 07.07.2026", "Version 1 March 2021": without a colon, only before a full date (day, month and a
  // four-digit year), which no version number looks like.
  ')|updated|modified|revised|reviewed|amended|effective|status|dated|issued|generated|created|version(?=[ \\t\\u00a0]{0,3}:|' + VERSION_DATE + '))\\b', 'gi');
/** "We last updated this privacy notice on …": the object names the policy. */
const OBJECT = new RegExp(`${W}(?:this|our|the)${W}(?:(?:privacy|cookies?|data${W}protection|website|online)${W})?(?:policy|notice|statement|declaration)\\b`, 'iy');
/** "Status of this privacy policy", "Date of last revision of our notice": the label names the policy after "of". */
const OF_OBJECT = new RegExp(`${W}of${W}(?:this|our|the)${W}(?:(?:privacy|cookies?|data${W}protection|website|online)${W})?(?:policy|notice|statement|declaration)\\b`, 'iy');
/** Between a label and its date: "Revised: ", "last updated on the ", "effective as of ". */
const SEPARATOR = new RegExp(`(?:[ \\t\\u00a0]|[:\\-–—,|*_(]){0,8}(?:(?:on|as${W}of|as${W}from|with${W}effect${W}from|from|in|at|since|dated)(?:[ \\t\\u00a0]|:){1,4})?(?:the${W})?`, 'iy');

const WEEKDAY = `(?:(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?,?${W})?`;
const MONTH = `(?<mon>${MONTH_NAMES})`;
/** Every form, sticky at the end of a label. The `d` flag gives each part's position, for the fix. */
const FORMS: Array<{ kind: Kind; re: RegExp }> = [
  // 25th January 2019 · 1 March 2021 · Monday, 1st of March, 2021 · 25-Jan-2019
  { kind: 'dmy-name', re: new RegExp(`${WEEKDAY}(?<d>\\d{1,2})(?<suf>st|nd|rd|th)?\\.?(?:${W}of)?(?:[ \\t\\u00a0]|-){1,3}${MONTH}\\.?,?(?:[ \\t\\u00a0]|-){1,3}(?<y>\\d{4})(?!\\d)`, 'iyd') },
  // November 8, 2022 · Nov. 8th 2022
  { kind: 'mdy-name', re: new RegExp(`${WEEKDAY}${MONTH}\\.?${W}(?<d>\\d{1,2})(?<suf>st|nd|rd|th)?,?${W}(?<y>\\d{4})(?!\\d)`, 'iyd') },
  // 2024 September 21
  { kind: 'ymd-name', re: new RegExp(`(?<y>\\d{4})${W}${MONTH}\\.?${W}(?<d>\\d{1,2})(?<suf>st|nd|rd|th)?(?!\\d)`, 'iyd') },
  // 2019-01-25 · 2019/01/25
  { kind: 'iso', re: /(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?!\d)/yd },
  // 18/05/2018 · 05.08.19 · 5-8-2019
  { kind: 'numeric', re: /(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?!\d)/yd },
  // 05/2019 · 3/2021 · 06.2020 · 12-2019: a month and a year in figures, only after a label (a version,
  // a form or a phone number has the same shape); not followed by more figures ("05-2019-4411", "1.2019.3").
  { kind: 'month-numeric', re: /(?<m>0?[1-9]|1[0-2])(?<sep>[/.-])(?<y>(?:19|20)\d{2})(?![-/.]?\d)/yd },
  // March 2021
  { kind: 'month', re: new RegExp(`${MONTH}\\.?,?${W}(?<y>\\d{4})(?!\\d)`, 'iyd') },
  // 2021
  { kind: 'year', re: /(?<y>(?:19|20)\d{2})(?=[ \t\u00a0]*(?:$|[.;,)\]|\r\n]))/yd },
];
type Kind = 'dmy-name' | 'mdy-name' | 'ymd-name' | 'iso' | 'numeric' | 'month-numeric' | 'month' | 'year';
/** The forms that need a label before them: read in a date standing alone, they could be anything. */
const LABEL_ONLY: ReadonlySet<Kind> = new Set(['month-numeric']);
/**
 * After "Version:", only the forms a version number cannot take are read: not a bare year ("Version: 2019"),
 * a month and year in figures ("Version: 05.2019"), nor (in readDate) figures with a two-digit year ("Version: 1.10.19").
 */
const NOT_AFTER_VERSION: ReadonlySet<Kind> = new Set(['year', 'month-numeric']);

/** Any date, for "does the title carry a date?" (no label needed there). */
const ANY_DATE = new RegExp([
  `\\b\\d{1,2}(?:st|nd|rd|th)?(?:${W}of)?${W}(?:${MONTH_NAMES})\\.?,?${W}\\d{4}\\b`,
  `\\b(?:${MONTH_NAMES})\\.?${W}\\d{1,2}(?:st|nd|rd|th)?,?${W}\\d{4}\\b`,
  `\\b(?:${MONTH_NAMES})\\.?,?${W}\\d{4}\\b`,
  // Also the date of a timestamp ("2018-05-23T19:48:26+01:00").
  '\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)',
  `\\b\\d{4}${W}(?:${MONTH_NAMES})\\.?${W}\\d{1,2}\\b`,
  '\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b',
].join('|'), 'i');

/** A pictograph that decorates a label ("🗓 Effective Date:", "📅 Last updated", "⚡ Updated"): emoji (as surrogate pairs), dingbats, variation selector, joiner. */
const PICTOGRAPH = String.raw`\uD83C[\uDC00-\uDFFF]|\uD83D[\uDC00-\uDEFF]|\uD83E[\uDD00-\uDEFF]|[\u2190-\u21FF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]`;
/** What may stand before a label at the start of a block or sentence: nothing, a bullet or status dot ("● Last updated …"), a pictograph, "Privacy Policy –", "Version 2.1,". */
const BLOCK_PREFIX = new RegExp(`^(?:[\\s(\\[*_>|#•●○◦▪▫■□‣·–—-]|${PICTOGRAPH})*(?:(?:this|our|the)${W})?(?:(?:[^\\s:;,.()]+${W}){0,3}(?:policy|notice|statement|declaration|page|document|terms))?[\\s,:;|()\\[\\]*_–—-]*(?:(?:version|v\\.?)[ \\t\\u00a0]*:?[ \\t\\u00a0]*[\\w.]{1,10}[\\s,:;|()\\[\\]–—-]*)?$`, 'i');
/** "Page created October 21st 2025, last updated …": the page's own dates, the last one after its creation. */
const PAGE_CREATED = new RegExp(`^[\\s*_(]*(?:(?:this|the)${W})?(?:page|document|policy|notice|statement)${W}(?:created|published|written|issued)\\b[^.;]{0,60},[ \\t\\u00a0]*(?:and${W})?$`, 'i');
/** "This privacy notice was", "Our Privacy Policy is": the sentence is about the policy. */
const POLICY_SUBJECT = new RegExp(`\\b(?:this|our|the${W}(?:present|current))${W}(?:[\\w-]+${W}){0,3}?(?:policy|notice|statement|declaration|page|document|version)\\b`, 'i');
/**
 * A validity label's subject is the policy itself, right before it: "This data protection declaration is valid
 * as of", "This notice applies from", "Our cookie policy is current as of". Not a law or a consent named in
 * between ("This policy explains how the new law, which applies from 25 May 2018, …").
 */
const VALIDITY_SUBJECT = new RegExp(`\\b(?:this|our|the${W}(?:present|current))${W}(?:[\\w-]+${W}){0,3}?(?:policy|notice|statement|declaration|page|document|version)${W}(?:(?:is|was|has${W}been|will${W}be|shall${W}be|becomes|became)${W})?(?:(?:only|also|now|hereby)${W})?$`, 'i');
/** After a validity label at the start of a line, the date closes its clause ("Valid from: 12 May 2019"; not "As at 31 March 2020, we had …"). */
const DATE_CLOSES = /^[ \t\u00a0*_)\]]*(?:[.;](?:\s|$)|\r?\n|$)/;
/** A validity label with no date, that refers to one: "Valid as of this file's last change date on GitHub". */
const DATE_REFERENCE = /^[^.;\n]{0,60}?\b(?:date|dated|changes?|changed|update|updated|commit|publication|published|posted)\b/i;
/** What separates the parts of a short meta line: "Acme GmbH · GDPR · Version: 6 August 2026", "Acme Ltd | Last updated: …". */
const META_SEPARATOR = /[ \t\u00a0][·|•][ \t\u00a0]/g;
/** A meta line is short: a part after a separator in a long paragraph is not the start of a line. */
const META_LINE_MAX = 240;
const COPULA_END = new RegExp(`\\b(?:was|is|were|are|has${W}been|have${W}been|will${W}be|shall${W}be|becomes?|became)${W}$`, 'i');
/** The label's subject is a law ("The GDPR came into force", "the Regulation (GDPR) has been in force since"). */
const LAW_SUBJECT = new RegExp(`\\b(?:GDPR|DPA|CCPA|CPRA|LGPD|PIPEDA|regulation|act(?:${W}\\d{4})?|law|directive)\\)?${W}(?:\\([^()]{1,60}\\)${W})?(?:(?:has|have|had|was|were|is|will|shall)${W})?(?:(?:now|already|officially|finally)${W})?(?:(?:been|be)${W})?$`, 'i');
const ANY_DATE_ALL = new RegExp(ANY_DATE.source, 'gi');
/** A date in a heading or the title that is not a law's ("The GDPR will apply from 25 May 2018"). */
function datesBlock(text: string): boolean {
  const re = ANY_DATE_ALL;
  re.lastIndex = 0;
  for (let m; (m = re.exec(text)); ) if (!LAW_DATE.test(text.slice(Math.max(0, m.index - 120), m.index))) return true;
  return false;
}
/** What a law's date follows: the law, then what it does on that date. */
const LAW_DATE = new RegExp(`\\b(?:GDPR|DPA|CCPA|CPRA|LGPD|regulation|act|law|directive)\\b[^.;]{0,80}\\b(?:appl(?:y|ies|ied)|force|effect|enforceable|enforced|replaced?|replaces|supersedes?|superseded)\\b[^.;]{0,30}$`, 'i');
/** A section that dates the policy by its versions. */
const HISTORY_HEADING = /\b(?:version|revision|change|document|amendment)s?[ \t\u00a0]+(?:history|log)\b|\bchange-?log\b/i;
/**
 * Front-matter keys that give the page's last change ("date_updated:", "lastmod:", "last_modified_at:").
 * A bare "date:" is the page's publication date, not a statement that the policy was updated.
 */
const FRONT_MATTER_UPDATED = /^([ \t]*)"?(?:date[_-]?(?:updated|modified|revised)|(?:last[_-]?)?(?:updated|modified|revised)(?:[_-]?(?:at|on|date))?|last[_-]?mod|effective[_-]?date)"?[ \t]*[:=][ \t]*["']?/gim;
/** A place before the date of a signature line: "Vienna, ", "Freiburg i. Brsg., " (capitalised words, then a comma). */
const PLACE_LEAD = /^[\s*_]*\p{Lu}[\p{L}.'’-]*(?:[ \t\u00a0]+[\p{L}.'’-]+){0,4},[ \t\u00a0]*/u;
/** What may surround a date that stands alone as a block: "_Jun 2022_", "— 1 March 2021 —", "(2021-03-01)", BBCode "[I]…[/I]". */
const DATE_FRAME = /^(?:\[\/?[a-z]{1,6}\]|[\s*_()[\]|–—.-])*$/i;
/** The same before the date. */
const DATE_LEAD = /^(?:\[\/?[a-z]{1,6}\]|[\s*_()[\]|–—.-])*/i;
/** Signs of a US policy, where 05/08/2019 is read month first. */
const US_MARKERS = /\bCCPA\b|\bCPRA\b|\bCOPPA\b|\bCalifornia\b|\bUnited States\b/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Ymd { y: number; m: number; d: number }

interface DateHit {
  /** Visible-text range of the date. */
  start: number;
  end: number;
  /** The latest day the text can mean (end of the month for "March 2021"; the later reading of 05/08/2019). */
  latest: Ymd;
  /** Both readings of a numeric date with day and month up to 12. */
  ambiguous: boolean;
  /** The range is in the source, not the visible text (a front-matter date). */
  inSource?: boolean;
  /** The date written as `today` in the same format, or undefined when the format cannot be known. */
  render(today: Ymd): string | undefined;
}

interface Statement { labelStart: number; date?: DateHit }

export const policyDateStale: Rule = {
  id: 'policy-date-stale',
  aliases: ['stale-policy-date'],
  description: 'A "last updated" or effective date older than policyLint.maxPolicyAgeMonths (default 24), or a policy with no such date',
  tags: ['gdpr', 'transparency', 'maintenance'],
  defaultSeverity: 'information',
  check(ctx) {
    const { doc, options } = ctx;
    if (!looksLikePolicy(doc)) return; // a README's "Updated 2019-01-25" is not a policy date
    const today = ymdOf(options.today);
    const statements: Statement[] = [];
    for (const b of doc.blocks) findStatements(doc, options, b, statements);
    findFrontMatterDates(doc, options, statements);
    if (!statements.some((s) => s.date)) findSignatureDate(doc, options, statements);
    const dated = statements.filter((s): s is Statement & { date: DateHit } => s.date !== undefined);
    if (dated.length) {
      let newest = dated[0];
      for (const s of dated) if (key(s.date.latest) > key(newest.date.latest)) newest = s;
      if (isStale(newest.date.latest, today, options.maxPolicyAgeMonths)) reportStale(ctx, newest.date, dated.filter((s) => s !== newest).map((s) => s.date), today);
      return;
    }
    if (statements.length) return;
    // A date in the title or a heading dates the policy, unless it is a law's ("1. The GDPR will apply from 25 May 2018").
    // Short: one or two sentences (a count a fix elsewhere in the block, which changes its length, does not change).
    if (doc.blocks.some((b, i) => (i < 2 || b.kind === 'heading') && b.sentenceCount <= 2 && datesBlock(doc.blockText(b)))) return;
    // A page date in the front matter ("date: 2025-03-03", the publication date a site shows) dates the page too;
    // a nested one ("sitemap:" → "lastmod:") dates something else.
    if (frontMatterDatesPage(doc)) return;
    // A version history or change log dates the policy in its own way.
    if (doc.blocks.some((b) => b.kind === 'heading' && HISTORY_HEADING.test(doc.blockText(b)))) return;
    reportMissing(ctx, today);
  },
};

function findStatements(doc: PolicyDocument, options: ResolvedOptions, b: Block, out: Statement[]): void {
  const text = doc.blockText(b);
  LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL.exec(text))) {
    const strong = m[1] !== undefined;
    const validity = m[2] !== undefined;
    const version = /^version$/i.test(m[0]);
    let end = m.index + m[0].length;
    let objectForm = false;
    if (/(?:updated|modified|revised|reviewed|amended|changed)$/i.test(m[0])) {
      OBJECT.lastIndex = end;
      const o = OBJECT.exec(text);
      if (o) { objectForm = true; end += o[0].length; }
    } else if (/^status$/i.test(m[0]) || m[1] !== undefined) {
      // "Status of this Privacy Policy: January 2026" (the German "Stand dieser Datenschutzerklärung").
      OF_OBJECT.lastIndex = end;
      const o = OF_OBJECT.exec(text);
      if (o) { objectForm = true; end += o[0].length; }
    }
    // The text before the label, from the start of its sentence (or block).
    const abs = b.start + m.index;
    const sentence = doc.sentenceAt(abs);
    const from = Math.max(b.start, sentence ? sentence.start : b.start, abs - 200);
    const before = doc.slice(from, abs);
    const atStart = before.length <= 80 && (BLOCK_PREFIX.test(before) || PAGE_CREATED.test(before)) || metaPart(before, b);
    // "This document is CC-BY-SA. It was last updated June 25, 2022.": "It" is the policy named just before.
    const itIsThePolicy = /^[\s*_]*(?:it|this)[ \t\u00a0]+(?:was|is|has[ \t\u00a0]+been)[ \t\u00a0]+$/i.test(before) && previousSentenceNamesPolicy(doc, sentence);
    // "… Changes to this policy … The GDPR came into force on 25 May 2018": the label's own subject is a law, not the policy.
    // A validity label ("valid as of", "applies from") must follow the policy itself.
    const aboutPolicy = validity
      ? VALIDITY_SUBJECT.test(before) || itIsThePolicy
      : (POLICY_SUBJECT.test(before) || itIsThePolicy) && (strong || COPULA_END.test(before)) && !LAW_SUBJECT.test(before);
    if (!atStart && !objectForm && !aboutPolicy) continue;
    SEPARATOR.lastIndex = end;
    const sep = SEPARATOR.exec(text);
    const dateAt = end + (sep ? sep[0].length : 0);
    let date = readDateList(doc, options, text, dateAt, b.start, version);
    // A validity label at the start of a line dates the policy only as a line of its own ("Valid from: 12 May 2019"),
    // not as the opening of a sentence about something else ("As at 31 March 2020, we had 12 employees").
    if (date && validity && !aboutPolicy && !DATE_CLOSES.test(text.slice(date.end - b.start))) date = undefined;
    // A label with no readable date still counts as the policy's date statement when it is
    // plainly one ("Last updated: Spring 2020", "Revised: [date]"); a validity label when it
    // refers to a date ("Valid as of this file's last change date"); "Version:" never (it gives a number).
    const statement = date || (!version && (validity ? DATE_REFERENCE.test(text.slice(dateAt)) : strong || objectForm || (sep && sep[0].includes(':'))));
    if (statement) out.push({ labelStart: abs, date });
    if (date) LABEL.lastIndex = Math.max(LABEL.lastIndex, date.end - b.start);
  }
}

/** The label starts a part of a short meta line ("Acme GmbH · GDPR · Version: 6 August 2026"), as a line would. */
function metaPart(before: string, b: Block): boolean {
  if (b.end - b.start > META_LINE_MAX) return false;
  let last = -1;
  META_SEPARATOR.lastIndex = 0;
  for (let m; (m = META_SEPARATOR.exec(before)); ) last = m.index + m[0].length;
  return last >= 0 && before.length - last <= 80 && BLOCK_PREFIX.test(before.slice(last));
}

/** The sentence before `sentence`, in the same block, names the policy ("This document is CC-BY-SA."). */
function previousSentenceNamesPolicy(doc: PolicyDocument, sentence: { start: number; block: number } | undefined): boolean {
  if (!sentence) return false;
  const i = doc.sentenceIndexAt(sentence.start);
  const prev = i > doc.blocks[sentence.block].firstSentence ? doc.sentences[i - 1] : undefined;
  return !!prev && POLICY_SUBJECT.test(doc.slice(prev.start, prev.end));
}

/**
 * A date, or a list of dates after one label ("Revised: April 4, 2020; May 26, 2020; March 1, 2022"):
 * the newest counts, and no fix is offered, since replacing one date of a revision record erases it.
 */
function readDateList(doc: PolicyDocument, options: ResolvedOptions, text: string, at: number, offset: number, afterVersion = false): DateHit | undefined {
  const first = readDate(doc, options, text, at, offset, true, afterVersion);
  if (!first) return undefined;
  let newest = first;
  let count = 1;
  for (let next: DateHit | undefined = first; next; ) {
    const sep = /[ \t\u00a0]*(?:[;,][ \t\u00a0]*(?:and[ \t\u00a0]+)?|and[ \t\u00a0]+)/y;
    sep.lastIndex = next.end - offset;
    const m = sep.exec(text);
    next = m ? readDate(doc, options, text, sep.lastIndex, offset, true, afterVersion) : undefined;
    if (next) { count++; if (key(next.latest) >= key(newest.latest)) newest = next; }
  }
  return count === 1 ? first : { ...newest, render: () => undefined };
}

/** A front-matter key naming the page's last change; the date's offsets are the source's. */
function findFrontMatterDates(doc: PolicyDocument, options: ResolvedOptions, out: Statement[]): void {
  if (!doc.frontMatter) return;
  const text = doc.source.slice(doc.frontMatter.start, doc.frontMatter.end);
  for (const m of text.matchAll(FRONT_MATTER_UPDATED)) {
    // Top-level keys only: "sitemap:\n  lastmod:" dates the sitemap entry, not the page (JSON
    // front matter indents its top-level keys once).
    if (m.index > 0 && text[m.index - 1] !== '\n') continue;
    if (m[1] && !(text.startsWith('{') && m[1].length <= 4)) continue;
    const date = readDate(doc, options, text, m.index + m[0].length, doc.frontMatter.start);
    if (!date) continue;
    // A timestamp ("2020-01-19T16:49:10Z") is the generator's; rewriting only its date would leave a false time.
    const stamp = /^[T ]\d/.test(text.slice(date.end - doc.frontMatter.start));
    out.push({ labelStart: -1, date: { ...date, inSource: true, render: stamp ? () => undefined : date.render } });
  }
}

/**
 * A top-level front-matter line carries a date ("date: 2018-05-23T19:48:26+01:00", "title: Privacy (1 March 2021)"):
 * the page is dated (a publication date is not checked for age, but it is a date). A nested key ("sitemap:" →
 * "  lastmod: 10/10/2021") dates a sitemap entry or a build, not the page (JSON front matter indents its
 * top-level keys once).
 */
function frontMatterDatesPage(doc: PolicyDocument): boolean {
  if (!doc.frontMatter) return false;
  const text = doc.source.slice(doc.frontMatter.start, doc.frontMatter.end);
  const json = text.startsWith('{');
  for (const line of text.split('\n')) {
    const indent = /^[ \t]*/.exec(line)![0].length;
    if ((json ? indent <= 4 : indent === 0) && ANY_DATE.test(line)) return true;
  }
  return false;
}

/**
 * A date standing alone as one of the first blocks or the last ones ("_Jun 2022_" closing the
 * policy): the policy's own date, as a signature. A bare year is not enough, unless a place signs it ("Vienna, 2025").
 */
function findSignatureDate(doc: PolicyDocument, options: ResolvedOptions, out: Statement[]): void {
  const blocks = doc.blocks.filter((b) => b.kind !== 'heading');
  // At the end, a date closes the policy only where no list follows it: "25 May 2018." before "# Processors" and its
  // list is not the policy's signature (and adding an item to that list must not change the answer).
  const last = blocks.slice(-2).filter((b, i, tail) => !tail.slice(i).some((x) => x.kind === 'listItem'));
  const candidates = [...blocks.slice(0, 2), ...last];
  for (const b of candidates) {
    if (b.end - b.start > 60) continue;
    // The end of a sentence the block before leaves open ("The GDPR will come into force on" / "25 May 2018."): not a date of its own.
    const before = doc.blocks[b.index - 1];
    if (before && before.kind !== 'heading' && /\b(?:on|from|since|of|as\s+of|until|by|in|at|dated)\s*$/i.test(doc.blockText(before))) continue;
    const text = doc.blockText(b);
    // "Vienna, 2025", "Freiburg i. Brsg., 1 March 2025": a place and a date sign the policy (the German "Ort, Datum").
    const place = PLACE_LEAD.exec(text);
    const lead = place ? place[0].length : DATE_LEAD.exec(text)![0].length;
    const date = readDate(doc, options, text, lead, b.start, !!place);
    if (!date || (!place && /^\d{4}$/.test(doc.slice(date.start, date.end)))) continue;
    if (!DATE_FRAME.test(text.slice(date.end - b.start))) continue;
    out.push({ labelStart: date.start, date });
    return;
  }
}

/**
 * A date at `at`; `labelled`: it follows a label (or a front-matter key), so the forms that need one are read too;
 * `afterVersion`: it follows "Version:", so only the forms a version number cannot take are read.
 */
function readDate(doc: PolicyDocument, options: ResolvedOptions, text: string, at: number, offset: number, labelled = true, afterVersion = false): DateHit | undefined {
  for (const { kind, re } of FORMS) {
    if (!labelled && LABEL_ONLY.has(kind)) continue;
    if (afterVersion && NOT_AFTER_VERSION.has(kind)) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    if (afterVersion && kind === 'numeric' && m.groups!.y.length === 2) continue;
    const hit = toDate(doc, options, kind, m, offset);
    if (hit) return hit;
  }
  return undefined;
}

function toDate(doc: PolicyDocument, options: ResolvedOptions, kind: Kind, m: RegExpExecArray, offset: number): DateHit | undefined {
  const g = m.groups!;
  const ix = m.indices!.groups!;
  const y = fullYear(g.y);
  if (y < 1990 || y > 2100) return undefined;
  const start = offset + m.index;
  const end = start + m[0].length;
  const orig = m[0];
  /** Rewrites the named parts of the matched text, right to left. */
  const rewrite = (parts: Record<string, string>): string => {
    const list = Object.entries(parts).filter(([name]) => ix[name]).map(([name, v]) => ({ s: ix[name]![0] - m.index, e: ix[name]![1] - m.index, v }));
    list.sort((a, b) => b.s - a.s);
    let s = orig;
    for (const p of list) s = s.slice(0, p.s) + p.v + s.slice(p.e);
    return s;
  };
  const yearOf = (t: Ymd) => (g.y.length === 2 ? String(t.y % 100).padStart(2, '0') : String(t.y));
  const named = (mon: number, d: number | undefined): DateHit | undefined => {
    if (d !== undefined && (d < 1 || d > daysIn(y, mon))) return undefined;
    return {
      start, end, ambiguous: false,
      latest: { y, m: mon, d: d ?? daysIn(y, mon) },
      render: (t) => rewrite({
        wd: caseLike(g.wd ?? '', g.wd && g.wd.length <= 4 ? WEEKDAYS[weekday(t)].slice(0, 3) : WEEKDAYS[weekday(t)]),
        d: g.d && g.d.length === 2 && g.d[0] === '0' ? String(t.d).padStart(2, '0') : String(t.d),
        suf: g.suf ? caseLike(g.suf, ordinal(t.d)) : '',
        mon: caseLike(g.mon, isAbbreviated(g.mon) ? MONTHS[t.m - 1].slice(0, 3) : MONTHS[t.m - 1]),
        y: yearOf(t),
      }),
    };
  };
  switch (kind) {
    case 'dmy-name':
    case 'mdy-name':
    case 'ymd-name':
      return named(monthIndex(g.mon), Number(g.d));
    case 'month':
      return {
        start, end, ambiguous: false, latest: { y, m: monthIndex(g.mon), d: daysIn(y, monthIndex(g.mon)) },
        render: (t) => rewrite({ mon: caseLike(g.mon, isAbbreviated(g.mon) ? MONTHS[t.m - 1].slice(0, 3) : MONTHS[t.m - 1]), y: yearOf(t) }),
      };
    case 'year':
      return { start, end, ambiguous: false, latest: { y, m: 12, d: 31 }, render: (t) => rewrite({ y: String(t.y) }) };
    case 'month-numeric': {
      // The latest day "05/2019" can mean is 31 May 2019.
      const mon = Number(g.m);
      const pad = g.m.length === 2;
      return {
        start, end, ambiguous: false, latest: { y, m: mon, d: daysIn(y, mon) },
        render: (t) => rewrite({ m: pad ? String(t.m).padStart(2, '0') : String(t.m), y: String(t.y) }),
      };
    }
    case 'iso': {
      const mon = Number(g.m);
      const d = Number(g.d);
      if (mon < 1 || mon > 12 || d < 1 || d > daysIn(y, mon)) return undefined;
      const pad = g.m.length === 2 || g.d.length === 2;
      return {
        start, end, ambiguous: false, latest: { y, m: mon, d },
        render: (t) => rewrite({ y: String(t.y), m: pad ? String(t.m).padStart(2, '0') : String(t.m), d: pad ? String(t.d).padStart(2, '0') : String(t.d) }),
      };
    }
    case 'numeric': {
      const a = Number(g.a);
      const b = Number(g.b);
      const dmy = a >= 1 && b >= 1 && b <= 12 && a <= daysIn(y, b);
      const mdy = a >= 1 && b >= 1 && a <= 12 && b <= daysIn(y, a);
      if (!dmy && !mdy) return undefined;
      // Day first or month first: the date itself, else the document's other dates, else its jurisdiction.
      const order = dmy && mdy && a !== b ? numericOrder(doc, options) : dmy ? 'dmy' : 'mdy';
      // Today's date written the same way can itself be read both ways ("3/12/2026"): unless the
      // document's own dates settle the order, write it out ("3 December 2026").
      const settled = dmy !== mdy || numericOrderInText(doc) !== undefined;
      const readings: Ymd[] = [];
      if (dmy) readings.push({ y, m: b, d: a });
      if (mdy) readings.push({ y, m: a, d: b });
      const latest = readings.reduce((x, r) => (key(r) > key(x) ? r : x));
      const pad = g.a[0] === '0' || g.b[0] === '0' || (g.a.length === 2 && g.b.length === 2);
      const p = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
      return {
        start, end, ambiguous: dmy && mdy && a !== b, latest,
        render: (t) => {
          if (order === undefined) return undefined;
          if (!settled && t.d <= 12 && t.d !== t.m) return longDate(t, order === 'dmy');
          return rewrite({ a: p(order === 'dmy' ? t.d : t.m), b: p(order === 'dmy' ? t.m : t.d), y: yearOf(t) });
        },
      };
    }
  }
}

/** How the document writes numeric dates: its own unambiguous dates decide, then its jurisdiction. */
function numericOrder(doc: PolicyDocument, options: ResolvedOptions): 'dmy' | 'mdy' | undefined {
  return doc.memo('policyDateStale.numericOrder', () => {
    const inText = numericOrderInText(doc);
    if (inText) return inText;
    if (isUkPolicy(doc, options) || isGdprPolicy(doc, options)) return 'dmy';
    if (options.jurisdiction === 'auto' && US_MARKERS.test(doc.text)) return 'mdy';
    return undefined;
  });
}

/** The order the document's own unambiguous numeric dates use (25/12/2020, 12/25/2020), if they agree. */
function numericOrderInText(doc: PolicyDocument): 'dmy' | 'mdy' | undefined {
  return doc.memo('policyDateStale.numericOrderInText', () => {
    const re = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)/g;
    let dmy = 0;
    let mdy = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(doc.text))) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && b <= 12) dmy++;
      else if (b > 12 && a <= 12) mdy++;
    }
    if (dmy && !mdy) return 'dmy';
    if (mdy && !dmy) return 'mdy';
    return undefined;
  });
}

function reportStale(ctx: RuleContext, date: DateHit, others: DateHit[], today: Ymd): void {
  const { doc, options } = ctx;
  const shown = date.inSource ? doc.source.slice(date.start, date.end) : doc.slice(date.start, date.end);
  const start = date.inSource ? date.start : doc.srcStart(date.start);
  const end = date.inSource ? date.end : doc.srcEnd(date.end);
  const rendered = date.render(today);
  // The other dates the policy gives for itself ("Last updated: …" at the top, "Effective: …" at the
  // foot) change with it, each in its own format: one left behind would contradict the new one.
  const otherEdits = others.map((o) => {
    const text = o.render(today);
    return text === undefined ? undefined : { start: o.inSource ? o.start : doc.srcStart(o.start), end: o.inSource ? o.end : doc.srcEnd(o.end), newText: doc.format === 'html' ? escapeHtml(text) : text };
  });
  const fixes: Fix[] = rendered === undefined || otherEdits.some((e) => e === undefined) ? [] : [{
    title: others.length
      ? `Replace the policy's ${others.length + 1} dates with today's (${rendered}), once the policy has been reviewed`
      : `Replace the date with today's (${rendered}), once the policy has been reviewed`,
    edits: [{ start, end, newText: doc.format === 'html' ? escapeHtml(rendered) : rendered }, ...otherEdits.filter((e): e is NonNullable<typeof e> => e !== undefined)]
      .sort((a, b) => a.start - b.start)
      // Two statements may share one date ("Last updated and effective: 1 May 2020"): one edit for it.
      .filter((e, i, all) => i === 0 || e.start >= all[i - 1].end),
    safe: false,
  }];
  const ambiguity = date.ambiguous
    ? ` (“${shown}” can be read day first or month first; both readings are more than ${options.maxPolicyAgeMonths} months old${rendered === undefined ? ', and as it is unclear which one the policy uses, no fix is offered' : ''})`
    : '';
  const related: RelatedLocation[] = others.map((o) => ({ start: o.inSource ? o.start : doc.srcStart(o.start), end: o.inSource ? o.end : doc.srcEnd(o.end), message: 'Another date the policy gives for itself' }));
  ctx.report({
    start, end,
    message: fitting(
      `Last dated ${quoted(shown, 30)}, ${age(date.latest, today)} ago, older than ${options.maxPolicyAgeMonths} months: review and re-date the policy.`,
      `Last dated ${quoted(shown, 30)}, older than ${options.maxPolicyAgeMonths} months: review and re-date the policy.`),
    detail: `The policy was last dated ${shown}, ${age(date.latest, today)} before today (${longDate(today, true)})${ambiguity}. Review it: if it is still accurate, give it a current date; if it has changed, update it and tell readers what changed.${rendered === undefined ? '' : ' The fix only changes the date.'}`,
    source: SOURCE, fixes, related: related.length ? related : undefined,
    data: { date: `${date.latest.y}-${String(date.latest.m).padStart(2, '0')}-${String(date.latest.d).padStart(2, '0')}`, maxPolicyAgeMonths: options.maxPolicyAgeMonths },
  });
}

function reportMissing(ctx: RuleContext, today: Ymd): void {
  const { doc, options } = ctx;
  const first = doc.blocks[0];
  const fixes: Fix[] = [];
  const title = titleEnd(doc);
  if (title !== undefined) {
    // Insert "Last updated: <today>" as its own block right after the title.
    const src = doc.source;
    let at = title.end;
    while (at > title.start && /\s/.test(src[at - 1])) at--;
    const st = documentStyle(doc);
    const line = `Last updated: ${longDate(today, numericOrder(doc, options) !== 'mdy')}`;
    let newText: string;
    if (doc.format === 'html') newText = `${st.eol}<p>${escapeHtml(line)}</p>`;
    else {
      const gap = doc.format === 'markdown' ? st.eol + st.eol : st.gap;
      // A text that follows on the next line would run on into the new line (one Markdown paragraph):
      // end it with a blank line unless one is already there.
      const blankFollows = /^[ \t]*(?:\r?\n[ \t]*(?:\r?\n|$)|$)/.test(src.slice(at, at + 200));
      newText = `${gap}${line}${blankFollows || gap === st.eol ? '' : st.eol}`;
    }
    fixes.push({ title: `Add “${line}” under the title, once the policy has been reviewed`, edits: [{ start: at, end: at, newText }], safe: false });
  }
  ctx.report({
    start: first.sourceStart,
    end: first.sourceEnd,
    message: 'The policy gives no “last updated” or effective date: state the date of the current version.',
    detail: 'Readers cannot tell which version they are reading, or whether it changed since they last read it.',
    source: SOURCE, fixes,
    data: { documentLevel: true },
  });
}

/**
 * Where the policy's title ends, for its date to go under it: a heading naming the policy right after the
 * front matter (else the front matter itself, whose title the site renders: a first section heading is
 * not the title); otherwise the document's title (see PolicyDocument.titleBlock). None when the
 * document does not open with a heading.
 */
function titleEnd(doc: PolicyDocument): { start: number; end: number } | undefined {
  const first = doc.blocks[0];
  const range = (b: Block) => ({ start: b.sourceStart, end: b.sourceEnd });
  // After front matter, the first heading is the title only if it names the document ("## Responsible for
  // privacy and data protection" is a first section under the front matter's title).
  if (doc.frontMatter) return first?.kind === 'heading' && isPolicyTitle(doc.blockText(first)) ? range(first) : doc.frontMatter;
  if (first?.kind !== 'heading') return undefined;
  return range(doc.titleBlock() ?? first);
}

function isStale(d: Ymd, today: Ymd, months: number): boolean {
  const total = d.y * 12 + (d.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const limit = { y, m, d: Math.min(d.d, daysIn(y, m)) };
  return key(limit) < key(today);
}

function age(d: Ymd, t: Ymd): string {
  const months = (t.y - d.y) * 12 + (t.m - d.m) - (t.d < d.d ? 1 : 0);
  const y = Math.floor(months / 12);
  const m = months % 12;
  const ys = y ? `${y} year${y === 1 ? '' : 's'}` : '';
  const ms = m ? `${m} month${m === 1 ? '' : 's'}` : '';
  return ys && ms ? `${ys} and ${ms}` : ys || ms || 'less than a month';
}

const key = (d: Ymd) => d.y * 10000 + d.m * 100 + d.d;
const ymdOf = (date: Date): Ymd => ({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekday = (t: Ymd) => new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
const isAbbreviated = (mon: string) => mon.length <= 4 && !/^(?:may|june|july)$/i.test(mon);
const longDate = (t: Ymd, dayFirst: boolean) => (dayFirst ? `${t.d} ${MONTHS[t.m - 1]} ${t.y}` : `${MONTHS[t.m - 1]} ${t.d}, ${t.y}`);

function monthIndex(mon: string): number {
  const l = mon.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((x) => x.toLowerCase().startsWith(l)) + 1;
}

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** `word` in the letter case of `like`: "NOVEMBER", "november", "November". */
function caseLike(like: string, word: string): string {
  if (!like) return word;
  if (like.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  if (like === like.toLowerCase()) return word.toLowerCase();
  return word;
}
