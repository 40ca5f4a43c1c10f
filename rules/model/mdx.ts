// MDX: Markdown with JSX and JavaScript. Read by the Markdown parser (markdown-it) after its
// JavaScript is masked, character for character: ESM (`import`/`export` paragraphs) and
// `{/* comments */}` become white space, an expression (`{props.company}`) one opaque word. JSX
// tags are HTML to markdown-it (its HTML blocks are read by the HTML parser, as in Markdown), so
// <Callout>…</Callout> is a box of text and its attributes are ignored. Code is left as written:
// braces in a code span or fence are text in MDX too.
import type { PolicyDocument } from './document';
import { escapeBraces } from './jsx';
import { parseMarkdown } from './markdown';
import { maskTags, templateEditGuard, type TemplateTag } from './templates';
import type { Edit } from './types';

/** How far an expression may reach before the scanner takes its brace for text. */
const MAX_EXPRESSION = 4000;

export function parseMdx(source: string): PolicyDocument {
  const tags = mdxCode(source);
  const doc = parseMarkdown(source, maskTags(source, tags), 'mdx');
  // Its raw HTML's guard (markdown.ts) after its own.
  const htmlGuard = doc.editGuard;
  doc.editGuard = (e) => {
    const g = mdxEditGuard(tags, source, e);
    return g && htmlGuard ? htmlGuard(g) : g;
  };
  return doc;
}

/** The JavaScript of an MDX file (ESM blocks, expressions), in order, by one pass over its lines. */
export function mdxCode(src: string): TemplateTag[] {
  const tags: TemplateTag[] = [];
  const n = src.length;
  let at = 0;
  let fence = '';
  let paragraphStart = true;
  while (at < n) {
    let eol = src.indexOf('\n', at);
    if (eol < 0) eol = n;
    const line = src.slice(at, eol);
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && !line.slice(line.indexOf(fenceMark) + fenceMark.length).trim()) fence = '';
      at = eol + 1;
      continue;
    }
    if (fenceMark) { fence = fenceMark; at = eol + 1; paragraphStart = false; continue; }
    if (paragraphStart && /^(?:import|export)\b/.test(line)) {
      // ESM: up to the next blank line.
      let end = eol;
      while (end < n) {
        const next = src.indexOf('\n', end + 1);
        const nextLine = src.slice(end + 1, next < 0 ? n : next);
        if (!nextLine.trim()) break;
        end = next < 0 ? n : next;
      }
      tags.push({ start: at, end, output: false });
      at = end + 1;
      paragraphStart = true;
      continue;
    }
    paragraphStart = !line.trim();
    // Expressions on this line (one may run over several lines); code spans are text.
    let i = at;
    let lineEnd = eol;
    while (i < lineEnd) {
      const c = src.charCodeAt(i);
      if (c === 96 /* ` */) {
        let k = i;
        while (k < lineEnd && src.charCodeAt(k) === 96) k++;
        const close = src.indexOf(src.slice(i, k), k);
        i = close >= 0 && close < lineEnd ? close + (k - i) : k;
        continue;
      }
      if (c === 92 /* \ */) { i += 2; continue; }
      if (c === 123 /* { */) {
        const end = braceEnd(src, i);
        if (end > 0) {
          tags.push({ start: i, end, output: !/^\{\s*\/\*[\s\S]*\*\/\s*\}$/.test(src.slice(i, end)) });
          i = end;
          if (end > lineEnd) { lineEnd = src.indexOf('\n', end); if (lineEnd < 0) lineEnd = n; eol = lineEnd; }
          continue;
        }
      }
      i++;
    }
    at = eol + 1;
  }
  return tags;
}

function braceEnd(src: string, at: number): number {
  let depth = 0;
  let quote = '';
  const limit = Math.min(src.length, at + MAX_EXPRESSION);
  for (let i = at; i < limit; i++) {
    const ch = src[i];
    if (quote) { if (ch === '\\') i++; else if (ch === quote) quote = ''; continue; }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** As for templates: never inside the JavaScript; braces written by a fix are escaped, and no JSX is written. */
function mdxEditGuard(tags: TemplateTag[], source: string, e: Edit): Edit | undefined {
  if (/<[A-Za-z/]/.test(e.newText)) return undefined;
  const kept = templateEditGuard(tags, source, { ...e, newText: '' });
  return kept && { ...e, newText: escapeBraces(e.newText, (c) => `\\${c}`) };
}

