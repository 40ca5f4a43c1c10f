// HTML-based server templates (ERB, Twig, Blade, Jinja/Nunjucks, Handlebars/Mustache, Liquid, PHP
// pages that are mostly HTML) and the markup of Vue and Svelte components. Their template tags are
// found by a scanner of each language's delimiters (one pass, each tag's extent only: the tags
// are opaque, so nothing inside them needs parsing), then masked to the same length: a tag that
// prints something (`<%= @company %>`, `{{ site.name }}`, `{companyName}`) becomes one opaque
// word, a control tag or comment (`{% if %}`, `<% end %>`, `@csrf`) white space. The masked text
// is read by the HTML parser (htmlparser2), so offsets stay those of the file, and fixes never
// touch a tag (templateEditGuard).
import { OPAQUE } from './document';
import { parseHtml } from './html';
import { frontMatterEnd } from './markdown';
import type { PolicyDocument } from './document';
import type { Edit, Format } from './types';

export interface TemplateTag { start: number; end: number; output: boolean }
type TagDialect = Exclude<Format, 'plaintext' | 'markdown' | 'html' | 'jsx' | 'mdx'>;

/** Blade directives that print text; every other `@directive` is control. */
const BLADE_OUTPUT = new Set(['lang', 'choice', 'yield', 'json', 'money', 'date', 'datetime', 'config', 'route', 'url', 'asset', 'trans']);
/** How far a Blade directive's arguments or a Svelte block may reach before the scanner gives up on it. */
const MAX_ARGS = 2000;

export function parseTemplate(source: string, dialect: TagDialect): PolicyDocument {
  const tags = templateTags(source, dialect);
  const doc = parseHtml(source, { masked: maskTags(source, tags), sourceFormat: dialect, vueRoot: dialect === 'vue' });
  doc.editGuard = (e) => templateEditGuard(tags, source, e);
  return doc;
}

/** The source with each tag replaced, character for character (line breaks kept): output tags by OPAQUE, the rest by spaces. */
export function maskTags(source: string, tags: TemplateTag[]): string {
  if (!tags.length) return source;
  const parts: string[] = [];
  let at = 0;
  for (const t of tags) {
    parts.push(source.slice(at, t.start));
    let run = '';
    for (let i = t.start; i < t.end; i++) {
      const c = source.charCodeAt(i);
      run += c === 10 || c === 13 ? source[i] : t.output ? OPAQUE : ' ';
    }
    parts.push(run);
    at = t.end;
  }
  parts.push(source.slice(at));
  return parts.join('');
}

