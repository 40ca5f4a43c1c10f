// HTML through htmlparser2, which reports the source position of every tag and
// text run. Entities are decoded here, one at a time, so a decoded character
// still maps to its `&…;` in the source. Script, style and head are not visible.
import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';
import { isWhite } from './chars';
import { DocumentBuilder, PolicyDocument } from './document';
import { LineIndex } from './sourceMap';
import type { BlockKind, Format, ListInfo } from './types';

export const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'dt', 'dd', 'blockquote', 'section', 'article',
  'header', 'footer', 'main', 'nav', 'aside', 'address', 'pre', 'table', 'thead', 'tbody', 'ul', 'ol', 'dl',
  'figure', 'figcaption', 'form', 'fieldset', 'hr', 'br', 'body', 'html', 'caption', 'details', 'summary',
]);
/** Elements whose content is one block of their kind; the innermost one decides. */
export const CONTEXT_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'p', 'div', 'dd', 'dt', 'blockquote']);
export const HIDDEN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'svelte:head']);
export const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g;

export interface HtmlOptions {
  /** The text to parse: the source with template tags masked (templates.ts), same length. */
  masked?: string;
  sourceFormat?: Format;
  /** A Vue single-file component: only its top-level <template> is rendered, and <template> is not hidden. */
  vueRoot?: boolean;
}

/** Appends text at source offset `start`, each entity decoded and mapped to its `&…;` (JSX text takes entities too). */
export function appendDecoded(b: DocumentBuilder, raw: string, start: number): void {
  let last = 0;
  ENTITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENTITY.exec(raw))) {
    const decoded = decodeHTML(m[0]);
    if (decoded === m[0]) continue;
    if (m.index > last) b.append(raw.slice(last, m.index), start + last);
    b.append(decoded, start + m.index, m[0].length);
    last = m.index + m[0].length;
  }
  if (last < raw.length) b.append(raw.slice(last), start + last);
}

