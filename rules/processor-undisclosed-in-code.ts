// processor-undisclosed-in-code: a third-party service the application's own code uses (a package
// its manifests declare and its code imports, a script its pages load: the inventory the front end
// passes in options.inventory) that the policy never names, by the service's name or its owner's.
import type { PolicyDocument } from './model/document';
import type { Edit, Fix, RelatedLocation } from './model/types';
import { vendorIndex, type VendorEntry, type VendorIndex } from './knowledge/vendors';
import { addItem, containsWord, deniedAt, entryText, findLists, RECIPIENTS_SECTION, textNamesService, type ProcessorList } from './processor-unlisted';
import packageData from './knowledge/packages.json';
import type { CodeEvidence, Rule } from './rule';
import { fitting, quoted } from './shared/message';
import { CATEGORIES, entryHead } from './shared/recipientCategories';
import { sectionEdit } from './shared/style';

const SOURCE = 'GDPR Art. 13(1)(e) and 14(1)(e): the recipients or categories of recipients of the personal data; Art. 28 (processors)';
/** Places of use shown with a finding: enough to find them, not a listing of a monorepo. */
const MAX_RELATED = 5;
/** What the author completes in a template entry. */
const TEMPLATE_FACTS = '[purpose], [country; transfer safeguard]';

export const processorUndisclosedInCode: Rule = {
  id: 'processor-undisclosed-in-code',
  aliases: ['undisclosed-service'],
  description: 'A third-party service the application’s code uses (a package in its manifests, a script its pages load) that the policy never names, nor its owner; with an inventory of the workspace only',
  tags: ['gdpr', 'processors', 'workspace'],
  defaultSeverity: 'warning',
  placeholders: [
    { text: '[purpose]', ask: 'Fill in the purpose' },
    { text: '[country; transfer safeguard]', ask: 'Fill in the country and the transfer safeguard' },
    { text: '[check and complete this list]', ask: 'Complete the list, then delete this note' },
    { text: '[…]', ask: 'Fill in the cell', cellOnly: true },
  ],
  check(ctx) {
    const inventory = ctx.options.inventory;
    // No inventory (the library, a policy outside a workspace): nothing to compare, and nothing spent.
    if (!inventory?.length) return;
    const { doc } = ctx;
    const index = vendorIndex(ctx.options.extraVendors);
    const byId = new Map(index.vendors.map((v) => [v.id, v]));
    const uses = new Map<string, { vendor: VendorEntry; evidence: CodeEvidence[] }>();
    for (const item of inventory) {
      const vendor = byId.get(item.vendorId);
      if (!vendor) continue;
      const use = uses.get(vendor.id) ?? { vendor, evidence: [] };
      use.evidence.push(item.evidence);
      uses.set(vendor.id, use);
    }
    if (!uses.size) return;
    const named = namedInPolicy(doc, index);
    let byCategory: ((category: string) => boolean) | undefined;
    const lists = findLists(doc, index).filter((l) => l.items.length > 0);
    const target = lists.length ? [...lists].sort((a, b) => b.rank - a.rank)[0] : undefined;
    const first = doc.blocks[0];
    const range = target
      ? (target.announcement ? { start: doc.srcStart(target.announcement.start), end: doc.srcEnd(target.announcement.end) } : { start: target.anchor.sourceStart, end: target.anchor.sourceEnd })
      : { start: first ? first.sourceStart : 0, end: first ? first.sourceEnd : 0 };
    for (const { vendor, evidence } of uses.values()) {
      if (named(vendor)) continue;
      // A category the policy names ("analytics providers") discloses the services of that kind with
      // allowRecipientCategories. Without it the finding stays, at information severity: Art. 13(1)(e)
      // allows categories, so naming the service is advice (WP260 rev.01), not a clear defect.
      byCategory ??= categoriesNamed(doc, index);
      const inCategory = categoriesOfUse(vendor, evidence).some((c) => byCategory!(c));
      if (inCategory && ctx.options.allowRecipientCategories) continue;
      const categoryNote = inCategory ? ' The policy names a category of recipients that covers it; the setting allowRecipientCategories counts that as naming it (by default a notice should name the actual recipients: WP260 rev.01).' : '';
      const ev = evidence[0];
      const more = evidence.length > 1 ? `, and ${evidence.length - 1} more place${evidence.length > 2 ? 's' : ''}` : '';
      const todo = (label: string) => target ? `add it to the list under ${label}` : 'name it among the recipients of personal data';
      const label = target ? `“${target.label}”` : '';
      const fix = target ? listFix(doc, target, vendor) : sectionFix(doc, vendor);
      ctx.report({
        ...range,
        ...(inCategory ? { severity: 'information' as const } : {}),
        message: inCategory ? fitting(
          `The app uses ${vendor.name} (${ev.label}: ${ev.text}${more}); the policy names only a category for it: name the service.`,
          `The app uses ${vendor.name}; the policy names only a category for it: name the service.`) : fitting(
          `The app uses ${vendor.name} (${ev.label}: ${ev.text}${more}) but the policy never names it: ${todo(label)}.`,
          `The app uses ${vendor.name} but the policy never names it: ${todo(label)}.`,
          `The app uses ${vendor.name} but the policy never names it: ${todo(target ? quoted(target.label, 24) : '')}.`),
        detail: `The app uses ${vendor.name} (${ev.label}: ${ev.text}${more}), so the policy must disclose it among the recipients of personal data; if it receives none, say so.${categoryNote}${fix ? ' The fix adds an entry to complete.' : ''}`,
        source: SOURCE,
        fixes: fix ? [fix] : [],
        related: evidence.slice(0, MAX_RELATED).map((e): RelatedLocation => ({
          start: 0, end: 0,
          message: `${vendor.name} is used here (${e.text})`,
          file: { path: e.path, line: e.line, character: e.character, endCharacter: e.character + e.length },
        })),
        data: { vendor: vendor.id, evidence: evidence.map((e) => `${e.label}:${e.line + 1}`) },
      });
    }
  },
};

