// processor-unlisted: a service that processes personal data (from the vendor
// catalogue, or named by the policy itself as a processor) is missing from the
// policy's own list of processors/recipients; an announced list is empty; or
// processors are named but the policy has no list at all.
import disclosures from './knowledge/disclosures.json';
import type { PolicyDocument } from './model/document';
import type { Block, Edit, Fix, Section, Sentence } from './model/types';
import { isStruck } from './shared/struck';
import { fitting, quoted } from './shared/message';
import type { Rule, RuleContext } from './rule';
import { vendorIndex, type VendorEntry, type VendorIndex } from './knowledge/vendors';
import { vendorMentions } from './shared/vendorMentions';
import { categoriesOfEntry } from './shared/recipientCategories';
import { appendListItemEdit, documentStyle, escapeHtml, sectionEdit } from './shared/style';

const SOURCE = 'GDPR Art. 13(1)(e) and 14(1)(e): the recipients or categories of recipients of the personal data; Art. 28 (processors)';

const LIST_HEADING = /^(?:[\d.]+\s+)?(?:(?:our|data|list\s+of|third[-\s]party|approved|authori[sz]ed)\s+)*(?:sub-?\s?processors?|processors?|third[-\s]part(?:y|ies)(?:\s+(?:services?|service\s+providers?|processors?|vendors?|providers?))?|service\s+providers?|(?:categories\s+of\s+)?recipients?(?:\s+of\s+(?:the\s+|your\s+)?(?:personal\s+)?data)?|vendors?)(?:\s+(?:we\s+use|and\s+(?:sub-?\s?processors?|recipients?|service\s+providers?|third[-\s]parties)))?\s*:?$/i;
const ANNOUNCE = [
  /\b(?:the\s+following|these|below)\b[^.:]{0,80}?\b(?:third[-\s]part(?:y(?![-\s]+cookies?\b)|ies)|services?|(?:sub-?)?processors?|service\s+providers?|vendors?|providers?|recipients?|partners?|tools?)\b[^.:]{0,100}:\s*$/i,
  // "… with service providers include:", "… service providers include sharing with:"
  /\b(?:third[-\s]part(?:y|ies)|service\s+providers?|(?:sub-?)?processors?|recipients?|vendors?)\b[^.:]{0,60}\b(?:including|such\s+as|as\s+follows|listed\s+below|includes?(?:\s+[\w-]+){0,3})\s*:\s*$/i,
  /\b(?:to|with)\s+(?:the\s+following\s+)?(?:third[-\s]part(?:y|ies)|service\s+providers?|recipients?|(?:sub-?)?processors?)\s*:\s*$/i,
  // "Types of services we use are:", "Categories of recipients include:"
  /\b(?:types|kinds|categories)\s+of\s+(?:third[-\s]part(?:y|ies)|services?|(?:sub-?)?processors?|service\s+providers?|vendors?|providers?|recipients?|partners?|tools?)\b[^.:]{0,60}\b(?:are|include)\s*:\s*$/i,
  // "… we will need to share your data with some or all of the following (but only where necessary):"
  /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|pass(?:es|ed|ing)?\s+on)\b[^.:]{0,80}\b(?:with|to)\b[^.:]{0,40}\bthe\s+following\b[^.:]{0,60}:\s*$/i,
];
/**
 * "… through the following links:", "The following Personal Data is automatically collected when you use our Services:":
 * what follows are links (to policies, opt-outs) or the data, not the list of recipients.
 */
