import assert from 'node:assert/strict';
import { applyEdits, safeFixEdits } from '../../rules/fixes';
import { applyFirstFix, applyTemplateFix, findings, flaggedText, gdprPolicy, withoutPlaceholderFindings } from '../helpers';

const RULE = 'processor-unlisted';
/** A policy with a processor list naming Google, Cloudflare and Stripe, plus `body`. */
const withList = (body: string) => gdprPolicy(`${body}\n\n4 Data Processors\n\nWe use the following third parties which act as data processors:\n\n- Google\n- Cloudflare\n- Stripe\n\n5 Your rights\n\nYou may ask us for a copy of your data.`);

describe(RULE, () => {
  const flagged: Array<[string, string]> = [
    ['The third-party, "MailChimp", act as a data processor on our behalf.', 'MailChimp'],
    ['We send our newsletter with Mailchimp.', 'Mailchimp'],
    ['We use Hotjar to record how visitors use our site.', 'Hotjar'],
    ['Support tickets are handled in Zendesk.', 'Zendesk'],
    ['Our website is hosted on Amazon Web Services.', 'Amazon Web Services'],
    ['Errors are reported to Sentry, our error tracking service.', 'Sentry'],
    ['Payments are processed by PayPal.', 'PayPal'],
    ['We use HubSpot as our CRM.', 'HubSpot'],
    ['Our forms are powered by Typeform.', 'Typeform'],
    ['We store files in Dropbox.', 'Dropbox'],
    ['We use Intercom as our customer chat service.', 'Intercom'],
    // An identifier named where another mention shows use: the service is reported (at its first mention).
    ['We use Mixpanel to measure usage; it assigns each device a Mixpanel ID.', 'Mixpanel'],
    ['Transactional e-mails are sent through SendGrid.', 'SendGrid'],
  ];
  for (const [sentence, vendor] of flagged) {
    it(`flags: ${sentence}`, () => {
      const text = withList(sentence);
      const got = findings(text, RULE);
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
      assert.equal(flaggedText(text, got[0]), vendor);
      assert.equal(got[0].severity, 'warning');
      assert.match(got[0].message, /missing from the list under “4 Data Processors”/);
      assert.equal(got[0].related?.length, 1);
      // The fix adds the vendor to the list, with the list's own marker, and the finding goes away.
      const fixed = applyFirstFix(text, got[0]);
      assert.match(fixed, new RegExp(`\\n- Stripe\\n- ${vendor}\\n\\n5 Your rights`));
      assert.deepEqual(findings(fixed, RULE), []);
    });
  }

  const clean = [
    'We use Google Analytics to measure visits.',
    'Analytical cookies are set by Google Analytics ("GA") and Cloudflare ("Cloudflare").',
    'YouTube videos are embedded on some pages.',
    'Payments are processed by Stripe.',
    'Our designers like a bold stripe on the homepage.',
    'Please stand in the town square to meet our team.',
    'We use a small box to store paper records.',
    'You can follow us on Twitter and LinkedIn.',
    'We do not use any third-party analytics.',
    'Google Cloud hosts our database in Frankfurt.',
    'Firebase is used for push notifications.',
    // Named as the service whose documents apply, not as a recipient.
    'The privacy policies of the distribution channels (Google Play Store, GitHub Releases) are independent and additionally apply.',
    // The name of an identifier is data listed, not a use of the service.
    'We collect your user ID, device ID and Mixpanel ID.',
    'Identifiers: Firebase installation IDs and advertising identifiers.',
  ];
  for (const sentence of clean) {
    it(`does not flag: ${sentence}`, () => {
      assert.deepEqual(findings(withList(sentence), RULE).map((f) => f.message), []);
    });
  }

  it('reports an announced list that is empty, as an error on the announcing sentence', () => {
    const text = gdprPolicy('Data sub-processors\n\nWe make use of the following third-party services for collecting and storing your data:\n\nSome of these services store data outside the EU.\n\nCookies\n\nWe use cookies.');
    const got = findings(text, RULE);
    assert.equal(got.length, 1);
    assert.equal(got[0].severity, 'error');
    assert.equal(flaggedText(text, got[0]), 'We make use of the following third-party services for collecting and storing your data:');
    const fixed = applyTemplateFix(text, got[0]);
    assert.match(fixed, /your data:\n\n- \[Service name\] – \[purpose\], \[country\]\n\nSome of these/);
    assert.deepEqual(withoutPlaceholderFindings(findings(fixed, RULE)), []);
  });

  it('reports vendors named with no list at all once, as information, and the fix adds a section starting with them, to check and complete', () => {
    const text = 'Privacy Policy\nWe use Google Analytics to measure visits.\nCard payments are collected by our third party payment processors Stripe and/or GoCardless.\nContact us at any time.';
    const got = findings(text, RULE);
    assert.equal(got.length, 1);
    assert.equal(got[0].severity, 'information');
    assert.match(got[0].message, /^The policy names (?:services that process personal data \(.+\)|\d+ services that process personal data) but no list of recipients: add one\.$/);
    assert.match(got[0].detail ?? '', /Google Analytics, Stripe, GoCardless/);
    const fixed = applyTemplateFix(text, got[0]);
    assert.match(fixed, /\nRecipients\nThe following are recipients of personal data \[check and complete this list\]:\n- Google Analytics – \[purpose\], \[country\]\n- Stripe – \[purpose\], \[country\]\n- GoCardless – \[purpose\], \[country\]\n$/);
    assert.equal(got[0].fixes[0].safe, false);
    assert.deepEqual(withoutPlaceholderFindings(findings(fixed, RULE)), []);
  });

  describe('services named in brackets right after words that name the processors are listed there: no "no list" finding', () => {
    // The section above names four services; those in the brackets are listed, the rest are reported.
    const listed: Array<[string, string[]]> = [
      ['Data processing agreements have been concluded with all service providers (Netlify, GoatCounter, Postcatch.io) in accordance with Art. 28 GDPR.', ['Stripe', 'Mailchimp', 'Amazon Web Services']],
      ['Our processors (Amazon Web Services and Postmark) act only on our instructions.', ['Netlify', 'Stripe', 'Mailchimp']],
      ['We share data only with our sub-processors (Stripe, Mailchimp).', ['Netlify', 'Amazon Web Services']],
    ];
    for (const [sentence, reported] of listed) {
      it(sentence, () => {
        const text = `# Privacy Policy\n\n## Hosting\n\nOur website is hosted by Netlify. Payments are processed by Stripe. We send e-mails with Mailchimp. Files are stored with Amazon Web Services.\n\n## Agreements\n\n${sentence}\n`;
        const got = findings(text, RULE, {}, 'markdown').filter((f) => f.data?.documentLevel);
        assert.equal(got.length, 1);
        assert.deepEqual(got[0].data?.vendors, reported);
      });
    }
    const notListed = [
      'We work with service providers (e.g. Netlify) for hosting.',
      'We do not use third-party processors (Netlify, Stripe) for analytics.',
      'Our website uses cookies (Netlify sets one).',
    ];
    for (const sentence of notListed) {
      it(`still "no list": ${sentence}`, () => {
        const text = `# Privacy Policy\n\n## Hosting\n\nOur website is hosted by Netlify.\n\n## Agreements\n\n${sentence}\n`;
        const got = findings(text, RULE, {}, 'markdown').filter((f) => f.data?.documentLevel);
        assert.equal(got.length, 1);
        assert.deepEqual(got[0].data?.vendors, ['Netlify']);
      });
    }
  });

  it('a service with a sub-section of its own under the list\'s heading is on the list ("### 6.3 Firebase Crashlytics")', () => {
    const text = '# Privacy Policy\n\n## 2. Data\n\n- Crash reports through Firebase Crashlytics\n\n## 6. Third-Party Services\n\n### 6.1 AdMob by Google\n\nWe use AdMob to serve ads.\n\n- Data collected by AdMob: device information\n\n### 6.3 Firebase Crashlytics\n\nWe use Firebase Crashlytics to find crashes.\n\n## 7. Contact\n\nWrite to us.\n';
    assert.deepEqual(findings(text, RULE, {}, 'markdown').map((f) => f.message), []);
    // Without the sub-section, it is missing from the list.
    const without = text.replace('### 6.3 Firebase Crashlytics\n\nWe use Firebase Crashlytics to find crashes.\n\n', '');
    assert.deepEqual(findings(without, RULE, {}, 'markdown').map((f) => f.message), ['Firebase Crashlytics (Google) is missing from the list under “6. Third-Party Services”: add it.']);
  });

  it('a list made only of kinds of recipient discloses a service of a kind it names; a list that also names services does not', () => {
    const kinds = '# Privacy Policy\n\n## Cookies\n\nThird party providers such as Cloudflare may employ cookies for their services.\n\n## Third-party services\n\nWe may use trusted third-party service providers to operate our services, such as:\n\n- Hosting providers\n- Content delivery networks\n- Payment processing services\n';
    assert.deepEqual(findings(kinds, RULE, {}, 'markdown').map((f) => f.message), []);
    // A kind the list does not name: reported.
    const otherKind = kinds.replace('- Content delivery networks\n', '');
    assert.deepEqual(findings(otherKind, RULE, {}, 'markdown').map((f) => f.message), ['Cloudflare is missing from the list under “Third-party services”: add it.']);
    // A list that names a service besides the kinds names its recipients: a service left out is missing.
    const mixed = kinds.replace('- Payment processing services\n', '- Stripe, for payments\n');
    assert.equal(findings(mixed, RULE, {}, 'markdown').length, 1);
  });

  it('a list of one company\'s services ("The following OpenAI services are used:") is not the list of recipients', () => {
    for (const company of ['OpenAI', 'Google']) {
      const text = `# Privacy Policy\n\n## Third-party services\n\n### ${company}\n\nAudio is sent to ${company} for transcription. The following ${company} services are used:\n\n- Whisper API\n- GPT-4o\n\nPayments are processed by Stripe.\n`;
      const got = findings(text, RULE, {}, 'markdown');
      assert.deepEqual(got.filter((f) => /missing from the list/.test(f.message)).map((f) => f.message), []);
    }
    // Not a company: "the following third-party services" is the list.
    const text = '# Privacy Policy\n\nWe use the following third-party services:\n\n- Google Analytics\n\nPayments are processed by Stripe.\n';
    assert.deepEqual(findings(text, RULE, {}, 'markdown').map((f) => f.message), ['Stripe is missing from the list under “We use the following third-party services:”: add it.']);
  });

  describe('a section headed "Recipients" or "Processors" that names services in prose is the disclosure: a service named elsewhere is reported against it, not as "no list"', () => {
    const headings = ['6. Recipients, processors and storage location', 'Recipients of your data', 'Our processors', 'Sub-processors'];
    for (const heading of headings) {
      it(heading, () => {
        const text = `# Privacy Policy\n\n## 5. Payments\n\nTo manage your membership we use the service provider RevenueCat.\n\n## ${heading}\n\nOur app is hosted with Firebase, provided by Google Ireland Limited, our processor under a data processing agreement.\n\n## 7. Your rights\n\nYou may ask us for a copy of your data.\n`;
        const got = findings(text, RULE, {}, 'markdown');
        assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
        assert.equal(flaggedText(text, got[0]), 'RevenueCat');
        assert.equal(got[0].severity, 'information');
        assert.equal(got[0].message, `RevenueCat is not named in the section “${heading}”: add it there.`);
        assert.deepEqual(got[0].fixes, []);
        assert.equal(text.slice(got[0].related![0].start, got[0].related![0].end).includes(heading), true);
      });
    }
    // A service identified elsewhere by its legal name and postal address is disclosed there; a gloss is no address.
    const identified: Array<[string, boolean]> = [
      ['To manage your membership we use the service provider RevenueCat, Inc. (2261 Market Street #5205, San Francisco, CA 94114, USA).', false],
      ['Payments are processed by Stripe, Inc. (354 Oyster Point Blvd, South San Francisco, CA 94080, USA).', false],
      ['To manage your membership we use RevenueCat, Inc. (our membership service).', true],
      ['Payments are processed by Stripe (since 2021, our provider).', true],
    ];
    for (const [sentence, reported] of identified) {
      it(`${reported ? 'reports' : 'does not report'}: ${sentence}`, () => {
        const text = `# Privacy Policy\n\n## 5. Membership\n\n${sentence}\n\n## 6. Recipients and processors\n\nOur app is hosted with Firebase, provided by Google Ireland Limited, our processor.\n`;
        assert.equal(findings(text, RULE, {}, 'markdown').length, reported ? 1 : 0);
      });
    }
    // A heading about sharing in general ("How we share …", "Like & Share buttons") may cover one practice: "no list" stands.
    for (const heading of ['How we share information', 'Facebook plugins (Like & Share buttons)']) {
      it(`not: ${heading}`, () => {
        const text = `# Privacy Policy\n\n## Payments\n\nTo manage your membership we use the service provider RevenueCat.\n\n## ${heading}\n\nWe use Facebook plugins provided by Meta and Google Fonts.\n\n## Your rights\n\nYou may ask us for a copy of your data.\n`;
        const got = findings(text, RULE, {}, 'markdown');
        assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
        assert.match(got[0].message, /but no list of recipients: add one\.$/);
      });
    }
  });

  describe('the "Recipients" template also starts with names the policy enumerates with the services (not in the catalogue)', () => {
    const cases: Array<[string, string[]]> = [
      ['Our website may also use website recording services such as Google Analytics, HotJar and Inspectlet.', ['Google Analytics', 'Hotjar', 'Inspectlet']],
      ['We utilize various analytics tools, including UXCam, Google Analytics, Mixpanel, and Intercom.', ['Google Analytics', 'Mixpanel', 'Intercom', 'UXCam']],
      ['Donation payments are processed by Stripe, PayPal, The Giving Block or Flutterwave.', ['Stripe', 'PayPal', 'The Giving Block', 'Flutterwave']],
      // Two names are a pair, not a list: the company with its service.
      ['Your data will be processed by Kind and Campaign Monitor for our updates.', ['Campaign Monitor']],
      // A name the catalogue knows but the rule leaves out (a social network) stays out.
      ['We use Google Analytics, Facebook and Zapier to run our campaigns.', ['Google Analytics', 'Zapier']],
    ];
    for (const [sentence, entries] of cases) {
      it(sentence, () => {
        const text = `Privacy Policy\n${sentence}\nContact us at any time.`;
        const got = findings(text, RULE);
        assert.equal(got.length, 1);
        const added = applyFirstFix(text, got[0]).slice(text.length);
        assert.deepEqual([...added.matchAll(/^- (.+) – \[purpose\], \[country\]$/gm)].map((m) => m[1]), entries);
      });
    }
  });

  it('adds the vendor as a <li> in an HTML list', () => {
    const text = '<h1>Privacy</h1><p>We send e-mails with Mailchimp under the GDPR.</p><h2>Sub-processors</h2>\n<ul>\n  <li>Google</li>\n  <li>Stripe</li>\n</ul>';
    const [f] = findings(text, RULE, {}, 'html');
    assert.equal(flaggedText(text, f), 'Mailchimp');
    const fixed = applyFirstFix(text, f);
    assert.match(fixed, /<li>Stripe<\/li>\n  <li>Mailchimp<\/li>\n<\/ul>/);
    assert.deepEqual(findings(fixed, RULE, {}, 'html'), []);
  });

  it('adds an <li> to <li> items with no <ul> around them in a raw HTML block of a Markdown file, keeping the block whole', () => {
    // An item ending at its line break: the new <li> goes before the break, so no blank line ends the HTML block.
    // The settle property's counterexample (seed 295061756): one fix, and Stripe is on the list.
    const text = '# Privacy Policy\n\nThis policy explains how Acme Ltd processes your personal data.\n\n# Privacy Policy\n\nWe share personal data with the\nfollowing processors:\n<li>\n- Mailgun\n</p>- Stripe\n\n# Privacy Policy\n\nWe keep your personal data for\ntwo years after your last order.\nPayments are processed by Stripe.\n';
    const [f] = findings(text, RULE, {}, 'markdown');
    assert.match(f.message, /^Stripe /);
    const fixed = applyFirstFix(text, f);
    assert.match(fixed, /\n- Mailgun\n<li>Stripe<\/li>\n<\/p>- Stripe\n/);
    assert.deepEqual(findings(fixed, RULE, {}, 'markdown'), [], fixed);
  });

  it('takes a paragraph per service under a heading that names the list ("Third-party services") as the list', () => {
    for (const heading of ['5. Third-party services', 'Processors', 'Our service providers', 'Sub-processors']) {
      const text = `<h1>Privacy</h1><p>We process personal data under the GDPR. Some features rely on Amplitude for product analytics.</p><h3>${heading}</h3><div><p>Privy (privy.io)</p><p>Purpose: authentication. Data shared: e-mail address.</p></div><div><p>Amplitude (amplitude.com)</p><p>Purpose: product analytics. Data shared: device ID.</p></div>`;
      assert.deepEqual(findings(text, RULE, {}, 'html'), [], heading);
    }
    // A heading that names one kind of service is not the list: the service is named with no list.
    const analytics = '<h1>Privacy</h1><p>We process personal data under the GDPR.</p><h3>Analytics</h3><p>We use Amplitude for product analytics.</p>';
    assert.equal(findings(analytics, RULE, {}, 'html').length, 1);
  });

  it('a service named in any cell of a recipients table row is listed there ("Infrastructure | hosted on GitHub Pages")', () => {
    const html = '<h1>Privacy</h1><p>We process personal data under the GDPR. Our website is hosted on GitHub Pages.</p><h2>Data sharing</h2><p>We share data with the following recipients:</p><table><tr><td>Analytics</td><td>Google Analytics counts visits.</td></tr><tr><td>Infrastructure</td><td>Our website is hosted on GitHub Pages (GitHub Inc.).</td></tr></table>';
    assert.deepEqual(findings(html, RULE, {}, 'html'), []);
    // A service in no row is still missing.
    const [f] = findings(html.replace('Our website is hosted on GitHub Pages.', 'We send e-mails with Mailchimp.'), RULE, {}, 'html');
    assert.equal(f?.message.startsWith('Mailchimp'), true);
  });

  it('a heading of several lines (a paragraph a Markdown underline turned into one) heads no list, whatever its length', () => {
    // Found by the --fix settle property (seed 1648529601): a fix that shortened the heading made it a list of recipients.
    for (const verb of ['will replace', 'replaced']) {
      const text = `# Privacy Policy\n\nWe use Hotjar to see how visitors use the site.\n\nContact us at\nprivacy@example.com. The GDPR\n${verb} the Data\nProtection Act 1998.\nSub-processors\n==============\n\n- Amazon\nWeb\nServices\n- Stripe\n`;
      const got = findings(text, RULE, {}, 'markdown');
      assert.deepEqual(got.map((f) => f.data?.documentLevel ?? false), [true], verb);
    }
  });

  describe('an owner named in a later cell of a recipients table row says who owns that row\'s service; it lists no other service of that owner', () => {
    const table = (cell: string) => `<h1>Privacy</h1><p>We process personal data under the GDPR. We use the LinkedIn Insight Tag to measure our campaigns.</p><h2>Data sharing</h2><p>We share data with the following recipients:</p><table><tr><td>Analytics</td><td>Google Analytics counts visits.</td></tr><tr><td>Infrastructure</td><td>${cell}</td></tr></table>`;
    for (const cell of ['Our website is hosted on GitHub Pages (GitHub Inc., a Microsoft company).', 'GitHub Pages (GitHub, Inc.; Microsoft Corporation) hosts the site.', 'Hosted on GitHub Pages, part of Microsoft.']) {
      it(`reports the LinkedIn Insight Tag beside: ${cell}`, () => {
        const got = findings(table(cell), RULE, {}, 'html');
        assert.deepEqual(got.map((f) => f.message.split(' ')[0]), ['LinkedIn']);
      });
    }
    it('an owner in the first cell lists its services ("Microsoft | hosting and advertising")', () => {
      const html = table('Hosted on GitHub Pages.').replace('<td>Infrastructure</td>', '<td>Microsoft Corporation</td>');
      assert.deepEqual(findings(html, RULE, {}, 'html'), []);
    });
  });

  it('adds the vendor to a Markdown ordered list with the next number', () => {
    const text = '# Privacy\n\nWe send e-mails with Mailchimp.\n\n## Processors\n\n1. Google\n2. Stripe\n';
    const [f] = findings(text, RULE, {}, 'markdown');
    const fixed = applyFirstFix(text, f);
    assert.match(fixed, /2\. Stripe\n3\. Mailchimp\n$/);
    assert.deepEqual(findings(fixed, RULE, {}, 'markdown'), []);
  });

  it('does not report a service the policy says it does not use', () => {
    assert.deepEqual(findings(withList('We do not use Mailchimp or any other newsletter service.'), RULE), []);
    assert.deepEqual(findings(withList('We no longer work with Hotjar.'), RULE), []);
  });

  it('counts a service that is also an owner as covering the owner\'s other services', () => {
    const text = gdprPolicy('Card payments are handled by Braintree.\n\nProcessors\n\n- PayPal\n- Google');
    assert.deepEqual(findings(text, RULE), []);
  });

  it('adds a row to a Markdown table that keeps its pipes', () => {
    const text = '# Privacy\n\nWe send e-mails with Mailchimp.\n\n## Sub-processors\n\n| Vendor | Purpose |\n|---|---|\n| Google | analytics |\n';
    const [f] = findings(text, RULE, {}, 'markdown');
    const fixed = applyTemplateFix(text, f, 'markdown');
    assert.match(fixed, /\| Google \| analytics \|\n\| Mailchimp \| \[…\] \|\n$/);
    assert.equal(f.fixes[0].safe, false, 'a row with cells to fill in is a template');
    assert.deepEqual(withoutPlaceholderFindings(findings(fixed, RULE, {}, 'markdown')), []);
  });

  it('adds a row to a plain-text table that is read back as a row', () => {
    const text = gdprPolicy('We send e-mails with Mailchimp.\n\nSub-processors\n\nVendor\tPurpose\nGoogle\tanalytics');
    const [f] = findings(text, RULE);
    const fixed = applyTemplateFix(text, f);
    assert.match(fixed, /Google\tanalytics\nMailchimp\t\[…\]/);
    assert.deepEqual(withoutPlaceholderFindings(findings(fixed, RULE)), []);
  });

  it('reports a service named after a negation in another clause', () => {
    assert.equal(findings(withList('We do not sell your data, but we send our newsletter with Mailchimp.'), RULE).length, 1);
  });

  it('reads a list of names after one negation as all denied', () => {
    assert.deepEqual(findings(withList('We do not use Mailchimp, Hotjar or Zendesk.'), RULE), []);
    assert.deepEqual(findings(withList('We do not use Mailchimp, Hotjar, Zendesk, or any similar service.'), RULE), []);
  });

  it('adds every missing numbered item in one --fix run, each with the next number', () => {
    // Issue 11: one numbered item per run took as many runs as services were missing.
    const text = '# Privacy\n\nWe use Hotjar, Zendesk and Mailgun.\n\n## Processors\n\n1. Google\n2. Stripe\n';
    const got = findings(text, RULE, {}, 'markdown');
    assert.equal(got.length, 3);
    const once = applyEdits(text, safeFixEdits(got).edits);
    assert.match(once, /2\. Stripe\n3\. Hotjar\n4\. Zendesk\n5\. Mailgun\n$/);
    assert.deepEqual(findings(once, RULE, {}, 'markdown'), []);
    // Each fix alone (as the editor applies one) still takes the next number.
    assert.match(applyEdits(text, got[1].fixes[0].edits), /2\. Stripe\n3\. Zendesk\n$/);
  });

  it('names an announced list by its sentence when its section is the whole document', () => {
    const text = 'Privacy Policy\n\nWe send e-mails with Mailchimp and process personal data under the GDPR.\n\nWe use the following third-party services:\n\n- Google\n';
    const [f] = findings(text, RULE);
    assert.match(f.message, /list under “We use the following third-party services:”/);
  });

  it('lets --fix add several missing services to the same list in one run', () => {
    const text = withList('We use Hotjar and Zendesk.');
    const got = findings(text, RULE);
    assert.equal(got.length, 2);
    const { edits } = safeFixEdits(got);
    assert.match(applyEdits(text, edits), /- Stripe\n- Hotjar\n- Zendesk\n/);
  });

  // Issue 11: --fix added the service again on every run.
  it('adds to a plain-text list whose item is hard-wrapped at the margin, once', () => {
    const text = 'We share personal data with the following processors:\n- Stripe, which handles\npayments for us\n- Mailgun\n\nWe use Hotjar to see how visitors use the site.\n';
    const once = applyEdits(text, safeFixEdits(findings(text, RULE)).edits);
    assert.match(once, /payments for us\n- Mailgun\n- Hotjar\n/);
    assert.deepEqual(findings(once, RULE), []);
  });

  it('adds an HTML item inside the list when its last item is closed by a stray or missing tag, once', () => {
    for (const list of ['<ul><li>Stripe</ul></ul>', '<ul><li>Stripe<li>Mailgun</ul>', '<div><ul><li>Stripe</div></ul>', '<li>Stripe\n</ul>']) {
      const text = `<p>We share personal data with the following processors:</p>\n${list}\n<p>We use Hotjar to see how visitors use the site.</p>\n`;
      const once = applyEdits(text, safeFixEdits(findings(text, RULE, {}, 'html')).edits);
      assert.deepEqual(findings(once, RULE, {}, 'html'), [], once);
    }
  });

  it('adds after the last item the rule reads when text interrupts the list', () => {
    const text = '<p>We share personal data with the following processors:</p>\n<ul>\n<li>Stripe</li>\n-\n<li>Netlify, our host</li>\n</ul>\n';
    assert.deepEqual(findings(text, RULE, {}, 'html'), []);
  });

  it('accepts extra vendors from the options', () => {
    const text = withList('We use Acme Mailer for newsletters.');
    assert.equal(findings(text, RULE).length, 0);
    assert.equal(findings(text, RULE, { extraVendors: [{ id: 'acme', name: 'Acme Mailer', owner: 'Acme', category: 'email' }] }).length, 1);
  });
});

