// Validation of `.policylintrc.json` (and of the editor's policyLint.* settings): every problem
// becomes one message naming the key, and a place (the key or the value at fault) with, where a
// known name is near the one written, "did you mean" and the name to put instead. What is valid is
// kept, what is not falls back to the default. Never throws. This is the one validator: the JSON
// schema (scripts/generate-docs.ts) only offers completions and hovers, so no problem is shown twice.
import type { Severity } from './model/types';
import { RULES, ruleById } from './registry';
import type { Jurisdiction, LintOptions } from './rule';
import type { VendorEntry } from './knowledge/vendors';
import { MEMBER_STATE_CODES } from './shared/policyFacts';
import { nearest } from './shared/nearest';

/** Where a problem is in the JSON: keys and array indexes from the top ([] for the whole file). */
export type ConfigPath = Array<string | number>;

/**
 * Where `problems[i]` is: the key at `path` (an unknown key or rule id: the name is what is wrong),
 * its value (a wrong value or type), or the file's start (a count of the problems left out).
 * `replacement` is the name or value the message suggests ("did you mean"), to write over that place.
 */
export interface ConfigPlace { path: ConfigPath; on: 'key' | 'value' | 'start'; replacement?: string }

export interface ConfigResult { options: LintOptions; problems: string[]; places: ConfigPlace[] }

export const CONFIG_KEYS = ['$schema', 'rules', 'jurisdiction', 'jurisdictions', 'maxPolicyAgeMonths', 'extraVendors', 'allowRecipientCategories', 'include', 'exclude', 'codeRoots'] as const;
export type ConfigKey = typeof CONFIG_KEYS[number];

/** The values of a rule's entry under "rules" ("info" and false are also read, as information and off). */
export const SEVERITY_VALUES: readonly string[] = ['off', 'hint', 'information', 'warning', 'error'];
export const JURISDICTION_VALUES: readonly Jurisdiction[] = ['auto', 'eu', 'uk', 'other'];

/** Values of "jurisdictions": eu, uk, or an EU/EEA member state's ISO 3166-1 alpha-2 code (gb = uk, el = gr). */
export const JURISDICTION_CODES: readonly string[] = ['eu', 'uk', ...MEMBER_STATE_CODES];
const JURISDICTION_ALIASES: Record<string, string> = { gb: 'uk', el: 'gr' };

/** The keys of an object in "extraVendors". */
export const VENDOR_KEYS = ['name', 'aliases', 'owner', 'category', 'id'] as const;

/** Every name "rules" accepts, ids first: a typo is matched against aliases too. */
const RULE_NAMES = [...RULES.map((r) => r.id), ...RULES.flatMap((r) => r.aliases)];

/** A file of thousands of mistakes gets the first few and a count, not a message per key. */
const MAX_PROBLEMS = 50;

/** Collects problems; past MAX_PROBLEMS it only counts them, and `describe` (which may search for a suggestion) is not called. */
class Problems {
  readonly messages: string[] = [];
  readonly places: ConfigPlace[] = [];
  private dropped = 0;

  add(path: ConfigPath, on: ConfigPlace['on'], describe: () => string | { message: string; replacement?: string }): void {
    if (this.messages.length >= MAX_PROBLEMS) { this.dropped++; return; }
    const d = describe();
    const { message, replacement } = typeof d === 'string' ? { message: d, replacement: undefined } : d;
    this.messages.push(message);
    this.places.push(replacement === undefined ? { path, on } : { path, on, replacement });
  }

  result(options: LintOptions): ConfigResult {
    if (this.dropped) {
      this.messages.push(`… and ${this.dropped} more problem${this.dropped === 1 ? '' : 's'} of the same kinds`);
      this.places.push({ path: [], on: 'start' });
    }
    return { options, problems: this.messages, places: this.places };
  }
}

