import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contactPlaceholder, decodeCloudflare } from '../../rules/contact-placeholder';
import { applyEdits } from '../../rules/fixes';
import type { Finding, Format } from '../../rules/model/types';
import type { LintOptions } from '../../rules/rule';
import { ruleFindings } from '../helpers';

const RULE = 'contact-placeholder';
const TODAY = new Date('2026-11-23');
const FORMATS: Format[] = ['plaintext', 'markdown', 'html'];

/** The rule alone, through the engine. */
const run = (text: string, format: Format = 'plaintext', options: LintOptions = {}): Finding[] => ruleFindings(contactPlaceholder, text, format, { today: TODAY, ...options });

/** A short policy around `body`, written in `format`. */
function policy(body: string, format: Format): string {
  if (format === 'html') return `<html><body><h1>Privacy Policy</h1><p>This policy explains how we process personal data.</p><p>${body}</p></body></html>`;
  if (format === 'markdown') return `# Privacy Policy\n\nThis policy explains how we process personal data.\n\n${body}\n`;
  return `Privacy Policy\n\nThis policy explains how we process personal data.\n\n${body}\n`;
}

/** Every fix stays inside its finding's range, leaves the rest of the text as it was, and resolves the finding. */
function checkFixes(text: string, format: Format, found: Finding[]): void {
  for (const f of found) {
    for (const fix of f.fixes) {
      const first = Math.min(...fix.edits.map((e) => e.start));
      const last = Math.max(...fix.edits.map((e) => e.end));
      assert.ok(first >= f.start && last <= f.end, `"${fix.title}" edits inside the finding's range`);
      const fixed = applyEdits(text, fix.edits);
      const delta = fixed.length - text.length;
      assert.equal(fixed.slice(0, first), text.slice(0, first), 'nothing before the edit changes');
      assert.equal(fixed.slice(last + delta), text.slice(last), 'nothing after the edit changes');
      const after = run(fixed, format);
      assert.ok(!after.some((g) => g.start === f.start && g.data?.kind === f.data?.kind), `"${fix.title}" resolves the finding`);
    }
  }
}

