// contact-placeholder: contact details that do not work. An e-mail address lost to
// obfuscation ("[email protected]", what Cloudflare's e-mail obfuscation leaves when a
// page is copied as text), a template address (your@email.com, privacy@example.com), a
// link that goes nowhere (target "#" or empty), a template blank never filled in
// ([Company Name], [INSERT …], XXX).
// GDPR Art. 13(1)(a)–(b) / 14(1)(a)–(b): the identity and contact details of the controller
// and of the DPO; Art. 12(2): the controller facilitates the exercise of rights.
//
// Every scan is an indexOf loop or a regular expression with bounded repetition over one
// block, so the rule is linear in the size of the document.
import data from './knowledge/contact-placeholder.json';
import type { PolicyDocument } from './model/document';
import type { Block, Fix, Link, Severity } from './model/types';
import { capitalised, fitting, quoted } from './shared/message';
import type { Rule, RuleContext } from './rule';
import { escapeHtml } from './shared/style';

const cite = (id: string): string => data.sources.find((s) => s.id === id)!.cite;
const CONTACT_SOURCE = `${cite('gdpr-art-13-1-a-b')}: the identity and contact details of the controller (and its representative) and the contact details of the data protection officer; ${cite('gdpr-art-12-2')}: the controller facilitates the exercise of data subjects' rights`;
const LINK_SOURCE = `${cite('gdpr-art-12-1')}: the information must be easily accessible`;
const BLANK_SOURCE = `${cite('gdpr-art-12-1')}: concise, transparent and intelligible information in clear and plain language; ${cite('gdpr-art-13-1-a-b')}`;
const NO_FIX = 'No fix is offered: PolicyLint cannot know the real value.';

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
const RESERVED_DOMAINS = lower(data.reservedDomains.domains);
const RESERVED_TLDS = lower(data.reservedTlds.tlds);
const TEMPLATE_LOCALS = lower(data.templateLocalParts.parts);
const GENERIC_LOCALS = lower(data.genericLocalParts.parts);
const GENERIC_DOMAINS = lower(data.genericDomains.domains);
const TEMPLATE_LABELS = lower(data.templateDomainLabels.labels);