const ANNOUNCES_OTHER = /\bthe\s+following\s+(?:links?|(?:web\s?)?pages?|web\s?sites?|URLs?|addresses|(?:(?:types|kinds|categories|pieces|items)\s+of\s+)?(?:(?:personal|technical|usage|additional)\s+)?(?:data|information|details|identifiers))\b[^.:]{0,80}:\s*$/i;
/** "the following <company> services|tools|products|APIs": the words naming whose they are (see findLists). */
const OF_ONE_COMPANY = /\bthe\s+following\s+([^.:;]{2,40}?)\s+(?:services?|tools?|products?|APIs?|features?|solutions?)\b/i;
/** An announcement that restricts its list to recipients in some place (see findLists). */
const LOCATED_SOMEWHERE = /\b(?:located|based|established|headquartered|situated|hosted|seated)\s+(?:outside|in)\b|\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?(?:EU|EEA|European|UK|United\s+Kingdom|Switzerland)\b|\bin\s+(?:a\s+)?third\s+countr(?:y|ies)\b/i;
/** A sentence that introduces examples ("For example:", "These include:"): an announcement when its block speaks of recipients. */
const EXAMPLES = /^(?:for\s+(?:example|instance)|e\.\s?g\.|such\s+as|these\s+(?:include|are)|this\s+includes|including|namely)\s*:\s*$/i;
const SPEAKS_OF_RECIPIENTS = /\b(?:third[-\s]part(?:y|ies)|service\s+providers?|(?:sub-?)?processors?|recipients?|vendors?)\b/i;
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
/** A negation: "We do not use …", "We don't use …", "We no longer work with …", "neither … nor …". */
const NEGATION = /\b(?:not|never|no\s+longer|neither|nor)\b|\b[a-z]+n['’]t\b|\bno\b(?=[^;:]{0,80}\b(?:is|are|will\s+be)\s+(?:used|embedded|loaded|integrated|involved)\b)/gi;
/** NEGATION for a test of a whole text (no `g`: no position carried from one test to the next). */
const NEGATION_CI = new RegExp(NEGATION.source, 'i');
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

/** After a name (or a list of names), its use said to be over. */
const FORMER_USE = /^[^.;:]{0,80}?\b(?:(?:was|were)\s+(?:used\s+|employed\s+)?(?:previously|formerly|once|in\s+the\s+past)\b(?![^.;]{0,40}\b(?:and|but)\s+(?:is|are|still)\b)|(?:has|have)\s+(?:both\s+|all\s+|since\s+)?been\s+(?:removed|discontinued|retired|dropped|replaced)\b|(?:is|are)\s+no\s+longer\s+(?:used|in\s+use|active)\b)/i;

/** Whether the sentence around `at` (a document offset) denies what is named there ("We do not use analytics providers"). */
export function deniedAt(doc: PolicyDocument, at: number): boolean {
  const s = doc.sentenceAt(at);
  return !!s && new SentenceView(s.start, s.end, doc).denies(at);
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
    if (negated(this.text, lo > 0 ? this.negationEnds[lo - 1] : -1, o)) return true;
    // Use in the past, said after the name: "Microsoft Clarity and Simple Analytics were used previously and have both been removed."
    return FORMER_USE.test(this.text.slice(o, o + 160));
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
  /**
   * The name at `at` is only an example in a condition: "If content of third-party providers (e.g.
   * YouTube videos) is used …, a transfer … takes place", "Should we use tools (such as Hotjar) …".
   * The sentence says what would follow, not that the service is used. Where the main clause has
   * begun before the name ("If you contact us, we reply using tools such as Zendesk"), it is.
   */
  hypotheticalExample(at: number): boolean {
    const o = at - this.start;
    if (!(this.condition ??= CONDITION.test(this.text))) return false;
    if (!EXAMPLE_BEFORE.test(this.text.slice(Math.max(0, o - 80), o))) return false;
    // Where the main clause begins (once per sentence): the name must come before it.
    this.mainClause ??= this.text.search(MAIN_CLAUSE);
    return this.mainClause < 0 || this.mainClause >= o;
  }
  private condition?: boolean;
  private mainClause?: number;
  /** The sentence speaks in the first person ("we", "our", "us"): of the site's own use. */
  firstPerson(): boolean {
    return (this.first ??= FIRST_PERSON.test(this.text));
  }
  private first?: boolean;
  /** The name at `at` (a document offset, `len` long) is the reader's own account: "your Stripe or PayPal account", "from your Google Workspace". */
  usersOwn(at: number, len: number): boolean {
    const o = at - this.start;
    const before = this.text.slice(Math.max(0, o - 40), o);
    // Data taken from the reader's own service is from a source, not sent to a recipient: "collects your name directly from your Google Workspace".
    if (/\bfrom\s+your\s+(?:own\s+)?$/i.test(before)) return true;
    return /\byour\s+(?:own\s+)?(?:[\w.&'’-]+\s+(?:or|and)\s+)?$/i.test(before)
      && /^(?:\s+(?:or|and)\s+[\w.&'’-]+)?\s+accounts?\b/i.test(this.text.slice(o + len, o + len + 40));
  }
  /** The name at `at` names a document of the service's: "the GitHub Privacy Policy", "YouTube's terms of service". */
  documentOf(at: number, len: number): boolean {
    const o = at - this.start + len;
    if (/^(?:['’]s)?\s+(?:privacy\s+(?:policy|policies|statement|notice)|terms\b|data\s+(?:protection|privacy)\s+(?:policy|declaration|notice))/i.test(this.text.slice(o, o + 40))) return true;
    // The title of a part of another's document, quoted: "(the section called "Firebase Performance Monitoring data collection" …)".
    if (/\b(?:called|titled|entitled|named|headed)\s*["“‘']$/i.test(this.text.slice(Math.max(0, at - this.start - 20), at - this.start))) return true;
    // In brackets after the services whose documents are meant: "The privacy policies of the distribution channels
    // (Google Play Store, GitHub Releases) … apply".
    return DOCUMENTS_OF_BRACKETED.test(this.text.slice(Math.max(0, at - this.start - 120), at - this.start));
  }
  /**
   * The name at `at` is a public issue tracker where the reader writes to the site: "contact us via
   * GitHub Issues", "by opening a GitHub issue", "create an issue on GitLab". What the reader posts
   * there, the reader publishes on the platform; the site does not send it there.
   */
  readersTracker(at: number, len: number): boolean {
    const o = at - this.start;
    return /^\s+(?:issues?|issue\s+tracker|discussions?)\b/i.test(this.text.slice(o + len, o + len + 20))
      || /\b(?:an?|the)\s+(?:new\s+)?(?:issues?|discussions?|pull\s+requests?)\s+(?:on|in|at|via)\s+(?:the\s+|our\s+)?$/i.test(this.text.slice(Math.max(0, o - 40), o));
  }
}
/** Words after a name that make it the name of an identifier: "Amplitude ID", "Firebase installation IDs". */
const IDENTIFIER_AFTER = /^\s+(?:(?:user|device|customer|account|advertising|installation|instance|session|client|tracking)\s+)?(?:IDs?|identifiers?)\b/;
/** Text before a name: "the privacy policies of the distribution channels (" and names before it in the brackets. */
const DOCUMENTS_OF_BRACKETED = /\b(?:privacy\s+(?:policy|policies|statements?|notices?)|terms(?:\s+(?:of\s+(?:service|use)|and\s+conditions))?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}\([^()]*$/i;
/** A sentence that opens with a condition on something that may not happen. */
const CONDITION = /^\s*(?:if|should|in\s+(?:case|the\s+event)|insofar|to\s+the\s+extent)\b/i;
/** The name follows an example marker, perhaps after other names of the same list: "(e.g. ", "such as Hotjar or ". */
const EXAMPLE_BEFORE = /\b(?:e\.\s?g\.?|for\s+(?:example|instance)|such\s+as|like)[\s,:]+(?:[^\s.;:()]+[\s,]+){0,4}$/i;
/** The main clause after a condition: ", we …", ", it is …", ", you will …". */
const MAIN_CLAUSE = /,\s+(?:then\s+)?(?:we|it|this|you|they|there|those|these|our|your|i)\b/i;
/**
 * Another company as the subject that uses the services named after it: "LinkedIn also uses affiliates
 * such as Google Analytics, DoubleClick …", "Disqus uses Akismet to filter spam". The gap after the subject.
 */
const THEIR_USE = /^(?:['’]s?\s+[\w-]+)?\s+(?:also\s+|further\s+|itself\s+|in\s+turn\s+)?(?:uses?|utili[sz]es|employs|relies\s+on|works\s+with|partners\s+with)\b[^.;:]{0,160}$/i;
const FIRST_PERSON = /\b(?:we|us|our|ours|I|me|my)\b/i;
/** Each with a search for what every match holds, far cheaper than the expression: most blocks have neither. */
const QUOTED_PROCESSOR: Array<{ gate: RegExp; re: RegExp }> = [
  { gate: /["“]/, re: /\bthird[-\s]part(?:y|ies)\s*,?\s*["“]([^"”\n]{2,40})["”]/g },
  { gate: /["“]/, re: /["“]([^"”\n]{2,40})["”]\s*,?\s*(?:acts?|is|are)\s+(?:as\s+)?(?:a|an|our)\s+(?:data\s+)?(?:sub-?)?processor/g },
  // Data kept in a named product: "Clinical notes are stored electronically with Nookal practice management software".
  { gate: /software|system|platform|app|CRM/, re: /\b(?:stored|held|hosted|kept|managed|processed|recorded)\s+(?:(?:electronically|securely|online|digitally)\s+)?(?:with|by|on|in|using|via|through)\s+((?!(?:Our|The|A|An|This|That|These|Your|Their|Its|Secure|Cloud)\b)[A-Z][\w&'’.-]{1,30}(?:\s+[A-Z][\w&'’.-]{1,30}){0,2})\s+(?:[a-z-]+\s+){0,2}(?:software|system|platform|application|app|CRM)\b/g },
];

/** "X is our data processor", "X acts as a processor on our behalf", "a data processing agreement with X": the role said outright. */
const PROCESSOR_ROLE = /\b(?:is|are|acts?\s+as|serves?\s+as)\s+(?:our|a|the)\s+(?:data\s+)?(?:sub-?)?processors?\b|\bprocess(?:es)?\s+(?:[\w-]+\s+){0,4}?on\s+our\s+behalf\b|\bdata\s+processing\s+(?:agreement|contract|addendum)\s+with\b/i;
function calledProcessor(doc: PolicyDocument, n: Named): boolean {
  const s = doc.sentenceAt(n.start);
  const text = s ? doc.slice(s.start, s.end) : '';
  return PROCESSOR_ROLE.test(text) && !NEGATION_CI.test(text);
}

/** A list of processors or recipients as the policy writes it (findLists). */
export interface ProcessorList {
  items: Block[];
  /** The block that announces the list, or the section heading. */
  anchor: Block;
  /** The sentence that announces the list, when a sentence does. */
  announcement?: Sentence;
  label: string;
  /** Strength: a heading naming processors beats a sentence announcing third parties. */
  rank: number;
  /** A list found in another shape (otherRecipientLists); none for a list of processors. */
  kind?: OtherList['kind'];
  /** The items are plain lines of text after the announcement, not list items (see linesOfList). */
  lines?: boolean;
  /** Under a heading: the headings of its sub-sections ("6.3 Firebase Crashlytics"), which disclose the services they name. */
  subheadings?: Block[];
}

/** A list of recipients in another shape (see otherRecipientLists). */
interface OtherList { kind: 'entries' | 'categories' | 'subsections'; items: Block[]; anchor: Block; label: string; within?: [number, number]; covers?: Block[] }

/** A service named with evidence of use; `social`: a social network, never reported (Fashion ID), but a service the site uses. */

interface Named { display: string; start: number; end: number; vendor?: VendorEntry; social?: boolean; /** A mention with no evidence of use in its own sentence, kept where another mention of the service has it. */ weak?: boolean }
/** One key per service, however many times it is named: its catalogue id, else its name. */
const namedKey = (n: Named) => n.vendor?.id ?? n.display.toLowerCase();
/** " (Google)" after a service whose owner has another name, for messages. */
const ownerNote = (n: Named) => (n.vendor && n.vendor.owner !== n.vendor.name ? ` (${n.vendor.owner})` : '');

export const processorUnlisted: Rule = {
  id: 'processor-unlisted',
  aliases: ['unlisted-processor'],
  description: 'A processor named in the policy but missing from its list of processors/recipients; an announced list that is empty; processors named with no list',
  tags: ['gdpr', 'processors', 'completeness'],
  defaultSeverity: 'warning',
  // What the list templates and a table's new row hold (processor-undisclosed-in-code's fixes write them too).
  placeholders: [
    { text: '[Service name]', ask: 'Fill in the name of the service' },
    { text: '[purpose]', ask: 'Fill in the purpose' },
    { text: '[country]', ask: 'Fill in the country' },
    { text: '[check and complete this list]', ask: 'Complete the list, then delete this note' },
    { text: '[…]', ask: 'Fill in the cell', cellOnly: true },
  ],
  check(ctx) {
    const { doc } = ctx;
    const index = vendorIndex(ctx.options.extraVendors);
    const lists = findLists(doc, index);
    const listed = new Set<number>(lists.flatMap((l) => l.items.map((b) => b.index)));
    const own = ownNames(doc);
    const used = namedProcessors(doc, index, listed).filter((n) => !isOwn(n, own));
    const named = used.filter((n) => !n.social);

    const empty = lists.filter((l) => l.items.length === 0);
    for (const l of empty) reportEmpty(ctx, l, named);
    let full: ProcessorList[] = lists.filter((l) => l.items.length > 0);

    if (!full.length) {
      // No list of processors: the recipients may be disclosed in another shape. Services named
      // with no list at all are reported once (information: they are disclosed by name).
      const other = otherRecipientLists(doc, index, own, used);
      if (!other.length) {
        // An empty list announced by a paragraph is reported with a fix that adds the services; one
        // announced inside a list item ("… For example:") has none, so the services are reported too.
        // A paragraph that closes its recipients ("There will be no other recipients") lists them in
        // prose: the services it names are disclosed there.
        // A service named under a heading about recipients or sharing ("Recipients of personal data",
        // "Who we share your data with") is disclosed there, in prose.
        // A service disclosed there once is disclosed, wherever else it is named ("Some features rely on Amplitude").
        const disclosed = new Set(named.filter((n) => inClosedRecipientsParagraph(doc, n) || underSharingHeading(doc, n.start) || inInlineList(doc, n)).map(namedKey));
        // Names in the recipients section itself are not among `named` (they are disclosed there): look at every mention.
        for (const m of vendorMentions(doc, index)) if (underSharingHeading(doc, m.start) || inNamedProcessorsBrackets(doc, m.start)) disclosed.add(m.vendor.id);
        // An owner named there discloses its services, as an owner on a list does ("Microsoft (identity
        // platform and Graph API)" under "Subprocessors" discloses Microsoft Entra ID).
        const owners = ownersUnderSharingHeadings(doc, index);
        const unlisted = named.filter((n) => !disclosed.has(namedKey(n)) && !(n.vendor && owners.has(n.vendor.owner)));
        if (!unlisted.length || empty.some(hasEmptyListFix)) return;
        // A section about recipients that names services in prose is the policy's disclosure of them:
        // "no list of recipients" would be untrue. A service named elsewhere is reported against it.
        const section = proseRecipientsSection(doc, index);
        if (!section) {
          // Each service named as the policy's processor in its own words ("Google is our data processor for Firebase
          // Analytics"): each recipient is disclosed with its role, and "no list of recipients" would only be about form.
          const called = new Set(named.filter((o) => calledProcessor(doc, o)).map(namedKey));
          if (!unlisted.every((n) => called.has(namedKey(n)))) reportNoList(ctx, index, own, unlisted);
          return;
        }
        // A service the policy identifies as a recipient in its own words, by legal name and postal address
        // ("we use the service provider RevenueCat, Inc. (2261 Market Street #5205, San Francisco, …)"), is disclosed:
        // that it is not repeated in the section on recipients is no gap.
        const identified = new Set(named.filter((n) => identifiedWithAddress(doc, n.end)).map(namedKey));
        reportOutsideSection(ctx, section, unlisted.filter((n) => !identified.has(namedKey(n))));
        return;
      }
      // A list of categories of recipients, or a sub-section per service, is the policy's list of
      // recipients: a service named elsewhere is missing from it.
      // What the section of a list of categories names anywhere (in prose too) is disclosed there.
      const within = other.flatMap((l) => (l.kind === 'categories' && l.within ? doc.blocks.slice(...l.within) : l.kind === 'subsections' ? l.covers ?? [] : []));
      full = other.filter((l) => l.kind !== 'entries').map((l) => ({ items: l.kind === 'categories' ? l.items : l.items, anchor: l.anchor, label: l.label, rank: l.kind === 'categories' ? 1 : 0, kind: l.kind }));
      if (full.length && within.length) full.push({ items: within, anchor: full[0].anchor, label: full[0].label, rank: -1, kind: 'entries' });
      if (!full.length) return;
    }
    const covered = coverage(doc, index, full);
    const listedKinds = kindsOnlyList(doc, index, full);
    const target = [...full].sort((a, b) => b.rank - a.rank)[0];
    const fixOf = listFix(doc, index, target);
    const seen = new Set<string>();
    for (const n of named) {
      const key = namedKey(n);
      if (seen.has(key)) continue;
      seen.add(key);
      if (isCovered(n, covered)) continue;
      // A list made only of kinds of recipient ("Hosting providers", "Content delivery networks") discloses the
      // recipients by category: a service of a kind it names is disclosed there (Cloudflare, a content delivery
      // network). A list that names services besides kinds ("Analytics", "Stripe") names its recipients.
      if (n.vendor && listedKinds?.has(n.vendor.category)) continue;
      // Against sub-sections per service: a service with a section of its own elsewhere ("2. Hosting" over
      // "GitHub Pages") has one, whatever section it is under.
      if (target.kind === 'subsections' && n.vendor && hasOwnSection(doc, index, n.vendor)) continue;
      const owner = ownerNote(n);
      const missing = (label: string) => target.kind !== 'subsections' ? `is missing from the list under ${label}: add it`
        : `has no section of its own among the services${target.label ? ` under ${label}` : ''}: add one`;
      const fix = fixOf ? ' The fix adds it, in the list’s own style.' : ' No fix is offered: an entry could not be added in the list’s own style.';
      ctx.report({
        start: doc.srcStart(n.start), end: doc.srcEnd(n.end),
        message: fitting(`${n.display}${owner} ${missing(`“${target.label}”`)}.`, `${n.display}${owner} ${missing(quoted(target.label, 30))}.`, `${n.display} ${missing(quoted(target.label, 20))}.`),
        detail: `${n.display}${owner} processes personal data for this service, so it is a recipient the policy must disclose; ${target.kind === 'subsections' ? 'the sections on each service do not include it' : `the list under “${target.label}” does not name it`}.${fix}`,
        source: SOURCE, fixes: fixOf ? [fixOf(spelling(n))] : [],
        related: [{ start: target.anchor.sourceStart, end: target.anchor.sourceEnd, message: target.kind === 'subsections' ? 'The sections on each service' : `The list of ${target.kind === 'categories' ? 'recipients' : 'processors'} (“${target.label}”)` }],
        data: { vendor: n.vendor?.id ?? n.display },
      });
    }
  },
};

/**
 * The fix that adds a service to the target list, if one can be right. A list item with the name
 * alone is safe in a list that names services. A table row has other cells to fill in: a template.
 * In a list of categories of recipients ("Our agents, suppliers and contractors") the name is offered,
 * not applied, and only where the list is one flat list; a sub-section per service is not added.
 */
function listFix(doc: PolicyDocument, index: VendorIndex, target: ProcessorList): ((name: string) => Fix) | undefined {
  // A list written as plain lines: where a new line goes, and how it is punctuated, is the author's call.
  if (target.kind === 'subsections' || target.lines) return undefined;
  const last = target.items[target.items.length - 1];
  const isTable = last.kind === 'tableRow';
  if (target.kind === 'categories' && (isTable || !target.items.every((b) => b.list && last.list && b.list.id === last.list.id))) return undefined;
  const ofServices = target.items.some((b) => namesService(doc, index, b));
  return (name) => ({
    title: `Add “${name}” to the ${isTable ? 'table' : 'list'} under “${target.label}”`,
    edits: [addItem(doc, target, name)],
    safe: !isTable && ofServices && target.kind === undefined,
    preferred: true,
  });
}

/** The policy's lists of processors or recipients: under a heading that names them, or after a sentence that announces them. */
export function findLists(doc: PolicyDocument, index: VendorIndex): ProcessorList[] {
  const out: ProcessorList[] = [];
  const used = new Set<number>();
  for (const sec of doc.sections) {
    const h = doc.headingOf(sec);
    const title = doc.blockText(h);
    if (title.length > 80 || !isTitle(title) || !LIST_HEADING.test(title.trim())) continue;
    const items: Block[] = [];
    for (let i = sec.firstBlock + 1; i < sec.endBlock; i++) {
      const b = doc.blocks[i];
      if (b.kind === 'listItem' || (b.kind === 'tableRow' && i > sec.firstBlock + 1)) items.push(b);
    }
    // A heading with no list under it is reported through the sentence that announces one, if any.
    if (!items.length) continue;
    // "Third-parties" over a list of the data shared ("Your name", "Your address") is not a list
    // of recipients: one item at least must name a service; under a heading that says "recipients" or
    // "processors", an item may name any company or person ("Daniel Oltmanns (host and maintainer)").
    if (!items.some((b) => namesService(doc, index, b)) && !(RECIPIENTS_NAMED.test(title) && items.some((b) => namesEntity(doc, b)))) continue;
    items.forEach((b) => used.add(b.index));
    const subheadings = doc.blocks.slice(sec.firstBlock + 1, sec.endBlock).filter((b) => b.kind === 'heading');
    out.push({ items, anchor: h, label: title.trim(), rank: /processor/i.test(title) ? 3 : 2, subheadings });
  }
  for (const b of doc.blocks) {
    if ((b.kind !== 'paragraph' && b.kind !== 'listItem') || b.sentenceCount === 0) continue;
    const last = doc.sentences[b.firstSentence + b.sentenceCount - 1];
    const text = doc.slice(last.start, last.end);
    if (!text.endsWith(':')) {
      const prose = proseAnnouncedList(doc, index, b, used);
      if (prose) out.push(prose);
      continue;
    }
    // "For example:" at the end of a passage about giving data to third parties announces them too.
    const examples = EXAMPLES.test(text.trim()) && SPEAKS_OF_RECIPIENTS.test(doc.blockText(b));
    if (!examples && !ANNOUNCE.some((re) => re.test(text))) continue;
    // "… the data controller for these services, Aragon Ventures LLC:" names the recipient; the colon introduces its address.
    if (/,\s*(?:[A-Z][\w&.'’-]*\s*){1,5}:\s*$/.test(text)) continue;
    // A negated announcement ("We do not use the following services:") lists what is not used.
    if (NEGATION_CI.test(text)) continue;
    // "The following OpenAI services are used:", "the following Google services:": one company's products,
    // not the policy's recipients; a service of another company is not missing from it.
    const ofOne = OF_ONE_COMPANY.exec(text);
    if (ofOne && index.coveredBy(ofOne[1]).owners.size > 0) continue;
    // A list of the recipients in some place ("Some third-party providers are located outside the EU/EEA,
    // including:") is not the list of recipients: a service missing from it may be elsewhere, and adding
    // one would say where it is, which only the author knows.
    if (LOCATED_SOMEWHERE.test(text)) continue;
    // Links to the partners' pages ("You can find details about these partners … through the following links:")
    // show who some recipients are, as other lists of links do (otherRecipientLists), but are not the list a missing
    // one belongs in; a list of the data collected is none.
    if (ANNOUNCES_OTHER.test(text)) continue;
    const items: Block[] = [];
    let listId: number | undefined;
    for (let i = b.index + 1; i < doc.blocks.length; i++) {
      const n = doc.blocks[i];
      // An item that announces a list ("- … some or all of the following:") is followed by the rest of its list.
      if (b.kind === 'listItem') {
        if (n.kind !== 'listItem' || !b.list || (n.list && n.list.id !== b.list.id && n.list.indent.length <= b.list.indent.length)) break;
        items.push(n);
        continue;
      }
      if (n.kind === 'tableRow' && (listId === undefined || listId === -1)) { listId = -1; items.push(n); continue; }
      if (n.kind !== 'listItem' || !n.list) {
        // Text between two items of one list (a stray "-" between <li>s, a plain-text line that is no
        // item's continuation) does not end it: the items after it are the same list.
        let k = i;
        while (doc.blocks[k]?.kind === 'paragraph') k++;
        if (listId !== undefined && listId !== -1 && k > i && doc.blocks[k]?.kind === 'listItem' && doc.blocks[k].list?.id === listId) { i = k - 1; continue; }
        break;
      }
      if (listId === undefined) listId = n.list.id;
      if (n.list.id !== listId) break;
      items.push(n);
    }
    if (items.length && items.every((it) => used.has(it.index))) continue;
    const next = doc.blocks[b.index + 1];
    // An item that announces a list, or a few examples, is empty only where its section ends with it.
    if ((b.kind === 'listItem' || examples) && !items.length && next && !(next.kind === 'heading' && next.level <= (b.section >= 0 ? doc.sections[b.section].level : 0))) continue;
    // "… with the following third parties:" followed by sub-sections ("6.1 LLM providers", "6.2 Hosting")
    // whose lists name the services: those lists are the list.
    if (!items.length && next?.kind === 'heading' && b.kind === 'paragraph' && b.section >= 0 && next.level > doc.sections[b.section].level) {
      for (let i = next.index; i < doc.sections[b.section].endBlock; i++) {
        const n = doc.blocks[i];
        if ((n.kind === 'listItem' || n.kind === 'tableRow') && !used.has(n.index)) items.push(n);
      }
      if (!items.some((it) => namesService(doc, index, it))) items.length = 0;
    }
    // "… as outlined below:" followed by a sub-section per service ("1.1 Plausible Analytics") is a list of headings.
    if (!items.length && next?.kind === 'heading' && (next.level > (b.section >= 0 ? doc.sections[b.section].level : 0) || namesService(doc, index, next))) continue;
    // The items written as plain lines, one recipient a line ("The appropriate bodies of the Church;",
    // "Our agents, servants and contractors;", …): those lines are the list.
    const lines = !items.length && b.kind === 'paragraph' && next ? linesOfList(doc, next) : undefined;
    if (lines) {
      lines.forEach((it) => used.add(it.index));
      out.push({ items: lines, anchor: b, announcement: last, label: listLabel(doc, b, text), rank: /processor/i.test(text) ? 2 : 1, lines: true });
      continue;
    }
    // The items written as paragraphs ("MemCachier affiliates, for …"), unless the next paragraph
    // only talks about the missing items ("Some of these services store data outside the EU.").
    if (!items.length && next?.kind === 'paragraph' && !/^(?:(?:some|all|each|many|most|none|any|one)\s+of\s+)?(?:these|those|they|the\s+above|such)\b/i.test(doc.blockText(next).trim())) continue;
    items.forEach((it) => used.add(it.index));
    out.push({ items, anchor: b, announcement: last, label: listLabel(doc, b, text), rank: /processor/i.test(text) ? 2 : 1 });
  }
  return out;
}

/**
 * A paragraph that says the site works with "the following service providers" and ends with a full
 * stop, followed by paragraphs on each of them ("3.1 … we work together with the following service
 * provider(s) … 3.2 - RevenueCat …"): those paragraphs, up to the next heading or list, are the list,
 * when one of them names a service. A service named after them is missing from it.
 */
const PROSE_ANNOUNCE = /\b(?:work(?:s|ing)?\s+(?:together\s+)?with|us(?:e|es|ing)|engag(?:e|es|ing)|commission(?:s|ing)?|rel(?:y|ies|ying)\s+on)\s+the\s+following\s+(?:external\s+)?(?:service\s+providers?|(?:sub-?)?processors?|recipients?)(?:\s*\(s\))?(?![^.]{0,40}:)/i;
function proseAnnouncedList(doc: PolicyDocument, index: VendorIndex, b: Block, used: Set<number>): ProcessorList | undefined {
  if (b.kind !== 'paragraph') return undefined;
  const text = doc.blockText(b);
  // Most paragraphs say nothing of "the following": a search for the word spares them the expression.
  if (!/following/i.test(text)) return undefined;
  const m = PROSE_ANNOUNCE.exec(text);
  if (!m || NEGATION_CI.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length))) return undefined;
  const items: Block[] = [];
  for (let i = b.index + 1; i < doc.blocks.length && items.length < 20; i++) {
    const n = doc.blocks[i];
    if (n.kind !== 'paragraph' || used.has(n.index)) break;
    items.push(n);
  }
  if (!items.some((it) => namesService(doc, index, it))) return undefined;
  items.forEach((it) => used.add(it.index));
  const announcement = doc.sentences.slice(b.firstSentence, b.firstSentence + b.sentenceCount).find((s) => s.start <= b.start + m.index && b.start + m.index < s.end);
  return { items, anchor: b, announcement, label: listLabel(doc, b, announcement ? doc.slice(announcement.start, announcement.end) : text), rank: 1, lines: true };
}

/**
 * How a message names a list announced in block `b`: by its section, unless that section is the
 * whole document (its title); then by the announcing sentence, shortened past 60 characters.
 */
function listLabel(doc: PolicyDocument, b: Block, said: string): string {
  const section = b.section >= 0 ? doc.sections[b.section] : undefined;
  const sectionTitle = section && section.heading !== 0 ? doc.blockText(doc.headingOf(section)).trim() : '';
  return sectionTitle || (said.length > 60 ? `${said.slice(0, 57).trimEnd()}…` : said);
}

/**
 * A list written as plain lines after the sentence that announces it: a paragraph of two lines or
 * more (in plain text, paragraphs of one line each with no blank line between them), each line
 * beginning with a capital, and most lines but the last ending in ";" or "," (", and", "; or").
 * A hard-wrapped sentence is not one: its lines go on in lower case, or end in the middle of a clause.
 */
function linesOfList(doc: PolicyDocument, first: Block): Block[] | undefined {
  if (first.kind !== 'paragraph') return undefined;
  const blocks: Block[] = [first];
  let lines = doc.blockText(first).split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 1 && doc.format === 'plaintext') {
    // Plain text reads each line as a paragraph of its own: take the run of one-line paragraphs.
    for (let i = first.index + 1; i < doc.blocks.length && blocks.length < 40; i++) {
      const n = doc.blocks[i];
      const prev = blocks[blocks.length - 1];
      if (n.kind !== 'paragraph' || doc.blockText(n).includes('\n') || !/^[ \t]*\r?\n[ \t]*$/.test(doc.source.slice(prev.sourceEnd, n.sourceStart))) break;
      blocks.push(n);
    }
    lines = blocks.map((x) => doc.blockText(x).trim());
  }
  if (lines.length < 2 || lines.length > 40) return undefined;
  if (!lines.every((l) => /^[\p{Lu}\p{N}"“‘'(]/u.test(l))) return undefined;
  const ended = lines.slice(0, -1).filter((l) => /[;,](?:\s*(?:and|or))?$/.test(l)).length;
  return ended * 2 >= lines.length - 1 ? blocks : undefined;
}

/**
 * Where the policy discloses recipients in a shape that findLists does not take for a list of processors:
 *
 * - `entries`: two list items or table rows (of one list) that begin with a catalogue name or its
 *   owner ("* PayPal (PayPal (Europe) S.à r.l. …)", "| GitHub Inc. | Hosting & VCS |", "- Google
 *   analytics: https://…"), not the policy's own name;
 * - `categories`: a list or table in a section whose heading is about sharing or recipients, with an
 *   entry that names a kind of recipient ("6. Sharing of Data": "Educational platforms (e.g. Zoom)");
 * - `subsections`: a section that gives the services it uses sub-sections of their own ("List of
 *   external services" over "Hosting (Netlify)" and "Tracking (Plausible)"), when they are most of its sub-sections.
 *
 * Lists of categories and sub-sections per service are lists of recipients: a service named elsewhere
 * is missing from them. Entries that begin with services may be a cookie table or a list of opt-out
 * links: they show only that the services are disclosed.
 */
function otherRecipientLists(doc: PolicyDocument, index: VendorIndex, own: OwnNames, used: Named[]): OtherList[] {
  const out: OtherList[] = [];
  const startsWithService = new Map<number, number>();
  // Lines that head a paragraph each (see pseudoHeading), per section: how many, and how many name a service.
  const pseudo = new Map<number, { all: number; services: number; vendors: Set<string>; first?: Block }>();
  // Lines that head a passage: pseudo-headings, and questions in bold that open a paragraph ("**How and With Whom Do We Share Your Data?** …").
  const labels = new Map<number, string>();
  for (const b of doc.blocks) {
    const line = b.kind === 'paragraph' ? pseudoHeading(doc, b) : undefined;
    const question = line === undefined && b.kind === 'paragraph' ? boldQuestion(doc, b) : undefined;
    if (question !== undefined) labels.set(b.index, question);
    if (line !== undefined) {
      labels.set(b.index, line);
      const c = pseudo.get(b.section) ?? { all: 0, services: 0, vendors: new Set<string>() };
      c.all++;
      // A label may name several services ("Google Analytics, Mixpanel, & Intercom: These tools …").
      const named = index.find(line).filter((m) => !isOwn({ display: m.text, start: 0, end: 0, vendor: m.vendor }, own));
      if (named.length) { c.services++; c.first ??= b; for (const m of named) c.vendors.add(m.vendor.id); }
      pseudo.set(b.section, c);
      continue;
    }
    if (b.kind !== 'listItem' && b.kind !== 'tableRow') continue;
    const head = entryText(doc, b).replace(/^[\s*_[(]+/, '').slice(0, 40);
    const names = index.find(head).filter((m) => !isOwn({ display: m.text, start: 0, end: 0, vendor: m.vendor }, own));
    if (names.length && names[0].start <= 2) {
      const key = b.kind === 'listItem' && b.list ? b.list.id : -1 - (b.section ?? 0);
      const n = (startsWithService.get(key) ?? 0) + 1;
      if (n === 2) out.push({ kind: 'entries', items: [], anchor: b, label: '' });
      startsWithService.set(key, n);
    }
  }
  // A paragraph per service under a line that names it ("**Firebase Crashlytics**", "Server Log Files (Cloudflare
  // Pages)", a run-in "UXCam: We use …"), as with sub-sections: two services at least, and at least half of the section's such lines.
  for (const c of pseudo.values()) if ((c.services >= 2 || c.vendors.size >= 2) && c.services * 2 >= c.all) out.push({ kind: 'entries', items: [], anchor: c.first!, label: '' });
  // The services the policy shows it uses (social networks included: a sub-section of their own is an entry too).
  const usedIds = new Set(used.map((n) => n.vendor?.id).filter((x): x is string => !!x));
  const children = new Map<number, { all: number; services: Block[]; nonSocial: number; others: Section[] }>();
  for (const sec of doc.sections) {
    if (sec.heading === 0 && doc.blocks[0]?.kind !== 'heading') continue;
    const h = doc.headingOf(sec);
    const title = doc.blockText(h);
    {
      // Top-level sections are the document's sub-sections ("Google Analytics", "Cloudflare" in a page with no title heading).
      const c = children.get(sec.parent) ?? { all: 0, services: [], nonSocial: 0, others: [] };
      c.all++;
      const v = index.find(title).find((m) => usedIds.has(m.vendor.id) || usedIn(doc, index, sec, m.vendor))?.vendor;
      if (v) { c.services.push(h); if (v.category !== 'social') c.nonSocial++; } else if (selfNamedService(doc, sec, title)) { c.services.push(h); c.nonSocial++; } else if (!index.find(title).length) c.others.push(sec);
      children.set(sec.parent, c);
    }
    if (title.length > 100 || !isTitle(title) || !SHARING_HEADING.test(title)) continue;
    const list = kindsList(doc, index, sec.firstBlock + 1, sec.endBlock, h, title);
    if (list) out.push(list);
  }
  // The same under a line that heads a passage on sharing, in a policy whose parts are such lines ("**How and With
  // Whom Do We Share Your Data?** We do not share …" and then "- With third-party services, such as YouTube, …"):
  // its lists, up to the next such line or heading.
  for (const [at, label] of labels) {
    if (label.length > 100 || !SHARING_HEADING.test(label)) continue;
    let end = at + 1;
    while (end < doc.blocks.length && doc.blocks[end].kind !== 'heading' && !labels.has(end)) end++;
    const list = kindsList(doc, index, at + 1, end, doc.blocks[at], label);
    if (list) out.push(list);
  }
  // A sub-section per service, when such sub-sections are at least two (not counting social networks)
  // and at least half of the section's sub-sections: "Google Analytics", "Cloudflare", "Disqus" after
  // "Types of data we collect" are the list; "Google Analytics" and "Google Fonts" among "Server data",
  // "Cookies", "Contact", … describe processing operations one by one.
  for (const [parent, c] of children) {
    if (c.nonSocial >= 2 && c.services.length * 2 >= c.all) {
      const h = parent >= 0 ? doc.headingOf(doc.sections[parent]) : undefined;
      // Sub-sections per service under a heading about cookies ("List of cookies used on the Site") list
      // the cookies' services: they disclose those services, but a service that sets no cookie is not missing there.
      if (h && /\bcookies?\b/i.test(doc.blockText(h))) { out.push({ kind: 'entries', items: [], anchor: h, label: '' }); continue; }
      // A sub-section about a kind of recipient ("npm uses content delivery networks.") discloses the services its text names.
      const others = c.others.flatMap((x) => doc.blocks.slice(x.firstBlock, x.endBlock));
      out.push({ kind: 'subsections', items: c.services, anchor: h ?? c.services[0], label: h ? doc.blockText(h).trim() : '', covers: others });
    }
  }
  return out;
}

/**
 * The list items and table rows of blocks [from, to) under a line about sharing, when one of them names a kind of
 * recipient ("Payment processors.", "Educational platforms (e.g. Zoom)"), not a kind of data or a situation
 * ("Automated Information. We may share …"). A list of kinds that names no service at all only shows that
 * recipients are disclosed by category.
 */
function kindsList(doc: PolicyDocument, index: VendorIndex, from: number, to: number, anchor: Block, label: string): OtherList | undefined {
  const items: Block[] = [];
  let kinds = false;
  for (let i = from; i < to; i++) {
    const b = doc.blocks[i];
    if (b.kind !== 'listItem' && b.kind !== 'tableRow') continue;
    items.push(b);
    if (RECIPIENT_NOUN.test(/^[^.:;]{0,80}/.exec(entryText(doc, b))![0])) kinds = true;
  }
  return kinds ? { kind: items.some((b) => namesService(doc, index, b)) ? 'categories' : 'entries', items, anchor, label: label.trim(), within: [from, to] } : undefined;
}

/**
 * A sub-section headed by a name outside the catalogue that its own text calls a service the site
 * uses or sends data to: "Make.com (formerly Integromat)" over "We use the Make.com service to process
 * contact inquiries … your data is transmitted to Make.com". The name must be written as a name
 * (capitalised, or with a dot: "Cal.com"), as the heading writes it; "Contact form" over "When you use
 * our contact form" is a processing operation, not a service.
 */
function selfNamedService(doc: PolicyDocument, sec: Section, title: string): boolean {
  const name = /^(?:[\d.]+\s+)?([\p{Lu}][\p{L}\p{N}.&'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,2})\s*(?:\(|$)/u.exec(title.trim())?.[1]?.replace(/\.$/, '');
  if (!name || name.length < 3) return false;
  const from = doc.blocks[sec.firstBlock + 1]?.start;
  const to = doc.blocks[sec.endBlock - 1]?.end;
  if (from === undefined || to === undefined || to <= from || to - from > 4000) return false;
  const text = doc.slice(from, to);
  if (!text.includes(name)) return false;
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(?:use|uses|using|used)\\s+(?:the\\s+)?${n}\\s+(?:service|tool|platform|plug-?in|API|app)\\b|\\b(?:transmitted|sent|passed\\s+on|forwarded|transferred|disclosed)\\s+to\\s+${n}\\b|\\b(?:provided|operated|hosted|offered|processed)\\s+by\\s+${n}\\b`).test(text);
}

/**
 * The section about a service says the site uses it: a mention in its text with evidence of use,
 * not denied. Its heading settles what the name means ("Disqus", "Tracking (Plausible)").
 */
function usedIn(doc: PolicyDocument, index: VendorIndex, sec: Section, v: VendorEntry): boolean {
  const from = doc.blocks[sec.firstBlock + 1]?.start ?? Infinity;
  const to = doc.blocks[sec.endBlock - 1]?.end ?? -1;
  let view: SentenceView | undefined;
  const mentions = vendorMentions(doc, index);
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < mentions.length && mentions[k].start < to; k++) {
    const m = mentions[k];
    if (m.end > to || m.vendor.id !== v.id) continue;
    const st = doc.sentenceAt(m.start);
    if (!st) continue;
    if (view?.start !== st.start) view = new SentenceView(st.start, st.end, doc);
    if (view.showsUse() && !view.denies(m.start)) return true;
  }
  return false;
}

/**
 * The first line of a paragraph that stands as its heading ("**Firebase Crashlytics**" on a line of
 * its own, then the text about it): short, no sentence, and in bold where the format has markup
 * (in plain text, ending in a colon). A paragraph per service under such lines is a list of entries.
 */
function pseudoHeading(doc: PolicyDocument, b: Block): string | undefined {
  const text = doc.blockText(b);
  const runIn = runInLabel(doc, b, text);
  if (runIn !== undefined) return runIn;
  // Plain text reads each line as a paragraph, and HTML a line ended by <br> as one: the label is then a
  // one-line paragraph before its text.
  const own = !text.includes('\n') && doc.blocks[b.index + 1]?.kind === 'paragraph' && doc.blocks[b.index + 1].section === b.section;
  const eol = doc.format === 'markdown' || !own ? text.indexOf('\n') : text.length;
  if (eol < 2 || eol > 60) return undefined;
  const line = text.slice(0, eol).trim();
  if (/[.!?,;]$/.test(line) || line.split(/\s+/).length > 6) return undefined;
  if (doc.format === 'plaintext') return line.endsWith(':') && own ? line : undefined;
  // Markdown blocks start at their markup, HTML blocks at their text (after "<p><strong …>").
  const src = doc.source.slice(b.sourceStart, b.sourceStart + 4);
  return /^\s*(?:\*\*|__|<(?:b|strong)\b)/i.test(src) || opensInBold(doc, b) ? line : undefined;
}

/** A question in bold that opens a paragraph, as FAQ-style policies head their parts ("**How Do We Share Your Data?** We …"). */
function boldQuestion(doc: PolicyDocument, b: Block): string | undefined {
  const src = doc.source.slice(b.sourceStart, b.sourceStart + 140);
  if (doc.format === 'markdown') return /^(\*\*|__)([^*_\n]{2,120}?\?)\1/.exec(src)?.[2];
  return opensInBold(doc, b) ? /^([^<>\n]{2,120}?\?)[ \t]*<\/(?:b|strong)>/i.exec(src)?.[1] : undefined;
}

/** An HTML block whose text starts right after a <b> or <strong> tag ("<p><strong class="x">Stripe…"). */
function opensInBold(doc: PolicyDocument, b: Block): boolean {
  return doc.format === 'html' && /<(?:b|strong)\b[^<>]{0,100}>\s*$/i.test(doc.source.slice(Math.max(0, b.sourceStart - 120), b.sourceStart));
}

/**
 * A run-in label that heads its paragraph, the text following on the same line: "UXCam: We use UXCam
 * to …" (plain text), "**Google Analytics**: We use …", "**Mailchimp** – Our newsletter …",
 * "<strong>Stripe:</strong> Payments are …". Short (at most six words), not a sentence. Like a label
 * on a line of its own, it says what the paragraph is about.
 */
function runInLabel(doc: PolicyDocument, b: Block, text: string): string | undefined {
  let label: string | undefined;
  if (doc.format === 'plaintext') {
    label = /^([\p{Lu}\p{N}](?:[^:\n.!?;]|\.(?=\S)){1,59}):[ \t]+\S/u.exec(text)?.[1];
  } else if (doc.format === 'markdown') {
    label = /^(\*\*|__)([^*_\n]{2,60}?)\1[ \t]*[:–—-]?[ \t]*\S/.exec(doc.source.slice(b.sourceStart, b.sourceStart + 80))?.[2];
  } else if (opensInBold(doc, b)) {
    label = /^([^<>\n]{2,60}?)<\/(?:b|strong)>[ \t]*[:–—-]?[ \t]*[^\s<]/i.exec(doc.source.slice(b.sourceStart, b.sourceStart + 80))?.[1];
  }
  if (label === undefined) return undefined;
  label = label.trim().replace(/:$/, '');
  if (label.length < 2 || /[.!?,;]$/.test(label) || label.split(/\s+/).length > 6) return undefined;
  return label;
}

/**
 * A heading that reads as a title, not a paragraph a Markdown underline turned into one ("Contact us
 * at … The GDPR replaced the Data Protection Act 1998.\nSub-processors\n===="): one line.
 */
function isTitle(title: string): boolean {
  return !title.trim().includes('\n');
}

/** What names a list entry: a table row's first cell, or the whole item. */
export function entryText(doc: PolicyDocument, b: Block): string {
  return b.kind === 'tableRow' ? doc.blockText(b).split('\t')[0] : doc.blockText(b);
}

/** A list entry that opens with a name (a company or a person), not a kind of data ("Your name", "E-mail address"). */
function namesEntity(doc: PolicyDocument, b: Block): boolean {
  const first = /^[\s*_[(]*([\p{Lu}][\p{L}.&'’-]*)(?:\s+([\p{Lu}][\p{L}.&'’-]*))?/u.exec(entryText(doc, b));
  return !!first && !!first[2] && !DATA_WORDS.has(first[1].toLowerCase()) && !DATA_WORDS.has(first[2].toLowerCase());
}
const DATA_WORDS = new Set(['your', 'the', 'name', 'names', 'email', 'e-mail', 'address', 'addresses', 'ip', 'phone', 'contact', 'date', 'personal', 'usage', 'device', 'location', 'payment', 'account', 'information', 'data', 'cookies', 'cookie', 'log', 'technical']);

/** A block that names a catalogue service or its owner. */
function namesService(doc: PolicyDocument, index: VendorIndex, b: Block): boolean {
  return textNamesService(index, entryText(doc, b));
}

/** A text names a catalogue service or its owner. */
export function textNamesService(index: VendorIndex, text: string): boolean {
  const got = index.coveredBy(text);
  return got.vendors.size > 0 || got.owners.size > 0;
}

/**
 * The policy's own names: its title, and what its opening calls itself ("offered by PostHog Inc",
 * "operated by Functional Software, Inc. dba Sentry", "At Automattic, we …", "Acme (“we”)").
 * A service of the policy's own company is not a recipient.
 */
interface OwnNames { written: string; caps: string }

/** A sentence in which the site uses another's service. */
const THIRD_PARTY_USED = /\b(?:we|I)\s+(?:also\s+)?(?:use|rely\s+on|work\s+with|engage|embed|integrate)\b/i;
function ownNames(doc: PolicyDocument): OwnNames {
  const parts: string[] = [];
  const OWN = /\b(?:operated|owned|offered|provided|run|published)\s+by\b|\bdba\b|\bd\/b\/a\b|\bdoing\s+business\s+as\b|[("“]\s*(?:we|us|our)\s*["”)]|\bat\s+[A-Z][\w.&-]*,\s+we\b/i;
  // A page's front matter gives its title ("---", "title: GitHub Privacy Statement", …, "---").
  if (doc.frontMatter?.title) parts.push(doc.frontMatter.title);
  for (const b of doc.blocks.slice(0, 8)) {
    if (b.kind === 'heading' && parts.length === 0) { parts.push(doc.blockText(b)); continue; }
    for (const s of doc.sentencesOf(b)) {
      const t = doc.slice(s.start, s.end);
      // "We use "Firebase Crashlytics", a service provided by Google": a service the site uses, not the site.
      if (OWN.test(t) && !THIRD_PARTY_USED.test(t)) parts.push(t);
    }
  }
  // Names are compared as written ("refer to firebase" does not name Firebase); a part in capitals ("ACME PRIVACY POLICY") in any case.
  return { written: parts.filter((p) => /\p{Ll}/u.test(p)).join('\n'), caps: parts.filter((p) => !/\p{Ll}/u.test(p)).join('\n').toLowerCase() };
}

function isOwn(n: Named, own: OwnNames): boolean {
  const names = [n.display, n.vendor?.name, ...(n.vendor?.aliases ?? []), n.vendor?.owner].filter((x): x is string => !!x && x.length > 2);
  return names.some((x) => containsWord(own.written, x) || (own.caps !== '' && containsWord(own.caps, x.toLowerCase())));
}

/** `word` occurs in `text` with no letter or digit either side (no regular expression built per name). */
export function containsWord(text: string, word: string, underscoreJoins = true): boolean {
  const isWordChar = (c: string | undefined) => !!c && (underscoreJoins ? /[\p{L}\p{N}_]/u : /[\p{L}\p{N}]/u).test(c);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + word.length])) return true;
  }
  return false;
}

/** The block's section has a heading that names the recipients ("Recipient", "Third-party services", "Sub-processors"). */
function underRecipientsHeading(doc: PolicyDocument, b: Block): boolean {
  if (b.section < 0) return false;
  const title = doc.blockText(doc.headingOf(doc.sections[b.section])).trim();
  return title.length <= 80 && LIST_HEADING.test(title);
}

/**
 * A list entry under a heading, or after a paragraph, that denies: "What is not used", "We do not
 * use the following:". `before` is the block before the entry's run of list items or rows.
 */
function deniedEntry(doc: PolicyDocument, b: Block, before: Block | undefined): boolean {
  if (b.kind !== 'listItem' && b.kind !== 'tableRow') return false;
  const neg = NEGATION_CI;
  if (b.section >= 0 && doc.sections[b.section].heading !== 0 && neg.test(doc.blockText(doc.headingOf(doc.sections[b.section])))) return true;
  if (!before || before.kind !== 'paragraph' || before.sentenceCount === 0) return false;
  const last = doc.sentences[before.firstSentence + before.sentenceCount - 1];
  const t = doc.slice(last.start, last.end);
  return t.endsWith(':') && neg.test(t);
}

function namedProcessors(doc: PolicyDocument, index: VendorIndex, listed: Set<number>): Named[] {
  const out: Named[] = [];
  const mentions = vendorMentions(doc, index);
  let next = 0; // mentions and blocks are both in document order
  let runStart = 0; // the first block of the current run of list items (or of table rows)
  for (const b of doc.blocks) {
    const first = out.length;
    if (b.index === 0 || doc.blocks[b.index - 1].kind !== b.kind) runStart = b.index;
    while (next < mentions.length && mentions[next].start < b.start) next++;
    const inBlock = next < mentions.length && mentions[next].end <= b.end;
    // A name under a heading that says who receives the data ("Recipient", "Third-party services")
    // is disclosed there; an entry under a heading that denies ("What is not used") is not used.
    // Struck-through text ("~~…~~", <del>) is deleted by its author: a service named there is not used.
    const skip = listed.has(b.index) || b.kind === 'heading' || isStruck(doc, b.start, b.end)
      || (inBlock && (underRecipientsHeading(doc, b) || deniedEntry(doc, b, doc.blocks[runStart - 1])));
    let view: SentenceView | undefined;
    let subject: (typeof mentions)[number] | undefined; // the first name of the sentence, when it opens the sentence
    for (; next < mentions.length && mentions[next].end <= b.end; next++) {
      const m = mentions[next];
      if (skip || isStruck(doc, m.start, m.end)) continue;
      const start = m.start;
      const s = doc.sentenceAt(start);
      if (s && view?.start !== s.start) {
        view = new SentenceView(s.start, s.end, doc);
        subject = /^\s*(?:the\s+)?$/i.test(doc.slice(s.start, start)) ? m : undefined;
      }
      if (s && view!.denies(start)) continue; // "We do not use Mailchimp."
      if (s && view!.hypotheticalExample(start)) continue; // "If tools (e.g. YouTube) are used, …"
      // "LinkedIn also uses affiliates such as Google Analytics": the other company's recipients, not the site's.
      if (s && subject && subject !== m && subject.vendor.id !== m.vendor.id && start - subject.end <= 200 && THEIR_USE.test(doc.slice(subject.end, start)) && !view!.firstPerson()) continue;
      if (s && view!.otherRole()) continue;
      // Positive evidence only: the sentence says the service is used or receives data. A mention
      // without it is kept as weak: where another mention shows use, the service is reported at its
      // first mention ("Registration details (Calendly, Tally)" before "… through Calendly").
      // The name of an identifier ("Amplitude ID", "Firebase installation ID") is data the policy lists: on its own,
      // no evidence that the site uses the service.
      const weak = !(s ? view!.showsUse() : USE_EVIDENCE.test(doc.blockText(b))) || IDENTIFIER_AFTER.test(doc.slice(m.end, m.end + 40));
      if (s && (view!.usersOwn(start, m.end - m.start) || view!.readersTracker(start, m.end - m.start) || view!.documentOf(start, m.end - m.start))) continue;
      // An ordinary word as a name ("Tally", "Stripe") needs a sentence about services, or another service
      // named beside it in the sentence ("Registration details (Calendly, Tally, Patreon)").
      if (m.vendor.ambiguous && !(s ? view!.speaksOfService() : SERVICE_CONTEXT.test(doc.blockText(b)))
        && !(s && [mentions[next - 1], mentions[next + 1]].some((o) => o && !o.vendor.ambiguous && o.start >= s.start && o.end <= s.end))) continue;
      // Social networks reached through plug-ins and pixels are often joint controllers
      // (CJEU C-40/17, Fashion ID), not processors: this rule does not put them on a processor list.
      out.push({ display: m.text, start, end: m.end, vendor: m.vendor, social: m.vendor.category === 'social', weak });
    }
    if (skip) continue;
    const text = doc.blockText(b);
    // The catalogue names of this block, sorted and apart: a quoted name inside one is not named twice.
    const catalogued = out.slice(first).filter((n) => !n.weak);
    const weakHere = out.slice(first).filter((n) => n.weak);
    const quoted = new Set<number>();
    for (const { gate, re } of QUOTED_PROCESSOR) {
      if (!gate.test(text)) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const name = m[1].trim();
        const at = b.start + m.index + m[0].indexOf(m[1]);
        if (inside(catalogued, at) || quoted.has(at)) continue;
        quoted.add(at);
        // The catalogue name this phrasing shows in use ("managed with Acuity Scheduling software"): no longer weak.
        const same = weakHere.find((n) => n.start <= at && at < n.end);
        if (same) { same.weak = false; continue; }
        out.push({ display: name, start: at, end: at + m[1].length, vendor: index.find(name)[0]?.vendor });
      }
    }
  }
  // A weak mention counts only for a service that another mention shows in use, and not where its
  // block is only a label that heads what follows ("4) **Firebase Crashlytics**"), as a heading is not.
  const shown = new Set(out.filter((n) => !n.weak).map((n) => n.vendor?.id ?? n.display));
  return out.filter((n) => !n.weak || (shown.has(n.vendor?.id ?? n.display) && !isLabelBlock(doc, n))).sort((a, b) => a.start - b.start);
}

/** The mention's block is the service's name and nothing more, as a label over its section: "Firebase Crashlytics", "4) **RevenueCat**". */
function isLabelBlock(doc: PolicyDocument, n: Named): boolean {
  const s = doc.sentenceAt(n.start);
  if (!s) return false;
  const b = doc.blocks[s.block];
  const rest = (doc.slice(b.start, n.start) + doc.slice(n.end, b.end)).replace(/[\d.)(\-–—*_:#\s]+/g, '');
  return rest.length === 0;
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
  // A sub-section of the list's section headed by a service ("### 6.3 Firebase Crashlytics") discloses it there.
  for (const l of lists) for (const h of l.subheadings ?? []) {
    const got = index.coveredBy(doc.blockText(h));
    got.vendors.forEach((v) => c.vendors.add(v));
  }
  for (const l of lists) for (const b of l.items) {
    // A row of a recipients table lists the services any of its cells names ("Infrastructure | Hosted on
    // GitHub Pages"), but an owner only by its first cell: "GitHub Inc., a Microsoft company" in another
    // cell says who owns GitHub, and lists no other Microsoft service.
    const text = b.kind === 'tableRow' ? doc.blockText(b) : entryText(doc, b);
    const got = index.coveredBy(text);
    got.vendors.forEach((v) => c.vendors.add(v));
    (b.kind === 'tableRow' ? index.coveredBy(entryText(doc, b)) : got).owners.forEach((o) => c.owners.add(o));
    c.texts.push(text.toLowerCase());
  }
  return c;
}

function isCovered(n: Named, c: Coverage): boolean {
  if (n.vendor && (c.vendors.has(n.vendor.id) || c.owners.has(n.vendor.owner))) return true;
  const name = n.display.toLowerCase();
  return c.texts.some((t) => t.includes(name));
}

/** The kinds of recipient the lists name, where no entry of theirs names a service; undefined where one does. */
function kindsOnlyList(doc: PolicyDocument, index: VendorIndex, lists: ProcessorList[]): Set<string> | undefined {
  const kinds = new Set<string>();
  for (const l of lists) for (const b of l.items) {
    if (namesService(doc, index, b)) return undefined;
    for (const k of categoriesOfEntry(entryText(doc, b))) kinds.add(k);
  }
  return kinds;
}

/** An edit that adds an entry to a list (a list item in its marker, or a table row with the other cells as placeholders). */
export function addItem(doc: PolicyDocument, list: ProcessorList, name: string): Edit {
  // After the last item of a list: text of an item that is no item of its own (an <li>'s text after a
  // <br> or after its nested list, "<li>… processors:<ul><li>Stripe</li></ul>We use Hotjar …") covers
  // what it names, but an item added after it would be no item of the list.
  const last = [...list.items].reverse().find((b) => b.kind !== 'listItem' || b.list) ?? list.items[list.items.length - 1];
  if (last.kind === 'listItem' && last.list) return appendListItemEdit(doc, last.list, name, last);
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
  const names = serviceNames(named);
  const items = names.length ? names : ['[Service name] – [purpose], [country]'];
  const at = l.anchor.sourceEnd;
  // A list announced by a paragraph gets one after it. One announced inside a list item ("… For
  // example:") would need a list nested in the item: no fix is offered rather than a wrong one.
  const fixes: Fix[] = hasEmptyListFix(l) ? [{ title: names.length ? 'Add the list of processors' : 'Add a list template', edits: [{ start: at, end: at, newText: st.gap + st.list(items) }], preferred: true }] : [];
  const range = l.announcement ? { start: doc.srcStart(l.announcement.start), end: doc.srcEnd(l.announcement.end) } : { start: l.anchor.sourceStart, end: l.anchor.sourceEnd };
  ctx.report({
    ...range, severity: 'error',
    message: 'This sentence announces a list of third-party services, but none follows: add the list.',
    detail: `Without the list, the recipients of the personal data are not disclosed.${fixes.length ? ' The fix adds the list after the sentence.' : ''}`,
    source: SOURCE, fixes, data: { empty: true },
  });
}

function hasEmptyListFix(l: ProcessorList): boolean {
  return l.anchor.kind === 'paragraph';
}

/**
 * The name a fix writes: as first written, in the catalogue's spelling where the text differs only
 * in case ("Google analytics" → "Google Analytics", "Github" → "GitHub").
 */
function spelling(n: Named): string {
  const names = n.vendor ? [n.vendor.name, ...(n.vendor.aliases ?? [])] : [];
  if (names.includes(n.display)) return n.display;
  const lower = n.display.toLowerCase();
  return names.find((x) => x.toLowerCase() === lower) ?? n.display;
}

/** A capitalised name of one to three words ("Inspectlet", "Sage Intacct", "The Giving Block"). */
const ENUM_NAME = String.raw`[A-Z][\w.&'’-]{1,30}(?:[ \t]+[A-Z][\w.&'’-]{0,30}){0,2}`;
/** An enumeration of names, ending in "and" / "or" / "&" and its last name: "UXCam, Google Analytics, Mixpanel, and Intercom". */
const ENUMERATION = new RegExp(`${ENUM_NAME}(?:[ \t]*,[ \t]*${ENUM_NAME}){0,20}[ \t]*,?[ \t]+(?:and|or|&)[ \t]+${ENUM_NAME}`, 'g');
const NOT_A_SERVICE = /^(?:The|We|Our|You|Your|They|It|This|These|Those|I|EU|EEA|US|USA|UK|GDPR|CCPA)$/;

/**
 * Names the policy gives in one enumeration with the services it names ("website recording services
 * such as Google Analytics, HotJar and Inspectlet"): services of the same kind that the catalogue
 * does not know. The recipients template starts with them too, so that it leaves out none the text names.
 */
function coEnumerated(doc: PolicyDocument, index: VendorIndex, own: OwnNames, named: Named[], names: string[]): string[] {
  const out: string[] = [];
  const known = new Set(names.map((n) => n.toLowerCase()));
  const seen = new Set<number>();
  for (const n of named) {
    const st = doc.sentenceAt(n.start);
    if (!st || seen.has(st.start) || st.end - st.start > 400) continue;
    seen.add(st.start);
    const text = doc.slice(st.start, st.end);
    ENUMERATION.lastIndex = 0;
    for (let m; (m = ENUMERATION.exec(text)); ) {
      const at = st.start + m.index;
      // Only the enumeration that holds a named service.
      if (!named.some((x) => x.start >= at && x.end <= at + m![0].length)) continue;
      const parts = m[0].split(/[ \t]*,[ \t]*|[ \t]+(?:and|or|&)[ \t]+/);
      // Three names at least: "processed by Kind and Campaign Monitor" pairs the company with its service.
      if (parts.filter((x) => x.trim()).length < 3) continue;
      for (const raw of parts) {
        const name = raw.replace(/^(?:and|or|&)[ \t]+/, '').replace(/[.’']+$/, '').trim();
        if (!name || NOT_A_SERVICE.test(name) || known.has(name.toLowerCase())) continue;
        // The policy's own company ("processed by Kind and Campaign Monitor") is no recipient.
        if (isOwn({ display: name, start: 0, end: 0 }, own)) continue;
        // A catalogue name left out of `named` was left out for a reason (a social network, an owner's name).
        if (index.find(name).length) continue;
        known.add(name.toLowerCase());
        out.push(name);
      }
    }
  }
  return out;
}

/** One name per service, as first written ("GitHub", not also "Github"; "Mailchimp", not also "MailChimp"). */
function serviceNames(named: Named[]): string[] {
  const byService = new Map<string, string>();
  for (const n of named) {
    const key = namedKey(n);
    if (!byService.has(key)) byService.set(key, spelling(n));
  }
  return [...byService.values()];
}

/** "There will be no other recipients", "no other recipients receive your data": the passage before it names them all. */
const CLOSED_RECIPIENTS = /\bno\s+other\s+recipients\b|\bnobody\s+else\s+(?:receives|will\s+receive|has\s+access)\b|\bno\s+(?:one|body)\s+else\s+(?:receives|will\s+receive|has\s+access)\b/i;

/**
 * The name stands in brackets right after words that name the processors or recipients: "Data processing
 * agreements have been concluded with all service providers (Netlify, GoatCounter, Postcatch.io)", "our
 * processors (AWS and Postmark)". The brackets list them. Not examples ("(e.g. Google Analytics)"), and
 * not in a sentence that denies it ("we do not use processors (…)").
 */
function inNamedProcessorsBrackets(doc: PolicyDocument, at: number): boolean {
  const s = doc.sentenceAt(at);
  if (!s) return false;
  const before = doc.slice(Math.max(s.start, at - 300), at);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  const inside = before.slice(open + 1);
  if (BRACKETED_EXAMPLES.test(inside) || /[.;:]/.test(inside.replace(/\b[\w-]+\.(?:io|com|net|org|de|eu|co)\b/gi, ''))) return false;
  const head = before.slice(0, open);
  return BRACKETED_LIST_HEAD.test(head) && !NEGATION_CI.test(head);
}
const BRACKETED_LIST_HEAD = /\b(?:third[-\s]part(?:y|ies)|(?:service\s+)?providers|(?:sub-?)?processors|recipients|vendors)\s*$/i;
const BRACKETED_EXAMPLES = /^\s*(?:e\.\s?g\.|i\.\s?e\.|such\s+as|like|for\s+(?:example|instance)|including|incl\.)/i;

/**
 * The name is an entry of a list written inline after the sentence's own announcement: "Your personal data
 * is transmitted to the following external service providers for membership management: Wild Apricot
 * membership software, Constant Contact email marketing software." The sentence is the list.
 */
function inInlineList(doc: PolicyDocument, n: Named): boolean {
  const s = doc.sentenceAt(n.start);
  if (!s || n.start - s.start > 600) return false;
  const before = doc.slice(s.start, n.start);
  const colon = before.lastIndexOf(':');
  return colon > 0 && INLINE_ANNOUNCE.test(before.slice(Math.max(0, colon - 200), colon + 1));
}
const INLINE_ANNOUNCE = /\bthe\s+following\b[^.:;]{0,40}?\b(?:third[-\s]part(?:y|ies)|(?:service\s+)?providers?|(?:sub-?)?processors?|recipients?|vendors?|services|partners)\b[^.:;]{0,120}:$/i;

function inClosedRecipientsParagraph(doc: PolicyDocument, n: Named): boolean {
  const s = doc.sentenceAt(n.start);
  if (!s) return false;
  // Once per paragraph, however many names it holds (a paragraph of 10,000 names is read once, not 10,000 times).
  const closed = doc.memo('processorUnlisted.closedRecipients', () => new Map<number, boolean>());
  let c = closed.get(s.block);
  if (c === undefined) closed.set(s.block, (c = CLOSED_RECIPIENTS.test(doc.blockText(doc.blocks[s.block]))));
  return c;
}

/**
 * A heading over the policy's account of who receives data: "Recipients of personal data", "How we
 * share the information we collect", "Disclosure of your data". Not a heading that names a kind of
 * service ("Payment service providers", "Analytics"): a section on one service's processing is not
 * a disclosure of the recipients.
 */
const RECIPIENTS_NAMED = /\b(?:recipients?|(?:sub-?\s?)?processors?)\b/i;
const RECIPIENTS_HEADING = /\b(?:recipients?|shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing|ures?))\b|\bwho\s+(?:else\s+)?(?:processes|receives|handles|sees|has\s+access\s+to)\b/i;

/**
 * The text at `at` is in a section (or a sub-section of one) whose heading is about recipients or
 * sharing, not the document's title, and does not deny it ("We do not share your data").
 */
function underSharingHeading(doc: PolicyDocument, at: number): boolean {
  return sharingHeadingOver(doc, at) !== undefined;
}

/**
 * The nearest heading over `at` (up to six levels) about recipients or sharing, or, with `named`, one that
 * names recipients or processors; not the document's title, and not one that denies it.
 */
function sharingHeadingOver(doc: PolicyDocument, at: number, named = false): Block | undefined {
  const s = doc.sentenceAt(at);
  if (!s) return undefined;
  for (let k = doc.blocks[s.block].section, depth = 0; k >= 0 && depth < 6; k = doc.sections[k].parent, depth++) {
    const sec = doc.sections[k];
    if (sec.heading === 0) break; // the title of the whole document
    const h = doc.headingOf(sec);
    const title = doc.blockText(h);
    // "Recipients", "How we share …", or a heading that names the list itself ("5. Third-party services",
    // "Processors") over a paragraph per service.
    if (title.length > 100 || !isTitle(title) || NEGATION_CI.test(title)) continue;
    if (named ? RECIPIENTS_NAMED.test(title) : RECIPIENTS_HEADING.test(title) || LIST_HEADING.test(title.trim())) return h;
  }
  return undefined;
}

/**
 * A heading in the policy names the service (its name or an alias): it has a section of its own. The
 * headings are read once per document and index (extra vendors from the settings make another index).
 */
function hasOwnSection(doc: PolicyDocument, index: VendorIndex, v: VendorEntry): boolean {
  const byIndex = doc.memo('processorUnlisted.headingVendors', () => new WeakMap<VendorIndex, Set<string>>());
  let ids = byIndex.get(index);
  if (!ids) byIndex.set(index, (ids = new Set(doc.blocks.filter((b) => b.kind === 'heading').flatMap((b) => index.find(doc.blockText(b)).map((m) => m.vendor.id)))));
  return ids.has(v.id);
}

/**
 * The first heading about recipients or sharing with a catalogue service named in prose under it (no list):
 * "6. Recipients, processors and storage location" over "We use … services provided by Google".
 */
function proseRecipientsSection(doc: PolicyDocument, index: VendorIndex): Block | undefined {
  // Only a heading that names recipients or processors: "How we share …" or "Like & Share buttons" may head one practice.
  for (const m of vendorMentions(doc, index)) {
    const h = sharingHeadingOver(doc, m.start, true);
    if (h) return h;
  }
  return undefined;
}

/**
 * The name is followed by the company's legal form and, in brackets, a postal address: "RevenueCat, Inc.
 * (2261 Market Street #5205, San Francisco, CA 94114, USA)". An address has a comma and a number of two or
 * more digits (a street number or a postcode), which "(GA4)" or "(our analytics tool)" do not.
 */
function identifiedWithAddress(doc: PolicyDocument, end: number): boolean {
  return WITH_ADDRESS.test(doc.slice(end, Math.min(doc.text.length, end + 200)));
}
const WITH_ADDRESS = /^,?\s*(?:Inc\.?|Ltd\.?|Limited|LLC|L\.L\.C\.|GmbH|AG|B\.V\.|S\.A\.|SAS|SE|plc|Corp(?:oration|\.)?)\s*\((?=[^()]*,)(?=[^()]*\b\d{2,})[^()]{5,150}\)/;

/** Services named outside the prose section on recipients: information, as what the section omits is the author's call to weigh. */
function reportOutsideSection(ctx: RuleContext, heading: Block, named: Named[]): void {
  const { doc } = ctx;
  const label = doc.blockText(heading).trim();
  const seen = new Set<string>();
  for (const n of named) {
    const key = namedKey(n);
    if (seen.has(key)) continue;
    seen.add(key);
    const owner = ownerNote(n);
    ctx.report({
      start: doc.srcStart(n.start), end: doc.srcEnd(n.end), severity: 'information',
      message: fitting(`${n.display}${owner} is not named in the section “${label}”: add it there.`, `${n.display}${owner} is not named in the section ${quoted(label, 30)}: add it there.`, `${n.display} is not named in the section ${quoted(label, 20)}: add it there.`),
      detail: `${n.display}${owner} processes personal data for this service, so it is a recipient the policy must disclose; the section “${label}” names the recipients in prose and does not name it. No fix is offered: where it goes in the prose is the author’s call.`,
      source: SOURCE, fixes: [],
      related: [{ start: heading.sourceStart, end: heading.sourceEnd, message: `The section on recipients (“${label}”)` }],
      data: { vendor: n.vendor?.id ?? n.display },
    });
  }
}

/** The owners of catalogue services named in the blocks under a heading about recipients or sharing. */
function ownersUnderSharingHeadings(doc: PolicyDocument, index: VendorIndex): Set<string> {
  const out = new Set<string>();
  for (const b of doc.blocks) {
    if (b.kind === 'heading' || b.sentenceCount === 0 || !underSharingHeading(doc, b.start)) continue;
    for (const o of index.coveredBy(doc.blockText(b)).owners) out.add(o);
  }
  return out;
}

/** An existing section where a list of recipients belongs. */
// The same headings as required-disclosure's recipients item (data: sectionWithin in disclosures.json).
export const RECIPIENTS_SECTION = new RegExp((disclosures as { items: Array<{ id: string; sectionWithin?: string }> }).items.find((i) => i.id === 'recipients')!.sectionWithin!, 'i');

function reportNoList(ctx: RuleContext, index: VendorIndex, own: OwnNames, named: Named[]): void {
  const { doc } = ctx;
  const names = serviceNames(named);
  const first = doc.blocks[0];
  // A template that claims nothing: the services named are where the list starts, and the author
  // completes it (services the catalogue does not know, other recipients) or removes what is not one.
  // No fix where a recipients section exists that the new one cannot join (see sectionEdit).
  const entries = [...names, ...coEnumerated(doc, index, own, named, names)];
  const edit = sectionEdit(doc, 'Recipients', ['The following are recipients of personal data [check and complete this list]:'], entries.map((n) => `${n} – [purpose], [country]`), { within: RECIPIENTS_SECTION });
  ctx.report({
    start: first ? first.sourceStart : 0, end: first ? first.sourceEnd : 0, severity: 'information',
    message: fitting(
      `The policy names services that process personal data (${names.join(', ')}) but no list of recipients: add one.`,
      `The policy names ${names.length === 1 ? 'a service that processes' : `${names.length} services that process`} personal data but no list of recipients: add one.`),
    detail: `Services named: ${names.join(', ')}. Each processes personal data for this service, so the policy must disclose it among its recipients (or categories of recipients).${edit ? ' The fix adds a “Recipients” section that starts with them, for you to check and complete.' : ''}`,
    source: SOURCE,
    // A template: which of them are processors, and for what, only the author knows.
    fixes: edit ? [{ title: 'Add a “Recipients” section starting with them (to check and complete)', edits: [edit], preferred: true, safe: false }] : [],
    related: named.slice(0, 10).map((n) => ({ start: doc.srcStart(n.start), end: doc.srcEnd(n.end), message: `${n.display} is named here` })),
    data: { vendors: names, documentLevel: true },
  });
}
