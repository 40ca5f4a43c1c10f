// Finding and reading `.policylintrc.json`: the nearest one walking up from a file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateConfig, type ConfigResult } from '../rules/config';

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

/** Reads and validates a config file; malformed JSON is one problem, and defaults are used. */
export function readConfig(file: string): ConfigResult & { file: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { file, options: {}, problems: [`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message} (defaults are used)`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { file, options: {}, problems: [`invalid JSON: ${(e as Error).message} (defaults are used)`] };
  }
  return { file, ...validateConfig(json) };
}