// Positive evidence only: each case below names a service, but nothing in it says a list is missing.
describe('processor-unlisted: what is not a missing list or an unlisted processor', () => {
  it('names the services of a policy with no list once, as information, with a template that is never applied without a person', () => {
    const text = 'Privacy Policy\n\nWe use third-party services.\n\n## Analytics\n\nWe use Plausible Analytics to count visits.\n\n## Payments\n\nPayments are handled by our payment processor Stripe.\n';
    const got = findings(text, RULE, {}, 'markdown');
    assert.deepEqual(got.map((f) => [f.severity, f.data?.documentLevel, f.fixes[0].safe]), [['information', true, false]]);
  });

  it("does not report the policy's own company or its products", () => {
    const text = 'Privacy Policy\n\nThis policy applies to the websites offered by PostHog Inc ("we").\n\n## Service providers\n\n- Stripe\n- Google\n\nPostHog collects product analytics for our own use.\n';
    assert.deepEqual(findings(text, RULE, {}, 'markdown'), []);
  });

  it('does not take a heading over a list of data items for a list of recipients', () => {
    const text = 'Privacy Policy\n\n## Third parties\n\nWhen you buy from our shop, we share with Big Cartel:\n\n- Your name\n- Your delivery address\n\nDonations are processed via Stripe, our payment provider.\n';
    assert.deepEqual(findings(text, RULE, {}, 'markdown').filter((f) => !f.data?.documentLevel), []);
  });

  it('does not report a sentence that names the recipient before its colon as an empty list', () => {
    const text = 'Privacy Policy\n\nInquiries regarding your personal information should be sent to the data controller for these services, Aragon Ventures LLC:\n\n1312 17th Street, Denver\n';
    assert.deepEqual(findings(text, RULE), []);
  });

  it('takes "Google Firebase Analytics" for one service, Google Analytics', () => {
    assert.deepEqual(findings(withList('We use Google Firebase Analytics to measure the usage of our app.').replace('- Google\n', '- Google Analytics\n'), RULE), []);
  });

  it('says nothing of a missing list where the policy calls each service its processor in so many words', () => {
    const named = 'Acme uses Firebase Analytics to measure the usage of our applications.';
    assert.deepEqual(findings(gdprPolicy(`${named} Google is our data processor for Firebase Analytics, and we have a data processing agreement with Google.`), RULE), []);
    assert.deepEqual(findings(gdprPolicy(`${named} Mailchimp processes your e-mail address on our behalf.`), RULE).map((f) => f.message), ['The policy names services that process personal data (Firebase Analytics, Mailchimp) but no list of recipients: add one.']);
    assert.equal(findings(gdprPolicy(named), RULE).length, 1);
  });

  it('takes a name followed by a product code for the service, and one followed by a number for part of an address', () => {
    // "Stripe 3D Secure" is Stripe; "Box 456, 194 04 Upplands Väsby" is a postal box (see mentionsOnly below).
    assert.deepEqual(findings(gdprPolicy('Payments are processed by Stripe 3D Secure authentication.'), RULE).map((f) => f.message), ['The policy names services that process personal data (Stripe) but no list of recipients: add one.']);
  });

  describe('speaks only on evidence that the service handles data for the site', () => {
    // A name with no statement of use or of data going to it: a link, a place to read something, a label.
    const mentionsOnly = [
      'A full revision history of this page can be found on GitHub.',
      'You can grab a copy of this policy on GitHub.',
      'Code of Conduct · Blog · GitHub · Twitter',
      'Segment Markers: cookies which mark segments for targeted advertising.',
      'We may ask for the email address of your Stripe or PayPal account to set up a payments integration.',
      'Write to us at Acme Ltd, PO Box 458, Peterborough.',
      // A postal box as the Nordic countries write it: the word and its number, no "PO".
      'This policy applies when Acme AB, Box 456, 194 04 Upplands Väsby, Sweden, provides the service; we process your personal data on our servers.',
      'No external font services (e.g., Google Fonts, Adobe Fonts) are used.',
      // Use that is over, said after the names.
      'Microsoft Clarity and Simple Analytics were used previously and have both been removed.',
      'Hotjar is no longer used on this site.',
      // The quoted title of a part of another's document.
      'You can read more about the data collected on Google\'s support page (the section called "Firebase Performance Monitoring data collection" is not relevant to us).',
    ];
    for (const sentence of mentionsOnly) {
      it(`does not flag: ${sentence}`, () => {
        assert.deepEqual(findings(withList(sentence), RULE).map((f) => f.message), []);
        assert.deepEqual(findings(gdprPolicy(sentence), RULE).map((f) => f.message), []);
      });
    }
    const used = [
      'We pass your email address on to our newsletter platform MailChimp.',
      'This site loads fonts from Typekit.',
      "This site's traffic goes through Fastly.",
      'Your data will be processed by Campaign Monitor.',
      'Visual Studio AppCenter analytics service is used in this app to collect basic usage data.',
    ];
    for (const sentence of used) {
      it(`flags: ${sentence}`, () => {
        assert.equal(findings(withList(sentence), RULE).length, 1);
        const noList = findings(gdprPolicy(sentence), RULE);
        assert.equal(noList.length, 1);
        assert.equal(noList[0].data?.documentLevel, true);
      });
    }
  });

  describe('a policy that discloses its recipients in another shape has a list', () => {
    const shapes: Array<{ what: string; format: 'plaintext' | 'markdown' | 'html'; text: string }> = [
      { what: 'items that begin with the services', format: 'plaintext', text: gdprPolicy('Payments\n\nThis may depend on the payment method you choose:\n\n* PayPal (PayPal (Europe) S.à r.l., Luxembourg)\n* Stripe (Stripe Payments Europe, Ltd., Dublin)\n\nWe use Hotjar to study visits.') },
      { what: 'a table whose rows begin with the services', format: 'markdown', text: gdprPolicy('Services\n\n| Company | Purpose | Country |\n|---|---|---|\n| GitHub Inc. | Hosting | US |\n| Cloudflare Inc. | CDN | US |\n\nWe use Hotjar to study visits.') },
      { what: 'a list of categories of recipients under a heading about sharing', format: 'plaintext', text: gdprPolicy('6. Sharing of Data\n\nWe may share data with:\n\n* Tutoring staff\n* Educational platforms (e.g. Zoom) where used\n* Payment processors\n\nWe use Hotjar to study visits.') },
      { what: 'a sub-section per service', format: 'markdown', text: '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n# External services\n\nWe use these services to run the site.\n\n## Hosting (Netlify)\n\nThe site is hosted by Netlify.\n\n## Tracking (Plausible)\n\nWe use Plausible to count visits.\n\n# Your rights\n\nYou may ask us for a copy.' },
      // A name outside the catalogue heads its sub-section, and the text says it is a service the site uses.
      { what: 'sub-sections per service, one of them a service outside the catalogue', format: 'markdown', text: '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## 8. External tools and services\n\n### Make.com (formerly Integromat)\n\nWe use the Make.com service to process contact inquiries. Your data is transmitted to Make.com and processed there.\n\n### Cal.com\n\nWe use Cal.com for appointment booking.\n\n## 9. Your rights\n\nYou may ask us for a copy.\n' },
      { what: 'sub-sections per service in HTML, one named by the provider that runs it', format: 'html', text: '<h1>Privacy Policy</h1><p>This policy is governed by the GDPR.</p><h2>Services we use</h2><h3>Bookwise</h3><p>Appointments are booked in a calendar operated by Bookwise.</p><h3>Mailchimp</h3><p>Our newsletter is sent with Mailchimp.</p>' },
    ];
    for (const { what, format, text } of shapes) {
      it(`does not report "no list" for ${what}`, () => {
        const got = findings(text, RULE, {}, format);
        assert.deepEqual(got.filter((f) => f.data?.documentLevel).map((f) => f.message), []);
      });
    }
    // A paragraph per service under a line of its own that names it, in bold (or, in plain text, ending in a colon).
    const pseudoHeadings: Array<{ what: string; format: 'plaintext' | 'markdown' | 'html'; text: string }> = [
      { what: 'bold lines in Markdown', format: 'markdown', text: '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Information we collect\n\nWe use a few third party services:\n\n**Firebase Crashlytics**\nCrash reports are sent to Firebase so that we can fix bugs.\n\n**Sentry**\nErrors are reported to Sentry.\n\n## Your rights\n\nYou may ask us for a copy.\n' },
      { what: 'bold lines in Markdown, with underscores and no announcement', format: 'markdown', text: '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Services\n\n__Google Analytics__\nWe use Google Analytics to count visits.\n\n__Mailchimp__\nOur newsletter is sent with Mailchimp.\n' },
      { what: '<strong> lines in HTML', format: 'html', text: '<h1>Privacy Policy</h1><p>This policy is governed by the GDPR.</p><h2>Third parties</h2><p><strong>Stripe</strong><br>Payments are processed by Stripe.</p><p><strong>Intercom</strong><br>We use Intercom for our support chat.</p>' },
      { what: '<strong> lines ended by <br> in HTML, the service in parentheses', format: 'html', text: '<h1>Privacy Policy</h1><p>This policy is governed by the GDPR.</p><h2>2. Data collected and purposes</h2><p><strong style="color: red">Contact form (via Formspree)</strong><br>\n What you enter is sent to us by Formspree.</p><p><strong>Assessment form</strong><br>\n Your answers are used to prepare an offer.</p><p><strong>Server log files (Cloudflare Pages)</strong><br>\n Cloudflare stores your IP address in its logs.</p><h2>3. Your rights</h2><p>You may ask for a copy.</p>' },
      { what: 'label lines ending in a colon in plain text', format: 'plaintext', text: 'Privacy Policy\n\nThis policy is governed by the GDPR.\n\nServices we rely on\n\nGoogle Analytics:\nWe use Google Analytics to count visits.\n\nHotjar:\nWe use Hotjar to study how visitors use the site.\n' },
      // Run-in labels: the label, then the paragraph's text on the same line.
      { what: 'run-in labels in plain text, one naming several services', format: 'plaintext', text: 'Privacy Policy\n\nThis policy is governed by the GDPR.\n\nHow we use analytics tools\nSmartlook: We use Smartlook to record taps and swipes in the app.\nGoogle Analytics, Mixpanel, & Intercom: These tools gather aggregated usage data for us.\n' },
      { what: 'run-in bold labels in Markdown, with a colon or a dash', format: 'markdown', text: '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Tools\n\n**Google Analytics**: We use Google Analytics to count visits.\n\n**Mailchimp** – Our newsletter is sent with Mailchimp.\n\n**Sentry:** Errors are reported to Sentry.\n' },
      { what: 'run-in <strong> labels in HTML', format: 'html', text: '<h1>Privacy Policy</h1><p>This policy is governed by the GDPR.</p><h2>Services</h2><p><strong>Stripe:</strong> Payments are processed by Stripe.</p><p><b>Intercom</b> - We use Intercom for our support chat.</p>' },
    ];
    for (const { what, format, text } of pseudoHeadings) {
      it(`does not report "no list" for a paragraph per service under ${what}`, () => {
        assert.deepEqual(findings(text, RULE, {}, format).filter((f) => f.data?.documentLevel).map((f) => f.message), []);
      });
    }
    const notPseudoHeadings: Array<{ what: string; format: 'plaintext' | 'markdown' | 'html'; text: string }> = [
      { what: 'one service under a bold line (one entry is no list)', format: 'markdown', text: '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Analytics\n\n**Google Analytics**\nWe use Google Analytics to count visits.\n\n## Newsletter\n\nOur newsletter is sent with Mailchimp.\n' },
      { what: 'hard-wrapped prose that begins with a service (no bold)', format: 'markdown', text: '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Analytics\n\nGoogle Analytics\ncounts our visits for us.\n\nMailchimp\nsends our newsletter.\n' },
      { what: 'bold lines of which the services are fewer than half (processing operations one by one)', format: 'markdown', text: '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Processing\n\n**Server data**\nOur server logs your IP address.\n\n**Cookies**\nWe use session cookies.\n\n**Contact**\nWe process what you send us.\n\n**Comments**\nWe store your comments.\n\n**Google Analytics**\nWe use Google Analytics on our website.\n\n**Google Fonts**\nOur website uses Google Fonts.\n' },
      { what: 'run-in labels that name kinds of processing, not services', format: 'plaintext', text: 'Privacy Policy\n\nThis policy is governed by the GDPR.\n\nOur processing\nAnalytics: We use Google Analytics to count visits.\nNewsletter: Our newsletter is sent with Mailchimp.\n' },
      { what: 'a run-in label that is a sentence, not a name', format: 'markdown', text: '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Analytics\n\n**We use Google Analytics to count our visits every day**: it sets cookies.\n\n**Mailchimp sends our newsletter.** You can unsubscribe.\n' },
      { what: 'run-in labels of which the services are fewer than half', format: 'plaintext', text: 'Privacy Policy\n\nThis policy is governed by the GDPR.\n\nWhat we process\nServer data: Our server logs your IP address.\nCookies: We use session cookies.\nContact: We process what you send us.\nGoogle Analytics: We use Google Analytics on our website.\nGoogle Fonts: Our website uses Google Fonts.\n' },
      { what: 'bold sentences that begin with a service', format: 'markdown', text: '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Analytics\n\n**Google Analytics is used to count visits.**\nIt sets cookies.\n\n**Mailchimp sends our newsletter.**\nYou can unsubscribe.\n' },
    ];
    for (const { what, format, text } of notPseudoHeadings) {
      it(`still reports "no list" for ${what}`, () => {
        assert.equal(findings(text, RULE, {}, format).filter((f) => f.data?.documentLevel).length, 1);
      });
    }
    it('still reports "no list" when the other sub-sections are processing operations written in lower case in their text', () => {
      const text = `# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Processing\n\n### Contact Form\n\nWhen you use our contact form, what you enter is sent to us by e-mail.\n\n### Server Log Files\n\nOur host stores server log files.\n\n### Cal.com\n\nWe use Cal.com for appointment booking.\n`;
      assert.equal(findings(text, RULE, {}, 'markdown').filter((f) => f.data?.documentLevel).length, 1);
    });
    it('still reports "no list" when the sharing section lists situations, not recipients', () => {
      const text = `# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Sharing Information\n\n* **Automated Information.** We may share what we collect automatically.\n* **Personal Information.** In limited cases we may give your name to others.\n\n## Analytics\n\nWe use Hotjar to study visits.\n`;
      const got = findings(text, RULE, {}, 'markdown');
      assert.equal(got.filter((f) => f.data?.documentLevel).length, 1);
    });
  });
});

