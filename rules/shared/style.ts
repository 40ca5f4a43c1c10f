// How a document writes its headings, paragraphs and lists, so that a fix which
// adds a section or a list item looks like the author wrote it.
import { isPolicyTitle, type PolicyDocument } from '../model/document';
import type { Block, Edit, ListInfo } from '../model/types';
import { isWhite } from '../model/chars';

export interface DocumentStyle {
  eol: string;
  /** Text between two blocks: a blank line, or just a line break (as in some plain-text policies). */
  gap: string;
  /** A heading at the level of the document's top sections, or at `level`; numbered where the top sections are. */
  heading(title: string, level?: number): string;
  paragraph(text: string): string;
  list(items: string[]): string;
  /** The level of the document's top sections, which a new section takes. */
  level: number;
  /** Whether the top sections are numbered ("1. …", "II. …"): a new one takes the next number, at the end. */
  numbered: boolean;
  /** A Markdown document whose sections are lines in bold ("**Contact Us**"), not headings. */
  boldSections?: boolean;
  /** A template in the policy's voice: "I keep …" in a policy its author writes in the first person singular. */
  voice(text: string): string;
}

export function documentStyle(doc: PolicyDocument): DocumentStyle {
  return doc.memo('style', () => computeStyle(doc));
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/** The next number of numbered top sections ("7. Contact" → "8."), or undefined when they are not numbered. */
function nextNumber(texts: string[]): string | undefined {
  const arabic = texts.map((t) => /^(\d{1,2})([.)]?)\s+\S/.exec(t)).filter((m): m is RegExpExecArray => m !== null);
  const roman = texts.map((t) => /^([IVX]{1,5})([.)])\s+\S/.exec(t)).filter((m): m is RegExpExecArray => m !== null && ROMAN.includes(m[1]));
  const best = arabic.length >= roman.length ? arabic : roman;
  if (best.length < 2 || best.length * 2 < texts.length) return undefined;
  const sep = best[best.length - 1][2];
  if (best === arabic) return `${Math.max(...arabic.map((m) => Number(m[1]))) + 1}${sep}`;
  const n = Math.max(...roman.map((m) => ROMAN.indexOf(m[1]))) + 1;
  return n < ROMAN.length ? `${ROMAN[n]}${sep}` : undefined;
}

/** First-person pronouns. "I" as a pronoun: not a Roman numeral heading ("I. Information") nor a list label ("(i)"). */
const SINGULAR = /\b(?:I(?![.)])|[Mm]e|[Mm]y|[Mm]yself)\b/g;
const PLURAL = /\b(?:[Ww]e|WE|[Uu]s|[Oo]urs?|[Oo]urselves)\b/g;
/** Whether the policy speaks as "I" (then a fix's "we / our / us" becomes "I / my / me"). */
function firstPersonSingular(doc: PolicyDocument): boolean {
  return doc.memo('style.firstPersonSingular', () => {
    let singular = 0;
    let plural = 0;
    // The singular first, with a short expression: most policies say "we", and need no count of it.
    SINGULAR.lastIndex = 0;
    while (SINGULAR.exec(doc.text)) singular++;
    if (singular < 5) return false;
    PLURAL.lastIndex = 0;
    while (PLURAL.exec(doc.text)) plural++;
    return plural * 3 <= singular;
  });
}
/** A template's words in the first person singular: "we / our / us" → "I / my / me". */
export const toSingular = (text: string) => text
  .replace(/\b(?:We|we) are\b/g, 'I am')
  .replace(/\b(?:We|we)\b/g, 'I')
  .replace(/\bOur\b/g, 'My').replace(/\bour\b/g, 'my')
  .replace(/\bours\b/g, 'mine').replace(/\bus\b/g, 'me');

