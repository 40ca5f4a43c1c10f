// processor-unlisted: a service that processes personal data (from the vendor
// catalogue, or named by the policy itself as a processor) is missing from the
// policy's own list of processors/recipients; an announced list is empty; or
// processors are named but the policy has no list at all.
import type { PolicyDocument } from './model/document';
import type { Block, Edit, Fix, Sentence } from './model/types';
import type { Rule, RuleContext } from './rule';
import { vendorIndex, type VendorEntry, type VendorIndex } from './knowledge/vendors';
import { vendorMentions } from './shared/vendorMentions';
import { appendListItemEdit, appendSectionEdit, documentStyle, escapeHtml } from './shared/style';

const SOURCE = 'GDPR Art. 13(1)(e) and 14(1)(e): the recipients or categories of recipients of the personal data; Art. 28 (processors)';

const LIST_HEADING = /^(?:[\d.]+\s+)?(?:(?:our|data|list\s+of|third[-\s]party|approved|authori[sz]ed)\s+)*(?:sub-?\s?processors?|processors?|third[-\s]part(?:y|ies)(?:\s+(?:services?|service\s+providers?|processors?|vendors?|providers?))?|service\s+providers?|(?:categories\s+of\s+)?recipients?|vendors?)(?:\s+(?:we\s+use|and\s+(?:sub-?\s?processors?|recipients?|service\s+providers?|third[-\s]parties)))?\s*:?$/i;
const ANNOUNCE = [
  /\b(?:the\s+following|these|below)\b[^.:]{0,80}?\b(?:third[-\s]part(?:y|ies)|services?|(?:sub-?)?processors?|service\s+providers?|vendors?|providers?|recipients?|partners?|tools?)\b[^.:]{0,100}:\s*$/i,
  /\b(?:third[-\s]part(?:y|ies)|service\s+providers?|(?:sub-?)?processors?|recipients?|vendors?)\b[^.:]{0,60}\b(?:including|such\s+as|as\s+follows|listed\s+below)\s*:\s*$/i,
  /\b(?:to|with)\s+(?:the\s+following\s+)?(?:third[-\s]part(?:y|ies)|service\s+providers?|recipients?|(?:sub-?)?processors?)\s*:\s*$/i,
];
/** Words that show an ordinary-word vendor name ("Stripe", "Square") is the service. */
const SERVICE_CONTEXT = /\b(?:third[-\s]part|provider|processor|service|vendor|platform|tool|payment|analytics|hosting|e-?mail|newsletter|pixel|plugin|cookies?|SDK|API|partner|software|app)\w*/i;
const OTHER_ROLE = /\bsocial[-\s]+(?:media|networks?|networking|platforms?|channels?)\b|\bsources?\b|\b(?:log|sign)[-\s]?(?:in|on)\s+(?:using|with|via|through)\b|\bsingle\s+sign-?on\b/i;
/**
 * What shows that a named service handles data for the site: the sentence says the site uses it,
 * or that data goes to it or is processed, hosted, sent or stored by or through it, or calls it
 * the site's provider, host, processor or platform. A name alone (a footer link "GitHub", "a full
 * revision history can be found on GitHub", "Segment Markers") is no evidence.
 */
const USE_EVIDENCE = /\b(?:us(?:e|es|ed|ing)|utili[sz]\w*|employ\w*|rel(?:y|ies|ying)\s+on|work(?:s|ing)?\s+with|integrat\w*|embed\w*|load\w*|host\w*|process\w*|provid\w*|powered|handl\w*|stor(?:e|es|ed|ing)|transmit\w*|transfer\w*|pass(?:es|ed|ing)?|sen[dt]s?|sending|shar(?:e|es|ed|ing)|disclos\w*|through|via|partner\w*|platform|collect\w*|receiv\w*|forward\w*|analy[sz]\w*|track\w*|measur\w*|deliver\w*)\b/i;
/** A negation: "We do not use …", "We no longer work with …", "neither … nor …". */
const NEGATION = /\b(?:not|never|no\s+longer|neither|nor)\b|\bno\b(?=[^;:]{0,80}\b(?:is|are|will\s+be)\s+(?:used|embedded|loaded|integrated|involved)\b)/gi;
const RECIPIENT_NOUN = /\b(?:providers?|processors?|vendors?|partners?|platforms?|services?|compan(?:y|ies)|agents?|contractors?|authorit(?:y|ies)|bodies|staff|affiliates?|advis[eo]rs?|auditors?|banks?|insurers?|suppliers?|subsidiar(?:y|ies)|third[-\s]parties|organi[sz]ations?|agenc(?:y|ies)|recipients?)\b/i;
/** A heading over the policy's account of who receives data: "6. Sharing of Data", "Disclosures of your personal data", "Recipients". */
const SHARING_HEADING = /\b(?:shar(?:e|es|ed|ing)|disclos\w*|recipients?|third[-\s]part(?:y|ies)|3rd[-\s]part(?:y|ies)|(?:service|third[-\s]party)\s+providers?|(?:sub-?)?processors?|vendors?)\b/i;
/** One more name in a list: "Hotjar", "or Zendesk", "Google Analytics and". */
const LIST_ELEMENT = /^\s*(?:(?:or|and|nor)\s+)?[A-Z0-9][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,3}\s*(?:(?:or|and|nor)\s*)?$/;

