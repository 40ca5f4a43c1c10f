// The vendor catalogue (rules/knowledge/vendors.json): shape, consistency and a
// hand-checked sample of facts. The rule processor-unlisted finds these names in a
// policy (case-sensitive, on word boundaries), so a wrong owner, a shared alias or
// an ordinary English word not marked ambiguous is a bug.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import catalogue from '../../rules/knowledge/vendors.json';
import { vendorIndex } from '../../rules/knowledge/vendors';
import { parse } from '../../rules/model/parse';
import { vendorMentions } from '../../rules/shared/vendorMentions';

interface Vendor {
  id: string;
  name: string;
  aliases: string[];
  owner: string;
  ownerAliases: string[];
  category: string;
  ambiguous: boolean;
  source: string;
}

const vendors: Vendor[] = (catalogue as { vendors: Vendor[] }).vendors;

const CATEGORIES = [
  'analytics', 'payments', 'email', 'hosting', 'cdn', 'crm', 'support', 'ads', 'error-tracking', 'forms', 'video',
  'auth', 'chat', 'scheduling', 'storage', 'marketing-automation', 'session-replay', 'consent', 'search',
  'communications', 'ecommerce', 'hr', 'productivity', 'social', 'ai', 'maps',
];

const namesOf = (v: Vendor) => [v.name, ...v.aliases];

/** The entry whose name or alias is exactly `name` (case-sensitive, as the rule matches). */
function byName(name: string): Vendor {
  const hits = vendors.filter((v) => namesOf(v).includes(name));
  assert.equal(hits.length, 1, `exactly one entry should be named “${name}”, found ${hits.length}`);
  return hits[0];
}

function byId(id: string): Vendor {
  const v = vendors.find((x) => x.id === id);
  assert.ok(v, `no entry with id ${id}`);
  return v;
}

