// `policylint --workspace DIR`: the policies of a folder, each with the inventory of the code it
// is checked against (its nearest package root, or the folders `codeRoots` maps it to).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InventoryItem } from '../../rules/rule';
import { findConfig } from '../configFile';
import { globToRegExp } from '../glob';
import { codeRootsOf, mappedRoots } from '../inventory/codeRoots';
import { buildInventory, inventoryForPolicy } from '../inventory/inventory';
import { DEFAULT_SETTINGS } from '../lsp/settings';
import { expandInputs, type Expanded } from './files';

export interface WorkspacePlan extends Expanded {
  /** The inventory each policy is checked against, by its absolute path. */
  inventories: Record<string, InventoryItem[]>;
}

/**
 * The files to lint (`inputs`, or else the policies of `dir`: files whose path matches the include
 * patterns of the configuration or the editor's defaults, not the exclude ones) and their inventories.
 */
export function planWorkspace(dir: string, inputs: string[], cwd: string, configFile: string | undefined, noConfig: boolean): WorkspacePlan {
  const root = path.resolve(cwd, dir);
  let isDir = false;
  try { isDir = fs.statSync(root).isDirectory(); } catch { /* reported below */ }
  if (!isDir) return { files: [], errors: [`${dir}: --workspace needs a folder`], notes: [], inventories: {} };
  const config = noConfig ? undefined : configFile ? path.resolve(cwd, configFile) : findConfig(root);
  const raw = config ? readRaw(config) : {};
  const expanded = expandInputs(inputs.length ? inputs : [dir], cwd);
  let files = expanded.files;
  if (!inputs.length) {
    const include = stringsOf(raw.include) ?? DEFAULT_SETTINGS.include;
    const exclude = [...DEFAULT_SETTINGS.exclude, ...(stringsOf(raw.exclude) ?? [])];
    const matches = (globs: string[], rel: string) => globs.some((g) => globToRegExp(g, 'i').test(rel));
    files = files.filter((f) => {
      const rel = path.relative(root, path.resolve(cwd, f)).split(path.sep).join('/');
      return matches(include, rel) && !matches(exclude, rel);
    });
    if (!files.length) expanded.errors.push(`${dir}: no policy files (none matches the include patterns)`);
  }
  const ws = buildInventory(root);
  const codeRoots = codeRootsOf(raw);
  const base = config ? path.dirname(config) : root;
  const inventories: Record<string, InventoryItem[]> = {};
  for (const f of files) {
    if (f === '-') continue;
    const abs = path.resolve(cwd, f);
    inventories[abs] = inventoryForPolicy(ws, abs, mappedRoots(codeRoots, base, abs));
  }
  return { ...expanded, files, inventories };
}

function readRaw(file: string): Record<string, unknown> {
  try {
    const v = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {}; // the problem is reported with the first file linted
  }
}

function stringsOf(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
}
