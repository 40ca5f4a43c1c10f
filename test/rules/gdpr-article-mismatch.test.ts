import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFirstFix, findings, flaggedText, gdprPolicy } from '../helpers';

const RULE = 'gdpr-article-mismatch';

describe(RULE, () => {
  const flagged: Array<[string, string, RegExp]> = [
    ['The data subject also has the following rights as per EU Article 28 ("GDPR"). These consist of:', 'Article 28', /“Processor”.*Articles 12–23/],
    ['You can exercise your rights under Article 100 of the GDPR.', 'Article 100', /does not exist.*1–99/],
    ['We process your data on the basis of Article 6(1)(g) GDPR.', 'Article 6(1)(g)', /points \(a\)–\(f\); there is no point \(g\)/],
    ['Our lawful basis is Art. 6 para. 1 lit. g GDPR.', 'Art. 6 para. 1 lit. g', /no point \(g\)/],
    // A point with no paragraph must be a point of one of the article's paragraphs.
    ['We process your data to perform our contract with you (Article 1(b) GDPR).', 'Article 1(b)', /Article 1 has no lettered points; there is no point \(b\)/],
    ['Our lawful basis is Art. 6 lit. g GDPR.', 'Art. 6 lit. g', /Article 6 has points \(a\)–\(f\); there is no point \(g\)/],
    ['Your right to erasure is set out in Article 15 GDPR.', 'Article 15', /right to erasure is Article 17/],
    ['We will tell you of a personal data breach as required by Article 35 GDPR.', 'Article 35', /telling data subjects of a breach is Article 34/],
    ['Under Article 15(5) GDPR you may request a copy of your data.', 'Article 15(5)', /4 paragraphs; there is no paragraph 5/],
    ['Recital 200 of the GDPR explains this.', 'Recital 200', /Recitals 1–173/],
    ['Where we rely on legitimate interests (Article 28 GDPR), we balance them against yours.', 'Article 28', /legitimate interests are Article 6\(1\)\(f\)/],
    ['Our data processors are bound by contracts under Article 17 GDPR.', 'Article 17', /processors are Articles 28–29/],
    ['GDPR Article 120 sets out the right to object.', 'Article 120', /does not exist/],
    ['You have the right to data portability (Art 28 GDPR).', 'Art 28', /portability is Article 20/],
    ['Article 16(1) GDPR gives you the right to rectification.', 'Article 16(1)', /no numbered paragraphs/],
    // A sentence of the paragraph between paragraph and point, as German texts cite it.
    ['Legitimate interests (Art. 6 para. 1 p. 1 lit. b GDPR): we keep our website secure.', 'Art. 6 para. 1 p. 1 lit. b', /legitimate interests are Article 6\(1\)\(f\)/],
    ['Legitimate interests (Art. 6 para. 1 S. 1 lit. a GDPR): we keep our website secure.', 'Art. 6 para. 1 S. 1 lit. a', /legitimate interests are Article 6\(1\)\(f\)/],
    ['Our legitimate interests (Art. 6 para. 1 sentence 1 lit. g GDPR) are security.', 'Art. 6 para. 1 sentence 1 lit. g', /no point \(g\)/],
  ];
  for (const [sentence, cited, message] of flagged) {
    it(`flags: ${sentence}`, () => {
      const text = gdprPolicy(sentence);
      const got = findings(text, RULE);
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
      assert.equal(flaggedText(text, got[0]), cited);
      assert.match(got[0].message, message);
      assert.equal(got[0].severity, 'error');
      assert.ok(got[0].source && /GDPR/.test(got[0].source));
    });
  }

  it('takes the point\'s own abbreviation dot with the citation, so its fix leaves none behind ("lit. b. GDPR")', () => {
    const text = gdprPolicy('Legitimate interests (Art. 6 para. 1 p. 1 lit. b. GDPR) - we keep our website secure.');
    const [f] = findings(text, RULE);
    assert.equal(flaggedText(text, f), 'Art. 6 para. 1 p. 1 lit. b.');
    assert.match(applyFirstFix(text, f), /\(Art\. 6\(1\)\(f\) GDPR\)/);
  });

  it('flags the second number of a range that runs past Article 99', () => {
    const text = gdprPolicy('The final provisions are in Articles 95 to 105 GDPR.');
    const got = findings(text, RULE);
    assert.equal(got.length, 1);
    assert.equal(flaggedText(text, got[0]), '105');
  });

  const clean = [
    'You have the right of access under Article 15 GDPR.',
    'We rely on our legitimate interests (Art. 6(1)(f) GDPR).',
    'We rely on our legitimate interests (Art. 6 para. 1 lit. f GDPR).',
    'We rely on our legitimate interests (Art. 6 para. 1 S. 1 lit. f GDPR).',
    'Legitimate interests (Art. 6 para. 1 p. 1 lit. f GDPR): we keep our website secure.',
    'Article 8 of the ECHR protects your private life.',
    'Article 4 of these Terms applies to payments.',
    'Under Article 13 of the Swiss FADP, we inform you of the collection.',
    'Your rights are set out in Articles 15 to 22 of the GDPR.',
    'Your rights are set out in Articles 15-22 GDPR.',
    'See Articles 12, 13 and 14 GDPR for the information we must give you.',
    'Our processors sign agreements under Article 28 GDPR.',
    'Recital 47 of the GDPR mentions direct marketing as a legitimate interest.',
    'Transfers rely on standard contractual clauses under Article 46(2)(c) GDPR.',
    'You may lodge a complaint with a supervisory authority (Article 77 GDPR).',
    'Article 4(16)(a) GDPR defines the main establishment of a controller.',
    'Personal data may be kept where necessary for legal claims (Article 17(3)(e) GDPR).',
    'Article 50(d) GDPR concerns exchanges of personal data protection legislation.',
  ];
  for (const sentence of clean) {
    it(`does not flag: ${sentence}`, () => {
      assert.deepEqual(findings(gdprPolicy(sentence), RULE).map((f) => f.message), []);
    });
  }

  it('accepts a legal basis (Art. 6, Art. 9) cited in a sentence about another topic', () => {
    assert.deepEqual(findings(gdprPolicy('We process IP addresses to maintain appropriate technical and organisational measures, based on Art. 6(1)(f) GDPR.'), RULE), []);
    assert.deepEqual(findings(gdprPolicy('Our data processors handle health data only under Article 9(2)(h) GDPR.'), RULE), []);
  });

  it('reads a lowercase "article" as a citation only next to the GDPR\'s name', () => {
    assert.equal(findings(gdprPolicy('This is described in article 100 GDPR.'), RULE).length, 1);
    assert.deepEqual(findings(gdprPolicy('Our help centre article 120 explains your GDPR settings.'), RULE), []);
  });

  it('does not accept a legal basis cited for the right to object or for the rights in general', () => {
    assert.equal(findings(gdprPolicy('Your right to object is set out in Article 9 GDPR.'), RULE).length, 1);
    assert.equal(findings(gdprPolicy('Your rights are set out in Article 6 GDPR.'), RULE).length, 1);
    assert.deepEqual(findings(gdprPolicy('You may object to processing based on Article 6(1)(f) GDPR at any time.'), RULE), []);
  });

  it('does not accept a legal basis cited for a right that has its own article', () => {
    const got = findings(gdprPolicy('Your right to erasure is set out in Article 6 GDPR.'), RULE);
    assert.equal(got.length, 1);
    assert.match(got[0].message, /right to erasure is Article 17/);
  });

  it('flags a number that does not exist inside a list, with no fix that would garble the list', () => {
    const text = gdprPolicy('See Articles 12, 13 and 140 GDPR for the fair processing information we give you.');
    const got = findings(text, RULE);
    assert.equal(got.length, 1);
    assert.equal(flaggedText(text, got[0]), '140');
    assert.equal(got[0].fixes.length, 0);
  });

  it('offers its guess for a non-existent article as an unsafe, non-preferred fix', () => {
    const [f] = findings(gdprPolicy('Our DPO can be contacted under Article 100 GDPR.'), RULE);
    assert.equal(f.fixes.length, 1);
    assert.equal(f.fixes[0].safe, false);
    assert.equal(f.fixes[0].preferred, false);
    assert.equal(f.fixes[0].edits[0].newText, 'Articles 37, 38 and 39');
  });

  it('does not attribute citations to the GDPR in a policy that never names it', () => {
    const text = 'Terms of Service\n\nSee Article 28 for payment terms. Article 100 covers disputes.\n';
    assert.deepEqual(findings(text, RULE), []);
  });

  it('fixes a rights citation with the articles of the rights listed after it', () => {
    const text = gdprPolicy('The data subject also has the following rights as per EU Article 28 ("GDPR"). These consist of:\n\n1. The right to be informed\n2. The right of access\n3. The right to erasure\n4. The right to object\n5. Rights in relation to automated decision making and profiling.');
    const [f] = findings(text, RULE);
    assert.equal(f.fixes[0].edits[0].newText, 'Articles 13–22');
    const fixed = applyFirstFix(text, f);
    assert.match(fixed, /as per EU Articles 13–22 \("GDPR"\)/);
    assert.deepEqual(findings(fixed, RULE), []);
  });

  it('fixes a single-topic citation and keeps the abbreviation style', () => {
    const text = gdprPolicy('Your right to erasure is set out in Art. 15 GDPR.');
    const [f] = findings(text, RULE);
    assert.equal(f.fixes[0].edits[0].newText, 'Art. 17');
    assert.deepEqual(findings(applyFirstFix(text, f), RULE), []);
  });

  it('offers no fix for a non-existent article whose meaning is unclear, and says so', () => {
    const [f] = findings(gdprPolicy('This is described in Article 100 GDPR.'), RULE);
    assert.equal(f.fixes.length, 0);
    assert.equal(f.message, 'GDPR Article 100 does not exist: the Regulation has Articles 1–99.');
    assert.match(f.detail ?? '', /No automatic fix/);
  });

  it('lands on the source range in Markdown and HTML', () => {
    const md = '# Privacy Policy\n\nUnder the **GDPR**, your right to erasure is in *Article 15* GDPR.\n';
    const [m] = findings(md, RULE, {}, 'markdown');
    assert.equal(md.slice(m.start, m.end), 'Article 15');
    const html = '<h1>Privacy Policy</h1><p>Under the GDPR, your right to erasure&nbsp;is in <b>Article&nbsp;15</b> GDPR.</p>';
    const [h] = findings(html, RULE, {}, 'html');
    assert.equal(html.slice(h.start, h.end), 'Article&nbsp;15');
  });
});

