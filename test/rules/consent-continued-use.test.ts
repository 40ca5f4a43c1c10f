import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consentContinuedUse } from '../../rules/consent-continued-use';
import type { Finding, Format } from '../../rules/model/types';
import type { LintOptions } from '../../rules/rule';
import { ruleFindings } from '../helpers';

const RULE = 'consent-continued-use';
const TODAY = new Date('2026-11-23');

const run = (text: string, format: Format = 'plaintext', options: LintOptions = {}): Finding[] => ruleFindings(consentContinuedUse, text, format, { today: TODAY, ...options }).filter((f) => f.ruleId === RULE);

/** A short GDPR policy around `body`. */
const gdprPolicy = (body: string) => `Privacy Policy\n\nThis policy explains how we process personal data under the General Data Protection Regulation (GDPR).\n\n${body}\n`;

describe(RULE, () => {
  const flagged: Array<[string, RegExp]> = [
    ['By using this website you consent to the use of cookies.', /^By using this website you consent to the use of cookies$/],
    ['By visiting www.example.com (“Site”) and communicating electronically with us, you consent to the processing and transfer of your Personal Data as set out in this Privacy Policy.', /^By visiting www\.example\.com .* you consent to the processing/],
    ['You consent to the use of these cookies and the data which they gather through your continued use of the website.', /^You consent to the use of these cookies .* through your continued use of the website$/],
    ['By using the Acme website, you agree and give consent to the terms set out here.', /^By using the Acme website, you agree and give consent/],
    ['By continuing to browse this site, you are agreeing to our use of cookies.', /^By continuing to browse this site, you are agreeing to our use of cookies$/],
    ['By continuing to use our services you agree to the collection and use of information in accordance with this policy.', /^By continuing to use our services you agree to the collection/],
    // Acceptance of the policy it is said in, however it names itself.
    ['The use of the Website implies the acceptance of the Privacy and Cookies Policy of the Website.', /^The use of the Website implies the acceptance of the Privacy and Cookies Policy/],
    ['The use of the website signifies your acceptance of this policy.', /^The use of the website signifies your acceptance of this policy$/],
    ['Your continued use of this website constitutes your consent to the processing of your personal data.', /^Your continued use of this website constitutes your consent/],
    ['Use of this site will be deemed as consent to the placement of cookies on your device.', /^Use of this site will be deemed as consent/],
    ['By accessing our app, you hereby consent to the transfer of your information to the United States.', /^By accessing our app, you hereby consent/],
    ['By scrolling this page you consent to analytics cookies.', /^By scrolling this page you consent/],
    ['When you visit our website, you consent to us collecting your IP address.', /^When you visit our website, you consent/],
    ['You agree to our use of cookies by using the site.', /^You agree to our use of cookies by using the site$/],
    ['By using this site you agree to our use of cookies as described in our Cookie Policy.', /^By using this site you agree to our use of cookies as described in our Cookie Policy$/],
    ['Continuing to use the site means you accept cookies.', /^Continuing to use the site means you accept cookies$/],
    ['This website uses cookies to improve your experience. We\'ll assume you\'re ok with this, but you can opt-out if you wish.', /^We'll assume you're ok with this$/],
    ['By using our website you consent to our use of cookies unless you have disabled them in your browser.', /^By using our website you consent to our use of cookies unless you have disabled them in your browser$/],
    ['Continued browsing will be taken as acceptance of our use of cookies.', /^Continued browsing will be taken as acceptance of our use of cookies$/],
    ['Your consent is deemed to be given by your continued use of the site.', /^Your consent is deemed to be given by your continued use of the site$/],
    ['We use cookies to give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.', /^If you continue to use this site we will assume that you are happy with it$/],
    // Software that is not a web site: an extension, an API, a bot, a client ("browser", "desktop" describe it).
    ['By using this browser extension or API, you hereby consent to the Privacy Policy.', /^By using this browser extension or API, you hereby consent to the Privacy Policy$/],
    ['By installing the desktop client you consent to the processing described here.', /^By installing the desktop client you consent to the processing/],
    ['By using this bot, you agree to the collection of your user ID.', /^By using this bot, you agree to the collection of your user ID$/],
    ['By using our API, you agree to this Privacy Policy.', /^By using our API, you agree to this Privacy Policy$/],
    // Agreement that the data "may be transferred", in the passive: agreement to the processing.
    // The product by its own name, in capitals, before ", you"; the terms "described herein" are the policy's.
    ['By using RC Agents, you consent to the data practices described in this policy.', /^By using RC Agents, you consent to the data practices/],
    ['By accessing or using our website, you agree to be bound by the terms described herein.', /^By accessing or using our website, you agree to be bound by the terms described herein$/],
    ['By using the Services, you agree that your personal information may be transferred to and stored in other countries.', /^By using the Services, you agree that your personal information may be transferred/],
    ['By giving us any personal information or by using the applications available on the Services, you agree that your personal information may be processed in our facilities.', /by using the applications available on the Services, you agree that your personal information may be processed/],
  ];
  for (const [sentence, span] of flagged) {
    it(`flags: ${sentence}`, () => {
      const text = gdprPolicy(sentence);
      const got = run(text);
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => text.slice(f.start, f.end))));
      const f = got[0];
      assert.equal(f.severity, 'warning');
      assert.match(text.slice(f.start, f.end), span);
      // The message says what the policy infers consent from and what to do; the detail names the law and the case, and says why there is no fix.
      assert.match(f.message, /^(?:Consent|Agreement|Agreement to the processing) inferred from .+: ask for an affirmative act or use another basis\.$/);
      assert.match(f.detail ?? '', /GDPR Art\. 4\(11\) and Art\. 7/);
      assert.match(f.detail ?? '', /C-673\/17 Planet49 \(1 October 2019\)/);
      assert.match(f.detail ?? '', /No automatic fix: a rewrite would change the legal basis/);
      assert.match(f.source ?? '', /Art\. 4\(11\).*Recital 32.*C-673\/17.*05\/2020/);
      assert.deepEqual(f.fixes, []);
    });
  }

  const clean = [
    // Agreeing to terms, with nothing said of consent to processing.
    'By creating an account you agree with our terms and conditions.',
    'By using our services, you agree to our Terms of Service.',
    'By using our API, you agree to the API Terms of Use.',
    'By using the Services, you agree that you are at least 16 years old.',
    'By using The Service, you agree to our Terms of Service.',
    'By using our website, you agree to be bound by our Terms of Use.',
    'Our browser extension asks for your consent before it sends any data.',
    'By using this site, you accept the terms of our Cookie Policy.',
    'By using the site you consent to the exclusive jurisdiction of the courts of England and Wales.',
    'By using the site you consent to nothing unless you click “Accept”.',
    'When you visit our site, you accept only the cookies that you select in the cookie banner.',
    'When you visit our website, you can accept or reject cookies.',
    'If you do not reply within 14 days, we will assume you are happy with the changes.',
    // Withdrawal, refusal, consent that is asked for.
    'You can withdraw your consent at any time.',
    'You can withdraw your consent at any time by using the settings on our website.',
    'If you do not consent to the use of cookies, you can disable them in your browser settings.',
    'When you visit our website, you will be asked to consent to analytics cookies.',
    'We ask you to consent when you visit our website for the first time.',
    'We will ask for your consent through our cookie banner when you first visit the website.',
    // Consent as the condition of what the sentence says, an act of its own ("after you give your consent").
    'Other data is collected automatically or after you give your consent when you visit the website by our IT systems.',
    'Analytics cookies are set only once you give your consent when you visit our website.',
    // An affirmative act: a checkbox, a banner choice, a form.
    'By ticking the box on the sign-up form, you consent to receive our newsletter.',
    'By clicking “Accept all” in the cookie banner, you consent to the use of analytics cookies.',
    'By using our website and clicking “Accept”, you consent to our use of cookies.',
    'By submitting forms on our websites, you consent to receive text messages/emails from us.',
    'By submitting your information you acknowledge that you have parental consent to do so.',
    'No data of this nature can be collected without your consent (by inputting the data into the form).',
    // Negated, or not about consent at all.
    'Using our website does not constitute consent to the processing of your personal data.',
    'We rely on legitimate interests, not consent, when you use our website.',
    'Visiting our website does not mean that you consent to anything; we ask for consent through the banner.',
    'Please note that we may process your personal information without your knowledge or consent, in compliance with the above rules, where this is required or permitted by law.',
    'Any information that we collect will only be used in ways for which you have consented.',
    'By using a strong password, you agree to keep your account secure.',
    'If you continue to use this site we will assume that you are happy with it.',
    // Continued use after a change, taken as acceptance of the change: not consent to processing.
    'Your continued use of this site following changes to this privacy policy constitutes your acceptance of the changes.',
    'By continuing to use the site after we post changes, you accept the revised policy.',
  ];
  for (const sentence of clean) {
    it(`does not flag: ${sentence}`, () => {
      const text = gdprPolicy(sentence);
      assert.deepEqual(run(text).map((f) => text.slice(f.start, f.end)), []);
    });
  }

  it('reports consent inferred from continued use after a change to the policy only as information', () => {
    const text = gdprPolicy('By continuing to use the site after changes are posted, you consent to the revised policy.');
    const got = run(text);
    assert.equal(got.length, 1);
    assert.equal(got[0].severity, 'information');
    assert.equal(got[0].data?.changes, true);
    assert.match(got[0].message, /^Continued use after a change is taken as consent/);
    assert.match(got[0].detail ?? '', /Art\. 13\(3\)/);
    assert.deepEqual(got[0].fixes, []);
  });

  it('reports only information where the text never says the GDPR applies, and nothing for jurisdiction "other"', () => {
    const text = 'Notes\n\nBy using this website you consent to the use of cookies.\n';
    const auto = run(text);
    assert.equal(auto.length, 1);
    assert.equal(auto[0].severity, 'information');
    assert.match(auto[0].detail ?? '', /does not say that the GDPR applies/);
    assert.equal(run(text, 'plaintext', { jurisdiction: 'eu' })[0].severity, 'warning');
    assert.equal(run(text, 'plaintext', { jurisdiction: 'uk' })[0].severity, 'warning');
    assert.deepEqual(run(text, 'plaintext', { jurisdiction: 'other' }), []);
  });

  it('puts findings on source offsets in Markdown and HTML', () => {
    const md = '# Privacy Policy\n\nWe process personal data under the **GDPR**.\n\nBy using [this website](https://example.com) you consent to the use of cookies.\n';
    const [m] = run(md, 'markdown');
    assert.ok(m, 'markdown finding');
    assert.match(md.slice(m.start, m.end), /^By using \[this website\]\(https:\/\/example\.com\) you consent to the use of cookies$/);
    const html = '<html><body><h1>Privacy</h1><p>We process personal data under the GDPR.</p><p>By using <b>this website</b> you consent to the use of cookies.</p></body></html>';
    const [h] = run(html, 'html');
    assert.ok(h, 'html finding');
    assert.equal(html.slice(h.start, h.end), 'By using <b>this website</b> you consent to the use of cookies');
  });

  it('can be silenced by an inline directive', () => {
    const text = gdprPolicy('<!-- policylint-disable-next-line consent-continued-use -->\nBy using this website you consent to the use of cookies.');
    assert.deepEqual(run(text), []);
  });

  describe('on the corpus', () => {
    interface Expected { rule: string; quote: string | null; severity?: string; count?: number }
    interface Spec { findings?: Expected[]; absent?: Array<{ rule: string; quote: string }>; clean_for?: string[] }
    const dir = join(__dirname, '..', 'fixtures', 'corpus');
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { files: Record<string, Spec> };
    const occurrences = (text: string, quote: string): Array<[number, number]> => {
      const out: Array<[number, number]> = [];
      for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push([i, i + quote.length]);
      return out;
    };
    const overlaps = (f: Finding, [s, e]: [number, number]) => (f.start < e && f.end > s) || (f.start === f.end && f.start >= s && f.start <= e);

    for (const [name, spec] of Object.entries(expected.files)) {
      it(`${name}: reports exactly what expected.json lists for ${RULE}`, () => {
        const text = readFileSync(join(dir, name), 'utf8');
        const found = run(text);
        const mine = (spec.findings ?? []).filter((x) => x.rule === RULE);
        const used = new Set<Finding>();
        for (const exp of mine) {
          const spans = exp.quote === null ? null : occurrences(text, exp.quote);
          assert.ok(!spans || spans.length > 0, `quote ${exp.quote} is in ${name}`);
          const matches = found.filter((f) => !used.has(f) && (!spans || spans.some((sp) => overlaps(f, sp))));
          assert.equal(matches.length, exp.count ?? 1, `${exp.quote}: found ${matches.length}`);
          for (const f of matches) {
            used.add(f);
            assert.equal(f.severity, exp.severity);
          }
        }
        for (const ab of (spec.absent ?? []).filter((x) => x.rule === RULE)) {
          assert.deepEqual(found.filter((f) => occurrences(text, ab.quote).some((sp) => overlaps(f, sp))).map((f) => f.message), []);
        }
        // Nothing else, at any severity: the corpus findings of this rule are exactly the labelled ones.
        assert.deepEqual(found.filter((f) => !used.has(f)).map((f) => `${f.severity}@${f.start}: ${text.slice(f.start, f.end)}`), []);
        if (spec.clean_for?.includes(RULE)) assert.deepEqual(found, []);
      });
    }

    it('does not report optymyse\'s "continued use … constitutes your acceptance of the changes"', () => {
      const text = readFileSync(join(dir, 'optymyse.txt'), 'utf8');
      const at = text.indexOf('Your continued use of this site following changes');
      assert.ok(at > 0);
      assert.deepEqual(run(text).filter((f) => f.end > at && f.start < at + 120), []);
    });
  });

  it('stays linear on 100 KB of adversarial input', () => {
    const unit = 'you consent to the use of cookies by using the site you agree to to the use of of x through your continued use of the website constitutes acceptance of the if you continue we will assume that you are are ';
    const body = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const text = gdprPolicy(body);
    const t0 = performance.now();
    run(text);
    const ms = performance.now() - t0;
    assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
  });
});

