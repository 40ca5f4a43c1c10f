// Finding and reading `.policylintrc.json`: the nearest one walking up from a file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findNodeAtLocation, parseTree, type ParseError } from 'jsonc-parser';
import { validateConfig, type ConfigPath, type ConfigResult } from '../rules/config';
import { LineIndex } from '../rules/model/sourceMap';

export const CONFIG_NAME = '.policylintrc.json';

export function findConfig(fromDir: string, stopAt?: string): string | undefined {
  let dir = path.resolve(fromDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir || (stopAt && path.relative(stopAt, dir).startsWith('..'))) return undefined;
    if (stopAt && path.resolve(dir) === path.resolve(stopAt)) return undefined;
    dir = parent;
  }
}

/** A problem's place in the file, zero-based (LSP positions, UTF-16 characters). */
export interface ConfigRange { start: { line: number; character: number }; end: { line: number; character: number } }

/** Reads and validates a config file; malformed JSON is one problem, and defaults are used. */
export function readConfig(file: string): ConfigResult & { file: string; ranges?: ConfigRange[] } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { file, options: {}, problems: [`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message} (defaults are used)`] };
  }
  const body = text.replace(/^\uFEFF/, '');
  // A config nested thousands deep would overflow the stack of a recursive parser: refused first.
  const depth = nestingDepth(body);
  if (depth > MAX_DEPTH) return { file, options: {}, problems: [`nested too deep (${depth} levels; a configuration needs at most a few) (defaults are used)`], ranges: [toRange(text, 0, 1)] };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { file, options: {}, problems: [`invalid JSON: ${(e as Error).message} (defaults are used)`], ranges: [syntaxErrorRange(text)] };
  }
  const result = validateConfig(json);
  // One parse and one line index for all the problems (each problem parsed the file again: 4,000 took 28 s).
  const root = result.paths?.some((p) => p.length) ? parseTree(text) : undefined;
  const lines = new LineIndex(text);
  return { file, ...result, ranges: (result.paths ?? []).map((p) => rangeOf(text, lines, root, p)) };
}

const MAX_DEPTH = 64;

/** How deep objects and arrays nest, outside strings: one pass, no recursion. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) { if (++depth > max) max = depth; } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** Where JSON.parse failed, as jsonc-parser (strict: no comments, no trailing commas) sees it. */
function syntaxErrorRange(text: string): ConfigRange {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const e = errors[0];
  return toRange(text, e ? e.offset : 0, e ? Math.max(1, e.length) : 1);
}

/** The key of the property at `path` (its value for array elements); the file's first character when not found. */
function rangeOf(text: string, lines: LineIndex, root: ReturnType<typeof parseTree>, path: ConfigPath): ConfigRange {
  const node = root && path.length ? findNodeAtLocation(root, path) : undefined;
  if (!node) return toRange(text, 0, 1, lines);
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return key ? toRange(text, key.offset, key.length, lines) : toRange(text, node.offset, node.length, lines);
}

function toRange(text: string, offset: number, length: number, lines = new LineIndex(text)): ConfigRange {
  const end = Math.min(text.length, offset + length);
  return { start: lines.position(Math.min(offset, text.length)), end: lines.position(Math.max(end, Math.min(offset, text.length))) };
}
