import assert from 'node:assert/strict';
import { applyEdits, safeFixEdits } from '../../rules/fixes';
import { applyFirstFix, findings, flaggedText, gdprPolicy } from '../helpers';

const RULE = 'outdated-law-reference';
/** A UK policy: the ICO is named, so a bare "Data Protection Act" is ambiguous. */
const ukPolicy = (body: string) => gdprPolicy(`${body}\n\nYou may complain to the Information Commissioner's Office (ICO).`);

describe(RULE, () => {
  const flagged: Array<[string, RegExp, RegExp, string]> = [
    ['We comply with the Data Protection Act 1998.', /Data Protection Act 1998/, /repealed on 25 May 2018/, 'warning'],
    ['We process data in accordance with the DPA 1998.', /DPA 1998/, /repealed/, 'warning'],
    ['Transfers are protected as required by Directive 95/46/EC.', /Directive 95\/46\/EC/, /Art\. 94/, 'warning'],
    ['We comply with the EU-U.S. Privacy Shield Framework.', /EU-U\.S\. Privacy Shield Framework/, /16 July 2020.*C-311\/18/, 'warning'],
    ['We are certified under the Swiss-U.S. Privacy Shield.', /Swiss-U\.S\. Privacy Shield/, /8 September 2020/, 'warning'],
    ['We adhere to the US-EU Safe Harbor Framework for transfers.', /US-EU Safe Harbor Framework/, /6 October 2015.*C-362\/14/, 'warning'],
    ['We use standard contractual clauses approved by Commission Decision 2010/87/EU.', /Decision 2010\/87\/EU/, /2021\/914/, 'warning'],
    ['The General Data Protection Regulation (GDPR) will apply from 25 May 2018.', /will apply from 25 May 2018/, /has applied since 25 May 2018/, 'warning'],
    ['The GDPR will come into force on 25 May 2018.', /will come into force on 25 May 2018/, /Art\. 99\(2\)/, 'warning'],
    ['We comply with the EU Data Protection Directive.', /EU Data Protection Directive/, /repealed/, 'warning'],
    ['Personal data is transferred under the Privacy Shield.', /Privacy Shield/, /Data Privacy Framework/, 'warning'],
  ];
  for (const [sentence, span, message, severity] of flagged) {
    it(`flags: ${sentence}`, () => {
      const text = gdprPolicy(sentence);
      const got = findings(text, RULE);
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
      assert.match(flaggedText(text, got[0]), span);
      // The message says it is out of date and what to do; the detail gives the law's own dates and cases.
      assert.match(got[0].message, / (?:was (?:invalidated|repealed) in|is out of date \() ?(?:19|20)\d\d\)?: (?:cite|name) |^This was written before the GDPR applied \(25 May 2018\): put it in the past tense\.$/);
      assert.match(got[0].detail ?? '', message);
      assert.equal(got[0].severity, severity);
      assert.ok(got[0].source);
    });
  }

  it('flags a bare "Data Protection Act" in a UK policy as information, and the fix says 2018', () => {
    const text = ukPolicy('For the purposes of the Data Protection Act, the data controller is Example Ltd.');
    const [f, ...rest] = findings(text, RULE);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'information');
    assert.match(flaggedText(text, f), /Data Protection Act$/);
    const fixed = applyFirstFix(text, f);
    assert.match(fixed, /the Data Protection Act 2018, the data controller/);
    assert.deepEqual(findings(fixed, RULE), []);
  });

  it('flags the £10 subject access fee of the 1998 regime', () => {
    const text = ukPolicy('We may charge a fee of £10 for a subject access request.');
    const [f] = findings(text, RULE);
    assert.equal(flaggedText(text, f), '£10');
    assert.equal(f.message, 'A £10 subject access fee belongs to the repealed 1998 regime: state that access is free.');
    assert.match(f.detail ?? '', /Art\. 12\(5\)/);
  });

  it('puts the future tense into the past, clause and all, and the finding goes away', () => {
    const text = gdprPolicy('The General Data Protection Regulation (GDPR) will apply from 25 May 2018, when it supersedes the UK Data Protection Act 1998 (DPA).');
    const got = findings(text, RULE);
    assert.equal(got.length, 1);
    const fixed = applyFirstFix(text, got[0]);
    assert.match(fixed, /has applied since 25 May 2018, when it superseded the UK Data Protection Act 1998/);
    assert.deepEqual(findings(fixed, RULE), []);
  });

  it('reports "will replace the Data Protection Act 1998" once, as future tense, with a fix that reads well', () => {
    const text = gdprPolicy('The GDPR will replace the Data Protection Act 1998.');
    const got = findings(text, RULE);
    assert.equal(got.length, 1);
    assert.match(applyFirstFix(text, got[0]), /The GDPR replaced the Data Protection Act 1998\./);
  });

  it('judges a history word by its own clause, not the whole sentence', () => {
    const text = gdprPolicy('We no longer collect location data, and we comply with the Privacy Shield.');
    const got = findings(text, RULE);
    assert.equal(got.length, 1);
    assert.equal(flaggedText(text, got[0]), 'Privacy Shield');
  });

  it('reads a history word before a comma as part of the same statement', () => {
    assert.deepEqual(findings(gdprPolicy('Since the Schrems II judgment in 2020, the Privacy Shield is invalid.'), RULE), []);
    assert.deepEqual(findings(gdprPolicy('Prior to July 2020, we relied on the Privacy Shield.'), RULE), []);
  });

  it('reports another instrument in a sentence that also speaks of the GDPR in the future', () => {
    const got = findings(gdprPolicy('The GDPR will apply from 25 May 2018, and we comply with the EU-U.S. Privacy Shield.'), RULE);
    assert.equal(got.length, 2);
  });

  // A replacement that would assert a certification, or garble a longer name, is not offered: the message names the successor.
  const noFix = [
    'We comply with the EU-U.S. Privacy Shield Framework.',
    'Google is certified under the Privacy Shield.',
    'We are certified under the Swiss-U.S. Privacy Shield.',
    'We adhere to the US-EU Safe Harbor Framework for transfers.',
    'We follow the EU Data Protection Directive 95/46/EC.',
    'Server logs are kept under §§ 14, 15 TMG.',
  ];
  for (const sentence of noFix) {
    it(`offers no replacement that only the author could confirm: ${sentence}`, () => {
      const got = findings(gdprPolicy(sentence), RULE);
      assert.equal(got.length, 1);
      assert.match(got[0].detail ?? '', /Now: .*No fix is offered/);
      assert.deepEqual(got[0].fixes, []);
    });
  }

  it('offers no replacement of the 1998 Act where the sentence cites one of its own provisions or concepts', () => {
    for (const sentence of ['We follow the eight Data Protection Principles of the Data Protection Act 1998.', 'Sensitive personal data as defined in the Data Protection Act 1998 is not collected.']) {
      const got = findings(ukPolicy(sentence), RULE);
      assert.equal(got.length, 1, sentence);
      assert.deepEqual(got[0].fixes, [], sentence);
    }
    const plain = findings(ukPolicy('We comply with the Data Protection Act 1998.'), RULE);
    assert.equal(plain[0].fixes[0].edits[0].newText, 'UK GDPR and the Data Protection Act 2018');
  });

  it('renames the TTDSG to the TDDDG', () => {
    const text = gdprPolicy('Cookies are set under § 25 TTDSG.');
    const fixed = applyFirstFix(text, findings(text, RULE)[0]);
    assert.match(fixed, /§ 25 TDDDG\./);
    assert.deepEqual(findings(fixed, RULE), []);
  });

  const clean = [
    'The Data Protection Act 2018 and the UK GDPR apply to our processing.',
    'The EU-U.S. Data Privacy Framework replaced the Privacy Shield.',
    'The GDPR replaced the Data Protection Act 1998 in 2018.',
    'We participate in the EU-U.S. Data Privacy Framework (formerly the Privacy Shield).',
    'Our children\'s service follows an FTC-approved COPPA safe harbor program.',
    'The DMCA safe harbor protects us from liability for user uploads.',
    'We use standard contractual clauses under Commission Implementing Decision (EU) 2021/914.',
    'We comply with the EU-U.S. Data Privacy Framework.',
    'The GDPR has applied since 25 May 2018.',
    'The ePrivacy Directive governs cookies on our website.',
    'Following the Schrems II judgment invalidating the Privacy Shield, we use standard contractual clauses.',
    'We will apply the GDPR to every request we receive.',
  ];
  for (const sentence of clean) {
    it(`does not flag: ${sentence}`, () => {
      assert.deepEqual(findings(ukPolicy(sentence), RULE).map((f) => f.message), []);
    });
  }

  it('does not flag a bare "Data Protection Act" in a policy that is not a UK one', () => {
    assert.deepEqual(findings(gdprPolicy('For the purposes of the Data Protection Act, the controller is Example GmbH.'), RULE), []);
  });

  it('does not flag a bare "Data Protection Act" when the policy names the 2018 Act elsewhere', () => {
    assert.deepEqual(findings(ukPolicy('We comply with the Data Protection Act 2018. Under the Data Protection Act, you have rights.'), RULE), []);
  });

  it('honours the jurisdiction option', () => {
    const text = gdprPolicy('For the purposes of the Data Protection Act, the controller is Example Ltd.');
    assert.equal(findings(text, RULE, { jurisdiction: 'uk' }).length, 1);
    assert.equal(findings(ukPolicy('For the purposes of the Data Protection Act, the controller is Example Ltd.'), RULE, { jurisdiction: 'eu' }).length, 0);
  });
});