/**
 * The sentence up to the mention denies using the service. A negation reaches the name
 * within 60 characters of the same clause; a comma ends the clause unless what follows
 * it is a list of names ("We do not use Mailchimp, Hotjar or Zendesk.").
 * `negationEnd` is where the last negation before the name ends (-1: none).
 */
function negated(sentence: string, negationEnd: number, nameAt: number): boolean {
  if (negationEnd < 0 || nameAt - negationEnd > 120) return false;
  // "No external font services (e.g., Google Fonts) are used": an abbreviation's dots end nothing.
  const between = sentence.slice(negationEnd, nameAt).replace(/\b(?:e\.g|i\.e|etc|incl|approx)\./gi, (m) => m.replace(/\./g, ' '));
  if (/[.;:]/.test(between)) return false;
  const pieces = between.split(',');
  if (pieces[0].length > 60) return false;
  return pieces.slice(1).every((p, i, all) => (i === all.length - 1 && !p.trim()) || LIST_ELEMENT.test(p));
}

/**
 * What namedProcessors needs of one sentence, worked out once however many names it holds
 * (a processor list written as one long sentence names dozens): its text, where its negations
 * end, and whether it speaks of a service at all.
 */
class SentenceView {
  readonly text: string;
  private readonly negationEnds: number[] = [];
  private context?: boolean;
  constructor(readonly start: number, end: number, doc: PolicyDocument) {
    this.text = doc.slice(start, end);
    for (const m of this.text.matchAll(NEGATION)) this.negationEnds.push(m.index + m[0].length);
  }
  /** Whether the sentence denies the service named at `at` (a document offset). */
  denies(at: number): boolean {
    const o = at - this.start;
    // The last negation that ends before the name: binary search over the sorted ends.
    let lo = 0;
    let hi = this.negationEnds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.negationEnds[mid] <= o) lo = mid + 1;
      else hi = mid;
    }
    return negated(this.text, lo > 0 ? this.negationEnds[lo - 1] : -1, o);
  }
  /**
   * The sentence names services in another role than a recipient's: a social-media presence
   * ("The Church uses social media such as YouTube, WhatsApp and Vimeo"), or a source of data or
   * a way to sign in ("from the following sources: … third parties such as GitHub (when you log in …)").
   */
  otherRole(): boolean {
    return (this.role ??= OTHER_ROLE.test(this.text));
  }
  private role?: boolean;
  speaksOfService(): boolean {
    return (this.context ??= SERVICE_CONTEXT.test(this.text));
  }
  /** The sentence says the site uses the service, or that data goes to it (USE_EVIDENCE). */
  showsUse(): boolean {
    return (this.use ??= USE_EVIDENCE.test(this.text));
  }
  private use?: boolean;
  /** The name at `at` (a document offset, `len` long) is the reader's own account: "your Stripe or PayPal account". */
  usersOwn(at: number, len: number): boolean {
    const o = at - this.start;
    return /\byour\s+(?:own\s+)?(?:[\w.&'’-]+\s+(?:or|and)\s+)?$/i.test(this.text.slice(Math.max(0, o - 40), o))
      && /^(?:\s+(?:or|and)\s+[\w.&'’-]+)?\s+accounts?\b/i.test(this.text.slice(o + len, o + len + 40));
  }
}
const QUOTED_PROCESSOR = [
  /\bthird[-\s]part(?:y|ies)\s*,?\s*["“]([^"”\n]{2,40})["”]/g,
  /["“]([^"”\n]{2,40})["”]\s*,?\s*(?:acts?|is|are)\s+(?:as\s+)?(?:a|an|our)\s+(?:data\s+)?(?:sub-?)?processor/g,
];

interface ProcessorList {
  items: Block[];
  /** The block that announces the list, or the section heading. */
  anchor: Block;
  /** The sentence that announces the list, when a sentence does. */
  announcement?: Sentence;
  label: string;
  /** Strength: a heading naming processors beats a sentence announcing third parties. */
  rank: number;
}

interface Named { display: string; start: number; end: number; vendor?: VendorEntry }

export const processorUnlisted: Rule = {
  id: 'processor-unlisted',
  aliases: ['unlisted-processor'],
  description: 'A processor named in the policy but missing from its list of processors/recipients; an announced list that is empty; processors named with no list',
  tags: ['gdpr', 'processors', 'completeness'],
  defaultSeverity: 'warning',
  check(ctx) {
    const { doc } = ctx;
    const index = vendorIndex(ctx.options.extraVendors);
    const lists = findLists(doc, index);
    const listed = new Set<number>(lists.flatMap((l) => l.items.map((b) => b.index)));
    const own = ownNames(doc);
    const named = namedProcessors(doc, index, listed).filter((n) => !isOwn(n, own));

    const empty = lists.filter((l) => l.items.length === 0);
    for (const l of empty) reportEmpty(ctx, l, named);
    const full = lists.filter((l) => l.items.length > 0);

    if (!full.length) {
      // Measured on the development corpus, readers want the list even where each service has a
      // section of its own, or is named only in prose (information: the services are disclosed by name).
      // Not where the policy has a list of another shape: items or rows that name the services
      // themselves, or a list under a heading about sharing (of categories of recipients).
      if (!empty.length && named.length && !hasOtherRecipientList(doc, index)) reportNoList(ctx, named);
      return;
    }
    const covered = coverage(doc, index, full);
    const target = [...full].sort((a, b) => b.rank - a.rank)[0];
    const seen = new Set<string>();
    for (const n of named) {
      const key = n.vendor?.id ?? n.display.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      if (isCovered(n, covered)) continue;
      // A list item is the name alone: safe. A table row has other cells to fill in: a template.
      const isTable = target.items[target.items.length - 1].kind === 'tableRow';
      const fix: Fix = { title: `Add “${n.display}” to the ${isTable ? 'table' : 'list'} under “${target.label}”`, edits: [addItem(doc, target, n.display)], safe: !isTable, preferred: true };
      const owner = n.vendor && n.vendor.owner !== n.vendor.name ? ` (${n.vendor.owner})` : '';
      ctx.report({
        start: doc.srcStart(n.start), end: doc.srcEnd(n.end),
        message: `${n.display}${owner} processes personal data for this service but is missing from the list under “${target.label}”.`,
        source: SOURCE, fixes: [fix],
        related: [{ start: target.anchor.sourceStart, end: target.anchor.sourceEnd, message: `The list of processors (“${target.label}”)` }],
        data: { vendor: n.vendor?.id ?? n.display },
      });
    }
  },
};

function findLists(doc: PolicyDocument, index: VendorIndex): ProcessorList[] {
  const out: ProcessorList[] = [];
  const used = new Set<number>();
  for (const sec of doc.sections) {
    const h = doc.headingOf(sec);
    const title = doc.blockText(h);
    if (title.length > 80 || !LIST_HEADING.test(title.trim())) continue;
    const items: Block[] = [];
    for (let i = sec.firstBlock + 1; i < sec.endBlock; i++) {
      const b = doc.blocks[i];
      if (b.kind === 'listItem' || (b.kind === 'tableRow' && i > sec.firstBlock + 1)) items.push(b);
    }
    // A heading with no list under it is reported through the sentence that announces one, if any.
    if (!items.length) continue;
    // "Third-parties" over a list of the data shared ("Your name", "Your address") is not a list
    // of recipients: one item at least must name a service.
    if (!items.some((b) => namesService(doc, index, b))) continue;
    items.forEach((b) => used.add(b.index));
    out.push({ items, anchor: h, label: title.trim(), rank: /processor/i.test(title) ? 3 : 2 });
  }
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || b.sentenceCount === 0) continue;
    const last = doc.sentences[b.firstSentence + b.sentenceCount - 1];
    const text = doc.slice(last.start, last.end);
    if (!text.endsWith(':') || !ANNOUNCE.some((re) => re.test(text))) continue;
    // "… the data controller for these services, Aragon Ventures LLC:" names the recipient; the colon introduces its address.
    if (/,\s*(?:[A-Z][\w&.'’-]*\s*){1,5}:\s*$/.test(text)) continue;
    const items: Block[] = [];
    let listId: number | undefined;
    for (let i = b.index + 1; i < doc.blocks.length; i++) {
      const n = doc.blocks[i];
      if (n.kind === 'tableRow' && (listId === undefined || listId === -1)) { listId = -1; items.push(n); continue; }
      if (n.kind !== 'listItem' || !n.list) break;
      if (listId === undefined) listId = n.list.id;
      if (n.list.id !== listId) break;
      items.push(n);
    }
    if (items.length && items.every((it) => used.has(it.index))) continue;
    // "… as outlined below:" followed by a sub-section per service ("1.1 Plausible Analytics") is a list of headings.
    const next = doc.blocks[b.index + 1];
    if (!items.length && next?.kind === 'heading' && (next.level > (b.section >= 0 ? doc.sections[b.section].level : 0) || namesService(doc, index, next))) continue;
    // The items written as paragraphs ("MemCachier affiliates, for …"), unless the next paragraph
    // only talks about the missing items ("Some of these services store data outside the EU.").
    if (!items.length && next?.kind === 'paragraph' && !/^(?:(?:some|all|each|many|most|none|any|one)\s+of\s+)?(?:these|those|they|the\s+above|such)\b/i.test(doc.blockText(next).trim())) continue;
    items.forEach((it) => used.add(it.index));
    // The list is named by its section, unless that section is the whole document (its title).
    const section = b.section >= 0 ? doc.sections[b.section] : undefined;
    const sectionTitle = section && section.heading !== 0 ? doc.blockText(doc.headingOf(section)).trim() : '';
    const label = sectionTitle || (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);
    out.push({ items, anchor: b, announcement: last, label, rank: /processor/i.test(text) ? 2 : 1 });
  }
  return out;
}

/**
 * The policy discloses recipients in a list that findLists does not take for a list of processors:
 * two list items or table rows (of one list) that begin with a catalogue name ("* PayPal (PayPal
 * (Europe) S.à r.l. …)", "| GitHub Inc. | Hosting & VCS |"), or a list or table in a section whose
 * heading is about sharing or recipients ("6. Sharing of Data": "Educational platforms (e.g. Zoom)").
 */
function hasOtherRecipientList(doc: PolicyDocument, index: VendorIndex): boolean {
  const startsWithService = new Map<number, number>();
  for (const b of doc.blocks) {
    if (b.kind !== 'listItem' && b.kind !== 'tableRow') continue;
    const head = entryText(doc, b).replace(/^[\s*_[(]+/, '').slice(0, 40);
    const names = index.find(head);
    if (names.length && names[0].start <= 2) {
      const key = b.kind === 'listItem' && b.list ? b.list.id : -1 - (b.section ?? 0);
      const n = (startsWithService.get(key) ?? 0) + 1;
      if (n >= 2) return true;
      startsWithService.set(key, n);
    }
  }
  const servicesUnder = new Map<number, number>();
  for (const sec of doc.sections) {
    if (sec.heading === 0 && doc.blocks[0]?.kind !== 'heading') continue;
    const title = doc.blockText(doc.headingOf(sec));
    // A section that gives each service a sub-section of its own ("List of external services" over
    // "Hosting (Netlify)" and "Tracking (Plausible)") itemises the recipients as a list does.
    // Top-level sections are sub-sections of the page's title when front matter gives it.
    if ((sec.parent >= 0 || doc.frontMatter?.title !== undefined) && index.find(title).length) {
      const n = (servicesUnder.get(sec.parent) ?? 0) + 1;
      if (n >= 2) return true;
      servicesUnder.set(sec.parent, n);
    }
    if (title.length > 100 || !SHARING_HEADING.test(title)) continue;
    for (let i = sec.firstBlock + 1; i < sec.endBlock; i++) {
      const b = doc.blocks[i];
      if (b.kind !== 'listItem' && b.kind !== 'tableRow') continue;
      // An entry that names a kind of recipient ("Payment processors.", "Educational platforms
      // (e.g. Zoom)"), not a kind of data or a situation ("Automated Information. We may share …").
      const head = /^[^.:;]{0,80}/.exec(entryText(doc, b))![0];
      if (RECIPIENT_NOUN.test(head)) return true;
    }
  }
  return false;
}

/** What names a list entry: a table row's first cell, or the whole item. */
function entryText(doc: PolicyDocument, b: Block): string {
  return b.kind === 'tableRow' ? doc.blockText(b).split('\t')[0] : doc.blockText(b);
}

/** A block that names a catalogue service or its owner. */
function namesService(doc: PolicyDocument, index: VendorIndex, b: Block): boolean {
  const got = index.coveredBy(entryText(doc, b));
  return got.vendors.size > 0 || got.owners.size > 0;
}

/**
 * The policy's own names: its title, and what its opening calls itself ("offered by PostHog Inc",
 * "operated by Functional Software, Inc. dba Sentry", "At Automattic, we …", "Acme (“we”)").
 * A service of the policy's own company is not a recipient.
 */
function ownNames(doc: PolicyDocument): string {
  const parts: string[] = [];
  const OWN = /\b(?:operated|owned|offered|provided|run|published)\s+by\b|\bdba\b|\bd\/b\/a\b|\bdoing\s+business\s+as\b|[("“]\s*(?:we|us|our)\s*["”)]|\bat\s+[A-Z][\w.&-]*,\s+we\b/i;
  for (const b of doc.blocks.slice(0, 8)) {
    if (b.kind === 'heading' && parts.length === 0) { parts.push(doc.blockText(b)); continue; }
    for (const s of doc.sentencesOf(b)) {
      const t = doc.slice(s.start, s.end);
      if (OWN.test(t)) parts.push(t);
    }
  }
  return parts.join('\n').toLowerCase();
}

function isOwn(n: Named, own: string): boolean {
  if (!own) return false;
  const names = [n.display, n.vendor?.name, n.vendor?.owner].filter((x): x is string => !!x && x.length > 2);
  return names.some((x) => containsWord(own, x.toLowerCase()));
}

/** `word` occurs in `text` with no letter or digit either side (no regular expression built per name). */
function containsWord(text: string, word: string): boolean {
  const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}_]/u.test(c);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + word.length])) return true;
  }
  return false;
}