describe('knowledge: vendors.json', () => {
  it('has a description and at least 170 entries', () => {
    assert.equal(typeof catalogue.about, 'string');
    assert.ok(catalogue.about.length > 40);
    assert.ok(vendors.length >= 170, `only ${vendors.length} entries`);
  });

  it('every entry has the full shape', () => {
    for (const v of vendors) {
      assert.deepEqual(Object.keys(v).sort(), ['aliases', 'ambiguous', 'category', 'id', 'name', 'owner', 'ownerAliases', 'source'], v.id);
      for (const s of [v.id, v.name, v.owner, ...v.aliases, ...v.ownerAliases]) {
        assert.equal(typeof s, 'string', v.id);
        assert.equal(s, s.trim(), `${v.id}: “${s}” has surrounding spaces`);
        assert.ok(s.length > 0, `${v.id}: empty string`);
      }
      assert.equal(typeof v.ambiguous, 'boolean', v.id);
      assert.equal(new Set(v.aliases).size, v.aliases.length, `${v.id}: repeated alias`);
      assert.ok(!v.aliases.includes(v.name), `${v.id}: alias repeats the name`);
      assert.equal(new Set(v.ownerAliases).size, v.ownerAliases.length, `${v.id}: repeated owner alias`);
      assert.ok(!v.ownerAliases.includes(v.owner), `${v.id}: owner alias repeats the owner`);
    }
  });

  it('ids are unique and kebab-case', () => {
    const seen = new Set<string>();
    for (const v of vendors) {
      assert.match(v.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, v.id);
      assert.ok(!seen.has(v.id), `duplicate id ${v.id}`);
      seen.add(v.id);
    }
  });

  it('no name or alias is shared between two entries (not even in another case)', () => {
    const owner = new Map<string, string>();
    for (const v of vendors) {
      for (const n of namesOf(v)) {
        const key = n.toLowerCase();
        const prev = owner.get(key);
        assert.ok(prev === undefined || prev === v.id, `“${n}” is a name of both ${prev} and ${v.id}`);
        owner.set(key, v.id);
      }
    }
  });

  it('every category is one of the allowed list', () => {
    for (const v of vendors) assert.ok(CATEGORIES.includes(v.category), `${v.id}: category ${v.category}`);
  });

  it('every source is an https URL', () => {
    for (const v of vendors) {
      const url = new URL(v.source);
      assert.equal(url.protocol, 'https:', `${v.id}: ${v.source}`);
      assert.ok(url.hostname.includes('.'), `${v.id}: ${v.source}`);
    }
  });

  it('owner names are consistent: an owner name or alias always means the same owner', () => {
    // The rule maps every owner alias to one owner; an alias claimed by two owners would
    // silently make a processor list that names it cover the wrong company.
    const meaning = new Map<string, string>();
    for (const v of vendors) {
      for (const n of [v.owner, ...v.ownerAliases]) {
        const prev = meaning.get(n);
        assert.ok(prev === undefined || prev === v.owner, `“${n}” stands for both ${prev} and ${v.owner} (${v.id})`);
        meaning.set(n, v.owner);
      }
    }
    // Two owners must not differ only in spelling of the same company.
    const folded = new Map<string, string>();
    for (const o of new Set(vendors.map((v) => v.owner))) {
      const key = o.toLowerCase().replace(/[^a-z0-9]/g, '');
      assert.ok(!folded.has(key), `owners “${folded.get(key)}” and “${o}” look like the same company`);
      folded.set(key, o);
    }
  });

  it('the big owners are matchable by their usual names', () => {
    const aliasesOf = (owner: string) => new Set(vendors.filter((v) => v.owner === owner).flatMap((v) => [v.owner, ...v.ownerAliases]));
    const expect: Record<string, string[]> = {
      Google: ['Google', 'Google LLC', 'Google Ireland Limited', 'Alphabet'],
      Amazon: ['Amazon', 'Amazon Web Services', 'AWS'],
      Microsoft: ['Microsoft', 'Microsoft Corporation'],
      Meta: ['Meta', 'Meta Platforms, Inc.', 'Facebook'],
      Salesforce: ['Salesforce', 'Salesforce, Inc.'],
      Intuit: ['Intuit', 'The Rocket Science Group'],
      Twilio: ['Twilio'],
      Adobe: ['Adobe'],
      Oracle: ['Oracle'],
      PayPal: ['PayPal'],
    };
    for (const [owner, names] of Object.entries(expect)) {
      const got = aliasesOf(owner);
      assert.ok(got.size > 0, `no entry owned by ${owner}`);
      for (const n of names) assert.ok(got.has(n), `${owner} should be matchable as “${n}”`);
    }
    // Every product of one owner carries the owner's common aliases (not only some of them).
    for (const owner of ['Google', 'Amazon', 'Microsoft', 'Meta', 'Salesforce']) {
      const entries = vendors.filter((v) => v.owner === owner);
      const common = entries.map((v) => new Set(v.ownerAliases)).reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
      for (const n of expect[owner].filter((x) => x !== owner)) assert.ok(common.has(n), `every ${owner} entry should list “${n}”`);
    }
  });

  it('hand-checked owners (operator today, after acquisitions and renames)', () => {
    const sample: [string, string][] = [
      ['Mailchimp', 'Intuit'],
      ['Mandrill', 'Intuit'],
      ['Google Analytics', 'Google'],
      ['YouTube', 'Google'],
      ['Firebase', 'Google'],
      ['SendGrid', 'Twilio'],
      ['Segment', 'Twilio'],
      ['Heroku', 'Salesforce'],
      ['Slack', 'Salesforce'],
      ['Pardot', 'Salesforce'],
      ['Braintree', 'PayPal'],
      ['Venmo', 'PayPal'],
      ['2Checkout', 'Verifone'],
      ['Sage Pay', 'Elavon'],
      ['Auth0', 'Okta'],
      ['Linode', 'Akamai'],
      ['Cookiebot', 'Usercentrics'],
      ['Sendinblue', 'Brevo'],
      ['ConvertKit', 'Kit'],
      ['Hotjar', 'Contentsquare'],
      ['Heap', 'Contentsquare'],
      ['Postmark', 'ActiveCampaign'],
      ['Mailgun', 'Sinch'],
      ['Mailjet', 'Sinch'],
      ['Drift', 'Salesloft'],
      ['Bugsnag', 'SmartBear'],
      ['Outbrain', 'Teads'],
      ['Vimeo', 'Bending Spoons'],
      ['WeTransfer', 'Bending Spoons'],
      ['Worldpay', 'Global Payments'],
      ['Clearbit', 'HubSpot'],
      ['Loom', 'Atlassian'],
      ['Square', 'Block, Inc.'],
      ['Afterpay', 'Block, Inc.'],
      ['Paystack', 'Stripe'],
      ['Keap', 'Thryv'],
      ['Moosend', 'Sitecore'],
      ['SparkPost', 'Bird'],
      ['Campaign Monitor', 'Marigold'],
      ['Ecwid', 'Lightspeed'],
      ['Onfido', 'Entrust'],
      ['Vonage', 'Ericsson'],
      ['Smartlook', 'Cisco'],
      ['Splunk', 'Cisco'],
      ['Disqus', 'Zeta Global'],
      ['Matomo Cloud', 'InnoCraft'],
      ['Fathom Analytics', 'Conva Ventures'],
      ['LiveChat', 'Text S.A.'],
      ['BigCommerce', 'Commerce.com'],
      ['Amazon SES', 'Amazon'],
      ['Instagram', 'Meta'],
      ['WhatsApp', 'Meta'],
      ['LinkedIn', 'Microsoft'],
      ['GitHub', 'Microsoft'],
      ['Twitter', 'X Corp.'],
    ];
    assert.ok(sample.length >= 15);
    for (const [name, owner] of sample) assert.equal(byName(name).owner, owner, name);
  });

  it('former names stay as aliases of the renamed service', () => {
    const renamed: [string, string][] = [
      ['Sendinblue', 'brevo'],
      ['Sage Pay', 'opayo'],
      ['ConvertKit', 'kit'],
      ['Marketing Cloud Account Engagement', 'pardot'],
      ['Infusionsoft', 'keap'],
      ['Avangate', '2checkout'],
      ['Omniture', 'adobe-analytics'],
      ['G Suite', 'google-workspace'],
      ['Google AdWords', 'google-ads'],
      ['DoubleClick', 'google-marketing-platform'],
      ['Bing Ads', 'microsoft-advertising'],
      ['Facebook Pixel', 'meta-pixel'],
      ['Azure Active Directory', 'microsoft-entra-id'],
      ['Office 365', 'microsoft-365'],
      ['HelloSign', 'dropbox-sign'],
      ['Typekit', 'adobe-fonts'],
      ['ExactTarget', 'salesforce-marketing-cloud'],
      ['Nexmo', 'vonage'],
      ['AppNexus', 'xandr'],
      ['TRUSTe', 'trustarc'],
    ];
    for (const [old, id] of renamed) assert.equal(byName(old).id, id, old);
    assert.equal(byId('brevo').name, 'Brevo');
    assert.equal(byId('kit').name, 'Kit');
  });

  it('names that are ordinary English words (or common names) are marked ambiguous', () => {
    const words = [
      'Stripe', 'Square', 'Segment', 'Heap', 'Drift', 'Box', 'Zoom', 'Slack', 'Notion', 'Kit', 'Clerk', 'Crisp',
      'Paddle', 'Mollie', 'Sentry', 'Intercom', 'Postmark', 'Mandrill', 'Confluence', 'Asana', 'Basecamp', 'Doodle',
      'Greenhouse', 'Workable', 'Lever', 'Workday', 'Loom', 'Miro', 'Amplitude', 'Plausible', 'Braze', 'Iterable',
      'Airship', 'Affirm', 'Braintree', 'Constant Contact',
    ];
    for (const w of words) assert.equal(byName(w).ambiguous, true, `${w} is an ordinary word: it must be ambiguous`);
  });

  it('social plugins are always ambiguous', () => {
    const social = vendors.filter((v) => v.category === 'social');
    assert.ok(social.length >= 5);
    for (const v of social) assert.equal(v.ambiguous, true, v.id);
    for (const n of ['Facebook', 'Instagram', 'LinkedIn', 'Twitter', 'Pinterest', 'TikTok']) assert.equal(byName(n).category, 'social', n);
  });

  it('no alias is too generic to match safely', () => {
    const generic = new Set([
      'GA', 'GTM', 'Pixel', 'Ads', 'Forms', 'Analytics', 'Cloud', 'Pay', 'Mail', 'Email', 'Chat', 'Live Chat', 'Meta',
      'X', 'Apple', 'Amazon', 'Microsoft', 'Google', 'Teams', 'Drive', 'Office', 'Outlook', 'Sign', 'Search', 'Maps',
      'Matomo', 'Piwik', 'Magento', 'WordPress', 'Adjust', 'Front', 'Close', 'Render', 'Railway', 'Make', 'Impact',
      'Persona', 'Gusto', 'Clarity', 'Acuity', 'Fathom', 'Unity', 'Branch', 'Bird', 'Snap', 'Text', 'Block',
    ]);
    for (const v of vendors) {
      for (const n of namesOf(v)) {
        assert.ok(!generic.has(n), `${v.id}: “${n}” is too generic to be a name`);
        assert.ok(n.length >= 3, `${v.id}: “${n}” is too short to match safely`);
        assert.ok(/[A-Za-z]/.test(n), `${v.id}: “${n}” has no letter`);
      }
    }
  });

  it('finds exactly the expected services in the seed corpus (case-sensitive, word boundaries)', () => {
    const all = vendors.flatMap((v) => namesOf(v).map((n) => ({ n, id: v.id })));
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const find = (text: string) => new Set(all.filter(({ n }) => new RegExp(`(?<![\\p{L}\\p{N}_])${escape(n)}(?![\\p{L}\\p{N}_])`, 'u').test(text)).map(({ id }) => id));
    const corpus = path.resolve(process.cwd(), 'test/fixtures/corpus');
    const expected: Record<string, string[]> = {
      'dataops.txt': [],
      'jitops.txt': ['2checkout', 'cloudflare', 'google-analytics', 'mailchimp'],
      'optsm.txt': [],
      'optymyse.txt': ['gocardless', 'google-analytics', 'opayo', 'stripe'],
      'ubiops.txt': [],
    };
    for (const [file, ids] of Object.entries(expected)) {
      const text = readFileSync(path.join(corpus, file), 'utf8');
      assert.deepEqual([...find(text)].sort(), ids, file);
    }
  });

  it('has the services named by the development corpus that it lacked (Buttondown, Fastmail, Paystation)', () => {
    assert.equal(byName('Buttondown').category, 'email');
    assert.equal(byName('Fastmail').category, 'email');
    assert.equal(byName('Paystation').category, 'payments');
    assert.ok(byId('paystation').ownerAliases.includes('Paystation Ltd'));
  });
});

