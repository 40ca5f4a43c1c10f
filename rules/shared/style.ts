// How a document writes its headings, paragraphs and lists, so that a fix which
// adds a section or a list item looks like the author wrote it.
import type { PolicyDocument } from '../model/document';
import type { Block, Edit, ListInfo } from '../model/types';
import { isWhite } from '../model/chars';

export interface DocumentStyle {
  eol: string;
  /** Text between two blocks: a blank line, or just a line break (as in some plain-text policies). */
  gap: string;
  heading(title: string): string;
  paragraph(text: string): string;
  list(items: string[]): string;
}

export function documentStyle(doc: PolicyDocument): DocumentStyle {
  return doc.memo('style', () => computeStyle(doc));
}

function computeStyle(doc: PolicyDocument): DocumentStyle {
  const src = doc.source;
  const eol = src.includes('\r\n') ? '\r\n' : '\n';
  const headings = doc.blocks.filter((b) => b.kind === 'heading');
  const gap = doc.format === 'plaintext' && !/\n[ \t\u00a0]*\r?\n/.test(src) ? eol : eol + eol;
  const bulletList = doc.blocks.find((b) => b.kind === 'listItem' && b.list && !b.list.ordered)?.list;

  if (doc.format === 'html') {
    const level = sectionLevel(doc, headings);
    return {
      eol, gap: eol,
      heading: (t) => `<h${level}>${escapeHtml(t)}</h${level}>`,
      paragraph: (t) => `<p>${escapeHtml(t)}</p>`,
      list: (items) => `<ul>${eol}${items.map((i) => `  <li>${escapeHtml(i)}</li>`).join(eol)}${eol}</ul>`,
    };
  }
  const marker = bulletList ? bulletList.marker : '-';
  const indent = bulletList ? bulletList.indent : '';
  const list = (items: string[]) => items.map((i) => `${indent}${marker} ${i}`).join(eol);
  if (doc.format === 'markdown') {
    const level = sectionLevel(doc, headings);
    return { eol, gap: eol + eol, heading: (t) => `${'#'.repeat(level)} ${t}`, paragraph: (t) => t, list };
  }
  // Plain text: numbered top-level headings continue their numbering; ALL-CAPS stay caps.
  const texts = headings.map((h) => doc.blockText(h));
  const numbered = texts.map((t) => /^(\d{1,2})(\.?)\s+\S/.exec(t)).filter((m): m is RegExpExecArray => m !== null);
  if (numbered.length >= 2) {
    const next = Math.max(...numbered.map((m) => Number(m[1]))) + 1;
    const dot = numbered[numbered.length - 1][2];
    return { eol, gap, heading: (t) => `${next}${dot} ${t}`, paragraph: (t) => t, list };
  }
  const caps = texts.filter((t) => /[A-Z]/.test(t) && t === t.toUpperCase()).length;
  if (caps >= 2 && caps * 2 >= texts.length) return { eol, gap, heading: (t) => t.toUpperCase(), paragraph: (t) => t, list };
  return { eol, gap, heading: (t) => t, paragraph: (t) => t, list };
}

/** A heading that names a policy as a whole ("Privacy policy", "Data protection notice", "Datenschutzerklärung"). */
const POLICY_HEADING = /\b(?:privacy|data[ \t\u00a0-]+protection|cookies?)[ \t\u00a0]+(?:policy|notice|statement|declaration|information)\b|\bdatenschutz/i;

/**
 * The level of the document's top sections, where a new section belongs: the highest level
 * below the title (a "###" section appended under the last "##" would nest in it). Several
 * level-1 headings are the sections themselves. Where the policy is the last part of a longer
 * page ("## Privacy policy" after "## Imprint" and "## Terms"), or its title is not level 1, the
 * new section goes among the policy's own sub-sections.
 */
function sectionLevel(doc: PolicyDocument, hs: Block[]): number {
  const root = doc.sections.find((sec) => sec.endBlock === doc.blocks.length && POLICY_HEADING.test(doc.blockText(doc.blocks[sec.heading])));
  if (root) {
    const subs = hs.filter((h) => h.index > root.heading && h.index < root.endBlock).map((h) => h.level);
    return subs.length ? Math.min(...subs) : Math.min(root.level + 1, 6);
  }
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
      const headings = doc.blocks.filter((b) => b.kind === 'heading');
      const from = headings.length ? headings[headings.length - 1].sourceStart : 0;
      const footer = lower.slice(from).search(/<footer\b/);
      if (footer >= 0) at = from + footer;
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

/** An edit that appends a section (heading, paragraphs, optional list) at the end of the document. */
export function appendSectionEdit(doc: PolicyDocument, title: string, paragraphs: string[], items?: string[]): Edit {
  const st = documentStyle(doc);
  const parts = [st.heading(title), ...paragraphs.map(st.paragraph)];
  if (items?.length) parts.push(st.list(items));
  const src = doc.source;
  const at = doc.format === 'html' ? htmlContentEnd(doc) : src.length;
  // Keep the document's trailing line break where it was; start after the last text.
  let end = at;
  while (end > 0 && /[ \t\r\n\u00a0]/.test(src[end - 1])) end--;
  const trailing = src.slice(end, at);
  const text = st.gap + parts.join(st.gap) + (trailing.includes('\n') ? '' : st.eol);
  return { start: end, end, newText: text };
}

/** An edit that adds one item after the last item of a list, with the list's marker and indentation. */
export function appendListItemEdit(doc: PolicyDocument, list: ListInfo, text: string): Edit {
  const items = doc.blocks.filter((b) => b.kind === 'listItem' && b.list?.id === list.id);
  const last = items[items.length - 1];
  const st = documentStyle(doc);
  if (doc.format === 'html') {
    return { start: last.sourceEnd, end: last.sourceEnd, newText: `${st.eol}${list.indent}<li>${escapeHtml(text)}</li>` };
  }
  let marker = list.marker;
  if (list.ordered) {
    const n = /^[ \t]*(\d+)/.exec(doc.source.slice(last.sourceStart, last.sourceStart + 40));
    const sep = /[.)]$/.exec(list.marker)?.[0] ?? '.';
    marker = `${n ? Number(n[1]) + 1 : items.length + 1}${sep}`;
  }
  // Insert after the last item's text, before its line break.
  let end = last.sourceEnd;
  while (end > last.sourceStart && /[\r\n]/.test(doc.source[end - 1])) end--;
  return { start: end, end, newText: `${st.eol}${list.indent}${marker} ${text}` };
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