describe('processor-unlisted: lists and recipients written in other ways (held-out h29/h30)', () => {
  const md = (body: string) => findings(`# Privacy Policy\n\nThis notice explains how we process personal data under the GDPR.\n\n${body}\n`, RULE, {}, 'markdown');
  const flaggedIn = (body: string) => { const text = `# Privacy Policy\n\nThis notice explains how we process personal data under the GDPR.\n\n${body}\n`; return findings(text, RULE, {}, 'markdown').map((f) => f.data?.documentLevel ? 'document' : `${flaggedText(text, f)}: ${f.message}`); };
  for (const heading of ['Recipient of the data', 'Recipients of personal data', 'Recipients of your data']) {
    it(`reads "${heading}" as a heading over a list of recipients`, () => {
      const got = flaggedIn(`## ${heading}\n\n- Stripe (payments)\n- Google (analytics)\n\n## Newsletter\n\nWe send our newsletter with Mailchimp.`);
      assert.equal(got.length, 1);
      assert.match(got[0], new RegExp(`^Mailchimp: .*missing from the list under “${heading}”`));
    });
  }
  for (const announce of ['Types of services we use are:', 'Kinds of service providers we work with include:', 'Categories of recipients include:']) {
    it(`reads "${announce}" as announcing a list`, () => {
      const got = flaggedIn(`## Where we process your data\n\nWe use Google Analytics to count visits.\n\n${announce}\n\n- Stripe\n- Mailchimp`);
      assert.equal(got.length, 1);
      assert.match(got[0], /^Google Analytics: .*missing from the list/);
    });
  }
  it('takes a list written inline after the sentence\'s own announcement as the disclosure of its services', () => {
    assert.deepEqual(md('**Disclosures of your information**\nYour personal data is transmitted to the following external service providers for the purpose of membership database management: wildapricot membership management software, Constant Contact email marketing software.'), []);
    assert.deepEqual(md('## Sharing\n\nWe pass data to the following processors: Stripe for payments and Mailchimp for newsletters.'), []);
  });
  it('still reports services named in prose with no announcement before them', () => {
    assert.equal(md('## Newsletter\n\nTo manage our members we use this: Constant Contact sends our newsletter.').filter((f) => f.data?.documentLevel).length, 1);
  });
  it('reads a list of people or companies under a "Recipients" heading as the list, though it names no catalogue service', () => {
    const got = flaggedIn('## Recipient of the data\n\nThe personal data received are sent to:\n\n- Jane Doe (host and maintainer of this site)\n\n## Hosting\n\nThe site is hosted on GitHub Pages, which logs IP addresses.');
    assert.equal(got.length, 1);
    assert.match(got[0], /^GitHub: .*missing from the list under “Recipient of the data”/);
    // A list of the data shared, under the same heading, is not a list of recipients.
    assert.deepEqual(flaggedIn('## Recipients\n\n- Your name\n- E-mail address\n\n## Payments\n\nPayments are handled by Stripe.'), ['document']);
  });
  it('does not report a service as missing from sub-sections per service under a heading about cookies', () => {
    assert.deepEqual(md('## List of cookies used on the Site\n\n### Google Analytics\n\nWe use Google Analytics cookies to count visits.\n\n### Hotjar\n\nWe use Hotjar cookies to study how the site is used.\n\n## Hosting\n\nThe site is hosted on GitHub Pages, which logs IP addresses.'), []);
  });
  it('does not take "the following third party cookies" for an announced list of third parties', () => {
    const got = flaggedIn('## Google cookies\n\nWe use Google Analytics to analyse the use of this website.\n\n## Other third party cookies\n\nWhen you use this website, you may also be sent the following third party cookies, which may be used for the following purposes:\n\n* Session cookies\n* Preference cookies');
    assert.ok(!got.some((g) => /missing from the list/.test(g)), got.join('\n'));
    // The third parties themselves, announced so, are still a list.
    assert.match(flaggedIn('## Sharing\n\nWe share data with the following third parties:\n\n- Stripe\n\n## Analytics\n\nWe use Google Analytics to analyse the use of this website.').join('\n'), /^Google Analytics: .*missing from the list/m);
  });
  it('does not take a service the data comes from ("from your Google Workspace") for a recipient', () => {
    assert.deepEqual(md('## What we collect\n\nAssist Cloud ID collects your name and e-mail address directly from your Google Workspace.'), []);
    assert.equal(md('## What we collect\n\nWe store the files you upload in Google Drive.').filter((f) => f.data?.documentLevel).length, 1);
  });
});

