// Readers of the files a project already has, each a pure function of the file's text: which
// packages it declares as the application's own runtime dependencies, and which third-party
// scripts, style sheets and frames its pages load. Offsets index the text.
//
// JSON, TOML and YAML are read by their parsers (jsonc-parser, smol-toml, yaml). The other formats
// are programs (a Gemfile and a Podfile are Ruby, build.gradle is Groovy or Kotlin, Package.swift is
// Swift) or line formats (requirements.txt, go.mod): running them is out of the question (nothing
// from the workspace is ever executed) and no parser package reads them as data, so careful line
// tokenizers take the declarations written the usual way, and pass over what they cannot be sure of
// (a dependency computed by code is missed, never invented). JSX/TSX pages are scanned for a
// <script>/<Script>/<link>/<iframe> tag whose src or href is a string literal; HTML is parsed by htmlparser2.
import { parseTree, type Node } from 'jsonc-parser';
import { Parser } from 'htmlparser2';
import { parse as parseToml } from 'smol-toml';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Ecosystem } from './mapping';

/**
 * A package the manifest declares. `autoRequire: false`: a gem that Bundler.require does not load
 * (`require: false` in the Gemfile); the code must require it itself.
 */
export interface Declared { ecosystem: Ecosystem; name: string; start: number; end: number; autoRequire?: false }
/** A URL a page loads (script src, style sheet or frame). */
export interface Loaded { url: string; start: number; end: number }

// ---------------------------------------------------------------- JSON manifests

function jsonTree(text: string): Node | undefined {
  return parseTree(text.replace(/^\uFEFF/, ' '), [], { allowTrailingComma: true, disallowComments: false });
}

/** The keys of an object property of `root`, as declarations (the key's text without its quotes). */
function objectKeys(root: Node | undefined, property: string, ecosystem: Ecosystem): Declared[] {
  const prop = root?.type === 'object' ? root.children?.find((p) => p.children?.[0]?.value === property) : undefined;
  const obj = prop?.children?.[1];
  if (obj?.type !== 'object') return [];
  return (obj.children ?? []).flatMap((p) => {
    const key = p.children?.[0];
    return key && typeof key.value === 'string' ? [{ ecosystem, name: key.value, start: key.offset + 1, end: key.offset + key.length - 1 }] : [];
  });
}

/**
 * package.json: `dependencies` and `optionalDependencies` are what the application runs with.
 * `devDependencies` are build and test tools, except in a package with no `dependencies` at all:
 * an application whose bundler takes everything from devDependencies (SvelteKit's template does).
 * Only direct dependencies count: a package another package pulls in (the lockfile's other entries,
 * node_modules) is that package's business, and the lockfile is not needed to tell them apart.
 */
export function packageJson(text: string): Declared[] {
  const root = jsonTree(text);
  const runtime = [...objectKeys(root, 'dependencies', 'npm'), ...objectKeys(root, 'optionalDependencies', 'npm')];
  return runtime.length ? runtime : objectKeys(root, 'devDependencies', 'npm');
}

/** composer.json: `require` (not `require-dev`), without the platform packages (php, ext-*, lib-*). */
export function composerJson(text: string): Declared[] {
  return objectKeys(jsonTree(text), 'require', 'packagist').filter((d) => d.name.includes('/'));
}

// ---------------------------------------------------------------- line formats

/** Each line of `text` with its start offset. */
function* lines(text: string): Generator<{ line: string; at: number }> {
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    yield { line: text.slice(at, end).replace(/\r$/, ''), at };
    at = end + 1;
  }
}

const PEP508_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;

/**
 * requirements.txt: one requirement a line ("sentry-sdk[flask]==2.1 ; python_version>'3'", "name @ url").
 * Options (-r, -e, --hash …), bare URLs and paths are passed over; nothing they point to is read.
 */
