// Validation of `.policylintrc.json` (and of the editor's policyLint.* settings):
// every problem becomes one message naming the key; what is valid is kept,
// what is not falls back to the default. Never throws.
import { SEVERITIES, type Severity } from './model/types';
import { ruleById } from './registry';
import type { Jurisdiction, LintOptions } from './rule';
import type { VendorEntry } from './knowledge/vendors';
import { MEMBER_STATE_CODES } from './shared/policyFacts';

/** Where a problem is in the JSON: keys and array indexes from the top ([] for the whole file). */
export type ConfigPath = Array<string | number>;
/** `paths[i]` locates `problems[i]`, so an editor can put each message on its key. */
export interface ConfigResult { options: LintOptions; problems: string[]; paths?: ConfigPath[] }

export const CONFIG_KEYS = ['$schema', 'rules', 'jurisdiction', 'jurisdictions', 'maxPolicyAgeMonths', 'extraVendors', 'include', 'exclude', 'codeRoots'] as const;

/** Values of "jurisdictions": eu, uk, or an EU/EEA member state's ISO 3166-1 alpha-2 code (gb = uk, el = gr). */
export const JURISDICTION_CODES: readonly string[] = ['eu', 'uk', ...MEMBER_STATE_CODES];
const JURISDICTION_ALIASES: Record<string, string> = { gb: 'uk', el: 'gr' };

export function validateConfig(raw: unknown): ConfigResult {
  const problems: string[] = [];
  const paths: ConfigPath[] = [];
  const problem = (path: ConfigPath, message: string) => { problems.push(message); paths.push(path); };
  const options: LintOptions = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { options, problems: ['the configuration must be a JSON object (defaults are used)'], paths: [[]] };
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) problem([key], `unknown key "${key}" (ignored)`);
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) problem(['rules'], '"rules" must be an object of rule id → severity (ignored)');
    else {
      const rules: Record<string, Severity | 'off'> = {};
      for (const [id, level] of Object.entries(obj.rules as Record<string, unknown>)) {
        const rule = ruleById(id);
        const norm = level === 'info' ? 'information' : level === false ? 'off' : level;
        if (!rule) problem(['rules', id], `"rules.${id}": unknown rule (ignored)`);
        else if (typeof norm !== 'string' || (norm !== 'off' && !SEVERITIES.includes(norm as Severity))) problem(['rules', id], `"rules.${id}": severity must be one of off, hint, information, warning, error (the rule's default is used)`);
        else rules[rule.id] = norm as Severity | 'off';
      }
      options.rules = rules;
    }
  }
  if (obj.jurisdiction !== undefined) {
    if (typeof obj.jurisdiction === 'string' && ['auto', 'eu', 'uk', 'other'].includes(obj.jurisdiction)) options.jurisdiction = obj.jurisdiction as Jurisdiction;
    else problem(['jurisdiction'], '"jurisdiction" must be one of auto, eu, uk, other (auto is used)');
  }
  if (obj.jurisdictions !== undefined) {
    if (!Array.isArray(obj.jurisdictions)) problem(['jurisdictions'], '"jurisdictions" must be an array of codes: eu, uk, or a member state such as de, fr, ie (decided from the text instead)');
    else {
      const codes: string[] = [];
      obj.jurisdictions.forEach((v, i) => {
        const c = typeof v === 'string' ? v.trim().toLowerCase() : '';
        const code = JURISDICTION_ALIASES[c] ?? c;
        if (JURISDICTION_CODES.includes(code)) { if (!codes.includes(code)) codes.push(code); }
        else problem(['jurisdictions', i], `"jurisdictions[${i}]" must be eu, uk, or the two-letter code of an EU/EEA member state such as de, fr, ie (ignored)`);
      });
      options.jurisdictions = codes;
    }
  }
  if (obj.maxPolicyAgeMonths !== undefined) {
    if (typeof obj.maxPolicyAgeMonths === 'number' && Number.isInteger(obj.maxPolicyAgeMonths) && obj.maxPolicyAgeMonths > 0) options.maxPolicyAgeMonths = obj.maxPolicyAgeMonths;
    else problem(['maxPolicyAgeMonths'], '"maxPolicyAgeMonths" must be a positive whole number (24 is used)');
  }
  if (obj.extraVendors !== undefined) {
    if (!Array.isArray(obj.extraVendors)) problem(['extraVendors'], '"extraVendors" must be an array (ignored)');
    else {
      const vendors: VendorEntry[] = [];
      obj.extraVendors.forEach((v, i) => {
        if (typeof v === 'string' && v.trim()) vendors.push({ id: `extra-${i}`, name: v.trim(), owner: v.trim(), category: 'other' });
        else if (v && typeof v === 'object' && typeof (v as VendorEntry).name === 'string') {
          const e = v as VendorEntry;
          vendors.push({ id: e.id ?? `extra-${i}`, name: e.name, aliases: Array.isArray(e.aliases) ? e.aliases.filter((x) => typeof x === 'string') : [], owner: typeof e.owner === 'string' ? e.owner : e.name, category: typeof e.category === 'string' ? e.category : 'other' });
        } else problem(['extraVendors', i], `"extraVendors[${i}]" must be a name or an object with a "name" (ignored)`);
      });
      options.extraVendors = vendors;
    }
  }
  for (const key of ['include', 'exclude']) {
    const v = obj[key];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) problem([key], `"${key}" must be an array of glob patterns (ignored)`);
  }
  if (obj.codeRoots !== undefined && !isCodeRoots(obj.codeRoots)) problem(['codeRoots'], '"codeRoots" must be an object of policy glob → folder or array of folders, relative to this file (ignored)');
  // A file of thousands of mistakes gets the first few and a count, not a message per key.
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    problems.length = MAX_PROBLEMS;
    paths.length = MAX_PROBLEMS;
    problem([], `… and ${more} more problem${more === 1 ? '' : 's'} of the same kinds`);
  }
  return { options, problems, paths };
}

const MAX_PROBLEMS = 50;

/**
 * `codeRoots`: which code each policy is checked against (policylint --workspace), a policy glob →
 * the folder or folders whose manifests give its inventory, both relative to the configuration
 * file. Read by the front end, which builds the inventory; the engine never sees it.
 */
export type CodeRoots = Record<string, string | string[]>;
export function isCodeRoots(v: unknown): v is CodeRoots {
  return !!v && typeof v === 'object' && !Array.isArray(v)
    && Object.values(v).every((x) => typeof x === 'string' || (Array.isArray(x) && x.length > 0 && x.every((y) => typeof y === 'string')));
}

/** Later options win, key by key; rule maps are merged. */
export function mergeOptions(...layers: LintOptions[]): LintOptions {
  const out: LintOptions = {};
  for (const l of layers) {
    if (l.rules) out.rules = { ...out.rules, ...l.rules };
    if (l.jurisdiction) out.jurisdiction = l.jurisdiction;
    if (l.jurisdictions && l.jurisdictions.length) out.jurisdictions = l.jurisdictions;
    if (l.maxPolicyAgeMonths) out.maxPolicyAgeMonths = l.maxPolicyAgeMonths;
    if (l.extraVendors) out.extraVendors = [...(out.extraVendors ?? []), ...l.extraVendors];
    if (l.today) out.today = l.today;
    if (l.inventory) out.inventory = l.inventory;
  }
  return out;
}