export function parseHtml(original: string, opts: HtmlOptions = {}): PolicyDocument {
  const source = opts.masked ?? original;
  const b = new DocumentBuilder('html', original);
  if (opts.masked !== undefined) b.opaqueWords = true;
  const vueRoot = opts.vueRoot === true;
  /** Depth of top-level elements of a Vue component other than its <template> (script, style, custom blocks). */
  let vueHidden = 0;
  const stack: string[] = [];
  // Innermost elements that decide a block's kind, and open table rows: kept apart from the
  // element stack so that deep nesting (25,000 unclosed <ul>) costs nothing per tag.
  const contexts: string[] = [];
  let rows = 0;
  const lines = new LineIndex(source);
  const lineStartOf = (offset: number) => lines.starts[lines.position(offset).line];
  const lists: ListInfo[] = [];
  let listId = 0;
  let orphan: ListInfo | undefined;
  let hidden = 0;
  let cellsInRow = 0;
  let link: { start: number; href: string; hrefSourceStart?: number; hrefSourceEnd?: number } | undefined;

  const kindHere = (): { kind: BlockKind; level: number } => {
    const t = contexts[contexts.length - 1];
    if (t && /^h[1-6]$/.test(t)) return { kind: 'heading', level: Number(t[1]) };
    if (t === 'li') return { kind: 'listItem', level: 0 };
    if (t === 'tr') return { kind: 'tableRow', level: 0 };
    return { kind: 'paragraph', level: 0 };
  };

  // htmlparser2 10.1.0 ends an end tag at its name when anything follows the name ("</p >",
  // "</div class=x>"): the tag's endIndex is before its ">", and the next node's startIndex is
  // one past that, inside the tag. The tokenizer skips to the first ">", and so do these.
  /** Where a node reported at `at` really starts: past such an end tag if `at` is inside one. */
  const afterJunk = (at: number, startsHere: (i: number) => boolean): number => {
    if (at >= source.length || startsHere(at)) return Math.min(at, source.length);
    const gt = source.indexOf('>', at);
    return gt >= 0 && startsHere(gt + 1) ? gt + 1 : at;
  };
  let endAt = -1;
  let endOf = 0;
  /** Set while parser.end() closes what is still open. */
  let ending = false;
  /** Source end of the element closed now: after its end tag's ">", never past the document. */
  const closeEnd = (): number => {
    const e = parser.endIndex;
    // Closings implied at the end of input: endIndex is source.length, or past it after "<!-- x".
    if (e >= source.length) return source.length;
    const c = source.charCodeAt(e);
    if (c === 62 /* > */) return e + 1;
    // Also at the end of input, before a tail htmlparser2 dropped ("<p>a</p"): end there.
    if (c !== 47 /* / */ && !isWhite(c)) return e;
    if (e !== endAt) {
      // Junk after the tag name; one search per tag, however many elements it closes.
      const gt = source.indexOf('>', e);
      endAt = e;
      endOf = gt >= 0 ? gt + 1 : source.length;
    }
    return endOf;
  };

  const parser: Parser = new Parser({
    onopentag(name, attribs) {
      if (vueRoot ? (stack.length === 0 && name !== 'template') || (vueHidden > 0) || (HIDDEN_TAGS.has(name) && name !== 'template') : HIDDEN_TAGS.has(name)) { hidden++; if (vueRoot) vueHidden++; }
      const tagStart = afterJunk(parser.startIndex, (i) => source.charCodeAt(i) === 60 /* < */);
      if (BLOCK_TAGS.has(name) || name === 'td' || name === 'th') {
        if ((name === 'td' || name === 'th') && rows > 0) {
          if (cellsInRow++ > 0 && b.inBlock) b.append('\t', tagStart, 0);
        } else {
          b.end(tagStart);
          if (name === 'tr') cellsInRow = 0;
        }
      }
      if (name === 'ul' || name === 'ol') {
        const lineStart = lineStartOf(tagStart);
        lists.push({ id: listId++, ordered: name === 'ol', marker: 'li', indent: /^[ \t]*/.exec(source.slice(lineStart, tagStart))![0] });
      }
      stack.push(name);
      if (CONTEXT_TAGS.has(name)) contexts.push(name);
      if (name === 'tr') rows++;
      if (name === 'li') {
        const lineStart = lineStartOf(tagStart);
        // Items outside any list ("<li>a</li><li>b</li>" with no <ul>) that follow each other are one list.
        const prev = b.blocks[b.blocks.length - 1];
        if (!lists.length && !(orphan && prev?.kind === 'listItem' && prev.list?.id === orphan.id)) orphan = { id: listId++, ordered: false, marker: 'li', indent: '' };
        const list = lists[lists.length - 1] ?? orphan!;
        b.begin('listItem', tagStart, { list: { ...list, indent: /^[ \t]*/.exec(source.slice(lineStart, tagStart))![0] } });
      } else if (/^h[1-6]$/.test(name)) {
        b.begin('heading', tagStart, { level: Number(name[1]) });
      } else if (name === 'tr') {
        b.begin('tableRow', tagStart);
      } else if (name === 'a' && !hidden) {
        const tag = source.slice(tagStart, parser.endIndex + 1);
        // The href attribute itself, not a Vue ":href" binding or a "data-href".
        const m = attribs.href === undefined ? null : /(?<![\w:.@-])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/i.exec(tag);
        if (!b.inBlock) { const k = kindHere(); b.begin(k.kind, tagStart, { level: k.level }); }
        const valueStart = m ? tagStart + m.index + m[0].length - (m[1] ?? m[2] ?? m[3] ?? '').length - (m[3] !== undefined ? 0 : 1) : undefined;
        link = { start: b.offset, href: decodeHTML(attribs.href ?? ''), hrefSourceStart: valueStart, hrefSourceEnd: valueStart !== undefined ? valueStart + (m![1] ?? m![2] ?? m![3] ?? '').length : undefined };
      }
    },
    ontext(raw) {
      if (hidden) return;
      // endIndex is the text's last character even when startIndex is off (see afterJunk).
      const fromEnd = parser.endIndex + 1 - raw.length;
      const start = source.startsWith(raw, fromEnd) ? fromEnd : afterJunk(parser.startIndex, (i) => source.startsWith(raw, i));
      if (!b.inBlock) {
        if (!/\S/.test(raw)) return;
        const k = kindHere();
        b.begin(k.kind, start, { level: k.level });
      }
      appendDecoded(b, raw, start);
    },
    onclosetag(name, isImplied) {
      // An element closed by another tag ("<li>a</ul>", "<li>a<li>b", "<p>a</div>") ends where that
      // tag starts: the tag is not part of it (a list item that took in its list's "</ul>" would have
      // an item appended after it land outside the list). Closings at the end of input end there.
      const end = isImplied && !ending ? Math.max(0, source.lastIndexOf('<', parser.endIndex)) : closeEnd();
      if (name === 'a' && link) {
        b.links.push({ ...link, end: b.offset });
        link = undefined;
      }
      const at = stack.lastIndexOf(name);
      if (at >= 0) {
        for (let k = stack.length - 1; k >= at; k--) {
          if (CONTEXT_TAGS.has(stack[k])) contexts.pop();
          if (stack[k] === 'tr') rows--;
        }
        stack.length = at;
      }
      if (vueRoot ? vueHidden > 0 : HIDDEN_TAGS.has(name)) { hidden = Math.max(0, hidden - 1); if (vueRoot) vueHidden--; }
      if (name === 'ul' || name === 'ol') lists.pop();
      if (BLOCK_TAGS.has(name)) b.end(end);
    },
  }, { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true });
  parser.write(source);
  ending = true;
  parser.end();
  return b.build(opts.sourceFormat);
}
