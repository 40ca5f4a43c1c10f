// Linting one file for the CLI, the same on the main thread and in a worker:
// read safely, resolve the nearest config, lint, apply safe fixes atomically with --fix.
import * as path from 'node:path';
import { mergeOptions } from '../../rules/config';
import { fix, lint, type FixReport } from '../../lib/index';
import { formatOfPath, sniffFormat } from '../../rules/model/parse';
import type { InventoryItem, LintOptions } from '../../rules/rule';
import { findConfig, readConfig } from '../configFile';
import { writeAtomically } from './atomicWrite';
import { encode, readPolicy } from './files';
import type { FileReport } from './formatters';

export interface LintJob {
  cwd: string; fix: boolean; cli: LintOptions; config?: string; noConfig: boolean;
  /** With --workspace: the inventory each policy is checked against, by its absolute path. */
  inventories?: Record<string, InventoryItem[]>;
}

export interface FileOutcome {
  report: FileReport;
  /** One-line messages for stderr. */
  errors: string[];
  ioError: boolean;
  /** Config file path → its problems (printed once by the caller). */
  configProblems?: [string, string[]];
}

/** Options per config file, cached for the life of the thread. */
const configCache = new Map<string, { options: LintOptions; problems: string[]; unreadable: boolean }>();

export function lintFile(file: string, job: LintJob): FileOutcome {
  const errors: string[] = [];
  const read = readPolicy(file === '-' ? '-' : path.resolve(job.cwd, file));
  if (!read.ok) {
    if ('error' in read) return { report: { path: file, findings: [], note: read.error }, errors: [`${file}: ${read.error}`], ioError: true };
    return { report: { path: file, findings: [], note: read.skipped }, errors, ioError: false };
  }

  let options: LintOptions = job.cli;
  let configProblems: FileOutcome['configProblems'];
  if (!job.noConfig) {
    const configPath = job.config ? path.resolve(job.cwd, job.config) : findConfig(file === '-' ? job.cwd : path.dirname(path.resolve(job.cwd, file)));
    if (configPath) {
      let c = configCache.get(configPath);
      if (!c) {
        const r = readConfig(configPath);
        c = { options: r.options, problems: r.problems.map((p) => p.message), unreadable: !!r.unreadable };
        configCache.set(configPath, c);
      }
      if (c.problems.length) configProblems = [configPath, c.problems];
      if (job.config && c.unreadable) return { report: { path: file, findings: [], note: 'not linted: the configuration file cannot be read' }, errors, ioError: true, configProblems };
      options = mergeOptions(c.options, job.cli);
    }
  }

  const inventory = file === '-' ? undefined : job.inventories?.[path.resolve(job.cwd, file)];
  if (inventory) options = { ...options, inventory };
  const format = file === '-' ? sniffFormat(read.text) : formatOfPath(file) ?? 'plaintext';
  // The library entry, as any other tool would use it.
  let linted: FixReport | undefined;
  if (job.fix && file !== '-') {
    try {
      linted = fix(read.text, { format, options });
    } catch (e) {
      errors.push(`${file}: fixes not written: ${(e as Error).message}`);
    }
  }
  linted ??= { output: read.text, applied: 0, report: lint(read.text, { format, options }) };
  let report = linted.report;
  let ioError = false;
  if (linted.output !== read.text) {
    try {
      // Compared byte for byte, and written back in the file's own encoding and BOM.
      writeAtomically(path.resolve(job.cwd, file), encode(linted.output, read.encoding), read.bytes);
    } catch (e) {
      // Nothing was written: the file is as it was, and the other files go on.
      errors.push(`${file}: fixes not written: ${(e as Error).message}`);
      ioError = true;
      report = lint(read.text, { format, options });
    }
  }
  for (const e of report.ruleErrors) errors.push(`${file}: rule ${e.ruleId} failed: ${e.message}`);
  return { report: { path: file, findings: report.findings }, errors, ioError, configProblems };
}
