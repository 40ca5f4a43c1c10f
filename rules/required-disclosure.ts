// required-disclosure: GDPR Art. 13/14 completeness. One finding per item the
// policy never discloses: the controller and its contact details, the DPO's
// contact (where there is a DPO), purposes, legal basis, legitimate interests
// (where relied on), recipients, transfer safeguards (where data leaves the
// EU/EEA/UK), each data-subject right, withdrawal of consent (where consent is
// relied on), the right to complain to a supervisory authority, and whether
// automated decisions are made. Retention (Art. 13(2)(a)) is retention-undefined's.
// Items are recognised by meaning, in the phrasings listed in knowledge/disclosures.json.
import type { PolicyDocument } from './model/document';
import type { Block } from './model/types';
import type { Placeholder, ResolvedOptions, Rule, RuleContext } from './rule';
import data from './knowledge/disclosures.json';
import { vendorIndex } from './knowledge/vendors';
import { fitting } from './shared/message';
import { isGdprPolicy, isUkPolicy, looksLikePolicy, namesGdpr, ukStrongMarker } from './shared/policyFacts';
import { appendListItemEdit, documentStyle, sectionEdit, toSingular } from './shared/style';
import type { Edit, ListInfo } from './model/types';
import { vendorMentions } from './shared/vendorMentions';
import { citedArticles, findCitations } from './shared/citations';

/** A phrasing: a regular expression (case-insensitive unless marked), with optional keys (see Matcher). */
type Pattern = string | { source: string; caseSensitive?: boolean; keys?: string[] };
interface RightData { id: string; name: string; title: string; article: string; item: string; strong: Pattern[]; contextual: Pattern[] }
interface ItemData {
  id: string; name: string; provision: string; source: string; condition?: string;
  section: string; sectionWithin?: string; sectionOnlyWithin?: boolean; template: string[]; ukTemplate?: string[]; euUkTemplate?: string[];
  patterns: Record<string, Pattern[] | string[]>;
  rights?: RightData[];
}

const ITEMS = (data as unknown as { items: ItemData[] }).items;
const ITEM = new Map(ITEMS.map((i) => [i.id, i]));
/** The heading of an existing section that a fix's new section belongs in (see sectionEdit). */
const WITHIN = new Map(ITEMS.filter((i) => i.sectionWithin).map((i) => [i.id, new RegExp(i.sectionWithin!, 'i')]));

/**
 * A compiled phrasing. `keys` are lower-case strings one of which every match
 * contains: the sentences that hold none of them are never tested (see Text).
 * Without keys, the expression itself scans the text (`scan`).
 */
interface Matcher { re: RegExp; scan: RegExp; keys?: string[] }

const ALL_KEYS = new Set<string>();

function compile(ps: Pattern[] | string[] | undefined): Matcher[] {
  return (ps ?? []).map((p) => {
    const src = typeof p === 'string' ? p : p.source;
    const flags = typeof p !== 'string' && p.caseSensitive ? '' : 'i';
    const keys = typeof p === 'string' || !p.keys?.length ? undefined : p.keys;
    keys?.forEach((k) => ALL_KEYS.add(k));
    return { re: new RegExp(src, flags), scan: new RegExp(src, flags + 'g'), keys };
  });
}

/** The compiled phrasings of one item, by role ("mention", "specified", …). */
function pats(itemId: string, role: string): Matcher[] {
  return compile(ITEM.get(itemId)!.patterns[role] as Pattern[]);
}

const any = (ms: Matcher[], text: string) => ms.some((m) => m.re.test(text));

const P = {
  identity: pats('controller', 'identity'),
  identityHeading: pats('controller', 'identityHeading'),
  nameField: pats('controller', 'nameField'),
  entity: pats('controller', 'entity'),
  apposition: pats('controller', 'apposition'),
  selfIntro: pats('controller', 'selfIntro'),
  selfName: pats('controller', 'selfName')[0].scan,
  selfNameStop: new Set(ITEM.get('controller')!.patterns.selfNameStop as string[]),
  contact: [...pats('controller', 'contact'), ...pats('controller', 'contactCs')],
  dpoMention: pats('dpo', 'mention'),
  dpoNot: pats('dpo', 'notMention'),
  dpoDirect: pats('dpo', 'direct'),
  purpose: pats('purposes', 'sentence'),
  purposeHeading: pats('purposes', 'heading'),
  basis: pats('lawful-basis', 'sentence'),
  basisExclude: pats('lawful-basis', 'exclude'),
  basisHeading: pats('lawful-basis', 'heading'),
  retention: pats('lawful-basis', 'retention'),
  liMention: pats('legitimate-interests', 'mention'),
  liNot: pats('legitimate-interests', 'notRelied'),
  liSpecified: pats('legitimate-interests', 'specified'),
  liHeading: pats('legitimate-interests', 'heading'),
  recipients: pats('recipients', 'sentence'),
  recipientsListItem: pats('recipients', 'listItem'),
  recipientsHeading: pats('recipients', 'heading'),
  transfer: pats('transfers', 'mention'),
  transferNot: pats('transfers', 'notMention'),
  transferPeople: pats('transfers', 'people'),
  transferOther: pats('transfers', 'otherController'),
  transferException: pats('transfers', 'exception'),
  safeguardNamed: pats('transfers', 'named'),
  safeguardGeneric: pats('transfers', 'generic'),
  rightsContext: pats('rights', 'context'),
  cannotAct: pats('rights', 'cannotAct'),
  consent: pats('withdraw-consent', 'consent'),
  consentNot: pats('withdraw-consent', 'notConsent'),
  withdraw: pats('withdraw-consent', 'withdraw'),
  withdrawStrong: pats('withdraw-consent', 'strong'),
  authority: [...pats('complaint', 'authority'), ...pats('complaint', 'authorityCs')],
  complaintWord: pats('complaint', 'complaint'),
  complaintContact: pats('complaint', 'contact'),
  admMention: pats('automated-decisions', 'mention'),
  admStatement: [...pats('automated-decisions', 'statement'), ...pats('automated-decisions', 'statementCi')],
  admHeading: pats('automated-decisions', 'heading'),
  admHeadingBody: pats('automated-decisions', 'headingBody'),
  admRights: pats('automated-decisions', 'rightsPhrase')[0].scan,
};
const RIGHTS = ITEM.get('rights')!.rights!.map((r) => ({ ...r, strongRe: compile(r.strong), contextualRe: compile(r.contextual) }));
const RIGHTS_HEADING = /\brights?\b|\b(?:access\s+to|view(?:ing)?|chang(?:e|ing)|delet(?:e|ing)|correct(?:ing)?)\s+(?:or\s+\w+\s+)?(?:your\s+)?(?:personal\s+)?(?:data|information)\b|\bdata\s+subject\s+requests?\b/i;
const COMPLAINT_HEADING = /\bcomplain/i;
const OPT_OUT_ANY_TIME = /\b(?:opt[- ]?out|unsubscribe)\b[^.;]{0,40}?\bat\s+any\s+(?:time|point)\b|\bat\s+any\s+(?:time|point)\b[^.;]{0,40}?\b(?:opt[- ]?out|unsubscribe)\b/i;

/**
 * Every key of every phrasing, longest first, in two expressions: one pass over a
 * document finds them all. A key that starts with a letter or digit is only
 * looked for where a word starts (every phrasing has its key there); "@", "[", "+"
 * anywhere.
 */
