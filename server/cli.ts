// `policylint`: the command-line front end. Thin: reads files and options,
// calls the engine, prints findings. Exit 0 clean, 1 errors or too many warnings, 2 usage/I-O.
import * as path from 'node:path';
import { mergeOptions } from '../rules/config';
import { lint } from '../rules/engine';
import { applyEdits, safeFixEdits } from '../rules/fixes';
import { formatOfPath, sniffFormat } from '../rules/model/parse';
import type { LintOptions } from '../rules/rule';
import { parseArgs, USAGE, UsageError, type CliArgs } from './cli/args';
import { writeAtomically } from './cli/atomicWrite';
import { expandInputs, readPolicy } from './cli/files';
import { toJson, toSarif, toStylish, type FileReport } from './cli/formatters';
import { findConfig, readConfig } from './configFile';
import { VERSION } from './meta';

export function run(argv: string[], io = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s), cwd: process.cwd(), color: Boolean(process.stdout.isTTY) }): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) { io.err(`policylint: ${e.message}\nRun "policylint --help" for usage.\n`); return 2; }
    throw e;
  }
  if (args.help) { io.out(USAGE + '\n'); return 0; }
  if (args.version) { io.out(VERSION + '\n'); return 0; }
  if (!args.inputs.length) { io.err('policylint: no files given\nRun "policylint --help" for usage.\n'); return 2; }

  let ioError = false;
  const { files, errors } = expandInputs(args.inputs, io.cwd);
  for (const e of errors) { io.err(`policylint: ${e}\n`); ioError = true; }

  const cli: LintOptions = { rules: args.rules, jurisdiction: args.jurisdiction, maxPolicyAgeMonths: args.maxPolicyAgeMonths };
  const configs = new Map<string, LintOptions>();
  const optionsFor = (file: string): LintOptions | undefined => {
    if (args.noConfig) return cli;
    const configPath = args.config ? path.resolve(io.cwd, args.config) : findConfig(file === '-' ? io.cwd : path.dirname(path.resolve(io.cwd, file)));
    if (!configPath) return cli;
    if (!configs.has(configPath)) {
      const c = readConfig(configPath);
      for (const p of c.problems) io.err(`policylint: ${path.relative(io.cwd, configPath) || configPath}: ${p}\n`);
      if (args.config && c.problems.some((p) => p.startsWith('cannot read'))) return undefined;
      configs.set(configPath, c.options);
    }
    return mergeOptions(configs.get(configPath)!, cli);
  };

  const reports: FileReport[] = [];
  for (const file of files) {
    const read = readPolicy(file === '-' ? '-' : path.resolve(io.cwd, file));
    const shown = file;
    if (!read.ok) {
      if ('error' in read) { io.err(`policylint: ${shown}: ${read.error}\n`); ioError = true; reports.push({ path: shown, findings: [], note: read.error }); } else reports.push({ path: shown, findings: [], note: read.skipped });
      continue;
    }
    const options = optionsFor(file);
    if (!options) { ioError = true; continue; }
    const format = file === '-' ? sniffFormat(read.text) : formatOfPath(file) ?? 'plaintext';
    let text = read.text;
    let result = lint(text, format, options);
    for (const e of result.ruleErrors) io.err(`policylint: ${shown}: rule ${e.ruleId} failed: ${e.error.message}\n`);
    if (args.fix && file !== '-') {
      const { edits } = safeFixEdits(result.findings);
      if (edits.length) {
        const fixed = applyEdits(text, edits);
        try {
          writeAtomically(path.resolve(io.cwd, file), fixed, read.text);
          text = fixed;
          result = lint(text, format, options);
        } catch (e) {
          io.err(`policylint: ${shown}: fixes not written: ${(e as Error).message}\n`);
          ioError = true;
        }
      }
    }
    reports.push({ path: shown, findings: result.findings, lines: result.document.lines });
  }

  const output = args.format === 'json' ? toJson(reports) : args.format === 'sarif' ? toSarif(reports) : toStylish(reports, io.color);
  io.out(output + '\n');

  if (ioError) return 2;
  const all = reports.flatMap((r) => r.findings);
  const errorsFound = all.some((f) => f.severity === 'error');
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (errorsFound || (args.maxWarnings >= 0 && warnings > args.maxWarnings)) return 1;
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`policylint: internal error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  }
}
