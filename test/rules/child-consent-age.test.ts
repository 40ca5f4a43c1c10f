import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { childConsentAge } from '../../rules/child-consent-age';
import { CONFIG_KEYS, mergeOptions, validateConfig } from '../../rules/config';
import { resolveOptions } from '../../rules/engine';
import ages from '../../rules/knowledge/child-consent-ages.json';
import { parse } from '../../rules/model/parse';
import type { Finding, Format } from '../../rules/model/types';
import type { LintOptions } from '../../rules/rule';
import { MEMBER_STATE_CODES, memberStatesNamed } from '../../rules/shared/policyFacts';
import { ruleFindings } from '../helpers';

const RULE = 'child-consent-age';
const TODAY = new Date('2026-11-23');

/** The rule alone, through the engine. */
const findings = (text: string, options: LintOptions = {}, format: Format = 'plaintext'): Finding[] => ruleFindings(childConsentAge, text, format, { today: TODAY, ...options });
const flagged = (text: string, f: Finding) => text.slice(f.start, f.end);

const policy = (opening: string) => (body: string) => `Privacy Policy\n\n${opening}\n\n${body}\n`;
/** Germany (16, no lower age): named by its supervisory authority. */
const dePolicy = policy('We process personal data under the General Data Protection Regulation (GDPR). Our supervisory authority is the Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI).');
/** The UK (13): the ICO and the UK GDPR. */
const ukPolicy = policy('We process personal data under the UK GDPR. You may complain to the Information Commissioner\'s Office (ICO).');
/** France (15): the CNIL. */
const frPolicy = policy('We process personal data under the GDPR. You may lodge a complaint with the CNIL.');
/** Ireland (16): its Data Protection Commission's web address. */
const iePolicy = policy('We process personal data under the GDPR. You may complain to the Data Protection Commission at www.dataprotection.ie.');
/** Spain (14): the AEPD. */
const esPolicy = policy('We process personal data under the GDPR. You may complain to the Agencia Española de Protección de Datos (AEPD).');
/** Austria (14): the authority's web address. */
const atPolicy = policy('We process personal data under the GDPR. You may complain to the data protection authority (www.dsb.gv.at).');
/** The Netherlands (16): the company's register, no authority named. */
const nlPolicy = policy('Example B.V. is registered at the Dutch Chamber of Commerce under number 12345678. We process personal data under the GDPR.');
/** A GDPR policy that names no member state and not the UK: the GDPR's own 16. */
const euPolicy = policy('This policy explains how we process personal data under the General Data Protection Regulation (GDPR).');
/** No European law at all. */
const plainPolicy = policy('This policy explains how we handle personal information.');

