// Linting one file for the CLI, the same on the main thread and in a worker:
// read safely, resolve the nearest config, lint, apply safe fixes atomically with --fix.
import * as path from 'node:path';
import { mergeOptions } from '../../rules/config';
import { lint } from '../../rules/engine';
import { applyEdits, safeFixEdits } from '../../rules/fixes';
import { formatOfPath, sniffFormat } from '../../rules/model/parse';
import type { LintOptions } from '../../rules/rule';
import { findConfig, readConfig } from '../configFile';
import { writeAtomically } from './atomicWrite';
import { encode, readPolicy } from './files';
import type { FileReport } from './formatters';

export interface LintJob { cwd: string; fix: boolean; cli: LintOptions; config?: string; noConfig: boolean }

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
        c = { options: r.options, problems: r.problems, unreadable: r.problems.some((p) => p.startsWith('cannot read')) };
        configCache.set(configPath, c);
      }
      if (c.problems.length) configProblems = [configPath, c.problems];
      if (job.config && c.unreadable) return { report: { path: file, findings: [], note: 'not linted: the configuration file cannot be read' }, errors, ioError: true, configProblems };
      options = mergeOptions(c.options, job.cli);
    }
  }

  const format = file === '-' ? sniffFormat(read.text) : formatOfPath(file) ?? 'plaintext';
  let text = read.text;
  let result = lint(text, format, options);
  for (const e of result.ruleErrors) errors.push(`${file}: rule ${e.ruleId} failed: ${e.error.message}`);
  let ioError = false;
  if (job.fix && file !== '-') {
    const { edits } = safeFixEdits(result.findings);
    if (edits.length) {
      try {
        const fixed = applyEdits(text, edits);
        // Compared byte for byte, and written back in the file's own encoding and BOM.
        writeAtomically(path.resolve(job.cwd, file), encode(fixed, read.encoding), read.bytes);
        text = fixed;
        result = lint(text, format, options);
      } catch (e) {
        // Nothing was written: the file is as it was, and the other files go on.
        errors.push(`${file}: fixes not written: ${(e as Error).message}`);
        ioError = true;
      }
    }
  }
  const lines = result.document.lines;
  const findings = result.findings.map((f) => ({ ...f, range: { start: lines.position(f.start), end: lines.position(f.end) } }));
  return { report: { path: file, findings }, errors, ioError, configProblems };
}
