import assert from 'node:assert/strict';
import { applyFirstFix, findings, flaggedText, gdprPolicy, passageFindings } from '../helpers';

const RULE = 'retention-undefined';

describe(RULE, () => {
  const flagged: Array<[string, RegExp, string]> = [
    ['We will only retain your personal information for as long as necessary to fulfil the purposes we collected it for.', /^for as long as necessary to fulfil the purposes/, 'warning'],
    ['We keep your data for a reasonable period.', /^for a reasonable period/, 'warning'],
    ['We may store your information indefinitely.', /^indefinitely/, 'warning'],
    ['Information from bug reports may be retained longer for the purpose of development.', /^retained longer/, 'warning'],
    ['Information may be retained as long as necessary to comply with applicable law.', /^as long as necessary to comply with applicable law/, 'information'],
    ['Records are retained as long as required by law.', /^as long as required by law/, 'information'],
    ['We will hold your personal information on our systems for as long as is necessary for the relevant activity.', /^for as long as is necessary for the relevant activity/, 'warning'],
    ['Your data is kept as long as required for our business.', /^as long as required/, 'warning'],
    ['We retain your data for as long as we need it.', /^for as long as we need/, 'warning'],
    ['We store server logs for an indefinite period.', /^for an indefinite period/, 'warning'],
    ['We retain personal data for such period as is necessary.', /^for such period as is necessary/, 'warning'],
    ['We will not keep your data longer than necessary.', /longer than necessary/, 'warning'],
  ];
  for (const [sentence, span, severity] of flagged) {
    it(`flags: ${sentence}`, () => {
      const text = gdprPolicy(sentence);
      const got = passageFindings(text, RULE);
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
      assert.match(flaggedText(text, got[0]), span);
      assert.equal(got[0].severity, severity);
      assert.match(got[0].source ?? '', /Art\. 13\(2\)\(a\)/);
      // "as long as required by law" → "for [period] after [event] by law" would not be grammatical: no fix.
      if (/ by law\.$/.test(sentence)) { assert.deepEqual(got[0].fixes, []); return; }
      // The fix writes a period template, and the finding goes away.
      const fixed = applyFirstFix(text, got[0]);
      assert.match(fixed, /\[period\]/);
      assert.deepEqual(passageFindings(fixed, RULE), []);
    });
  }

  const clean = [
    'We retain your data for 30 days.',
    'Backups are kept for up to 14 days.',
    'Your email address may be retained for a maximum of 30 days for billing purposes.',
    'UbiOps may retain any user data shared with us for as long as a user account is active.',
    'We store your email address until you unsubscribe.',
    'Marketing data is retained until you withdraw your consent.',
    'We retain invoices for seven years as required by tax law.',
    'Account information will be securely deleted from our systems within 24 hours.',
    'We will not keep your data longer than necessary. Backups are deleted after 30 days.',
    'Some cookies remain for longer so that you have a better experience when you return.',
    'We keep you updated as long as necessary.',
    'We retain your data for the duration of your subscription.',
    'This data is retained as long as consent is given by the person.',
  ];
  for (const sentence of clean) {
    it(`does not flag: ${sentence}`, () => {
      assert.deepEqual(passageFindings(gdprPolicy(sentence), RULE).map((f) => f.message), []);
    });
  }

  it('reports a policy with no retention statement once, at its first line, and the fix adds a section in the document\'s style', () => {
    const text = '1 Preamble\n\nWe collect your name and other personal data.\n\n2 Your rights\n\nYou may ask for a copy of your data.\n';
    const got = findings(text, RULE);
    assert.equal(got.length, 1);
    assert.equal(got[0].severity, 'warning');
    assert.equal(got[0].data?.documentLevel, true);
    assert.equal(text.slice(got[0].start, got[0].end), '1 Preamble');
    const fixed = applyFirstFix(text, got[0]);
    assert.ok(fixed.startsWith(text.trimEnd()), 'the fix only appends');
    assert.match(fixed, /\n\n3 Data retention\n\nWe keep personal data for \[period\] after \[event\]/);
    assert.deepEqual(findings(fixed, RULE), []);
  });

  it('appends the section as a Markdown heading in a Markdown policy', () => {
    const text = '# Privacy\n\n## What we collect\n\nYour name and other personal data.\n';
    const [f] = findings(text, RULE, {}, 'markdown');
    assert.match(applyFirstFix(text, f), /\n\n## Data retention\n\nWe keep personal data/);
  });

  it('appends the section before </body> in an HTML policy', () => {
    const text = '<html><body><h1>Privacy</h1><h2>What we collect</h2><p>Your name and other personal data.</p></body></html>';
    const [f] = findings(text, RULE, {}, 'html');
    const fixed = applyFirstFix(text, f);
    assert.match(fixed, /<h2>Data retention<\/h2>\n<p>We keep personal data for \[period\] after \[event\], and then delete or anonymise it\.<\/p>\n<\/body>/);
    assert.deepEqual(findings(fixed, RULE, {}, 'html'), []);
  });

  it('counts "We retain invoices for seven years." as a retention statement', () => {
    assert.deepEqual(findings('Privacy Policy\n\nWe collect personal data to bill you.\n\nWe retain invoices for seven years.\n', RULE), []);
  });

  it('accepts a period tied to a named law as a criterion', () => {
    assert.deepEqual(passageFindings(gdprPolicy('Accounting records are retained as long as required by the Companies Act 2006.'), RULE), []);
    assert.deepEqual(passageFindings(gdprPolicy('Invoices are kept as long as necessary to comply with the Companies Act 2006.'), RULE), []);
  });

  it('does not read other uses of hold/keep/store as retention', () => {
    for (const sentence of ['We hold webinars for a limited period.', 'We keep improving our service for as long as necessary.', 'You can store files in your account as long as needed.']) {
      assert.deepEqual(passageFindings(gdprPolicy(sentence), RULE).map((f) => f.message), [], sentence);
    }
  });

  it('rewrites the restated principle into a period template that reads well', () => {
    const text = gdprPolicy('We will not keep your data longer than necessary.');
    const fixed = applyFirstFix(text, passageFindings(text, RULE)[0]);
    assert.match(fixed, /We will not keep your data longer than \[period\] after \[event\]\./);
  });

  it('does not report a missing statement on an empty file or on a text that is not a policy', () => {
    assert.deepEqual(findings('', RULE), []);
    assert.deepEqual(findings('# Release notes\n\n## 1.2.0\n\nFaster start-up.\n', RULE, {}, 'markdown'), []);
  });

  it('does not report a missing statement when a section heading is about retention', () => {
    assert.deepEqual(findings('Privacy\n\nData retention\n\nAsk us.\n', RULE), []);
  });
});

// Found on the development corpus: each is a class of sentence, not one policy's wording.
describe('retention-undefined: more vague periods, and no claim of silence without evidence', () => {
  const vague = [
    'We store personal information for only as long as we have a reason to keep it.',
    'We keep your messages for as long as it makes sense.',
    'Server logs are kept only as long as the operation of the site requires.',
    'We store correspondence as long as it may be useful for these purposes.',
    'We store personal data for the duration required for the respective purpose.',
    'The storage in the blacklist is not limited in time.',
    'In some cases we retain Personal Data for longer.',
    'We may preserve logs longer in special circumstances.',
  ];
  for (const sentence of vague) {
    it(`flags: ${sentence}`, () => assert.equal(passageFindings(gdprPolicy(sentence), RULE).length, 1));
  }
  const notVague = [
    'Data is retained for the time necessary to fulfil the purposes for which it was collected:\n- Invoices: ten years\n- Support tickets: two years',
    'US authorities may permanently store your data located on US servers.',
  ];
  for (const text of notVague) {
    it(`does not flag: ${text.split('\n')[0]}`, () => assert.deepEqual(passageFindings(gdprPolicy(text), RULE), []));
  }
  it('does not say a policy never mentions retention when it says it deletes data, or collects none', () => {
    const deletes = 'Privacy Policy\n\nWe collect your e-mail address to send the newsletter. When you unsubscribe, your address is deleted.\n\nContact us with questions about your personal data.\n';
    assert.deepEqual(findings(deletes, RULE), []);
    const none = 'Privacy Policy\n\nThis app does not collect any personal data. Everything stays on your device.\n\nContact us with questions about your personal data.\n';
    assert.deepEqual(findings(none, RULE), []);
  });
});
