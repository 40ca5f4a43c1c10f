// The blanks PolicyLint's own fixes write (rules/placeholders.ts): each declared spelling is reported, on
// itself and at information severity, by the first rule that declares it, until it is filled in; a
// policy's own brackets are not; no safe fix writes one. Over real policies, every blank any fix writes
// is declared and reported where it lands.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../rules/engine';
import { applyEdits } from '../rules/fixes';
import { formatOfPath } from '../rules/model/parse';
import type { Finding, Format } from '../rules/model/types';
import type { InventoryItem, LintOptions } from '../rules/rule';
import { checkedMessages, isPlaceholderFinding, PLACEHOLDERS, placeholdersOf, TODAY } from './helpers';

const lintAll = (text: string, format: Format = 'plaintext', options: LintOptions = {}): Finding[] => checkedMessages(lint(text, format, { today: TODAY, ...options }).findings);
const placeholderFindings = (text: string, format: Format = 'plaintext', options: LintOptions = {}) => lintAll(text, format, options).filter(isPlaceholderFinding);
/** The findings whose range is exactly [start, end). */
const on = (found: Finding[], start: number, end: number) => found.filter((f) => f.start === start && f.end === end);

const INTRO = 'Privacy Policy\n\nThis policy explains how we process personal data under the GDPR.\n\n';
/** A policy with the placeholder where its fix writes it: in a sentence, or a whole table cell. */
function policyWith(text: string, cellOnly: boolean): string {
  return cellOnly ? `# ${INTRO}## Sub-processors\n\n| Vendor | Purpose |\n|---|---|\n| Stripe | ${text} |\n` : `${INTRO}Our notes: ${text} stays to be written.\n`;
}
/** The contact blanks of required-disclosure's templates, which contact-placeholder reports (as a warning) instead. */
const CONTACT_BLANKS = new Set(['[email address]', '[postal address]', '[name of the organisation or person responsible]']);

