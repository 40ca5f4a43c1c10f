// The checker of `.policylintrc.json` (issue 12), class by class: each problem once, on the key or
// value at fault (found with jsonc-parser's offsets), with "did you mean" where a known name is
// near, and invalid JSON said in words at the place of the error. And the JSON schema, which must
// not report anything itself (so that nothing is shown twice) and must name what the checker accepts.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_KEYS, JURISDICTION_CODES, JURISDICTION_VALUES, SEVERITY_VALUES, validateConfig, VENDOR_KEYS } from '../rules/config';
import { SEVERITIES } from '../rules/model/types';
import { RULES } from '../rules/registry';
import { editDistance, nearest } from '../rules/shared/nearest';
import { configSchema } from '../scripts/generate-docs';
import { checkConfigText, type ConfigRange } from '../server/configFile';

/** The text a range covers. */
function textAt(text: string, r: ConfigRange): string {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  return [lines[r.start.line].slice(r.start.character), ...lines.slice(r.start.line + 1, r.end.line), lines[r.end.line].slice(0, r.end.character)].join('\n');
}

/** Each problem of `text` as [message, the text it is on, the replacement's JSON text]. */
const check = (text: string) => checkConfigText(text).problems.map((p) => [p.message, textAt(text, p.range), p.replacement?.newText]);
const rules = (entries: string) => `{\n  "rules": {\n${entries}\n  }\n}\n`;