/** The visible text and, where it differs, the file's source: where a page may keep words it renders from data. */
function textAndSource(doc: PolicyDocument): string {
  return doc.source === doc.text ? doc.text : `${doc.text}\n${doc.source}`;
}

/**
 * Whether the policy names a service: its name, an alias, its owner or an owner's alias, anywhere
 * in the visible text or the file's source, in any case ("sentry.io", "SENDGRID", "a Twilio company").
 * Silence is the cheaper error here: a word that merely looks like the name ("a bold stripe") counts as
 * naming it, and so does a name in a component's data (`items={["Supabase Auth retains …"]}`, text a
 * page renders that the parser cannot see as text) or in a package name (`google_fonts` names Google).
 */
function namedInPolicy(doc: PolicyDocument, index: VendorIndex): (v: VendorEntry) => boolean {
  const text = textAndSource(doc);
  const covered = index.coveredBy(text);
  const lower = text.toLowerCase();
  return (v) => covered.vendors.has(v.id) || covered.owners.has(v.owner)
    || [v.name, ...(v.aliases ?? []), v.owner, ...(v.ownerAliases ?? [])].some((n) => n.length >= 3 && containsWord(lower, n.toLowerCase(), false))
    || familyOf(index, v).some((f) => covered.vendors.has(f.id));
}