// The subject check speaks only where the citation is bound to a subject in its own clause
// (docs/rules/gdpr-article-mismatch.md, "How it decides"). Each list is a class of sentence.
describe('gdpr-article-mismatch: a citation bound to its subject', () => {
  const correctWithAnotherSubjectNearby = [
    'Under Art. 18 GDPR you may ask us to restrict processing while we verify whether our legitimate interests override yours.',
    'We select our processors carefully within the meaning of Art. 28(1) GDPR, which is also in our legitimate interest.',
    'You may object where your data are processed for scientific research purposes pursuant to Article 89(1) GDPR.',
    'We notify the competent supervisory authority of a breach within 72 hours (Art. 33 GDPR).',
    'Our EU representative under Art. 27 GDPR can be reached by post; you may also contact the supervisory authority.',
    'Fines can be imposed by the supervisory authority (Art. 83 GDPR).',
    'Our lead supervisory authority cooperates with the others concerned (Art. 60 GDPR).',
    'We process your data to establish, exercise or defend legal claims (Art. 6(1)(f) GDPR).',
    'As joint controllers, you may exercise your rights against each of us (Art. 26(3) GDPR).',
    'You have the right to compensation for damage (Art. 82 GDPR).',
    'Our processors notify us of any breach without undue delay (Art. 28(3)(f) GDPR).',
    'We process applicant data under Art. 88 GDPR in conjunction with § 26 BDSG.',
    'Where you have given explicit consent to the transfer, we rely on Art. 49(1)(a) GDPR.',
    'Where transfers are necessary for the performance of a contract with you, we rely on Art. 49(1)(b) GDPR.',
    'You may object to processing based on legitimate interests (Art. 21(1) GDPR) and restrict it (Art. 18 GDPR).',
    'Our sub-processors in the USA are certified under the Data Privacy Framework (Art. 45 GDPR).',
    'We process your data for the performance of our contract and for our legitimate interests (Art. 6(1)(b) and (f) GDPR).',
    'Processing is based on Art. 6 para. 1 lit. b and f GDPR.',
    'The law says: “the controller shall provide appropriate safeguards for research pursuant to Article 21 of this Regulation”.',
    // Closing its clause, the citation binds only where the clause has one subject: here two, or the right one.
    'In the event of a data breach, we will notify you and the supervisory authority within 72 hours, as required by Article 33 GDPR.',
    'In the event of a data breach, we will notify the supervisory authority within 72 hours, as required by Article 33 GDPR.',
    'In the event of a breach we will inform you without undue delay, as required by Article 34 GDPR.',
    'The basis for data processing is Art. 6 (1) (b) DSGVO, which allows the processing of data to fulfill a contract or for measures preliminary to a contract.',
    'The legal basis is Art. 6(1)(f) GDPR, which allows processing for our legitimate interests.',
    'If we have a breach, we will notify affected users within 72 hours, and we report it to the regulator, as required by GDPR Article 33.',
  ];
  for (const sentence of correctWithAnotherSubjectNearby) {
    it(`does not flag: ${sentence}`, () => assert.deepEqual(findings(gdprPolicy(sentence), RULE).map((f) => f.message), []));
  }

  const wrongForItsSubject: Array<[string, string, string]> = [
    ['We process data to comply with our legal obligations (Art. 6(1)(f) GDPR).', 'Art. 6(1)(f)', 'Art. 6(1)(c)'],
    ['We rely on our legitimate interests (Art. 6(1)(e) GDPR).', 'Art. 6(1)(e)', 'Art. 6(1)(f)'],
    ['We process your data for our legitimate interests pursuant to Art. 6(1)(a) GDPR.', 'Art. 6(1)(a)', 'Art. 6(1)(f)'],
    ['If a breach affects you, we will notify you within 72 hours as required by Article 33 GDPR.', 'Article 33', 'Article 34'],
    ['We notify you of data breaches in accordance with Art. 32 GDPR.', 'Art. 32', 'Art. 34'],
    // The citation closes the clause as what requires it, several words after the subject.
    ['If we have a breach, we will notify affected users by email within 72 hours, as required by GDPR Article 33.', 'Article 33', 'Article 34'],
    ['In the event of a data breach we will inform you within 72 hours in compliance with GDPR Article 33.', 'Article 33', 'Article 34'],
    ['Should a security breach occur, we will contact the affected customers by e-mail and telephone, in accordance with Art. 33 GDPR.', 'Art. 33', 'Art. 34'],
    // A relative clause after the citation says what it is cited for.
    ['The basis for data processing is Art. 6 (1) (f) DSGVO, which allows the processing of data to fulfill a contract or for measures preliminary to a contract.', 'Art. 6 (1) (f)', 'Art. 6(1)(b)'],
    ['We rely on Art. 6(1)(b) GDPR, which permits processing based on our legitimate interests.', 'Art. 6(1)(b)', 'Art. 6(1)(f)'],
    ['You can withdraw your consent at any time (Art. 21 GDPR).', 'Art. 21', 'Art. 7(3)'],
    // Withdrawal is paragraph 3 of Art. 7, not the other conditions for consent (7(1) proof, 7(2) a written
    // declaration, 7(4) consent tied to a contract).
    ['You can withdraw your consent at any time (Art. 7 para. 4 GDPR).', 'Art. 7 para. 4', 'Art. 7(3)'],
    ['You may revoke your consent at any time with effect for the future (Article 7(1) GDPR).', 'Article 7(1)', 'Article 7(3)'],
    // The point written as the Official Journal writes it, or after a comma.
    ['The legal basis for this is our legitimate interest in accordance with GDPR Article 6 (1), point (a).', 'Article 6 (1), point (a)', 'Article 6(1)(f)'],
    ['Our legitimate interest (Art. 6 para. 1, lit. b GDPR) is to keep the site secure.', 'Art. 6 para. 1, lit. b', 'Art. 6(1)(f)'],
    ['You have rights under Article 28 GDPR to access and delete your data.', 'Article 28', 'Articles 12–23'],
    ['You may lodge a complaint with a supervisory authority (Art. 79 GDPR).', 'Art. 79', 'Art. 77'],
    ['We transfer data under standard contractual clauses (Art. 45 GDPR).', 'Art. 45', 'Art. 46(2)(c)'],
    ['The European Commission has adopted an adequacy decision for Canada (Art. 46(2)(c) GDPR).', 'Art. 46(2)(c)', 'Art. 45'],
  ];
  for (const [sentence, cited, offered] of wrongForItsSubject) {
    it(`flags: ${sentence}`, () => {
      const text = gdprPolicy(sentence);
      const got = findings(text, RULE);
      assert.equal(got.length, 1, got.map((f) => f.message).join('\n'));
      assert.equal(flaggedText(text, got[0]), cited);
      assert.equal(got[0].fixes[0]?.edits[0].newText, offered);
    });
  }

  // Whether a DPO must be designated is Art. 37(1) (national law: 37(4)); 37(2) is a single DPO for a group
  // of undertakings, 37(3) for several public authorities. No fix: which provision the author means (37(1), or
  // national law under 37(4)) is the author's call.
  describe('whether a data protection officer is required', () => {
    const wrong: Array<[string, string]> = [
      ['As a sole proprietor with low data volume, no data protection officer is required (Art. 37(2) GDPR).', 'Art. 37(2)'],
      ['We are not required to designate a DPO under Article 37(3) GDPR.', 'Article 37(3)'],
      ['The appointment of a data protection officer is not mandatory for us (Art. 37(5) GDPR).', 'Art. 37(5)'],
    ];
    for (const [sentence, cited] of wrong) {
      it(`flags: ${sentence}`, () => {
        const text = gdprPolicy(sentence);
        const got = findings(text, RULE);
        assert.equal(got.length, 1, got.map((f) => f.message).join('\n'));
        assert.equal(flaggedText(text, got[0]), cited);
        assert.match(got[0].message, /whether a data protection officer must be designated is Article 37\(1\)/);
        assert.deepEqual(got[0].fixes, []);
      });
    }
    const right = [
      'No data protection officer is required (Art. 37 GDPR).',
      'We are not obliged to appoint a data protection officer (Art. 37(1) GDPR).',
      'We have not appointed a data protection officer, as there is no obligation under Art. 37 GDPR.',
      'A data protection officer is required under Art. 37(4) GDPR in conjunction with § 38 BDSG.',
      'Our group has appointed a single data protection officer (Art. 37(2) GDPR).',
      'You can contact our data protection officer (Art. 38(4) GDPR).',
    ];
    for (const sentence of right) {
      it(`does not flag: ${sentence}`, () => assert.deepEqual(findings(gdprPolicy(sentence), RULE).map((f) => f.message), []));
    }
  });

  it('binds a citation in a heading to the subject the heading names', () => {
    const text = gdprPolicy('## Revocation of consent (Art. 7 para. 4 GDPR)\n\nYou can revoke your consent at any time by e-mail.');
    const got = findings(text, RULE);
    assert.equal(got.length, 1, got.map((f) => f.message).join('\n'));
    assert.equal(flaggedText(text, got[0]), 'Art. 7 para. 4');
    assert.match(got[0].message, /withdrawing consent is Article 7\(3\)/);
  });

  it('accepts Art. 7 as a whole, and Art. 7(3), for withdrawal', () => {
    for (const s of ['You can withdraw your consent at any time (Art. 7 GDPR).', 'You can withdraw your consent at any time (Art. 7 para. 3 GDPR).', 'You can withdraw your consent at any time (Article 7(3), first sentence, GDPR).']) {
      assert.deepEqual(findings(gdprPolicy(s), RULE).map((f) => f.message), [], s);
    }
  });

  it('applies a replacement without a person only for one specific right cited as one other article', () => {
    const [safe] = findings(gdprPolicy('Your right to erasure is set out in Article 15 GDPR.'), RULE);
    assert.equal(safe.fixes[0].safe, true);
    const [point] = findings(gdprPolicy('We process data to comply with our legal obligations (Art. 6(1)(f) GDPR).'), RULE);
    assert.equal(point.fixes[0].safe, false);
  });
});