export function requirementsTxt(text: string): Declared[] {
  const out: Declared[] = [];
  for (const { line, at } of lines(text)) {
    const lead = line.length - line.trimStart().length;
    const rest = line.slice(lead);
    if (!rest || rest.startsWith('#') || rest.startsWith('-')) continue;
    const m = PEP508_NAME.exec(rest);
    // A name ends at a specifier, extras, a marker, a comment or the line's end; "git+https://…" is no name.
    if (!m || !/^(?:$|[\s[<>=!~;@#,(])/.test(rest.slice(m[0].length))) continue;
    out.push({ ecosystem: 'pypi', name: m[0], start: at + lead, end: at + lead + m[0].length });
  }
  return out;
}

/**
 * pyproject.toml: PEP 621 `[project] dependencies`, and Poetry's `[tool.poetry.dependencies]`
 * (not its dev groups, nor optional extras). smol-toml gives values, not positions: each name is
 * then found in the text, as the string that declares it (the first such place).
 */
export function pyprojectToml(text: string): Declared[] {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch {
    return [];
  }
  const out: Declared[] = [];
  const project = doc.project as { dependencies?: unknown } | undefined;
  if (Array.isArray(project?.dependencies)) {
    for (const spec of project.dependencies) {
      if (typeof spec !== 'string') continue;
      const name = PEP508_NAME.exec(spec.trim())?.[0];
      if (!name) continue;
      const at = findQuoted(text, spec);
      out.push({ ecosystem: 'pypi', name, start: at, end: at + name.length });
    }
  }
  const poetry = ((doc.tool as Record<string, unknown> | undefined)?.poetry as { dependencies?: Record<string, unknown> } | undefined)?.dependencies;
  if (poetry && typeof poetry === 'object') {
    const table = text.indexOf('[tool.poetry.dependencies]');
    for (const name of Object.keys(poetry)) {
      if (name.toLowerCase() === 'python') continue;
      const at = findKey(text, name, Math.max(0, table));
      out.push({ ecosystem: 'pypi', name, start: at, end: at + name.length });
    }
  }
  return out;
}

/** Where a TOML string with this value starts (its first character after the quote); 0 when not found. */
function findQuoted(text: string, value: string): number {
  for (const q of ['"', "'"]) {
    const i = text.indexOf(q + value + q);
    if (i >= 0) return i + 1 + (value.length - value.trimStart().length);
  }
  return 0;
}

/** Where a TOML key is written at the start of a line, after `from`; 0 when not found. */
function findKey(text: string, key: string, from: number): number {
  for (let i = text.indexOf(key, from); i >= 0; i = text.indexOf(key, i + 1)) {
    const before = text.lastIndexOf('\n', i - 1) + 1;
    if (/^\s*["']?$/.test(text.slice(before, i)) && /^["']?\s*=/.test(text.slice(i + key.length, i + key.length + 40))) return i;
  }
  return 0;
}

/** The string literal that starts a line's arguments: `'name'` or `"name"` after `pattern`. */
function quotedAfter(line: string, from: number): { value: string; start: number } | undefined {
  let i = from;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '(')) i++;
  const q = line[i];
  if (q !== '"' && q !== "'") return undefined;
  const end = line.indexOf(q, i + 1);
  return end > i + 1 ? { value: line.slice(i + 1, end), start: i + 1 } : undefined;
}

/**
 * A block structure of Ruby for Gemfile and Podfile: which `do … end` (and `if … end`) blocks a line
 * is in, so that gems of `group :development, :test do` and pods of a test target are passed over.
 */
class RubyBlocks {
  private readonly stack: boolean[] = []; // true: a block whose declarations are not the application's
  get skipped(): boolean { return this.stack.includes(true); }
  /** Reads one line (comments removed); returns whether it opened or closed a block. */
  read(code: string, skipsBlock: (code: string) => boolean): boolean {
    const t = code.trim();
    if (/^end\b/.test(t)) { this.stack.pop(); return true; }
    if (/\bdo(?:\s*\|[^|]*\|)?$/.test(t) || /^(?:if|unless|case|begin|while|until|def|class|module)\b/.test(t)) {
      this.stack.push(skipsBlock(t));
      return true;
    }
    return false;
  }
}

/** A Ruby line without its comment (a `#` outside quotes). */
function rubyCode(line: string): string {
  let q = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) { if (c === q) q = ''; } else if (c === '"' || c === "'") q = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

const DEV_GROUPS = /^:?(?:development|test|dev|ci|lint|rubocop|tools)$/;

/**
 * Gemfile: `gem 'name'` lines, except in `group :development, :test do … end` or with `group: :test`;
 * `require: false` (or `:require => false`) is kept as autoRequire: false.
 */
export function gemfile(text: string): Declared[] {
  const out: Declared[] = [];
  const blocks = new RubyBlocks();
  const devOnly = (groups: string) => {
    const names = groups.split(/[\s,()[\]]+/).filter((g) => g && !/^(?:group|groups|do|\|.*)$/.test(g));
    return names.length > 0 && names.every((g) => DEV_GROUPS.test(g.replace(/^["']|["']$/g, '')));
  };
  for (const { line, at } of lines(text)) {
    const code = rubyCode(line);
    if (blocks.read(code, (t) => /^group\b/.test(t) && devOnly(t.replace(/\bdo(?:\s*\|[^|]*\|)?$/, '')))) continue;
    const m = /^(\s*)gem\b/.exec(code);
    if (!m || blocks.skipped) continue;
    const q = quotedAfter(code, m[0].length);
    if (!q) continue;
    const rest = code.slice(q.start + q.value.length);
    const opts = /\bgroups?:\s*(\[[^\]]*\]|:\w+|["'][^"']*["'])/.exec(rest);
    if (opts && devOnly(opts[1])) continue;
    const d: Declared = { ecosystem: 'rubygems', name: q.value, start: at + q.start, end: at + q.start + q.value.length };
    if (/(?:\brequire:|:require\s*=>)\s*false\b/.test(rest)) d.autoRequire = false;
    out.push(d);
  }
  return out;
}

/** Podfile: `pod 'Name'` and `pod 'Name/Subspec'`, except in a test target (`target 'AppTests' do`). */
export function podfile(text: string): Declared[] {
  const out: Declared[] = [];
  const blocks = new RubyBlocks();
  for (const { line, at } of lines(text)) {
    const code = rubyCode(line);
    if (blocks.read(code, (t) => /^(?:target|abstract_target)\s*\(?\s*["'][^"']*(?:Tests|Test|Specs)["']/i.test(t))) continue;
    const m = /^(\s*)pod\b/.exec(code);
    if (!m || blocks.skipped) continue;
    const q = quotedAfter(code, m[0].length);
    if (q) out.push({ ecosystem: 'cocoapods', name: q.value, start: at + q.start, end: at + q.start + q.value.length });
  }
  return out;
}

/** go.mod: the modules of `require` (one line, or a block), except those marked `// indirect`. */
export function goMod(text: string): Declared[] {
  const out: Declared[] = [];
  let inBlock = false;
  for (const { line, at } of lines(text)) {
    const comment = line.indexOf('//');
    const code = comment >= 0 ? line.slice(0, comment) : line;
    const t = code.trim();
    if (inBlock) {
      if (t.startsWith(')')) { inBlock = false; continue; }
    } else if (/^require\s*\(\s*$/.test(t)) { inBlock = true; continue; } else if (!/^require\s+\S/.test(t)) continue;
    if (comment >= 0 && /^\/\/\s*indirect\b/.test(line.slice(comment))) continue;
    const m = /^(\s*(?:require\s+)?)([^\s"]+|"[^"]+")\s+v\S+/.exec(code);
    if (!m) continue;
    const name = m[2].replace(/"/g, '');
    const start = at + m[1].length + (m[2].startsWith('"') ? 1 : 0);
    out.push({ ecosystem: 'go', name, start, end: start + name.length });
  }
  return out;
}

/** Gradle configurations the application ships with (not test, debug-only, annotation processors or build plugins). */
const GRADLE_RUNTIME = /^\s*(?:implementation|api|compile|runtimeOnly|releaseImplementation|releaseApi)\b\s*\(?\s*/;

/**
 * build.gradle / build.gradle.kts: `implementation 'g:a:v'`, `implementation("g:a:v")`,
 * `implementation group: 'g', name: 'a'`, and version-catalogue references `implementation(libs.sentry.android)`
 * resolved through gradle/libs.versions.toml (`catalogue`: alias → "group:artifact").
 * A platform (BoM) declares no library of its own.
 */
export function gradle(text: string, catalogue: Map<string, string> = new Map()): Declared[] {
  const out: Declared[] = [];
  for (const { line, at } of lines(text)) {
    const m = GRADLE_RUNTIME.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    if (/^(?:platform|enforcedPlatform|project|files|fileTree)\b/.test(rest)) continue;
    const q = quotedAfter(line, m[0].length);
    if (q) {
      const coords = /^([\w.-]+):([\w.-]+)(?::|$)/.exec(q.value);
      if (coords) out.push({ ecosystem: 'maven', name: `${coords[1]}:${coords[2]}`, start: at + q.start, end: at + q.start + coords[1].length + 1 + coords[2].length });
      continue;
    }
    const named = /\bgroup\s*[:=]\s*["']([\w.-]+)["']\s*,\s*name\s*[:=]\s*["']([\w.-]+)["']/.exec(rest);
    if (named) {
      const start = at + m[0].length + named.index;
      out.push({ ecosystem: 'maven', name: `${named[1]}:${named[2]}`, start, end: start + named[0].length });
      continue;
    }
    const ref = /^libs\.([\w.]+)/.exec(rest);
    const coords = ref ? catalogue.get(ref[1].toLowerCase()) : undefined;
    if (ref && coords) out.push({ ecosystem: 'maven', name: coords, start: at + m[0].length, end: at + m[0].length + ref[0].length });
  }
  return out;
}

/** gradle/libs.versions.toml `[libraries]`: alias (as Gradle writes it, "sentry.android") → "group:artifact". */
export function versionCatalogue(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch {
    return out;
  }
  const libs = doc.libraries as Record<string, unknown> | undefined;
  for (const [alias, v] of Object.entries(libs ?? {})) {
    let coords: string | undefined;
    if (typeof v === 'string') coords = /^([\w.-]+:[\w.-]+)/.exec(v)?.[1];
    else if (v && typeof v === 'object') {
      const e = v as { module?: unknown; group?: unknown; name?: unknown };
      if (typeof e.module === 'string') coords = e.module;
      else if (typeof e.group === 'string' && typeof e.name === 'string') coords = `${e.group}:${e.name}`;
    }
    if (coords) out.set(alias.toLowerCase().replace(/[-_]/g, '.'), coords);
  }
  return out;
}

/**
 * Package.swift: `.package(url: "https://github.com/getsentry/sentry-cocoa", from: "8.0.0")`; an Xcode
 * project (project.pbxproj): `repositoryURL = "https://github.com/…";`. The repository is the package.
 */
export function swiftPackages(text: string, xcodeProject = false): Declared[] {
  const out: Declared[] = [];
  const key = xcodeProject ? 'repositoryURL' : '.package(';
  for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + key.length)) {
    // The URL argument of this call (or assignment): within the next few hundred characters, before it closes.
    const window = text.slice(i, i + 400);
    const m = xcodeProject ? /^repositoryURL\s*=\s*"([^"\n]+)"/.exec(window) : /^\.package\(\s*(?:name:\s*"[^"\n]*"\s*,\s*)?url:\s*"([^"\n]+)"/.exec(window);
    if (!m) continue;
    const start = i + m[0].indexOf(m[1]);
    out.push({ ecosystem: 'swift', name: m[1], start, end: start + m[1].length });
  }
  return out;
}

/** pubspec.yaml: the keys of `dependencies` (not `dev_dependencies`). */
export function pubspecYaml(text: string): Declared[] {
  const doc = parseDocument(text, { strict: false });
  if (doc.errors.length) return [];
  const deps = doc.get('dependencies', true);
  if (!isMap(deps)) return [];
  return deps.items.flatMap((p) => (isScalar(p.key) && typeof p.key.value === 'string' && p.key.range
    ? [{ ecosystem: 'pub' as const, name: p.key.value, start: p.key.range[0], end: p.key.range[1] }]
    : []));
}

// ---------------------------------------------------------------- pages

/** The attribute that loads something, per tag: script src, link href (style sheets), iframe src. */
const LOADING_ATTRIBUTE: Record<string, string> = { script: 'src', link: 'href', iframe: 'src' };

/** A link that loads nothing (an icon, a canonical URL, a preconnect hint) is no use of a service. */
function linkLoads(rel: string | undefined, as: string | undefined): boolean {
  const r = (rel ?? '').toLowerCase();
  return /\bstylesheet\b/.test(r) || (/\b(?:preload|modulepreload)\b/.test(r) && /^(?:script|style)$/i.test(as ?? ''));
}

/** HTML: the absolute URLs of <script src>, style-sheet <link href> and <iframe src> (not in comments). */
export function htmlPage(text: string): Loaded[] {
  const out: Loaded[] = [];
  const parser = new Parser({
    onopentag(name, attribs) {
      const attr = LOADING_ATTRIBUTE[name];
      const url = attr ? attribs[attr] : undefined;
      if (!url || !/^\s*(?:https?:)?\/\//i.test(url)) return;
      if (name === 'link' && !linkLoads(attribs.rel, attribs.as)) return;
      const tagStart = parser.startIndex;
      const at = text.indexOf(url, tagStart);
      out.push({ url, start: at >= 0 ? at : tagStart, end: at >= 0 ? at + url.length : tagStart });
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(text);
  parser.end();
  return out;
}

const TAG_OPENERS = ['<script', '<Script', '<link', '<iframe'];
/** Where an attribute's string literal opens: `src="`, `src={'`, `src={\``. */
const SRC_VALUE = /\ssrc\s*=\s*(?:\{\s*)?(["'`])/;
const HREF_VALUE = /\shref\s*=\s*(?:\{\s*)?(["'`])/;
const REL_VALUE = /\srel\s*=\s*(?:\{\s*)?["'`]([^"'`]*)/;
const AS_VALUE = /\sas\s*=\s*(?:\{\s*)?["'`]([^"'`]*)/;

/**
 * JSX, TSX and other templates (Vue, Svelte, Astro, ERB, PHP, …) that no parser here reads: a
 * conservative scan for the tags above whose src (or href) is a string literal ("…", '…', {"…"},
 * {`https://host/…${id}`}, the part before the first ${ being literal). A URL built by code is missed.
 */
export function scanTemplate(text: string): Loaded[] {
  const out: Loaded[] = [];
  for (const opener of TAG_OPENERS) {
    for (let i = text.indexOf(opener); i >= 0; i = text.indexOf(opener, i + opener.length)) {
      const after = text.charCodeAt(i + opener.length);
      // "<scripts", "<linkButton": another tag.
      if (!(after === 32 || after === 9 || after === 10 || after === 13)) continue;
      if (commentedOut(text, i)) continue;
      const close = text.indexOf('>', i);
      const tag = text.slice(i, close < 0 || close - i > 2000 ? i + 2000 : close);
      const m = (opener === '<link' ? HREF_VALUE : SRC_VALUE).exec(tag);
      if (!m) continue;
      const q = m[1];
      const from = m.index + m[0].length;
      const end = tag.indexOf(q, from);
      if (end < 0) continue;
      let url = tag.slice(from, end);
      if (q === '`') url = url.split('${')[0];
      if (!/^\s*(?:https?:)?\/\//i.test(url)) continue;
      if (opener === '<link' && !linkLoads(REL_VALUE.exec(tag)?.[1], AS_VALUE.exec(tag)?.[1])) continue;
      out.push({ url, start: i + from, end: i + from + url.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The tag at `at` is commented out: on a line that starts a comment (`//`, `*`, `#`), or inside an
 * HTML comment or a block comment (`{/* … *\/}` in JSX) that opens before it and is not closed before it.
 */
function commentedOut(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (/^(?:\/\/|\*|#)/.test(text.slice(lineStart, at).trim())) return true;
  return text.lastIndexOf('<!--', at) > text.lastIndexOf('-->', at) || text.lastIndexOf('/*', at) > text.lastIndexOf('*/', at);
}