/** `"<what> …; did you mean "x"? (<fallback>)"`, with the suggestion as the replacement. */
function suggesting(head: string, suggestion: string | undefined, tail: string): { message: string; replacement?: string } {
  return suggestion === undefined ? { message: `${head} ${tail}` } : { message: `${head}; did you mean "${suggestion}"? ${tail}`, replacement: suggestion };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function validateConfig(raw: unknown): ConfigResult {
  const problems = new Problems();
  const options: LintOptions = {};
  if (!isObject(raw)) {
    problems.add([], 'value', () => 'the configuration must be a JSON object (defaults are used)');
    return problems.result(options);
  }
  const obj = raw;
  for (const key of Object.keys(obj)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) problems.add([key], 'key', () => suggesting(`unknown key "${key}"`, nearest(key, CONFIG_KEYS), '(ignored)'));
  }
  if (obj.$schema !== undefined && typeof obj.$schema !== 'string') problems.add(['$schema'], 'value', () => '"$schema" must be the address of a JSON schema, a string (ignored)');
  if (obj.rules !== undefined) {
    if (!isObject(obj.rules)) problems.add(['rules'], 'value', () => '"rules" must be an object of rule id → severity (ignored)');
    else {
      const rules: Record<string, Severity | 'off'> = {};
      for (const [id, level] of Object.entries(obj.rules)) {
        const rule = ruleById(id);
        const norm = level === 'info' ? 'information' : level === false ? 'off' : level;
        if (!rule) problems.add(['rules', id], 'key', () => suggesting(`"rules.${id}": unknown rule`, nearest(id, RULE_NAMES, (n) => ruleById(n)), '(ignored)'));
        else if (typeof norm !== 'string' || !SEVERITY_VALUES.includes(norm)) {
          problems.add(['rules', id], 'value', () => suggesting(`"rules.${id}": severity must be one of ${SEVERITY_VALUES.join(', ')}`,
            typeof level === 'string' ? nearest(level, SEVERITY_VALUES) : undefined, '(the rule\'s default is used)'));
        } else rules[rule.id] = norm as Severity | 'off';
      }
      options.rules = rules;
    }
  }
  if (obj.jurisdiction !== undefined) {
    const j = obj.jurisdiction;
    if (typeof j === 'string' && (JURISDICTION_VALUES as readonly string[]).includes(j)) options.jurisdiction = j as Jurisdiction;
    else if (typeof j === 'string' && MEMBER_STATE_CODES.includes(j.trim().toLowerCase())) {
      problems.add(['jurisdiction'], 'value', () => `"jurisdiction" must be one of ${JURISDICTION_VALUES.join(', ')}; a member state such as "${j.trim().toLowerCase()}" goes in "jurisdictions" (auto is used)`);
    } else {
      problems.add(['jurisdiction'], 'value', () => suggesting(`"jurisdiction" must be one of ${JURISDICTION_VALUES.join(', ')}`,
        typeof j === 'string' ? JURISDICTION_ALIASES[j.trim().toLowerCase()] ?? nearest(j, JURISDICTION_VALUES) : undefined, '(auto is used)'));
    }
  }
  if (obj.jurisdictions !== undefined) {
    if (!Array.isArray(obj.jurisdictions)) problems.add(['jurisdictions'], 'value', () => '"jurisdictions" must be an array of codes: eu, uk, or a member state such as de, fr, ie (decided from the text instead)');
    else {
      const codes: string[] = [];
      obj.jurisdictions.forEach((v, i) => {
        const c = typeof v === 'string' ? v.trim().toLowerCase() : '';
        const code = JURISDICTION_ALIASES[c] ?? c;
        if (JURISDICTION_CODES.includes(code)) { if (!codes.includes(code)) codes.push(code); }
        // Two-letter codes are all one or two edits apart: no suggestion would be more than a guess.
        else problems.add(['jurisdictions', i], 'value', () => `"jurisdictions[${i}]" must be eu, uk, or the two-letter code of an EU/EEA member state such as de, fr, ie (ignored)`);
      });
      options.jurisdictions = codes;
    }
  }
  if (obj.maxPolicyAgeMonths !== undefined) {
    if (typeof obj.maxPolicyAgeMonths === 'number' && Number.isInteger(obj.maxPolicyAgeMonths) && obj.maxPolicyAgeMonths > 0) options.maxPolicyAgeMonths = obj.maxPolicyAgeMonths;
    else problems.add(['maxPolicyAgeMonths'], 'value', () => '"maxPolicyAgeMonths" must be a positive whole number (24 is used)');
  }
  if (obj.allowRecipientCategories !== undefined) {
    if (typeof obj.allowRecipientCategories === 'boolean') options.allowRecipientCategories = obj.allowRecipientCategories;
    else problems.add(['allowRecipientCategories'], 'value', () => '"allowRecipientCategories" must be true or false (false is used)');
  }
  if (obj.extraVendors !== undefined) {
    if (!Array.isArray(obj.extraVendors)) problems.add(['extraVendors'], 'value', () => '"extraVendors" must be an array (ignored)');
    else options.extraVendors = extraVendors(obj.extraVendors, problems);
  }
  for (const key of ['include', 'exclude'] as const) {
    const v = obj[key];
    if (v === undefined) continue;
    // On the first element that is no pattern, where the array is one.
    const bad = Array.isArray(v) ? v.findIndex((x) => typeof x !== 'string') : -1;
    if (!Array.isArray(v) || bad >= 0) problems.add(bad >= 0 ? [key, bad] : [key], 'value', () => `"${key}" must be an array of glob patterns (ignored)`);
  }
  if (obj.codeRoots !== undefined && !isCodeRoots(obj.codeRoots)) {
    const bad = isObject(obj.codeRoots) ? Object.keys(obj.codeRoots).find((k) => !isCodeRootsEntry((obj.codeRoots as Record<string, unknown>)[k])) : undefined;
    problems.add(bad === undefined ? ['codeRoots'] : ['codeRoots', bad], 'value', () => bad === undefined
      ? '"codeRoots" must be an object of policy glob → folder or array of folders, relative to this file (ignored)'
      : `"codeRoots.${bad}" must be a folder or a non-empty array of folders, relative to this file ("codeRoots" is ignored)`);
  }
  return problems.result(options);
}