// A point of Art. 6(1) that the nearest words bind to no basis (or to a purpose any basis may serve,
// such as legal claims) is bound to the basis its clause states, when it is the only citation there:
// the test of a basis anywhere in the clause ("no overriding interest": the balancing of Art. 6(1)(f)),
// or its purpose before the citation ("with your consent"), not negated, and no other basis named.
describe('gdpr-article-mismatch: a point of Art. 6(1) cited for the basis its clause states', () => {
  const wrongBasis: Array<[string, string, string, RegExp]> = [
    ['The disclosure is necessary for the establishment, exercise or defence of legal claims pursuant to Art. 6 (1) lit. b GDPR and there is no reason to assume that you have an overriding interest worthy of protection in the non-disclosure of your data.',
      'Art. 6 (1) lit. b', 'Art. 6 (1) lit. f', /Article 6\(1\)\(b\) GDPR is processing necessary for the performance of a contract.*“overriding interest”.*legitimate interests are Article 6\(1\)\(f\)/],
    ['We keep server logs to detect attacks on our systems in accordance with Art. 6(1)(c) GDPR, provided that your interests do not override ours.',
      'Art. 6(1)(c)', 'Art. 6(1)(f)', /Article 6\(1\)\(c\) GDPR is processing necessary for compliance with a legal obligation.*Article 6\(1\)\(f\)/],
    ['We pass overdue invoices to a collection agency in accordance with Art. 6 para. 1 lit. a GDPR, as there is no overriding interest of yours in non-disclosure.',
      'Art. 6 para. 1 lit. a', 'Art. 6 para. 1 lit. f', /Article 6\(1\)\(a\) GDPR is the data subject’s consent.*Article 6\(1\)\(f\)/],
    ['We store the IP address for seven days for the defence of legal claims under Article 6(1)(e) GDPR, after a balancing of interests in which yours do not prevail.',
      'Article 6(1)(e)', 'Article 6(1)(f)', /Article 6\(1\)\(e\) GDPR is processing necessary for a task in the public interest.*Article 6\(1\)\(f\)/],
    ['The legal basis for the processing is Art. 6(1)(b) GDPR, provided that there is no overriding interest worthy of protection on your part.',
      'Art. 6(1)(b)', 'Art. 6(1)(f)', /Article 6\(1\)\(f\)/],
    ['Newsletters are sent only with your consent, which you give by ticking the box at sign-up, on the basis of Art. 6(1)(f) GDPR.',
      'Art. 6(1)(f)', 'Art. 6(1)(a)', /Article 6\(1\)\(f\) GDPR is processing necessary for legitimate interests.*“with your consent”.*consent is Article 6\(1\)\(a\)/],
    ['To meet statutory retention obligations under commercial and tax law, invoices are archived for ten years in accordance with Art. 6(1)(b) GDPR.',
      'Art. 6(1)(b)', 'Art. 6(1)(c)', /“statutory retention obligations”.*legal obligation is Article 6\(1\)\(c\)/],
    ['For the performance of the contract you conclude with us, including delivery and invoicing, your address is processed under Art. 6(1)(a) GDPR.',
      'Art. 6(1)(a)', 'Art. 6(1)(b)', /contract is Article 6\(1\)\(b\)/],
  ];
  for (const [sentence, cited, fixed, message] of wrongBasis) {
    it(`flags: ${sentence}`, () => {
      const text = gdprPolicy(sentence);
      const got = findings(text, RULE);
      assert.equal(got.length, 1, got.map((f) => f.message).join('\n'));
      assert.equal(flaggedText(text, got[0]), cited);
      // The message names the point cited and the point the clause's basis is; the detail says what each is.
      const letter = (c: string) => /([a-f])\)?$/.exec(c)![1];
      assert.match(got[0].message, new RegExp(`^Article 6\\(1\\)\\(${letter(cited)}\\) GDPR does not fit.* (?:is|are) Article 6\\(1\\)\\(${letter(fixed)}\\)[ .]`));
      assert.match(got[0].detail ?? '', message);
      assert.match(got[0].source ?? '', /GDPR Art\. 6\(1\)\([a-f]\) and 6\(1\)\([a-f]\)/);
      // Only the letter is replaced, in the author's own form; never applied without a person.
      const [fix] = got[0].fixes;
      assert.equal(fix.title, `Replace with ${fixed}`);
      assert.equal(fix.safe, false);
      const after = applyFirstFix(text, got[0]);
      assert.ok(after.includes(fixed), after);
      assert.deepEqual(findings(after, RULE).map((f) => f.message), []);
    });
  }

  const notBound = [
    // The right point.
    'We only share your data if the disclosure is necessary pursuant to Art. 6(1)(f) GDPR for the establishment, exercise or defence of legal claims and there is no reason to assume that you have an overriding interest worthy of protection in not disclosing your data.',
    // Two bases stated in the clause: the binding is not clear.
    'The disclosure is necessary pursuant to Art. 6(1)(c) GDPR for compliance with a legal obligation and there is no reason to assume that you have an overriding interest in non-disclosure.',
    'Invoices are archived to meet statutory retention obligations and to perform the contract, in accordance with Art. 6(1)(b) GDPR.',
    // A second basis named after the citation is another basis, not what the citation is for.
    'Processing is based on Art. 6(1)(b) GDPR and on your consent.',
    // Negated.
    'Without your consent, we process only the data needed for security on the basis of Art. 6(1)(f) GDPR.',
    'Processing that does not take place with your consent is based on Art. 6(1)(f) GDPR.',
    'Processing under Art. 6(1)(a) GDPR does not involve any balancing of interests.',
    // Art. 21(1) weighs "compelling legitimate grounds which override the interests" of the person too.
    'You have the right to object to processing under Art. 6(1)(e) GDPR on grounds of an overriding interest of yours.',
    // Each citation bound to the words nearest to it.
    'We process your data based on your consent (Art. 6(1)(a) GDPR) or our legitimate interest (Art. 6(1)(f) GDPR), weighing your interests against ours.',
    'We process your contract data (Art. 6(1)(b) GDPR) and, after weighing your interests against ours, your usage data (Art. 6(1)(f) GDPR).',
    // Another predicate between the purpose and the citation.
    'With your consent we send you our newsletter, and we store your IP address for security purposes in accordance with Art. 6(1)(f) GDPR.',
    // A purpose inside a relative clause describes a noun.
    'Data that you gave us with your consent is passed to our hosting provider, whose servers we use under Art. 6(1)(f) GDPR.',
    // Art. 6(3): the basis of points (c) and (e) is laid down by law.
    'Public bodies process data to meet their legal obligations under Art. 6(1)(e) GDPR.',
    // Another clause.
    'The legal basis is Art. 6(1)(b) GDPR; we have no overriding interest in keeping your data after the contract ends.',
    // An overriding public interest, and Swiss law's "overriding private interest" (FADP Art. 31), are not the balancing of point (f).
    'We archive the records under Art. 6(1)(e) GDPR, as there is an overriding public interest in keeping them.',
    'We process your data in accordance with Art. 6(1)(b) GDPR, which is also an overriding private interest under Swiss law.',
    'For customers in Switzerland, we process your data in accordance with Art. 6(1)(b) GDPR, provided your interests do not override ours.',
    // A quoted passage of the law is its own wording.
    'The law says: “processing for legal claims pursuant to Art. 6(1)(b) is permitted, and there is no overriding interest of the data subject in its protection”.',
  ];
  for (const sentence of notBound) {
    it(`does not flag: ${sentence}`, () => assert.deepEqual(findings(gdprPolicy(sentence), RULE).map((f) => f.message), []));
  }
});

