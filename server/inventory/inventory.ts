// The workspace inventory: the third-party services a project's own code uses, read from its
// manifests and pages (manifests.ts) and mapped to the vendor catalogue (mapping.ts). Nothing in
// the workspace is executed or installed: files are read as text, and only these.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../../rules/model/sourceMap';
import type { InventoryItem } from '../../rules/rule';
import { vendorOfPackage, vendorOfUrl } from './mapping';
import { composerJson, gemfile, goMod, gradle, htmlPage, packageJson, podfile, pubspecYaml, pyprojectToml, requirementsTxt, scanTemplate, swiftPackages, versionCatalogue, type Declared } from './manifests';

/**
 * Folders never read: installed packages (as npm leaves node_modules out of a package), version
 * control, build output, vendored code, virtual environments; and tests, fixtures and examples, whose
 * manifests and pages are not the application's. Hidden folders (".git", ".next", ".venv") too.
 */
const SKIP_DIRS = new Set([
  'node_modules', 'bower_components', 'jspm_packages', 'dist', 'build', 'out', 'vendor', 'Pods', 'Carthage', 'DerivedData',
  'target', 'venv', 'env', '__pycache__', 'site-packages', 'coverage', 'tmp', 'temp',
  'test', 'tests', '__tests__', 'spec', 'e2e', 'fixtures', '__fixtures__', 'examples', 'example', 'samples', 'sample',
]);
/** Pages that no parser here reads as HTML: scanned for tags with literal URLs (scanTemplate). */
const TEMPLATE_EXTENSIONS = new Set(['.jsx', '.tsx', '.js', '.vue', '.svelte', '.astro', '.erb', '.ejs', '.hbs', '.handlebars', '.njk', '.liquid', '.php', '.twig', '.cshtml', '.razor', '.jinja', '.j2', '.mustache']);
/** Larger pages are bundles or generated files, not a page an author wrote. */
const MAX_PAGE_BYTES = 512 * 1024;
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Byte strings a page must hold to be worth decoding: most source files hold none. */
const PAGE_MARKERS = ['<script', '<Script', '<link', '<iframe'].map((s) => Buffer.from(s));

export interface Found {
  vendorId: string;
  /** Absolute path of the manifest or page. */
  path: string;
  line: number;
  character: number;
  length: number;
  text: string;
}

export interface WorkspaceInventory {
  root: string;
  /** Folders that hold a manifest (absolute), so that a policy finds its package. */
  packageRoots: Set<string>;
  /** Every use of a catalogue service, in file and line order. */
  found: Found[];
  /** How many files the walk looked at (for the bench). */
  files: number;
}

/** `catalogues`: Gradle's version catalogues, by the folder whose gradle/ holds one (found by the walk). */
type Reader = (text: string, file: string, catalogues: Map<string, string>) => Declared[];

/** The reader of a manifest by its file name; undefined for other files. */
function manifestReader(name: string): Reader | undefined {
  switch (name) {
    case 'package.json': return packageJson;
    case 'composer.json': return composerJson;
    case 'pyproject.toml': return pyprojectToml;
    case 'Gemfile': return gemfile;
    case 'go.mod': return goMod;
    case 'Podfile': return podfile;
    case 'Package.swift': return (t) => swiftPackages(t);
    case 'pubspec.yaml': return pubspecYaml;
    case 'build.gradle': case 'build.gradle.kts': return (t, file, catalogues) => gradle(t, catalogueFor(file, catalogues));
    default:
      // requirements.txt, requirements-prod.txt, requirements/base.txt; not the dev, test or docs ones.
      if (/^requirements(?:[-_.][\w.-]+)?\.txt$/.test(name) && !/dev|test|doc|lint|ci\b/i.test(name)) return requirementsTxt;
      return undefined;
  }
}

/** The version catalogue of a Gradle build file: gradle/libs.versions.toml in its folder or the nearest above. */
function catalogueFor(buildFile: string, catalogues: Map<string, string>): Map<string, string> {
  for (let dir = path.dirname(buildFile); ; dir = path.dirname(dir)) {
    const file = catalogues.get(dir);
    if (file) return versionCatalogue(readText(file, MAX_MANIFEST_BYTES) ?? '');
    if (path.dirname(dir) === dir) return new Map();
  }
}

function readText(file: string, limit: number): string | undefined {
  try {
    const buf = fs.readFileSync(file);
    return buf.length > limit ? undefined : buf.toString('utf8');
  } catch {
    return undefined;
  }
}

