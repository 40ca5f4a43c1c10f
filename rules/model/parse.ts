import { parseHtml } from './html';
import { parseMarkdown } from './markdown';
import { parsePlaintext } from './plaintext';
import type { PolicyDocument } from './document';
import type { Format } from './types';

export function parse(text: string, format: Format): PolicyDocument {
  switch (format) {
    case 'markdown': return parseMarkdown(text);
    case 'html': return parseHtml(text);
    default: return parsePlaintext(text);
  }
}

const EXTENSIONS: Record<string, Format> = {
  '.md': 'markdown', '.markdown': 'markdown', '.mdown': 'markdown', '.mkd': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.txt': 'plaintext', '.text': 'plaintext',
};

/** The format of a file by its name; undefined for files PolicyLint does not read. */
export function formatOfPath(path: string): Format | undefined {
  const m = /\.[A-Za-z]+$/.exec(path);
  return m ? EXTENSIONS[m[0].toLowerCase()] : undefined;
}

/** The format of an editor language id. */
export function formatOfLanguage(languageId: string): Format | undefined {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'html') return 'html';
  if (languageId === 'plaintext') return 'plaintext';
  return undefined;
}

/** For text of unknown origin (stdin): HTML if it starts like HTML, else plain text. */
export function sniffFormat(text: string): Format {
  return /^\s*(<!doctype html|<html|<body|<(p|div|h[1-6])[\s>])/i.test(text) ? 'html' : 'plaintext';
}