// Instruments and contexts found on the development corpus, as classes of sentence.
describe('outdated-law-reference: more instruments, and what is not a citation of them', () => {
  const flagged: Array<[string, string]> = [
    ['We store cookies on the basis of § 25 para. 1 TTDSG.', 'TTDSG'],
    ['The applicable legal provisions include the German Telemedia Act (Telemediengesetz, TMG).', 'Telemedia Act'],
    ['Cookies are set under § 96 para. 3 TKG 2003.', 'TKG 2003'],
    ['We comply with the Swiss Federal Act on Data Protection of 19 June 1992.', 'Federal Act on Data Protection of 19 June 1992'],
    ['We adhere to the Swiss-U.S. Safe Harbor Framework for transfers from Switzerland.', 'Swiss-U.S. Safe Harbor Framework'],
    ['Disputes are referred to the BBB EU PRIVACY SHIELD programme.', 'PRIVACY SHIELD'],
    ['In the USA, the European Union considers that there is no "adequate level of protection".', 'no "adequate level of protection'],
  ];
  for (const [sentence, words] of flagged) {
    it(`flags: ${sentence}`, () => {
      const text = gdprPolicy(sentence);
      const got = findings(text, RULE);
      assert.equal(got.length, 1, got.map((f) => f.message).join('\n'));
      assert.ok(flaggedText(text, got[0]).startsWith(words.split(' ')[0]), flaggedText(text, got[0]));
    });
  }
  it('names the Swiss successor for the Swiss Safe Harbor, not the EU one', () => {
    const [f] = findings(gdprPolicy('We adhere to the Swiss-U.S. Safe Harbor Framework for transfers from Switzerland.'), RULE);
    assert.match(f.message, /Swiss-U\.S\. Data Privacy Framework/);
    assert.match(f.detail ?? '', /22 October 2015/);
  });
  const clean = [
    "Details: Mailchimp's Approach to International Data Transfers after Privacy Shield.",
    'US companies certified under the Data Privacy Framework ensure an adequate level of protection; for others there is no adequacy decision for the USA.',
    'Applicable state law (such as the Virginia Consumer Data Protection Act) may give you rights. We are a UK company; contact the ICO.',
  ];
  for (const sentence of clean) it(`does not flag: ${sentence}`, () => assert.deepEqual(findings(gdprPolicy(sentence), RULE), []));
});

