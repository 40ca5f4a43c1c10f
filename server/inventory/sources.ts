// What the application's own source files say about the services its manifests declare:
// - which catalogue packages they import (a package declared but never imported sends nothing);
// - where an SDK's own setting points it (a Sentry DSN on another host reports to another service).
// Over files the inventory walk already lists, behind byte checks that most files fail: one bounded
// pass of a regular expression for the imports, and one for the SDK's setting where the file names
// it; each match looks back at most LOOK_BACK characters. Nothing is executed. Offsets are not kept:
// only what the inventory needs.
import { ENDPOINT_SETTINGS, gemOfRequire, npmPackageOfSpecifier, packageKey, pythonDistributionOfModule, type Ecosystem } from './mapping';

/** The language of a source file, by what its imports and its manifests are. */
export type SourceLanguage = 'js' | 'py' | 'rb' | 'dart' | 'jvm' | 'apple' | 'go' | 'php';

/**
 * Source files by extension. JavaScript and TypeScript (with Vue, Svelte and Astro, whose scripts
 * import), Python and Ruby are read for imports; the others only for an SDK's endpoint setting.
 */
export const SOURCE_EXTENSIONS: Readonly<Record<string, SourceLanguage>> = {
  '.js': 'js', '.jsx': 'js', '.ts': 'js', '.tsx': 'js', '.mjs': 'js', '.cjs': 'js', '.mts': 'js', '.cts': 'js', '.vue': 'js', '.svelte': 'js', '.astro': 'js',
  '.py': 'py', '.rb': 'rb', '.ru': 'rb', '.dart': 'dart', '.kt': 'jvm', '.java': 'jvm', '.swift': 'apple', '.m': 'apple', '.go': 'go', '.php': 'php',
};

/** The ecosystems whose packages a file of this language can use. */
export const LANGUAGE_ECOSYSTEMS: Readonly<Record<SourceLanguage, readonly Ecosystem[]>> = {
  js: ['npm'], py: ['pypi'], rb: ['rubygems'], dart: ['pub'], jvm: ['maven'], apple: ['cocoapods', 'swift'], go: ['go'], php: ['packagist'],
};

/** The language of a file name, or undefined (type declarations and minified bundles are no source). */
export function sourceLanguage(name: string): SourceLanguage | undefined {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name.endsWith('.d.ts') || name.endsWith('.min.js')) return undefined;
  return SOURCE_EXTENSIONS[name.slice(dot).toLowerCase()];
}

/** What one source file says. Empty arrays and no flag: nothing that concerns a catalogue service. */
export interface SourceScan {
  /** Catalogue packages the file imports, as packageKey()s. */
  uses: string[];
  /** Ruby: the file calls Bundler.require, which loads every gem of the Gemfile's default groups (Rails' config/application.rb). */
  bundlerRequire?: true;
  /** An SDK setting the file gives a value that says where it points: the vendor's own host, or another service. */
  endpoints: Array<{ vendor: string; points: 'vendor' | 'other' }>;
}

/** Larger files are generated or vendored, not code an author wrote (as the inventory's pages). */
export const MAX_SOURCE_BYTES = 512 * 1024;

/** Bytes a file must hold to be read for imports (Python's quotes: Django names modules in strings). */
const IMPORT_MARKERS = { js: ['import', 'require', 'from'], py: ['import', "'", '"'], rb: ['require'] } as const;
const DSN_MARKERS = ['dsn', 'Dsn', 'DSN'].map((s) => Buffer.from(s));

/**
 * Scans a file's bytes (`buf`) for the language `lang`: imports where the language's packages are
 * checked for use, and the endpoint settings of every language. Returns undefined when the file
 * says nothing about a catalogue service (most files; those that fail the byte checks are not decoded).
 */
export function scanSource(buf: Buffer, lang: SourceLanguage): SourceScan | undefined {
  const markers = lang === 'js' || lang === 'py' || lang === 'rb' ? IMPORT_MARKERS[lang] : [];
  const mayImport = markers.some((m) => buf.includes(m));
  const mayConfigure = DSN_MARKERS.some((m) => buf.includes(m));
  if (!mayImport && !mayConfigure) return undefined;
  // Latin-1 keeps every byte one character: names and hosts are ASCII, and nothing is decoded twice.
  const text = buf.toString('latin1');
  const scan: SourceScan = { uses: [], endpoints: [] };
  if (mayImport) {
    const uses = new Set<string>();
    if (lang === 'js') jsImports(text, uses);
    else if (lang === 'py') pythonImports(text, uses);
    else if (lang === 'rb' && rubyRequires(text, uses)) scan.bundlerRequire = true;
    scan.uses = [...uses];
  }
  if (mayConfigure) scan.endpoints = endpointSettings(text);
  return scan.uses.length || scan.endpoints.length || scan.bundlerRequire ? scan : undefined;
}

// ---------------------------------------------------------------- JavaScript and TypeScript

