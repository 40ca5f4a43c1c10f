import assert from 'node:assert/strict';
import type { InventoryItem } from '../../rules/rule';
import type { Format } from '../../rules/model/types';
import { lint } from '../../rules/engine';
import { applyFirstFix, applyTemplateFix, findings, flaggedText, withoutPlaceholderFindings } from '../helpers';

const RULE = 'processor-undisclosed-in-code';
const use = (vendorId: string, text = vendorId, label = 'package.json', line = 4): InventoryItem => ({
  vendorId, evidence: { path: `/app/${label}`, label, line, character: 4, length: text.length, text },
});
const LIST = '# Privacy Policy\n\nAcme Ltd runs this site.\n\n## Processors\n\nWe use the following processors:\n\n- Stripe – payments, United States\n- Cloudflare – hosting, United States\n\n## Contact\n\nWrite to privacy@acme.example.\n';
const md = (text: string, inventory: InventoryItem[]) => findings(text, RULE, { inventory }, 'markdown');

describe(RULE, () => {
  const flagged: Array<[string, InventoryItem]> = [
    ['Sentry', use('sentry', '@sentry/nextjs')],
    ['Mixpanel', use('mixpanel', 'mixpanel-browser')],
    ['Hotjar', use('hotjar', 'https://static.hotjar.com/c/hotjar-1.js', 'public/index.html')],
    ['Plausible Analytics', use('plausible', 'https://plausible.io/js/script.js', 'app/layout.tsx')],
    ['PostHog', use('posthog', 'posthog-js')],
    ['SendGrid', use('sendgrid', 'sendgrid', 'requirements.txt')],
    ['Intercom', use('intercom', 'intercom', 'Gemfile')],
    ['Firebase Crashlytics', use('firebase-crashlytics', 'com.google.firebase:firebase-crashlytics', 'app/build.gradle')],
    ['OneSignal', use('onesignal', 'onesignal_flutter', 'pubspec.yaml')],
    ['Auth0', use('auth0', 'Auth0', 'Podfile')],
    ['Mailgun', use('mailgun', 'mailgun/mailgun-php', 'composer.json')],
    ['OpenAI API', use('openai', 'github.com/openai/openai-go', 'go.mod')],
  ];
  for (const [name, item] of flagged) {
    it(`flags ${name} used in ${item.evidence.label} and not named`, () => {
      const got = md(LIST, [item]);
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
      assert.equal(got[0].severity, 'warning');
      assert.equal(got[0].message, `The app uses ${name} (${item.evidence.label}: ${item.evidence.text}) but the policy never names it: add it to the list under “Processors”.`.length <= 120
        ? `The app uses ${name} (${item.evidence.label}: ${item.evidence.text}) but the policy never names it: add it to the list under “Processors”.`
        : `The app uses ${name} but the policy never names it: add it to the list under “Processors”.`);
      assert.match(got[0].detail ?? '', /if it receives none, say so\./);
      assert.equal(flaggedText(LIST, got[0]), '## Processors');
      assert.deepEqual(got[0].related?.[0].file, { path: item.evidence.path, line: 4, character: 4, endCharacter: 4 + item.evidence.text.length });
      // The fix adds a template entry in the list's own style, and the finding goes away.
      assert.equal(got[0].fixes[0].safe, false);
      const fixed = applyTemplateFix(LIST, got[0], 'markdown', { inventory: [item] });
      assert.match(fixed, new RegExp(`- Cloudflare – hosting, United States\\n- ${name.replace(/[.*+?()]/g, '\\$&')}(?: \\([^)]+\\))? – \\[purpose\\], \\[country; transfer safeguard\\]\\n\\n## Contact`));
      assert.deepEqual(withoutPlaceholderFindings(md(fixed, [item])), []);
    });
  }

  const silent: Array<[string, string, InventoryItem]> = [
    ['named by its name', 'We report errors to Sentry.', use('sentry', '@sentry/node')],
    ['named in lower case', 'Errors go to sentry.io.', use('sentry', '@sentry/node')],
    ['named by an alias', 'We send transactional mail with Sendinblue.', use('brevo', '@getbrevo/brevo')],
    ['named by its owner', 'We use services of Google for analytics.', use('google-analytics', 'react-ga4')],
    ['named by its owner’s legal name', 'Crash reports are processed by Functional Software, Inc.', use('sentry', 'sentry-sdk', 'requirements.txt')],
    ['owner named for another product', 'Twilio sends our text messages.', use('sendgrid', '@sendgrid/mail')],
    ['on the list itself', '', use('stripe', '@stripe/stripe-js')],
    ['its owner on the list', '', use('cloudflare', 'https://cdnjs.cloudflare.com/ajax/libs/x.js', 'index.html')],
    ['a word that looks like the name', 'Our logo has a bold stripe.', use('stripe', 'stripe', 'Gemfile')],
    ['named in capitals', 'WE USE MIXPANEL FOR ANALYTICS.', use('mixpanel', 'mixpanel')],
    ['a vendor the catalogue lacks', '', use('no-such-vendor', 'x')],
    // The platform a product belongs to names the product.
    ['named by its platform', 'We expose the crash data to Firebase.', use('firebase-crashlytics', 'firebase_crashlytics', 'pubspec.yaml')],
    ['named by its platform (another product)', 'Sign-in is handled by Firebase.', use('firebase-authentication', 'firebase_auth', 'pubspec.yaml')],
  ];
  it('a platform names its own products only, not another owner\'s service of a similar name', () => {
    // "Google" covers both anyway; a platform of another owner does not: Firebase names no Sentry.
    const text = LIST.replace('Acme Ltd runs this site.', 'Acme Ltd runs this site. We expose the crash data to Firebase.');
    assert.equal(md(text, [use('sentry', '@sentry/flutter', 'pubspec.yaml')]).length, 1);
  });
  for (const [why, sentence, item] of silent) {
    it(`is silent: ${why}`, () => {
      const text = LIST.replace('Acme Ltd runs this site.', `Acme Ltd runs this site. ${sentence}`);
      assert.deepEqual(md(text, [item]).map((f) => f.message), []);
    });
  }

  it('costs nothing and says nothing without an inventory', () => {
    assert.deepEqual(findings(LIST, RULE, {}, 'markdown'), []);
    assert.deepEqual(findings(LIST, RULE, { inventory: [] }, 'markdown'), []);
  });

  it('reports a service once, naming its other places', () => {
    const got = md(LIST, [use('sentry', '@sentry/nextjs'), use('sentry', 'sentry-sdk', 'api/requirements.txt', 0), use('sentry', 'sentry_flutter', 'mobile/pubspec.yaml', 9)]);
    assert.equal(got.length, 1);
    assert.match(got[0].detail ?? '', /\(package\.json: @sentry\/nextjs, and 2 more places\)/);
    assert.equal(got[0].related?.length, 3);
    assert.equal(got[0].related?.[2].file?.line, 9);
  });

  it('adds a bare name to a list of bare names', () => {
    const text = '# Privacy\n\n## Sub-processors\n\n- Stripe\n- Cloudflare\n';
    const got = md(text, [use('sentry', '@sentry/react')]);
    assert.equal(got.length, 1);
    assert.equal(flaggedText(text, got[0]), '## Sub-processors');
    assert.equal(applyFirstFix(text, got[0]), '# Privacy\n\n## Sub-processors\n\n- Stripe\n- Cloudflare\n- Sentry\n');
  });

  it('adds a row to a table of processors, the other cells to complete', () => {
    const text = '# Privacy\n\n## Processors\n\n| Processor | Purpose | Country |\n|---|---|---|\n| Stripe | Payments | US |\n';
    const got = md(text, [use('hotjar', 'https://static.hotjar.com/c/hotjar-1.js', 'index.html')]);
    assert.equal(got.length, 1);
    assert.match(applyFirstFix(text, got[0]), /\| Stripe \| Payments \| US \|\n\| Hotjar \| \[…\] \| \[…\] \|/);
  });

  it('without a list, reports on the first block and offers a Recipients section to complete', () => {
    const text = 'Privacy Policy\n\nWe run this app and keep your account data.\n';
    const got = findings(text, RULE, { inventory: [use('sentry', '@sentry/react-native')] });
    assert.equal(got.length, 1);
    assert.equal(flaggedText(text, got[0]), 'Privacy Policy');
    assert.match(got[0].message, /: name it among the recipients of personal data\.$/);
    const fixed = applyTemplateFix(text, got[0], 'plaintext', { inventory: [use('sentry', '@sentry/react-native')] });
    assert.match(fixed, /Recipients\n+The following are recipients of personal data \[check and complete this list\]:\n+- Sentry – \[purpose\], \[country; transfer safeguard\]/);
    assert.deepEqual(withoutPlaceholderFindings(findings(fixed, RULE, { inventory: [use('sentry', '@sentry/react-native')] })), []);
  });

  it('can be turned off like any rule, and by its alias', () => {
    assert.deepEqual(findings(LIST, RULE, { inventory: [use('sentry')], rules: { 'undisclosed-service': 'off' } }, 'markdown'), []);
  });
});