describe(`${RULE}: classes found on the new development policies`, () => {
  const flagged: Array<[string, RegExp]> = [
    // Hyphens for spaces.
    ['Zendesk Inc. is certified according to EU-US-Privacy-Shield.', /EU-US-Privacy-Shield/],
    ['Our provider is certified under the Privacy-Shield.', /Privacy-Shield/],
    // "Can be replaced" is a substitute, not history.
    ['This level of protection can be replaced by certification according to the so-called "EU-U.S. Privacy Shield".', /EU-U\.S\. Privacy Shield/],
    ['Adequate protection may be replaced by a certification under the Privacy Shield.', /Privacy Shield/],
    // Lower-case "privacy principles" is the framework's own name.
    ['Consumer data are protected in accordance with the Safe Harbor privacy principles.', /Safe Harbor privacy principles/],
    // No adequacy decision, worded with the decision as the subject.
    ['Adequacy decisions are not applicable for the US at the time of this writing.', /Adequacy decisions are not applicable/],
    ['An adequacy decision does not exist for the United States.', /adequacy decision does not exist/],
    // The GDPR in the present for the future, with its 2018 date.
    ['We comply with the GDPR, which comes into effect on 25 May 2018.', /comes into effect on 25 May 2018/],
    ['The GDPR is due to come into force in May 2018.', /is due to come into force in May 2018/],
  ];
  for (const [sentence, span] of flagged) {
    it(`flags: ${sentence}`, () => {
      const text = gdprPolicy(sentence);
      const got = findings(text, RULE);
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
      assert.match(flaggedText(text, got[0]), span);
    });
  }
  it('puts the present-for-future into the past tense', () => {
    const text = gdprPolicy('We comply with the GDPR, which comes into effect on 25 May 2018.');
    assert.match(applyFirstFix(text, findings(text, RULE)[0]), /which came into effect on 25 May 2018/);
  });
  // What the sentence is about, said in the sentence before it (same paragraph).
  const withContextBefore: Array<[string, RegExp]> = [
    ['These partners are located outside the EU. They are however Safe Harbor certified.', /Safe Harbor/],
    ['Some data is transferred to the United States. Our host is Safe Harbour certified.', /Safe Harbour/],
    ['If you would like access to the Personal Data that we hold about you, write to us. There may be a nominal charge of £10 to cover administrative costs.', /£10/],
  ];
  for (const [body, span] of withContextBefore) {
    it(`flags, with the context in the sentence before: ${body}`, () => {
      const text = gdprPolicy(body);
      const got = findings(text, RULE);
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
      assert.match(flaggedText(text, got[0]), span);
    });
  }
  const silent = [
    // The context in another paragraph does not count.
    'These partners are located outside the EU.\n\nThey are however Safe Harbor certified.',
    'You can ask for access to your data.\n\nThere may be a nominal charge of £10 for printed brochures.',
    // History stays history.
    'The Privacy Shield was replaced by the Data Privacy Framework.',
    'The GDPR came into effect on 25 May 2018.',
    'Adequacy decisions are not applicable for Brazil.',
  ];
  for (const body of silent) {
    it(`does not flag: ${body.replace(/\n/g, ' ')}`, () => {
      assert.deepEqual(findings(gdprPolicy(body), RULE), []);
    });
  }
  it('reads "Data Protection Act (DPA) 2018" as the 2018 Act, bracket and all', () => {
    assert.deepEqual(findings(ukPolicy('We comply with the UK GDPR and the Data Protection Act (DPA) 2018. The Data Protection Act gives you rights.'), RULE), []);
    assert.deepEqual(findings(ukPolicy('We comply with the Data Protection Act (DPA) 2018.'), RULE), []);
    // Without the 2018 Act anywhere, the bare Act is still reported.
    assert.equal(findings(ukPolicy('We comply with the DPA (Data Protection Act).'), RULE).length, 1);
  });
  it('flags a repealed SCC decision cited only by its EUR-Lex link', () => {
    const md = '# Privacy Policy\n\nWe process personal data under the GDPR.\n\nProviders must comply with the [standard data protection clauses](https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=celex%3A32010D0087) issued by the EU Commission.\n';
    const got = findings(md, RULE, {}, 'markdown');
    assert.equal(got.length, 1);
    assert.match(md.slice(got[0].start, got[0].end), /standard data protection clauses/);
    assert.match(got[0].message, /2010\/87/);
    // The current clauses (Decision 2021/914) are not reported.
    assert.deepEqual(findings(md.replace('32010D0087', '32021D0914'), RULE, {}, 'markdown'), []);
  });
});