describe(RULE, () => {
  const cases: Array<[string, (b: string) => string, string, string, RegExp, number]> = [
    ['Germany', dePolicy, 'We do not knowingly collect personal data from children under the age of 13.', 'under the age of 13', /for Germany is 16 \(GDPR Art\. 8\(1\); Germany has set no lower age\)/, 16],
    ['Germany', dePolicy, 'Optymyse does not intentionally collect information from children under the age of thirteen (13).', 'under the age of thirteen (13)', /aged 13 to 15/, 16],
    ['Germany', dePolicy, 'If you are under 14 years of age, you must obtain parental consent before submitting any form.', 'under 14 years of age', /aged 14 to 15/, 16],
    ['Germany', dePolicy, 'Users aged 12 or under need the consent of a parent or guardian.', '12 or under', /aged 13 to 15/, 16],
    ['the UK', ukPolicy, 'Children under 12 need the consent of a parent to open an account.', 'under 12', /for the United Kingdom is 13 \(UK GDPR Art\. 8\(1\), as amended by the Data Protection Act 2018, s\. 9\)/, 13],
    ['France', frPolicy, 'If you are under 13, your parent must consent to the processing of your personal data.', 'under 13', /for France is 15 \(GDPR Art\. 8\(1\) and Loi n° 78-17 .*art\. 45\)/, 15],
    ['Ireland', iePolicy, 'Children younger than 13 may only use our app with parental permission.', 'younger than 13', /for Ireland is 16 \(GDPR Art\. 8\(1\) and Data Protection Act 2018, s\. 31\)/, 16],
    ['the EU default', euPolicy, 'We do not collect personal information from anyone below the age of 14 without parental consent.', 'below the age of 14', /under the GDPR is 16 \(GDPR Art\. 8\(1\)\).*names no member state/, 16],
    ['the Netherlands', nlPolicy, 'Persons under 15 may only give consent with the approval of a legal representative.', 'under 15', /for the Netherlands is 16 \(GDPR Art\. 8\(1\); The Netherlands has set no lower age\)/, 16],
    ['Spain', esPolicy, 'You must be at least 13 years old to consent to the processing of your data.', 'at least 13 years old', /for Spain is 14 \(GDPR Art\. 8\(1\) and Ley Orgánica 3\/2018 \(LOPDGDD\), art\. 7\)/, 14],
    ['Austria', atPolicy, 'Children under the age of twelve need parental consent.', 'under the age of twelve', /for Austria is 14 .*DSG\) § 4\(4\)/, 14],
    ['Germany, named in a UK policy', ukPolicy, 'Users in Germany under 13 need parental consent.', 'under 13', /for Germany is 16/, 16],
    ['the EEA, named in a UK policy', ukPolicy, 'In the EEA, children under 13 need the consent of a parent.', 'under 13', /under the GDPR is 16/, 16],
  ];
  for (const [where, wrap, sentence, span, message, required] of cases) {
    it(`flags (${where}): ${sentence}`, () => {
      const text = wrap(sentence);
      const got = findings(text);
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
      const [f] = got;
      assert.equal(flagged(text, f), span);
      assert.match(f.message, new RegExp(`^“.+” lets children aged ${f.data?.stated}(?: to \\d+)? consent; the age of digital consent (?:under the GDPR|for .+) is ${required}\\.$`));
      assert.match(f.detail ?? '', message);
      assert.equal(f.severity, 'information');
      assert.equal(f.ruleId, RULE);
      assert.match(f.source ?? '', /Art\. 8\(1\)/);
      assert.equal(f.data?.required, required);
    });
  }

  const clean: Array<[string, (b: string) => string, string]> = [
    ['the UK, 13 is the UK age (optymyse.txt)', ukPolicy, 'Optymyse does not intentionally collect information from children under the age of thirteen (13).'],
    ['the UK, 16 is stricter than the law', ukPolicy, 'We do not knowingly collect or solicit personal information from anyone under the age of 16.'],
    ['the EU default, 16 is the GDPR age', euPolicy, 'If you are under 16 years of age you MUST obtain parental consent before entering information and submitting any form on our website.'],
    ['France, 15 is the French age', frPolicy, 'Minors under 15 need the joint consent of a parent to the processing of their data.'],
    ['Germany, 18 is stricter', dePolicy, 'Children under 18 need a parent\'s consent to make a purchase.'],
    ['Germany, a minimum age for the service, not consent', dePolicy, 'You must be at least 13 years old to use the Service.'],
    ['Germany, a US rule', dePolicy, 'We do not knowingly collect personal information from children under 13, as required by COPPA.'],
    ['Germany, the age is left to the country', dePolicy, 'If you are under 13, or under the minimum age in your country, you need parental consent.'],
    ['Germany, two ages', dePolicy, 'If you are under 13 (or under 16 in the EEA), a parent must consent to the processing of your data.'],
    ['Germany, a range', dePolicy, 'Users between the ages of 13 and 16 need parental consent.'],
    ['Germany, not an age', dePolicy, 'We delete consent records of parents less than 30 days after a request.'],
    ['Germany, the sentence names the UK', dePolicy, 'In the United Kingdom, children under 13 need parental consent.'],
    // The controller's postal address is in the UK, and the policy names only "GDPR".
    ['a UK address', policy('Under GDPR and other applicable privacy laws, you have the following rights.'), 'We do not knowingly collect personal information from children under 13.\n\nContact\n\nAddress: Acme Ltd, 1 High Street, Bristol, BS1 1AA, UK'],
    ['Germany, a sale of data (CCPA)', dePolicy, 'We do not sell the personal information of consumers under 16 without their consent.'],
    ['no European law', plainPolicy, 'We do not knowingly collect personal information from children under 13.'],
    ['Germany, a software version', dePolicy, 'The app requires iOS 13 or above and collects personal data only with your consent.'],
    ['Germany, a section number', dePolicy, 'We process data of children under 13(1) of the Act only with parental consent.'],
  ];
  for (const [where, wrap, sentence] of clean) {
    it(`does not flag (${where}): ${sentence}`, () => {
      assert.deepEqual(findings(wrap(sentence)).map((f) => f.message), []);
    });
  }

  it('says nothing where the policy names both the UK and a member state (not clear which applies)', () => {
    const text = `${dePolicy('Children under 13 need parental consent.')}\nUK users may complain to the Information Commissioner's Office (ICO).\n`;
    assert.deepEqual(findings(text), []);
  });

  it('says nothing where the policy names two member states', () => {
    assert.deepEqual(findings(frPolicy('Children under 13 need parental consent. You may also complain to the Autoriteit Persoonsgegevens.')), []);
  });

  it('says nothing for a member state whose age could not be verified (Liechtenstein)', () => {
    const li = policy('We process personal data under the GDPR. You may complain to the Datenschutzstelle (www.datenschutzstelle.li).');
    assert.deepEqual(findings(li('Children under 13 need parental consent.')), []);
    assert.deepEqual(findings(euPolicy('Children under 13 need parental consent.'), { jurisdictions: ['li'] }), []);
  });

  it('does not fall back to the EU default in a policy written under US law', () => {
    assert.deepEqual(findings(euPolicy('We do not knowingly collect personal information from children under 13. California residents have rights under the CCPA.')), []);
  });

  it('judges a sentence by the jurisdiction its section heading names, and skips sections about US law', () => {
    const fr = dePolicy('Users in France\n\nIf you are under 15, a parent must consent to the processing of your data.');
    assert.deepEqual(findings(fr), []);
    const frLow = dePolicy('Users in France\n\nIf you are under 13, a parent must consent to the processing of your data.');
    assert.match(findings(frLow)[0].message, /for France is 15/);
    const us = dePolicy('Your California Privacy Rights\n\nWe do not knowingly collect personal information from children under 13.');
    assert.deepEqual(findings(us), []);
  });

  it('is silent where the GDPR is named only inside web addresses or a lone link to another document', () => {
    for (const opening of [
      'Our ad partners explain their practices at https://partner.example.com/gdpr/ and https://ads.example.org/legal/gdpr-faq.',
      'We use AdMob. See www.example.com/policies/gdpr-compliance for details.',
    ]) {
      assert.deepEqual(findings(policy(opening)('We do not knowingly collect personal information from children under 13.')), [], opening);
    }
    const html = '<h1>Privacy Policy</h1><p>We collect personal data to run the app.</p><p><a href="/gdpr.pdf">Link to our GDPR Data Processor Statement</a></p><p>We do not knowingly collect personal information from children under 13.</p>';
    assert.deepEqual(findings(html, {}, 'html'), []);
    // Named in the policy's own words, it counts.
    assert.equal(findings(policy('We comply with the GDPR; see https://example.com/gdpr/.')('We do not knowingly collect personal information from children under 13.')).length, 1);
  });

  it('reports each mention of the lower age', () => {
    const text = dePolicy('Children under 13 need parental consent, and we delete data of children under 13 collected without parental consent.');
    assert.equal(findings(text).length, 2);
  });

  it('offers no fix: raising the age changes what the company does, which only its author can decide', () => {
    for (const sentence of [
      'Optymyse does not intentionally collect information from children under the age of thirteen (13).',
      'Users aged 12 or under need the consent of a parent or guardian.',
      'If you are under 14 years of age, you must obtain parental consent.',
      'Children Under Thirteen need parental consent.',
    ]) {
      const [f] = findings(dePolicy(sentence));
      assert.ok(f, sentence);
      assert.deepEqual(f.fixes, [], sentence);
    }
  });

  it('maps findings back to the source in HTML and Markdown', () => {
    const html = '<h1>Privacy Policy</h1><p>We process personal data under the GDPR. Our supervisory authority is the CNIL.</p><p>If you are under <b>13</b>, a parent must consent to the processing of your data.</p>';
    const [h] = findings(html, {}, 'html');
    assert.equal(flagged(html, h), 'under <b>13');
    const md = '# Privacy Policy\n\nWe process personal data under the GDPR. Our supervisory authority is the CNIL.\n\nIf you are **under 13**, a parent must consent to the processing of your data.\n';
    const [m] = findings(md, {}, 'markdown');
    assert.equal(flagged(md, m), 'under 13');
  });

  describe('the jurisdictions option', () => {
    const sentence = 'We do not knowingly collect personal data from children under the age of 13.';
    it('wins over what the text says', () => {
      assert.deepEqual(findings(dePolicy(sentence), { jurisdictions: ['uk'] }), []);
      const [f] = findings(ukPolicy(sentence), { jurisdictions: ['de'] });
      assert.match(f.message, /for Germany is 16/);
      const [dk] = findings(plainPolicy('Children under 13 need parental consent to use our services.'), { jurisdictions: ['dk'] });
      assert.match(dk.detail ?? '', /for Denmark is 15 .*§ 6\(2\)–\(3\)/);
    });
    it('with several jurisdictions, reports an age below any of them, against the highest', () => {
      const [f] = findings(plainPolicy(sentence), { jurisdictions: ['uk', 'fr', 'de'] });
      assert.equal(f.data?.required, 16);
      assert.equal(f.data?.jurisdiction, 'de');
      assert.deepEqual(findings(plainPolicy('Children under 16 need parental consent.'), { jurisdictions: ['uk', 'de'] }), []);
    });
    it('jurisdiction "other" turns the rule off unless jurisdictions are given; "eu" ignores UK markers', () => {
      assert.deepEqual(findings(dePolicy(sentence), { jurisdiction: 'other' }), []);
      assert.equal(findings(dePolicy(sentence), { jurisdiction: 'other', jurisdictions: ['de'] }).length, 1);
      const [f] = findings(ukPolicy(sentence), { jurisdiction: 'eu' });
      assert.match(f.message, /under the GDPR is 16/);
    });
    it('is resolved to [] by default, and merged with later layers winning', () => {
      assert.deepEqual(resolveOptions({}).jurisdictions, []);
      assert.deepEqual(mergeOptions({ jurisdictions: ['uk'] }, { jurisdictions: ['de'] }).jurisdictions, ['de']);
      assert.deepEqual(mergeOptions({ jurisdictions: ['uk'] }, {}).jurisdictions, ['uk']);
    });
  });

  describe('validation of "jurisdictions" in .policylintrc.json', () => {
    it('is a known key', () => {
      assert.ok((CONFIG_KEYS as readonly string[]).includes('jurisdictions'));
      assert.deepEqual(validateConfig({ jurisdictions: ['de'] }).problems, []);
    });
    it('accepts eu, uk and member-state codes in any case, with gb = uk and el = gr, without duplicates', () => {
      const r = validateConfig({ jurisdictions: ['DE', ' uk ', 'gb', 'el', 'eu', 'no'] });
      assert.deepEqual(r.problems, []);
      assert.deepEqual(r.options.jurisdictions, ['de', 'uk', 'gr', 'eu', 'no']);
    });
    it('names each bad entry and keeps the good ones', () => {
      const r = validateConfig({ jurisdictions: ['xx', 'fr', 5, 'us'] });
      assert.deepEqual(r.options.jurisdictions, ['fr']);
      assert.equal(r.problems.length, 3);
      assert.match(r.problems[0], /^"jurisdictions\[0\]" must be eu, uk, or the two-letter code of an EU\/EEA member state/);
      assert.match(r.problems[1], /^"jurisdictions\[2\]"/);
    });
    it('rejects a value that is not an array', () => {
      const r = validateConfig({ jurisdictions: 'de' });
      assert.equal(r.options.jurisdictions, undefined);
      assert.match(r.problems[0], /^"jurisdictions" must be an array/);
    });
  });

  describe('member states named by the text (policyFacts.memberStatesNamed)', () => {
    const named = (text: string, o: LintOptions = {}) => memberStatesNamed(parse(text, 'plaintext'), resolveOptions(o));
    it('recognises supervisory authorities and company registers', () => {
      assert.deepEqual(named('Complain to the CNIL.'), ['fr']);
      assert.deepEqual(named('Complain to the Autoriteit Persoonsgegevens.'), ['nl']);
      assert.deepEqual(named('See www.dataprotection.ie.'), ['ie']);
      assert.deepEqual(named('Example Ltd is a company registered in Ireland.'), ['ie']);
      assert.deepEqual(named('Example BV is registered at the Dutch Chamber of Commerce.'), ['nl']);
      assert.deepEqual(named('Complain to Datatilsynet, Postboks 458 Sentrum, 0105 Oslo.'), ['no']);
      assert.deepEqual(named('Complain to Datatilsynet (www.datatilsynet.dk).'), ['dk']);
      assert.deepEqual(named('Example Ltd is registered in Northern Ireland.'), []);
      assert.deepEqual(named('Complain to the CNIL or the Garante per la protezione dei dati personali.'), ['fr', 'it']);
    });
    it('honours the options', () => {
      assert.deepEqual(named('Complain to the CNIL.', { jurisdiction: 'uk' }), []);
      assert.deepEqual(named('Complain to the CNIL.', { jurisdictions: ['uk', 'de'] }), ['de']);
    });
  });

  describe('the table of ages (rules/knowledge/child-consent-ages.json)', () => {
    it('gives each jurisdiction once, an age from 13 to 16 with its provision and source, or null', () => {
      const codes = ages.jurisdictions.map((j) => j.code);
      assert.equal(new Set(codes).size, codes.length);
      for (const j of ages.jurisdictions) {
        if (j.age === null) { assert.ok(j.note, j.code); continue; }
        assert.ok(Number.isInteger(j.age) && j.age >= 13 && j.age <= 16, j.code);
        assert.ok(j.provision && j.source, j.code);
      }
      assert.equal(ages.gdprDefault.age, 16);
      assert.equal(ages.jurisdictions.find((j) => j.code === 'uk')!.age, 13);
      // The 30 EU/EEA states and the UK.
      assert.equal(codes.length, 31);
      assert.equal(MEMBER_STATE_CODES.length, 30);
    });
    it('has no capturing group in any pattern (policyFacts scans with one group per state)', () => {
      for (const j of ages.jurisdictions as Array<{ code: string; authority?: string[]; register?: string[]; country?: string }>) {
        const patterns = [...(j.authority ?? []), ...(j.register ?? []), ...(j.country ? [j.country] : [])];
        for (const p of patterns) assert.equal(new RegExp(`${p}|`).exec('')!.length, 1, `${j.code}: ${p}`);
      }
    });
  });

  describe('the corpus', () => {
    const dir = join(__dirname, '..', 'fixtures', 'corpus');
    for (const file of ['dataops.txt', 'jitops.txt', 'optsm.txt', 'optymyse.txt', 'ubiops.txt']) {
      it(`reports nothing at warning or error on ${file}`, () => {
        const text = readFileSync(join(dir, file), 'utf8');
        assert.deepEqual(findings(text).filter((f) => f.severity === 'warning' || f.severity === 'error'), []);
      });
    }
    it('does not report optymyse\'s "under the age of thirteen (13)" (a UK policy: 13 is the UK age)', () => {
      const text = readFileSync(join(dir, 'optymyse.txt'), 'utf8');
      const at = text.indexOf('under the age of thirteen (13)');
      assert.ok(at > 0);
      const end = at + 'under the age of thirteen (13)'.length;
      assert.deepEqual(findings(text).filter((f) => f.start < end && f.end > at), []);
    });
  });

  describe('performance', () => {
    const cases: Array<[string, string]> = [
      ['age phrases', 'children under the age of 13 or '.repeat(3200)],
      ['number words', 'thirteen (13) (thirteen) under '.repeat(3300)],
      ['whitespace after "under"', `under${' '.repeat(100_000)}13 parental consent`],
      ['digits', '1 2 3 4 5 6 7 8 9 10 11 12 13 or older '.repeat(2600)],
      ['registration phrases', 'registered in the in the in the '.repeat(3100)],
    ];
    for (const [name, body] of cases) {
      it(`stays linear on 100 KB of ${name}`, () => {
        const text = dePolicy(`${body}.`);
        assert.ok(text.length >= 99_000, String(text.length));
        const t0 = performance.now();
        findings(text);
        const ms = performance.now() - t0;
        assert.ok(ms < 500, `${ms.toFixed(0)} ms`);
      });
    }
  });
});

describe(`${RULE}: the controller's postal address gives its country`, () => {
  const gdprOnly = policy('Under GDPR and other applicable privacy laws, you have the following rights.');
  const sentence = 'We do not knowingly collect personal information from children under 13.';
  it('a UK address makes "under 13" the UK\'s age; with no address the GDPR\'s 16 applies', () => {
    assert.deepEqual(findings(gdprOnly(`${sentence}\n\nContact\n\nAddress: Acme Ltd, 1 High Street, Bristol, BS1 1AA, UK`)), []);
    assert.deepEqual(findings(gdprOnly(`${sentence}\n\nContact\n\nAcme Ltd, 1 High Street, Bristol, BS1 1AA, United Kingdom`)), []);
    assert.equal(findings(gdprOnly(`${sentence}\n\nContact\n\nWrite to us by e-mail.`)).length, 1);
    // "UK" elsewhere than at the end of an address line is no address.
    assert.equal(findings(gdprOnly(`${sentence}\n\nSome of our users live in the UK and use the service there.`)).length, 1);
  });
});