// A category of recipients names the services of its kind only with allowRecipientCategories
// (GDPR Art. 13(1)(e) allows categories; WP260 rev.01 asks for the actual recipients by default).
describe(`${RULE}: categories of recipients`, () => {
  const inPolicy = (body: string) => `# Privacy Policy\n\nAcme Ltd runs this site.\n\n${body}\n\n## Contact\n\nWrite to privacy@acme.example.\n`;
  const covering: Array<[string, string, InventoryItem, Format]> = [
    ['a list entry labelled with the category', '## Third-party services\n\n- Stripe: payments\n- Analytics: anonymised usage data for service improvement', use('vercel', '@vercel/analytics'), 'markdown'],
    ['a bold label', '## Service providers\n\n- **Error monitoring** – crash reports to fix bugs\n- **Payments** – Stripe', use('sentry', '@sentry/react'), 'markdown'],
    ['a label inside markup, read as plain text (a JSX page)', '<ul>\n<li><strong>Stripe:</strong> payment processing</li>\n<li><strong>Analytics:</strong> Anonymized usage data</li>\n</ul>', use('vercel', '@vercel/speed-insights'), 'plaintext'],
    ['a table row', '## Recipients\n\n| Recipient | Purpose |\n|---|---|\n| Hosting | servers in the EU |', use('aws', 'boto3', 'requirements.txt'), 'markdown'],
    ['a kind of recipient in a sentence', 'We share usage data with our analytics providers.', use('google-analytics', 'react-ga4'), 'markdown'],
    ['payment processors', 'Card payments are handled by a payment processor.', use('stripe', '@stripe/stripe-js'), 'markdown'],
    ['an e-mail service provider', 'Newsletters are sent through an email service provider.', use('sendgrid', '@sendgrid/mail'), 'markdown'],
  ];
  for (const [what, body, item, format] of covering) {
    it(`with the setting, ${what} covers ${item.evidence.text}; without it, the finding stays as information and says so`, () => {
      const text = inPolicy(body);
      assert.deepEqual(findings(text, RULE, { inventory: [item], allowRecipientCategories: true }, format), []);
      const got = findings(text, RULE, { inventory: [item] }, format);
      assert.equal(got.length, 1);
      // Art. 13(1)(e) allows categories: naming the service is advice, not a clear defect.
      assert.equal(got[0].severity, 'information');
      assert.match(got[0].message, /; the policy names only a category for it: name the service\.$/);
      assert.match(got[0].detail ?? '', /names a category of recipients that covers it; the setting allowRecipientCategories counts that/);
    });
  }

  const notCovering: Array<[string, string, InventoryItem]> = [
    ['a category that is not the service’s kind', 'We host the site with a hosting provider.', use('sentry', '@sentry/node')],
    ['a denied category', 'We do not use any analytics services. Payments go to a payment provider.', use('google-analytics', 'react-ga4')],
    ['the vendor’s own category, where the package is of another kind', 'Our site runs on a cloud hosting provider.', use('vercel', '@vercel/analytics')],
    ['a category named only in a heading', '## Analytics\n\nWe count page views ourselves.', use('posthog', 'posthog-js')],
    ['a catch-all', 'We share data with third-party service providers who help us run the service.', use('mixpanel', 'mixpanel-browser')],
    ['a category that describes a named service', 'We use Fastly to provide CDN services.', use('google-fonts', 'https://fonts.googleapis.com/css2?family=Inter', 'index.html')],
    ['a label over a named service', '## Service providers\n\n- **Payments** – Stripe, card payments', use('paypal', '@paypal/react-paypal-js')],
  ];
  for (const [what, body, item] of notCovering) {
    it(`with the setting, ${what} does not cover ${item.evidence.text}`, () => {
      const text = inPolicy(body);
      const got = findings(text, RULE, { inventory: [item], allowRecipientCategories: true }, 'markdown');
      assert.equal(got.length, 1, what);
      assert.doesNotMatch(got[0].detail ?? '', /category of recipients/);
      assert.equal(got[0].severity, 'warning');
    });
  }
});