describe(`${RULE}: --fix settles (issue 11, settle property)`, () => {
  const doc = (body: string) => `Privacy Policy\n\nThis policy explains how Acme Ltd processes your personal data.\n\n${body}\n`;
  /** One --fix run: every safe fix of the rule; afterwards none of its findings is left. */
  const fixOnce = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => {
    const found = findings(text, RULE, {}, format);
    const after = applyEdits(text, safeFixEdits(found).edits);
    assert.deepEqual(findings(after, RULE, {}, format).map((f) => after.slice(f.start, f.end)), []);
    return { found, after };
  };
  it('reports each verb of one subject ("The GDPR will apply …, when it supersedes … / will come into force …")', () => {
    const text = doc('The GDPR will apply from 25 May 2018, when it supersedes the UK Data Protection\nwill come into force on 25 May 2018.');
    const { found, after } = fixOnce(text);
    assert.equal(found.length, 2);
    assert.match(after, /has applied since 25 May 2018, when it superseded the UK Data Protection\ncame into force on 25 May 2018\./);
  });
  it('reports a subject\'s second "will apply from …," once the first is fixed too, not a run later', () => {
    const text = doc('The GDPR\nwill apply from 25 May 2018,\nwill apply from 25 May 2018,\nwhen it supersedes the UK Data\nProtection Act 1998 (DPA).');
    assert.equal(fixOnce(text, 'markdown').found.length, 2);
  });
  it('does not reach across a statement in the past tense for a date ("… will apply from / will take effect in 2018")', () => {
    const text = doc('You can withdraw your consent at any time. The GDPR\nwill take effect in 2018. The GDPR will apply from\nwill take effect in 2018. The GDPR will apply from\n25 May 2018, when it supersedes the UK Data\nProtection Act 1998 (DPA).');
    // "will apply from / will take effect in 2018": the first "will apply" has no date of its own, before the fix or after it.
    assert.deepEqual(fixOnce(text, 'markdown').found.map((f) => text.slice(f.start, f.end).split('\n')[0]), ['will take effect in 2018', 'will take effect in 2018', 'will apply from']);
  });
  it('does not reach across the next statement for a date ("… on 25 May / The GDPR will come into force on 25 May / 2018.")', () => {
    const text = doc('The GDPR will come into force on 25 May\nThe GDPR will come into force on 25 May\n2018.');
    const { found } = fixOnce(text, 'markdown');
    // Only the second has a year; the first, with none, is not reported before the fix nor after it.
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['will come into force on 25 May\n2018']);
  });
});

