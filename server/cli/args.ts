// Command-line arguments of `policylint`. Errors become a one-line usage message (exit 2).
import { SEVERITIES, type Severity } from '../../rules/model/types';
import type { Jurisdiction } from '../../rules/rule';
import { ruleById } from '../../rules/registry';

export type OutputFormat = 'stylish' | 'json' | 'sarif';

export interface CliArgs {
  inputs: string[];
  format: OutputFormat;
  fix: boolean;
  rules: Record<string, Severity | 'off'>;
  maxWarnings: number;
  jurisdiction?: Jurisdiction;
  maxPolicyAgeMonths?: number;
  config?: string;
  noConfig: boolean;
  /** Worker threads; default: the number of cores. */
  jobs?: number;
  /** "Today" for date rules, for reproducible runs. */
  today?: Date;
  /** Lint the policies of this folder against the services its code uses. */
  workspace?: string;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: policylint [options] [files|folders|globs|-]

Lints privacy policies (.md, .markdown, .txt, .html, .htm; folders recursively; - reads stdin).

Options:
  --format stylish|json|sarif   output format (default: stylish)
  --fix                         apply safe fixes in place (atomic writes)
  --rule id=off|information|warning|error
                                set a rule's severity; repeatable
  --max-warnings N              exit 1 when there are more than N warnings
  --jurisdiction auto|eu|uk|other
  --max-policy-age N            months before a policy date counts as stale
  --jobs N                      lint with N worker threads (default: the number of cores)
  --today YYYY-MM-DD            judge dates as of this day (reproducible CI runs)
  --workspace DIR               lint the policies in DIR against the services DIR's code
                                uses (its manifests and pages; nothing is run)
  --config FILE                 use this .policylintrc.json
  --no-config                   ignore .policylintrc.json files
  -h, --help                    show this help
  -v, --version                 show the version

Exit codes: 0 no errors; 1 findings at error level or too many warnings; 2 usage or I/O error.`;

export function parseArgs(argv: string[]): CliArgs {
  const a: CliArgs = { inputs: [], format: 'stylish', fix: false, rules: {}, maxWarnings: -1, noConfig: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (name: string): string => {
      const eq = arg.indexOf('=');
      if (arg.startsWith('--') && eq > 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    const name = arg.startsWith('--') ? arg.split('=')[0] : arg;
    switch (name) {
      case '-h': case '--help': a.help = true; break;
      case '-v': case '--version': a.version = true; break;
      case '--fix': a.fix = true; break;
      case '--no-config': a.noConfig = true; break;
      case '--config': a.config = value(name); break;
      case '--workspace': a.workspace = value(name); break;
      case '--format': case '-f': {
        const f = value(name);
        if (f !== 'stylish' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (stylish, json or sarif)`);
        a.format = f;
        break;
      }
      case '--rule': {
        const spec = value(name);
        const m = /^([\w-]+)=(\w+)$/.exec(spec);
        if (!m) throw new UsageError(`--rule expects id=severity, got "${spec}"`);
        const rule = ruleById(m[1]);
        if (!rule) throw new UsageError(`unknown rule "${m[1]}"`);
        const level = m[2] === 'info' ? 'information' : m[2];
        if (level !== 'off' && !SEVERITIES.includes(level as Severity)) throw new UsageError(`unknown severity "${m[2]}" (off, information, warning, error)`);
        a.rules[rule.id] = level as Severity | 'off';
        break;
      }
      case '--max-warnings': {
        const v = value(name);
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings expects a number, got "${v}"`);
        a.maxWarnings = Number(v);
        break;
      }
      case '--max-policy-age': {
        const v = value(name);
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-policy-age expects a number of months, got "${v}"`);
        a.maxPolicyAgeMonths = Number(v);
        break;
      }
      case '--jobs': case '-j': {
        const v = value(name);
        if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--jobs expects a number of threads, got "${v}"`);
        a.jobs = Number(v);
        break;
      }
      case '--today': {
        const v = value(name);
        const d = new Date(`${v}T12:00:00Z`);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime())) throw new UsageError(`--today expects a date as YYYY-MM-DD, got "${v}"`);
        a.today = d;
        break;
      }
      case '--jurisdiction': {
        const v = value(name);
        if (!['auto', 'eu', 'uk', 'other'].includes(v)) throw new UsageError(`unknown jurisdiction "${v}" (auto, eu, uk, other)`);
        a.jurisdiction = v as Jurisdiction;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
        a.inputs.push(arg);
    }
  }
  return a;
}
