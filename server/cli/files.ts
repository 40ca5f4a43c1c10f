// Which files the CLI lints, and reading them safely: binary, huge, empty and
// non-UTF-8 files get a one-line note instead of a crash.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatOfPath } from '../../rules/model/parse';
import { globToRegExp } from '../glob';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

export interface Expanded { files: string[]; errors: string[] }

export function expandInputs(inputs: string[], cwd = process.cwd()): Expanded {
  const files: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => { const r = path.resolve(cwd, f); if (!seen.has(r)) { seen.add(r); files.push(f); } };
  for (const input of inputs) {
    if (input === '-') { add('-'); continue; }
    if (/[*?[]/.test(input)) {
      const matched = glob(input, cwd);
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
    if (st.isDirectory()) walk(input, cwd, (f) => { if (formatOfPath(f)) add(f); });
    else add(input);
  }
  return { files, errors };
}

function walk(dir: string, cwd: string, visit: (file: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.resolve(cwd, dir), { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) walk(p, cwd, visit); } else if (e.isFile()) visit(p);
  }
}

/** Minimal globbing: `*`, `**`, `?` and `[…]`, walking from the pattern's literal prefix. */
function glob(pattern: string, cwd: string): string[] {
  const norm = pattern.split(path.sep).join('/').replace(/^\.\//, '');
  const parts = norm.split('/');
  const literal: string[] = [];
  for (const p of parts) { if (/[*?[]/.test(p)) break; literal.push(p); }
  const re = globToRegExp(norm);
  const out: string[] = [];
  walk(literal.join('/') || '.', cwd, (f) => { if (re.test(f.split(path.sep).join('/').replace(/^\.\//, ''))) out.push(f); });
  return out;
}

export type ReadResult = { ok: true; text: string } | { ok: false; skipped: string } | { ok: false; error: string };

/** Reads a file as text. UTF-8 (BOM stripped) or UTF-16 with a BOM; binary and oversized files are skipped. */
export function readPolicy(file: string): ReadResult {
  let buf: Buffer;
  try {
    if (file === '-') buf = fs.readFileSync(0);
    else {
      const st = fs.statSync(file);
      if (st.size > MAX_FILE_BYTES) return { ok: false, skipped: `skipped: too large (${(st.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)` };
      buf = fs.readFileSync(file);
    }
  } catch (e) {
    return { ok: false, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  return decode(buf);
}

export function decode(buf: Buffer): ReadResult {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, skipped: 'skipped: binary file' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf) };
  } catch {
    return { ok: false, skipped: 'skipped: not valid UTF-8 text' };
  }
}