/** A word for recipients, then a list of their kinds: "service providers for hosting, analytics and …", "partners … (hosting, payment processing)". Group 1: the list. */
const KINDS_LISTED = /\b(?:service\s+providers?|providers?|vendors?|partners?|(?:sub-?)?processors?|third[-\s]part(?:y|ies))\b[^.;:()\n]{0,80}?(?:\bfor\b|\bsuch\s+as\b|\bincluding\b|\blike\b|\be\.g\.,?|\()\s*([^.;:()\n]{3,200})/gi;
/** Packages whose kind of service is not their vendor's catalogue category ("@vercel/analytics"). */
const PACKAGE_CATEGORY = new Map((packageData as { packages: Array<{ name: string; category?: string }> }).packages.filter((p) => p.category).map((p) => [p.name, p.category!]));

/** The kinds of service a use is: the category of the packages that show it, else the vendor's. */
function categoriesOfUse(v: VendorEntry, evidence: CodeEvidence[]): string[] {
  const own = evidence.map((e) => PACKAGE_CATEGORY.get(e.text)).filter((c): c is string => !!c);
  return own.length ? [...new Set(own)] : [v.category];
}

/**
 * Which categories of recipients the policy names: as the label of a list entry, table row or line
 * ("Analytics: Anonymized usage data", after any tags and emphasis), or as a kind of recipient in a
 * sentence that does not deny it ("our analytics providers"; not "we use no analytics services").
 * An entry or sentence that names a service describes that recipient, not a category: "Fastly to
 * provide CDN services" and "Payments – Stripe" disclose Fastly and Stripe, not every CDN or payment service.
 */
function categoriesNamed(doc: PolicyDocument, index: VendorIndex): (category: string) => boolean {
  const found = new Set<string>();
  const namesService = (text: string) => textNamesService(index, text);
  for (const b of doc.blocks) {
    if (b.kind === 'heading') continue;
    if (b.kind === 'tableRow') {
      // Only in a table of recipients: a cookie table's "Analytics" row is a purpose of cookies.
      // (A table before any heading, b.section -1, is under none.)
      const first = entryText(doc, b).replace(/[*_]/g, '').trim();
      const h = b.section >= 0 ? doc.blockText(doc.headingOf(doc.sections[b.section])) : '';
      if (RECIPIENTS_SECTION.test(h) && !namesService(doc.blockText(b))) for (const c of CATEGORIES) if (c.cell.test(first)) found.add(c.id);
      continue;
    }
    const head = entryHead(doc.blockText(b).slice(0, 200));
    const labelled = CATEGORIES.filter((c) => !found.has(c.id) && c.label.test(head));
    if (labelled.length && !namesService(doc.blockText(b))) for (const c of labelled) found.add(c.id);
  }
  // "service providers for hosting, authentication, analytics and email delivery", "partners who help us
  // operate our platform (hosting, payment processing, analytics)": kinds listed after a word for recipients,
  // in the text or in the data a component renders (the source).
  for (const m of textAndSource(doc).matchAll(KINDS_LISTED)) {
    if (namesService(m[0])) continue;
    for (const item of m[1].split(/\s*(?:,|\band\b|\bor\b|\/|&)\s*/)) {
      for (const c of CATEGORIES) if (c.cell.test(item.trim())) found.add(c.id);
    }
  }
  for (const c of CATEGORIES) {
    if (found.has(c.id)) continue;
    for (const m of doc.text.matchAll(c.phrase)) {
      const s = doc.sentenceAt(m.index);
      if (s && !deniedAt(doc, m.index) && !namesService(doc.slice(s.start, s.end))) { found.add(c.id); break; }
    }
  }
  return (category) => found.has(category);
}

/**
 * The platform a product belongs to, by name: a catalogue service of the same owner whose name opens
 * this one's ("Firebase" for "Firebase Crashlytics" and "Firebase Authentication"). A policy that names
 * the platform names its products ("We expose the crash data to Firebase").
 */
function familyOf(index: VendorIndex, v: VendorEntry): VendorEntry[] {
  return index.vendors.filter((f) => f.id !== v.id && f.owner === v.owner && v.name.startsWith(`${f.name} `));
}

/** "Sentry (Functional Software, Inc.)": the owner where it is another name than the service's. */
function withOwner(v: VendorEntry): string {
  const owner = v.ownerAliases?.find((a) => /\b(?:Inc|LLC|Ltd|Limited|GmbH|B\.V|S\.A|SAS|PBC|Corp|Co)\b/.test(a)) ?? v.owner;
  return v.name.includes(v.owner) || owner === v.name ? v.name : `${v.name} (${owner})`;
}

/**
 * The entry the list would hold, in its own style: a list of bare names gets the name; a list whose
 * entries describe each service ("Stripe – payments, United States") gets the name, the owner and
 * the facts to complete, after the same separator. A table gets the name in its first cell.
 */
function listEntry(doc: PolicyDocument, list: ProcessorList, v: VendorEntry): string {
  const last = list.items[list.items.length - 1];
  if (last.kind === 'tableRow') return v.name;
  const text = entryText(doc, last).trim();
  const sep = /\s[–—-]\s|:\s|,\s/.exec(text);
  if (!sep && text.split(/\s+/).length <= 4) return v.name;
  return `${withOwner(v)}${sep ? sep[0] : ' – '}${TEMPLATE_FACTS}`;
}

/** Adds the service to the policy's list: a template, never applied without review (only the author knows its purpose and place). */
function listFix(doc: PolicyDocument, list: ProcessorList, v: VendorEntry): Fix | undefined {
  // A list written as plain lines: where a new line goes, and how it is punctuated, is the author's call.
  if (list.lines) return undefined;
  const edit: Edit = addItem(doc, list, listEntry(doc, list, v));
  return { title: `Add “${v.name}” to the list under “${list.label}” (to complete)`, edits: [edit], safe: false, preferred: true };
}

/** No list: a "Recipients" section that starts with the service (see sectionEdit for where it goes). */
function sectionFix(doc: PolicyDocument, v: VendorEntry): Fix | undefined {
  const edit = sectionEdit(doc, 'Recipients', ['The following are recipients of personal data [check and complete this list]:'], [`${withOwner(v)} – ${TEMPLATE_FACTS}`], { within: RECIPIENTS_SECTION });
  return edit ? { title: `Add a “Recipients” section listing ${v.name} (to complete)`, edits: [edit], safe: false, preferred: true } : undefined;
}