// A numbered point of Art. 4 cited for a defined term: the point must define that term. Art. 4 cited
// without a point, or a point not bound to a term, fits every subject.
describe('gdpr-article-mismatch: a point of Art. 4 cited for a term it does not define', () => {
  const wrongDefinition: Array<[string, string, string, RegExp]> = [
    ['Per Art. 4 No. 1 of the GDPR, "processing" means any operation performed on personal data.', 'Art. 4 No. 1', 'Art. 4 No. 2',
      /^Article 4\(1\) GDPR defines “personal data” and “data subject”; “processing” is defined in Article 4\(2\)\.$/],
    ['The term "consent" is defined in Art. 4(12) GDPR.', 'Art. 4(12)', 'Art. 4(11)', /Article 4\(12\) GDPR defines “personal data breach”; “consent” is defined in Article 4\(11\)/],
    ['We are the controller within the meaning of Art. 4(8) GDPR.', 'Art. 4(8)', 'Art. 4(7)', /defines “processor”; “controller” is defined in Article 4\(7\)/],
    ['Art. 4(1) GDPR defines "profiling" as any form of automated processing.', 'Art. 4(1)', 'Art. 4(4)', /“profiling” is defined in Article 4\(4\)/],
    ['A ‘personal data breach’ (Art. 4(2) GDPR) is a breach of security leading to the loss of personal data.', 'Art. 4(2)', 'Art. 4(12)', /“personal data breach” is defined in Article 4\(12\)/],
    ['According to Article 4 no. 8 GDPR, a "recipient" is anyone to whom personal data are disclosed.', 'Article 4 no. 8', 'Article 4 no. 9', /Article 4\(8\) GDPR defines “processor”; “recipient” is defined in Article 4\(9\)/],
    ['Pseudonymisation within the meaning of Art. 4 para. 3 GDPR makes data harder to attribute.', 'Art. 4 para. 3', 'Art. 4 para. 5', /“pseudonymisation” is defined in Article 4\(5\)/],
    ['The data controller (Art. 4(17) GDPR) is Example GmbH.', 'Art. 4(17)', 'Art. 4(7)', /Article 4\(17\) GDPR defines “representative”; “controller” is defined in Article 4\(7\)/],
    // Unquoted, as the subject of the clause the citation opens.
    ['Under Art. 4(1) GDPR, processing includes collection, storage, use, disclosure, and erasure of personal data.', 'Art. 4(1)', 'Art. 4(2)', /“processing” is defined in Article 4\(2\)/],
    ['According to Art. 4(8) GDPR, the controller means the body that decides why and how data is processed.', 'Art. 4(8)', 'Art. 4(7)', /“controller” is defined in Article 4\(7\)/],
    ['Per Art. 4 No. 2 GDPR, consent means a freely given indication of your wishes.', 'Art. 4 No. 2', 'Art. 4 No. 11', /“consent” is defined in Article 4\(11\)/],
  ];
  for (const [sentence, cited, fixed, message] of wrongDefinition) {
    it(`flags: ${sentence}`, () => {
      const text = gdprPolicy(sentence);
      const got = findings(text, RULE);
      assert.equal(got.length, 1, got.map((f) => f.message).join('\n'));
      assert.equal(flaggedText(text, got[0]), cited);
      assert.match(got[0].message, message);
      assert.match(got[0].source ?? '', /GDPR Art\. 4\(\d+\) and 4\(\d+\)/);
      const [fix] = got[0].fixes;
      assert.equal(fix.title, `Replace with ${fixed}`);
      assert.equal(fix.safe, false);
      const after = applyFirstFix(text, got[0]);
      assert.ok(after.includes(fixed), after);
      assert.deepEqual(findings(after, RULE).map((f) => f.message), []);
    });
  }

  const notBound = [
    'Per Art. 4 No. 2 of the GDPR, "processing" means any operation performed on personal data.',
    'This also applies to profiling based on those provisions within the meaning of Art. 4 No. 4 GDPR.',
    'The controller within the meaning of Art. 4(7) GDPR is Example GmbH.',
    'Data concerning health within the meaning of Art. 4(15) GDPR is a special category of personal data.',
    // Art. 4 without a point fits every term.
    'Many of the terms used here, such as "personal data" and "processing", are defined in Art. 4 GDPR.',
    // The term is not the head of its phrase: "processing of personal data".
    'The processing of personal data within the meaning of Art. 4(2) GDPR includes storage.',
    // One citation for several terms.
    'The terms "controller" and "processor" are defined in Art. 4(7) and (8) GDPR.',
    // Another term between the citation and the quoted one.
    'Under Art. 4(1) GDPR, information about an identifiable person is personal data, and "processing" means any operation on it.',
    // The right point, unquoted; or no defined term as the clause's subject.
    'Under Art. 4(2) GDPR, processing includes collection, storage, use and erasure of personal data.',
    'Under Art. 4(1) GDPR, personal data means any information relating to an identified person.',
    'Under Art. 4(2) GDPR, we process your data only where the law allows it.',
    // No term bound (another law's Art. 4 in a GDPR sentence).
    'Processing of authentication data is necessary for a public task (Art. 6(1)(e) GDPR in conjunction with Art. 4(1) BayDSG).',
  ];
  for (const sentence of notBound) {
    it(`does not flag: ${sentence}`, () => assert.deepEqual(findings(gdprPolicy(sentence), RULE).map((f) => f.message), []));
  }

  it('flags a definition number that does not exist, saying how many there are', () => {
    const text = gdprPolicy('Per Art. 4 No. 27 GDPR, "processing" means any operation performed on personal data.');
    const got = findings(text, RULE);
    assert.equal(got.length, 1);
    assert.equal(flaggedText(text, got[0]), 'Art. 4 No. 27');
    assert.match(got[0].message, /26 numbered definitions, \(1\)–\(26\); there is no \(27\)/);
  });
});

