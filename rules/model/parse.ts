import { parseHtml } from './html';
import { parseJsx } from './jsx';
import { parseMarkdown } from './markdown';
import { parseMdx } from './mdx';
import { parsePlaintext } from './plaintext';
import { parseTemplate } from './templates';
import type { PolicyDocument } from './document';
import type { Format } from './types';

export function parse(text: string, format: Format): PolicyDocument {
  switch (format) {
    case 'markdown': return parseMarkdown(text);
    case 'html': return parseHtml(text);
    case 'plaintext': return parsePlaintext(text);
    case 'jsx': return parseJsx(text);
    case 'mdx': return parseMdx(text);
    default: return parseTemplate(text, format);
  }
}

const EXTENSIONS: Record<string, Format> = {
  '.md': 'markdown', '.markdown': 'markdown', '.mdown': 'markdown', '.mkd': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.txt': 'plaintext', '.text': 'plaintext',
  '.jsx': 'jsx', '.tsx': 'jsx', '.mdx': 'mdx', '.vue': 'vue', '.svelte': 'svelte',
  '.erb': 'erb', '.twig': 'twig', '.j2': 'jinja', '.jinja': 'jinja', '.jinja2': 'jinja', '.njk': 'jinja', '.nunjucks': 'jinja',
  '.hbs': 'handlebars', '.handlebars': 'handlebars', '.mustache': 'handlebars', '.liquid': 'liquid', '.php': 'php',
};

/** Formats of components and templates: files of these are linted only when they are policies (by path or content). */
export const COMPONENT_FORMATS: ReadonlySet<Format> = new Set<Format>(['jsx', 'mdx', 'vue', 'svelte', 'erb', 'twig', 'blade', 'jinja', 'handlebars', 'liquid', 'php']);

/** The format of a file by its name; undefined for files PolicyLint does not read. */
export function formatOfPath(path: string): Format | undefined {
  const m = /\.[A-Za-z0-9]+$/.exec(path);
  if (!m) return undefined;
  const ext = m[0].toLowerCase();
  if (ext === '.php' && path.toLowerCase().endsWith('.blade.php')) return 'blade';
  return Object.prototype.hasOwnProperty.call(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
}

const LANGUAGES: Record<string, Format> = {
  markdown: 'markdown', html: 'html', plaintext: 'plaintext',
  javascriptreact: 'jsx', typescriptreact: 'jsx', mdx: 'mdx', vue: 'vue', svelte: 'svelte',
  erb: 'erb', twig: 'twig', blade: 'blade', jinja: 'jinja', 'jinja-html': 'jinja', 'django-html': 'jinja', nunjucks: 'jinja',
  handlebars: 'handlebars', liquid: 'liquid', php: 'php',
};

/** The editor language ids of the component and template formats (the extension's document selector lists the same). */
export const COMPONENT_LANGUAGES = Object.keys(LANGUAGES).filter((l) => COMPONENT_FORMATS.has(LANGUAGES[l]));

/** The format of an editor language id. */
export function formatOfLanguage(languageId: string): Format | undefined {
  return Object.prototype.hasOwnProperty.call(LANGUAGES, languageId) ? LANGUAGES[languageId] : undefined;
}

/** For text of unknown origin (stdin): HTML if it starts like HTML, else plain text. */
export function sniffFormat(text: string): Format {
  return /^\s*(<!doctype html|<html|<body|<(p|div|h[1-6])[\s>])/i.test(text) ? 'html' : 'plaintext';
}
