// The files whose change can change a workspace inventory (inventory.ts), for the language server's
// file watchers. Manifests are always watched; pages (HTML and the templates scanned for script tags)
// too, but a changed page rebuilds the inventory only when it loads, or loaded, something
// (see lsp/inventories.ts). test/serverInventory.test.ts checks these lists against buildInventory.

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

/** Glob patterns for workspace/didChangeWatchedFiles (LSP 3.17 glob syntax: `{a,b}` groups). */
export const MANIFEST_GLOB = `**/{${MANIFEST_NAMES.join(',')},requirements*.txt}`;
export const PAGE_GLOB = `**/*.{${PAGE_EXTENSIONS.join(',')}}`;

/** Byte strings a page must hold for buildInventory to read it (its PAGE_MARKERS). */
export const PAGE_MARKERS = ['<script', '<Script', '<link', '<iframe'];

const PAGE_EXT = new Set(PAGE_EXTENSIONS.map((e) => `.${e}`));

/** What a changed file is to the inventory: a manifest, a page, or nothing. */
export function watchedKind(file: string): 'manifest' | 'page' | undefined {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  if (MANIFEST_NAMES.includes(name) || /^requirements.*\.txt$/.test(name)) return 'manifest';
  const dot = name.lastIndexOf('.');
  return dot > 0 && PAGE_EXT.has(name.slice(dot).toLowerCase()) ? 'page' : undefined;
}