describe('placeholders a fix writes', () => {
  for (const [text, { placeholder, rule }] of PLACEHOLDERS) {
    const format: Format = placeholder.cellOnly ? 'markdown' : 'plaintext';
    if (CONTACT_BLANKS.has(text)) {
      it(`leaves ${text} to contact-placeholder, which reports it as a blank: one finding, not two`, () => {
        const doc = policyWith(text, false);
        const at = doc.indexOf(text);
        const found = on(lintAll(doc), at, at + text.length);
        assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['contact-placeholder', 'warning']]);
      });
      continue;
    }
    it(`reports ${text} (${rule.id}) once, on itself, as information, until it is filled in`, () => {
      const doc = policyWith(text, placeholder.cellOnly === true);
      const at = doc.indexOf(text);
      const found = on(lintAll(doc, format), at, at + text.length);
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
      const [f] = found;
      assert.equal(f.ruleId, rule.id);
      assert.equal(f.severity, 'information');
      assert.ok(f.message.startsWith(`${placeholder.ask}: “[`), f.message);
      assert.match(f.message, / is a (?:placeholder from a PolicyLint fix|PolicyLint placeholder)\.$/);
      assert.deepEqual(f.data, { placeholder: text });
      assert.deepEqual(f.fixes, [], 'only a person fills a blank in');
      // Filled in, nothing is reported there.
      assert.deepEqual(placeholderFindings(doc.replace(text, 'two years'), format), []);
    });
  }

  it('reports every blank of a template where it stands, in plain text, Markdown, HTML and a JSX page', () => {
    const cases: Array<[Format, string]> = [
      ['plaintext', `${INTRO}We keep personal data for [period] after [event], and then delete it.\n`],
      ['markdown', `# ${INTRO}We keep personal data for **[period]** after _[event]_.\n\n- Stripe – [purpose], [country]\n`],
      ['html', `<html><body><h1>Privacy Policy</h1><p>We process personal data under the GDPR.</p><p>We keep personal data for <em>[period]</em> after [event].</p><table><tr><th>Vendor</th><th>Purpose</th></tr><tr><td>Stripe</td><td>[…]</td></tr></table></body></html>`],
      ['jsx', `export default function Privacy() {\n  return (\n    <main>\n      <h1>Privacy Policy</h1>\n      <p>We process personal data under the GDPR.</p>\n      <p>\n        We keep personal data for [period] after {'[event]'}.\n      </p>\n    </main>\n  );\n}\n`],
    ];
    for (const [format, doc] of cases) {
      const found = placeholderFindings(doc, format);
      const expected = [...doc.matchAll(/\[(?:period|event|purpose|country|…)\]/g)].map((m) => [m.index, m[0]]);
      assert.deepEqual(found.map((f) => [f.start, doc.slice(f.start, f.end)]), expected, format);
    }
  });

  it('is silent on brackets that are not PolicyLint\'s exact spellings', () => {
    const sentences = [
      'We keep data for [Period] after [Event].',
      'We keep data for [period of time] after [ event ].',
      'We keep data for [retention period].',
      'The court held that the controller shall […] inform the data subject.',
      'See footnote [1] and tick the box [x].',
    ];
    for (const s of sentences) assert.deepEqual(placeholderFindings(`${INTRO}${s}\n`), [], s);
    // "[…]" that is not a whole cell, and a Markdown link whose text is a word of ours.
    assert.deepEqual(placeholderFindings(`# ${INTRO}## Sub-processors\n\n| Vendor | Purpose |\n|---|---|\n| Stripe | […] and more |\n`, 'markdown'), []);
    assert.deepEqual(placeholderFindings(`# ${INTRO}We explain each [purpose](https://example.com/purposes) below.\n`, 'markdown'), []);
    // A template's own contact blank is contact-placeholder's business, reported as its blank.
    const own = `${INTRO}The controller is [Company Name].\n`;
    assert.deepEqual(placeholderFindings(own), []);
    assert.deepEqual(lintAll(own).filter((f) => own.slice(f.start, f.end) === '[Company Name]').map((f) => f.ruleId), ['contact-placeholder']);
  });

  it('takes the severity set for its rule; a rule turned off leaves a shared blank to the next rule that declares it', () => {
    const doc = `${INTRO}We keep personal data for [period]. We use Stripe for [purpose].\n`;
    const at = (f: Finding) => doc.slice(f.start, f.end);
    const shown = (options: LintOptions) => placeholderFindings(doc, 'plaintext', options).map((f) => `${at(f)} ${f.ruleId} ${f.severity}`);
    assert.deepEqual(shown({}), ['[period] retention-undefined information', '[purpose] processor-unlisted information']);
    assert.deepEqual(shown({ rules: { 'retention-undefined': 'error' } }), ['[period] retention-undefined error', '[purpose] processor-unlisted information']);
    assert.deepEqual(shown({ rules: { 'retention-period': 'warning' } }), ['[period] retention-undefined warning', '[purpose] processor-unlisted information'], 'by its alias too');
    assert.deepEqual(shown({ rules: { 'retention-undefined': 'off', 'processor-unlisted': 'off' } }), ['[purpose] required-disclosure information']);
    assert.deepEqual(shown({ rules: { 'processor-unlisted': 'off', 'required-disclosure': 'off' } }), ['[period] retention-undefined information', '[purpose] processor-undisclosed-in-code information']);
    assert.deepEqual(shown({ rules: { 'retention-undefined': 'off', 'processor-unlisted': 'off', 'required-disclosure': 'off', 'processor-undisclosed-in-code': 'off' } }), []);
  });

  it('is silenced by a disable comment for its rule, like any finding', () => {
    const doc = `${INTRO}<!-- policylint-disable-next-line retention-undefined -->\nWe keep personal data for [period] after [event].\nWe keep backups for [period].\n`;
    assert.deepEqual(placeholderFindings(doc).map((f) => doc.slice(f.start, f.end)), ['[period]']);
    assert.equal(placeholderFindings(doc)[0].start, doc.lastIndexOf('[period]'));
  });
});