const KEYS_BY_LENGTH = [...ALL_KEYS].sort((a, b) => b.length - a.length);
const escapeRe = (k: string) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const KEY_GATES = [
  new RegExp(`\\b(?:${KEYS_BY_LENGTH.filter((k) => /^\w/.test(k)).map(escapeRe).join('|')})`, 'gi'),
  new RegExp(KEYS_BY_LENGTH.filter((k) => !/^\w/.test(k)).map(escapeRe).join('|') || '(?!)', 'g'),
];
/** Each key's number, and for each key the numbers of the keys it begins with, itself included ("erasure" → "eras"). */
const KEY_ID = new Map(KEYS_BY_LENGTH.map((k, i) => [k, i]));
const KEY_PREFIX_IDS = KEYS_BY_LENGTH.map((k) => KEYS_BY_LENGTH.flatMap((x, i) => (x.length <= k.length && k.startsWith(x) ? [i] : [])));
/** A match as written ("Information", "USE") → its key's number: most matches repeat, and need no lower-casing. */
const KEY_ID_BY_MATCH = new Map<string, number>();
function keyIdOf(match: string): number | undefined {
  let id = KEY_ID_BY_MATCH.get(match);
  if (id === undefined) {
    id = KEY_ID.get(match.toLowerCase());
    // Bounded: the text's spellings of 253 keys.
    if (id !== undefined && KEY_ID_BY_MATCH.size < 4096) KEY_ID_BY_MATCH.set(match, id);
  }
  return id;
}

export type DisclosureState = 'disclosed' | 'missing' | 'n/a';
export interface Assessment {
  id: string;
  state: DisclosureState;
  /** Visible-text range where the finding belongs, when not the document's first block. */
  anchor?: { start: number; end: number };
  detail?: string;
  /** The controller: the policy says in so many words who the controller is. */
  stated?: boolean;
}

/** Each placeholder, and its spelling in the first person singular where that differs ("[If I do: …]"). */
function inBothVoices(ps: Placeholder[]): Placeholder[] {
  return ps.flatMap((p) => (toSingular(p.text) === p.text ? [p] : [p, { ...p, text: toSingular(p.text) }]));
}

export const requiredDisclosure: Rule = {
  id: 'required-disclosure',
  aliases: ['gdpr-completeness', 'art13-completeness'],
  description: 'A GDPR Art. 13/14 item the policy never discloses: controller, DPO contact, purposes, legal basis, legitimate interests, recipients, transfer safeguards, each right, withdrawal of consent, complaint to a supervisory authority, automated decisions',
  tags: ['gdpr', 'transparency', 'completeness'],
  defaultSeverity: 'information',
  // The blanks of the templates in disclosures.json and of the rights' fixes below, in both voices (a
  // template is written as "I" where the policy is). The contact blanks ("[email address]") are
  // contact-placeholder's findings too: they are reported once, as its warning.
  placeholders: inBothVoices([
    { text: '[name of the organisation or person responsible]', ask: 'Fill in the controller’s name' },
    { text: '[postal address]', ask: 'Fill in the postal address' },
    { text: '[email address]', ask: 'Fill in the e-mail address' },
    { text: '[email address of the data protection officer]', ask: 'Fill in the DPO’s e-mail address' },
    { text: '[e-mail address or other way to reach you]', ask: 'Say how readers can reach you' },
    { text: '[purpose]', ask: 'Fill in the purpose' },
    { text: '[the legal basis under GDPR Art. 6(1)]', ask: 'Name the legal basis' },
    { text: '[the interest, e.g. keeping our services secure]', ask: 'State the legitimate interest' },
    { text: '[recipient or category of recipients, and why]', ask: 'Name the recipients, and why' },
    { text: '[country]', ask: 'Fill in the country' },
    { text: '[an adequacy decision / standard contractual clauses (GDPR Art. 46(2)(c))]', ask: 'Name the transfer safeguard' },
    { text: '[how: e.g. use the unsubscribe link in our e-mails, or write to us]', ask: 'Say how consent is withdrawn' },
    { text: '[how to exercise it]', ask: 'Say how the right is exercised' },
    { text: '[We do not make / We make]', ask: 'Say whether you make automated decisions' },
    { text: '[If we do: the logic involved, and the significance and envisaged consequences for you.]', ask: 'Describe any automated decisions' },
  ]),
  check(ctx) {
    const { doc } = ctx;
    if (!appliesTo(doc, ctx.options)) return;
    const results = assessDisclosures(doc, ctx.options);
    const uk = clearlyUk(doc, ctx.options);
    // A UK policy that also speaks to readers in the EU or EEA: a complaint goes to either authority.
    const both = uk && ctx.options.jurisdiction !== 'uk' && ALSO_EU.test(doc.text);
    const place = rightsPlace(doc, results);
    for (const r of results) {
      if (r.state !== 'missing' || r.id.startsWith('right-')) continue;
      reportItem(ctx, ITEM.get(r.id)!, r, uk, place, both);
    }
    // "Contact us using the details in this policy" only where the policy gives a way to reach the controller.
    const controller = results.find((r) => r.id === 'controller');
    const reachable = !controller || controller.state !== 'missing' || controller.detail === 'identity';
    reportRights(ctx, results.filter((r) => r.id.startsWith('right-') && r.state === 'missing'), reachable, place, results);
  },
};

/** Only policies written under the GDPR (EU or UK) are checked against its Articles 13 and 14. */
function appliesTo(doc: PolicyDocument, o: ResolvedOptions): boolean {
  return looksLikePolicy(doc) && (isGdprPolicy(doc, o) || isUkPolicy(doc, o));
}

/** What the policy discloses, item by item (exported for tests and measurements). */
export function assessDisclosures(doc: PolicyDocument, options: ResolvedOptions): Assessment[] {
  return doc.memo('requiredDisclosure', () => {
    const t = new Text(doc);
    return [
      controller(t, options),
      dpo(t),
      purposes(t),
      lawfulBasis(t),
      legitimateInterests(t),
      recipients(t, options),
      transfers(t),
      ...rights(t, options),
      withdrawConsent(t),
      complaint(t, options),
      automatedDecisions(t),
    ];
  });
}

/**
 * The document's sentences, searched a phrasing at a time. A phrasing counts in a
 * sentence when it matches the sentence on its own (so it never spans two
 * sentences or blocks). One pass of KEY_GATES over the text indexes the sentences
 * by the keys they hold; a phrasing with keys is tested only on the sentences that
 * hold one of them, and a phrasing without keys scans the text itself, testing each
 * sentence it touches once. Checks stop at the first hit they need. Every
 * expression is linear (bounded repetitions), so the whole is linear in the text.
 */
class Text {
  private readonly texts: Array<string | undefined>;
  readonly headings: Block[];

  /** For each key's number, the sentences that contain it, in order. */
  private keyIndex?: Array<number[] | undefined>;
  private sectionOf?: Map<number, PolicyDocument['sections'][number]>;

  constructor(readonly doc: PolicyDocument) {
    this.texts = new Array(doc.sentences.length);
    this.headings = doc.blocks.filter((b) => b.kind === 'heading');
  }

  private sentencesWithKey(key: string): number[] {
    if (!this.keyIndex) {
      const index: Array<number[] | undefined> = new Array(KEYS_BY_LENGTH.length);
      const text = this.doc.text;
      const ss = this.doc.sentences;
      for (const gate of KEY_GATES) {
        gate.lastIndex = 0;
        let m: RegExpExecArray | null;
        let i = 0;
        while ((m = gate.exec(text))) {
          // Matches come in order: move the sentence cursor forward instead of searching.
          while (i < ss.length && ss[i].end <= m.index) i++;
          if (i >= ss.length) break;
          if (ss[i].start > m.index || ss[i].end < m.index + m[0].length) continue;
          const id = keyIdOf(m[0]);
          if (id === undefined) continue;
          for (const k of KEY_PREFIX_IDS[id]) {
            const list = index[k];
            if (!list) index[k] = [i];
            else if (list[list.length - 1] !== i) list.push(i);
          }
        }
      }
      this.keyIndex = index;
    }
    const id = KEY_ID.get(key);
    return (id === undefined ? undefined : this.keyIndex[id]) ?? [];
  }

  /** The sentences that may hold a match of `m`, in order; undefined when it has no keys. */
  private candidates(m: Matcher): number[] | undefined {
    if (!m.keys) return undefined;
    if (m.keys.length === 1) return this.sentencesWithKey(m.keys[0]);
    const all = new Set<number>();
    for (const k of m.keys) for (const i of this.sentencesWithKey(k)) all.add(i);
    return [...all].sort((a, b) => a - b);
  }