describe('.policylintrc.json checker', () => {
  describe('"did you mean": the nearest known name, within a bound', () => {
    it('counts edits, a transposition as one, ignoring case, and stops past the bound', () => {
      assert.equal(editDistance('gdpr-artcle-mismatch', 'gdpr-article-mismatch', 3), 1);
      assert.equal(editDistance('gdpr-artilce-mismatch', 'gdpr-article-mismatch', 3), 1);
      assert.equal(editDistance('ERROR', 'error', 3), 0);
      assert.equal(editDistance('warn', 'warning', 2), 3, 'past the bound: bound + 1');
      assert.equal(editDistance('retention-undefined', 'consent-continued-use', 3), 4);
    });
    it('suggests the nearest within 1 edit up to 4 characters, 2 up to 8, 3 beyond, or the only name the word begins', () => {
      assert.equal(nearest('rule', CONFIG_KEYS), 'rules');
      assert.equal(nearest('jurisdicton', CONFIG_KEYS), 'jurisdiction');
      assert.equal(nearest('maxPolicyAge', CONFIG_KEYS), 'maxPolicyAgeMonths', 'a prefix');
      assert.equal(nearest('warn', SEVERITY_VALUES), 'warning', 'a prefix');
      assert.equal(nearest('eror', SEVERITY_VALUES), 'error');
      assert.equal(nearest('of', SEVERITY_VALUES), 'off');
      assert.equal(nearest('on', SEVERITY_VALUES), undefined, '2 edits from "off" is too far for 2 characters');
      assert.equal(nearest('fatal', SEVERITY_VALUES), undefined);
      assert.equal(nearest('colour', CONFIG_KEYS), undefined);
    });
    it('suggests nothing when two different names are equally near, and the first of one thing\'s names when they are', () => {
      assert.equal(nearest('ab', ['ac', 'ad']), undefined);
      assert.equal(nearest('exclud', ['include', 'exclude']), 'exclude');
      // "retention" begins a rule's id and its alias: one rule, so its id.
      const names = [...RULES.map((r) => r.id), ...RULES.flatMap((r) => r.aliases)];
      const rule = (n: string) => RULES.find((r) => r.id === n || r.aliases.includes(n));
      assert.equal(nearest('retention', names, rule), 'retention-undefined');
      // "gdpr" begins ids and aliases of two rules: no guess.
      assert.equal(nearest('gdpr', names, rule), undefined);
    });
  });

  describe('an unknown rule id near an existing one: on the key, with "did you mean" and its replacement', () => {
    it('a typo of an id', () => {
      assert.deepEqual(check(rules('    "gdpr-artcle-mismatch": "off"')), [
        ['"rules.gdpr-artcle-mismatch": unknown rule; did you mean "gdpr-article-mismatch"? (ignored)', '"gdpr-artcle-mismatch"', '"gdpr-article-mismatch"'],
      ]);
    });
    it('a typo of an alias suggests the alias; an id in capitals, the id', () => {
      assert.deepEqual(check(rules('    "implied-consnt": "off",\n    "PROCESSOR-UNLISTED": "off"')), [
        ['"rules.implied-consnt": unknown rule; did you mean "implied-consent"? (ignored)', '"implied-consnt"', '"implied-consent"'],
        ['"rules.PROCESSOR-UNLISTED": unknown rule; did you mean "processor-unlisted"? (ignored)', '"PROCESSOR-UNLISTED"', '"processor-unlisted"'],
      ]);
    });
    it('a top-level key and a key of an extra vendor too', () => {
      assert.deepEqual(check('{ "jurisdicton": "uk", "extraVendors": [{ "name": "Acme", "alias": ["AcmeCo"] }] }'), [
        ['unknown key "jurisdicton"; did you mean "jurisdiction"? (ignored)', '"jurisdicton"', '"jurisdiction"'],
        ['"extraVendors[0].alias": unknown key; did you mean "aliases"? (ignored)', '"alias"', '"aliases"'],
      ]);
    });
    it('no replacement where it would write a key its object already has', () => {
      assert.deepEqual(check('{ "rule": {}, "rules": { "gdpr-artcle-mismatch": "off", "gdpr-article-mismatch": "error" } }'), [
        ['unknown key "rule"; did you mean "rules"? (ignored)', '"rule"', undefined],
        ['"rules.gdpr-artcle-mismatch": unknown rule; did you mean "gdpr-article-mismatch"? (ignored)', '"gdpr-artcle-mismatch"', undefined],
      ]);
    });
  });

  describe('an unknown id far from all: on the key, with no guess', () => {
    it('rule ids and keys', () => {
      assert.deepEqual(check('{ "colour": "red", "rules": { "no-such-rule": "off", "toString": "off", "__proto__": "off" } }'), [
        ['unknown key "colour" (ignored)', '"colour"', undefined],
        ['"rules.no-such-rule": unknown rule (ignored)', '"no-such-rule"', undefined],
        ['"rules.toString": unknown rule (ignored)', '"toString"', undefined],
        ['"rules.__proto__": unknown rule (ignored)', '"__proto__"', undefined],
      ]);
    });
  });

  describe('a wrong severity value: on the value', () => {
    it('a near one with "did you mean", a far one without', () => {
      assert.deepEqual(check(rules('    "retention-undefined": "warn",\n    "processor-unlisted": "ERROR",\n    "request-deadline": "fatal"')), [
        ['"rules.retention-undefined": severity must be one of off, hint, information, warning, error; did you mean "warning"? (the rule\'s default is used)', '"warn"', '"warning"'],
        ['"rules.processor-unlisted": severity must be one of off, hint, information, warning, error; did you mean "error"? (the rule\'s default is used)', '"ERROR"', '"error"'],
        ['"rules.request-deadline": severity must be one of off, hint, information, warning, error (the rule\'s default is used)', '"fatal"', undefined],
      ]);
    });
    it('the severity of a rule written twice is checked where JSON reads it: the last', () => {
      assert.deepEqual(check('{ "rules": { "retention-undefined": "error", "retention-undefined": "loud" } }').map(([, at]) => at), ['"loud"']);
    });
    it('a jurisdiction: near, an alias, a member state, far', () => {
      assert.deepEqual(check('{ "jurisdiction": "EU" }')[0].slice(1), ['"EU"', '"eu"']);
      assert.deepEqual(check('{ "jurisdiction": "gb" }')[0], ['"jurisdiction" must be one of auto, eu, uk, other; did you mean "uk"? (auto is used)', '"gb"', '"uk"']);
      assert.deepEqual(check('{ "jurisdiction": "de" }')[0], ['"jurisdiction" must be one of auto, eu, uk, other; a member state such as "de" goes in "jurisdictions" (auto is used)', '"de"', undefined]);
      assert.deepEqual(check('{ "jurisdiction": "mars" }')[0], ['"jurisdiction" must be one of auto, eu, uk, other (auto is used)', '"mars"', undefined]);
    });
  });

  describe('a wrong type: on the value (on the element of an array)', () => {
    it('each key', () => {
      const text = '{\n  "rules": ["processor-unlisted"],\n  "jurisdiction": 5,\n  "jurisdictions": ["uk", 7],\n  "maxPolicyAgeMonths": "24",\n  "extraVendors": [{ "name": "Acme", "owner": 3, "aliases": "AcmeCo" }],\n  "include": ["*.md", null],\n  "exclude": "README.md",\n  "$schema": 1,\n  "codeRoots": { "a.md": [] }\n}';
      const problems = checkConfigText(text).problems;
      assert.deepEqual(problems.map((p) => [p.range.start.line, textAt(text, p.range)]), [
        [8, '1'],
        [1, '["processor-unlisted"]'],
        [2, '5'],
        [3, '7'],
        [4, '"24"'],
        [5, '"AcmeCo"'],
        [5, '3'],
        [6, 'null'],
        [7, '"README.md"'],
        [9, '[]'],
      ]);
      assert.ok(problems.every((p) => !p.replacement && !p.syntax));
    });
    it('a severity that is no string: 2, null, true', () => {
      assert.deepEqual(check(rules('    "retention-undefined": 2,\n    "processor-unlisted": null,\n    "request-deadline": true')).map(([m, at, r]) => [String(m).replace(/: severity.*/, ''), at, r]), [
        ['"rules.retention-undefined"', '2', undefined],
        ['"rules.processor-unlisted"', 'null', undefined],
        ['"rules.request-deadline"', 'true', undefined],
      ]);
    });
    it('the whole file is no object: on the value', () => {
      assert.deepEqual(check('[\n  "processor-unlisted"\n]'), [['the configuration must be a JSON object (defaults are used)', '[\n  "processor-unlisted"\n]', undefined]]);
    });
  });

  describe('invalid JSON: one plain sentence at the error, not the parser\'s text', () => {
    /** [text, the message's detail, the text the problem is on]. */
    const CASES: Array<[string, string, string]> = [
      ['{\n  "rules": {\n    "retention-undefined": "off"\n    "processor-unlisted": "off"\n  }\n}', 'a comma is missing after line 3', '"off"'],
      ['{\n  "jurisdiction": "uk"\n  "maxPolicyAgeMonths": 12\n}', 'a comma is missing after line 2', '"uk"'],
      ['{ "rules": { "processor-unlisted": "off", } }', 'a comma after the last entry on line 1: JSON allows none there (remove it)', ','],
      ['{\n  "jurisdictions": ["de", "fr",]\n}', 'a comma after the last entry on line 2: JSON allows none there (remove it)', ','],
      ['{ "rules": {\n  "processor-unlisted": "off"', 'the file ends before the object opened on line 1 is closed ("}" is missing)', '"off"'],
      ['{ "include": ["a.md"', 'the file ends before the array opened on line 1 is closed ("]" is missing)', '"a.md"'],
      ['', 'the file is empty (write {} for no settings)', ''],
      ['  \n', 'the file is empty (write {} for no settings)', ''],
      ['{ rules: {} }', 'the name rules on line 1 needs double quotes: "rules"', 'rules'],
      ['{\n  "jurisdiction": uk\n}', 'the value uk on line 2 needs double quotes: "uk"', 'uk'],
      ["{ 'rules': {} }", 'single quotes on line 1: JSON strings and names take double quotes', "'rules'"],
      ['{ "rules": { "processor-unlisted": False } }', 'False on line 1 is not a JSON value: write false', 'False'],
      ['{ "maxPolicyAgeMonths": NaN }', 'NaN on line 1 is not a JSON value', 'NaN'],
      ['// team settings\n{}', 'JSON has no comments: remove the comment on line 1', '// team settings'],
      ['{\n  "rules": {} /* none */\n}', 'JSON has no comments: remove the comment on line 2', '/* none */'],
      ['{ "include": ["a.md"} }', 'the array opened on line 1 is closed with "}" on line 1: use "]"', '}'],
      ['{ "rules": {"a": "off"] }', 'the object opened on line 1 is closed with "]" on line 1: use "}"', ']'],
      ['{ "rules": {} }\n}', 'an extra "}" on line 2, after the end of the configuration', '}'],
      ['{}\n{}', 'more text on line 2, after the end of the configuration (a file holds one object)', '{'],
      ['{ "include": ["privacy\n.md"] }', 'the string on line 1 has no closing double quote', '"privacy'],
      ['{ "include": ["docs\\privacy.md"] }', 'the string on line 1 has a backslash JSON does not allow: write \\\\ for one, or use /', '"docs\\privacy.md"'],
      ['{ "include": ["\\u12"] }', 'the string on line 1 has a \\u escape without four hexadecimal digits', '"\\u12"'],
      ['{ "include": ["a\tb"] }', 'the string on line 1 holds a tab or another control character: write it as \\t or \\n, or remove it', '"a\tb"'],
      ['{ "maxPolicyAgeMonths": 024 }', 'the number on line 1 starts with 0: write it without the leading zero', '024'],
      ['{ "maxPolicyAgeMonths": 1. }', 'the number on line 1 is not written as JSON writes numbers', '1.'],
      ['{ "maxPolicyAgeMonths":\u00a024 }', 'an unusual space character (U+00A0) on line 1: JSON allows only spaces, tabs and line breaks', '\u00a0'],
      ['{ "rules" {} }', 'a colon is missing after the name on line 1', '"rules"'],
      ['{\n  "jurisdiction":\n}', 'a value is missing after the colon on line 2', ':'],
      ['{ "jurisdictions": ["de",, "fr"] }', 'two commas in a row on line 1', ','],
      ['{ , "rules": {} }', 'a comma with nothing before it on line 1', ','],
    ];
    for (const [text, detail, at] of CASES) {
      it(JSON.stringify(text), () => {
        assert.throws(() => JSON.parse(text), 'JSON.parse rejects it too');
        const problems = checkConfigText(text).problems;
        assert.equal(problems.length, 1);
        assert.equal(problems[0].message, `not valid JSON: ${detail} (defaults are used)`);
        assert.equal(textAt(text, problems[0].range), at);
        assert.equal(problems[0].syntax, true);
        assert.deepEqual(checkConfigText(text).options, {}, 'nothing of it is used');
      });
    }
    it('positions count from after a byte-order mark, as editors show the file', () => {
      const text = '\uFEFF{ "rules": { "gdpr-artcle-mismatch": "off" } }';
      const [p] = checkConfigText(text).problems;
      assert.deepEqual(p.range, { start: { line: 0, character: 13 }, end: { line: 0, character: 35 } });
      assert.equal(text.slice(1).slice(13, 35), '"gdpr-artcle-mismatch"');
    });
  });

  describe('a valid configuration: nothing', () => {
    const VALID = [
      '{}',
      '\uFEFF{ "rules": { "processor-unlisted": "off" } }',
      JSON.stringify({ $schema: './node_modules/policylint/schemas/policylintrc.schema.json', rules: Object.fromEntries(RULES.map((r, i) => [r.id, SEVERITY_VALUES[i % SEVERITY_VALUES.length]])) }, null, 2),
      // Aliases, "info" and false are read as documented.
      '{ "rules": { "gdpr-citation": "info", "repealed-law": false, "implied-consent": "hint" } }',
      JSON.stringify({ jurisdiction: 'uk', jurisdictions: ['de', 'gb', 'EL'], maxPolicyAgeMonths: 12, extraVendors: ['Acme Mailer', { name: 'Acme CRM', aliases: ['AcmeCRM'], owner: 'Acme Ltd', category: 'crm', id: 'acme-crm' }], include: ['**/*.md'], exclude: [], codeRoots: { 'docs/privacy.md': 'apps/web', 'm.md': ['a', 'b'] } }),
      '{\r\n  "rules": {\r\n    "retention-undefined": "error"\r\n  }\r\n}\r\n',
    ];
    for (const text of VALID) {
      it(JSON.stringify(text).slice(0, 90), () => assert.deepEqual(checkConfigText(text).problems, []));
    }
  });

  describe('the JSON schema: completion and hover only, from the lists the checker uses', () => {
    const schema = configSchema() as { properties: Record<string, { properties?: Record<string, { examples?: unknown[] }>; examples?: unknown[]; items?: { examples?: unknown[]; properties?: Record<string, unknown> } }> };
    /** Keywords with which an editor's JSON support would report a problem of its own. */
    const ASSERTIONS = ['type', 'enum', 'const', 'required', 'additionalProperties', 'propertyNames', 'patternProperties', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'pattern', 'format', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'minProperties', 'maxProperties', 'dependencies', 'dependentRequired', 'not', 'anyOf', 'oneOf', 'allOf', 'if', 'then', 'else', 'deprecationMessage', 'errorMessage', 'allowComments', 'allowTrailingCommas'];
    const keywords = (v: unknown, under: string, out: string[] = []): string[] => {
      if (Array.isArray(v)) v.forEach((x, i) => keywords(x, `${under}[${i}]`, out));
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          // Names of properties are data, not keywords; examples and snippets are values.
          if (under.endsWith('.properties') || k === 'examples' || k === 'defaultSnippets') { if (!['examples', 'defaultSnippets'].includes(k)) keywords(x, `${under}.${k}`, out); continue; }
          if (ASSERTIONS.includes(k)) out.push(`${under}.${k}`);
          keywords(x, `${under}.${k}`, out);
        }
      }
      return out;
    };
    it('has no keyword that validates', () => {
      assert.deepEqual(keywords(schema, '#'), []);
    });
    it('the file on disk is this schema (npm run docs), and package.json points VS Code to it', () => {
      const root = path.join(__dirname, '..');
      assert.deepEqual(JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'policylintrc.schema.json'), 'utf8')), schema);
      const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
      assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.policylintrc.json', url: './schemas/policylintrc.schema.json' }]);
    });
    it('names every key, rule id and value the checker accepts, and no other', () => {
      assert.deepEqual(Object.keys(schema.properties), [...CONFIG_KEYS]);
      assert.deepEqual(Object.keys(schema.properties.rules.properties!), RULES.map((r) => r.id));
      for (const r of RULES) assert.deepEqual(schema.properties.rules.properties![r.id].examples, [...SEVERITY_VALUES]);
      assert.deepEqual(schema.properties.jurisdiction.examples, [...JURISDICTION_VALUES]);
      assert.deepEqual(schema.properties.jurisdictions.items!.examples, [...JURISDICTION_CODES]);
      assert.deepEqual(Object.keys(schema.properties.extraVendors.items!.properties!), [...VENDOR_KEYS]);
      assert.deepEqual([...SEVERITY_VALUES].sort(), ['off', ...SEVERITIES].sort(), 'the severities of the engine, and off');
    });
    it('each value it proposes is valid for the checker', () => {
      for (const r of RULES) for (const level of SEVERITY_VALUES) assert.deepEqual(validateConfig({ rules: { [r.id]: level } }).problems, []);
      for (const j of JURISDICTION_VALUES) assert.deepEqual(validateConfig({ jurisdiction: j }).problems, []);
      assert.deepEqual(validateConfig({ jurisdictions: [...JURISDICTION_CODES] }).problems, []);
    });
  });
});