describe(RULE, () => {
  // [sentence, the flagged text, severity]: the same in plain text, Markdown and HTML.
  const flagged: Array<[string, string, string]> = [
    ['For a PDF copy, send an email to [email\u00a0protected].', '[email\u00a0protected]', 'error'],
    ['You can also contact us ([email protected]) and we will opt you out.', '[email protected]', 'error'],
    ['Write to us at [email].', '[email]', 'warning'],
    ['Questions? Email your@email.com and we will answer.', 'your@email.com', 'warning'],
    ['Our data protection officer can be reached at dpo@example.com.', 'dpo@example.com', 'warning'],
    ['Requests go to privacy@mail.example.org.', 'privacy@mail.example.org', 'warning'],
    ['Send requests to privacy@yourdomain.com.', 'privacy@yourdomain.com', 'warning'],
    ['The controller is [Company Name], registered in England and Wales.', '[Company Name]', 'warning'],
    ['Our registered office is at [INSERT ADDRESS].', '[INSERT ADDRESS]', 'warning'],
    ['This website is operated by [Your Name].', '[Your Name]', 'warning'],
    // A blank with the words that ask for it: "here", "goes here", "insert", "enter".
    ['For questions, write to [your email here].', '[your email here]', 'warning'],
    ['Contact: [email goes here]', '[email goes here]', 'warning'],
    ['Postal address: [enter postal address]', '[enter postal address]', 'warning'],
    ['Telephone: [Phone number]', '[Phone number]', 'warning'],
    ['Email the data protection officer at [DPO email address].', '[DPO email address]', 'warning'],
    ['Call us on +44 XXXX XXXXXX during office hours.', 'XXXX XXXXXX', 'warning'],
    ['Our representative in the EU is XXX.', 'XXX', 'warning'],
    ['Our company number is [TBD].', '[TBD]', 'warning'],
    ['The controller of your personal data is [legal name of the company].', '[legal name of the company]', 'warning'],
    ['The controller of your personal data is [name of the organisation or person responsible].', '[name of the organisation or person responsible]', 'warning'],
  ];
  for (const format of FORMATS) {
    describe(format, () => {
      for (const [sentence, span, severity] of flagged) {
        it(`flags: ${sentence}`, () => {
          const text = policy(sentence, format);
          const got = run(text, format);
          assert.equal(got.length, 1, JSON.stringify(got.map((f) => text.slice(f.start, f.end))));
          assert.equal(text.slice(got[0].start, got[0].end), span);
          assert.equal(got[0].severity, severity);
          assert.match(got[0].source ?? '', /Art\. 1[23]/);
          assert.deepEqual(got[0].fixes, [], 'no fix invents a contact detail');
          assert.match(got[0].detail ?? "", /no fix/i);
        });
      }
    });
  }

  const clean = [
    'Email us at privacy@acme.com.',
    'If you have any questions, please send a detailed message to hello@optsm.co.uk',
    'Write to privacy [at] acme [dot] com.',
    'Contact yourprivacy@acme.com for any request.',
    'Enter your e-mail address (e.g. jane@example.com) in the form.',
    'We keep personal data for [period] after [event].',
    'Processors: [Service name] – [purpose], [country].',
    'See Chapter XXX of the Code.',
    'The judgment reads: “the [c]ontroller [...] shall inform” [sic].',
    'See footnote [1] and tick the box [x].',
    'You may ask for a copy of your personal data at any time.',
    'Our XXL newsletter is sent monthly.',
  ];
  for (const format of FORMATS) {
    describe(`${format}, not flagged`, () => {
      for (const sentence of clean) {
        it(`does not flag: ${sentence}`, () => {
          const text = policy(sentence, format);
          assert.deepEqual(run(text, format).map((f) => text.slice(f.start, f.end)), []);
        });
      }
    });
  }

  describe('links', () => {
    const linkFlagged: Array<[Format, string, string]> = [
      ['plaintext', '- [Google Privacy Policy](#)', '(#)'],
      ['plaintext', 'See the [Cloudflare Privacy Policy]() for details.', '()'],
      ['plaintext', 'Read [our partner\'s notice](https://www.example.com/privacy).', '(https://www.example.com/privacy)'],
      ['markdown', '- [Google Privacy Policy](#)', '(#)'],
      ['markdown', 'See the [Cloudflare Privacy Policy]() for details.', '()'],
      ['markdown', 'Read [our partner\'s notice](https://example.org/privacy).', '(https://example.org/privacy)'],
      ['markdown', 'Or [write to us](mailto:you@example.com).', '(mailto:you@example.com)'],
      ['html', 'See the <a href="#">Google Privacy Policy</a>.', '"#"'],
      ['html', 'See the <a href=\'\'>Cloudflare Privacy Policy</a>.', '\'\''],
      ['html', 'Or <a href="mailto:privacy@example.com">write to us</a>.', '"mailto:privacy@example.com"'],
      ['html', 'Read <a class="link" href="#">MailChimp Privacy Policy</a>.', '"#"'],
      // A word that only contains "close" is no control: "closed" and "disclosure" are ordinary words.
      ['html', 'Read our <a class="disclosures" href="#">Disclosure Statement</a>.', '"#"'],
      ['html', 'See the <a href="#">Closed Accounts Policy</a>.', '"#"'],
    ];
    for (const [format, body, span] of linkFlagged) {
      it(`flags in ${format}: ${body}`, () => {
        const text = policy(body, format);
        const got = run(text, format);
        assert.equal(got.length, 1, JSON.stringify(got.map((f) => text.slice(f.start, f.end))));
        assert.equal(text.slice(got[0].start, got[0].end), span);
        assert.equal(got[0].severity, 'warning');
        assert.equal(got[0].data?.kind, 'link');
        assert.deepEqual(got[0].fixes, []);
        assert.match(got[0].message, /goes nowhere/);
      });
    }

    const linkClean: Array<[Format, string]> = [
      ['plaintext', 'Read the [Google Privacy Policy](https://policies.google.com/privacy).'],
      ['plaintext', '[Back to top](#)'],
      ['plaintext', 'See [our website] for more.\n\n[our website]: https://acme.com'],
      ['markdown', '[Back to top](#)'],
      ['markdown', 'See [your rights](#your-rights).'],
      ['markdown', 'Email [privacy@acme.com](mailto:privacy@acme.com).'],
      ['html', '<a href="#" onclick="Cookiebot.renew()">Change your consent</a>'],
      ['html', '<a href="#">Back to top</a>'],
      ['html', '<a name="rights"></a>Your rights'],
      ['html', '<a href="#rights">Your rights</a>'],
      ['html', '<a href="#" class="optanon-show-settings">Settings</a>'],
      ['html', '<a href="#" data-cc="show-preferencesModal">Preferences</a>'],
      ['html', '<a href="javascript:void(0)">Manage cookies</a>'],
      ['html', '<a href="#" aria-haspopup="true">Products</a>'],
      ['html', '</p><nav><ul><li><a href="#">Products</a></li></ul></nav><p>Our policy.'],
      // Controls that close a dialog or open a menu: a symbol or a word for the action, or a class that says so.
      ['html', '<a class="close" href="#">&times;</a>'],
      ['html', '<a href="#">✕</a>'],
      ['html', '<a href="#">☰</a>'],
      ['html', '<a href="#">Close</a>'],
      ['html', '<a href="#" class="btn btn-secondary">Got it</a>'],
      ['html', '<a href="#" class="dismiss-banner">OK</a>'],
      ['markdown', '[×](#)'],
    ];
    for (const [format, body] of linkClean) {
      it(`does not flag in ${format}: ${body}`, () => {
        const text = policy(body, format);
        assert.deepEqual(run(text, format).map((f) => text.slice(f.start, f.end)), []);
      });
    }
  });

  describe('an address still encoded by Cloudflare', () => {
    // "privacy@acme.com", XOR 0x7a, as Cloudflare writes it.
    const HEX = '7a0a08130c1b19033a1b19171f54191517';

    it('decodes Cloudflare\'s scheme, and rejects what is not an address', () => {
      assert.equal(decodeCloudflare(HEX), 'privacy@acme.com');
      assert.equal(decodeCloudflare('7a0a08'), undefined);
      assert.equal(decodeCloudflare('7a0'), undefined);
    });

    const cases: Array<[Format, string, string]> = [
      ['html', `Email <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="${HEX}">[email&#160;protected]</a> today.`, '[email&#160;protected]'],
      ['html', `Email <a href="/cdn-cgi/l/email-protection#${HEX}"><span class="__cf_email__" data-cfemail="${HEX}">[email&#160;protected]</span></a> today.`, '[email&#160;protected]'],
      ['markdown', `Email [[email protected]](/cdn-cgi/l/email-protection#${HEX}) today.`, '[email protected]'],
      ['plaintext', `Email [[email protected]](/cdn-cgi/l/email-protection#${HEX}) today.`, '[email protected]'],
    ];
    for (const [format, body, span] of cases) {
      it(`offers the decoded address in ${format}`, () => {
        const text = policy(body, format);
        const [f, ...rest] = run(text, format);
        assert.deepEqual(rest, []);
        assert.equal(text.slice(f.start, f.end), span);
        assert.equal(f.severity, 'error');
        assert.equal(f.fixes.length, 1);
        assert.equal(f.fixes[0].preferred, true);
        assert.ok(!f.fixes[0].safe, 'a person checks the decoded address');
        assert.equal(f.fixes[0].edits[0].newText, 'privacy@acme.com');
        assert.match(f.message, /privacy@acme\.com/);
        const fixed = applyEdits(text, f.fixes[0].edits);
        assert.ok(fixed.includes('privacy@acme.com'));
        assert.deepEqual(run(fixed, format), []);
        checkFixes(text, format, [f]);
      });
    }

    it('offers nothing when the encoded address is not in the page', () => {
      const text = policy('Email <a href="/cdn-cgi/l/email-protection">[email&#160;protected]</a>.', 'html');
      const [f] = run(text, 'html');
      assert.equal(f.severity, 'error');
      assert.deepEqual(f.fixes, []);
    });
  });

  it('reports a bracketed e-mail placeholder once, not also as an address', () => {
    const text = policy('Write to [your@email.com] or [XXX].', 'plaintext');
    assert.deepEqual(run(text).map((f) => text.slice(f.start, f.end)), ['your@email.com', '[XXX]']);
  });

  it('does not count PolicyLint\'s own fix templates as contact blanks', () => {
    const text = policy('We keep personal data for [period] after [event], and then delete it.\n\n- [Service name] – [purpose], [country]\n- [retention period]', 'plaintext');
    assert.deepEqual(run(text), []);
  });

  it('reads the corpus as expected.json says', () => {
    const dir = join(__dirname, '..', 'fixtures', 'corpus');
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
      files: Record<string, { findings?: Array<{ rule: string; quote: string | null; severity: string; count?: number }>; clean_for?: string[] }>;
    };
    const want: Record<string, Array<[string, string]>> = {
      'dataops.txt': [],
      'jitops.txt': [['(#)', 'warning'], ['(#)', 'warning'], ['(#)', 'warning'], ['(#)', 'warning']],
      'ubiops.txt': Array(4).fill(['[email\u00a0protected]', 'error']),
      'optsm.txt': Array(2).fill(['[email\u00a0protected]', 'error']),
      'optymyse.txt': [],
    };
    for (const [name, spec] of Object.entries(expected.files)) {
      const text = readFileSync(join(dir, name), 'utf8');
      const found = run(text);
      assert.deepEqual(found.map((f) => [text.slice(f.start, f.end), f.severity]), want[name], name);
      // The same, read from expected.json: each listed finding with its count and severity, nothing else.
      const mine = (spec.findings ?? []).filter((x) => x.rule === RULE);
      assert.equal(found.length, mine.reduce((n, x) => n + (x.count ?? 1), 0), name);
      for (const x of mine) assert.equal(found.filter((f) => f.severity === x.severity && text.slice(f.start, f.end).includes(x.quote!)).length, x.count ?? 1, `${name}: ${x.quote}`);
      if (spec.clean_for?.includes(RULE)) assert.deepEqual(found, [], name);
      checkFixes(text, 'plaintext', found);
    }
  });

  it('every fix on every test input stays in its range and resolves its finding', () => {
    for (const format of FORMATS) {
      for (const [sentence] of flagged) {
        const text = policy(sentence, format);
        checkFixes(text, format, run(text, format));
      }
    }
  });

  it('stays linear on 100 KB of adversarial input', function () {
    this.timeout(20000);
    const pieces = ['[', '[a', '@', 'a@', 'a.', 'XXX-', '[email ', '[a](', '[email protected', 'x'];
    for (const p of pieces) {
      const text = p.repeat(Math.ceil(100_000 / p.length)).slice(0, 100_000);
      for (const format of FORMATS) {
        const t0 = performance.now();
        run(text, format);
        const ms = performance.now() - t0;
        assert.ok(ms < 2000, `${JSON.stringify(p)} in ${format}: ${ms.toFixed(0)} ms`);
      }
    }
  });
});

