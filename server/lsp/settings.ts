// Settings of one document: the editor's policyLint.* settings (asked per document,
// cached per document URI, never in globals) merged with the nearest
// .policylintrc.json. The config file wins over editor settings: it is the
// project's shared choice. Bad values fall back to defaults with a message.
import * as fs from 'node:fs';
import { mergeOptions, validateConfig } from '../../rules/config';
import type { LintOptions } from '../../rules/rule';
import { findConfig, readConfig, type ConfigProblem } from '../configFile';
import { globToRegExp } from '../glob';

export interface EditorSettings {
  enable: boolean;
  include: string[];
  exclude: string[];
  rules: Record<string, string>;
  jurisdiction: string;
  jurisdictions: string[];
  extraVendors: unknown[];
  debounceMs: number;
  maxFileSizeKb: number;
  maxPolicyAgeMonths: number;
  /** processor-undisclosed-in-code: a category of recipients the policy names counts as naming its services. */
  allowRecipientCategories: boolean;
  /** Check policies against the services the workspace's code uses (its manifests and pages). */
  codeInventory: boolean;
}

export const DEFAULT_INCLUDE = ['**/*privacy*', '**/*polic{y,ies}*', '**/*cookie*', '**/*gdpr*', '**/*data-protection*', '**/*data_protection*', '**/*dpa*', '**/*notice*'];

/**
 * A component or template (page.tsx, Privacy.vue, privacy.html.erb) is also a policy in a folder
 * named for one: Next.js and Nuxt name a page by its folder (app/privacy/page.tsx).
 */
export const COMPONENT_FOLDERS = ['**/privacy/**', '**/privacy-policy/**', '**/legal/**', '**/cookies/**', '**/cookie-policy/**', '**/gdpr/**', '**/data-protection/**'];

/** README and changelog files are never policies, whatever they mention. */
export const DEFAULT_EXCLUDE = ['**/README*', '**/CHANGELOG*', '**/node_modules/**'];

export const DEFAULT_SETTINGS: EditorSettings = {
  enable: true,
  include: DEFAULT_INCLUDE,
  exclude: DEFAULT_EXCLUDE,
  rules: {},
  jurisdiction: 'auto',
  jurisdictions: [],
  extraVendors: [],
  debounceMs: 200,
  maxFileSizeKb: 2048,
  maxPolicyAgeMonths: 24,
  allowRecipientCategories: false,
  codeInventory: true,
};

/** Editor settings with wrong types replaced by their defaults (the editor validates too, but a client may send anything). */
export function normalizeSettings(raw: unknown): EditorSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof EditorSettings, unknown>>;
  const strings = (v: unknown, d: string[]) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v as string[] : d);
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d);
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    include: strings(r.include, DEFAULT_SETTINGS.include),
    exclude: strings(r.exclude, DEFAULT_SETTINGS.exclude),
    rules: r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules) ? r.rules as Record<string, string> : {},
    jurisdiction: typeof r.jurisdiction === 'string' ? r.jurisdiction : 'auto',
    jurisdictions: strings(r.jurisdictions, []),
    extraVendors: Array.isArray(r.extraVendors) ? r.extraVendors : [],
    debounceMs: num(r.debounceMs, DEFAULT_SETTINGS.debounceMs),
    maxFileSizeKb: num(r.maxFileSizeKb, DEFAULT_SETTINGS.maxFileSizeKb),
    maxPolicyAgeMonths: num(r.maxPolicyAgeMonths, DEFAULT_SETTINGS.maxPolicyAgeMonths),
    allowRecipientCategories: typeof r.allowRecipientCategories === 'boolean' ? r.allowRecipientCategories : DEFAULT_SETTINGS.allowRecipientCategories,
    codeInventory: typeof r.codeInventory === 'boolean' ? r.codeInventory : DEFAULT_SETTINGS.codeInventory,
  };
}

/** LintOptions from editor settings (validated like the config file, problems returned). */
export function optionsFromSettings(s: EditorSettings): { options: LintOptions; problems: string[] } {
  const { options, problems } = validateConfig({ rules: s.rules, jurisdiction: s.jurisdiction, jurisdictions: s.jurisdictions.length ? s.jurisdictions : undefined, extraVendors: s.extraVendors, maxPolicyAgeMonths: s.maxPolicyAgeMonths || undefined, allowRecipientCategories: s.allowRecipientCategories || undefined });
  return { options, problems: problems.map((p) => `setting policyLint.${p.replace(/^"/, '').replace(/"/, '')}`) };
}