  sentence(i: number): string {
    return (this.texts[i] ??= this.doc.slice(this.doc.sentences[i].start, this.doc.sentences[i].end));
  }

  block(i: number): Block { return this.doc.blocks[this.doc.sentences[i].block]; }
  blockText(b: Block): string { return this.doc.blockText(b); }
  isHeading(i: number): boolean { return this.block(i).kind === 'heading'; }
  at(i: number): { start: number; end: number } { return { start: this.doc.sentences[i].start, end: this.doc.sentences[i].end }; }

  /**
   * Calls `visit` with each sentence (in order per phrasing) that matches one of
   * `ms`; stops when `visit` returns true, and then returns true. Sentences that
   * fail `pre` (a cheaper test) are skipped without testing the phrasing.
   */
  scan(ms: Matcher[], visit: (i: number) => boolean | void = () => true, pre?: (i: number) => boolean): boolean {
    const text = this.doc.text;
    for (const m of ms) {
      const { re, scan: g } = m;
      const cands = this.candidates(m);
      if (cands) {
        for (const i of cands) if ((!pre || pre(i)) && re.test(this.sentence(i)) && visit(i) === true) return true;
        continue;
      }
      g.lastIndex = 0;
      let x: RegExpExecArray | null;
      while ((x = g.exec(text))) {
        const i = this.doc.sentenceIndexAt(x.index);
        if (i < 0) { g.lastIndex = x.index + 1; continue; }
        if ((!pre || pre(i)) && re.test(this.sentence(i)) && visit(i) === true) return true;
        // Every other match starting in this sentence was covered by testing the sentence.
        g.lastIndex = Math.max(x.index + 1, this.doc.sentences[i].end);
      }
    }
    return false;
  }

  /** Whether some sentence matches one of `ms` and passes `ok`. */
  some(ms: Matcher[], ok: (i: number) => boolean = () => true, pre?: (i: number) => boolean): boolean {
    return this.scan(ms, (i) => ok(i), pre);
  }

  /** Every sentence matching one of `ms` and passing `ok`, in document order. */
  all(ms: Matcher[], ok: (i: number) => boolean = () => true): number[] {
    const out = new Set<number>();
    this.scan(ms, (i) => { if (ok(i)) out.add(i); });
    return [...out].sort((a, b) => a - b);
  }

  /** Blocks under a heading block, up to the end of its section (nested sections included). */
  sectionBody(heading: Block): Block[] {
    // By heading, looked up, not searched: a policy of many headings asks for many sections.
    this.sectionOf ??= new Map(this.doc.sections.map((x) => [x.heading, x]));
    const sec = this.sectionOf.get(heading.index);
    return sec ? this.doc.blocks.slice(sec.firstBlock + 1, sec.endBlock) : [];
  }

  /** The blocks of the innermost section a block is in (its heading excluded); none before the first heading or in the title's section. */
  ownSection(b: Block): Block[] {
    return b.section <= 0 ? [] : this.sectionBody(this.doc.headingOf(this.doc.sections[b.section])).slice(0, 59);
  }

  /** The other items of the list a list item is in (up to 30 each way; nested items of other lists are passed over). */
  listSiblings(b: Block): Block[] {
    if (b.kind !== 'listItem' || !b.list) return [];
    const id = b.list.id;
    const out: Block[] = [];
    const blocks = this.doc.blocks;
    for (const step of [-1, 1]) {
      for (let j = b.index + step, n = 0; j >= 0 && j < blocks.length && n < 30 && blocks[j].kind === 'listItem'; j += step, n++) {
        if (blocks[j].list?.id === id) out.push(blocks[j]);
      }
    }
    return out;
  }

  sectionTitle(b: Block): string {
    return b.section >= 0 ? this.doc.blockText(this.doc.headingOf(this.doc.sections[b.section])) : '';
  }
}

/** "See our imprint / legal notice": the German Impressum (and its like) names the controller and how to reach it. */
const IMPRINT = /\b(?:imprint|impressum|legal\s+notice|site\s+notice|legal\s+disclosure|colophon)\b/i;
/** A link that reaches someone: an e-mail address, or a contact or imprint page (by path, or a relative file: "kontakt.md"). */
const CONTACT_LINK = /^mailto:|(?:\/|^)(?:contact|kontakt|impressum|imprint|legal-notice|about)\b(?!:)/i;

/** The controller's own voice: a sentence with one of these is about the controller, whoever else it names. */
const FIRST_PERSON = /\b(?:[Ww]e|[Uu]s|[Oo]urs?|I|[Mm]e|[Mm]y)\b/;
/** Web and e-mail addresses, whose words ("/contact-us/") are not the writer's voice. */
const ADDRESS_WORD = /\S*(?:https?:\/\/|www\.|@)\S*/g;
/**
 * The controller's naming phrasings, for every match in a sentence: copies of the expressions, as
 * Text.scan may be using a phrasing's own `scan` while a sentence is read.
 */
const APPOSITION_ALL = P.apposition.map((m) => new RegExp(m.re.source, `${m.re.flags}g`));
const SELF_INTRO_ALL = P.selfIntro.map((m) => new RegExp(m.re.source, `${m.re.flags}g`));
/** "P.O. Box 1006" is a postal address, not the Box service. */
const PO_BOX = /\b(?:P\.?\s?O\.?\s?|Post(?:al)?\s+(?:Office\s+)?)Box\b/gi;

function controller(t: Text, options: ResolvedOptions): Assessment {
  // Tested only when nothing cheaper names the controller (a scan of the whole text).
  const imprint = () => IMPRINT.test(t.doc.text);
  const index = vendorIndex(options.extraVendors);
  // A catalogue service's legal name ("provided by Google Inc.") names a recipient, not the controller.
  const ownEntity = (i: number) => entities(t.sentence(i)).some((name) => {
    const c = index.coveredBy(name);
    return !c.vendors.size && !c.owners.size;
  });
  // A name the policy gives itself ("The Data Controller, Christ Church Mayfair, …", "Harbour Rowing Club respects your
  // privacy", "At Acme, we …"): what is left after the leading stop words ("The", "Our", "Privacy Policy"), if it is not
  // a generic word ("The Company", "This Website", "Our Club") and not a catalogue service ("the controller, Google Ireland Ltd").
  const ownName = (raw: string) => {
    const c = index.coveredBy(raw);
    if (c.vendors.size || c.owners.size) return false;
    const words = raw.split(/[ \t]+/);
    let k = 0;
    while (k < words.length && P.selfNameStop.has(words[k])) k++;
    return words.slice(k).join(' ').length > 1;
  };
  // Every match in the sentence (group 1 is the name).
  const namedIn = (gs: RegExp[]) => (i: number) => gs.some((g) => {
    const s = t.sentence(i);
    g.lastIndex = 0;
    for (let x = g.exec(s); x; x = g.exec(s)) if (ownName(x[1])) return true;
    return false;
  });
  // Named as the controller, in words that say so ("The controller is …", "Controller: …", a "Controller" section,
  // "Name: …" among contact fields), or only as the policy's author (a legal entity, "Acme respects your privacy").
  const stated = t.some(P.identity) || t.some(P.apposition, namedIn(APPOSITION_ALL)) || controllerSection(t) || nameField(t);
  const identity = stated || t.some(P.entity, ownEntity)
    || t.some(P.selfIntro, namedIn(SELF_INTRO_ALL)) || selfNamed(t, options) || imprint();
  // Contact details in a sentence about someone else, and not in the controller's voice, are theirs:
  // "provided by Google Inc., 1600 Amphitheatre Parkway", "contact the Information Commissioner's Office on 0303 123 1113".
  const thirdParty = (s: string) => !FIRST_PERSON.test(s.replace(ADDRESS_WORD, ' ')) && (any(P.authority, s) || index.find(s.replace(PO_BOX, ' ')).length > 0);
  const linkSentence = (at: number) => {
    const s = t.doc.sentenceAt(at);
    return s ? t.doc.slice(s.start, s.end) : '';
  };
  const contact = t.some(P.contact, (i) => !thirdParty(t.sentence(i)))
    || t.doc.links.some((l) => CONTACT_LINK.test(l.href) && !thirdParty(linkSentence(l.start))) || imprint();
  if (identity && contact) return { id: 'controller', state: 'disclosed' };
  return { id: 'controller', state: 'missing', detail: !identity && !contact ? 'both' : identity ? 'contact' : 'identity', ...(stated ? { stated } : {}) };
}