// New Zealand's Privacy Act 1993, repealed and replaced by the Privacy Act 2020 (s 217) on 1 December 2020.
// "Privacy Act 1993" is New Zealand's alone (Australia's is the Privacy Act 1988, Canada's the Privacy Act 1985).
describe(`${RULE}: the New Zealand Privacy Act 1993`, () => {
  const nzPolicy = (body: string) => `Privacy Policy\n\nThis policy explains how Example Ltd, a New Zealand company, handles your personal information.\n\n${body}\n`;
  // [sentence, the words flagged, the sentence after the fix]
  const flagged: Array<[string, string, string]> = [
    ['We do not store or retain credit card information in compliance with the NZ Privacy Act 1993.', 'Privacy Act 1993', 'in compliance with the NZ Privacy Act 2020.'],
    ['We may also share your Personal Information in compliance with the NZ Privacy act 1993 and any other relevant laws.', 'Privacy act 1993', 'with the NZ Privacy Act 2020 and any other'],
    ['In New Zealand, you have the right to access personal information we hold about you under the New Zealand Privacy Act 1993.', 'Privacy Act 1993', 'under the New Zealand Privacy Act 2020.'],
    ['We are committed to protecting your privacy in accordance with the Privacy Act 1993.', 'Privacy Act 1993', 'in accordance with the Privacy Act 2020.'],
    ['All information is held in accordance with the Privacy Act 1993 (NZ).', 'Privacy Act 1993', 'with the Privacy Act 2020 (NZ).'],
    ['YOUR RIGHTS UNDER THE PRIVACY ACT 1993 ARE NOT AFFECTED.', 'PRIVACY ACT 1993', 'UNDER THE Privacy Act 2020 ARE'],
    ['This policy is governed by the Privacy Act of 1993 and other applicable laws.', 'Privacy Act of 1993', 'governed by the Privacy Act 2020 and'],
  ];
  for (const [sentence, words, after] of flagged) {
    it(`flags, and renames to the Privacy Act 2020: ${sentence}`, () => {
      const text = nzPolicy(sentence);
      const got = findings(text, RULE);
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
      assert.equal(flaggedText(text, got[0]), words);
      assert.match(got[0].message, /^New Zealand Privacy Act 1993 was repealed in 2020: cite the Privacy Act 2020\.$/);
      assert.match(got[0].detail ?? '', /1 December 2020/);
      assert.match(got[0].source ?? '', /legislation\.govt\.nz/);
      const fixed = applyFirstFix(text, got[0]);
      assert.ok(fixed.includes(after), fixed);
      assert.deepEqual(findings(fixed, RULE), []);
    });
  }
  // Reported, but a renaming would be wrong: a provision of the 1993 Act (numbered differently in 2020), or the 2020 Act named too.
  const noFix = [
    'We may disclose information as permitted by Information Privacy Principle 11 of the Privacy Act 1993.',
    'Under section 6 of the Privacy Act 1993 you may request a copy of your information.',
    'Health information is handled under the Health Information Privacy Code 1994 issued under the Privacy Act 1993.',
    'We comply with the Privacy Act 1993 and, from 1 December 2020, the Privacy Act 2020.',
  ];
  for (const sentence of noFix) {
    it(`flags without a replacement: ${sentence}`, () => {
      const got = findings(nzPolicy(sentence), RULE);
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
      assert.match(got[0].message, /Privacy Act 2020/);
      assert.deepEqual(got[0].fixes, []);
    });
  }
  const silent = [
    // History.
    'The Privacy Act 2020 replaced the Privacy Act 1993 on 1 December 2020.',
    'The Privacy Act 2020 repealed the Privacy Act 1993.',
    'We comply with the Privacy Act 2020 (formerly the Privacy Act 1993).',
    'Prior to 1 December 2020, we handled personal information under the Privacy Act 1993.',
    // The current Act, and other countries' Privacy Acts.
    'We comply with the Privacy Act 2020 and the Information Privacy Principles.',
    'We comply with the Australian Privacy Principles in the Privacy Act 1988 (Cth).',
    'Federal institutions are bound by the Privacy Act, R.S.C. 1985.',
    'The Privacy Act of 1974 governs records held by US federal agencies.',
    // 1993 that is not the Act's year.
    'Example Ltd was founded in 1993 and complies with the Privacy Act 2020.',
    'Call us on 0800 1993 1993 with questions about this privacy policy.',
  ];
  for (const sentence of silent) {
    it(`does not flag: ${sentence}`, () => assert.deepEqual(findings(nzPolicy(sentence), RULE).map((f) => f.message), []));
  }
});