/** `from 'x'`, `import 'x'`, `import('x')`, `require('x')` (and `export … from 'x'`): the specifier. */
const JS_SPECIFIER = /\b(from|import|require)\s*(\(\s*)?(['"`])([^'"`\s]{1,200})\3/g;

function jsImports(text: string, uses: Set<string>): void {
  JS_SPECIFIER.lastIndex = 0;
  for (let m = JS_SPECIFIER.exec(text); m; m = JS_SPECIFIER.exec(text)) {
    const [, keyword, paren, , specifier] = m;
    // `require x` and `from(…)` are no import; a call needs its parenthesis, a bare import none.
    if (keyword === 'require' && !paren) continue;
    if (keyword === 'from' && paren) continue;
    const name = npmPackageOfSpecifier(specifier);
    if (!name || commentedOut(text, m.index)) continue;
    if (keyword === 'from' && typeOnly(text, m.index)) continue;
    uses.add(packageKey('npm', name));
  }
}

/** How far back from a match its line's start or its statement's keyword is looked for: each match costs at most this. */
const LOOK_BACK = 2000;

/**
 * The line holding `at` starts a comment (`//`, `/*`, ` * `, `#`): a commented-out import counts for
 * nothing. A line longer than LOOK_BACK before the match is taken as code.
 */
function commentedOut(text: string, at: number): boolean {
  const from = Math.max(0, at - LOOK_BACK);
  const before = text.slice(from, at);
  const newline = before.lastIndexOf('\n');
  if (newline < 0 && from > 0) return false;
  return /^\s*(?:\/\/|\/\*|\*|#)/.test(before.slice(newline + 1));
}

/** `import type … from 'x'` / `export type … from 'x'`: types only, erased before the code runs. */
function typeOnly(text: string, fromAt: number): boolean {
  const window = text.slice(Math.max(0, fromAt - LOOK_BACK), fromAt);
  const start = Math.max(window.lastIndexOf('import'), window.lastIndexOf('export'));
  return start >= 0 && /^(?:import|export)\s+type\s/.test(window.slice(start, start + 20));
}

// ---------------------------------------------------------------- Python

/**
 * At the start of a line, `import a.b as c, d` or `from a.b import x, y` (a comment starts with #,
 * so it never matches); anywhere, a dotted module path as a string
 * ('rollbar.contrib.django.middleware.RollbarNotifierMiddleware'): Django loads middleware, apps,
 * back ends and logging handlers by such paths in its settings.
 */
const PY_IMPORT = /^[ \t]*(?:from[ \t]+([\w.]{1,200})[ \t]+import[ \t]+([^\n#;]{0,400})|import[ \t]+([^\n#;]{1,400}))|(['"])([A-Za-z_]\w{0,60}(?:\.\w{1,60}){1,8})\4/gm;

function pythonImports(text: string, uses: Set<string>): void {
  const add = (dotted: string) => {
    const key = pythonDistributionOfModule(dotted);
    if (key) uses.add(key);
  };
  PY_IMPORT.lastIndex = 0;
  for (let m = PY_IMPORT.exec(text); m; m = PY_IMPORT.exec(text)) {
    if (m[1] !== undefined) {
      add(m[1]);
      // `from google.cloud import storage` imports google.cloud.storage.
      for (const n of m[2].replace(/[()\\]/g, ' ').split(',')) {
        const name = n.trim().split(/\s+/)[0];
        if (/^\w+$/.test(name)) add(`${m[1]}.${name}`);
      }
    } else if (m[3] !== undefined) {
      for (const n of m[3].split(',')) {
        const name = n.trim().split(/\s+/)[0];
        if (/^[\w.]+$/.test(name)) add(name);
      }
    } else {
      add(m[5]);
    }
  }
}

// ---------------------------------------------------------------- Ruby

const RB_REQUIRE = /^[ \t]*require[ \t(]*(['"])([^'"\n]{1,200})\1/gm;
const RB_BUNDLER_REQUIRE = /^[ \t]*Bundler\.require\b/m;

/** Adds the gems the file requires; returns whether it calls Bundler.require. */
function rubyRequires(text: string, uses: Set<string>): boolean {
  RB_REQUIRE.lastIndex = 0;
  for (let m = RB_REQUIRE.exec(text); m; m = RB_REQUIRE.exec(text)) {
    const key = gemOfRequire(m[2]);
    if (key) uses.add(key);
  }
  return RB_BUNDLER_REQUIRE.test(text);
}

// ---------------------------------------------------------------- endpoint settings

const URL_HOST = /\bhttps?:\/\/(?:[^\s'"`/@]{1,200}@)?([A-Za-z0-9.-]{1,253})/i;
/** Each setting's pattern: the name (`dsn:`, `config.dsn =`, `SENTRY_DSN=`, `setDsn(`, `'dsn' =>`) and the rest of its line. */
const SETTINGS = ENDPOINT_SETTINGS.map((e) => ({
  ...e,
  pattern: new RegExp(`(?:(?<![A-Za-z0-9])|(?<=set))${e.setting}["'\\]]?\\s*(?:=>|:(?!:)|=(?!=)|\\()\\s*([^\\n]{0,300})`, 'gi'),
  sdkWord: new RegExp(e.sdk, 'i'),
  words: e.compatible.map((c) => new RegExp(`(?<![A-Za-z0-9])${c.word}(?![A-Za-z0-9])`, 'i')),
}));

/**
 * The values of the SDK settings in a file that speaks of the SDK (a database's "DSN" is another
 * thing): a URL on the vendor's host or a subdomain of it points at the vendor; a URL on another
 * host, or a value that names a service compatible with the SDK (`credentials.telebugs.dsn`),
 * points elsewhere. A value read from the environment says nothing and is not kept.
 */
function endpointSettings(text: string): SourceScan['endpoints'] {
  const out: SourceScan['endpoints'] = [];
  for (const s of SETTINGS) {
    if (!s.sdkWord.test(text)) continue;
    s.pattern.lastIndex = 0;
    for (let m = s.pattern.exec(text); m; m = s.pattern.exec(text)) {
      if (commentedOut(text, m.index)) continue;
      const value = m[1];
      const host = URL_HOST.exec(value)?.[1].toLowerCase();
      if (host) out.push({ vendor: s.vendor, points: s.hosts.some((h) => host === h || host.endsWith(`.${h}`)) ? 'vendor' : 'other' });
      else if (s.words.some((w) => w.test(value))) out.push({ vendor: s.vendor, points: 'other' });
    }
  }
  return out;
}
