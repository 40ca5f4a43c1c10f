// Which files the CLI lints, and reading them safely: binary, huge, empty, blank and
// non-UTF-8 files get a one-line note instead of a crash.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMPONENT_FORMATS, formatOfPath } from '../../rules/model/parse';
import { COMPONENT_FOLDERS, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, looksLikePolicyComponent, namesPrivacy } from '../lsp/settings';
import { globToRegExp } from '../glob';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

/** `notes`: what was passed over on the way (a skipped folder, a link that leads nowhere), printed to stderr without failing the run. */
export interface Expanded { files: string[]; errors: string[]; notes: string[] }

export function expandInputs(inputs: string[], cwd = process.cwd()): Expanded {
  const files: string[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  const walked = new Set<string>();
  const add = (f: string) => { const r = path.resolve(cwd, f); if (!seen.has(r)) { seen.add(r); files.push(f); } };
  for (const input of inputs) {
    if (input === '-') { add('-'); continue; }
    if (/[*?[]/.test(input)) {
      const matched = glob(input, cwd, walked, notes);
      if (!matched.length) errors.push(`${input}: no files match`);
      matched.forEach(add);
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(path.resolve(cwd, input));
    } catch {
      errors.push(`${input}: no such file or folder`);
      continue;
    }
    if (st.isDirectory()) walk(input, cwd, (f) => { if (isLintedInFolder(f)) add(f); }, walked, notes);
    else add(input);
  }
  return { files, errors, notes };
}

const COMPONENT_PATH = [...DEFAULT_INCLUDE, ...COMPONENT_FOLDERS].map((g) => globToRegExp(g, 'i'));
const EXCLUDED_PATH = DEFAULT_EXCLUDE.map((g) => globToRegExp(g, 'i'));

/**
 * A file found in a folder is linted when PolicyLint reads its format; a component or template
 * (.tsx, .vue, .erb, …) only when its path names it a policy (privacy.html.erb, app/privacy/page.tsx):
 * a folder of an application holds many components that are not. Named on the command line, any is linted.
 */
export function isLintedInFolder(file: string): boolean {
  const format = formatOfPath(file);
  if (!format) return false;
  if (!COMPONENT_FORMATS.has(format)) return true;
  const p = file.split(path.sep).join('/');
  if (EXCLUDED_PATH.some((re) => re.test(p)) || !COMPONENT_PATH.some((re) => re.test(p))) return false;
  if (namesPrivacy(p)) return true;
  // Otherwise its text must read as a policy too (as in the editor): a name with "notice" or "dpa" in it is not enough.
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(100_000);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      return looksLikePolicyComponent(buf.subarray(0, n).toString('utf8'));
    } finally { fs.closeSync(fd); }
  } catch {
    return true; // unreadable: let the read report it
  }
}

/**
 * Every file under `dir`. Symbolic links are followed, to files and to folders, each real folder
 * once (a link back up the tree ends there); a link that leads nowhere and a skipped folder
 * (node_modules, .git, dist, …) are noted, never silently passed over.
 */