/** The legal entities a sentence names ("Acme Widgets Ltd", "Google Inc"). */
function entities(s: string): string[] {
  const out: string[] = [];
  for (const m of P.entity) {
    m.scan.lastIndex = 0;
    let x: RegExpExecArray | null;
    while ((x = m.scan.exec(s))) out.push(x[0]);
  }
  return out;
}

/** A section headed "Controller" or "Responsible for data protection" whose text names someone. */
function controllerSection(t: Text): boolean {
  return t.headings.some((h) => any(P.identityHeading, t.blockText(h))
    && t.sectionBody(h).some((b) => b.kind !== 'heading' && /\p{Lu}/u.test(t.blockText(b))));
}

/** "Name: Royal College of …" among contact fields (the same or one of the next three blocks has contact details). */
function nameField(t: Text): boolean {
  return t.some(P.nameField, (i) => {
    const b = t.block(i).index;
    return t.doc.blocks.slice(b, b + 4).some((x) => any(P.contact, t.blockText(x)));
  });
}

/**
 * A trading name the policy uses for itself as a subject ("Optymyse collects …"):
 * at least twice as a subject, three times in all, and not a vendor or a common word.
 */
function selfNamed(t: Text, options: ResolvedOptions): boolean {
  const index = vendorIndex(options.extraVendors);
  const counts = new Map<string, number>();
  const text = t.doc.text;
  const re = P.selfName;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const name = m[1];
    if (P.selfNameStop.has(name.split(/[ \t]/)[0]) || index.find(name).length) continue;
    const s = t.doc.sentenceAt(m.index);
    if (!s || t.doc.blocks[s.block].kind === 'heading') continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const [name, n] of counts) {
    if (n < 2) continue;
    let total = 0;
    for (let i = text.indexOf(name); i >= 0 && total < 3; i = text.indexOf(name, i + name.length)) total++;
    if (total >= 3) return true;
  }
  return false;
}

function dpo(t: Text): Assessment {
  // A heading ("Data protection officer") is a topic: it mentions a DPO only where its section does not say there is none.
  const deniedIn = new Map<number, boolean>();
  const denied = (h: Block) => {
    let d = deniedIn.get(h.index);
    if (d === undefined) deniedIn.set(h.index, (d = t.sectionBody(h).some((b) => b.kind !== 'heading' && any(P.dpoNot, t.blockText(b)))));
    return d;
  };
  const mentions = t.all(P.dpoMention, (i) => !any(P.dpoNot, t.sentence(i)) && !(t.isHeading(i) && denied(t.block(i))));
  if (!mentions.length) return { id: 'dpo', state: 'n/a' };
  // Each block is read once, however many mentions it is near ("DPO" on every line of a page).
  const read = new Set<number>();
  const reaches = (x: Block) => !read.has(x.index) && (read.add(x.index), any(P.contact, t.blockText(x)) || any(P.dpoDirect, t.blockText(x)) || CONTACT_GIVEN_ELSEWHERE.test(t.blockText(x)) || formLinked(t, x));
  const sectionsSeen = new Set<number>();
  for (const i of mentions) {
    const b = t.block(i);
    const near: Block[] = [b];
    const next = t.doc.blocks[b.index + 1];
    if (next) near.push(next);
    // A heading's section (once: a section nested in one already read is inside it).
    if (b.kind === 'heading') { if (!sectionsSeen.has(b.index)) { sectionsSeen.add(b.index); near.push(...t.sectionBody(b).filter((x) => !read.has(x.index))); } }
    // "Data Protection Officer:" on a line of its own, its name and address on the lines after it.
    else if (/:\s*$/.test(t.blockText(b))) near.push(...linesAfter(t, b, 8));
    if (near.some(reaches)) return { id: 'dpo', state: 'disclosed' };
  }
  return { id: 'dpo', state: 'missing', anchor: t.at(mentions[0]) };
}

/** A web form, linked where the block says to use it: "reach out to our Data Protection Officer by completing this form: DPO Contact [link]". */
const USE_FORM = /\b(?:complet(?:e|es|ing)|fill(?:ing)?\s+(?:in|out)|submit(?:ting)?|us(?:e|ing)|via|through)\s+(?:this|our|the|a)\s+(?:online\s+|web\s+|contact\s+|request\s+)?form\b/i;
function formLinked(t: Text, b: Block): boolean {
  return USE_FORM.test(t.blockText(b)) && t.doc.links.some((l) => l.start >= b.start && l.end <= b.end && /^https?:/i.test(l.href));
}

