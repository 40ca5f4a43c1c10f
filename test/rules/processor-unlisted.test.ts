import assert from 'node:assert/strict';
import { applyEdits, safeFixEdits } from '../../rules/fixes';
import { applyFirstFix, findings, flaggedText, gdprPolicy } from '../helpers';

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
    const fixed = applyFirstFix(text, got[0]);
    assert.match(fixed, /your data:\n\n- \[Service name\] – \[purpose\], \[country\]\n\nSome of these/);
    assert.deepEqual(findings(fixed, RULE), []);
  });

  it('reports vendors named with no list at all once, as information, and the fix adds a section listing them', () => {
    const text = 'Privacy Policy\nWe use Google Analytics to measure visits.\nCard payments are collected by our third party payment processors Stripe and/or GoCardless.\nContact us at any time.';
    const got = findings(text, RULE);
    assert.equal(got.length, 1);
    assert.equal(got[0].severity, 'information');
    assert.match(got[0].message, /Google Analytics, Stripe, GoCardless/);
    const fixed = applyFirstFix(text, got[0]);
    assert.match(fixed, /\nRecipients\nWe share personal data with these service providers:\n- Google Analytics – \[purpose\], \[country\]\n- Stripe – \[purpose\], \[country\]\n- GoCardless – \[purpose\], \[country\]\n$/);
    assert.equal(got[0].fixes[0].safe, false);
    assert.deepEqual(findings(fixed, RULE), []);
  });

  it('adds the vendor as a <li> in an HTML list', () => {
    const text = '<h1>Privacy</h1><p>We send e-mails with Mailchimp under the GDPR.</p><h2>Sub-processors</h2>\n<ul>\n  <li>Google</li>\n  <li>Stripe</li>\n</ul>';
    const [f] = findings(text, RULE, {}, 'html');
    assert.equal(flaggedText(text, f), 'Mailchimp');
    const fixed = applyFirstFix(text, f);
    assert.match(fixed, /<li>Stripe<\/li>\n  <li>Mailchimp<\/li>\n<\/ul>/);
    assert.deepEqual(findings(fixed, RULE, {}, 'html'), []);
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
    const fixed = applyFirstFix(text, f);
    assert.match(fixed, /\| Google \| analytics \|\n\| Mailchimp \| \[…\] \|\n$/);
    assert.equal(f.fixes[0].safe, false, 'a row with cells to fill in is a template');
    assert.deepEqual(findings(fixed, RULE, {}, 'markdown'), []);
  });

  it('adds a row to a plain-text table that is read back as a row', () => {
    const text = gdprPolicy('We send e-mails with Mailchimp.\n\nSub-processors\n\nVendor\tPurpose\nGoogle\tanalytics');
    const [f] = findings(text, RULE);
    const fixed = applyFirstFix(text, f);
    assert.match(fixed, /Google\tanalytics\nMailchimp\t\[…\]/);
    assert.deepEqual(findings(fixed, RULE), []);
  });

  it('reports a service named after a negation in another clause', () => {
    assert.equal(findings(withList('We do not sell your data, but we send our newsletter with Mailchimp.'), RULE).length, 1);
  });

  it('reads a list of names after one negation as all denied', () => {
    assert.deepEqual(findings(withList('We do not use Mailchimp, Hotjar or Zendesk.'), RULE), []);
    assert.deepEqual(findings(withList('We do not use Mailchimp, Hotjar, Zendesk, or any similar service.'), RULE), []);
  });

  it('adds one numbered item per --fix run, so numbers never repeat', () => {
    const text = '# Privacy\n\nWe use Hotjar and Zendesk.\n\n## Processors\n\n1. Google\n2. Stripe\n';
    const got = findings(text, RULE, {}, 'markdown');
    assert.equal(got.length, 2);
    const once = applyEdits(text, safeFixEdits(got).edits);
    assert.match(once, /2\. Stripe\n3\. Hotjar\n$/);
    const twice = applyEdits(once, safeFixEdits(findings(once, RULE, {}, 'markdown')).edits);
    assert.match(twice, /3\. Hotjar\n4\. Zendesk\n$/);
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

  it('accepts extra vendors from the options', () => {
    const text = withList('We use Acme Mailer for newsletters.');
    assert.equal(findings(text, RULE).length, 0);
    assert.equal(findings(text, RULE, { extraVendors: [{ id: 'acme', name: 'Acme Mailer', owner: 'Acme', category: 'email' }] }).length, 1);
  });
});