describe('contact-placeholder: blanks found on the new development policies', () => {
  const run = (text: string, format: Format = 'plaintext') => ruleFindings(contactPlaceholder, text, format);
  const flagged = [
    // "Your …" with free words before the detail.
    'Thank you for visiting [Your Online Shop Name].',
    'Write to [Your Business Postal Address].',
    'Call [Your Support Phone Number].',
    // Alternatives that are each a contact detail.
    'To exercise your rights, contact us at [EMAIL/CONTACT NUMBER/ADDRESS].',
    'Contact us at [email or phone].',
    'Reach us at [Address, Phone, Email].',
    // An instruction that says what to complete it with.
    'Address: [To be completed with registered Netherlands address]',
    'KvK Number: [To be completed with Chamber of Commerce registration]',
    'Phone: [To be completed]',
  ];
  for (const text of flagged) {
    it(`flags: ${text}`, () => {
      const got = run(text);
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
      assert.match(text.slice(got[0].start, got[0].end), /^\[.*\]$/);
    });
  }
  const silent = [
    'See [your account settings] to change this.',
    'Open [Your Privacy Choices] to opt out.',
    'We read [cookies/local storage] only with consent.',
    'See [Terms and Conditions] for details.',
    'Our DPO: [To be appointed]',
    'Click [Your Orders] in the menu.',
  ];
  for (const text of silent) {
    it(`does not flag: ${text}`, () => {
      assert.deepEqual(run(text), []);
    });
  }
});