describe('gdpr-article-mismatch: the examples on its documentation page', () => {
  const page = readFileSync(join(__dirname, '..', '..', 'docs', 'rules', 'gdpr-article-mismatch.md'), 'utf8');
  const block = (heading: string) => {
    const at = page.indexOf(heading);
    const m = /```text\n([\s\S]*?)```/.exec(page.slice(at));
    return m ? m[1].trim().split('\n') : [];
  };
  for (const line of block('### Flagged')) it(`flags: ${line}`, () => assert.ok(findings(gdprPolicy(line), RULE).length > 0));
  for (const line of block('### Not flagged')) it(`does not flag: ${line}`, () => assert.deepEqual(findings(gdprPolicy(line), RULE), []));
});

// A section heading that names what the section is about binds the citation it holds: the data
// collected, where it comes from, how it is stored. None of those is a point of Art. 13; the whole
// article (the information given where data are collected) fits each of them.
describe('gdpr-article-mismatch: a point of Art. 13 in a heading about the data, its source or its storage', () => {
  const md = (heading: string, body = 'We describe this below.') => `# Privacy Policy\n\nThis policy explains how we process personal data under the GDPR.\n\n## ${heading}\n\n${body}\n`;
  const flagged: Array<[string, string, RegExp]> = [
    ['2. What Personal Data We Collect (Art. 13(1)(c))', 'Art. 13(1)(c)', /the categories of personal data are Articles 14\(1\)\(d\) and 15\(1\)\(b\)/],
    ['Which information we collect (Article 13(1)(e) GDPR)', 'Article 13(1)(e)', /categories of personal data/],
    ['Types of personal data we collect (Art. 13(2)(b))', 'Art. 13(2)(b)', /categories of personal data/],
    ['3. How We Collect Personal Data (Art. 13(1)(e))', 'Art. 13(1)(e)', /the source of the personal data is Article 14\(2\)\(f\)/],
    ['Sources of personal data (Art. 13(1)(a))', 'Art. 13(1)(a)', /source of the personal data/],
    ['7. How We Store Your Data (Art. 13(1)(c))', 'Art. 13(1)(c)', /storing personal data is Articles 5\(1\)\(e\), 13\(2\)\(a\) and 32/],
    ['Where we store your data (Art. 13(1)(d))', 'Art. 13(1)(d)', /storing personal data/],
  ];
  for (const [heading, cited, says] of flagged) {
    it(`flags: ${heading}`, () => {
      const text = md(heading);
      const got = findings(text, RULE, {}, 'markdown');
      assert.equal(got.length, 1, got.map((f) => f.message).join('\n'));
      assert.equal(flaggedText(text, got[0]), cited);
      assert.match(got[0].message, says);
      // No one provision to put in its place: no fix.
      assert.deepEqual(got[0].fixes, []);
    });
  }
  const fits = [
    'What personal data we collect (Art. 13 GDPR)',
    'What data we collect and why (Art. 13(1)(c))',
    'What data we collect, and on what legal basis (Art. 6(1)(b) GDPR)',
    'Categories of personal data collected (Art. 14(1)(d) GDPR)',
    'How we collect your data (Art. 14(2)(f))',
    'How we store your data (Art. 32 GDPR)',
    'How we store your data (Art. 13(2)(a))',
    'Where we store your data (Art. 46 GDPR)',
    'Categories of data subjects (Art. 13(1)(c))',
    'How we collect and use your data (Art. 13(1)(c))',
  ];
  for (const heading of fits) {
    it(`does not flag: ${heading}`, () => {
      assert.deepEqual(findings(md(heading), RULE, {}, 'markdown').map((f) => f.message), []);
    });
  }
});