describe(`${RULE}: names the parser does not see as text`, () => {
  it('counts a name in the data a component renders', () => {
    const page = 'export default function Privacy() {\n  return (\n    <main>\n      <h1>Privacy Policy</h1>\n      <p>We keep your account data to run the service.</p>\n      <List items={["Supabase Auth retains the account email and session records."]} />\n    </main>\n  );\n}\n';
    assert.deepEqual(findings(page, RULE, { inventory: [use('supabase', '@supabase/ssr')] }, 'jsx').map((f) => f.message), []);
    // The same page without the name is reported.
    assert.equal(findings(page.replace('Supabase Auth', 'Our auth provider'), RULE, { inventory: [use('supabase', '@supabase/ssr')] }, 'jsx').length, 1);
  });
  it('counts a name inside a package name or identifier, between characters that are not letters or digits', () => {
    const text = (row: string) => `# Privacy Policy\n\nWe keep your data to run the app.\n\n| Package | Use |\n|---|---|\n| ${row} | Typography |\n`;
    assert.deepEqual(findings(text('`google_fonts`'), RULE, { inventory: [use('google-sign-in', 'google_sign_in', 'pubspec.yaml')] }, 'markdown'), []);
    assert.equal(findings(text('`googlefonts`'), RULE, { inventory: [use('google-sign-in', 'google_sign_in', 'pubspec.yaml')] }, 'markdown').length, 1);
  });
  it('reads "Firebase Analytics" as Google Analytics', () => {
    const text = '# Privacy Policy\n\nWe do not send events to Firebase Analytics.\n';
    assert.deepEqual(findings(text, RULE, { inventory: [use('google-analytics', 'firebase_analytics', 'pubspec.yaml')] }, 'markdown'), []);
  });
});