describe('processor-unlisted: classes of the development corpus', () => {
  const md = (text: string) => findings(text, RULE, {}, 'markdown');
  const docLevel = (got: ReturnType<typeof findings>) => got.filter((f) => f.data?.documentLevel);

  describe('the policy\'s own name comes from its front matter title too, and is compared as written', () => {
    it('does not take the author of "title: GitHub Privacy Statement" for a recipient', () => {
      const text = '---\ntitle: GitHub Privacy Statement\nredirect_from:\n - /privacy/\n---\n\nGitHub uses cookies to keep you signed in.\n\n- GitHub provides clear methods of consent.\n- GitHub adheres to the law.\n\nWe use Google Analytics as a third party tracking service.\n';
      const got = md(text);
      assert.equal(docLevel(got).length, 1);
      assert.deepEqual(docLevel(got)[0].data?.vendors, ['Google Analytics']);
    });
    it('takes "Acme Privacy Policy" in TOML front matter as the policy\'s own name', () => {
      const text = '+++\ntitle = "Hotjar Privacy Policy"\n+++\n\nWe use Hotjar to improve Hotjar.\n';
      assert.deepEqual(md(text), []);
    });
    it('does not take a lower-case word of the title for the company ("refer to firebase")', () => {
      const text = '# Privacy policy, refer to firebase\n\nWe use Firebase Analytics to collect usage information.\n';
      assert.equal(docLevel(md(text)).length, 1);
    });
  });

  describe('a service the reader writes to, or a document of the service, is not a recipient', () => {
    const notUsed = [
      'You may object at any time by contacting us via GitHub Issues.',
      'You may request a copy of the safeguards by opening a GitHub issue.',
      'For everything else, please use GitHub issues.',
      'If you know a better tool, create an issue on GitLab or send us an email.',
      'To use the feedback form, the Terms of Service and GitHub Privacy Policy must be agreed to.',
      "You can read YouTube's privacy policy to see how it is used.",
    ];
    for (const sentence of notUsed) {
      it(`does not flag: ${sentence}`, () => {
        assert.deepEqual(findings(withList(sentence), RULE).map((f) => f.message), []);
        assert.deepEqual(findings(gdprPolicy(sentence), RULE).map((f) => f.message), []);
      });
    }
    for (const sentence of ['Feedback is stored publicly in a repository on GitHub.', 'We use GitLab to host our issue tracker and store your reports there.']) {
      it(`flags: ${sentence}`, () => assert.equal(findings(withList(sentence), RULE).length, 1));
    }
  });

  describe('negation', () => {
    for (const sentence of ["We don't use Google Analytics.", "This site doesn't load fonts from Typekit.", "We won't share your address with Mailchimp."]) {
      it(`does not flag: ${sentence}`, () => assert.deepEqual(findings(withList(sentence), RULE), []));
    }
    it('does not report entries of a list under a heading that denies ("What is not used")', () => {
      const text = '# Notice\n\nThis notice is governed by the GDPR.\n\n## Processors\n\n- Vercel hosts the site.\n\n## Cookies\n\n### What is **not** used\n\n- Third-party tracking scripts (Google Analytics, Facebook Pixel, Hotjar, etc.).\n';
      assert.deepEqual(md(text), []);
    });
    it('does not report entries after a sentence that denies ("We do not use the following services:")', () => {
      const text = gdprPolicy('We do not use the following services:\n\n- Hotjar\n- Mixpanel\n\n4 Data Processors\n\n- Google');
      assert.deepEqual(findings(text, RULE), []);
    });
  });

  it('takes a service named under a heading "Recipient" as disclosed there', () => {
    const text = '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Feedback\n\nWe process your feedback.\n\n### Recipient\n\nThe feedback is stored publicly on GitHub as part of our commitment to transparency.\n';
    assert.deepEqual(md(text), []);
    // Under another heading, the same sentence is a service named with no list.
    assert.equal(docLevel(md(text.replace('### Recipient', '### Storage'))).length, 1);
  });

  describe('a sub-section per service is the list when the services are most of the section\'s sub-sections', () => {
    const listShapes = [
      '# Privacy\n\nThis policy is governed by the GDPR.\n\n## List of external services\n\n### Hosting (Netlify)\n\nThe site is hosted by Netlify.\n\n### Tracking (Plausible)\n\nWe use Plausible to count visits.\n',
      // No title heading: the top-level sections are the list; a social network with its own section is one of them.
      'We use some third party services, described below.\n\n### Types of data we collect\n\nWe use cookies.\n\n### Google Analytics\n\nWe use a third-party service, Google Analytics, to collect log data.\n\n### Cloudflare\n\nWe use a third-party service, Cloudflare, to speed up the site.\n\n### Disqus\n\nComments system uses Disqus.\n\n### Mailing list\n\nWe collect your email address for the newsletter.\n',
    ];
    for (const text of listShapes) {
      it(`no "no list" finding: ${JSON.stringify(text.slice(0, 60))}…`, () => assert.deepEqual(docLevel(md(text)), []));
    }
    it('reports a service named only in another service\'s section, without a fix (a section is for the author to write)', () => {
      const text = '# Privacy\n\nThis policy is governed by the GDPR.\n\n## Notes about external services\n\n### Netlify\n\nThe site is hosted by Netlify. Its traffic goes through Cloudflare.\n\n### Fathom Analytics\n\nThis site uses Fathom Analytics.\n\n### YouTube\n\nWe embed YouTube videos.\n';
      const got = md(text);
      assert.deepEqual(got.map((f) => flaggedText(text, f)), ['Cloudflare']);
      assert.match(got[0].message, /has no section of its own among the services under “Notes about external services”/);
      assert.deepEqual(got[0].fixes, []);
    });
    it('takes a section about a kind of recipient as naming the services its text names', () => {
      const text = '# Privacy\n\nThis policy is governed by the GDPR.\n\n## Does Acme share data?\n\n### Acme uses Google Analytics.\n\nWe use Google Analytics to count visits.\n\n### Acme uses Stripe.\n\nPayments are processed by Stripe, our payment provider.\n\n### Acme uses content delivery networks.\n\nAcme uses Cloudflare and Fastly to deliver files.\n';
      assert.deepEqual(md(text), []);
    });
    it('is not the list where the services sit among sections on other processing (server logs, cookies, contact)', () => {
      const text = '# Privacy\n\nThis policy is governed by the GDPR.\n\n## III. Information about the data processing\n\n### Server data\n\nOur server logs your IP address.\n\n### Cookies\n\nWe use session cookies.\n\n### Contact\n\nWe process what you send us.\n\n### Comments\n\nWe store your comments.\n\n### Google Analytics\n\nWe use Google Analytics on our website.\n\n### Google Fonts\n\nOur website uses Google Fonts to display fonts.\n';
      assert.deepEqual(docLevel(md(text)).map((f) => f.data?.vendors), [['Google Analytics', 'Google Fonts']]);
    });
    it('does not count a section whose service the text says is not contacted ("local embedding")', () => {
      const text = '# Privacy\n\nThis policy is governed by the GDPR.\n\n## 6. Plug-ins and Tools\n\n### YouTube\n\nOur website embeds videos of the website YouTube.\n\n### Google Web Fonts (local embedding)\n\nThe fonts are installed locally, so no connection to Google is established.\n\n## 8. Payment service providers\n\n### PayPal\n\nWe offer payment via PayPal.\n';
      assert.deepEqual(docLevel(md(text)).map((f) => f.data?.vendors), [['YouTube', 'PayPal']]);
    });
  });

  describe('a list of categories of recipients that names a service is the list', () => {
    const text = '# Privacy\n\nThis policy is governed by the GDPR.\n\n## How We Share Your Personal Data\n\nWe disclose your data to the categories of service providers listed here.\n\n- **Service Providers.** They include:\n    - Hosting providers.\n    - Payment processors, currently Stripe, Inc.\n- **Analytics Partners.** Companies that track how users use the site.\n\n## Cookies\n\nGoogle uses cookies in connection with its Google Analytics services.\n';
    it('reports a service named elsewhere, with no fix (the list is nested)', () => {
      const got = md(text);
      assert.deepEqual(got.map((f) => flaggedText(text, f)), ['Google Analytics']);
      assert.match(got[0].message, /missing from the list under “How We Share Your Personal Data”/);
      assert.deepEqual(got[0].fixes, []);
    });
    it('a service named in the sharing section itself is disclosed there', () => {
      assert.deepEqual(md(text.replace('## Cookies', '')), []);
    });
    it('a list of categories that names no service only shows that recipients are disclosed', () => {
      assert.deepEqual(md(text.replace(', currently Stripe, Inc.', '')), []);
    });
  });

  describe('lists announced in other shapes', () => {
    it('a list item that announces the rest of its list ("share your data with some or all of the following:")', () => {
      const text = '# Notice\n\nThis notice is governed by the GDPR.\n\nComments: an anonymised hash of your e-mail address may be provided to the Gravatar service.\n\n**Sharing your personal data**\n\n- It is likely that we will need to share your data with some or all of the following (but only where necessary):\n- Our agents, suppliers and contractors;\n- Other companies with which we carry out joint ventures\n\n**Retention**\n\nWe keep data for a year.\n';
      const got = md(text);
      assert.deepEqual(got.map((f) => flaggedText(text, f)), ['Gravatar']);
      // A list of categories: the name is offered, never applied without a person, and it resolves the finding.
      assert.equal(got[0].fixes[0].safe, false);
      const fixed = applyFirstFix(text, got[0]);
      assert.match(fixed, /- Other companies with which we carry out joint ventures\n- Gravatar\n/);
      assert.deepEqual(md(fixed), []);
    });
    it('"For example:" that ends a passage about third parties, with nothing after it, is an empty list (no fix), and the services are reported too', () => {
      const text = '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Sharing Information\n\n* **Personal Information.** In limited cases we may give third parties your name and email address. For example:\n\n## Analytics\n\nWe use third party services such as Google Analytics to analyse visits.\n';
      const got = md(text);
      assert.deepEqual(got.map((f) => [f.severity, f.data?.documentLevel ? 'document' : flaggedText(text, f), f.fixes.length]).sort(), [['error', 'For example:', 0], ['information', 'document', 1]]);
    });
    it('"For example:" followed by its examples is not empty', () => {
      const text = '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\nWe may give third parties your name. For example:\n\n- a courier, to deliver your order\n\n## More\n\nNothing else.\n';
      assert.deepEqual(md(text), []);
    });
    it('an announcement followed by sub-sections whose lists name the services ("6.1 …", "6.2 …")', () => {
      const text = '# Notice\n\nThis notice is governed by the GDPR.\n\n## 6. Data Sharing\n\nPersonal data is shared with the following third parties:\n\n### 6.1 Hosting\n\n- **Vercel Inc.**: hosts the frontend. Vercel acts as a data processor.\n- **Neon Inc.**: provides the database.\n\n### 6.2 Payments\n\n- **Stripe**: payments.\n\n## 7. Support\n\nWe answer tickets in Zendesk, our support platform.\n';
      const got = md(text);
      assert.deepEqual(got.map((f) => flaggedText(text, f)), ['Zendesk']);
      assert.match(got[0].message, /missing from the list under “6. Data Sharing”/);
    });
    it('entries that begin with services, written in any case after the first letter ("Google analytics: …")', () => {
      const text = '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\nWe use a number of 3rd party tools to collect this information; you can opt out on these pages.\n\n- Google analytics: https://tools.google.com/dlpage/gaoptout\n- Hotjar: https://www.hotjar.com/legal/compliance/opt-out\n';
      assert.deepEqual(md(text), []);
    });
  });

  it('writes a service in the catalogue\'s spelling where the text differs only in case, once per service', () => {
    // "Github" is a catalogue alias, written as the policy writes it; "Google analytics" is not.
    const text = 'Privacy Policy\n\nThe _utma cookie is part of Google analytics and is used to track visits.\n\nWe host our code on Github and on GitHub Pages.\n';
    const [f] = findings(text, RULE);
    assert.deepEqual(f.data?.vendors, ['Google Analytics', 'Github']);
  });
});