// Phrasings found on the development corpus, as classes of sentence.
describe('consent-continued-use: more acts, objects and layouts', () => {
  const flagged = [
    'By playing our game, you consent to the collection and use of your personal information.',
    'By downloading the app, you consent to the processing of your data.',
    'If you choose to use my Service, then you agree to the collection and use of information in relation to this policy.',
    'By using this Acme online property, you consent to our use of cookies.',
    'By using our website you accept the fact that we place these types of cookies on your device.',
    'By using the Services, or submitting your personal data to us, you consent to such transfer and processing.',
    'By accepting our terms or by visiting example.com you are accepting and consenting to the practices described in this Privacy Policy.',
  ];
  for (const sentence of flagged) it(`flags: ${sentence}`, () => assert.equal(run(gdprPolicy(sentence)).length, 1));
  it('reads a sentence whose words are separated by line breaks (HTML source, hard-wrapped text)', () => {
    const html = '<h1>Privacy Policy</h1><p>We process personal data under the GDPR.</p><p>By accessing\n    our websites, you are consenting to the information collection and use\n    practices described in this privacy statement.</p>';
    assert.equal(run(html, 'html').length, 1);
  });
  const clean = [
    'By clicking “Accept”, you consent to analytics cookies.',
    'By playing the piano you agree to practise daily.',
  ];
  for (const sentence of clean) it(`does not flag: ${sentence}`, () => assert.deepEqual(run(gdprPolicy(sentence)), []));
});

