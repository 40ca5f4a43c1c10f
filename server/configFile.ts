// Finding and reading `.policylintrc.json`: the nearest one walking up from a file. Each problem
// gets its place in the file (the key or the value at fault, the syntax error), so that an editor
// can put it there, and its "did you mean" replacement as text to write over that place.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTree, type Node } from 'jsonc-parser';
import { validateConfig, type ConfigPlace } from '../rules/config';
import type { LintOptions } from '../rules/rule';
import { LineIndex } from '../rules/model/sourceMap';
import { describeSyntaxError } from './configSyntax';

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

/** A problem's place in the file, zero-based (LSP positions, UTF-16 characters, in the text without its byte-order mark). */
export interface ConfigRange { start: { line: number; character: number }; end: { line: number; character: number } }

export interface ConfigProblem {
  message: string;
  range: ConfigRange;
  /** The file is not JSON (an editor that checks JSON syntax itself reports this one). */
  syntax?: boolean;
  /** What "did you mean" suggests, as JSON text to write over `range`; absent where it would repeat a key of the same object. */
  replacement?: { title: string; newText: string };
}

/** A configuration's options and problems; `value` is the parsed JSON, when it parses. */
export interface CheckedConfig { options: LintOptions; problems: ConfigProblem[]; value?: unknown }

/** Reads and checks a config file; what cannot be read or parsed is one problem, and the defaults are used. */
export function readConfig(file: string): CheckedConfig & { file: string; unreadable?: boolean } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const start = { line: 0, character: 0 };
    return { file, options: {}, unreadable: true, problems: [{ message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message} (defaults are used)`, range: { start, end: start } }] };
  }
  return { file, ...checkConfigText(text) };
}

/** Checks the text of a configuration (the file's, or an editor's unsaved one). */
export function checkConfigText(text: string): CheckedConfig {
  // Editors show a file without its byte-order mark: positions are counted in the text after it.
  const body = text.replace(/^\uFEFF/, '');
  const lines = new LineIndex(body);
  const range = (offset: number, length: number) => toRange(lines, offset, length);
  // A config nested thousands deep would overflow the stack of a recursive parser: refused first.
  const depth = nestingDepth(body);
  if (depth > MAX_DEPTH) return { options: {}, problems: [{ message: `nested too deep (${depth} levels; a configuration needs at most a few) (defaults are used)`, range: range(0, 1) }] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const e = describeSyntaxError(body);
    return { options: {}, problems: [{ message: `not valid JSON: ${e.detail} (defaults are used)`, range: range(e.offset, e.length), syntax: true }] };
  }
  const result = validateConfig(value);
  // One parse for all the problems (each problem parsed the file again: 4,000 took 28 s).
  const root = result.places.some((p) => p.on !== 'start') ? parseTree(body) : undefined;
  const problems = result.problems.map((message, i): ConfigProblem => {
    const place = placeOf(root, result.places[i]);
    const problem: ConfigProblem = { message, range: place ? range(place.node.offset, place.node.length) : range(0, 1) };
    const replacement = result.places[i].replacement;
    if (place && replacement !== undefined && !(place.isKey && place.siblings.includes(replacement))) {
      problem.replacement = { title: `Change to "${replacement}"`, newText: JSON.stringify(replacement) };
    }
    return problem;
  });
  return { options: result.options, problems, value };
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

/**
 * The node a problem is on: the property's key or its value, an array's element. The last of keys
 * written twice, as JSON.parse keeps the last. `siblings`: the keys of the object the key is in.
 */
function placeOf(root: Node | undefined, place: ConfigPlace): { node: Node; isKey: boolean; siblings: string[] } | undefined {
  if (!root || place.on === 'start') return undefined;
  let node: Node | undefined = root;
  let property: Node | undefined;
  for (const segment of place.path) {
    if (!node) return undefined;
    if (typeof segment === 'number') {
      node = node.type === 'array' ? node.children?.[segment] : undefined;
      property = undefined;
    } else {
      property = undefined;
      if (node.type === 'object') for (const p of node.children ?? []) if (p.children?.[0]?.value === segment) property = p;
      node = property?.children?.[1];
    }
  }
  if (!node) return undefined;
  const key = property?.children?.[0];
  if (place.on === 'key' && key) return { node: key, isKey: true, siblings: (property!.parent?.children ?? []).map((p) => String(p.children?.[0]?.value)) };
  return { node, isKey: false, siblings: [] };
}

function toRange(lines: LineIndex, offset: number, length: number): ConfigRange {
  const end = Math.min(lines.text.length, offset + length);
  return { start: lines.position(offset), end: lines.position(Math.max(end, Math.min(offset, lines.text.length))) };
}