describe('processor-unlisted: classes found on the new development policies', () => {
  const RULE = 'processor-unlisted';
  const noList = (body: string) => `Privacy Policy\n\nWe process your personal data under the GDPR.\n\n${body}\n\nContact us at any time.\n`;
  // A product the policy names as where data is kept, with a word for what it is.
  const named: Array<[string, string]> = [
    ['Clinical notes and data are stored electronically with Nookal practice management software.', 'Nookal'],
    ['Client records are held securely in Cliniko, our practice management system.', ''],
    ['Bookings are managed with Acuity Scheduling software.', 'Acuity Scheduling'],
    ['Your records are stored on Jane App platform.', 'Jane App'],
  ];
  for (const [body, name] of named) {
    it(`${name ? 'reports' : 'does not report (no product word after the name)'}: ${body}`, () => {
      const got = findings(noList(body), RULE);
      if (!name) { assert.deepEqual(got, []); return; }
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
      assert.match(got[0].message, new RegExp(name));
    });
  }
  const silent = [
    'Your data is stored in Our secure system.',
    'Notes are stored on The Cloud platform we run ourselves.',
    'Your data is stored with us in our own software.',
  ];
  for (const body of silent) {
    it(`does not report: ${body}`, () => {
      assert.deepEqual(findings(noList(body), RULE), []);
    });
  }
  it('ignores services named only in struck-through text', () => {
    const md = (body: string) => `# Privacy Policy\n\nWe process your personal data under the GDPR.\n\n${body}\n\nContact us at any time.\n`;
    assert.deepEqual(findings(md('~~We use Mailchimp to send our newsletter.~~'), RULE, {}, 'markdown'), []);
    assert.deepEqual(findings(md('Forms are sent to ~~Wix.com servers and~~ our mailbox.'), RULE, {}, 'markdown'), []);
    assert.equal(findings(md('We use Mailchimp to send our newsletter.'), RULE, {}, 'markdown').length, 1);
    const html = '<h1>Privacy Policy</h1><p>We process your personal data under the GDPR.</p><p><del>We use Mailchimp to send our newsletter.</del></p><p>Contact us.</p>';
    assert.deepEqual(findings(html, RULE, {}, 'html'), []);
  });
});

