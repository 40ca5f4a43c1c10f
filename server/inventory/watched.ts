// The files whose change can change a workspace inventory (inventory.ts), for the language server's
// file watchers. Manifests are always watched; pages (HTML and the templates scanned for script tags)
// and source files too, but a changed page rebuilds the inventory only when it loads, or loaded,
// something, and a source file only when it imports, or imported, a catalogue package or sets an
// SDK's endpoint (see lsp/inventories.ts). test/serverInventory.test.ts checks these lists against buildInventory.
import { MAX_SOURCE_BYTES, scanSource, SOURCE_EXTENSIONS, sourceLanguage } from './sources';

/** Manifest file names read by buildInventory (requirements*.txt apart), and the Gradle catalogue and Xcode project it reads too. */
export const MANIFEST_NAMES = [
  'package.json', 'composer.json', 'pyproject.toml', 'Gemfile', 'go.mod', 'Podfile', 'Package.swift', 'pubspec.yaml',
  'build.gradle', 'build.gradle.kts', 'libs.versions.toml', 'project.pbxproj',
];

/** Extensions of the pages buildInventory scans for <script>, <link> and <iframe> tags. */
export const PAGE_EXTENSIONS = [
  'html', 'htm', 'jsx', 'tsx', 'js', 'vue', 'svelte', 'astro', 'erb', 'ejs', 'hbs', 'handlebars', 'njk', 'liquid', 'php',
  'twig', 'cshtml', 'razor', 'jinja', 'j2', 'mustache',
];

/** Extensions of the source files buildInventory reads for imports and SDK settings that are no page. */
export const SOURCE_ONLY_EXTENSIONS = Object.keys(SOURCE_EXTENSIONS).map((e) => e.slice(1)).filter((e) => !PAGE_EXTENSIONS.includes(e));

/** Glob patterns for workspace/didChangeWatchedFiles (LSP 3.17 glob syntax: `{a,b}` groups). PAGE_GLOB covers the source files too. */
export const MANIFEST_GLOB = `**/{${MANIFEST_NAMES.join(',')},requirements*.txt}`;
export const PAGE_GLOB = `**/*.{${[...PAGE_EXTENSIONS, ...SOURCE_ONLY_EXTENSIONS].join(',')}}`;

/** Byte strings a page must hold for buildInventory to read it (its PAGE_MARKERS). */
export const PAGE_MARKERS = ['<script', '<Script', '<link', '<iframe'];

const PAGE_EXT = new Set(PAGE_EXTENSIONS.map((e) => `.${e}`));

const baseName = (file: string) => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

/** What a changed file is to the inventory: a manifest, a page (which may also be a source file), a source file, or nothing. */
export function watchedKind(file: string): 'manifest' | 'page' | 'source' | undefined {
  const name = baseName(file);
  if (MANIFEST_NAMES.includes(name) || /^requirements.*\.txt$/.test(name)) return 'manifest';
  const dot = name.lastIndexOf('.');
  if (dot > 0 && PAGE_EXT.has(name.slice(dot).toLowerCase())) return 'page';
  return sourceLanguage(name) ? 'source' : undefined;
}

/**
 * Whether a page or source file, as its bytes now are, can change the inventory: a page that loads
 * something (PAGE_MARKERS), a source file that imports a catalogue package or sets an SDK's endpoint
 * (what buildInventory would read from it). A file that did so before the change is the caller's to tell.
 */
export function mayChangeInventory(file: string, buf: Buffer): boolean {
  const name = baseName(file);
  const dot = name.lastIndexOf('.');
  if (dot > 0 && PAGE_EXT.has(name.slice(dot).toLowerCase()) && buf.length <= MAX_SOURCE_BYTES && PAGE_MARKERS.some((m) => buf.includes(m))) return true;
  const lang = sourceLanguage(name);
  return !!lang && buf.length <= MAX_SOURCE_BYTES && scanSource(buf, lang) !== undefined;
}
