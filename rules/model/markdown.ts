// Markdown through markdown-it: its block tokens carry line maps; inline text is
// located inside the block's source lines so every visible character maps back
// to the source (entities and escapes map to their source form).
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { DocumentBuilder, PolicyDocument } from './document';
import { LineIndex } from './sourceMap';
import type { ListInfo } from './types';

let parser: MarkdownIt | undefined;
function md(): MarkdownIt {
  if (!parser) {
    parser = new MarkdownIt({ html: true, linkify: false });
    // Keep entities and escapes as separate tokens that remember their source form.
    parser.core.ruler.disable('text_join');
  }
  return parser;
}

export function parseMarkdown(source: string): PolicyDocument {
  const tokens = md().parse(source, {});
  const lines = new LineIndex(source);
  const b = new DocumentBuilder('markdown', source);
  const lists: ListInfo[] = [];
  let listId = 0;
  let itemFirstParagraph = false;
  let row: { cursor: number; cells: number; end: number } | undefined;

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
        if (inline?.type === 'inline') appendInline(b, source, inline, t.map ? lineStart(t.map[0]) : 0, end);
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
        if (inline?.type === 'inline') appendInline(b, source, inline, start, end);
        b.end(end);
        i++;
        break;
      }
      case 'tr_open':
        row = { cursor: t.map ? lineStart(t.map[0]) : 0, cells: 0, end: t.map ? lineEndOf(source, lineStart(t.map[1])) : source.length };
        b.begin('tableRow', row.cursor);
        break;
      case 'inline':
        if (row) {
          if (row.cells++ > 0) b.append('\t', row.cursor, 0);
          row.cursor = appendInline(b, source, t, row.cursor, row.end);
        }
        break;
      case 'tr_close':
        b.end(row ? row.cursor : source.length);
        row = undefined;
        break;
      default:
        break;
    }
  }
  return b.build();
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
 * Appends the visible text of an inline token. Returns the source offset after the
 * last located character. `from` is where its source lines begin.
 */
function appendInline(b: DocumentBuilder, source: string, inline: Token, from: number, limit: number): number {
  const content = inline.content;
  // Locate each content line in the source (markdown-it strips indentation and markers).
  // The search never leaves the block's own lines, so a line that markdown-it rewrote
  // (tabs, say) costs no more than its block: no scan to the end of a large document.
  const lineMap: Array<{ c: number; s: number }> = [];
  const region = source.slice(from, limit);
  let cursor = 0;
  let c = 0;
  for (const line of content.split('\n')) {
    const at = line ? region.indexOf(line, cursor) : cursor;
    const s = from + (at >= 0 ? at : cursor);
    cursor = s - from;
    lineMap.push({ c, s });
    cursor += line.length;
    c += line.length + 1;
  }
  // Binary search: a paragraph of many lines has as many inline children (line breaks).
  const srcOf = (off: number): number => {
    let lo = 0;
    let hi = lineMap.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineMap[mid].c <= off) lo = mid; else hi = mid - 1;
    }
    return lineMap[lo].s + (off - lineMap[lo].c);
  };

  let pos = 0; // cursor in content
  let link: { start: number; href: string } | undefined;
  for (const child of inline.children ?? []) {
    switch (child.type) {
      case 'text': {
        const at = content.indexOf(child.content, pos);
        if (at >= 0) { b.append(child.content, srcOf(at)); pos = at + child.content.length; } else b.append(child.content, srcOf(pos), 0);
        break;
      }
      case 'text_special': {
        const at = content.indexOf(child.markup, pos);
        if (at >= 0) { b.append(child.content, srcOf(at), child.markup.length); pos = at + child.markup.length; } else b.append(child.content, srcOf(pos), 0);
        break;
      }
      case 'code_inline': {
        const at = content.indexOf(child.content, pos);
        if (at >= 0) { b.append(child.content, srcOf(at)); pos = at + child.content.length + child.markup.length; }
        break;
      }
      case 'softbreak':
      case 'hardbreak': {
        const at = content.indexOf('\n', pos);
        if (at >= 0) { b.append('\n', srcOf(at) , 0); pos = at + 1; }
        break;
      }
      case 'link_open':
        link = { start: b.offset, href: child.attrGet('href') ?? '' };
        pos = Math.max(pos, content.indexOf('[', pos) + 1);
        break;
      case 'link_close': {
        if (!link) break;
        const open = content.indexOf('](', pos);
        let hrefStart: number | undefined;
        let hrefEnd: number | undefined;
        if (open >= 0) {
          const close = content.indexOf(')', open + 2);
          const raw = close >= 0 ? content.slice(open + 2, close) : '';
          const target = raw.trim().split(/\s+/)[0] ?? '';
          const tAt = content.indexOf(target, open + 2);
          hrefStart = srcOf(tAt >= 0 ? tAt : open + 2);
          hrefEnd = hrefStart + (tAt >= 0 ? target.length : 0);
          pos = close >= 0 ? close + 1 : open + 2;
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