describe('placeholders a fix writes, over real policies: every blank any fix writes is declared, and reported until filled in', () => {
  const use = (vendorId: string, text: string): InventoryItem => ({ vendorId, evidence: { path: '/app/package.json', label: 'package.json', line: 3, character: 4, length: text.length, text } });
  const files: Array<{ name: string; text: string; format: Format; options?: LintOptions }> = [];
  for (const dir of ['corpus-dev/policies', 'fixtures/corpus'].map((d) => join(__dirname, d))) {
    for (const name of readdirSync(dir).sort()) {
      const format = formatOfPath(name);
      if (format) files.push({ name, text: readFileSync(join(dir, name), 'utf8'), format });
    }
  }
  // The seed policies again with an inventory (processor-undisclosed-in-code's templates), and the tables a service
  // is added to (a row whose other cells are blanks).
  for (const f of files.filter((x) => x.name.endsWith('.txt') && !x.name.includes('-'))) files.push({ ...f, name: `${f.name} with an inventory`, options: { inventory: [use('sentry', '@sentry/node'), use('hotjar', '@hotjar/browser')] } });
  const table = (format: Format, text: string) => files.push({ name: `a ${format} table of processors`, text, format, options: { inventory: [use('hotjar', '@hotjar/browser')] } });
  table('markdown', '# Privacy Policy\n\nWe process personal data under the GDPR. We send e-mails with Mailchimp.\n\n## Sub-processors\n\n| Vendor | Purpose | Location |\n|---|---|---|\n| Stripe | Payments | US |\n');
  table('html', '<html><body><h1>Privacy Policy</h1><p>We process personal data under the GDPR. We send e-mails with Mailchimp.</p><h2>Sub-processors</h2><table><tr><th>Vendor</th><th>Purpose</th></tr><tr><td>Stripe</td><td>Payments</td></tr></table></body></html>');
  table('plaintext', 'Privacy Policy\n\nWe process personal data under the GDPR. We send e-mails with Mailchimp.\n\nSub-processors\n\nVendor\tPurpose\nStripe\tPayments\n');
  // A data protection officer with no contact details (required-disclosure's DPO template).
  files.push({ name: 'a policy with a DPO and no contact', text: 'Privacy Policy\n\nWe care about your personal data under the GDPR.\n\nWe rely on legitimate interests and on your consent.\n\nWe have a data protection officer.\n', format: 'plaintext' });

  it('holds for each fix of each finding', function () {
    this.timeout(120_000);
    const seen = new Set<string>();
    const problems: string[] = [];
    let templates = 0;
    for (const { name, text, format, options } of files) {
      for (const f of lintAll(text, format, options)) {
        for (const fix of f.fixes) {
          const written = placeholdersOf(fix);
          // Every bracketed blank a fix writes is a declared placeholder (a Markdown link's text is no blank).
          for (const e of fix.edits) {
            for (const m of e.newText.matchAll(/\[[^[\]\n]{1,120}\](?!\()/g)) if (!PLACEHOLDERS.has(m[0])) problems.push(`${name}: "${fix.title}" writes ${m[0]}, which no rule declares`);
          }
          if (!written.length) continue;
          if (fix.safe) problems.push(`${name}: the safe fix "${fix.title}" writes ${written.join(', ')}`);
          templates++;
          written.forEach((w) => seen.add(w));
          const fixed = applyEdits(text, fix.edits);
          const after = lintAll(fixed, format, options);
          for (const w of new Set(written)) {
            const places = [...fixed.matchAll(new RegExp(w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'g'))].map((m) => m.index);
            const reported = places.filter((at) => on(after, at, at + w.length).some((g) => isPlaceholderFinding(g) || g.ruleId === 'contact-placeholder'));
            if (reported.length !== places.length) problems.push(`${name}: after "${fix.title}", ${w} is reported ${reported.length} of ${places.length} times`);
          }
          // Filled in, no blank is left to report.
          let filled = fixed;
          for (const w of new Set(written)) filled = filled.split(w).join('two years');
          const left = lintAll(filled, format, options).filter(isPlaceholderFinding);
          if (left.length) problems.push(`${name}: after "${fix.title}" and filling in, ${left.map((g) => filled.slice(g.start, g.end)).join(', ')} still reported`);
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(templates > 250, `${templates} template fixes`);
    // Every declared blank is written by some fix here, but for the legitimate interests' template in the first person.
    assert.deepEqual([...PLACEHOLDERS.keys()].filter((k) => !seen.has(k)), ['[the interest, e.g. keeping my services secure]']);
  });
});
