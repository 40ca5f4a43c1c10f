// `codeRoots` of .policylintrc.json: which folders' code a policy is checked against, instead of its
// nearest package root. One reading for `policylint --workspace` and for the language server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isCodeRoots, type CodeRoots } from '../../rules/config';
import { globToRegExp } from '../glob';

/** The `codeRoots` of a parsed configuration object; {} when absent or invalid (validateConfig reports that). */
export function codeRootsOf(raw: unknown): CodeRoots {
  const v = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>).codeRoots : undefined;
  return isCodeRoots(v) ? v : {};
}

/**
 * The folders (absolute) that `codeRoots` maps a policy to, or undefined when no glob matches it.
 * Globs and folders are relative to `base`, the configuration file's folder.
 */
export function mappedRoots(codeRoots: CodeRoots, base: string, policyPath: string): string[] | undefined {
  const rel = path.relative(base, path.resolve(policyPath)).split(path.sep).join('/');
  const mapped = Object.entries(codeRoots).find(([glob]) => globToRegExp(glob, 'i').test(rel))?.[1];
  return mapped === undefined ? undefined : (Array.isArray(mapped) ? mapped : [mapped]).map((r) => path.resolve(base, r));
}

/** `codeRoots` of a configuration file, re-read when its modification time changes (for the language server). */
export class CodeRootsFiles {
  private readonly cache = new Map<string, { mtimeMs: number; codeRoots: CodeRoots }>();

  of(file: string): CodeRoots {
    let mtimeMs = -1;
    try { mtimeMs = fs.statSync(file).mtimeMs; } catch { return {}; }
    const hit = this.cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit.codeRoots;
    let codeRoots: CodeRoots = {};
    try {
      codeRoots = codeRootsOf(JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
    } catch { /* malformed: reported with the configuration's other problems */ }
    this.cache.set(file, { mtimeMs, codeRoots });
    return codeRoots;
  }

  invalidate(): void { this.cache.clear(); }
}