describe(`${RULE}: kinds of recipients listed after a word for recipients`, () => {
  const kinds: Array<[string, InventoryItem]> = [
    ['We may use service providers for hosting, authentication, database storage, analytics, monitoring, and email delivery.', use('google-analytics', 'react-ga4')],
    ['We may use service providers for hosting, authentication, database storage, analytics, monitoring, and email delivery.', use('supabase', '@supabase/ssr')],
    ['Service providers: trusted partners who help us operate our platform (hosting, payment processing, analytics).', use('stripe', 'stripe', 'requirements.txt')],
    ['We work with third parties such as payment processors and e-mail providers.', use('sendgrid', '@sendgrid/mail')],
  ];
  for (const [sentence, item] of kinds) {
    it(`with the setting, "${sentence}" covers ${item.evidence.text}`, () => {
      const text = `# Privacy Policy\n\n${sentence}\n`;
      assert.deepEqual(findings(text, RULE, { inventory: [item], allowRecipientCategories: true }, 'markdown'), []);
      assert.deepEqual(findings(text, RULE, { inventory: [item] }, 'markdown').map((f) => f.severity), ['information']);
    });
  }
  it('a kind that is not the service’s does not cover it', () => {
    const text = '# Privacy Policy\n\nWe may use service providers for hosting, payment processing and analytics.\n';
    assert.equal(findings(text, RULE, { inventory: [use('openai', 'openai', 'requirements.txt')], allowRecipientCategories: true }, 'markdown').length, 1);
    assert.equal(findings(text, RULE, { inventory: [use('cloudflare', 'https://cdnjs.cloudflare.com/x.css', 'index.html')], allowRecipientCategories: true }, 'markdown').length, 1);
  });
});

describe(`${RULE}: a table before any heading`, () => {
  it('is read without a rule error, as under no heading', () => {
    const text = '| Data | Kind |\n|---|---|\n| Errors | Monitoring |\n\nWe keep your account data to run the app.\n';
    const r = lint(text, 'markdown', { inventory: [use('sentry', '@sentry/node')], allowRecipientCategories: true });
    assert.deepEqual(r.ruleErrors, []);
    assert.equal(r.findings.filter((f) => f.ruleId === RULE).length, 1, 'the table is no table of recipients: Sentry stays reported');
  });
});
