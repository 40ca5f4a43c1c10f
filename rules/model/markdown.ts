// Markdown through markdown-it: its block tokens carry line maps; each line of inline
// text is placed on its own source line so every visible character maps back to the
// source (entities and escapes map to their source form).
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { DocumentBuilder, PolicyDocument } from './document';
import { parseHtml } from './html';
import { LineIndex } from './sourceMap';
import type { Edit, Format, ListInfo } from './types';

let parser: MarkdownIt | undefined;
function md(): MarkdownIt {
  if (!parser) {
    parser = new MarkdownIt({ html: true, linkify: false });
    // Keep entities and escapes as separate tokens that remember their source form.
    parser.core.ruler.disable('text_join');
    // markdown-it's normalize copies the whole source to rewrite every line end, even "\n" to
    // "\n"; the same result, copying only when there is a CR or a NUL to replace.
    parser.core.ruler.at('normalize', (state) => {
      if (state.src.includes('\r')) state.src = state.src.replace(/\r\n?/g, '\n');
      if (state.src.includes('\0')) state.src = state.src.replace(/\0/g, '\uFFFD');
    });
    // Inline content is parsed block by block as the document is built (inlineChildren), so one
    // block's inline tokens are garbage before the next is parsed: markdown-it would keep every
    // inline token of the document alive until the end, and each young-generation GC copied them.
    parser.core.ruler.disable('inline');
  }
  return parser;
}

/** The environment of the current parse (reference definitions), for inlineChildren. */
let parseEnv: object = {};

/** An inline token's children, parsed now and kept by nobody (see md()). */
function inlineChildren(inline: Token): Token[] {
  if (inline.children?.length) return inline.children;
  const out: Token[] = [];
  md().inline.parse(inline.content, md(), parseEnv, out);
  return out;
}

/**
 * Front matter: a block of `key: value` (YAML, "---"), `key = value` (TOML, "+++") or
 * `"key": value` (JSON, "{" … "}") lines that opens the file, which static-site generators read
 * and never render. Its end offset, or 0.
 */