describe('contact-placeholder: a form\'s blank line after a contact label', () => {
  const policy = (body: string) => `Privacy Policy\n\nWe process personal data as described here.\n\n${body}\n`;
  for (const line of ['Web page: _________________', 'Email: ____________', 'Phone number: ______', 'Postal address:   __________', 'Contact details: _____']) {
    it(`flags: ${line}`, () => {
      const text = policy(`To opt out, contact us:\n${line}`);
      const got = run(text);
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
      assert.match(text.slice(got[0].start, got[0].end), /^_{4,}$/);
    });
  }
  for (const line of ['Signature: ____________', 'Name of the form: ___', 'Email: privacy@acme-widgets.com', 'Use snake_case names such as user__id.']) {
    it(`does not flag: ${line}`, () => assert.deepEqual(run(policy(line)), []));
  }
});

describe('contact-placeholder: blanks in capitals that name whose contact detail it is', () => {
  // A template notice whose identifiers were replaced with blanks: the controller's name, its
  // contact person's name, address or e-mail, an alternative address.
  const flagged: Array<[string, string]> = [
    ['**Name:** [RESEARCHER NAME]', '[RESEARCHER NAME]'],
    ['Address: [INSTITUTION ADDRESS]', '[INSTITUTION ADDRESS]'],
    ['To withdraw, write to [RESEARCHER EMAIL] at any time.', '[RESEARCHER EMAIL]'],
    ['Alternative e-mail: [ALTERNATIVE EMAIL]', '[ALTERNATIVE EMAIL]'],
    ['[INSTITUTION] values your privacy and processes your personal data under the GDPR.', '[INSTITUTION]'],
    ['[UNIVERSITY] is the controller of the data collected in this study.', '[UNIVERSITY]'],
    ['The data controller is [ORGANISATION].', '[ORGANISATION]'],
    ['Questions about the study go to [PRINCIPAL INVESTIGATOR EMAIL].', '[PRINCIPAL INVESTIGATOR EMAIL]'],
    ['Write to the club at [CLUB SECRETARY EMAIL].', '[CLUB SECRETARY EMAIL]'],
    ['Call [PRACTICE PHONE NUMBER] to ask for a copy of your records.', '[PRACTICE PHONE NUMBER]'],
    ['Contact the study team at [Researcher email address].', '[Researcher email address]'],
    ['Our office: [SCHOOL NAME], [SCHOOL ADDRESS].', '[SCHOOL NAME]'],
    // The representative's, the DPO's and the controller's details (Art. 13(1)(a)–(b), Art. 27), and an address by its kind.
    ['Our EU representative can be reached at [EU Representative Email].', '[EU Representative Email]'],
    ['Swiss representative: [Swiss Address]', '[Swiss Address]'],
    ['Our data protection officer: [DPO Email]', '[DPO Email]'],
    ['Write to us at [MAILING ADDRESS].', '[MAILING ADDRESS]'],
    ['Post: [Postal Address]', '[Postal Address]'],
  ];
  for (const format of FORMATS) {
    for (const [sentence, span] of flagged) {
      it(`flags in ${format}: ${sentence}`, () => {
        const text = policy(sentence, format);
        const got = run(text, format);
        assert.ok(got.length >= 1, 'one finding at least');
        assert.equal(text.slice(got[0].start, got[0].end), span);
        assert.equal(got[0].severity, 'warning');
        assert.deepEqual(got[0].fixes, [], 'no fix invents a contact detail');
        assert.match(got[0].message, /template blank never filled in/);
      });
    }
  }
  it('names the detail in lower case in its message, keeping acronyms', () => {
    const [f] = run(policy('Name: [RESEARCHER NAME]', 'plaintext'));
    assert.match(f.message, /write the real researcher name\.$/);
    const [g] = run(policy('Write to [DPO EMAIL].', 'plaintext'));
    assert.match(g.message, /write the real DPO email\.$/);
  });
  it('reports both blanks of "[SCHOOL NAME], [SCHOOL ADDRESS]"', () => {
    const text = policy('Our office: [SCHOOL NAME], [SCHOOL ADDRESS].', 'plaintext');
    assert.deepEqual(run(text).map((f) => text.slice(f.start, f.end)), ['[SCHOOL NAME]', '[SCHOOL ADDRESS]']);
  });

  // Square brackets that are not a contact blank.
  const silent: Array<[Format, string]> = [
    ['markdown', 'See [Contact us](https://acme.com/contact) for details.'],
    ['plaintext', 'See [Contact us](https://acme.com/contact) for details.'],
    ['plaintext', 'Read [Contact us] for the address.\n\n[Contact us]: https://acme.com/contact'],
    ['plaintext', 'The law is set out in the regulation [1] and its recitals [2].'],
    ['plaintext', 'The judgment says the [institution] “must inform” the data subject [sic].'],
    ['plaintext', 'The [Institution] shall keep records, the court said.'],
    ['plaintext', '- [ ] I have read this notice\n- [x] I agree to take part'],
    ['plaintext', 'The General Data Protection Regulation [GDPR] and the [UK GDPR] apply.'],
    ['plaintext', 'Your data will be processed within [PROJECT NAME].'],
    ['plaintext', 'Results may be published in [PUBLICATION VENUES].'],
    ['plaintext', 'Participant name: [PARTICIPANT NAME]'],
    ['plaintext', 'Sign here: [PARTICIPANT SIGNATURE] [DATE]'],
    ['plaintext', '[contact-form-7 id="12" title="Contact form"]'],
    ['plaintext', 'See the [EVENT NAME] programme and the [APP NAME] settings.'],
  ];
  for (const [format, body] of silent) {
    it(`does not flag in ${format}: ${JSON.stringify(body)}`, () => {
      const text = policy(body, format);
      assert.deepEqual(run(text, format).map((f) => text.slice(f.start, f.end)), []);
    });
  }
});
