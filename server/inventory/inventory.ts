// The workspace inventory: the third-party services a project's own code uses, read from its
// manifests and pages (manifests.ts) and mapped to the vendor catalogue (mapping.ts); a declared
// package counts where the source files under its manifest use it (sources.ts). Nothing in the
// workspace is executed or installed: files are read as text, and only these.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../../rules/model/sourceMap';
import type { InventoryItem } from '../../rules/rule';
import { declarationIsUse, ENDPOINT_SETTINGS, IMPORT_CHECKED, packageKey, vendorOfPackage, vendorOfUrl, type Ecosystem } from './mapping';
import { LANGUAGE_ECOSYSTEMS, MAX_SOURCE_BYTES, scanSource, sourceLanguage, type SourceLanguage, type SourceScan } from './sources';
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
  /**
   * Source files (absolute) whose imports or SDK settings concern a service the manifests declare:
   * a change of one of them, or of a file that comes to import one, can change the inventory.
   */
  sources: string[];
}

/** What a source file said, by path, with the version of the file it was read from (size and modification time). */
export type SourceCache = Map<string, { mtimeMs: number; size: number; scan: SourceScan | undefined }>;

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

/**
 * Walks `root` (no symbolic link is followed) and reads every manifest and page it holds, and the
 * source files under the package roots that declare a catalogue package. `cache` (kept by the
 * caller between builds, and updated here) spares reading a source file again at the same version.
 */
export function buildInventory(root: string, cache?: SourceCache): WorkspaceInventory {
  const abs = path.resolve(root);
  const manifests: Array<{ file: string; reader: Reader }> = [];
  const sources: Array<{ file: string; lang: SourceLanguage }> = [];
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
      const lang = sourceLanguage(name);
      if (lang) sources.push({ file, lang });
    }
  }

  const found: Found[] = [];
  const declared: DeclaredService[] = [];
  for (const { file, reader } of manifests) {
    const text = readText(file, MAX_MANIFEST_BYTES);
    if (text === undefined) continue;
    // An Xcode project's manifest is inside App.xcodeproj/: its package is the folder that holds that.
    const dir = path.basename(file) === 'project.pbxproj' ? path.dirname(path.dirname(file)) : path.dirname(file);
    let lines: LineIndex | undefined;
    for (const d of reader(text, file, catalogues)) {
      const vendorId = vendorOfPackage(d.ecosystem, d.name);
      if (!vendorId) continue;
      lines ??= new LineIndex(text);
      declared.push({ ...d, vendorId, dir, found: evidence(vendorId, file, lines, d.start, d.end, d.name) });
    }
  }
  // A page that is also a source file (JSX, Vue, …) is read once: the source pass keeps what the page pass needs.
  const pageFiles = new Map<string, Buffer | undefined>();
  for (const { file, html } of pages) if (!html) pageFiles.set(file, undefined);
  const used = usedServices(abs, declared, sources, cache, pageFiles);
  for (const d of used.declared) found.push(d.found);
  for (const { file, html } of pages) {
    let buf: Buffer | undefined;
    if (used.pagesRead.has(file)) {
      buf = pageFiles.get(file);
      if (!buf) continue; // read as a source file: no tag that loads anything
    } else {
      try {
        buf = fs.readFileSync(file);
      } catch {
        continue;
      }
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
  return { root: abs, packageRoots, found, files, sources: used.sources };
}

/** A catalogue package a manifest declares, with the folder of its manifest (its package root). */
interface DeclaredService { ecosystem: Ecosystem; name: string; autoRequire?: false; vendorId: string; dir: string; found: Found }

/** What the source files under one package root say, together. */
interface UnderRoot {
  /** The languages whose files can tell about the root's packages: their imports, or their SDK's settings. */
  wanted: Set<SourceLanguage>;
  /** Languages of which at least one source file is under the root. */
  languages: Set<SourceLanguage>;
  uses: Set<string>;
  bundlerRequire: boolean;
  /** vendor → where its SDK settings point. */
  endpoints: Map<string, { vendor: boolean; other: boolean }>;
}

/**
 * The declared packages that count as used (see docs/rules/processor-undisclosed-in-code.md, "What
 * counts as use"), and the source files that said so. A package of an ecosystem whose imports are
 * read counts when a source file under its manifest's folder imports it, when the package's
 * declaration is its use (a launcher, a native module), when Bundler.require loads it (a gem without
 * `require: false`, in a package root whose code calls Bundler.require), or when that folder holds no
 * source file of its language at all (a checkout of manifests alone: the declaration is all there
 * is to go by). Any package of a vendor whose SDK settings under that folder all point away from the
 * vendor (a Sentry DSN on another host, or naming a Sentry-compatible service) does not count: the
 * vendor does not receive the data. Only the source files under a root with such packages are read.
 */
function usedServices(
  root: string, declared: DeclaredService[], sources: Array<{ file: string; lang: SourceLanguage }>, cache: SourceCache | undefined,
  pageFiles: Map<string, Buffer | undefined>,
): { declared: DeclaredService[]; sources: string[]; pagesRead: Set<string> } {
  const pagesRead = new Set<string>();
  if (!declared.length) { cache?.clear(); return { declared, sources: [], pagesRead }; }
  const roots = new Map<string, UnderRoot>();
  const configurable = new Set(ENDPOINT_SETTINGS.map((e) => e.vendor));
  for (const d of declared) {
    let r = roots.get(d.dir);
    if (!r) roots.set(d.dir, (r = { wanted: new Set(), languages: new Set(), uses: new Set(), bundlerRequire: false, endpoints: new Map() }));
    for (const [lang, ecosystems] of Object.entries(LANGUAGE_ECOSYSTEMS) as Array<[SourceLanguage, readonly Ecosystem[]]>) {
      if (ecosystems.includes(d.ecosystem) && (IMPORT_CHECKED.has(d.ecosystem) || configurable.has(d.vendorId))) r.wanted.add(lang);
    }
  }
  const concerning: string[] = [];
  const seen = new Set<string>();
  for (const { file, lang } of sources) {
    // The package roots above this file that declare a catalogue package this file's language can tell about.
    const above: UnderRoot[] = [];
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      const r = roots.get(dir);
      if (r?.wanted.has(lang)) above.push(r);
      if (dir === root || path.dirname(dir) === dir) break;
    }
    if (!above.length) continue;
    for (const r of above) r.languages.add(lang);
    seen.add(file);
    const scan = readScan(file, lang, cache, pageFiles.has(file) ? (buf) => {
      // Kept for the page pass only where it holds a tag that may load something; a copy, as buf is reused.
      pagesRead.add(file);
      if (buf.length <= MAX_PAGE_BYTES && PAGE_MARKERS.some((m) => buf.includes(m))) pageFiles.set(file, Buffer.from(buf));
    } : undefined);
    if (!scan) continue;
    concerning.push(file);
    for (const r of above) {
      for (const u of scan.uses) r.uses.add(u);
      if (scan.bundlerRequire) r.bundlerRequire = true;
      for (const e of scan.endpoints) {
        const at = r.endpoints.get(e.vendor) ?? { vendor: false, other: false };
        at[e.points] = true;
        r.endpoints.set(e.vendor, at);
      }
    }
  }
  if (cache) for (const file of cache.keys()) if (!seen.has(file)) cache.delete(file);
  const kept = declared.filter((d) => {
    const r = roots.get(d.dir)!;
    const points = r.endpoints.get(d.vendorId);
    if (points?.other && !points.vendor) return false;
    if (!IMPORT_CHECKED.has(d.ecosystem) || declarationIsUse(d.ecosystem, d.name)) return true;
    const languages = [...r.languages].filter((l) => LANGUAGE_ECOSYSTEMS[l].includes(d.ecosystem));
    if (!languages.length) return true;
    if (d.ecosystem === 'rubygems' && r.bundlerRequire && d.autoRequire !== false) return true;
    return r.uses.has(packageKey(d.ecosystem, d.name));
  });
  return { declared: kept, sources: concerning, pagesRead };
}