/** The template tags of a file, in order, by one pass over it. */
export function templateTags(src: string, dialect: TagDialect): TemplateTag[] {
  const tags: TemplateTag[] = [];
  /** Closers searched for in vain: no later opener can find them either (keeps the scan linear). */
  const missing = new Set<string>();
  const closeAt = (closer: string, from: number): number => {
    if (missing.has(closer)) return -1;
    const i = src.indexOf(closer, from);
    if (i < 0) missing.add(closer);
    return i < 0 ? -1 : i + closer.length;
  };
  const erb = dialect === 'erb';
  const php = dialect === 'php' || dialect === 'blade';
  const curly = dialect !== 'erb' && dialect !== 'php' && dialect !== 'svelte';
  const percent = dialect === 'twig' || dialect === 'jinja' || dialect === 'liquid';
  const n = src.length;
  let i = 0;
  // Front matter (Jekyll, Eleventy) is the generator's, not the page's.
  const fm = frontMatterEnd(src);
  if (fm) { tags.push({ start: 0, end: fm, output: false }); i = fm; }
  while (i < n) {
    const c = src.charCodeAt(i);
    let end = -1;
    let output = false;
    if (c === 60 /* < */) {
      if (erb && src.charCodeAt(i + 1) === 37 /* % */ && src.charCodeAt(i + 2) !== 37) {
        end = closeAt('%>', i + 2);
        output = src[i + 2] === '=' || src[i + 2] === '-';
      } else if ((php || erb) && src.charCodeAt(i + 1) === 63 /* ? */ && /^(?:php\b|=|\s)/i.test(src.slice(i + 2, i + 6))) {
        end = closeAt('?>', i + 2);
        if (end < 0) end = n; // a PHP file may end inside its last block
        output = src[i + 2] === '=' || /^php\s+(?:echo|print)\b/i.test(src.slice(i + 2, i + 16));
      } else if ((dialect === 'svelte' || dialect === 'vue') && /^(?:script|style)\b/i.test(src.slice(i + 1, i + 7))) {
        // A component's script and style are not markup: their braces are not template tags.
        const close = src.slice(i + 1, i + 7).toLowerCase().startsWith('script') ? '</script' : '</style';
        const at = src.toLowerCase().indexOf(close, i);
        i = at < 0 ? n : at + close.length;
        continue;
      }
    } else if (c === 123 /* { */) {
      const d = src.charCodeAt(i + 1);
      if (dialect === 'svelte') {
        end = balancedEnd(src, i);
        output = end > 0 && !/^\{\s*[#:/]|^\{\s*@(?:const|debug)\b/.test(src.slice(i, i + 10));
      } else if (curly && d === 123) {
        if (dialect === 'blade' && src.startsWith('{{--', i)) end = closeAt('--}}', i + 4);
        else if (dialect === 'handlebars' && src.startsWith('{{!--', i)) end = closeAt('--}}', i + 5);
        else if (dialect === 'handlebars' && src.charCodeAt(i + 2) === 123) { end = closeAt('}}}', i + 3); output = true; } else {
          end = closeAt('}}', i + 2);
          output = dialect !== 'handlebars' || !/^\{\{~?\s*(?:[#/^>!]|else\b)/.test(src.slice(i, i + 10));
          if (dialect === 'blade' && i > 0 && src.charCodeAt(i - 1) === 64 /* @{{ prints "{{" */) end = -1;
        }
      } else if (percent && d === 37) {
        end = closeAt('%}', i + 2);
        // A comment block is one tag to its end tag: its text is not the page's.
        if (end > 0 && /^\{%-?\s*comment\s*-?%\}$/.test(src.slice(i, end))) {
          const close = closeAt('endcomment', end);
          const closeEnd = close < 0 ? -1 : src.indexOf('%}', close);
          if (closeEnd > 0) end = closeEnd + 2;
        }
      }
      else if ((dialect === 'twig' || dialect === 'jinja') && d === 35 /* # */) end = closeAt('#}', i + 2);
      else if (dialect === 'blade' && d === 33 && src.charCodeAt(i + 2) === 33) { end = closeAt('!!}', i + 3); output = true; }
    } else if (c === 64 /* @ */ && dialect === 'blade' && (i === 0 || !/[\w@]/.test(src[i - 1]))) {
      const name = /^[A-Za-z]\w*/.exec(src.slice(i + 1, i + 40))?.[0];
      if (name && !(src[i + 1 + name.length] === '.' && /\w/.test(src[i + 2 + name.length] ?? ''))) {
        end = i + 1 + name.length;
        let k = end;
        while (k < n && (src[k] === ' ' || src[k] === '\t')) k++;
        if (src[k] === '(') { const close = balancedEnd(src, k, '(', ')'); if (close > 0) end = close; }
        output = BLADE_OUTPUT.has(name.toLowerCase());
        if (name === 'php' && src[end] !== '(') { const close = closeAt('@endphp', end); if (close > 0) end = close; }
      }
    }
    if (end > i) { tags.push({ start: i, end, output }); i = end; } else i++;
  }
  return tags;
}

/** End of a bracketed expression opened at `at` (quotes respected), or -1 when it does not close within MAX_ARGS. */
function balancedEnd(src: string, at: number, open = '{', close = '}'): number {
  let depth = 0;
  let quote = '';
  const limit = Math.min(src.length, at + MAX_ARGS);
  for (let i = at; i < limit; i++) {
    const ch = src[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === open) depth++;
    else if (ch === close && --depth === 0) return i + 1;
  }
  return -1;
}

/** A fix may not touch a template tag, nor write one. Tags are sorted: a binary search finds the one at or before the edit. */
export function templateEditGuard(tags: TemplateTag[], source: string, e: Edit): Edit | undefined {
  let lo = 0;
  let hi = tags.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tags[mid].start < e.end || (e.start === e.end && tags[mid].start <= e.start)) { k = mid; lo = mid + 1; } else hi = mid - 1;
  }
  // The last tag starting before the edit's end must end at or before its start.
  if (k >= 0 && tags[k].end > e.start && !(e.start === e.end && tags[k].start === e.start)) return undefined;
  if (/<%|%>|\{\{|\}\}|\{%|%\}|<\?|\?>|\{#|#\}/.test(e.newText)) return undefined;
  void source;
  return e;
}