describe(`${RULE}: --fix settles on nested Markdown lists (issue 11, settle property)`, () => {
  // "- - Stripe" is a list inside an item: the rule reads the inner list, so the added item must join
  // it, at its column ("  - Hotjar"), not the outer list; inside a quote it keeps the quote's ">".
  const md = (list: string) => `# Privacy Policy\n\nThis policy explains how Acme Ltd processes your personal data.\n\nWe share personal data with the following processors:\n\n${list}\n\nWe use Hotjar to see how visitors use the site.\n`;
  const cases: Array<[string, string]> = [
    ['- - Stripe', '- - Stripe\n  - Hotjar'],
    ['* 1. Stripe', '* 1. Stripe\n  2. Hotjar'],
    ['- 1. Stripe', '- 1. Stripe\n  2. Hotjar'],
    ['1. 1. Stripe', '1. 1. Stripe\n   2. Hotjar'],
    ['> - Stripe', '> - Stripe\n> - Hotjar'],
    ['- 1. Stripe\n  2. Mailgun', '- 1. Stripe\n  2. Mailgun\n  3. Hotjar'],
  ];
  for (const [list, fixed] of cases) {
    it(`adds the item to the list it reads: ${JSON.stringify(list)}`, () => {
      const text = md(list);
      const found = findings(text, RULE, {}, 'markdown');
      assert.equal(found.length, 1);
      const after = applyEdits(text, safeFixEdits(found).edits);
      assert.equal(after, md(fixed));
      assert.deepEqual(findings(after, RULE, {}, 'markdown'), []);
    });
  }
});