/** The vendors of "extraVendors": a name, or an object with a "name"; a wrong part of an object is reported and left out. */
function extraVendors(items: unknown[], problems: Problems): VendorEntry[] {
  const vendors: VendorEntry[] = [];
  items.forEach((v, i) => {
    if (typeof v === 'string' && v.trim()) { vendors.push({ id: `extra-${i}`, name: v.trim(), owner: v.trim(), category: 'other' }); return; }
    if (!isObject(v) || typeof v.name !== 'string') {
      problems.add(['extraVendors', i], 'value', () => `"extraVendors[${i}]" must be a name or an object with a "name" (ignored)`);
      return;
    }
    for (const key of Object.keys(v)) {
      if (!(VENDOR_KEYS as readonly string[]).includes(key)) problems.add(['extraVendors', i, key], 'key', () => suggesting(`"extraVendors[${i}].${key}": unknown key`, nearest(key, VENDOR_KEYS), '(ignored)'));
    }
    const aliases = Array.isArray(v.aliases) ? v.aliases.filter((x): x is string => typeof x === 'string') : [];
    if (v.aliases !== undefined && (!Array.isArray(v.aliases) || aliases.length !== v.aliases.length)) problems.add(['extraVendors', i, 'aliases'], 'value', () => `"extraVendors[${i}].aliases" must be an array of names (the names in it are used)`);
    for (const key of ['owner', 'category', 'id'] as const) {
      if (v[key] !== undefined && typeof v[key] !== 'string') problems.add(['extraVendors', i, key], 'value', () => `"extraVendors[${i}].${key}" must be a string (ignored)`);
    }
    const text = (x: unknown) => (typeof x === 'string' ? x : undefined);
    vendors.push({ id: text(v.id) ?? `extra-${i}`, name: v.name, aliases, owner: text(v.owner) ?? v.name, category: text(v.category) ?? 'other' });
  });
  return vendors;
}

/**
 * `codeRoots`: which code each policy is checked against (policylint --workspace), a policy glob →
 * the folder or folders whose manifests give its inventory, both relative to the configuration
 * file. Read by the front end, which builds the inventory; the engine never sees it.
 */
export type CodeRoots = Record<string, string | string[]>;
export function isCodeRoots(v: unknown): v is CodeRoots {
  return isObject(v) && Object.values(v).every(isCodeRootsEntry);
}
function isCodeRootsEntry(x: unknown): boolean {
  return typeof x === 'string' || (Array.isArray(x) && x.length > 0 && x.every((y) => typeof y === 'string'));
}

/** Later options win, key by key; rule maps are merged. */
export function mergeOptions(...layers: LintOptions[]): LintOptions {
  const out: LintOptions = {};
  for (const l of layers) {
    if (l.rules) out.rules = { ...out.rules, ...l.rules };
    if (l.jurisdiction) out.jurisdiction = l.jurisdiction;
    if (l.jurisdictions && l.jurisdictions.length) out.jurisdictions = l.jurisdictions;
    if (l.maxPolicyAgeMonths) out.maxPolicyAgeMonths = l.maxPolicyAgeMonths;
    if (l.allowRecipientCategories !== undefined) out.allowRecipientCategories = l.allowRecipientCategories;
    if (l.extraVendors) out.extraVendors = [...(out.extraVendors ?? []), ...l.extraVendors];
    if (l.today) out.today = l.today;
    if (l.inventory) out.inventory = l.inventory;
  }
  return out;
}
