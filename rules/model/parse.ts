import { parseHtml } from './html';
import { parseJsx } from './jsx';
import { parseMarkdown } from './markdown';
import { parsePlaintext } from './plaintext';
import type { PolicyDocument } from './document';
import type { Format } from './types';

export function parse(text: string, format: Format): PolicyDocument {
  switch (format) {
    case 'markdown': return parseMarkdown(text);
    case 'html': return parseHtml(text);
    case 'plaintext': return parsePlaintext(text);
    case 'jsx': return parseJsx(text);
    default: return parsePlaintext(text);
  }
}

const EXTENSIONS: Record<string, Format> = {
  '.md': 'markdown', '.markdown': 'markdown', '.mdown': 'markdown', '.mkd': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.txt': 'plaintext', '.text': 'plaintext',
  '.jsx': 'jsx', '.tsx': 'jsx',
};

/** Formats of components and templates: files of these are linted only when they are policies (by path or content). */
export const COMPONENT_FORMATS: ReadonlySet<Format> = new Set<Format>(['jsx', 'mdx', 'vue', 'svelte', 'erb', 'twig', 'blade', 'jinja', 'handlebars', 'liquid', 'php']);

/** The format of a file by its name; undefined for files PolicyLint does not read. */
export function formatOfPath(path: string): Format | undefined {
  const m = /\.[A-Za-z0-9]+$/.exec(path);
  return m ? EXTENSIONS[m[0].toLowerCase()] : undefined;
}

const LANGUAGES: Record<string, Format> = {
  markdown: 'markdown', html: 'html', plaintext: 'plaintext',
  javascriptreact: 'jsx', typescriptreact: 'jsx',
};

/** The format of an editor language id. */
export function formatOfLanguage(languageId: string): Format | undefined {
  return Object.prototype.hasOwnProperty.call(LANGUAGES, languageId) ? LANGUAGES[languageId] : undefined;
}

/** For text of unknown origin (stdin): HTML if it starts like HTML, else plain text. */
export function sniffFormat(text: string): Format {
  return /^\s*(<!doctype html|<html|<body|<(p|div|h[1-6])[\s>])/i.test(text) ? 'html' : 'plaintext';
}