describe('processor-unlisted: a paragraph that closes its recipients lists them in prose', () => {
  const policy = (body: string) => `Privacy Notice\n\nThis notice explains how personal data is processed under the GDPR.\n\n${body}\n\nContact me with any question.\n`;
  for (const body of [
    'The data is processed only by myself and my supervisor, on my computer or in the AWS Stockholm region. There will be no other recipients.',
    'We use Google Analytics to count visits. Nobody else receives your data.',
  ]) {
    it(`does not report "named, no list": ${body}`, () => assert.deepEqual(findings(policy(body), RULE).filter((f) => f.data?.documentLevel), []));
  }
  it('reports a service named in another paragraph than the closing statement', () => {
    const got = findings(policy('We use Google Analytics to count visits.\n\nThe research data is read only by me. There will be no other recipients.'), RULE);
    assert.equal(got.filter((f) => f.data?.documentLevel).length, 1);
  });
});


describe(`${RULE}: --fix settles where the list is HTML (issue 11, settle property)`, () => {
  it('adds an <li>, not a Markdown item, to a list in a raw HTML block of a Markdown file', () => {
    const text = '# Privacy Policy\n\nThis policy explains how Acme Ltd processes your personal data.\n\nWe share personal data with the following processors:\n<li>- Stripe\n</li># Processors\n- Stripe\nWe use Hotjar to see how visitors use the site.\n';
    const found = findings(text, RULE, {}, 'markdown');
    assert.equal(found.length, 1);
    const after = applyEdits(text, safeFixEdits(found).edits);
    assert.match(after, /<li>- Stripe\n<\/li>\n<li>Hotjar<\/li># Processors/);
    assert.deepEqual(findings(after, RULE, {}, 'markdown'), []);
  });
  it('adds the <li> after the list\'s last item, not after the text an unclosed <li> has after its nested list', () => {
    const text = '<h1>Privacy Policy</h1>\n<p>This policy explains how Acme Ltd processes your personal data.</p>\n<p>Our servers are hosted by Vercel.</p>\n<li>\nWe share personal data with\nthe following processors:\n<ul>\n  <li>Stripe</li>\n</ul>\nWe use Hotjar to see how\nvisitors use the site.';
    const found = findings(text, RULE, {}, 'html');
    assert.ok(found.length >= 1);
    const after = applyEdits(text, safeFixEdits(found).edits);
    assert.match(after, /<li>Stripe<\/li>\n {2}<li>Vercel<\/li>/);
    assert.doesNotMatch(after, /<tr>/);
    assert.deepEqual(findings(after, RULE, {}, 'html'), []);
  });
});

describe(`${RULE}: services disclosed as recipients in prose, under a heading about recipients`, () => {
  const md = (text: string) => findings(text, RULE, {}, 'markdown');
  const docLevel = (got: ReturnType<typeof findings>) => got.filter((f) => f.data?.documentLevel);
  const policy = (heading: string, body: string) => `# Privacy Notice\n\nThis notice explains how we process personal data under the GDPR.\n\n## Legal basis\n\nWe rely on your consent.\n\n## ${heading}\n\n${body}\n\n## Your rights\n\nYou may ask us for a copy of your data.\n`;
  const disclosed: Array<[string, string]> = [
    ['Recipients of personal data', 'Your data may be passed to members of the organisers team. If you consent to publication on Youtube, your data can be shared with Google LLC, Mountain View, USA.'],
    ['Who we share your data with', 'We send our newsletter with Mailchimp, which stores your address for us.'],
    ['Disclosure of your data', 'Payments are processed by Stripe, our payment provider.'],
    ['Third-party services', 'We use Hotjar to see how visitors use the site.'],
    ['Data sharing', 'Our website is hosted by Netlify.'],
    ['Who else processes your data', 'We use Cloudflare as a network proxy in front of the site.'],
  ];
  for (const [heading, body] of disclosed) {
    it(`does not report "no list" for a service named under "${heading}"`, () => {
      assert.deepEqual(md(policy(heading, body)).map((f) => f.message), []);
    });
  }
  it('still reports the services named under other headings, and only those, against that section', () => {
    const text = policy('Recipients of personal data', 'If you consent to publication on Youtube, your data can be shared with Google LLC.').replace('We rely on your consent.', 'We rely on your consent. We use Hotjar to see how visitors use the site.');
    const got = md(text);
    assert.deepEqual(docLevel(got), []);
    assert.deepEqual(got.map((f) => [flaggedText(text, f), f.message]), [['Hotjar', 'Hotjar (Contentsquare) is not named in the section “Recipients of personal data”: add it there.']]);
  });
  // A heading that names a kind of service heads a description of its processing, not a disclosure of recipients.
  for (const heading of ['Analytics', 'Hosting', 'Newsletter', 'Payment service providers', 'Plugins and tools']) {
    it(`reports "no list" for a service named under "${heading}"`, () => {
      assert.equal(docLevel(md(policy(heading, 'We use Hotjar to see how visitors use the site.'))).length, 1);
    });
  }
  // An owner named there discloses its services named elsewhere, as an owner on a list does.
  const withOwner: Array<[string, string, string]> = [
    ['Subprocessors', 'Microsoft (identity platform and Graph API) and Resend Inc. (e-mail delivery).', 'Sign-in is handled through Microsoft Entra ID.'],
    ['Recipients', 'Your data may be shared with Google Ireland Limited.', 'We use Google Analytics to count visits.'],
    ['Who we share your data with', 'Our provider Amazon Web Services, Inc. hosts the database.', 'Files are stored in Amazon S3.'],
  ];
  for (const [heading, body, elsewhere] of withOwner) {
    it(`does not report "no list" for "${elsewhere}" when its owner is named under "${heading}"`, () => {
      const text = policy(heading, body).replace('We rely on your consent.', `We rely on your consent. ${elsewhere}`);
      assert.deepEqual(docLevel(md(text)), []);
    });
  }
  it('still reports a service whose owner is named only outside such a heading', () => {
    const text = policy('Legal basis of the processing', 'Microsoft (identity platform) processes sign-in data.').replace('We rely on your consent.', 'We rely on your consent. Sign-in is handled through Microsoft Entra ID.');
    assert.equal(docLevel(md(text)).length, 1);
  });
  it('reads a heading that denies sharing as no disclosure ("We do not share your data" under "Data sharing" does not cover a service named elsewhere)', () => {
    const text = policy('Data sharing', 'We do not share your data.').replace('We rely on your consent.', 'We rely on your consent. We use Hotjar to see how visitors use the site.');
    assert.equal(docLevel(md(text)).length, 1);
  });
});

describe(`${RULE}: a service named only as an example in a condition is no evidence of use`, () => {
  const hypothetical = [
    'If content, tools or other means of third-party providers (e.g. YouTube videos) are used within the scope of our online offer and their registered office is abroad, it is to be assumed that a data transfer to that country takes place.',
    'Should we use third-party tools (such as Hotjar) in future, we will update this notice first.',
    'In case external services (for example Mailchimp) are integrated later, this notice will name them.',
    'If we embed content from video platforms, e.g. Vimeo, you will be asked for your consent first.',
  ];
  for (const sentence of hypothetical) {
    it(`does not flag: ${sentence}`, () => {
      assert.deepEqual(findings(withList(sentence), RULE).map((f) => f.message), []);
      assert.deepEqual(findings(gdprPolicy(sentence), RULE).map((f) => f.message), []);
    });
  }
  const used: Array<[string, string]> = [
    ['If you pay by card, your payment is processed by PayPal.', 'PayPal'],
    ['We use analytics tools (e.g. Hotjar) to study visits.', 'Hotjar'],
    ['If you contact us, we reply using tools such as Zendesk.', 'Zendesk'],
    ['If you subscribe, we send the newsletter through Mailchimp (for example the monthly digest).', 'Mailchimp'],
  ];
  for (const [sentence, vendor] of used) {
    it(`flags: ${sentence}`, () => {
      const text = withList(sentence);
      const got = findings(text, RULE);
      assert.deepEqual(got.map((f) => flaggedText(text, f)), [vendor]);
    });
  }
});

describe(`${RULE}: services another company uses for itself are not the site's recipients`, () => {
  const theirs = [
    'LinkedIn also uses affiliates such as Eire, Google Analytics, BlueKai, DoubleClick, Nielsen, Comscore, Eloqua, and Lotame.',
    'Stripe relies on Amazon Web Services to host its own data.',
    'Disqus uses Akismet to filter spam in its comment threads.',
  ];
  for (const sentence of theirs) {
    it(`does not flag: ${sentence}`, () => {
      assert.deepEqual(findings(withList(sentence), RULE).map((f) => f.message), []);
      // The company named as the subject may be reported (it is named as used); the services it uses are not.
      for (const f of findings(gdprPolicy(sentence), RULE)) assert.deepEqual((f.data?.vendors as string[]).filter((v) => !['Disqus', 'Stripe', 'LinkedIn'].includes(v)), []);
    });
  }
  const ours: Array<[string, string[]]> = [
    ['We use Google Analytics and Hotjar to study visits.', ['Google Analytics', 'Hotjar']],
    ['Mailchimp sends our newsletter, and we use Hotjar to study visits.', ['Mailchimp', 'Hotjar']],
    ['Stripe uses Hotjar on our checkout page for us.', ['Hotjar']],
  ];
  for (const [sentence, vendors] of ours) {
    it(`flags: ${sentence}`, () => {
      const text = withList(sentence);
      assert.deepEqual(findings(text, RULE).map((f) => flaggedText(text, f)), vendors.filter((v) => v !== 'Google Analytics'));
    });
  }
});

describe(`${RULE}: a list of recipients written as plain lines after its announcement`, () => {
  const lines = 'The appropriate bodies of the Church of England, including the other data controllers;\nOur agents, servants and contractors. For example, we may ask a commercial provider to maintain our database software e.g. ChurchSuite;\nOther persons or organisations operating within the Diocese\nOn occasion, other churches with which we are carrying out joint events.';
  const md = `# Privacy Notice\n\nThis notice explains how we process personal data under the GDPR.\n\n## Sharing your personal data\n\nIt is likely that we will need to share your personal data with some or all of the following (but only where necessary):\n\n${lines}\n\n## Use of cookies\n\nWe use session cookies. We use Google Analytics to analyse the use of this website.\n`;
  for (const [format, text] of [['markdown', md], ['plaintext', md.replace(/^#+ /gm, '')]] as const) {
    it(`reads the lines as the list, and reports a service named elsewhere as missing from it (${format})`, () => {
      const got = findings(text, RULE, {}, format);
      assert.deepEqual(got.map((f) => flaggedText(text, f)), ['Google Analytics']);
      assert.match(got[0].message, /missing from the list under “Sharing your personal data”/);
      // Where a new line would go, and how it is punctuated, is the author's to decide.
      assert.deepEqual(got[0].fixes, []);
    });
  }
  it('takes a service named in the lines as listed', () => {
    const text = md.replace('database software e.g. ChurchSuite', 'database software e.g. ChurchSuite, and Google Analytics');
    assert.deepEqual(findings(text, RULE, {}, 'markdown'), []);
  });
  it('does not take a hard-wrapped sentence after the announcement for a list of lines', () => {
    const text = md.replace(lines, 'our bank, which processes\npayments for us, and our accountants, who keep\nthe books of the church.');
    const got = findings(text, RULE, {}, 'markdown');
    assert.equal(got.length, 1);
    assert.equal(got[0].data?.documentLevel, true);
  });
});

// A service shown in use somewhere is reported once, at its first mention outside the list, even
// where that mention says nothing of use itself; a service no mention shows in use is not reported.
describe('processor-unlisted: where a service is reported', () => {
  const RULE = 'processor-unlisted';
  const policy = (before: string, after: string) => `# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## What we collect\n\n${before}\n\n## How we collect it\n\n${after}\n\n## Processors\n\nWe use the following processors:\n\n- Stripe – payments, United States\n- Cloudflare – hosting, United States\n`;
  it('at the first mention, when a later one shows use', () => {
    const text = policy('- Registration details (Calendly, Tally, Patreon)', 'We collect bookings through Calendly and sign-ups through Tally, our form tools.');
    const got = findings(text, RULE, {}, 'markdown');
    assert.deepEqual(got.map((f) => [flaggedText(text, f), text.indexOf(flaggedText(text, f)) === f.start]), [['Calendly', true], ['Tally', true]]);
    assert.ok(got.every((f) => f.start < text.indexOf('## How we collect')), 'both on the first list');
  });
  it('not at all, when no mention shows use', () => {
    const text = policy('- Registration details (Calendly, Patreon)', 'You can also read Calendly’s own privacy policy.');
    assert.deepEqual(findings(text, RULE, {}, 'markdown'), []);
  });
  it('reads an ordinary word as a name beside another service in its sentence, not alone', () => {
    const beside = policy('Nothing yet.', 'We collect bookings and sign-ups through Calendly and Tally.');
    assert.deepEqual(findings(beside, RULE, {}, 'markdown').map((f) => flaggedText(beside, f)), ['Calendly', 'Tally']);
    const alone = policy('Nothing yet.', 'We keep a tally of sign-ups. We collect bookings through Calendly.');
    assert.deepEqual(findings(alone, RULE, {}, 'markdown').map((f) => flaggedText(alone, f)), ['Calendly']);
  });
});

// A list of the recipients in some place is not the list of recipients: a service missing from it may
// be elsewhere, and adding one there would say where it is, which only the author knows.
describe('processor-unlisted: a list of recipients in some place', () => {
  const RULE = 'processor-unlisted';
  for (const announcement of ['Some third-party providers are located outside the EU/EEA, including:', 'The following service providers are based in the United States:', 'We transfer data to these processors in third countries:']) {
    it(`is not the list: ${announcement}`, () => {
      const text = `# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Transfers\n\n${announcement}\n\n- Stripe – U.S.\n- PayPal – U.S.\n\n## Bookings\n\nWe take bookings through Calendly, our booking tool.\n`;
      const got = findings(text, RULE, {}, 'markdown');
      assert.ok(got.every((f) => !/missing from the list/.test(f.message)), JSON.stringify(got.map((f) => f.message)));
      assert.ok(got.every((f) => f.fixes.every((x) => !x.safe)));
    });
  }
  it('a list of processors is still the list', () => {
    const text = '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Processors\n\nWe use the following processors:\n\n- Stripe – payments, United States\n\n## Bookings\n\nWe take bookings through Calendly, our booking tool.\n';
    assert.match(findings(text, RULE, {}, 'markdown')[0]?.message ?? '', /^Calendly is missing from the list under “Processors”/);
  });
});

// Links to some recipients' pages ("… through the following links:") show who they are, but are not the
// list a missing service belongs in; categories with examples announced by "… include sharing with:" are.
describe('processor-unlisted: a list of links, and a list of categories with examples', () => {
  const RULE = 'processor-unlisted';
  const links = (announcement: string) => `# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## 5. How we share your data\n\nOur advertising partners may generate their own identifiers. ${announcement}\n\n- LiveRamp: https://liveramp.uk/privacy\n- Lotame: https://www.lotame.com/privacy\n\n## 6. Hosting\n\nOur website is hosted by Amazon Web Services, which stores your data.\n`;
  for (const announcement of ['You can find details about these partners’ use of personal data and opt out of their identifiers through the following links:', 'You can read these providers’ privacy policies on the following pages:']) {
    it(`is not the list: ${announcement}`, () => {
      const got = findings(links(announcement), RULE, {}, 'markdown');
      assert.ok(got.every((f) => !/missing from the list/.test(f.message)), JSON.stringify(got.map((f) => f.message)));
      assert.ok(got.every((f) => f.fixes.every((x) => !x.safe)));
    });
  }
  it('a list of the data collected is not the list: "The following Personal Data is automatically collected when you use our Services:"', () => {
    const text = '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## What we collect\n\nInformation we (or our third-party service providers) automatically collect when you use our Services: The following Personal Data is automatically collected when you use our Services:\n\n- IP address\n- chat logs\n\n## Newsletter\n\nWe send our newsletter with Mailchimp.\n';
    const got = findings(text, RULE, {}, 'markdown');
    assert.deepEqual(got.map((f) => f.message), ['The policy names services that process personal data (Mailchimp) but no list of recipients: add one.']);
  });

  it('a list under a question in bold about sharing ("**How and With Whom Do We Share Your Data?**") discloses the service it names', () => {
    const text = (item: string) => `# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n**How Do We Use Your Personal Data?** We use it to run the Services.\n\n**How and With Whom Do We Share Your Data?** We do not share your Personal Data with third parties except as set forth below.\n\nWe may share your Personal Data:\n\n- To other users when you post information publicly; and\n- ${item}\n`;
    assert.deepEqual(findings(text('With third-party services, such as YouTube, if you interact with them through your use of the Services.'), RULE, {}, 'markdown'), []);
    // A service named in the list, but not as a kind of recipient: no list of recipients.
    assert.equal(findings(text('When you watch YouTube videos we embed, which send data to YouTube.'), RULE, {}, 'markdown').length, 1);
  });

  it('categories with examples after "… service providers include sharing with:" are the list', () => {
    const list = '## 5. How we share your data\n\nWe share your personal data with organisations that provide services on our behalf. Examples of when we may share your personal data with service providers include sharing with:\n\n- Internet and cloud hosting providers, such as Amazon Web Services (AWS).\n- Error tracking software providers, such as Sentry.\n';
    const listed = `# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n${list}\n## 6. Hosting\n\nOur website is hosted by Amazon Web Services, which stores your data.\n`;
    assert.deepEqual(findings(listed, RULE, {}, 'markdown').map((f) => f.message), []);
    const missing = `# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n${list}\n## 6. Newsletter\n\nWe send our newsletter with Mailchimp.\n`;
    assert.match(findings(missing, RULE, {}, 'markdown')[0]?.message ?? '', /^Mailchimp \(Intuit\) is missing from the list under “5\. How we share your data”/);
  });
});

describe('processor-unlisted: sub-sections per service, and a service with a section of its own elsewhere', () => {
  const RULE = 'processor-unlisted';
  const text = (hosting: string) => `# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## 2. Hosting\n\n${hosting}\n\n## 6. Third-Party Services\n\n### Calendly\n\nWe use Calendly to book calls.\n\n### Google Fonts\n\nWe load fonts from Google Fonts.\n`;
  it('is not reported when a heading names it', () => {
    assert.deepEqual(findings(text('### GitHub Pages\n\nThis website is hosted on GitHub Pages.'), RULE, {}, 'markdown'), []);
  });
  it('is reported when no heading names it', () => {
    const t = text('This website is hosted on GitHub Pages.');
    assert.match(findings(t, RULE, {}, 'markdown')[0]?.message ?? '', /has no section of its own among the services/);
  });
});

// "We work together with the following service provider(s)." and paragraphs on each: the list, in prose.
describe('processor-unlisted: providers announced in a sentence that ends with a full stop', () => {
  const RULE = 'processor-unlisted';
  const text = '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n1. Contract processing\n\n3.1 For the processing of contracts we work together with the following service provider(s). Certain personal data is transmitted to them as described below.\n\n3.2 - RevenueCat\n\nIn-app payments are made via RevenueCat Inc., to whom we pass on your order.\n\n4) Firebase Crashlytics\n\nTo create crash reports, we use "Firebase Crashlytics", a service provided by Google Ireland Ltd.\n';
  it('are the list; a service named after them is missing from it, reported where its use is said, not at its label', () => {
    const got = findings(text, RULE, {}, 'markdown');
    assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
    assert.match(got[0].message, /^Firebase Crashlytics \(Google\) is missing from the list under “3\.1 For the processing of/);
    assert.equal(flaggedText(text, got[0]), 'Firebase Crashlytics');
    assert.ok(got[0].start > text.indexOf('we use "'), 'on the sentence that says it is used, not on the label "4) Firebase Crashlytics"');
  });
  it('not where the sentence denies it, nor where no paragraph after it names a service', () => {
    assert.doesNotMatch(findings(text.replace('we work together with', 'we do not work with'), RULE, {}, 'markdown')[0]?.message ?? '', /missing from the list/);
    assert.doesNotMatch(findings(text.replace(/RevenueCat(?: Inc\.)?/g, 'our own shop'), RULE, {}, 'markdown')[0]?.message ?? '', /missing from the list/);
  });
});