function walk(dir: string, cwd: string, visit: (file: string) => void, walked: Set<string>, notes: string[]): void {
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = fs.realpathSync(path.resolve(cwd, dir));
    if (walked.has(real)) return;
    walked.add(real);
    entries = fs.readdirSync(real, { withFileTypes: true });
  } catch (e) {
    notes.push(`${dir}: skipped: cannot read the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(path.resolve(cwd, p));
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        notes.push(`${p}: skipped: a symbolic link that leads nowhere`);
        continue;
      }
    }
    if (isDir) {
      if (SKIP_DIRS.has(e.name)) notes.push(`${p}: skipped: ${e.name} folders are not linted (name the folder to lint it)`);
      else walk(p, cwd, visit, walked, notes);
    } else if (isFile) visit(p);
  }
}

/** Minimal globbing: `*`, `**`, `?` and `[…]`, walking from the pattern's literal prefix. */
function glob(pattern: string, cwd: string, walked: Set<string>, notes: string[]): string[] {
  const norm = pattern.split(path.sep).join('/').replace(/^\.\//, '');
  const parts = norm.split('/');
  const literal: string[] = [];
  for (const p of parts) { if (/[*?[]/.test(p)) break; literal.push(p); }
  const re = globToRegExp(norm);
  const out: string[] = [];
  walk(literal.join('/') || '.', cwd, (f) => { if (re.test(f.split(path.sep).join('/').replace(/^\.\//, ''))) out.push(f); }, walked, notes);
  return out;
}

/** How a file's text was stored, so that --fix writes it back the same way. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';
export type ReadResult = { ok: true; text: string; encoding: Encoding; bytes: Buffer } | { ok: false; skipped: string } | { ok: false; error: string };

const TOO_LARGE = (what: string) => `skipped: too large (${what}; the limit is ${MAX_FILE_BYTES / 1048576} MB)`;

/** Reads a file as text. UTF-8 (BOM stripped) or UTF-16 with a BOM; binary, oversized and empty files are skipped. */
export function readPolicy(file: string): ReadResult {
  let buf: Buffer;
  try {
    if (file === '-') {
      const input = readStdin();
      if (!input) return { ok: false, skipped: TOO_LARGE(`more than ${MAX_FILE_BYTES / 1048576} MB`) };
      buf = input;
    } else {
      const st = fs.statSync(file);
      // A FIFO would block the run until something writes to it, a device (/dev/zero) never ends:
      // only regular files are read (standard input is "-").
      if (!st.isFile()) return { ok: false, skipped: `skipped: not a regular file (${kindOf(st)}); to lint standard input, pass "-"` };
      if (st.size > MAX_FILE_BYTES) return { ok: false, skipped: TOO_LARGE(`${(st.size / 1048576).toFixed(1)} MB`) };
      const read = readBounded(file);
      if (!read) return { ok: false, skipped: TOO_LARGE(`more than ${MAX_FILE_BYTES / 1048576} MB`) };
      buf = read;
    }
  } catch (e) {
    return { ok: false, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  return decode(buf);
}

function kindOf(st: fs.Stats): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a folder';
  return 'not a file';
}

/** A file's bytes up to the size limit, or undefined past it (a file that grew since it was measured). */
function readBounded(file: string): Buffer | undefined {
  const fd = fs.openSync(file, 'r');
  try {
    return readUpToLimit(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Standard input up to the size limit, or undefined past it: reading stops there, so a
 * 50 MB pipe is never held in memory (its writer then gets a closed pipe, as with `| head`).
 */
function readStdin(): Buffer | undefined {
  return readUpToLimit(0);
}

/** Reads `fd` to its end, or undefined as soon as it passes the size limit (nothing more is read). */
function readUpToLimit(fd: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue; // a non-blocking pipe with nothing yet
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_FILE_BYTES) return undefined;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}

export function decode(buf: Buffer): ReadResult {
  let text: string;
  let encoding: Encoding;
  const utf16 = buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    // Fatal, as for UTF-8: a lone surrogate or an odd byte would come back from --fix as U+FFFD,
    // changing bytes outside any fix.
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(buf.subarray(2));
    } catch {
      return { ok: false, skipped: `skipped: not valid ${utf16.toUpperCase()} text` };
    }
    encoding = utf16;
  } else {
    if (buf.subarray(0, 8192).includes(0)) return { ok: false, skipped: 'skipped: binary file' };
    try {
      // ignoreBOM: false strips a leading BOM from the text; it is put back on writing.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    } catch {
      return { ok: false, skipped: 'skipped: not valid UTF-8 text' };
    }
    encoding = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 'utf-8-bom' : 'utf-8';
  }
  if (text.length === 0) return { ok: false, skipped: 'skipped: empty file' };
  if (!/\S/.test(text)) return { ok: false, skipped: 'skipped: only white space' };
  return { ok: true, text, encoding, bytes: buf };
}

/** The text in the encoding it was read in, with its byte-order mark. */
export function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8': return Buffer.from(text, 'utf8');
    case 'utf-8-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': {
      const le = Buffer.from(text, 'utf16le');
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
    }
  }
}