function namedProcessors(doc: PolicyDocument, index: VendorIndex, listed: Set<number>): Named[] {
  const out: Named[] = [];
  const mentions = vendorMentions(doc, index);
  let next = 0; // mentions and blocks are both in document order
  for (const b of doc.blocks) {
    const first = out.length;
    while (next < mentions.length && mentions[next].start < b.start) next++;
    const skip = listed.has(b.index) || b.kind === 'heading';
    let view: SentenceView | undefined;
    for (; next < mentions.length && mentions[next].end <= b.end; next++) {
      const m = mentions[next];
      if (skip) continue;
      // Social networks reached through plug-ins and pixels are often joint controllers
      // (CJEU C-40/17, Fashion ID), not processors: this rule does not put them on a processor list.
      if (m.vendor.category === 'social') continue;
      const start = m.start;
      const s = doc.sentenceAt(start);
      if (s && view?.start !== s.start) view = new SentenceView(s.start, s.end, doc);
      if (s && view!.denies(start)) continue; // "We do not use Mailchimp."
      if (s && view!.otherRole()) continue;
      // Positive evidence only: the sentence says the service is used or receives data.
      if (!(s ? view!.showsUse() : USE_EVIDENCE.test(doc.blockText(b)))) continue;
      if (s && view!.usersOwn(start, m.end - m.start)) continue;
      // "PO Box 458": a postal address, not the file-sharing service.
      if (/\bP\.?\s?O\.?\s*$/i.test(doc.text.slice(Math.max(0, start - 6), start))) continue;
      if (m.vendor.ambiguous && !(s ? view!.speaksOfService() : SERVICE_CONTEXT.test(doc.blockText(b)))) continue;
      out.push({ display: m.text, start, end: m.end, vendor: m.vendor });
    }
    if (skip) continue;
    const text = doc.blockText(b);
    // The catalogue names of this block, sorted and apart: a quoted name inside one is not named twice.
    const catalogued = out.slice(first);
    const quoted = new Set<number>();
    for (const re of QUOTED_PROCESSOR) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const name = m[1].trim();
        const at = b.start + m.index + m[0].indexOf(m[1]);
        if (inside(catalogued, at) || quoted.has(at)) continue;
        quoted.add(at);
        out.push({ display: name, start: at, end: at + m[1].length, vendor: index.find(name)[0]?.vendor });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether `at` falls inside one of `names` (sorted by start, not overlapping). */
function inside(names: Named[], at: number): boolean {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && names[lo - 1].end > at;
}

interface Coverage { vendors: Set<string>; owners: Set<string>; texts: string[] }

function coverage(doc: PolicyDocument, index: VendorIndex, lists: ProcessorList[]): Coverage {
  const c: Coverage = { vendors: new Set(), owners: new Set(), texts: [] };
  for (const l of lists) for (const b of l.items) {
    const text = entryText(doc, b);
    const got = index.coveredBy(text);
    got.vendors.forEach((v) => c.vendors.add(v));
    got.owners.forEach((o) => c.owners.add(o));
    c.texts.push(text.toLowerCase());
  }
  return c;
}

function isCovered(n: Named, c: Coverage): boolean {
  if (n.vendor && (c.vendors.has(n.vendor.id) || c.owners.has(n.vendor.owner))) return true;
  const name = n.display.toLowerCase();
  return c.texts.some((t) => t.includes(name));
}

function addItem(doc: PolicyDocument, list: ProcessorList, name: string): Edit {
  const last = list.items[list.items.length - 1];
  if (last.kind === 'listItem' && last.list) return appendListItemEdit(doc, last.list, name);
  // A table: a new row with the name in the first cell and the others empty, after the last row's line.
  const cells = doc.blockText(last).split('\t').length;
  const eol = documentStyle(doc).eol;
  if (doc.format === 'html') return { start: last.sourceEnd, end: last.sourceEnd, newText: `${eol}<tr><td>${escapeHtml(name)}</td>${'<td>[…]</td>'.repeat(Math.max(0, cells - 1))}</tr>` };
  let lineEnd = last.sourceStart;
  while (lineEnd < doc.source.length && doc.source[lineEnd] !== '\n' && doc.source[lineEnd] !== '\r') lineEnd++;
  const line = doc.source.slice(last.sourceStart, lineEnd);
  // The other cells (purpose, location…) are facts the author supplies: placeholders.
  const rest = Array<string>(Math.max(0, cells - 1)).fill('[…]');
  let row = [name, ...rest].join('\t');
  if (doc.format === 'markdown') {
    const lead = /^\s*\|/.test(line);
    const trail = /\|\s*$/.test(line);
    row = `${lead ? '| ' : ''}${[name, ...rest].join(' | ')}${trail ? ' |' : ''}`;
  }
  return { start: lineEnd, end: lineEnd, newText: eol + row };
}

function reportEmpty(ctx: RuleContext, l: ProcessorList, named: Named[]): void {
  const { doc } = ctx;
  const st = documentStyle(doc);
  const names = [...new Set(named.map((n) => n.display))];
  const items = names.length ? names : ['[Service name] – [purpose], [country]'];
  const at = l.anchor.sourceEnd;
  const fix: Fix = { title: names.length ? 'Add the list of processors' : 'Add a list template', edits: [{ start: at, end: at, newText: st.gap + st.list(items) }], preferred: true };
  const range = l.announcement ? { start: doc.srcStart(l.announcement.start), end: doc.srcEnd(l.announcement.end) } : { start: l.anchor.sourceStart, end: l.anchor.sourceEnd };
  ctx.report({
    ...range, severity: 'error',
    message: 'This sentence announces a list of third-party services, but no list follows: the recipients of the data are not disclosed.',
    source: SOURCE, fixes: [fix], data: { empty: true },
  });
}

function reportNoList(ctx: RuleContext, named: Named[]): void {
  const { doc } = ctx;
  const names = [...new Set(named.map((n) => n.display))];
  const first = doc.blocks[0];
  const edit = appendSectionEdit(doc, 'Recipients', ['We share personal data with these service providers:'], names.map((n) => `${n} – [purpose], [country]`));
  ctx.report({
    start: first ? first.sourceStart : 0, end: first ? first.sourceEnd : 0, severity: 'information',
    message: `The policy names services that process personal data (${names.join(', ')}) but has no list of processors or recipients.`,
    source: SOURCE,
    // A template: which of them are processors, and for what, only the author knows.
    fixes: [{ title: 'Add a “Recipients” section listing them (to complete)', edits: [edit], preferred: true, safe: false }],
    related: named.slice(0, 10).map((n) => ({ start: doc.srcStart(n.start), end: doc.srcEnd(n.end), message: `${n.display} is named here` })),
    data: { vendors: names, documentLevel: true },
  });
}
