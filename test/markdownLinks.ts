// The links and images of a Markdown page as a reader's renderer finds them, for the tests that check
// where they point (test/links.test.ts, test/package.test.ts). Parsed by markdown-it, so that text in
// code spans and code blocks (a rule page's examples of broken links) is not taken for a link; raw
// HTML `href`/`src` attributes count, and so do bare https:// addresses, which GitHub links.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

const md = new MarkdownIt({ html: true, linkify: true });
// Only addresses with a scheme: GitHub does not link "README.md" or "example.com" in prose.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });

export interface PageLink {
  target: string;
  image: boolean;
  /** 1-based line of the block the link is in. */
  line: number;
}

function walk(tokens: Token[], line: number, out: PageLink[]): void {
  for (const t of tokens) {
    const at = t.map ? t.map[0] + 1 : line;
    if (t.type === 'link_open') out.push({ target: t.attrGet('href') ?? '', image: false, line: at });
    else if (t.type === 'image') out.push({ target: t.attrGet('src') ?? '', image: true, line: at });
    else if (t.type === 'html_inline' || t.type === 'html_block') {
      for (const m of t.content.matchAll(/<(a|img)\b[^>]*?\b(href|src)\s*=\s*["']([^"']*)["']/gi)) {
        out.push({ target: m[3], image: m[1].toLowerCase() === 'img', line: at });
      }
    }
    if (t.children) walk(t.children, at, out);
  }
}

export function pageLinks(markdown: string): PageLink[] {
  const out: PageLink[] = [];
  walk(md.parse(markdown, {}), 1, out);
  return out;
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const tokens = md.parse(markdown, {});
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.type !== 'heading_open') return;
    const text = (tokens[i + 1].children ?? []).filter((c) => c.type === 'text' || c.type === 'code_inline').map((c) => c.content).join('');
    const slug = text.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n ? `${slug}-${n}` : slug);
  });
  return anchors;
}

/** A target with a scheme (https:, mailto:, …) points outside the page's folder tree. */
export function isAbsolute(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

/** Where a relative target of `page` points (a path in the same tree, forward slashes; the page itself for a bare fragment), and its fragment. */
export function resolveTarget(page: string, target: string): { file: string; fragment: string } {
  const [beforeHash, fragment = ''] = target.split('#', 2);
  const file = beforeHash.split('?')[0];
  return { file: file ? path.posix.normalize(path.posix.join(path.posix.dirname(page), decodeURI(file))) : page, fragment: decodeURIComponent(fragment) };
}

/** Each relative link of `page` (a path relative to `root`) that names no file `exists` accepts, or no heading there. */
export function brokenLinks(root: string, page: string, text: string, exists: (file: string) => boolean, readPage: (file: string) => string = (f) => readFileSync(path.join(root, f), 'utf8')): string[] {
  const broken: string[] = [];
  for (const link of pageLinks(text)) {
    if (isAbsolute(link.target)) continue;
    const { file, fragment } = resolveTarget(page, link.target);
    if (file.startsWith('..') || !exists(file)) { broken.push(`${page}:${link.line}: ${link.target} (no file ${file})`); continue; }
    if (fragment && /\.md$/i.test(file) && !headingAnchors(readPage(file)).has(fragment)) broken.push(`${page}:${link.line}: ${link.target} (no heading #${fragment} in ${file})`);
  }
  return broken;
}