// One instrument named several ways in one citation is one finding, and its fix renames every name
// in its own form: a fix that renamed one would leave "(Telekommunikation-Telemedien-Datenschutz-Gesetz - TDDDG)".
describe(`${RULE}: a citation that names the instrument several ways`, () => {
  it('renames the English name, the German name and the abbreviation together', () => {
    const text = gdprPolicy('Under the German Telecommunications Telemedia Data Protection Act (Telekommunikation-Telemedien-Datenschutz-Gesetz - TTDSG) we ask for your consent to cookies.');
    const got = findings(text, RULE);
    assert.equal(got.length, 1, JSON.stringify(got.map((f) => flaggedText(text, f))));
    assert.equal(flaggedText(text, got[0]), 'Telecommunications Telemedia Data Protection Act (Telekommunikation-Telemedien-Datenschutz-Gesetz - TTDSG');
    const fixed = applyEdits(text, got[0].fixes[0].edits);
    assert.match(fixed, /Telecommunications Digital Services Data Protection Act \(Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz - TDDDG\) we ask/);
    assert.deepEqual(findings(fixed, RULE), []);
  });
  it('renames a name alone in its own form', () => {
    const text = gdprPolicy('We ask for your consent under § 25 TTDSG.');
    assert.equal(applyEdits(text, findings(text, RULE)[0].fixes[0].edits), gdprPolicy('We ask for your consent under § 25 TDDDG.'));
  });
  it('gives no fix where a name of the citation has no new name in its form', () => {
    // "TKG 2021 (TKG 2003)" or "TKG 2021 (Telekommunikationsgesetz 2003)" would misname the Act.
    const text = gdprPolicy('Cookies are set under the Austrian Telekommunikationsgesetz 2003 (TKG 2003).');
    const got = findings(text, RULE);
    assert.equal(got.length, 1);
    assert.equal(flaggedText(text, got[0]), 'Telekommunikationsgesetz 2003 (TKG 2003');
    assert.deepEqual(got[0].fixes, []);
  });
});
