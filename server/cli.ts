// `policylint`: the command-line front end. Thin: finds files, lints each (on this
// thread or, with many files, in worker threads), streams the findings out in input
// order. Exit 0 clean, 1 errors or too many warnings, 2 usage or I/O error.
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs, USAGE, UsageError, type CliArgs } from './cli/args';
import { expandInputs } from './cli/files';
import { jsonWriter, sarifWriter, stylishWriter, type Writer } from './cli/formatters';
import { lintFile, type FileOutcome, type LintJob } from './cli/lintFile';
import { lintInPool, runWorkerIfAny } from './cli/pool';
import { planWorkspace } from './cli/workspace';
import { VERSION } from './meta';

export interface CliIo { out: (s: string) => void; err: (s: string) => void; cwd: string; color: boolean }

/** Below this many files, starting worker threads costs more than it saves. */
const POOL_THRESHOLD = 16;

export async function run(argv: string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) { io.err(`policylint: ${e.message}\nRun "policylint --help" for usage.\n`); return 2; }
    throw e;
  }
  if (args.help) { io.out(USAGE + '\n'); return 0; }
  if (args.version) { io.out(VERSION + '\n'); return 0; }
  if (!args.inputs.length && !args.workspace) { io.err('policylint: no files given\nRun "policylint --help" for usage.\n'); return 2; }

  let ioError = false;
  // With --workspace, the policies of the folder (unless files are named) and the inventory of its code.
  const plan = args.workspace ? planWorkspace(args.workspace, args.inputs, io.cwd, args.config, args.noConfig) : undefined;
  const { files, errors, notes } = plan ?? expandInputs(args.inputs, io.cwd);
  for (const e of errors) { io.err(`policylint: ${e}\n`); ioError = true; }
  for (const n of notes) io.err(`policylint: ${n}\n`);

  const job: LintJob = { cwd: io.cwd, fix: args.fix, cli: { rules: args.rules, jurisdiction: args.jurisdiction, maxPolicyAgeMonths: args.maxPolicyAgeMonths, today: args.today }, config: args.config, noConfig: args.noConfig, inventories: plan?.inventories };
  const writer: Writer = args.format === 'json' ? jsonWriter(io.out) : args.format === 'sarif' ? sarifWriter(io.out) : stylishWriter(io.out, io.color);
  const reportedConfigs = new Set<string>();
  let errorFindings = 0;
  let warnings = 0;

  const take = (o: FileOutcome) => {
    if (o.configProblems && !reportedConfigs.has(o.configProblems[0])) {
      reportedConfigs.add(o.configProblems[0]);
      for (const p of o.configProblems[1]) io.err(`policylint: ${path.relative(io.cwd, o.configProblems[0]) || o.configProblems[0]}: ${p}\n`);
    }
    for (const e of o.errors) io.err(`policylint: ${e}\n`);
    if (o.ioError) ioError = true;
    for (const f of o.report.findings) {
      if (f.severity === 'error') errorFindings++;
      else if (f.severity === 'warning') warnings++;
    }
    writer.file(o.report);
  };

  writer.begin();
  const jobs = args.jobs ?? os.availableParallelism?.() ?? os.cpus().length;
  if (jobs > 1 && files.length >= POOL_THRESHOLD && !files.includes('-')) {
    await lintInPool(__filename, files, job, jobs, take);
  } else {
    for (const file of files) take(lintFile(file, job));
  }
  writer.end();

  if (ioError) return 2;
  if (errorFindings > 0 || (args.maxWarnings >= 0 && warnings > args.maxWarnings)) return 1;
  return 0;
}

if (!runWorkerIfAny() && require.main === module) {
  // A reader that stops early (`policylint … | head`) closes the pipe: stop quietly.
  // A reader that stops early (| head) ends the run quietly; any other failure to write the output
  // (a full disk, /dev/full) is an I/O error: one line and exit code 2, no stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`policylint: cannot write the output: ${e.code ?? e.message}\n`);
    process.exit(2);
  });
  const io: CliIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), cwd: process.cwd(), color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR };
  run(process.argv.slice(2), io).then((code) => { process.exitCode = code; }, (e) => {
    process.stderr.write(`policylint: internal error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  });
}