// Positive evidence only: each case below names a service, but nothing in it says a list is missing.
describe('processor-unlisted: what is not a missing list or an unlisted processor', () => {
  it('names the services of a policy with no list once, as information, with a template that is never applied without a person', () => {
    const text = 'Privacy Policy\n\nWe use third-party services as outlined below:\n\n## Plausible Analytics\n\nWe use Plausible to count visits.\n\n## Stripe\n\nPayments are handled by our payment processor Stripe.\n';
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

  describe('speaks only on evidence that the service handles data for the site', () => {
    // A name with no statement of use or of data going to it: a link, a place to read something, a label.
    const mentionsOnly = [
      'A full revision history of this page can be found on GitHub.',
      'You can grab a copy of this policy on GitHub.',
      'Code of Conduct · Blog · GitHub · Twitter',
      'Segment Markers: cookies which mark segments for targeted advertising.',
      'We may ask for the email address of your Stripe or PayPal account to set up a payments integration.',
      'Write to us at Acme Ltd, PO Box 458, Peterborough.',
      'No external font services (e.g., Google Fonts, Adobe Fonts) are used.',
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
    const shapes: Array<{ what: string; format: 'plaintext' | 'markdown'; text: string }> = [
      { what: 'items that begin with the services', format: 'plaintext', text: gdprPolicy('Payments\n\nThis may depend on the payment method you choose:\n\n* PayPal (PayPal (Europe) S.à r.l., Luxembourg)\n* Stripe (Stripe Payments Europe, Ltd., Dublin)\n\nWe use Hotjar to study visits.') },
      { what: 'a table whose rows begin with the services', format: 'markdown', text: gdprPolicy('Services\n\n| Company | Purpose | Country |\n|---|---|---|\n| GitHub Inc. | Hosting | US |\n| Cloudflare Inc. | CDN | US |\n\nWe use Hotjar to study visits.') },
      { what: 'a list of categories of recipients under a heading about sharing', format: 'plaintext', text: gdprPolicy('6. Sharing of Data\n\nWe may share data with:\n\n* Tutoring staff\n* Educational platforms (e.g. Zoom) where used\n* Payment processors\n\nWe use Hotjar to study visits.') },
      { what: 'a sub-section per service', format: 'markdown', text: '# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n# External services\n\nWe use these services to run the site.\n\n## Hosting (Netlify)\n\nThe site is hosted by Netlify.\n\n## Tracking (Plausible)\n\nWe use Plausible to count visits.\n\n# Your rights\n\nYou may ask us for a copy.' },
    ];
    for (const { what, format, text } of shapes) {
      it(`does not report "no list" for ${what}`, () => {
        const got = findings(text, RULE, {}, format);
        assert.deepEqual(got.filter((f) => f.data?.documentLevel).map((f) => f.message), []);
      });
    }
    it('still reports "no list" when the sharing section lists situations, not recipients', () => {
      const text = `# Privacy Policy\n\nThis policy is governed by the GDPR.\n\n## Sharing Information\n\n* **Automated Information.** We may share what we collect automatically.\n* **Personal Information.** In limited cases we may give your name to others.\n\n## Analytics\n\nWe use Hotjar to study visits.\n`;
      const got = findings(text, RULE, {}, 'markdown');
      assert.equal(got.filter((f) => f.data?.documentLevel).length, 1);
    });
  });
});