describe('knowledge: finding catalogue names in a text', () => {
  const index = vendorIndex();
  const names = (text: string) => index.find(text).map((m) => m.text);

  it('matches a name with its first letter as written and the rest in any case', () => {
    assert.deepEqual(names('The _utma cookie is part of Google analytics.'), ['Google analytics']);
    assert.deepEqual(names('Our code is on Github; payments go through Paypal.'), ['Github', 'Paypal']);
    assert.deepEqual(names('We send mail with SENDGRID.'), ['SENDGRID']);
    assert.equal(index.find('Google analytics')[0].vendor.id, 'google-analytics');
  });

  it('keeps the first letter and the ordinary words exact', () => {
    // A lower-case first letter is a word, not the name; an ordinary-word name keeps its capitals.
    assert.deepEqual(names('google analytics, github and paypal'), []);
    assert.deepEqual(names('STRIPE and SQUARE and SEGMENT'), []);
    // A name of several words whose first word is no brand of its own keeps its case ("Campaign Monitor").
    assert.deepEqual(names('The Campaign monitor team'), []);
    assert.deepEqual(names('The Campaign Monitor team'), ['Campaign Monitor']);
  });

  describe('an ambiguous one-word name that ends a longer capitalised name is not the service', () => {
    const mentions = (text: string) => vendorMentions(parse(text, 'plaintext'), index).map((m) => m.text);
    const notTheService = [
      'Meta Platforms Ireland Limited, 4 Grand Canal Square, Grand Canal Harbour, Dublin 2.',
      'Our forum runs on Civilized Discourse Construction Kit for the community.',
      'Write to us at Acme Ltd, PO Box 458, Peterborough.',
      'Write to us at P.O. Box 12, Springfield.',
      'Meet us at Times Square in New York.',
    ];
    for (const text of notTheService) it(`no mention: ${text}`, () => assert.deepEqual(mentions(text), []));
    const theService = [
      ['We take card payments with Square.', 'Square'],
      ['Use Square to pay in our shop.', 'Square'],
      ['Payments: Stripe handles card data.', 'Stripe'],
      ['We send newsletters with Kit (formerly ConvertKit).', 'Kit'],
      ['Files are shared with Box and Dropbox.', 'Box'],
    ];
    for (const [text, name] of theService) it(`mentions ${name}: ${text}`, () => assert.ok(mentions(text).includes(name)));
    it('a name of several words is never cut this way ("Grand Canal Square" holds no "Google Analytics")', () => {
      assert.deepEqual(mentions('Visit Acme Google Analytics Academy.'), ['Google Analytics']);
    });
  });
});