/** "[email protected]" with a space, a no-break space or the entity as written in plain text. */
const OBFUSCATED = /\[[ \t\u00a0]{0,2}e-?mail(?:[ \t\u00a0]|&#160;|&#xa0;|&nbsp;){1,3}protected[ \t\u00a0]{0,2}\]/gi;
/** A bracketed span on one line that is not Markdown link syntax written as plain text. */
const BRACKET = /\[([^[\]\n]{1,60})\](?![([])/g;
/** A run of three or more X: "XXX", "XXXX XXXXXX", "Company XXX Ltd". */
const XXX = /(?<![\w@./])[Xx]{3,}(?![\w@]|-rated)/g;
/** Link syntax left as literal text in a plain-text policy: "[Google Privacy Policy](#)". */
const PLAIN_LINK = /\[([^[\]\n]{1,200})\]\([ \t]*([^()\s]{0,500})[ \t]*\)/g;
/** A plain-text reference definition, "[label]: https://…": its label is not a blank. */
const REF_DEF = /^[ \t]{0,3}\[([^[\]\n]{1,60})\]:[ \t]*\S/gm;

/** A contact label and the underscores of a form's blank line: "Web page: _________". */
const UNDERSCORE_BLANK = /\b(e-?mail(?:[ \t]+address)?|phone(?:[ \t]+number)?|telephone(?:[ \t]+number)?|tel\.?|fax|web[ \t]*page|website|url|(?:postal[ \t]+|mailing[ \t]+)?address|contact(?:[ \t]+details)?)[ \t]*:[ \t]*(_{4,})/gi;
/** Template instructions: "[INSERT DATE]", "[Enter your address]", "[TBD]", "[____]". */
const INSTRUCTION = /^(?:insert|enter|add|fill[ \t]+in|type|put|include)\b|^(?:tbd|tbc|todo|fixme|placeholder|blank|to[ \t]+be[ \t]+(?:confirmed|determined|added|inserted|completed|filled[ \t]+in))$|^to[ \t]+be[ \t]+(?:confirmed|determined|added|inserted|completed|filled[ \t]+in)[ \t]+(?:with|by|once|when|later|after)\b|^_{2,}$|^[Xx]{2,}$/i;
/**
 * A contact or identity detail named as a blank: "[Company Name]", "[Your Name]", "[email]",
 * "[DPO e-mail address]", "[Registered address]", "[Phone number]". PolicyLint's own fix
 * templates ("[period]", "[event]", "[Service name]", "[purpose]", "[country]") are
 * deliberately not in this list: they are not contact details.
 */
const CONTACT_BLANK = new RegExp('^(?:(?:your|the|our)[ \\t]+)?' +
  '(?:(?:full|legal|registered|official|trading|main|primary|postal|office|business|company|company[\'’]s|organi[sz]ation(?:[\'’]s)?|controller(?:[\'’]s)?|dpo(?:[\'’]s)?|data[ \\t]+protection[ \\t]+officer(?:[\'’]s)?|representative(?:[\'’]s)?|contact|privacy|support|legal[ \\t]+entity)[ \\t]+){0,3}' +
  '(?:name|company|company[ \\t]+name|business[ \\t]+name|organi[sz]ation(?:[ \\t]+name)?|entity(?:[ \\t]+name)?|address|street(?:[ \\t]+address)?|city|town|post[ \\t]*code|zip(?:[ \\t]+code)?|e-?mail(?:[ \\t]+address)?|mail[ \\t]+address|phone(?:[ \\t]+number)?|telephone(?:[ \\t]+number)?|tel\\.?|fax(?:[ \\t]+number)?|contact(?:[ \\t]+(?:details|information|info|e-?mail|number|person|name))?|website(?:[ \\t]+(?:url|address))?|url|web[ \\t]+address|domain(?:[ \\t]+name)?|dpo|data[ \\t]+protection[ \\t]+officer|representative|(?:company|registration|vat|registered)[ \\t]+number' +
  // "[legal name of the company]", "[name of the DPO]"
  '|name[ \\t]+of[ \\t]+(?:the[ \\t]+|your[ \\t]+)?(?:company|organi[sz]ation|controller|business|entity|dpo|data[ \\t]+protection[ \\t]+officer|representative)(?:[ \\t]+or[ \\t]+(?:the[ \\t]+)?person(?:[ \\t]+responsible)?)?)$', 'i');
/** The last word of a contact blank, for "[Your Online Shop Name]": "your", free words, then the detail. */
const YOUR_DETAIL = /^your[ \t]+(?:[\w'’-]+[ \t]+){1,3}(?:name|address|e-?mail(?:[ \t]+address)?|phone(?:[ \t]+number)?|telephone(?:[ \t]+number)?|url|website|domain)$/i;
/** Words of a knowledge list as an alternation, longest first, spaces as any run of blanks. */
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|');
/**
 * Whose detail it is, then the detail: "[RESEARCHER NAME]", "[INSTITUTION ADDRESS]", "[Club
 * Secretary Email]", "[ALTERNATIVE EMAIL]" (the roles are data: templateBlankRoles).
 */
const ROLE_BLANK = new RegExp('^(?:(?:your|the|our)[ \\t]+)?(?:(?:' + alternation(data.templateBlankRoles.roles) + ')[ \\t]+){1,3}' +
  '(?:(?:full[ \\t]+)?name|(?:postal[ \\t]+|mailing[ \\t]+|street[ \\t]+)?address|e-?mail(?:[ \\t]+address)?|phone(?:[ \\t]+number)?|telephone(?:[ \\t]+number)?|tel\\.?|fax(?:[ \\t]+number)?|contact(?:[ \\t]+(?:details|information|info|e-?mail|number))?|website(?:[ \\t]+(?:url|address))?|url|web[ \\t]+address)$', 'i');
/**
 * The controller's name as a blank in capitals: "[INSTITUTION] values your privacy" (the words are
 * data: templateBlankEntities). Tested only on capitals, where no editor's insertion is written so.
 */
const ENTITY_BLANK = new RegExp('^(?:THE[ \\t]+)?(?:' + alternation(data.templateBlankEntities.entities) + ')$', 'i');
const oneContactBlank = (raw: string) => {
  const t = asked(raw);
  return CONTACT_BLANK.test(t) || YOUR_DETAIL.test(t) || ROLE_BLANK.test(t) || (!/\p{Ll}/u.test(t) && ENTITY_BLANK.test(t));
};
/**
 * A contact detail left blank: "[Company Name]", "[Your Online Shop Name]", "[RESEARCHER EMAIL]",
 * "[INSTITUTION]", or alternatives that are each one ("[EMAIL/CONTACT NUMBER/ADDRESS]", "[email or phone]").
 */
function isContactBlank(inner: string): boolean {
  const t = inner.trim();
  if (oneContactBlank(t)) return true;
  const parts = t.split(/[ \t]*(?:\/|,|&|\bor\b|\band\b)[ \t]*/i).filter(Boolean);
  return parts.length > 1 && parts.every((p) => oneContactBlank(p) || /^contact[ \t]+number$/i.test(p));
}
/** A blank's detail without the words that ask for it: "[your email here]", "[insert email address]", "[email goes here]". */
const asked = (t: string) => t.replace(/^(?:insert|enter|add|put)[ \t]+/i, '').replace(/[ \t]+(?:goes[ \t]+)?here$/i, '');
/** What a contact blank stands for, in words of the message: "[Company Name]" → "company name", "[DPO EMAIL]" → "DPO email". */
function blankDetail(inner: string): string {
  const t = asked(inner.trim()).replace(/^(?:your|the|our)\s+/i, '');
  const lowerWord = (w: string) => (/^(?:DPO|VAT|URL|EU|UK|EEA)$/.test(w) ? w : w.toLowerCase());
  return /\p{Ll}/u.test(t) ? t.replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase()) : t.replace(/[A-Z]+/g, lowerWord);
}
/** Words before an address that make it an illustration of input, not a contact: "(e.g. your@email.com)". */
const ILLUSTRATION = /\b(?:e\.g\.|eg\.|e\.g\b|for example|for instance|such as|example:|i\.e\.)/i;
/** "Chapter XXX", "Article XXX": a Roman numeral, not a blank. */
const ROMAN_CONTEXT = /\b(?:chapter|part|title|article|art\.?|section|annex|schedule|book|volume|vol\.?|no\.?|appendix|clause|recital|paragraph|para\.?)[ \t\u00a0]*$/i;
/** Links that scroll to the top, close a dialog ("×", "Close") or open a consent manager: "#" is how they work. */
const FUNCTIONAL_TEXT = /^\s*(?:(?:back|return|go|scroll)\s+(?:up\s+)?(?:to\s+)?(?:the\s+)?top(?:\s+of\s+(?:the\s+)?page)?|top|to\s+top|close|dismiss|menu|[^\p{L}\p{N}\s]{1,3})\s*$|cookie\s+(?:settings|preferences|choices)|manage\s+(?:your\s+)?(?:cookies|consent|preferences|settings)|(?:privacy|consent)\s+(?:settings|preferences|choices)|change\s+(?:your\s+)?(?:consent|cookie)|withdraw\s+(?:your\s+)?consent|do\s+not\s+sell|opt[\s-]?out/iu;
/** Attributes that make `href="#"` a script-driven control rather than a forgotten link. */
const FUNCTIONAL_TAG = /\son[a-z]+\s*=|\srole\s*=\s*["']?(?:button|tab|menuitem)|\sdata-[\w-]+\s*=|\saria-(?:haspopup|expanded|controls)\s*=|cookie|consent|optanon|onetrust|cookiebot|\bcmp\b|modal|toggle|dropdown|accordion|collapse|menu|\bnav|\bclose\b|dismiss|\bbtn\b/i;
/** Site chrome around a policy page: its "#" links are menus and toggles, not the policy's links. */
const CHROME_TAG = /<(\/?)(nav|header|footer)\b[^>]{0,500}>/gi;

type Kind = 'obfuscated' | 'address' | 'link' | 'blank';

interface Candidate {
  /** Source range. */
  start: number;
  end: number;
  /** Lower wins when two candidates overlap. */
  priority: number;
  kind: Kind;
  severity: Severity;
  message: string;
  detail: string;
  source: string;
  fixes: Fix[];
  data: Record<string, unknown>;
}

export const contactPlaceholder: Rule = {
  id: 'contact-placeholder',
  aliases: ['placeholder-contact'],
  description: 'Contact details that do not work: an e-mail address lost to obfuscation, a template address, a link to "#", a template blank never filled in',
  tags: ['gdpr', 'contact', 'transparency'],
  defaultSeverity: 'warning',
  check(ctx) {
    const { doc } = ctx;
    const found: Candidate[] = [];
    const refLabels = doc.format === 'plaintext' ? referenceLabels(doc.source) : new Set<string>();
    for (const b of doc.blocks) scanBlock(doc, b, refLabels, found);
    for (const l of doc.links) checkLink(doc, l, found);
    // One finding per place: an obfuscated address is not also a bracketed blank, "[XXX]" is one blank.
    found.sort((a, b) => a.start - b.start || a.priority - b.priority);
    let lastEnd = -1;
    for (const c of found) {
      if (c.start < lastEnd) continue;
      lastEnd = Math.max(c.end, c.start + 1);
      ctx.report({ start: c.start, end: c.end, severity: c.severity, message: c.message, detail: c.detail, source: c.source, fixes: c.fixes, data: c.data });
    }
  },
};

function referenceLabels(source: string): Set<string> {
  const out = new Set<string>();
  if (!source.includes(']:')) return out; // every definition has one: most texts are not scanned line by line
  REF_DEF.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REF_DEF.exec(source))) out.add(m[1].trim().toLowerCase());
  return out;
}

function scanBlock(doc: PolicyDocument, b: Block, refLabels: Set<string>, out: Candidate[]): void {
  const text = doc.blockText(b);
  const at = (i: number) => doc.srcStart(b.start + i);
  const to = (i: number) => doc.srcEnd(b.start + i);
  let m: RegExpExecArray | null;

  OBFUSCATED.lastIndex = 0;
  // Each block is scanned only where the document has the word at all (most have none): one literal search, once.
  const mayBeObfuscated = doc.memo('contactPlaceholder.protected', () => /protected/i.test(doc.text));
  while (mayBeObfuscated && (m = OBFUSCATED.exec(text))) {
    const start = at(m.index);
    const end = to(m.index + m[0].length);
    const decoded = cloudflareAddress(doc, start, end, b.start + m.index);
    const fixes: Fix[] = decoded
      ? [{ title: `Replace with the address still encoded in the page: ${decoded}`, edits: [{ start, end, newText: doc.format === 'html' ? escapeHtml(decoded) : decoded }], preferred: true }]
      : [];
    const tail = decoded
      ? ` The page still holds the encoded address (${decoded}); the fix writes it out.`
      : ' PolicyLint cannot recover the address, so no fix is offered.';
    out.push({
      start, end, priority: 0, kind: 'obfuscated', severity: 'error',
      message: fitting(
        `${quoted(m[0])} is an e-mail address lost to obfuscation: ${decoded ? `write out ${decoded}` : 'write the real address here'}.`,
        `${quoted(m[0])} is an e-mail address lost to obfuscation: write the real address here.`),
      detail: `It is what e-mail obfuscation (such as Cloudflare's) leaves when a page is copied as text: the address is lost, and readers cannot write to you.${tail}`,
      source: CONTACT_SOURCE, fixes, data: { kind: 'obfuscated' },
    });
  }

  if (doc.format === 'plaintext') {
    PLAIN_LINK.lastIndex = 0;
    while ((m = PLAIN_LINK.exec(text))) {
      const label = m[1];
      const target = m[2];
      const paren = m.index + 1 + label.length + 1; // index of "("
      const problem = placeholderTarget(target);
      if (!problem || FUNCTIONAL_TEXT.test(label)) continue;
      out.push(linkCandidate(at(paren), to(m.index + m[0].length), label, target, problem));
    }
  }

  // E-mail addresses: every "@", widened to the address around it.
  for (let k = text.indexOf('@'); k >= 0; k = text.indexOf('@', k + 1)) {
    let s = k;
    while (s > 0 && k - s < 64 && /[A-Za-z0-9._%+-]/.test(text[s - 1])) s--;
    let e = k + 1;
    while (e < text.length && e - k < 255 && /[A-Za-z0-9.-]/.test(text[e])) e++;
    while (e > k + 1 && /[.-]/.test(text[e - 1])) e--;
    while (s < k && text[s] === '.') s++;
    const local = text.slice(s, k);
    const domain = text.slice(k + 1, e);
    if (!local || !/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$/.test(domain)) continue;
    const why = placeholderAddress(local, domain);
    if (!why) continue;
    const before = text.slice(Math.max(0, s - 60), s);
    if (ILLUSTRATION.test(before)) continue;
    const addr = text.slice(s, e);
    out.push({
      start: at(s), end: to(e), priority: 1, kind: 'address', severity: 'warning',
      message: fitting(`${quoted(addr, 50)} is a placeholder that reaches no one: put the real contact address here.`, `${quoted(addr, 30)} is a placeholder that reaches no one: put the real contact address here.`),
      detail: `${capitalised(why)}, not an address that reaches you: readers cannot contact you there. ${NO_FIX}`,
      source: CONTACT_SOURCE, fixes: [], data: { kind: 'address' },
    });
  }

  BRACKET.lastIndex = 0;
  while ((m = BRACKET.exec(text))) {
    const inner = m[1].trim();
    if (inner.includes('@') || refLabels.has(inner.toLowerCase())) continue;
    // "[Website]: https://…" at the start of a line is a reference definition.
    if (m.index === 0 && /^:[ \t]*(?:https?:|mailto:|www\.|\/|#)/.test(text.slice(m.index + m[0].length))) continue;
    const contact = isContactBlank(inner);
    if (!contact && !INSTRUCTION.test(inner)) continue;
    out.push({
      start: at(m.index), end: to(m.index + m[0].length), priority: 2, kind: 'blank', severity: 'warning',
      message: contact
        ? fitting(`${quoted(m[0])} is a template blank never filled in: write the real ${blankDetail(inner)}.`, `${quoted(m[0], 24)} is a template blank never filled in: write the real detail.`)
        : `${quoted(m[0])} is a template instruction never carried out: write the text it asks for.`,
      detail: contact
        ? `Readers see the placeholder instead of the ${blankDetail(inner)}. ${NO_FIX}`
        : `Readers see the instruction instead of the text it asks for. ${NO_FIX}`,
      source: contact ? CONTACT_SOURCE : BLANK_SOURCE, fixes: [], data: { kind: 'blank' },
    });
  }

  // "Email: ______________", "Phone: ____": a form's blank line after a contact label, never filled in.
  UNDERSCORE_BLANK.lastIndex = 0;
  // The cheap test first: most blocks have no run of underscores at all.
  while (text.includes('____') && (m = UNDERSCORE_BLANK.exec(text))) {
    const s0 = m.index + m[0].length - m[2].length;
    out.push({
      start: at(s0), end: to(s0 + m[2].length), priority: 3, kind: 'blank', severity: 'warning',
      message: `“${m[1]}: ${m[2].slice(0, 8)}…” is a form's blank never filled in: write the real ${m[1].toLowerCase()}.`,
      detail: `Readers see a line instead of the ${m[1].toLowerCase()}. ${NO_FIX}`,
      source: CONTACT_SOURCE, fixes: [], data: { kind: 'blank' },
    });
  }

  // "XXX", and runs such as "+44 XXXX XXXXXX" or "XXX-XXX-XXXX" as one blank.
  XXX.lastIndex = 0;
  let run: { s: number; e: number } | undefined;
  const flush = () => {
    if (!run) return;
    const shown = text.slice(run.s, run.e);
    out.push({
      start: at(run.s), end: to(run.e), priority: 3, kind: 'blank', severity: 'warning',
      message: `${quoted(shown)} is a template blank never filled in: write the real detail.`,
      detail: `Readers see the placeholder instead of the real detail. ${NO_FIX}`,
      source: BLANK_SOURCE, fixes: [], data: { kind: 'blank' },
    });
    run = undefined;
  };
  while ((m = XXX.exec(text))) {
    const s = m.index;
    const e = s + m[0].length;
    if (/^X+$/.test(m[0]) && ROMAN_CONTEXT.test(text.slice(Math.max(0, s - 20), s))) continue;
    if (run && s - run.e <= 4 && /^[\s\-./()+0-9]*$/.test(text.slice(run.e, s))) { run.e = e; continue; }
    flush();
    run = { s, e };
  }
  flush();
}

/** Why an address is a placeholder, or undefined if it may be real. */
function placeholderAddress(local: string, domain: string): string | undefined {
  const l = local.toLowerCase();
  const d = domain.toLowerCase();
  const labels = d.split('.');
  const tld = labels[labels.length - 1];
  if (RESERVED_TLDS.has(tld) || [...RESERVED_DOMAINS].some((r) => d === r || d.endsWith(`.${r}`))) {
    return `an address at ${labels.slice(-2).join('.')}, a domain reserved for examples (RFC 2606)`;
  }
  if (TEMPLATE_LABELS.has(labels[0])) return `a template address (${labels[0]} is not a real domain name)`;
  if (TEMPLATE_LOCALS.has(l) || (GENERIC_LOCALS.has(l) && GENERIC_DOMAINS.has(d))) return 'a template address';
  if (/^x{2,}$/.test(l) || /^x{2,}$/.test(labels[0])) return 'a template address';
  return undefined;
}

/** What is wrong with a link target, or undefined. */
function placeholderTarget(href: string): string | undefined {
  const h = href.trim();
  if (h === '') return 'empty';
  if (h === '#') return '“#”';
  const host = /^(?:(?:https?:)?\/\/)([^/:?#\s]+)/i.exec(h)?.[1]?.toLowerCase();
  if (host && [...RESERVED_DOMAINS].some((r) => host === r || host.endsWith(`.${r}`))) return `${host}, a domain reserved for examples (RFC 2606)`;
  const mail = /^mailto:([^@?\s]+)@([^?\s]+)/i.exec(h);
  if (mail) {
    const why = placeholderAddress(decodeSafe(mail[1]), mail[2]);
    if (why) return `${mail[1]}@${mail[2]}, ${why}`;
  }
  return undefined;
}

function decodeSafe(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

function linkCandidate(start: number, end: number, label: string, target: string, problem: string): Candidate {
  const what = problem === 'empty' || problem === '“#”' ? `its target is ${problem}` : `it points to ${problem}`;
  return {
    start, end, priority: 1, kind: 'link', severity: 'warning',
    message: `The link ${quoted(label)} goes nowhere: point it at the page it names, or remove the link.`,
    detail: `${capitalised(what)}. ${NO_FIX}`,
    source: LINK_SOURCE, fixes: [], data: { kind: 'link', target },
  };
}

/** Markdown and HTML links, whose targets the parsers report. */
function checkLink(doc: PolicyDocument, l: Link, out: Candidate[]): void {
  if (doc.format === 'plaintext') return;
  const label = doc.slice(l.start, l.end);
  const problem = placeholderTarget(l.href);
  if (!problem || FUNCTIONAL_TEXT.test(label)) return;
  // A mailto: link whose text shows the same address is reported on the text.
  if (problem.includes('@') && label.includes('@')) return;
  const src = doc.source;
  let hs = l.hrefSourceStart;
  let he = l.hrefSourceEnd;
  if (doc.format === 'html') {
    if (hs === undefined || he === undefined) return; // <a name="…"> without href: an anchor, not a link
    const open = src.lastIndexOf('<', hs);
    const close = src.indexOf('>', he);
    const tag = src.slice(open, close < 0 ? he : close + 1);
    if (FUNCTIONAL_TAG.test(tag.replace(/\bhref\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)/i, ''))) return;
    if (inSiteChrome(doc, open)) return;
  }
  if (hs === undefined || he === undefined || src.slice(hs, he).trim() !== l.href.trim().replace(/^<|>$/g, '') && l.href !== '') {
    // The target could not be located: report on the link text.
    hs = doc.srcStart(l.start);
    he = doc.srcEnd(l.end);
  } else if (hs > 0 && he < src.length && ((src[hs - 1] === '(' && src[he] === ')') || (/["']/.test(src[hs - 1]) && src[he] === src[hs - 1]))) {
    // Include the delimiters, so that an empty target is a visible range: "(#)", "()", "\"\"".
    hs--;
    he++;
  }
  out.push(linkCandidate(hs, he, label, l.href, problem));
}

/** Whether source offset `at` lies inside a <nav>, <header> or <footer> element of an HTML page. */
function inSiteChrome(doc: PolicyDocument, at: number): boolean {
  const ranges = doc.memo('contactPlaceholder.chrome', () => {
    const out: Array<[number, number]> = [];
    let depth = 0;
    let start = 0;
    CHROME_TAG.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CHROME_TAG.exec(doc.source))) {
      if (m[1] === '') { if (depth++ === 0) start = m.index; } else if (depth > 0 && --depth === 0) out.push([start, m.index]);
    }
    if (depth > 0) out.push([start, doc.source.length]);
    return out;
  });
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < ranges[mid][0]) hi = mid - 1;
    else if (at >= ranges[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The address behind a Cloudflare-obfuscated "[email protected]", when the page still holds it:
 * HTML `data-cfemail="…"` or `href="/cdn-cgi/l/email-protection#…"` on the tags just before
 * the text; Markdown or plain text `[[email protected]](/cdn-cgi/l/email-protection#…)`.
 */
function cloudflareAddress(doc: PolicyDocument, start: number, end: number, vis: number): string | undefined {
  const src = doc.source;
  const HEX = /(?:data-cfemail\s*=\s*["']?|email-protection#)([0-9a-fA-F]{6,200})/;
  if (doc.format === 'html') {
    let i = start;
    for (let n = 0; n < 4; n++) {
      while (i > 0 && /\s/.test(src[i - 1])) i--;
      if (i === 0 || src[i - 1] !== '>') break;
      const lt = src.lastIndexOf('<', i - 1);
      if (lt < 0 || src[lt + 1] === '/' || i - lt > 600) break;
      const hex = HEX.exec(src.slice(lt, i));
      if (hex) return decodeCloudflare(hex[1]);
      i = lt;
    }
    return undefined;
  }
  if (doc.format === 'markdown') {
    const link = doc.links.find((l) => l.start <= vis && l.end >= vis);
    const hex = link ? HEX.exec(link.href) : null;
    return hex ? decodeCloudflare(hex[1]) : undefined;
  }
  const after = /\]\([^()\s]{0,200}?email-protection#([0-9a-fA-F]{6,200})\)/y;
  after.lastIndex = end;
  const hex = after.exec(src);
  return hex ? decodeCloudflare(hex[1]) : undefined;
}

/** Cloudflare's scheme: the first byte is a key, every following byte is a character XOR the key. */
export function decodeCloudflare(hex: string): string | undefined {
  if (hex.length % 2) return undefined;
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[A-Za-z]{2,24}$/.test(out) ? out : undefined;
}