/** A way to reach the officer given by pointing to the policy's contact details: "contact us at the email address above". */
const CONTACT_GIVEN_ELSEWHERE = /\b(?:contact(?:ed)?|reach(?:ed)?|write\s+to|e-?mail)\b[^.;]{0,40}?\b(?:(?:e-?mail\s+)?address(?:es)?|contact\s+(?:details|information)|details)\s+(?:given\s+|listed\s+|provided\s+|shown\s+)?(?:above|below|in\s+(?:section|the\s+(?:contact|controller|["“]?contact)))/i;

/** Up to `n` blocks after `b`, stopping at a heading. */
function linesAfter(t: Text, b: Block, n: number): Block[] {
  const out: Block[] = [];
  for (const x of t.doc.blocks.slice(b.index + 1, b.index + 1 + n)) {
    if (x.kind === 'heading') break;
    out.push(x);
  }
  return out;
}

/** A heading that is only the name of a lawful basis ("✅ Consent", "Contract Performance", "Legitimate Interests"). */
const BASIS_NAME_HEADING = /^[^\p{L}\d]*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:your\s+)?consent|contract(?:ual)?(?:\s+(?:performance|necessity))?|(?:performance|fulfil(?:l)?ment)\s+of\s+(?:a\s+|the\s+|our\s+)?contract|legitimate\s+interests?|legal\s+(?:obligations?|requirements?)|vital\s+interests?|public\s+(?:task|interest))[^\p{L}\d]*$/iu;

function purposes(t: Text): Assessment {
  // A section per lawful basis that lists what each covers ("Contract Performance" over "Account creation and
  // management", "Payment processing"): the items are the purposes.
  const ok = t.headings.some((h) => any(P.purposeHeading, t.blockText(h))) || t.some(P.purpose)
    || t.headings.some((h) => BASIS_NAME_HEADING.test(t.blockText(h).trim()) && t.sectionBody(h).filter((b) => b.kind === 'listItem').length >= 2);
  return { id: 'purposes', state: ok ? 'disclosed' : 'missing' };
}

function lawfulBasis(t: Text): Assessment {
  const ok = t.headings.some((h) => any(P.basisHeading, t.blockText(h)))
    || t.some(P.basis, (i) => !any(P.basisExclude, t.sentence(i)) && !any(P.retention, t.sentence(i)));
  if (ok) return { id: 'lawful-basis', state: 'disclosed' };
  const heading = t.headings.find((h) => any(P.purposeHeading, t.blockText(h)));
  return { id: 'lawful-basis', state: 'missing', anchor: heading && { start: heading.start, end: heading.end } };
}

/** Words that state what an interest is, in the block that relies on it. */
const LI_PURPOSE = /\b(?:lies?\s+in|following\s+purposes|consists?\s+(?:of|in)|in\s+order\s+to|for\s+the\s+purposes?\s+of|to\s+(?:ensure|improve|provide|protect|prevent|analy[sz]e|secure|operate|optimi[sz]e|market|promote|send|measure|detect|display|enable|answer|respond|handle|maintain|defend|establish|enforce)|(?:improv|secur|stabil|optimi[sz]|analy[sz]|market|advertis|fraud|abuse|function|reliab|perform)\w*)\b/i;

/** A short "Label: value" line. */
const isField = (s: string) => s.length <= 80 && /^[^:.;]{2,40}:\s*\S/.test(s);

/**
 * What does not state an interest, though LI_PURPOSE would read it so: the reliance itself ("for
 * the purposes of our legitimate interests"), and another basis ("to perform a contract with you").
 */
const LI_NOT_PURPOSE = /\b(?:for\s+the\s+purposes?\s+of|to\s+(?:protect|safeguard|pursue)|in\s+pursuit\s+of|pursuant\s+to|based\s+on)\s+(?:(?:our|the|its|their)\s+)?(?:own\s+)?legitimate\s+(?:business\s+)?interests?\b|\b(?:perform(?:ance)?|fulfil(?:l|ment)?)\s+(?:of\s+)?(?:a|the|our|any|your)\s+contract\b/gi;
/** The other legal bases, each by one word: a sentence naming two of them besides legitimate interests lists the bases. */
const OTHER_BASES = [/\bconsent\b/i, /\bcontract\b/i, /\blegal(?:ly)?\s+(?:obligations?|required|requirements?|duty)\b/i, /\bvital\s+interests?\b/i, /\bpublic\s+(?:interest|task)\b/i];
/** The right to object to processing based on legitimate interests says nothing of what they are. */
const LI_OBJECTION = /\bobject(?:ion)?s?\b/i;

function legitimateInterests(t: Text): Assessment {
  const mentions = t.all(P.liMention, (i) => !any(P.liNot, t.sentence(i)));
  if (!mentions.length) return { id: 'legitimate-interests', state: 'n/a' };
  const ss = t.doc.sentences;
  const purpose = (s: string) => { LI_NOT_PURPOSE.lastIndex = 0; return LI_PURPOSE.test(s.replace(LI_NOT_PURPOSE, ' … ')); };
  // The interest stated around the mention, in its sentence or the one before or after it in the same block:
  // "Our legitimate interest lies in the security of our website.", "We analyse visits to improve the site. This is our legitimate interest."
  // Not when the sentence only lists legitimate interests among the bases ("your consent, a contract, a legal obligation
  // or our legitimate interests"), nor in the right to object: the purposes around those belong to every basis.
  const stated = (i: number): boolean => {
    const s = t.sentence(i);
    if (LI_OBJECTION.test(s) || OTHER_BASES.filter((r) => r.test(s)).length >= 2) return false;
    return [i - 1, i, i + 1].some((j) => j >= 0 && j < ss.length && ss[j].block === ss[i].block && purpose(t.sentence(j)));
  };
  const specified = t.some(P.liSpecified)
    || mentions.some(stated)
    // A field of a record ("Purpose: …", "Lawful Basis: Legitimate Interests", "Additional Information: … in order to …"):
    // the interest is in the neighbouring fields.
    || [...new Set(mentions.map((i) => t.block(i)))].some((b) => isField(t.blockText(b))
      && [t.doc.blocks[b.index - 1], t.doc.blocks[b.index + 1]].some((x) => x && x.kind !== 'heading' && purpose(t.blockText(x))))
    || t.headings.some((h) => any(P.liHeading, t.blockText(h)) && t.sectionBody(h).some((b) => b.kind !== 'heading' && b.sentenceCount > 0));
  return specified ? { id: 'legitimate-interests', state: 'disclosed' } : { id: 'legitimate-interests', state: 'missing', anchor: t.at(mentions[0]) };
}

function recipients(t: Text, options: ResolvedOptions): Assessment {
  const ok = t.headings.some((h) => any(P.recipientsHeading, t.blockText(h))) || t.some(P.recipients)
    // "We may use data to: … – Share with other Scout Groups": an item of a list of uses.
    || t.some(P.recipientsListItem, (i) => t.block(i).kind === 'listItem')
    // A named service (Google Analytics, Stripe) is a named recipient; processor-unlisted checks the list.
    // Not a button or link standing alone as a paragraph ("WhatsApp – Write to us"): that is page furniture.
    || vendorMentions(t.doc, vendorIndex(options.extraVendors)).some((m) => !inLoneLink(t, m.start));
  return { id: 'recipients', state: ok ? 'disclosed' : 'missing' };
}

/** Offset `at` is in a paragraph that is wholly the text of one link (a button, a navigation entry). */
function inLoneLink(t: Text, at: number): boolean {
  const s = t.doc.sentenceAt(at);
  const b = s && t.doc.blocks[s.block];
  if (!b || b.kind !== 'paragraph') return false;
  const text = t.blockText(b).trim();
  return t.doc.links.some((l) => l.start <= at && at < l.end && t.doc.slice(l.start, l.end).trim() === text);
}

const TRANSFER_PEOPLE = new RegExp(P.transferPeople.map((m) => `(?:${m.re.source})`).join('|'), 'gi');

function transfers(t: Text): Assessment {
  if (t.some(P.safeguardNamed)) return { id: 'transfers', state: 'disclosed' };
  const mentions = t.all(P.transfer, (i) => {
    // A heading ("Data Transfer to Third Countries") is a topic, not a statement that data leaves.
    if (t.isHeading(i)) return false;
    const s = t.sentence(i);
    // "Data is not transferred outside the EEA, except when …" still foresees a transfer.
    if (any(P.transferNot, s) && !any(P.transferException, s)) return false;
    // Another controller's own transfers ("under Apple's responsibility", "as an independent controller") are not the
    // controller's: this notice owes no safeguard for them.
    if (any(P.transferOther, s)) return false;
    // People outside the EU ("users, even those outside the EU") are not data leaving it.
    return !any(P.transferPeople, s) || any(P.transfer, s.replace(TRANSFER_PEOPLE, ' … '));
  });
  if (!mentions.length) return { id: 'transfers', state: 'n/a' };
  // A generic safeguard ("appropriate safeguards") counts where the transfer is stated, in the same block.
  if (mentions.some((i) => any(P.safeguardGeneric, t.blockText(t.block(i))))) return { id: 'transfers', state: 'disclosed' };
  // "Data is not transferred outside the EEA, except …": a template stating "We transfer personal data to [country]" would contradict it.
  const denied = mentions.every((i) => any(P.transferNot, t.sentence(i)));
  return { id: 'transfers', state: 'missing', anchor: t.at(mentions[0]), ...(denied ? { detail: 'denied' } : {}) };
}

/** The rights' own articles: a policy that cites Art. 17 GDPR has told the reader of the right to erasure. */
const RIGHT_ARTICLES: Record<string, number> = { 'right-access': 15, 'right-rectification': 16, 'right-erasure': 17, 'right-restriction': 18, 'right-portability': 20, 'right-objection': 21 };

/**
 * The GDPR articles the policy cites, each with the first sentence citing it: GDPR citations, and
 * "(article 17)" in lower case in a sentence that names the GDPR.
 */
function gdprCitations(t: Text, options: ResolvedOptions): Map<number, Array<{ start: number; end: number }>> {
  return t.doc.memo('requiredDisclosure.citations', () => {
    // Each article's citing sentences, in order (the first is where a right is told).
    const out = new Map<number, Array<{ start: number; end: number }>>();
    for (const c of findCitations(t.doc, options)) {
      if (c.kind !== 'article' || !(c.instrument === 'gdpr' || (c.instrument === 'unknown' && namesGdpr(t.doc.slice(c.sentence.start, c.sentence.end))))) continue;
      for (const a of citedArticles(c)) {
        const list = out.get(a) ?? [];
        if (!list.length) out.set(a, list);
        list.push({ start: c.sentence.start, end: c.sentence.end });
      }
    }
    return out;
  });
}

function rights(t: Text, options: ResolvedOptions): Assessment[] {
  const cited = gdprCitations(t, options);
  // A list item inherits the context of the sentence that introduces its list ("You have the right to:").
  const leadIn = new Map<number, boolean>();
  const context = new Map<number, boolean>();
  const inContext = (i: number): boolean => {
    if (any(P.rightsContext, t.sentence(i))) return true;
    const b = t.block(i);
    if (b.kind !== 'listItem') return false;
    if (!leadIn.has(b.index)) {
      let j = b.index - 1;
      while (j >= 0 && t.doc.blocks[j].kind === 'listItem') j--;
      leadIn.set(b.index, j >= 0 && any(P.rightsContext, t.blockText(t.doc.blocks[j])));
    }
    return leadIn.get(b.index)!;
  };
  const contextOf = (i: number): boolean => {
    let c = context.get(i);
    if (c === undefined) context.set(i, (c = inContext(i)));
    return c;
  };
  const heading = t.headings.find((h) => RIGHTS_HEADING.test(t.blockText(h)));
  return RIGHTS.map((r) => {
    // Where the right is told (the first sentence found): a fix for another right goes beside it.
    let at = cited.get(RIGHT_ARTICLES[r.id])?.[0];
    const found = (i: number) => { at = t.at(i); return true; };
    const ok = at !== undefined || t.scan(r.strongRe, found) || t.scan(r.contextualRe, found, contextOf);
    return ok ? { id: r.id, state: 'disclosed' as const, anchor: at } : { id: r.id, state: 'missing' as const, anchor: heading && { start: heading.start, end: heading.end } };
  });
}

function withdrawConsent(t: Text): Assessment {
  const consent = t.all(P.consent, (i) => !any(P.consentNot, t.sentence(i)));
  if (!consent.length) return { id: 'withdraw-consent', state: 'n/a' };
  // The withdrawal in the consent's paragraph, or in another item of its list: a processing described as
  // fields ("Legal basis: Consent (Art. 6(1)(a))", "Withdrawal: unsubscribe link in every e-mail").
  // Opting out "at any time" of what was opted into, in the consent's own section ("When you opt in to text
  // messaging …" / "You can opt out at any time by replying STOP"), is the withdrawal of that consent.
  // Each block and section is read once, however many consent sentences it holds.
  const withdrawIn = new Map<number, boolean>();
  const inBlock = (b: Block) => { let v = withdrawIn.get(b.index); if (v === undefined) withdrawIn.set(b.index, (v = any(P.withdraw, t.blockText(b)))); return v; };
  const optOutIn = new Map<number, boolean>();
  const inSection = (b: Block) => { let v = optOutIn.get(b.section); if (v === undefined) optOutIn.set(b.section, (v = t.ownSection(b).some((x) => OPT_OUT_ANY_TIME.test(t.blockText(x))))); return v; };
  const seenBlocks = new Set<number>();
  const ok = t.some(P.withdrawStrong) || consent.some((i) => {
    const b = t.block(i);
    if (seenBlocks.has(b.index)) return false;
    seenBlocks.add(b.index);
    return inBlock(b) || t.listSiblings(b).some(inBlock) || inSection(b);
  });
  return ok ? { id: 'withdraw-consent', state: 'disclosed' } : { id: 'withdraw-consent', state: 'missing', anchor: t.at(consent[0]) };
}

function complaint(t: Text, options: ResolvedOptions): Assessment {
  // A citation of Art. 77 GDPR names the right where its sentence speaks of a complaint ("Right to lodge a
  // complaint pursuant to Art. 77 GDPR"); cited for something else ("Your right to restriction … (Article 77
  // GDPR)") it is a wrong citation, which gdpr-article-mismatch's fix replaces, not a disclosure.
  const cited = gdprCitations(t, options).get(77) ?? [];
  const ok = cited.some((s) => any(P.complaintWord, t.doc.slice(s.start, s.end))) || t.some(P.authority, (i) => {
    const b = t.block(i);
    const text = t.blockText(b);
    return any(P.complaintWord, text) || any(P.complaintContact, text) || any(P.complaintWord, t.sectionTitle(b));
  });
  if (ok) return { id: 'complaint', state: 'disclosed' };
  const heading = t.headings.find((h) => COMPLAINT_HEADING.test(t.blockText(h))) ?? t.headings.find((h) => RIGHTS_HEADING.test(t.blockText(h)));
  return { id: 'complaint', state: 'missing', anchor: heading && { start: heading.start, end: heading.end } };
}

/** The paragraph that introduces the list a list item is in, when it ends with a colon ("We do not use:"); else ''. */
function listLeadIn(t: Text, b: Block): string {
  if (b.kind !== 'listItem') return '';
  let j = b.index - 1;
  while (j >= 0 && t.doc.blocks[j].kind === 'listItem') j--;
  const lead = j >= 0 && t.doc.blocks[j].kind === 'paragraph' ? t.blockText(t.doc.blocks[j]).trimEnd() : '';
  return lead.endsWith(':') ? lead.slice(-200) : '';
}

function automatedDecisions(t: Text): Assessment {
  const stripRights = (s: string) => {
    P.admRights.lastIndex = 0;
    return s.replace(P.admRights, ' … ');
  };
  const stated = t.some(P.admMention, (i) => !t.isHeading(i) && (any(P.admStatement, stripRights(t.sentence(i)))
    // An item of a list whose lead-in states it ("We do not use your data for:" / "- automated decision-making;").
    || any(P.admStatement, stripRights(`${listLeadIn(t, t.block(i))} ${t.sentence(i)}`))));
  const underHeading = t.headings.some((h) => any(P.admHeading, t.blockText(h))
    && t.sectionBody(h).some((b) => b.kind !== 'heading' && any(P.admHeadingBody, stripRights(t.blockText(b)))));
  return { id: 'automated-decisions', state: stated || underHeading ? 'disclosed' : 'missing' };
}

// ---------------------------------------------------------------------------
// Findings

function range(doc: PolicyDocument, a: Assessment): { start: number; end: number } {
  if (a.anchor) return { start: doc.srcStart(a.anchor.start), end: doc.srcEnd(a.anchor.end) };
  const first = doc.blocks[0];
  return { start: first ? first.sourceStart : 0, end: first ? first.sourceEnd : 0 };
}

/** For each item: the message (one sentence: what is missing, what to add) and the detail (the why, in words). */
const MESSAGES: Record<string, (a: Assessment) => [message: string, detail: string]> = {
  controller: (a) => a.detail === 'identity'
    ? ['The policy gives contact details but never names the controller: give its legal name.', 'The controller is the company responsible for the personal data: readers must know who it is, by its legal name.']
    : a.detail === 'contact'
      ? ['The policy names the controller but gives no way to contact it: add its contact details.', 'The policy gives no e-mail address, postal address, telephone number or contact form for the controller.']
      : ['The policy says neither who the controller is nor how to contact it: name it and give its contact details.', 'Readers must know which company is responsible for their personal data, and how to reach it.'],
  dpo: () => ['The policy mentions a data protection officer but gives no contact details for them: add them.', 'Where there is a data protection officer, readers must be given their contact details.'],
  purposes: () => ['The policy never says for what purposes personal data is processed: state each purpose.', 'Readers must be told what their personal data is used for.'],
  'lawful-basis': () => ['The policy states no legal basis for processing personal data: name one for each purpose.', 'A legal basis is consent, contract, legal obligation, vital interests, a task in the public interest or legitimate interests (Article 6(1) GDPR).'],
  'legitimate-interests': () => ['The policy relies on legitimate interests but never says what they are: state them.', 'Where processing rests on legitimate interests, readers must be told what those interests are.'],
  recipients: () => ['The policy never says who receives personal data, nor that nobody does: name the recipients.', 'Readers must be told the recipients or categories of recipients of their personal data.'],
  transfers: () => ['The policy says personal data leaves the EU/EEA or the UK but names no safeguard: name it.', 'A safeguard is an adequacy decision, standard contractual clauses, binding corporate rules, …; readers must be told which applies and how to get a copy.'],
  'withdraw-consent': () => ['The policy relies on consent but never says it can be withdrawn at any time: say so.', 'Where processing rests on consent, readers must be told that they can withdraw it at any time, without affecting what was done before.'],
  complaint: () => ['The policy does not mention the right to complain to a supervisory authority: add it.', 'Readers must be told that they may lodge a complaint with a supervisory authority.'],
  'automated-decisions': () => ['The policy does not say whether it makes solely automated decisions: say so, even if it makes none.', 'Readers must be told of decisions based solely on automated processing, including profiling (Article 22 GDPR); if there are none, the policy should say so.'],
};

function reportItem(ctx: RuleContext, item: ItemData, a: Assessment, uk: boolean, place: RightsPlace, both = false): void {
  const { doc } = ctx;
  const paragraphs = both && item.euUkTemplate ? item.euUkTemplate : uk && item.ukTemplate ? item.ukTemplate : item.template;
  // No "Who we are" template where the policy already says who the controller is and only its contact details are
  // missing (a second passage naming "[name of the organisation]" would repeat it), and no "We transfer personal data to
  // [country]" where the policy says data is not transferred (but for an exception).
  const noTemplate = (item.id === 'controller' && a.detail === 'contact' && a.stated) || (item.id === 'transfers' && a.detail === 'denied');
  // Withdrawal of consent and the complaint right join the policy's list of rights (see rightsPlace).
  const listed = item.id === 'withdraw-consent' || item.id === 'complaint' ? rightsFamilyEdit(doc, place, item.id, uk, both) : undefined;
  // No fix where the policy has a section on the subject that the new one cannot join (see sectionEdit).
  const edit = noTemplate ? undefined : listed ? listed.edit : sectionEdit(doc, item.section, paragraphs, undefined, { within: WITHIN.get(item.id), only: item.sectionOnlyWithin });
  ctx.report({
    ...range(doc, a),
    severity: 'information',
    message: MESSAGES[item.id](a)[0],
    detail: `${MESSAGES[item.id](a)[1].replace(/\.$/, '')} (GDPR ${item.provision}).${edit ? ' The fix adds a template to complete.' : ''}`,
    source: item.source,
    fixes: edit ? [{ title: listed?.edit ? listed.title : `Add a “${item.section}” section (template to complete)`, edits: [edit], preferred: true }] : [],
    data: { documentLevel: true, item: item.id, ...(a.detail ? { missing: a.detail } : {}) },
  });
}

/**
 * The policy is clearly a UK one, so a complaint goes to the ICO: the jurisdiction says so, or the text names the UK GDPR,
 * the Data Protection Act 2018 or the ICO, or gives the controller's own address in the UK. isUkPolicy's weaker signs
 * ("UK" and "London" in a processor's address) do not make an EU policy's supervisory authority the ICO.
 */
const UK_CLEAR = /\bUK[ \t\u00a0]+GDPR\b|\b(?:under|by|with)[ \t\u00a0]+UK[ \t\u00a0]+law\b|\bData[ \t\u00a0]+Protection[ \t\u00a0]+Act[ \t\u00a0]+2018\b|Information[ \t\u00a0]+Commissioner(?<!(?:Federal|Swiss)\s+(?:Data\s+Protection\s+and\s+)?Information[ \t\u00a0]+Commissioner)|\bICO\b|ico\.org\.uk|England[ \t\u00a0]+and[ \t\u00a0]+Wales|Companies[ \t\u00a0]+House/;
/** A UK postcode ("NW1 8NP", "G14 0EW"). */
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?[ \t\u00a0]?\d[A-Z]{2}\b/;
/** Words that make an address the controller's own: its office, or where to write to it. */
const OWN_ADDRESS = /\b(?:registered\s+(?:office|address)|our\s+(?:office|address|postal)|(?:write|writing)\s+to\b|(?:postal\s+)?address\s*:|contact\s+(?:us|me)\b|(?:is|are)\s+(?:located|based)\s+at\b)/i;

function clearlyUk(doc: PolicyDocument, o: ResolvedOptions): boolean {
  if (!isUkPolicy(doc, o)) return false;
  if (o.jurisdiction === 'uk') return true;
  // The strong marker isUkPolicy found is usually one of these too ("ICO"): then the text need not be scanned again.
  const marker = ukStrongMarker(doc);
  return doc.memo('requiredDisclosure.clearlyUk', () => (marker !== undefined && UK_CLEAR.test(marker)) || UK_CLEAR.test(doc.text)
    || doc.sentences.some((s) => { const x = doc.slice(s.start, s.end); return UK_POSTCODE.test(x) && OWN_ADDRESS.test(x); }));
}

/**
 * Where the policy tells the rights it does tell, when no heading names them ("Your rights"): in a list
 * ("1. The right to access …", "2. The right to …"), or in paragraphs each named by its right ("Right to
 * erasure (Art. 17 GDPR): …"). A fix for one more right, for withdrawal of consent or for the complaint right
 * belongs there, not in a section of its own far from them.
 */
type RightsPlace = { list: ListInfo; items: Block[] } | { named: true } | undefined;
/** An item or paragraph that names a right: "The right to …", "Right of access: …". */
const RIGHT_NAMED = /^\W{0,3}(?:the\s+)?right\s+(?:of|to|not)\b/i;

function rightsPlace(doc: PolicyDocument, results: Assessment[]): RightsPlace {
  return doc.memo('requiredDisclosure.rightsPlace', () => {
    if (doc.sections.some((sec) => WITHIN.get('rights')!.test(doc.blockText(doc.headingOf(sec))))) return undefined;
    const blocks = [...new Set(results.filter((r) => r.id.startsWith('right-') && r.state === 'disclosed' && r.anchor)
      .map((r) => doc.sentenceAt(r.anchor!.start)?.block).filter((b): b is number => b !== undefined))].map((b) => doc.blocks[b]);
    const byList = new Map<number, Block[]>();
    for (const b of blocks) if (b.kind === 'listItem' && b.list) byList.set(b.list.id, [...(byList.get(b.list.id) ?? []), b]);
    // Rights told under a heading of their own ("You also have the right to:"): sectionEdit places the fix.
    const underRightsHeading = (b: Block) => b.section >= 0 && RIGHTS_HEADING.test(doc.blockText(doc.headingOf(doc.sections[b.section])));
    const best = [...byList.values()].sort((x, y) => y.length - x.length)[0];
    if (best && best.length >= 2) {
      if (underRightsHeading(best[0])) return undefined;
      const list = best[0].list!;
      return { list, items: doc.blocks.filter((b) => b.kind === 'listItem' && b.list?.id === list.id) };
    }
    // Paragraphs or lines each named by a right ("Right of access: You have …"), a sentence of its own each.
    const named = results.filter((r) => r.id.startsWith('right-') && r.state === 'disclosed' && r.anchor && RIGHT_NAMED.test(doc.slice(r.anchor.start, r.anchor.end)));
    return new Set(named.map((r) => r.anchor!.start)).size >= 3 && !blocks.some(underRightsHeading) ? { named: true as const } : undefined;
  });
}

/** A UK policy that also addresses the EU or EEA: "EEA", "EU or UK", "EU GDPR" (not "EU" alone, which UK policies name for the Regulation's origin). */
const ALSO_EU = /\bEEA\b|European[ \t\u00a0]+Economic[ \t\u00a0]+Area|\bEU[ \t\u00a0]*(?:or|and|\/)[ \t\u00a0]*(?:the[ \t\u00a0]+)?UK\b|\bUK[ \t\u00a0]*(?:or|and|\/)[ \t\u00a0]*(?:the[ \t\u00a0]+)?(?:EU|EEA)\b|\bEU[ \t\u00a0]+GDPR\b/;

/** What a list of rights says for a right, withdrawal of consent, or the complaint right (`both`: a UK policy that also addresses the EU or EEA). */
const LIST_ITEM: Record<string, (uk: boolean, both: boolean) => string> = {
  'withdraw-consent': () => 'the right to withdraw your consent at any time, without affecting the lawfulness of processing before its withdrawal (GDPR Art. 7(3))',
  complaint: (uk, both) => both ? "the right to lodge a complaint with a supervisory authority: in the EU or EEA, that of the member state where you live or work (GDPR Art. 77); in the UK, the Information Commissioner's Office (ICO) (UK GDPR Art. 77)" : uk ? "the right to lodge a complaint with the Information Commissioner's Office (ICO), the UK supervisory authority (UK GDPR Art. 77)" : 'the right to lodge a complaint with a supervisory authority (GDPR Art. 77)',
};

/**
 * The fix that adds one item to the policy's list of rights, in the list's own style: its marker and indentation (see
 * appendListItemEdit), a capital and a closing full stop where its items have them, "Name: [how to exercise it]."
 * where its items name a right and then explain it. Undefined where the rights stand elsewhere (a section on them,
 * or none: sectionEdit decides); `edit` undefined where they stand in a list or paragraphs the item cannot join
 * (items that are not rights' names, a nested list under the last item, bold names in HTML).
 */
function rightsFamilyEdit(doc: PolicyDocument, place: RightsPlace, id: string, uk: boolean, both = false): { edit?: Edit; title: string } | undefined {
  if (!place) return undefined;
  const title = 'Add it to the list of rights (template to complete)';
  if (!('list' in place)) return { title };
  const { list, items } = place;
  const texts = items.map((b) => doc.blockText(b).trim());
  const last = items[items.length - 1];
  const next = doc.blocks[last.index + 1];
  if (items.length < 3 || texts.filter((x) => RIGHT_NAMED.test(x)).length * 2 < items.length
    || (next && next.kind === 'listItem' && next.list?.id !== list.id)) return { title };
  const sources = items.map((b) => doc.source.slice(b.sourceStart, b.sourceEnd));
  const bold = sources.filter((x) => /^\W{0,8}(?:\*\*|__|<(?:strong|b)\b)/i.test(x)).length * 2 > items.length;
  if (bold && doc.format !== 'markdown') return { title };
  const right = RIGHTS.find((r) => r.id === id);
  const most = (re: RegExp) => texts.filter((x) => re.test(x)).length * 2 > items.length;
  let name = right ? right.item : LIST_ITEM[id](uk, both);
  // "Right of access - …" without the article where the items have none; a capital where they have one.
  if (most(/^\W{0,3}right\b/i)) name = name.replace(/^the\s+/, '');
  if (most(/^\W{0,3}[A-Z]/)) name = name[0].toUpperCase() + name.slice(1);
  if (bold) name = `**${name}**`;
  // "Right to erasure (Art. 17 GDPR): You have …" / "Right of access - At any time …": the name, the items' own
  // separator, then a blank to fill.
  const seps = texts.map((x) => /^[^:–—]{5,90}?(:|\s[–—-])\s+\S/.exec(x)?.[1].trim()).filter((x): x is string => !!x);
  const sep = seps.length * 2 > items.length ? seps.sort((a, b) => seps.filter((x) => x === b).length - seps.filter((x) => x === a).length)[0] : undefined;
  const stop = most(/[.;]$/) ? (texts[texts.length - 1].endsWith(';') ? ';' : '.') : '';
  const text = sep ? `${name}${sep === ':' ? ':' : ` ${sep}`} [how to exercise it].` : `${name}${stop}`;
  const explained = !!sep;
  return { edit: appendListItemEdit(doc, list, text), title: explained ? 'Add it to the list of rights (template to complete)' : 'Add it to the list of rights' };
}

/**
 * The section a new section for one right belongs beside: the policy's rights section; or, in a numbered or plain-text
 * policy with none, the sections that tell the rights it does tell (sectionEdit then offers the new section only right
 * after one of them: a section numbered "13." far from them would split the rights in two).
 */
function rightsWithin(doc: PolicyDocument, results: Assessment[]): RegExp {
  const within = WITHIN.get('rights')!;
  if (doc.sections.some((sec) => within.test(doc.blockText(doc.headingOf(sec))))) return within;
  if (doc.format !== 'plaintext' && !documentStyle(doc).numbered) return within;
  const headings = new Set<string>();
  for (const r of results) {
    if (!r.id.startsWith('right-') || r.state !== 'disclosed' || !r.anchor) continue;
    const s = doc.sentenceAt(r.anchor.start);
    const b = s && doc.blocks[s.block];
    if (b && b.section >= 0) headings.add(doc.blockText(doc.headingOf(doc.sections[b.section])));
  }
  if (!headings.size) return within;
  return new RegExp(`^(?:${[...headings].map((h) => h.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
}

/**
 * Rights: one information finding per missing right; when more than two of the six
 * are missing, one warning naming them all instead (the rights section is then
 * substantially incomplete, not missing a detail).
 */
const CONTACT_IN_POLICY = 'using the details in this policy';
const CONTACT_BLANK = 'at [e-mail address or other way to reach you]';

function reportRights(ctx: RuleContext, missing: Assessment[], reachable: boolean, place: RightsPlace, results: Assessment[]): void {
  if (!missing.length) return;
  const { doc } = ctx;
  // "We are unable to comply with GDPR Article 15-17 requests": a template inviting requests would contradict the policy.
  // Only the sentences that hold "request" are read (found by one cheap scan), and only when a right is missing.
  const cannotAct = doc.memo('requiredDisclosure.cannotAct', () => {
    let read = -1;
    for (const m of doc.text.matchAll(/\brequests?\b/gi)) {
      if (m.index < read) continue; // each sentence is read once
      const s = doc.sentenceAt(m.index);
      if (!s) continue;
      read = s.end;
      if (P.cannotAct.some((c) => c.re.test(doc.slice(s.start, s.end)))) return true;
    }
    return false;
  });
  const item = ITEM.get('rights')!;
  const defs = missing.map((m) => RIGHTS.find((r) => r.id === m.id)!);
  const where = range(doc, missing[0]);
  if (missing.length > 2) {
    const template = reachable ? item.template : item.template.map((t) => t.replace(CONTACT_IN_POLICY, CONTACT_BLANK));
    // A policy with a rights section of its own gets no second one ("Your rights" inside "Your Rights"): no fix.
    const rightsSection = doc.sections.some((sec) => WITHIN.get('rights')!.test(doc.blockText(doc.headingOf(sec))));
    const edit = rightsSection || cannotAct ? undefined : sectionEdit(doc, item.section, template, defs.map((d) => d.item));
    ctx.report({
      ...where,
      severity: 'warning',
      message: fitting(
        `The policy does not mention ${missing.length} of the six data-subject rights: ${defs.map((d) => d.name).join(', ')}.`,
        `The policy does not mention ${missing.length} of the six data-subject rights: add them.`),
      detail: `Missing: ${defs.map((d) => `${d.name} (${d.article})`).join(', ')}. Readers must be told of each of their rights (GDPR ${item.provision}).${edit ? ' The fix adds a section listing them, a template to complete.' : ''}`,
      source: item.source,
      fixes: edit ? [{ title: `Add a “${item.section}” section listing them (template to complete)`, edits: [edit], preferred: true }] : [],
      data: { documentLevel: true, item: 'rights', items: defs.map((d) => d.id) },
    });
    return;
  }
  for (const d of defs) {
    const listed = cannotAct ? undefined : rightsFamilyEdit(doc, place, d.id, false);
    const paragraph = `You have ${d.item}. To exercise it, contact us ${reachable ? 'using the details in this policy' : CONTACT_BLANK}.`;
    const edit = cannotAct ? undefined : listed ? listed.edit : sectionEdit(doc, d.title, [paragraph], undefined, { within: rightsWithin(doc, results) });
    ctx.report({
      ...where,
      severity: 'information',
      message: `The policy does not mention ${d.name}: add it.`,
      detail: `Readers must be told of each of their rights (GDPR ${item.provision}; ${d.article}).${edit ? ' The fix adds it, a template to complete.' : ''}`,
      source: item.source,
      fixes: edit ? [{ title: listed?.edit ? listed.title : `Add a “${d.title}” section (template to complete)`, edits: [edit], preferred: true }] : [],
      data: { documentLevel: true, item: d.id },
    });
  }
}
