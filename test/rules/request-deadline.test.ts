import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../rules/fixes';
import type { Finding, Format } from '../../rules/model/types';
import { requestDeadline } from '../../rules/request-deadline';
import type { LintOptions } from '../../rules/rule';
import { ruleFindings } from '../helpers';

const RULE = 'request-deadline';
const TODAY = new Date('2026-11-23');

const run = (text: string, format: Format = 'plaintext', options: LintOptions = {}): Finding[] => ruleFindings(requestDeadline, text, format, { today: TODAY, ...options }).filter((f) => f.ruleId === RULE);

/** A short GDPR policy around `body`. */
const gdprPolicy = (body: string) => `Privacy Policy\n\nThis policy explains how we process personal data under the General Data Protection Regulation (GDPR).\n\n${body}\n`;

/** Applies a finding's first fix, and checks that nothing outside the edit changed. */
function applyFix(text: string, f: Finding): string {
  assert.equal(f.fixes.length, 1);
  const fix = f.fixes[0];
  assert.notEqual(fix.safe, true, 'the fix changes a promise: offered, never applied by --fix');
  assert.equal(fix.edits.length, 1);
  const [e] = fix.edits;
  // The edit lies inside the finding's range.
  assert.ok(e.start >= f.start && e.end <= f.end, 'the edit is inside the finding');
  const fixed = applyEdits(text, fix.edits);
  assert.equal(fixed.slice(0, e.start), text.slice(0, e.start));
  assert.equal(fixed.slice(e.start + e.newText.length), text.slice(e.end));
  return fixed;
}