/** Walks `root` (no symbolic link is followed) and reads every manifest and page it holds. */
export function buildInventory(root: string): WorkspaceInventory {
  const abs = path.resolve(root);
  const manifests: Array<{ file: string; reader: Reader }> = [];
  const pages: Array<{ file: string; html: boolean }> = [];
  const packageRoots = new Set<string>();
  const catalogues = new Map<string, string>();
  let files = 0;
  const stack = [abs];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable: nothing to report for an inventory
    }
    for (const e of entries) {
      const name = e.name;
      if (e.isDirectory()) {
        if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
        stack.push(path.join(dir, name));
        continue;
      }
      if (!e.isFile()) continue;
      files++;
      const file = path.join(dir, name);
      const reader = manifestReader(name);
      if (reader) {
        manifests.push({ file, reader });
        packageRoots.add(dir);
        continue;
      }
      if (name === 'libs.versions.toml' && path.basename(dir) === 'gradle') { catalogues.set(path.dirname(dir), file); continue; }
      if (name === 'project.pbxproj' && dir.endsWith('.xcodeproj')) {
        // Inside an Xcode project (App.xcodeproj/): the folder that holds it is the package.
        manifests.push({ file, reader: (t) => swiftPackages(t, true) });
        packageRoots.add(path.dirname(dir));
        continue;
      }
      const dot = name.lastIndexOf('.');
      const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
      if (ext === '.html' || ext === '.htm') pages.push({ file, html: true });
      else if (TEMPLATE_EXTENSIONS.has(ext) && !name.endsWith('.min.js')) pages.push({ file, html: false });
    }
  }

  const found: Found[] = [];
  for (const { file, reader } of manifests) {
    const text = readText(file, MAX_MANIFEST_BYTES);
    if (text === undefined) continue;
    let lines: LineIndex | undefined;
    for (const d of reader(text, file, catalogues)) {
      const vendorId = vendorOfPackage(d.ecosystem, d.name);
      if (!vendorId) continue;
      lines ??= new LineIndex(text);
      found.push(evidence(vendorId, file, lines, d.start, d.end, d.name));
    }
  }
  for (const { file, html } of pages) {
    let buf: Buffer;
    try {
      buf = fs.readFileSync(file);
    } catch {
      continue;
    }
    if (buf.length > MAX_PAGE_BYTES || !PAGE_MARKERS.some((m) => buf.includes(m))) continue;
    const text = buf.toString('utf8');
    let lines: LineIndex | undefined;
    for (const l of html ? htmlPage(text) : scanTemplate(text)) {
      const vendorId = vendorOfUrl(l.url);
      if (!vendorId) continue;
      lines ??= new LineIndex(text);
      found.push(evidence(vendorId, file, lines, l.start, l.end, l.url.trim()));
    }
  }
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.character - b.character));
  return { root: abs, packageRoots, found, files };
}

function evidence(vendorId: string, file: string, lines: LineIndex, start: number, end: number, text: string): Found {
  const p = lines.position(start);
  const e = lines.position(end);
  return { vendorId, path: file, line: p.line, character: p.character, length: e.line === p.line ? e.character - p.character : text.length, text };
}

/**
 * The package a policy belongs to: the nearest folder above it that holds a manifest, within the
 * workspace (the workspace's folder when none does). A monorepo's apps each get their own inventory;
 * a policy at the top of the repository gets all of them.
 */
export function packageRootOf(ws: WorkspaceInventory, policyPath: string): string {
  for (let dir = path.dirname(path.resolve(policyPath)); ; dir = path.dirname(dir)) {
    if (ws.packageRoots.has(dir)) return dir;
    if (dir === ws.root || path.dirname(dir) === dir || !isInside(ws.root, dir)) return ws.root;
  }
}

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The inventory a policy is checked against: the services used under its package root, or under the
 * folders given (`roots`, absolute: an explicit mapping from the configuration). Files are named
 * relative to the package root in messages.
 */
export function inventoryForPolicy(ws: WorkspaceInventory, policyPath: string, roots?: string[]): InventoryItem[] {
  const under = roots?.length ? roots.map((r) => path.resolve(r)) : [packageRootOf(ws, policyPath)];
  const base = under.length === 1 ? under[0] : ws.root;
  return ws.found.filter((f) => under.some((r) => isInside(r, f.path))).map((f) => ({
    vendorId: f.vendorId,
    evidence: { path: f.path, label: path.relative(base, f.path).split(path.sep).join('/'), line: f.line, character: f.character, length: f.length, text: f.text },
  }));
}