export function frontMatterEnd(source: string): number {
  const open = /^\uFEFF?(---|\+\+\+|\{)[ \t]*\r?\n/.exec(source);
  if (!open) return 0;
  const fence = open[1] === '{' ? '}' : open[1];
  const key = open[1] === '{' ? /^[ \t]*"[\w.-]+"[ \t]*:/ : /^[A-Za-z_][\w.-]*[ \t]*[:=]/;
  let at = open[0].length;
  let keys = 0;
  // Line by line to the closing fence: linear, and bounded by the document.
  while (at < source.length) {
    let eol = source.indexOf('\n', at);
    if (eol < 0) eol = source.length;
    const line = source.slice(at, eol).replace(/\r$/, '');
    if (line.trimEnd() === fence) return keys ? Math.min(source.length, eol + 1) : 0;
    if (key.test(line)) keys++;
    at = eol + 1;
  }
  return 0;
}

/** `masked`: the text to parse, the same length as the file (MDX with its ESM and expressions masked, mdx.ts). */
export function parseMarkdown(original: string, masked?: string, sourceFormat?: Format): PolicyDocument {
  const source = masked ?? original;
  parseEnv = {};
  // Front matter is not text of the page: blanked for the parser (same lines and offsets), so it
  // makes no block; its "# comments" are not headings and its "title:" is not a paragraph.
  const fmEnd = frontMatterEnd(source);
  const tokens = md().parse(fmEnd ? source.slice(0, fmEnd).replace(/[^\r\n]/g, ' ') + source.slice(fmEnd) : source, parseEnv);
  const lines = new LineIndex(source);
  const b = new DocumentBuilder('markdown', original);
  if (masked !== undefined) b.opaqueWords = true;
  const lists: ListInfo[] = [];
  let listId = 0;
  let itemFirstParagraph = false;
  let htmlBlocks = 0;
  const htmlRanges: Array<[number, number]> = [];
  let blocksFromHtml = 0;
  let row: { cursor: number; cells: number; start: number; end: number; text?: string } | undefined;

  const lineStart = (l: number) => (l < lines.starts.length ? lines.starts[l] : source.length);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ls = t.map ? lineStart(t.map[0]) : 0;
        const indent = /^[ \t]*/.exec(source.slice(ls, ls + 40))![0];
        lists.push({ id: listId++, ordered: t.type === 'ordered_list_open', marker: t.markup, indent });
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        itemFirstParagraph = true;
        break;
      case 'heading_open': {
        const inline = tokens[i + 1];
        const level = Number(t.tag.slice(1));
        b.begin('heading', t.map ? lineStart(t.map[0]) : 0, { level });
        const end = t.map ? lineEndOf(source, lineStart(t.map[1])) : source.length;
        // An ATX heading ("# Title #") is part of its line; a setext heading is whole lines.
        if (inline?.type === 'inline') appendInline(b, inline, lineSegments(source, lines, inline.content, t.map?.[0] ?? 0, t.markup.startsWith('#')));
        b.end(end);
        i++;
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        const start = t.map ? lineStart(t.map[0]) : 0;
        const list = lists[lists.length - 1];
        if (itemFirstParagraph && list) {
          const info: ListInfo = { ...list, marker: list.ordered ? `${tokens[findItemOpen(tokens, i)]?.info || '1'}${list.marker}` : list.marker };
          info.id = list.id;
          b.begin('listItem', start, { list: info });
        } else {
          b.begin('paragraph', start);
        }
        itemFirstParagraph = false;
        const end = t.map ? lineEndOf(source, lineStart(t.map[1])) : source.length;
        if (inline?.type === 'inline') appendInline(b, inline, lineSegments(source, lines, inline.content, t.map?.[0] ?? 0, false));
        b.end(end);
        i++;
        break;
      }
      case 'tr_open': {
        const start = t.map ? lineStart(t.map[0]) : 0;
        row = { cursor: start, cells: 0, start, end: t.map ? lineEndOf(source, lineStart(t.map[1])) : source.length };
        b.begin('tableRow', row.cursor);
        break;
      }
      case 'inline':
        if (row) {
          if (row.cells++ > 0) b.append('\t', row.cursor, 0);
          row.text ??= source.slice(row.start, row.end).replace(/\0/g, '\ufffd');
          row.cursor = appendInline(b, t, cellSegments(t.content, row.text, row.start, row.cursor));
        }
        break;
      case 'tr_close':
        b.end(row ? row.cursor : source.length);
        row = undefined;
        break;
      case 'fence':
      case 'code_block':
        // A code block is rendered as it is written, and policies use it for what should stand
        // apart (an address, a contact block): its lines are text of the page, one paragraph.
        // The block ends after its closing fence: what a fix adds after it must not land inside the code.
        if (t.map) appendCodeLines(b, source, lines, t.type === 'fence' ? t.map[0] + 1 : t.map[0], t.type === 'fence' ? t.map[1] - 1 : t.map[1], lineEndOf(source, lineStart(t.map[1])));
        break;
      case 'html_block':
        // Raw HTML in Markdown ("<ul><li>…</li></ul>", a <details> block) is rendered: its text is
        // the page's too, read by the HTML parser and mapped back to this file.
        if (t.map) {
          const from = lineStart(t.map[0]);
          const to = lineEndOf(source, lineStart(t.map[1]));
          const before = b.blocks.length;
          appendHtml(b, source, from, to, htmlBlocks++);
          htmlRanges.push([from, to]);
          blocksFromHtml += b.blocks.length - before;
        }
        break;
      default:
        break;
    }
  }
  const doc = b.build(sourceFormat);
  if (htmlRanges.length) doc.editGuard = rawHtmlGuard(htmlRanges, blocksFromHtml * 2 >= doc.blocks.length);
  if (fmEnd) {
    const title = /^[ \t]*"?title"?[ \t]*[:=][ \t]*(["']?)(.*?)\1[ \t]*,?[ \t]*\r?$/m.exec(source.slice(0, fmEnd));
    doc.frontMatter = { start: 0, end: fmEnd, title: title?.[2] || undefined };
  }
  return doc;
}

/**
 * Raw HTML in Markdown is rendered as HTML: Markdown written into it (a "## heading", a "- item") shows as
 * literal text, and renderers differ on Markdown between the tags of an element left open across blank
 * lines (kramdown, Jekyll's default, leaves it unparsed). So an edit that adds lines is refused inside a raw
 * HTML block; and where the policy itself is raw HTML (its blocks mostly come from HTML blocks), anywhere:
 * after the HTML would be outside the page's content. An edit written in HTML (an <li> for an HTML list) is kept.
 */
function rawHtmlGuard(ranges: Array<[number, number]>, htmlBodied: boolean): (e: Edit) => Edit | undefined {
  // An edit written as HTML for its place (an <li> added to an HTML list) is what the block takes.
  return (e) => (e.newText.includes('\n') && !/<[a-z]/i.test(e.newText) && (htmlBodied || ranges.some(([a, z]) => e.start > a && e.start < z)) ? undefined : e);
}

/** Lines [first, end) of the source as one paragraph, each line mapped to itself (indentation dropped). */
function appendCodeLines(b: DocumentBuilder, source: string, lines: LineIndex, first: number, end: number, blockEnd: number): void {
  const lineStart = (l: number) => (l < lines.starts.length ? lines.starts[l] : source.length);
  if (end <= first) return;
  b.begin('paragraph', lineStart(first));
  for (let l = first; l < end; l++) {
    const s = lineStart(l);
    let e = lineEndOf(source, lineStart(l + 1));
    if (e < s) e = s;
    const text = source.slice(s, e);
    const indent = /^[ \t]*/.exec(text)![0].length;
    if (l > first) b.append('\n', s, 0);
    b.append(text.slice(indent).replace(/\0/g, '\ufffd'), s + indent);
  }
  b.end(blockEnd);
}

/** The blocks of an HTML fragment at source [from, to), appended with their text mapped to the source. */
function appendHtml(b: DocumentBuilder, source: string, from: number, to: number, nth: number): void {
  const sub = parseHtml(source.slice(from, to));
  for (const blk of sub.blocks) {
    // The fragment's lists are numbered apart from the Markdown lists (negative ids, one range per fragment).
    const list = blk.list && { ...blk.list, id: -1 - nth * 100_000 - blk.list.id };
    b.begin(blk.kind, from + blk.sourceStart, { level: blk.level, list });
    let cursor = blk.start;
    let lastSrc = from + blk.sourceStart;
    for (const seg of sub.segments(blk.start, blk.end)) {
      if (seg.vis > cursor) b.append(sub.text.slice(cursor, seg.vis), lastSrc, 0);
      b.append(sub.text.slice(seg.vis, seg.vis + seg.visLen), from + seg.src, seg.srcLen);
      cursor = seg.vis + seg.visLen;
      lastSrc = from + seg.src + seg.srcLen;
    }
    if (cursor < blk.end) b.append(sub.text.slice(cursor, blk.end), lastSrc, 0);
    b.end(from + blk.sourceEnd);
  }
}

function findItemOpen(tokens: Token[], from: number): number {
  for (let k = from; k >= 0; k--) if (tokens[k].type === 'list_item_open') return k;
  return from;
}

function lineEndOf(source: string, nextLineStart: number): number {
  let e = nextLineStart;
  while (e > 0 && (source[e - 1] === '\n' || source[e - 1] === '\r')) e--;
  return e;
}

/**
 * From content offset `c` on, inline content maps one to one onto the source from `s`;
 * or, with `z`, every character to the empty range at `s` (text markdown-it made up).
 */
interface Seg { c: number; s: number; z?: boolean }

function pushSeg(segs: Seg[], seg: Seg): void {
  if (segs.length && segs[segs.length - 1].c === seg.c) segs[segs.length - 1] = seg;
  else segs.push(seg);
}

/** Whether `text` from `from` on is in the source at `at`; markdown-it turned U+0000 into U+FFFD. */
function sameText(source: string, at: number, text: string, from: number): boolean {
  if (at < 0 || at + text.length - from > source.length) return false;
  for (let k = from; k < text.length; k++) {
    const a = source.charCodeAt(at + k - from);
    const c = text.charCodeAt(k);
    if (a !== c && !(a === 0 && c === 0xfffd)) return false;
  }
  return true;
}

const isSpaceOrTab = (c: number) => c === 32 || c === 9;

/**
 * Places each line of a paragraph's or heading's inline content on its own source line,
 * `firstLine` + its index (markdown-it's line numbers count LF, CRLF and CR as LineIndex does).
 * Each content line is the end of its source line (markdown-it only strips indentation and
 * markers; the last line loses its trailing blanks), after spaces markdown-it may have made
 * from a tab. An ATX heading's content follows its opening "#"s instead.
 */
function lineSegments(source: string, lines: LineIndex, content: string, firstLine: number, atx: boolean): Seg[] {
  const segs: Seg[] = [];
  const parts = content.split('\n');
  let c = 0;
  for (let i = 0; i < parts.length; i++) {
    const cl = parts[i];
    const l = firstLine + i;
    const ls = l < lines.starts.length ? lines.starts[l] : source.length;
    const le = lineEnd(source, lines, l);
    let p = 0;
    while (p < cl.length && cl.charCodeAt(p) === 32) p++;
    const rest = cl.length - p;
    let x = -1;
    if (atx) {
      let h = ls;
      while (h < le && source.charCodeAt(h) !== 35) h++;
      while (h < le && source.charCodeAt(h) === 35) h++;
      while (h < le && isSpaceOrTab(source.charCodeAt(h))) h++;
      if (sameText(source, h, cl, p)) x = h;
    } else {
      let end = le;
      if (i === parts.length - 1) while (end > ls && isSpaceOrTab(source.charCodeAt(end - 1))) end--;
      if (end - rest >= ls && sameText(source, end - rest, cl, p)) x = end - rest;
    }
    if (x < 0) {
      // Not where it should be: look for it on its line only (never beyond).
      const at = source.slice(ls, le).replace(/\0/g, '\ufffd').indexOf(cl.slice(p));
      if (at >= 0) x = ls + at;
    }
    if (x < 0) {
      // Lost: map it to nothing at the end of its line, so that an edit inserts rather than replaces.
      pushSeg(segs, { c, s: le, z: true });
    } else if (p === 0) {
      pushSeg(segs, { c, s: x });
    } else {
      // Leading spaces: the source's own if it has as many before the text, else made from a tab.
      let k = 0;
      while (k < p && x - k - 1 >= ls && source.charCodeAt(x - k - 1) === 32) k++;
      if (k === p) pushSeg(segs, { c, s: x - p });
      else { pushSeg(segs, { c, s: x, z: true }); pushSeg(segs, { c: c + p, s: x }); }
    }
    c += cl.length + 1;
  }
  return segs;
}

/** End of line `l` before its line break. */
function lineEnd(source: string, lines: LineIndex, l: number): number {
  if (l + 1 >= lines.starts.length) return source.length;
  let e = lines.starts[l + 1] - 1;
  if (source.charCodeAt(e) === 10 && e > lines.starts[l] && source.charCodeAt(e - 1) === 13) e--;
  return e;
}

/**
 * A table cell's content in its row, searched from `cursor`. `row` is the row's source line with
 * U+0000 as U+FFFD. markdown-it drops the backslash of an escaped pipe ("\|"), so every "|" in a
 * cell stands for "\|" in the source.
 */
function cellSegments(content: string, row: string, rowStart: number, cursor: number): Seg[] {
  const at = row.indexOf(content.includes('|') ? content.replace(/\|/g, '\\|') : content, cursor - rowStart);
  if (at < 0) return [{ c: 0, s: cursor, z: true }];
  const segs: Seg[] = [{ c: 0, s: rowStart + at }];
  let extra = 0;
  for (let k = content.indexOf('|'); k >= 0; k = content.indexOf('|', k + 1)) pushSeg(segs, { c: k, s: rowStart + at + k + ++extra });
  return segs;
}

/**
 * Appends the visible text of an inline token whose content maps to the source by `segs`.
 * Returns the source offset after the last located character.
 */
function appendInline(b: DocumentBuilder, inline: Token, segs: Seg[]): number {
  const content = inline.content;
  // Binary search: a paragraph of many lines has as many segments and inline children.
  const segAt = (off: number): number => {
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].c <= off) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const srcOf = (off: number): number => {
    const g = segs[segAt(off)];
    return g.z ? g.s : g.s + (off - g.c);
  };
  /** Source offset after content character `off - 1`. */
  const srcEndOf = (off: number): number => {
    if (off <= 0) return srcOf(0);
    const g = segs[segAt(off - 1)];
    return g.z ? g.s : g.s + (off - g.c);
  };
  /** Appends content.slice(at, at + text.length), one piece per segment it crosses. */
  const put = (text: string, at: number): void => {
    let k = segAt(at);
    for (let i = 0; i < text.length; k++) {
      const g = segs[k];
      const n = Math.min(text.length - i, (k + 1 < segs.length ? segs[k + 1].c : Infinity) - (at + i));
      b.append(text.slice(i, i + n), g.z ? g.s : g.s + (at + i - g.c), g.z ? 0 : n);
      i += n;
    }
  };

  /**
   * The rest of a link or image after the "]" of its text at `p`, as markdown-it's link rule reads
   * it: "(destination title)", or a reference "[label]", "[]" or nothing. Returns the content offset
   * after it and the destination's range as written.
   */
  const tail = (p: number): { end: number; dest?: [number, number] } => {
    const max = content.length;
    const skip = (q: number) => { while (q < max && (isSpaceOrTab(content.charCodeAt(q)) || content.charCodeAt(q) === 10)) q++; return q; };
    if (content.charCodeAt(p + 1) === 40) {
      const q = skip(p + 2);
      const d = md().helpers.parseLinkDestination(content, q, max);
      let r = q; // no destination ("[a]()"), or one markdown-it rejects ("javascript:…"): ")" must follow
      let dest: [number, number] = [q, q];
      if (d.ok && md().validateLink(md().normalizeLink(d.str))) {
        r = skip(d.pos);
        const t = md().helpers.parseLinkTitle(content, r, max);
        if (r < max && r !== d.pos && t.ok) r = skip(t.pos);
        dest = content.charCodeAt(q) === 60 ? [q + 1, d.pos - 1] : [q, d.pos];
      }
      if (content.charCodeAt(r) === 41) return { end: r + 1, dest };
    }
    if (content.charCodeAt(p + 1) === 91) {
      const e = content.indexOf(']', p + 2);
      if (e >= 0) return { end: e + 1 };
    }
    return { end: p + 1 };
  };

  let pos = 0; // cursor in content
  let link: { start: number; href: string; auto: number } | undefined;
  for (const child of inlineChildren(inline)) {
    switch (child.type) {
      case 'text': {
        const at = content.indexOf(child.content, pos);
        if (at >= 0) { put(child.content, at); pos = at + child.content.length; } else b.append(child.content, srcOf(pos), 0);
        break;
      }
      case 'text_special': {
        const at = content.indexOf(child.markup, pos);
        if (at >= 0) {
          const s = srcOf(at);
          b.append(child.content, s, Math.max(0, srcEndOf(at + child.markup.length) - s));
          pos = at + child.markup.length;
        } else b.append(child.content, srcOf(pos), 0);
        break;
      }
      case 'code_inline': {
        // `child.content` is the text between the backtick runs with line breaks made spaces and,
        // when it has a space at both ends, one stripped from each.
        const open = content.indexOf(child.markup, pos);
        const close = open < 0 ? -1 : closingRun(content, open + child.markup.length, child.markup.length);
        if (close < 0) break;
        const text = child.content;
        const at = open + child.markup.length + ((close - open - child.markup.length - text.length) >> 1);
        for (let i = 0; i < text.length;) {
          const nl = content.indexOf('\n', at + i);
          const j = nl < 0 || nl >= at + text.length ? text.length : nl - at;
          put(text.slice(i, j), at + i);
          if (j < text.length) b.append(' ', srcOf(at + j), 0);
          i = j + 1;
        }
        pos = close + child.markup.length;
        break;
      }
      case 'softbreak':
      case 'hardbreak': {
        const at = content.indexOf('\n', pos);
        if (at >= 0) { b.append('\n', srcOf(at) , 0); pos = at + 1; }
        break;
      }
      case 'link_open': {
        // An autolink "<https://…>" shows its target; other links their text in "[…]".
        const auto = child.markup === 'autolink';
        const at = content.indexOf(auto ? '<' : '[', pos);
        if (at >= 0) pos = at + 1;
        link = { start: b.offset, href: child.attrGet('href') ?? '', auto: auto && at >= 0 ? pos : -1 };
        break;
      }
      case 'image': {
        // Its text is not shown: step over all of it, or a later text could be found inside it.
        const at = content.indexOf('![', pos);
        const e = at < 0 ? -1 : labelEnd(content, at + 2);
        if (e >= 0) pos = tail(e).end;
        break;
      }
      case 'link_close': {
        if (!link) break;
        let hrefStart: number | undefined;
        let hrefEnd: number | undefined;
        const gt = link.auto >= 0 ? content.indexOf('>', pos) : -1;
        const t = gt < 0 && content.charCodeAt(pos) === 93 ? tail(pos) : undefined;
        if (gt >= 0) {
          hrefStart = srcOf(link.auto);
          hrefEnd = Math.max(hrefStart, srcEndOf(gt));
          pos = gt + 1;
        } else if (t) {
          if (t.dest) {
            hrefStart = srcOf(t.dest[0]);
            hrefEnd = t.dest[1] > t.dest[0] ? srcEndOf(t.dest[1]) : hrefStart;
          }
          pos = t.end;
        } else {
          // Markup the walk above did not follow: look for the end of an inline link.
          const open = content.indexOf('](', pos);
          if (open >= 0) {
            const close = content.indexOf(')', open + 2);
            const raw = close >= 0 ? content.slice(open + 2, close) : '';
            const target = raw.trim().split(/\s+/)[0] ?? '';
            const tAt = content.indexOf(target, open + 2);
            hrefStart = srcOf(tAt >= 0 ? tAt : open + 2);
            hrefEnd = tAt >= 0 && target.length ? srcEndOf(tAt + target.length) : hrefStart;
            pos = close >= 0 ? close + 1 : open + 2;
          }
        }
        b.links.push({ start: link.start, end: b.offset, href: link.href, hrefSourceStart: hrefStart, hrefSourceEnd: hrefEnd });
        link = undefined;
        break;
      }
      case 'html_inline':
      case 'strong_open':
      case 'strong_close':
      case 'em_open':
      case 'em_close':
      case 's_open':
      case 's_close': {
        const mark = child.type === 'html_inline' ? child.content : child.markup;
        const at = content.indexOf(mark, pos);
        if (at >= 0) pos = at + mark.length;
        break;
      }
      default:
        break;
    }
  }
  return srcOf(Math.min(pos, content.length));
}

/** The start of the first run of exactly `len` backticks at or after `from`, or -1. */
function closingRun(content: string, from: number, len: number): number {
  for (let k = content.indexOf('`', from); k >= 0; k = content.indexOf('`', k)) {
    const start = k;
    while (content.charCodeAt(k) === 96) k++;
    if (k - start === len) return start;
  }
  return -1;
}

/** The "]" that closes a link or image text starting at `from` (brackets nest; "\\" escapes), or -1. */
function labelEnd(content: string, from: number): number {
  let depth = 1;
  for (let q = from; q < content.length; q++) {
    const c = content.charCodeAt(q);
    if (c === 92) q++;
    else if (c === 91) depth++;
    else if (c === 93 && --depth === 0) return q;
  }
  return -1;
}
