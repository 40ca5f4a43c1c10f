// Generates everything that comes from the rules' and settings' own definitions:
// - README.md: the rule index and the settings table
// - package.json: contributes.configuration (the policyLint.* settings, with the rule list)
// - schemas/policylintrc.schema.json: the JSON schema of .policylintrc.json (completion and hover only)
// - docs/rules/<rule>.md: the table of the blanks the rule's fixes write (its `placeholders`)
// `--check` exits 1 when a generated file is stale (the test suite runs it too).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_KEYS, JURISDICTION_CODES, JURISDICTION_VALUES, SEVERITY_VALUES, VENDOR_KEYS, type ConfigKey } from '../rules/config';
import { lint } from '../rules/engine';
import { RULES } from '../rules/registry';
import type { Placeholder, Rule } from '../rules/rule';
import { DEFAULT_SETTINGS } from '../server/lsp/settings';

const root = join(__dirname, '..');

export function ruleIndex(): string {
  const rows = RULES.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.description} | ${r.defaultSeverity} | ${r.aliases.map((a) => `\`${a}\``).join(', ')} |`);
  return ['| Rule | Flags | Default severity | Aliases |', '|---|---|---|---|', ...rows].join('\n');
}

const ruleDescription = (r: typeof RULES[number]) => `${r.description} (default: ${r.defaultSeverity})`;
const ruleProperties = () => Object.fromEntries(RULES.map((r) => [r.id, { enum: [...SEVERITY_VALUES], description: ruleDescription(r) }]));

const vendorItem = {
  anyOf: [
    { type: 'string', description: 'The service name as written in policies' },
    {
      type: 'object', required: ['name'], additionalProperties: false,
      properties: { name: { type: 'string' }, aliases: { type: 'array', items: { type: 'string' } }, owner: { type: 'string' }, category: { type: 'string' }, id: { type: 'string' } },
    },
  ],
};

/** The policyLint.* settings: one definition for the manifest and the README table. */
export function settings(): Record<string, Record<string, unknown>> {
  return {
    'policyLint.enable': { type: 'boolean', default: DEFAULT_SETTINGS.enable, description: 'Lint policy documents.' },
    'policyLint.include': { type: 'array', items: { type: 'string' }, default: DEFAULT_SETTINGS.include, description: 'Glob patterns (case-insensitive) of file paths that are policies. Other Markdown, plain-text and HTML files are linted only when their opening calls itself a privacy or cookie policy/notice, or talks about personal data.' },
    'policyLint.exclude': { type: 'array', items: { type: 'string' }, default: DEFAULT_SETTINGS.exclude, description: 'Glob patterns of file paths never linted; they win over include and over content.' },
    'policyLint.rules': { type: 'object', default: {}, additionalProperties: false, properties: ruleProperties(), description: 'Severity per rule, or off. Applies to every finding of the rule.' },
    'policyLint.jurisdiction': { type: 'string', enum: [...JURISDICTION_VALUES], default: DEFAULT_SETTINGS.jurisdiction, description: 'The law the policies are written under; auto decides from each text.' },
    'policyLint.jurisdictions': { type: 'array', items: { type: 'string', enum: [...JURISDICTION_CODES] }, default: [], description: 'Where the policies apply: eu, uk, or member-state codes (de, fr, ie, …). Used for the age of digital consent; detected from each text when empty.' },
    'policyLint.extraVendors': { type: 'array', items: vendorItem, default: [], description: 'Services your organisation uses that the vendor catalogue lacks.' },
    'policyLint.codeInventory': { type: 'boolean', default: DEFAULT_SETTINGS.codeInventory, description: 'Check each policy against the third-party services its workspace folder\'s code uses (the packages its manifests declare, the scripts its pages load; nothing is run or installed), for processor-undisclosed-in-code. The inventory is rebuilt when a manifest changes.' },
    'policyLint.allowRecipientCategories': { type: 'boolean', default: DEFAULT_SETTINGS.allowRecipientCategories, description: 'A category of recipients the policy names ("analytics providers", a list entry "Payments: …") counts as naming the services of that category, for processor-undisclosed-in-code. Off: the policy must name each service or its owner (by default a notice should name the actual recipients, WP260 rev.01).' },
    'policyLint.maxPolicyAgeMonths': { type: 'integer', minimum: 1, default: DEFAULT_SETTINGS.maxPolicyAgeMonths, description: 'A "last updated" date older than this is reported.' },
    'policyLint.debounceMs': { type: 'integer', minimum: 0, default: DEFAULT_SETTINGS.debounceMs, description: 'Milliseconds to wait after a change before linting.' },
    'policyLint.maxFileSizeKb': { type: 'integer', minimum: 1, default: DEFAULT_SETTINGS.maxFileSizeKb, description: 'Documents larger than this are not linted.' },
    // Read by the language client itself (vscode-languageclient: `<client id>.trace.server`), not by the server.
    'policyLint.trace.server': { type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off', scope: 'window', description: 'Log the messages between VS Code and the PolicyLint server in the PolicyLint output channel (for bug reports).' },
  };
}

/** Descriptions of the keys of an object in "extraVendors". */
const VENDOR_DESCRIPTIONS: Record<typeof VENDOR_KEYS[number], string> = {
  name: 'The service\'s name as policies write it.',
  aliases: 'Other names of the service.',
  owner: 'The company that runs it (default: the name).',
  category: 'What it does: analytics, email, crm, … (default: other).',
  id: 'An identifier of your own.',
};

/**
 * The JSON schema of .policylintrc.json: names, descriptions and proposed values, for completion
 * and hover. It has no validation keyword (type, enum, required, additionalProperties, …), so that
 * an editor's JSON support reports nothing: the server reports every problem, once, on the value
 * at fault and with "did you mean" (rules/config.ts). Its keys, rule ids and values are the lists
 * that validator checks against, so the two cannot disagree.
 */
export function configSchema(): Record<string, unknown> {
  const properties: Record<ConfigKey, Record<string, unknown>> = {
    $schema: { description: 'The address of this schema, for editors.' },
    rules: {
      description: `Severity per rule: ${SEVERITY_VALUES.join(', ')}. An alias of a rule id is read as the id.`,
      properties: Object.fromEntries(RULES.map((r) => [r.id, { description: ruleDescription(r), examples: [...SEVERITY_VALUES] }])),
    },
    jurisdiction: { description: 'The law the policies are written under; auto decides from each text.', examples: [...JURISDICTION_VALUES] },
    jurisdictions: { description: 'Where the policies apply: eu, uk, or member-state codes.', items: { examples: [...JURISDICTION_CODES] } },
    maxPolicyAgeMonths: { description: 'A "last updated" date older than this many months is reported.', examples: [DEFAULT_SETTINGS.maxPolicyAgeMonths] },
    allowRecipientCategories: { description: 'processor-undisclosed-in-code: a category of recipients the policy names ("analytics providers", a list entry "Payments: …") counts as naming the services of that category. Default false: each service or its owner must be named.', examples: [true, false] },
    extraVendors: {
      description: 'Services your organisation uses that the vendor catalogue lacks: a name, or an object with a name.',
      items: { properties: Object.fromEntries(VENDOR_KEYS.map((k) => [k, { description: VENDOR_DESCRIPTIONS[k] }])) },
    },
    include: { description: 'Glob patterns of policy files (replace the editor setting).', items: {} },
    exclude: { description: 'Glob patterns never linted (added to the editor setting).', items: {} },
    codeRoots: {
      description: 'policylint --workspace: the folder (or folders) whose code each policy is checked against, by policy glob, both relative to this file. By default a policy is checked against its nearest package root.',
      defaultSnippets: [{ body: {} }],
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'PolicyLint configuration (.policylintrc.json)',
    description: 'PolicyLint checks this file itself and reports each problem once; this schema offers completions and descriptions only.',
    properties: Object.fromEntries(CONFIG_KEYS.map((k) => [k, properties[k]])),
  };
}

export function settingsTable(): string {
  const rows = Object.entries(settings()).map(([k, v]) => `| \`${k}\` | ${JSON.stringify(v.default)} | ${v.description} |`);
  return ['| Setting | Default | Meaning |', '|---|---|---|', ...rows].join('\n');
}