describe(RULE, () => {
  describe('(a) a day count for answering a request', () => {
    const flagged: Array<[string, string, RegExp]> = [
      // [sentence, flagged text, the sentence after the fix]
      ['We try to respond to all legitimate requests about your personal data within 30 days.', 'within 30 days', /data within one month\./],
      ['We will respond to your subject access request within 40 days.', 'within 40 days', /request within one month\./],
      ['We will respond to your request to exercise your rights within thirty (30) days.', 'within thirty (30) days', /rights within one month\./],
      ['Requests to access, correct or delete your personal data will be answered no later than 30 calendar days after receipt.', 'no later than 30 calendar days', /no later than one month after receipt/],
      ['We aim to deal with data subject requests within a 30-day period.', 'within a 30-day period', /requests within one month\./],
      ['We have 30 days to respond to your access request.', '30 days', /We have one month to respond/],
      ['Requests regarding your rights will be processed within 6 weeks.', 'within 6 weeks', /processed within one month\./],
      ['We will reply to requests for a copy of your data within 45 days.', 'within 45 days', /data within one month\./],
      ['We will action your erasure request within 31 days.', 'within 31 days', /request within one month\./],
      ['Your request for rectification will be completed within 30 business days.', 'within 30 business days', /completed within one month\./],
      ['If you ask us to delete your personal data, we will process your request in 60 days.', 'in 60 days', /request in one month\./],
      ['We will respond to any request to exercise your rights within a maximum of thirty days.', 'within a maximum of thirty days', /within a maximum of one month\./],
    ];
    for (const [sentence, quote, after] of flagged) {
      it(`flags: ${sentence}`, () => {
        const text = gdprPolicy(sentence);
        const got = run(text);
        assert.equal(got.length, 1, JSON.stringify(got.map((f) => text.slice(f.start, f.end))));
        const f = got[0];
        assert.equal(f.severity, 'information');
        assert.equal(text.slice(f.start, f.end), quote);
        assert.equal(f.data?.kind, 'deadline');
        assert.match(f.message, /^“.+” (?:can end after|exceeds) the one-month deadline for answering a request: say “one month”\.$/);
        assert.match(f.detail ?? '', /GDPR Art\. 12\(3\)/);
        assert.match(f.detail ?? '', /one month of receipt, extendable by two further months/);
        assert.match(f.source ?? '', /GDPR Art\. 12\(3\)/);
        // The fix writes "one month" in place of the count; the finding goes away; nothing else changes.
        const fixed = applyFix(text, f);
        assert.match(fixed, after);
        assert.deepEqual(run(fixed), []);
      });
    }

    it('names the repealed 40-day period of the Data Protection Act 1998', () => {
      const [f] = run(gdprPolicy('We will respond to your subject access request within 40 days.'));
      assert.match(f.detail ?? '', /Data Protection Act 1998, s\. 7\(8\) and \(10\)/);
    });

    it('offers no fix where its paragraph names the same count again (one replacement would leave the other)', () => {
      const echoed = [
        'We will respond to all data subject requests within 30 calendar days of receipt. If a request is complex, we may extend this period and will inform you within the initial 30-day period.',
        'We answer access requests within 30 days. Most requests are answered well before the 30 days are over.',
      ];
      for (const p of echoed) {
        const got = run(gdprPolicy(p));
        assert.equal(got.length, 1, p);
        assert.deepEqual(got[0].fixes, [], p);
      }
      // Another count, or the same count in another paragraph, does not stop the fix.
      for (const p of ['We answer access requests within 30 days. Backups are deleted after 14 days.', 'We answer access requests within 30 days.\n\nInvoices are kept for 30 days.']) {
        const got = run(gdprPolicy(p));
        assert.equal(got.length, 1, p);
        assert.equal(got[0].fixes.length, 1, p);
      }
    });

    it('explains why 30 days can be later than one month', () => {
      const [f] = run(gdprPolicy('We try to respond to all privacy requests within 30 days.'));
      assert.match(f.detail ?? '', /one month from 31 January ends on 28 February/);
    });

    const clean = [
      'We will respond to your request within one month.',
      'We will respond to your request within one month (30 days).',
      // A promise shorter than any month is within the law.
      'In the event you are requesting a deletion of any of your data from our systems under the GDPR, we will delete the respective data within 14 days after receipt of the request.',
      'We respond to all requests to exercise your rights within 20 working days.',
      'We will respond to your access request within 28 days.',
      // Not a request: retention and deletion periods.
      'We will delete your data within 30 days of account closure.',
      'Data may be retained up to 30 days before it is deleted from all our systems.',
      'We retain your data for 30 days.',
      // Deleting an account is using the product, not a data subject's request: its deletion period is retention.
      'Account data is retained for the duration of your account. Deleted within 30 days of account deletion request.',
      'If you ask us to close your account, your data is removed within 45 days.',
      'When you request to delete your account, we erase your profile within 60 days.',
      // Other laws and other requests.
      'We will respond to verifiable consumer requests within 45 days, as the CCPA requires.',
      'California residents: we will respond to your request to know within 45 days.',
      'Refund requests are processed within 30 days.',
      'You may cancel your subscription within 30 days and request a refund.',
      'We will respond to law enforcement requests within 30 days.',
    ];
    for (const sentence of clean) {
      it(`does not flag: ${sentence}`, () => {
        const text = gdprPolicy(sentence);
        assert.deepEqual(run(text).map((f) => text.slice(f.start, f.end)), []);
      });
    }

    it('uses the heading for context: "Time limit to respond" (as in dataops.txt)', () => {
      const text = gdprPolicy('Time limit to respond\n\nWe try to answer all legitimate requests within 30 days.');
      assert.deepEqual(run(text).map((f) => text.slice(f.start, f.end)), ['within 30 days']);
      const other = gdprPolicy('Support\n\nWe try to answer all support requests within 30 days.');
      assert.deepEqual(run(other), []);
    });
  });

  describe('(b) 72 hours for telling individuals of a breach', () => {
    const flagged: Array<[string, string]> = [
      ['If you become aware of a data breach, we will notify you within 72 hours.', 'within 72 hours'],
      ['In the event of a personal data breach affecting you, you will be notified within 72 hours.', 'within 72 hours'],
      ['We will notify affected users of any security breach within seventy-two (72) hours.', 'within seventy-two (72) hours'],
      ['If a breach puts your data at risk, we will inform affected individuals no later than 72 hours after we become aware of it.', 'no later than 72 hours'],
    ];
    for (const [sentence, quote] of flagged) {
      it(`flags: ${sentence}`, () => {
        const text = gdprPolicy(sentence);
        const got = run(text);
        assert.equal(got.length, 1);
        assert.equal(text.slice(got[0].start, got[0].end), quote);
        assert.equal(got[0].severity, 'information');
        assert.match(got[0].message, /is the authority's deadline: tell individuals without undue delay when the risk is high\.$/);
        assert.match(got[0].detail ?? '', /GDPR Art\. 33\(1\).*supervisory authority.*without undue delay.*GDPR Art\. 34\(1\)/);
        assert.deepEqual(got[0].fixes, []);
      });
    }
    const clean = [
      // jitops.txt: persons and authorities together. The 72 hours are right for the authority
      // (Art. 33(1)) and promise the persons no less than Art. 34; not reported (see the rule's page).
      'We will report any unlawful data breach of this website\'s database to any and all relevant persons and authorities within 72 hours of the breach if it is apparent that personal data stored in an identifiable manner has been stolen.',
      'We notify the Information Commissioner\'s Office of a breach within 72 hours and will inform you without undue delay.',
      'Our processors must notify us of a breach within 72 hours.',
      'Session cookies expire after 72 hours.',
      'We will notify you within 72 hours of any change to your order.',
    ];
    for (const sentence of clean) {
      it(`does not flag: ${sentence}`, () => {
        assert.deepEqual(run(gdprPolicy(sentence)), []);
      });
    }
  });

  describe('(c) a fee for access stated as the normal case', () => {
    const flagged: Array<[string, string]> = [
      ['We charge a fee of £25 for each subject access request.', 'a fee of £25'],
      ['An administration fee of $20 applies to requests for a copy of your personal data.', 'An administration fee of $20'],
      ['We may charge you a fee to access your personal information.', 'a fee'],
      ['Subject access requests are subject to a €15 fee.', '€15 fee'],
    ];
    for (const [sentence, quote] of flagged) {
      it(`flags: ${sentence}`, () => {
        const text = gdprPolicy(sentence);
        const got = run(text);
        assert.equal(got.length, 1);
        assert.equal(text.slice(got[0].start, got[0].end), quote);
        assert.equal(got[0].severity, 'information');
        assert.equal(got[0].message, 'Access to one’s own data is free: a fee is allowed only for excessive requests or further copies.');
        assert.match(got[0].detail ?? '', /GDPR Art\. 12\(5\).*free of charge.*manifestly unfounded or excessive.*GDPR Art\. 15\(3\)/);
        assert.deepEqual(got[0].fixes, []);
      });
    }
    const clean = [
      'You will not have to pay a fee to access your Personal Data (or to exercise any of the other rights).',
      'However, we may charge a reasonable fee if your request is clearly unfounded, repetitive or excessive.',
      'We may charge a reasonable fee based on administrative costs for further copies of your data.',
      'Access to your personal data is free of charge.',
      // The 1998 regime's £10 fee is reported by outdated-law-reference, not twice.
      'There is a £10 fee for a subject access request.',
      'We use your data to manage payments, fees and charges.',
      'To access our premium services you pay a monthly fee.',
    ];
    for (const sentence of clean) {
      it(`does not flag: ${sentence}`, () => {
        assert.deepEqual(run(gdprPolicy(sentence)), []);
      });
    }
  });

  // Found on the development corpus: the request is not always named in the sentence that gives the deadline.
  describe('(a) and (c) when the request is named elsewhere: presupposed by an answer, or in the sentence before', () => {
    const flagged: Array<[string, string]> = [
      // An answer presupposes a request; the rights context comes from the heading or the blocks before.
      ['Your rights\n\nA response will be provided within 30 days.', 'within 30 days'],
      ['Right of access (Article 15)\n\n- Request your data: write to us\n- Response time: Within 30 days', 'Within 30 days'],
      ['Contact\n\nIf you would like to exercise your privacy rights, please email us.\n\nIn most cases, we will respond within 30 days of receiving your message.', 'within 30 days'],
      ['Contact\n\nTo exercise your rights, write to us.\n\nWe will reply within 45 days of receiving your letter.', 'within 45 days'],
      // The request in the sentence before, answered by giving something.
      ['Right of access\n\nYou may request confirmation of whether we process your personal data. We will provide a copy of the data within 30 days.', 'within 30 days'],
      ['Contact\n\nYou may request a copy of your personal data. We will send it within 6 weeks.', 'within 6 weeks'],
      // Removing is answering an erasure request.
      ['Right to erasure\n\nI commit to removing your data from my systems within 30 days of your request.', 'within 30 days'],
      // A fee that points back to the access request of the sentence before.
      ['The right to access: you have the right to request copies of your personal data. We may charge you a small fee for this service.', 'a small fee'],
      ['You can ask for a copy of your personal data. An administration fee of £20 applies to such requests.', 'An administration fee of £20'],
    ];
    for (const [body, quote] of flagged) {
      it(`flags: ${body.replace(/\n+/g, ' | ')}`, () => {
        const text = gdprPolicy(body);
        const got = run(text);
        assert.deepEqual(got.map((f) => text.slice(f.start, f.end)), [quote]);
        // A deadline's fix still writes "one month" and resolves the finding.
        if (got[0].data?.kind === 'deadline') assert.deepEqual(run(applyFix(text, got[0])), []);
      });
    }
    const clean = [
      // An answer with nothing about rights around it.
      'Support\n\nA response will be provided within 30 days.',
      'Contact\n\nIf you have questions, please email us.\n\nIn most cases, we will reply within 45 days of receiving your email.',
      // The sentence before asks for something else, or this one does not answer it.
      'Your rights\n\nYou may request a refund. We will provide it within 30 days.',
      'Contact\n\nYou may request a copy of your personal data. We will delete old backups within 30 days.',
      'Right to erasure\n\nWe remove inactive accounts within 60 days.',
      // "requesting" as an adjective is not a request.
      'Log files include IP addresses and the requesting provider. Log file information is stored for a maximum of 30 days and then deleted under the GDPR.',
      // Fees that the law allows, or that are not about access.
      'You have the right to request a copy of your data free of charge. We may charge a fee for further copies.',
      'You have the right to request a copy of your personal data. There is no fee for this.',
      'You can access your personal data in your account. We charge a fee for premium plans.',
      'You may request a copy of your order history for a refund. We charge a fee for this service.',
    ];
    for (const body of clean) {
      it(`does not flag: ${body.replace(/\n+/g, ' | ')}`, () => {
        const text = gdprPolicy(body);
        assert.deepEqual(run(text).map((f) => text.slice(f.start, f.end)), []);
      });
    }
  });

  it('speaks only on GDPR and UK policies', () => {
    const text = 'Privacy Policy\n\nWe collect personal data.\n\nWe try to respond to all requests to exercise your rights within 30 days.\n';
    assert.deepEqual(run(text), []);
    assert.equal(run(text, 'plaintext', { jurisdiction: 'eu' }).length, 1);
    assert.equal(run(text, 'plaintext', { jurisdiction: 'uk' }).length, 1);
    assert.deepEqual(run(gdprPolicy('We try to respond to all legitimate requests within 30 days.'), 'plaintext', { jurisdiction: 'other' }), []);
  });

  it('puts the finding and the fix on source offsets in Markdown and HTML', () => {
    const md = '# Privacy Policy\n\nUnder the **GDPR** you have rights.\n\n## Your rights\n\nWe respond to all requests *within 30 days*.\n';
    const [m] = run(md, 'markdown');
    assert.equal(md.slice(m.start, m.end), 'within 30 days');
    const mdFixed = applyFix(md, m);
    assert.match(mdFixed, /\*within one month\*/);
    assert.deepEqual(run(mdFixed, 'markdown'), []);
    const html = '<html><body><h1>Privacy</h1><p>Under the GDPR you have rights.</p><h2>Your rights</h2><p>We respond to all requests within <b>30 days</b>.</p></body></html>';
    const [h] = run(html, 'html');
    // The range ends where the visible text does, before the closing tag.
    assert.equal(html.slice(h.start, h.end), 'within <b>30 days');
    const htmlFixed = applyFix(html, h);
    assert.match(htmlFixed, /within <b>one month<\/b>\./);
    assert.deepEqual(run(htmlFixed, 'html'), []);
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
      it(`${name}: reports exactly what expected.json lists for ${RULE}, and every fix resolves its finding`, () => {
        const text = readFileSync(join(dir, name), 'utf8');
        const found = run(text);
        const used = new Set<Finding>();
        for (const exp of (spec.findings ?? []).filter((x) => x.rule === RULE)) {
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
        // Nothing else, at any severity.
        assert.deepEqual(found.filter((f) => !used.has(f)).map((f) => `${f.severity}@${f.start}: ${text.slice(f.start, f.end)}`), []);
        for (const f of found) {
          for (const fix of f.fixes) {
            const fixed = applyFix(text, f);
            assert.ok(!run(fixed).some((g) => g.message === f.message && Math.abs(g.start - f.start) < 3), `"${fix.title}" leaves the finding`);
          }
        }
      });
    }

    it('jitops.txt: does not report "within 72 hours" said to persons and authorities together', () => {
      const text = readFileSync(join(dir, 'jitops.txt'), 'utf8');
      const at = text.indexOf('within 72 hours');
      assert.ok(at > 0);
      assert.deepEqual(run(text).filter((f) => f.start <= at + 15 && f.end >= at), []);
    });

    it('dataops.txt: the fix turns "within 30 days" into "within one month"', () => {
      const text = readFileSync(join(dir, 'dataops.txt'), 'utf8');
      const [f] = run(text);
      assert.match(applyFix(text, f), /We try to respond to all legitimate requests within one month\. Occasionally/);
    });
  });

  it('stays linear on 100 KB of adversarial input', () => {
    const unit = 'we respond to your access request within within 30 30 thirty (30) calendar a 30-day days notify you of a breach within 72 hours to to to a reasonable administrative fee of £25 charge you for access ';
    const body = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const text = gdprPolicy(body);
    const t0 = performance.now();
    run(text);
    const ms = performance.now() - t0;
    assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
  });
});