function computeStyle(doc: PolicyDocument): DocumentStyle {
  const src = doc.source;
  const eol = src.includes('\r\n') ? '\r\n' : '\n';
  const headings = doc.blocks.filter((b) => b.kind === 'heading');
  const gap = doc.format === 'plaintext' && !/\n[ \t\u00a0]*\r?\n/.test(src) ? eol : eol + eol;
  const bulletList = doc.blocks.find((b) => b.kind === 'listItem' && b.list && !b.list.ordered)?.list;
  const voice = (t: string) => (firstPersonSingular(doc) ? toSingular(t) : t);
  const level = sectionLevel(doc, headings);
  const next = nextNumber(headings.filter((h) => h.level === level).map((h) => doc.blockText(h)));
  const numberedTitle = (t: string, l?: number) => (next && (l === undefined || l === level) ? `${next} ${t}` : t);

  if (doc.format === 'html') {
    // A page whose "headings" are bold paragraphs gets a bold paragraph, not an <h2> larger than its title.
    const heading = headings.length
      ? (t: string, l = level) => `<h${l}>${escapeHtml(numberedTitle(t, l))}</h${l}>`
      : (t: string) => `<p><strong>${escapeHtml(t)}</strong></p>`;
    return {
      eol, gap: eol, level, numbered: !!next, voice, heading,
      paragraph: (t) => `<p>${escapeHtml(t)}</p>`,
      list: (items) => `<ul>${eol}${items.map((i) => `  <li>${escapeHtml(i)}</li>`).join(eol)}${eol}</ul>`,
    };
  }
  const marker = bulletList ? bulletList.marker : '-';
  // Items of a new top-level list start at the margin: indented by four or more after a paragraph they would be code.
  const indent = bulletList && bulletList.indent.length < 4 ? bulletList.indent : '';
  const list = (items: string[]) => items.map((i) => `${indent}${marker} ${i}`).join(eol);
  if (doc.format === 'markdown') {
    // A Markdown file whose headings are lines in bold ("**Server Logfiles**\") gets a line in bold;
    // one whose headings are plain lines gets a plain line, not a "##".
    // So does one whose only heading is its title ("# GDPR Compliance Notice" over "**Introduction**", "**Your Rights**").
    const boldLines = headings.length <= 1 ? (src.match(BOLD_LINE) ?? []).length : 0;
    if (!headings.length || boldLines >= 2) {
      return { eol, gap: eol + eol, level, numbered: false, voice, heading: boldLines >= 2 ? (t) => `**${t}**` : (t) => t, paragraph: (t) => t, list, boldSections: boldLines >= 2 };
    }
    return { eol, gap: eol + eol, level, numbered: !!next, voice, heading: (t, l = level) => `${'#'.repeat(l)} ${numberedTitle(t, l)}`, paragraph: (t) => t, list };
  }
  // Plain text: numbered top-level headings continue their numbering; ALL-CAPS stay caps;
  // Markdown headings in a .txt file ("## Cookies") keep their marks, at the sections' level.
  const texts = headings.map((h) => doc.blockText(h));
  const atx = texts.map((t) => /^(#{1,6})[ \t]/.exec(t)?.[1].length ?? 0);
  if (atx.filter((n) => n > 0).length >= 2 && atx.every((n) => n > 0)) {
    const below = atx.filter((n) => n > Math.min(...atx));
    const marks = '#'.repeat(below.length ? Math.min(...below) : Math.min(...atx));
    return { eol, gap, level, numbered: false, voice, heading: (t) => `${marks} ${t}`, paragraph: (t) => t, list };
  }
  // Numbered at the level of the sections ("1. Information We Collect" … "8. Contact Us"), whatever the short lines under them.
  const plainNext = nextNumber(headings.filter((h) => h.level === level).map((h) => doc.blockText(h))) ?? nextNumber(texts);
  if (plainNext) return { eol, gap, level, numbered: true, voice, heading: (t) => `${plainNext} ${t}`, paragraph: (t) => t, list };
  const caps = texts.filter((t) => /[A-Z]/.test(t) && t === t.toUpperCase()).length;
  if (caps >= 2 && caps * 2 >= texts.length) return { eol, gap, level, numbered: false, voice, heading: (t) => t.toUpperCase(), paragraph: (t) => t, list };
  return { eol, gap, level, numbered: false, voice, heading: (t) => t, paragraph: (t) => t, list };
}

/** The text of the bold line that opens a Markdown paragraph ("**Contact Us**" over its text), if any. */
function boldHead(doc: PolicyDocument, b: Block): string | undefined {
  const m = BOLD_HEAD.exec(doc.source.slice(b.sourceStart, b.sourceStart + 90));
  return m?.[1];
}

/** A line that is all bold, a heading by its look: "**Responsible**", "**Server Logfiles**\\" (a hard break after it). */
const BOLD_LINE_TEXT = String.raw`[ \t]{0,3}\*\*([^*\n]{1,80})\*\*(?:\\|[ \t]*)\r?`;
const BOLD_LINE = new RegExp(`^${BOLD_LINE_TEXT}$`, 'gm');
/** The same line at the start of a block, with text on the lines after it. */
const BOLD_HEAD = new RegExp(`^${BOLD_LINE_TEXT}\n`);

/** A heading that names a policy as a whole ("Privacy policy", "Data protection notice", "Datenschutzerklärung"). */
/** The policy's own heading: "Privacy Policy", "Data protection notice", "Privacy and Spam Policy", "Datenschutzerklärung". */
const isPolicyHeading = (text: string) => POLICY_HEADING.test(text) || isPolicyTitle(text);
const POLICY_HEADING = /\b(?:privacy|data[ \t\u00a0-]+protection|cookies?)[ \t\u00a0]+(?:policy|notice|statement|declaration|information)\b|\bdatenschutz/i;

/**
 * The level of the document's top sections, where a new section belongs: the highest level
 * below the title (a "###" section appended under the last "##" would nest in it). Several
 * level-1 headings are the sections themselves. Where the policy is the last part of a longer
 * page ("## Privacy policy" after "## Imprint" and "## Terms"), or its title is not level 1, the
 * new section goes among the policy's own sub-sections.
 */
function sectionLevel(doc: PolicyDocument, hs: Block[]): number {
  // Not "Changes to this privacy policy" or "Contact about this privacy notice": a closing section, not the policy.
  const root = doc.sections.find((sec) => sec.endBlock === doc.blocks.length && isPolicyHeading(doc.blockText(doc.blocks[sec.heading])) && !CLOSING_HEADING.test(doc.blockText(doc.blocks[sec.heading])));
  if (root) {
    const subs = hs.filter((h) => h.index > root.heading && h.index < root.endBlock).map((h) => h.level);
    return subs.length ? Math.min(...subs) : Math.min(root.level + 1, 6);
  }
  // A title that opens the document above every other heading ("## GDPR note" over "###" sections):
  // the sections are the headings under it.
  const [title, ...rest] = hs;
  if (title && title.index === 0 && rest.length && rest.every((h) => h.level > title.level)) return Math.min(...rest.map((h) => h.level));
  if (hs.filter((h) => h.level === 1).length >= 2) return 1;
  const below = hs.filter((h) => h.level >= 2).map((h) => h.level);
  return below.length ? Math.min(...below) : 2;
}

/**
 * Where a section appended to an HTML page belongs: at the end of its main content (before
 * `</main>` or the last `</article>`, or before the page's footer), never after the footer,
 * the page's scripts or a dialog; otherwise before `</body>`. Worked out once per document:
 * every finding whose fix adds a section asks for it.
 */
function htmlContentEnd(doc: PolicyDocument): number {
  return doc.memo('htmlContentEnd', () => {
    const src = doc.source;
    // ASCII case folded only, so that offsets stay those of the source (toLowerCase can change lengths).
    const lower = src.replace(/[A-Z]+/g, (w) => w.toLowerCase());
    const lastTag = (re: RegExp) => { let at = -1; for (const m of lower.matchAll(re)) at = m.index; return at; };
    let at = lastTag(/<\/main\s*>/g);
    if (at < 0) at = lastTag(/<\/article\s*>/g);
    if (at < 0) {
      // The page's footer: the last <footer> (or, in an older page's layout, <div id="footer">) after the
      // policy's first heading. Not the first one after its last heading: a footer has headings of its own
      // ("Quick links"), and the policy then ends before it.
      const headings = doc.blocks.filter((b) => b.kind === 'heading');
      const from = headings.length ? headings[0].sourceStart : 0;
      at = Math.max(lastTag(/<footer\b/g), lastTag(/<div\b[^>]{0,200}?\bid\s*=\s*["']?footer\b/g));
      if (at < from) at = -1;
    }
    if (at < 0) at = lower.search(/<\/body\s*>/);
    if (at < 0) return src.length;
    // Step back over scripts, styles and comments that end just before it: each step looks only
    // at the end tag and searches back to its start tag, so the whole walk is linear.
    for (;;) {
      let end = at;
      while (end > 0 && isWhite(src.charCodeAt(end - 1))) end--;
      const tagAt = src[end - 1] === '>' ? lower.lastIndexOf('</', end - 1) : -1;
      const m = tagAt >= 0 ? /^<\/(script|style|noscript|template)\s*>$/.exec(lower.slice(tagAt, end)) : null;
      const open = m ? lower.lastIndexOf(`<${m[1]}`, tagAt) : lower.endsWith('-->', end) ? lower.lastIndexOf('<!--', end - 3) : -1;
      if (open < 0) break;
      at = open;
    }
    return at;
  });
}

/** The source ranges of the page's forms and navigation blocks: no text of the policy, no place for a section. */
function htmlOutsideText(doc: PolicyDocument): Array<[number, number]> {
  return doc.memo('htmlOutsideText', () => {
    const lower = doc.source.replace(/[A-Z]+/g, (w) => w.toLowerCase());
    const out: Array<[number, number]> = [];
    for (const tag of ['form', 'nav']) {
      for (let at = lower.indexOf(`<${tag}`); at >= 0; at = lower.indexOf(`<${tag}`, at + 1)) {
        if (!/[\s>]/.test(lower[at + tag.length + 1] ?? '')) continue;
        const end = lower.indexOf(`</${tag}`, at);
        out.push([at, end < 0 ? lower.length : end]);
        if (end < 0) break;
        at = end;
      }
    }
    return out;
  });
}

/** A section that conventionally closes a policy: a new section goes before it, not after it. */
const CLOSING_HEADING = /\b(?:contact(?:ing)?|changes?|amendments?|modifications?|updates?|questions?|how\s+to\s+reach|revisions?|effective\s+date|version\s+history|closing|final\s+provisions?|licen[cs]e|credits?|attribution)\b/i;
/** A section on changes to the policy, which closes it. */
const CHANGES_HEADING = /\b(?:changes?|amendments?|modifications?|updates?|revisions?)\b/i;
/** A short block that ends a page after its last section: a date, a credit, a place and date, an address line, a "Back to the top" link. */
const CLOSING_LINE = /^[\s[(]*(?:back(?:\s+to\s+(?:the\s+)?top)?|(?:to\s+)?top|print(?:\s+this\s+page)?|download(?:\s+(?:as\s+)?(?:a\s+)?pdf)?|↑)[\s\])]*$|^[\s*_()[\]|–—-]*(?:last\s+(?:update[ds]?|modified|revised|reviewed|changed?)|updated|effective|version|stand|as\s+of|source|quelle)\b|\b(?:generator|generated|created\s+(?:with|by|using)|template|powered\s+by|copyright|all\s+rights\s+reserved)\b|©|\b(?:19|20)\d\d\b[\s*_.)]*$/i;

export interface SectionPlace {
  /** A heading whose section the new one belongs in, as a sub-section ("rights" for a right). */
  within?: RegExp;
  /** Offered only inside that section: where the policy has none, no section at all (not one at the end). */
  only?: boolean;
}

/**
 * An edit that adds a section (heading, paragraphs, optional list) where it belongs: inside the
 * section named by `place.within` when there is one (Markdown and HTML); otherwise before the
 * sections that close a policy ("Contact us", "Changes to this policy"); otherwise before a
 * thematic break that sets the page's foot apart; otherwise after the policy's last section, before
 * what ends the page after it (a date line, a generator's credit, an address block, the page's
 * footer and scripts).
 *
 * Undefined where the policy already has a section on the subject that the new section can
 * neither go into (a plain-text or numbered document, where a sub-section would need a number of
 * its own) nor follow directly: a second section elsewhere would split the subject in two, so no
 * fix is offered there. Without `place.within`, always an edit.
 */
export function sectionEdit(doc: PolicyDocument, title: string, paragraphs: string[], items?: string[], place: SectionPlace = {}): Edit | undefined {
  const blocks = doc.blocks;
  const matching = place.within
    ? doc.sections.filter((sec) => place.within!.test(doc.blockText(blocks[sec.heading])) && !/\bcopyright|all\s+rights\s+reserved/i.test(doc.blockText(blocks[sec.heading])))
    : [];
  if (!matching.length) return place.only ? undefined : endOfPolicyEdit(doc, title, paragraphs, items);
  // Inside the section it belongs to: the outermost one ("Your rights", not its sub-section "Right to object").
  // Not in plain text or numbered documents, where a sub-section would need a number of its own:
  // there, a section of its own right after that section (it ends the policy's sections), or none.
  const st = documentStyle(doc);
  if (doc.format === 'plaintext' || st.numbered) {
    const edit = endOfPolicyEdit(doc, title, paragraphs, items);
    if (!edit) return undefined;
    // Adjacent: no heading between the end of the section and the new one, that is, the last heading
    // before the new one is inside the section (found once: linear however many sections match).
    let lastHeading = -1;
    for (const b of blocks) if (b.kind === 'heading' && b.sourceStart < edit.start) lastHeading = b.index;
    const adjacent = matching.some((sec) => edit.start >= blocks[sec.heading].sourceEnd && lastHeading < sec.endBlock);
    return adjacent ? edit : undefined;
  }
  const host = matching.reduce((best, sec) => (sec.level < best.level ? sec : best));
  const body = sectionBody(st, paragraphs, items);
  // The last section of the policy ends before the page's foot that follows its text: a thematic break,
  // a "Last update: …" line, a credit (the sub-section goes after the section's own text, not after those).
  let lastBlock = host.endBlock - 1;
  if (host.endBlock === blocks.length) {
    const end = doc.format === 'html' ? htmlContentEnd(doc) : doc.source.length;
    const brk = footBreak(doc, end);
    while (lastBlock > host.heading + 1 && ((brk !== undefined && blocks[lastBlock].sourceStart > brk) || closingLine(doc, blocks[lastBlock]))) lastBlock--;
  }
  const at = afterBlock(doc, blocks[lastBlock]);
  return { start: at, end: at, newText: st.gap + [st.heading(st.voice(title), Math.min(host.level + 1, 6)), ...body].join(st.gap) };
}

/** A new section's paragraphs and list, in the document's style and voice. */
function sectionBody(st: DocumentStyle, paragraphs: string[], items?: string[]): string[] {
  const body = paragraphs.map((p) => st.paragraph(st.voice(p)));
  if (items?.length) body.push(st.list(items.map(st.voice)));
  return body;
}

/** A short block that only ends the page: a date, a credit, a place and date. */
function closingLine(doc: PolicyDocument, b: Block): boolean {
  return b.kind !== 'heading' && b.end - b.start < 160 && CLOSING_LINE.test(doc.blockText(b));
}

/**
 * A heading that belongs to the closing material after a "Contact" heading in plain text: a line of the
 * address ("5024 S Ellis, Unit 2", "2034358311"), a date line, or a line with no text under it.
 */
function closingFiller(doc: PolicyDocument, sec: { heading: number; endBlock: number }): boolean {
  const t = doc.blockText(doc.blocks[sec.heading]);
  return CLOSING_LINE.test(t) || (doc.format === 'plaintext' && (/\d/.test(t) || sec.endBlock === sec.heading + 1));
}

/**
 * A new section where a policy's sections end: before the closing sections or the lines that end the page.
 * Undefined where the policy ends with a section on changes one level below its sections ("#### Changes to
 * this policy" after "###" sections): a section before it would take it in, one after it would follow the
 * policy's closing words, and no place is certain.
 */
function endOfPolicyEdit(doc: PolicyDocument, title: string, paragraphs: string[], items?: string[]): Edit | undefined {
  const st = documentStyle(doc);
  const body = sectionBody(st, paragraphs, items);
  const heading = (level?: number) => st.heading(st.voice(title), level);
  const src = doc.source;
  const sections = doc.sections;
  const blocks = doc.blocks;

  // Before the sections that close the policy, at their level.
  const end = doc.format === 'html' ? htmlContentEnd(doc) : src.length;
  // In Markdown whose sections are lines in bold: before the closing ones ("**Changes to This Notice**", "**Contact Us**").
  if (st.boldSections) {
    const starts = blocks.filter((b) => b.kind === 'paragraph' && boldHead(doc, b) !== undefined);
    let firstClosing = -1;
    for (let i = starts.length - 1; i > 0 && CLOSING_HEADING.test(boldHead(doc, starts[i])!) && !/\brights?\b/i.test(boldHead(doc, starts[i])!); i--) firstClosing = i;
    if (firstClosing > 0) {
      const at = starts[firstClosing].sourceStart;
      return { start: at, end: at, newText: [heading(), ...body].join(st.gap) + st.gap };
    }
  }
  const top = sections.filter((sec) => sec.level === st.level && blocks[sec.heading].sourceStart < end);
  let first = -1;
  const closing = (i: number) => CLOSING_HEADING.test(doc.blockText(blocks[top[i].heading])) && !/\brights?\b/i.test(doc.blockText(blocks[top[i].heading]));
  for (let i = top.length - 1; i >= 0 && (closing(i) || closingFiller(doc, top[i])); i--) if (closing(i)) first = i;
  // The policy's last heading, one level below its sections, is on changes to the policy: no certain place.
  const headingsBefore = blocks.filter((b) => b.kind === 'heading' && b.sourceStart < end);
  const lastHeading = headingsBefore[headingsBefore.length - 1];
  if (lastHeading && lastHeading.level > st.level && CHANGES_HEADING.test(doc.blockText(lastHeading)) && !/\brights?\b/i.test(doc.blockText(lastHeading))
    && !top.some((sec) => sec.heading < lastHeading.index && sec.endBlock > lastHeading.index && CLOSING_HEADING.test(doc.blockText(blocks[sec.heading])))) return undefined;
  if (first > 0 && !st.numbered) {
    const sec = top[first];
    const at = blocks[sec.heading].sourceStart;
    return { start: at, end: at, newText: [heading(sec.level), ...body].join(st.gap) + st.gap };
  }

  // Before a thematic break after the last heading that only end matter follows (a sign-off,
  // footnotes, a credit, an address block): "---" or "<hr>" sets the page's foot apart from the policy.
  const brk = footBreak(doc, end);
  if (brk !== undefined) return { start: brk, end: brk, newText: [heading(), ...body].join(st.gap) + st.gap };

  // After the last section, before the lines that close the page.
  let last = blocks.length - 1;
  while (last >= 0 && blocks[last].sourceStart >= end) last--;
  // A page saved as text with its foot (site links, "© Nordeus 2019 … All rights reserved.", a cookie banner): where
  // the policy ends within it is not certain, so no place is.
  if (doc.format !== 'html' && pageFootAfterCopyright(doc, last)) return undefined;
  // A page saved with its navigation: the last items are links and nothing else ("* [Privacy Center](…)",
  // "* [Cookie Notice](…)"), which the site shows around the policy; the policy ends before them.
  const pageLast = last;
  last = beforeNavigationList(doc, last);
  // Not in a form or a navigation block at the end of the page (a booking form's button, a footer's links).
  if (doc.format === 'html') { const outside = htmlOutsideText(doc); while (last > 0 && outside.some(([a, b]) => a <= blocks[last].sourceStart && blocks[last].sourceStart < b)) last--; }
  let k = last;
  while (k > 0 && blocks[k].kind !== 'heading' && blocks[k].end - blocks[k].start < 160 && CLOSING_LINE.test(doc.blockText(blocks[k]))) k--;
  // The lines stepped over are the last section's own text ("9. Updates" / "We may update this policy in 2025."):
  // a section never goes between a heading and its text.
  if (blocks[k]?.kind === 'heading' && k < last) k = last;
  // In HTML, right after the policy's last block, inside its container (after the container's
  // closing tags the section would fall outside the page's content column).
  // A page whose last section sits deeper than the one before it (a card: "<section><div class=flex><div><h2>9. Contact
  // us"): after its last block is inside the card, not after it, and where the card ends is not certain.
  if (doc.format === 'html' && k >= 0 && lastSectionDeeper(doc, st.level)) return undefined;
  if (k >= 0 && (k < pageLast || doc.format === 'html')) {
    const at = afterBlock(doc, blocks[k]);
    return { start: at, end: at, newText: st.gap + [heading(), ...body].join(st.gap) };
  }
  // Keep the document's trailing line break where it was; start after the last text.
  let from = end;
  while (from > 0 && /[ \t\r\n\u00a0]/.test(src[from - 1])) from--;
  const trailing = src.slice(from, end);
  return { start: from, end: from, newText: st.gap + [heading(), ...body].join(st.gap) + (trailing.includes('\n') ? '' : st.eol) };
}

/** The indentation of the line a block starts on (tabs as four spaces), or undefined where text comes before it on its line. */
function lineIndent(src: string, at: number): number | undefined {
  let i = at;
  while (i > 0 && src[i - 1] !== '\n') i--;
  const lead = src.slice(i, at);
  // The heading's tag and attributes come before its text: measure the line up to its first "<".
  const tag = lead.indexOf('<');
  const ws = tag >= 0 ? lead.slice(0, tag) : lead;
  if (/\S/.test(ws) || (tag < 0 && /\S/.test(lead))) return undefined;
  return ws.replace(/\t/g, '    ').length;
}

/** The last two sections at the top level: the last one's heading stands more deeply indented than the one before. */
function lastSectionDeeper(doc: PolicyDocument, level: number): boolean {
  const heads = doc.sections.filter((sec) => sec.level === level).map((sec) => doc.blocks[sec.heading]);
  if (heads.length < 2) return false;
  const a = lineIndent(doc.source, heads[heads.length - 2].sourceStart);
  const b = lineIndent(doc.source, heads[heads.length - 1].sourceStart);
  return a !== undefined && b !== undefined && b > a;
}

/** A copyright line: "© Nordeus 2019. …", "Copyright © 2024 Acme", "… All rights reserved." */
const COPYRIGHT_LINE = /^[\s*_]*(?:©|\(c\)\s*\d{4}|copyright\b)|\ball\s+rights\s+reserved\b/i;

/** The block before a run of three or more list items at `last` whose text is each one link and nothing else; else `last`. */
function beforeNavigationList(doc: PolicyDocument, last: number): number {
  const linkOnly = (b: Block) => b.kind === 'listItem' && doc.links.some((l) => l.start <= b.start && l.end >= b.end - 1 && doc.slice(b.start, l.start).trim() === '' && doc.slice(l.end, b.end).trim() === '');
  let i = last;
  while (i >= 0 && linkOnly(doc.blocks[i])) i--;
  return last - i >= 3 && i >= 0 ? i : last;
}

/** Among the last blocks of the text, a copyright line with more than two blocks after it (a cookie banner, a tracking pixel). */
function pageFootAfterCopyright(doc: PolicyDocument, last: number): boolean {
  for (let i = last; i >= 0 && i > last - 30; i--) {
    const b = doc.blocks[i];
    if (b.kind === 'heading' && b.level <= 2) return false;
    if (b.end - b.start <= 300 && COPYRIGHT_LINE.test(doc.blockText(b))) return last - i > 2;
  }
  return false;
}

/** A thematic break line (Markdown) or an <hr> (HTML and raw HTML in Markdown). */
const BREAK_LINE = /^ {0,3}(?:([-*_])(?:[ \t]*\1){2,}[ \t]*|<hr\b[^>]{0,200}>[ \t]*)$/gim;

/**
 * The start of the last thematic break after the policy's last heading, where no heading follows it
 * and it is no block's text (a "---" under a line of text makes that line a heading in Markdown).
 */
function footBreak(doc: PolicyDocument, end: number): number | undefined {
  if (doc.format === 'plaintext') return undefined;
  const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.sourceStart < end);
  if (!headings.length) return undefined;
  const from = headings[headings.length - 1].sourceEnd;
  const re = BREAK_LINE;
  re.lastIndex = from;
  let at: number | undefined;
  for (let m; (m = re.exec(doc.source)) && m.index < end; ) at = m.index;
  if (at === undefined) return undefined;
  const inBlock = doc.blocks.some((b) => b.sourceStart <= at! && at! < b.sourceEnd);
  const textBefore = doc.blocks.some((b) => b.sourceStart >= from && b.sourceEnd <= at!);
  return inBlock || !textBefore ? undefined : at;
}

/** The source offset right after a block: after its line (Markdown, text), after its element, or its whole list (HTML). */
function afterBlock(doc: PolicyDocument, b: Block): number {
  const src = doc.source;
  let at = b.sourceEnd;
  if (doc.format === 'html') {
    if (b.kind === 'listItem') {
      // Out of the list (and of nested lists): past each closing </ul> or </ol> that follows.
      for (let m = /^\s*<\/(?:ul|ol)\s*>/i.exec(src.slice(at, at + 200)); m; m = /^\s*<\/(?:ul|ol)\s*>/i.exec(src.slice(at, at + 200))) at += m[0].length;
    }
    return at;
  }
  while (at > b.sourceStart && /[\r\n]/.test(src[at - 1])) at--;
  return at;
}

/**
 * An edit that adds one item after the last item of a list, with the list's marker and indentation.
 * `after`: the item to add it after, where the caller reads the list as ending there (a heading inside
 * an HTML list ends it for a rule; an item added after the heading would never join the list it reads).
 */
export function appendListItemEdit(doc: PolicyDocument, list: ListInfo, text: string, after?: Block): Edit {
  const items = doc.blocks.filter((b) => b.kind === 'listItem' && b.list?.id === list.id && (!after || b.index <= after.index));
  const last = items[items.length - 1];
  const st = documentStyle(doc);
  // An HTML list, or one in a raw HTML block of a Markdown file (read by the HTML parser: its marker is "li").
  if (doc.format === 'html' || list.marker === 'li') {
    // Before the line break that ends the item, if any: in a Markdown file, a new line after it would
    // leave a blank line, which ends the raw HTML block and starts another list.
    let at = last.sourceEnd;
    while (at > last.sourceStart && /[\r\n]/.test(doc.source[at - 1])) at--;
    return { start: at, end: at, newText: `${st.eol}${list.indent}<li>${escapeHtml(text)}</li>` };
  }
  // Markdown: the last item's line up to its text ("  - ", "- - ", "* 1. ", "> - "): the item's own marker
  // is the last one; what comes before it is its containers'. A nested list's item ("- - Stripe") is
  // followed by one at its own column ("  - Hotjar"), inside a quote by one with the quote's ">".
  const own = doc.format === 'markdown' ? markdownItemPrefix(doc, last) : undefined;
  let marker = list.marker;
  if (list.ordered) {
    const n = own ? /^(\d+)/.exec(own.marker) : /^[ \t]*(\d+)/.exec(doc.source.slice(last.sourceStart, last.sourceStart + 40));
    const sep = /[.)]$/.exec(list.marker)?.[0] ?? '.';
    marker = `${n ? Number(n[1]) + 1 : items.length + 1}${sep}`;
  }
  // Insert after the last item's text, before its line break, indented as the last item is: the
  // list's first item may sit deeper ("  - a" then "- b" in Markdown), and an item indented as
  // deep as the last item's text would nest in it.
  let end = last.sourceEnd;
  while (end > last.sourceStart && /[\r\n]/.test(doc.source[end - 1])) end--;
  const indent = own ? own.containers : doc.format === 'markdown' ? /^[ \t]*/.exec(doc.source.slice(last.sourceStart, last.sourceStart + 80))![0] : list.indent;
  return { start: end, end, newText: `${st.eol}${indent}${marker} ${text}` };
}

/**
 * A Markdown item's first line before its text, split into its containers' part (outer list markers
 * made spaces, block-quote markers kept) and its own marker; undefined when the line cannot be read so.
 */
function markdownItemPrefix(doc: PolicyDocument, item: Block): { containers: string; marker: string } | undefined {
  const textAt = doc.srcStart(item.start);
  let lineStart = Math.min(item.sourceStart, textAt);
  while (lineStart > 0 && doc.source[lineStart - 1] !== '\n' && doc.source[lineStart - 1] !== '\r') lineStart--;
  const prefix = doc.source.slice(lineStart, textAt);
  const m = /^((?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]))*[ \t]*)([-*+]|\d{1,9}[.)])[ \t]+$/.exec(prefix);
  if (!m) return undefined;
  return { containers: m[1].replace(/[-*+]|\d{1,9}[.)]/g, (x) => ' '.repeat(x.length)), marker: m[2] };
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