/** Replaces the text between `<!-- name:start … -->` and `<!-- name:end -->`. */
export function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start (generated by npm run docs) -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`markers for "${name}" not found`);
  return text.slice(0, a + start.length) + '\n' + body + '\n' + text.slice(b);
}

/**
 * Which finding reports a blank, as the engine decides it (the first rule declaring it that is on, or the
 * finding that already covers it): found by linting a line that holds it, where its fix writes it.
 */
function reporterOf(p: Placeholder): { ruleId: string; severity: string; message: string } {
  const text = p.cellOnly
    ? `# Privacy Policy\n\nWe process personal data under the GDPR.\n\n## Sub-processors\n\n| Vendor | Purpose |\n|---|---|\n| Stripe | ${p.text} |\n`
    : `Privacy Policy\n\nWe process personal data under the GDPR.\n\nOur notes: ${p.text} stays to be written.\n`;
  const at = text.indexOf(p.text);
  const f = lint(text, p.cellOnly ? 'markdown' : 'plaintext').findings.find((x) => x.start === at && x.end === at + p.text.length);
  if (!f) throw new Error(`no finding reports ${p.text}`);
  return f;
}

/** A rule page's table of the blanks its fixes write. */
export function placeholderTable(rule: Rule): string {
  const rows = (rule.placeholders ?? []).map((p) => {
    const r = reporterOf(p);
    const by = r.ruleId === rule.id ? 'this rule' : `[\`${r.ruleId}\`](${r.ruleId}.md)${r.severity === 'information' ? '' : `, as a ${r.severity}`}`;
    return `| \`${p.text}\` | ${r.message} | ${by} |`;
  });
  return [
    'The blanks the fixes write. Each one left in the policy is a finding, on the blank, at information severity (unless the configuration sets the rule\'s severity), with no fix, until it is filled in. In VS Code a fix applied from the quick-fix menu leaves the cursor on its first blank, and Tab goes to the next. A blank that several rules\' fixes write is reported once, under the first of them that is on (see "Placeholders" under Architecture in the README).',
    '',
    '| Blank | Message | Reported by |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}

export function generated(): Array<{ file: string; text: string }> {
  const readmePath = join(root, 'README.md');
  let readme = replaceBetween(readFileSync(readmePath, 'utf8'), 'rules', ruleIndex());
  readme = replaceBetween(readme, 'settings', settingsTable());
  const pkgPath = join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  pkg.contributes.configuration = { title: 'PolicyLint', properties: settings() };
  const pages = RULES.filter((r) => r.placeholders?.length).map((r) => {
    const file = join(root, 'docs', 'rules', `${r.id}.md`);
    return { file, text: replaceBetween(readFileSync(file, 'utf8'), 'placeholders', placeholderTable(r)) };
  });
  return [
    { file: readmePath, text: readme },
    { file: pkgPath, text: JSON.stringify(pkg, null, 2) + '\n' },
    { file: join(root, 'schemas', 'policylintrc.schema.json'), text: JSON.stringify(configSchema(), null, 2) + '\n' },
    ...pages,
  ];
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const g of generated()) {
    let current = '';
    try { current = readFileSync(g.file, 'utf8'); } catch { /* not yet generated */ }
    if (current === g.text) continue;
    if (check) { console.error(`${g.file} is stale: run npm run docs`); stale++; } else { writeFileSync(g.file, g.text); console.log(`wrote ${g.file}`); }
  }
  process.exitCode = stale ? 1 : 0;
}