// The product the policy is named after is the site or service ("Privacy Policy for Legcord").
describe('consent-continued-use: the product named in the title, and "the act of using"', () => {
  const titled = (title: string, body: string) => `${title}\n\nThis policy explains how we process personal data under the GDPR.\n\n${body}\n`;
  for (const [title, sentence] of [
    ['Privacy Policy for Legcord - Discord Client', 'By using Legcord, you acknowledge and consent to Discord and Cloudflare collecting your IP address.'],
    ['Acmeboard Privacy Notice', 'By using Acmeboard you consent to the processing of your personal data.'],
    ['Privacy Policy', 'The act of using the site constitutes the user\'s express consent to the monitoring of all uses of the system.'],
    ['Privacy Policy', 'Using this website constitutes your consent to the collection of your data.'],
  ]) {
    it(`flags: ${sentence}`, () => assert.equal(run(titled(title, sentence)).length, 1));
  }
  for (const [title, sentence] of [
    // A capitalised name that is not the product the policy is about.
    ['Privacy Policy for Legcord', 'By using Discord, you consent to Discord\'s own terms and the processing they describe.'],
    ['Acmeboard Privacy Notice', 'By using Acmeboard you agree to the Terms of Service.'],
    ['Privacy Policy', 'The act of using cookies constitutes processing of your data.'],
  ]) {
    it(`does not flag: ${sentence}`, () => assert.deepEqual(run(titled(title, sentence)), []));
  }
  // Agreement to the privacy policy, or to "these practices", inferred from use.
  // (Until 2026-12-07 these were not reported: agreeing to the policy was read as agreeing to a document. The policy is a
  // description of processing, the labelling guide counts agreement to it, and blind readers labelled it so.)
  for (const sentence of ['By installing or using the App, you agree to the terms of this Privacy Policy.', 'By using this website, you agree to this Privacy Policy.', 'By using our services, you agree to these practices.', 'Your continued use of this Site constitutes your agreement to this Privacy Notice.']) {
    it(`flags: ${sentence}`, () => assert.equal(run(titled('Privacy Policy', sentence)).length, 1));
  }
  for (const sentence of ['By using the App, you agree to our Terms of Service.', 'Continued use of the App after changes constitutes acceptance of the updated policy.', 'You agree to the terms of this Privacy Policy when you tick the box at sign-up.']) {
    it(`does not flag: ${sentence}`, () => assert.deepEqual(run(titled('Privacy Policy', sentence)), []));
  }
  // The product named by the policy's opening, not its title.
  for (const [opening, sentence] of [
    ['At 10BMS, your privacy is of utmost importance to us.', 'By using 10BMS, you agree to the collection and use of information in accordance with this policy.'],
    ['Peri (“the Application”, “we”) is an open source period tracker.', 'By using Peri, you consent to the processing of your data.'],
    ['Welcome to Trailmix, the hiking planner.', 'By downloading Trailmix you consent to the collection of your location.'],
  ]) {
    it(`flags, after "${opening}": ${sentence}`, () => assert.equal(run(titled('Privacy Policy', `${opening} ${sentence}`)).length, 1));
  }
  it('does not take another company named later for the product', () => {
    assert.deepEqual(run(titled('Privacy Policy', 'At 10BMS, your privacy matters. By using Google, you consent to Google\'s terms.')), []);
  });
});