/**
 * A source file's scan: from the cache when the file's size and modification time are those it was
 * read at; else read (`read` sees its bytes, for a page that is also a source file).
 */
function readScan(file: string, lang: SourceLanguage, cache: SourceCache | undefined, read?: (buf: Buffer) => void): SourceScan | undefined {
  let stat: fs.Stats | undefined;
  if (cache) {
    try { stat = fs.statSync(file); } catch { return undefined; }
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.scan;
  }
  const buf = readSmallFile(file);
  read?.(buf ?? Buffer.alloc(0));
  const scan = buf ? scanSource(buf, lang) : undefined;
  if (cache && stat) cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, scan });
  return scan;
}

/** One buffer for all the source files a build reads: most fit, and allocating one per file costs more than reading it. */
const SHARED = Buffer.alloc(64 * 1024);

/**
 * A file's bytes, in SHARED (valid until the next call) when they fit, else in a buffer of their own;
 * undefined when it cannot be read (gone, or unreadable: it says nothing) or is over MAX_SOURCE_BYTES.
 * Most files take one open, read and close.
 */
function readSmallFile(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const n = fs.readSync(fd, SHARED, 0, SHARED.length, 0);
    if (n < SHARED.length) return SHARED.subarray(0, n);
    const size = fs.fstatSync(fd).size;
    if (size > MAX_SOURCE_BYTES) return undefined;
    const whole = Buffer.alloc(size);
    return whole.subarray(0, fs.readSync(fd, whole, 0, size, 0));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
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