export interface ConfigState { file?: string; options: LintOptions; problems: ConfigProblem[]; include?: string[]; exclude?: string[] }

/** Config files by path, re-read when their modification time changes. */
export class ConfigFiles {
  private readonly cache = new Map<string, { mtimeMs: number; state: ConfigState }>();

  forDocument(fsPath: string | undefined, workspaceRoots: string[]): ConfigState {
    if (!fsPath) return { options: {}, problems: [] };
    const root = workspaceRoots.find((r) => fsPath.startsWith(r));
    const file = findConfig(dirname(fsPath), root);
    return file ? this.read(file) : { options: {}, problems: [] };
  }

  /** The configuration file `file` as saved. */
  read(file: string): ConfigState {
    let mtimeMs = -1;
    try { mtimeMs = fs.statSync(file).mtimeMs; } catch { /* vanished: read reports it */ }
    const hit = this.cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit.state;
    const c = readConfig(file);
    const raw = (c.value && typeof c.value === 'object' ? c.value : {}) as Record<string, unknown>;
    const patterns = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v as string[] : undefined);
    const state: ConfigState = { file, options: c.options, problems: c.problems, include: patterns(raw.include), exclude: patterns(raw.exclude) };
    this.cache.set(file, { mtimeMs, state });
    return state;
  }

  invalidate(): void { this.cache.clear(); }
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i > 0 ? p.slice(0, i) : '/';
}

export function effectiveOptions(settings: EditorSettings, config: ConfigState): LintOptions {
  return mergeOptions(optionsFromSettings(settings).options, config.options);
}

const CALLS_ITSELF_POLICY = /\bprivacy\s+(?:policy|notice|statement)\b|\bcookie\s+(?:policy|notice)\b|\bdata\s+protection\s+(?:policy|notice|statement)\b/i;
const PERSONAL_DATA = /\bpersonal\s+(?:data|information)\b/gi;
/** Personal data in a component's text, also as the German page says it. */
const PERSONAL_DATA_ANY = /\bpersonal\s+(?:data|information)\b|\bpersonenbezogene[nr]?\s+Daten\b|\bpersonally\s+identifiable\b/gi;

/**
 * Is this a policy document? By file name (include patterns, exclude wins) or, failing
 * that, by content: the opening part calls itself a privacy policy or talks about personal data.
 */
export function isPolicyDocument(path: string | undefined, text: string, include: string[], exclude: string[], component = false): boolean {
  if (path) {
    const p = path.replace(/\\/g, '/');
    if (exclude.some((g) => globToRegExp(g, 'i').test(p))) return false;
    // A component or template whose path names privacy is a policy; one whose path only contains
    // "dpa", "notice", "cookie", "policy" or "legal" is one only if its text reads as one: an application
    // has many such files (AddPasswordAuthModal.tsx, a mailer's _notice.html.erb, CookieBanner.tsx).
    if (include.some((g) => globToRegExp(g, 'i').test(p))) return !component || namesPrivacy(p) || looksLikePolicyComponent(text);
    if (component && COMPONENT_FOLDERS.some((g) => globToRegExp(g, 'i').test(p))) return namesPrivacy(p) || looksLikePolicyComponent(text);
  }
  return looksLikePolicyText(text);
}

/**
 * A component's or template's text reads as a policy: it calls itself a privacy or cookie policy or
 * notice, or speaks of personal data at least twice. Read anywhere in its first 100 KB, since a page's
 * prose comes after its imports and markup; no parse.
 */
export function looksLikePolicyComponent(text: string): boolean {
  const head = text.length > 100_000 ? text.slice(0, 100_000) : text;
  return CALLS_ITSELF_POLICY.test(head) || (head.match(PERSONAL_DATA_ANY)?.length ?? 0) >= 2;
}

/** A path that names privacy itself: privacy/, privacy-policy.tsx, gdpr, data-protection, datenschutz. */
export function namesPrivacy(p: string): boolean {
  return /privacy|gdpr|data[-_]?protection|datenschutz/i.test(p);
}

/** The opening calls itself a privacy/cookie policy or notice, or talks about personal data more than in passing. */
export function looksLikePolicyText(text: string): boolean {
  if (CALLS_ITSELF_POLICY.test(text.slice(0, 600))) return true;
  return (text.slice(0, 3000).match(PERSONAL_DATA)?.length ?? 0) >= 2;
}