// Consent inferred from taking part, from receiving a document, or from not objecting; and the
// clauses "you acknowledge … and consent to", "you hereby consent that we will …".
describe('consent-continued-use: taking part, receiving, not withdrawing; acknowledging and consenting', () => {
  const flagged: Array<[string, RegExp]> = [
    ['By receiving this document, participating in the scheduled focus group session (logging into the Zoom meeting), and not explicitly withdrawing consent via email or verbal communication, you are considered to have given your consent to the data processing described in this document.', /^By receiving this document, .* you are considered to have given your consent to the data processing described in this document$/],
    ['By participating in this study, you consent to the recording and transcription of the interview.', /^By participating in this study, you consent to the recording/],
    ['By attending the event, you consent to being photographed and filmed, and to the publication of those images.', /^By attending the event, you consent to being photographed and filmed$/],
    ['By taking part in the survey you are deemed to have consented to the processing of your answers.', /^By taking part in the survey you are deemed to have consented/],
    ['By joining the meeting, you give your consent to the recording of the session.', /^By joining the meeting, you give your consent to the recording of the session$/],
    ['By not objecting within 14 days, you consent to the transfer of your data to our partners.', /^By not objecting within 14 days, you consent to the transfer/],
    ['By accessing or using any part of the Websites or self-managed installations, you acknowledge you have been informed of and consent to our practices with regard to your personal information and data.', /^By accessing or using any part of the Websites .* you acknowledge you have been informed of and consent to our practices/],
    ['By using or accessing our Services in any manner, you acknowledge that you accept the practices and policies outlined below, and you hereby consent that we will collect, use and share your information as described in this Privacy Policy.', /^By using or accessing our Services in any manner, .* you hereby consent that we will collect$/],
    ['By using the app, you confirm that you have read this notice and consent to the processing of your personal data.', /^By using the app, you confirm that you have read this notice and consent to the processing/],
    ['By visiting the site you acknowledge that you have read and understood this policy and consent to our use of cookies.', /^By visiting the site you acknowledge that you have read and understood this policy and consent to our use of cookies$/],
  ];
  for (const [sentence, span] of flagged) {
    it(`flags: ${sentence.slice(0, 90)}…`, () => {
      const text = gdprPolicy(sentence);
      const got = run(text);
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => text.slice(f.start, f.end))));
      assert.equal(got[0].severity, 'warning');
      assert.match(text.slice(got[0].start, got[0].end), span);
      assert.deepEqual(got[0].fixes, []);
    });
  }
  it('names the act it infers consent from', () => {
    const [a] = run(gdprPolicy('By participating in this study, you consent to the recording of the interview.'));
    assert.match(a.message, /from taking part/);
    const [b] = run(gdprPolicy('By not objecting within 14 days, you consent to the transfer of your data.'));
    assert.match(b.message, /from inactivity \(not objecting or withdrawing\)/);
    const [c] = run(gdprPolicy('By receiving this notice, you consent to the processing of your data.'));
    assert.match(c.message, /from receiving the document/);
  });
  const clean = [
    // An act of consent.
    'By clicking “Accept”, you consent to the processing of your data for analytics.',
    'By signing this consent form and participating in the study, you consent to the recording of the interview.',
    'By ticking the box below, you acknowledge that you have read this notice and consent to the processing of your data.',
    // Not consent to processing.
    'By participating, you agree to the code of conduct.',
    'By accepting this consent form and participating in the focus group sessions, you agree to maintain the confidentiality of information shared by other participants.',
    'By attending the event you agree to follow the instructions of the staff.',
    'By receiving this document you acknowledge that you have been informed of your rights.',
    // Withdrawal, or consent asked for.
    'You may withdraw your consent at any time.',
    'By not giving your consent, you will not be able to take part in the study.',
    'If you participate in the study, we will ask for your consent to record the interview.',
    'By participating in the study you may withdraw your consent at any time.',
    // "participating", "attending" as adjectives, not the act.
    'If you shop with participating merchants, you consent to our sharing of your purchase data with them.',
    'Treatment notes written by attending physicians are shared with you, and you consent to their storage in our system.',
    // "acknowledge" with nothing of consent.
    'By using the Services, you acknowledge that you accept the practices and policies outlined below.',
    'By using our site, you acknowledge that we are based in Germany and consent is not required for strictly necessary cookies.',
  ];
  for (const sentence of clean) {
    it(`does not flag: ${sentence}`, () => {
      const text = gdprPolicy(sentence);
      assert.deepEqual(run(text).map((f) => text.slice(f.start, f.end)), []);
    });
  }
});
