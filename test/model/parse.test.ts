import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../rules/model/parse';
import type { PolicyDocument } from '../../rules/model/document';

const corpus = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'corpus', name), 'utf8');
const headings = (d: PolicyDocument) => d.blocks.filter((b) => b.kind === 'heading').map((b) => d.blockText(b));

describe('plain text model', () => {
  it('recognises numbered headings with their depth', () => {
    const d = parse(corpus('jitops.txt'), 'plaintext');
    const h = d.blocks.filter((b) => b.kind === 'heading');
    const byText = new Map(h.map((b) => [d.blockText(b), b.level]));
    assert.equal(byText.get('2 Data Collection and Use'), 1);
    assert.equal(byText.get('2.1 What we collect'), 2);
    assert.equal(byText.get('2.1.3 Email Newsletter'), 3);
    assert.equal(byText.get('4 Data Processors'), 1);
    assert.ok(!byText.has('Revised: 18/05/2018'), 'a label with its value is not a heading');
  });

  it('recognises ALL-CAPS and question headings', () => {
    const h = headings(parse(corpus('optsm.txt'), 'plaintext'));
    assert.ok(h.includes('WHAT DOES THIS PRIVACY POLICY COVER?'));
    assert.ok(h.includes('INFORMATION YOU PROVIDE TO US:'));
    assert.ok(h.includes('LEGITIMATE INTERESTS'));
  });

  it('a numbered heading at the margin after an indented numbered list is a heading, not its next item', () => {
    for (const list of ['  1. Stripe\n  2. Netlify\n  3. Hotjar', '  1. Stripe\n  2. Netlify,\n  our host\n  3. Hotjar']) {
      const d = parse(`Processors:\n${list}\n1. How long we keep data\nWe keep it for a year.\n`, 'plaintext');
      assert.deepEqual(d.blocks.filter((b) => b.kind === 'heading').map((b) => d.blockText(b)), ['1. How long we keep data'], list);
      assert.equal(d.blocks.filter((b) => b.kind === 'listItem').length, 3);
    }
    // At the list's own indentation, it is the list's next item.
    const same = parse('Processors:\n1. Stripe\n2. Netlify\n3. Hotjar\n', 'plaintext');
    assert.equal(same.blocks.filter((b) => b.kind === 'listItem').length, 3);
  });

  it('recognises Markdown heading marks in a text file at their own level, and nothing else that starts with "#"', () => {
    const d = parse('# Privacy Policy\n\nWe care.\n\n## Cookies\n\nNone.\n\n### Session cookies\n\nNone either.\n\n#1 priority is you.\n\n#hashtag\n', 'plaintext');
    assert.deepEqual(d.blocks.filter((b) => b.kind === 'heading').map((b) => [d.blockText(b), b.level]), [['# Privacy Policy', 1], ['## Cookies', 2], ['### Session cookies', 3]]);
  });

  it('recognises short standalone lines as headings in a policy without blank lines, but not sentences', () => {
    const h = headings(parse(corpus('optymyse.txt'), 'plaintext'));
    assert.ok(h.includes('Credit card information'));
    assert.ok(h.includes('How is your information used?'));
    assert.ok(!h.some((t) => t.startsWith('We use Sage Pay')), 'a sentence starting with "We" is not a heading');
    assert.ok(!h.some((t) => t.startsWith('When visiting')), 'a long line is not a heading');
  });

  it('groups bullet and numbered list items into lists with their marker and indentation', () => {
    const d = parse(corpus('ubiops.txt'), 'plaintext');
    const items = d.blocks.filter((b) => b.kind === 'listItem');
    assert.ok(items.length >= 10);
    assert.equal(items[0].list?.marker, '•');
    assert.equal(items[0].list?.indent, '  ');
    assert.equal(d.blockText(items[0]).startsWith('Contact information'), true, 'the marker is not part of the text');
    const j = parse(corpus('jitops.txt'), 'plaintext');
    const rights = j.blocks.filter((b) => b.kind === 'listItem' && b.list?.ordered);
    assert.equal(rights.length, 8);
    assert.equal(new Set(rights.map((b) => b.list!.id)).size, 1, 'one ordered list');
  });

  it('reads tab-separated lines as table rows', () => {
    const d = parse(corpus('jitops.txt'), 'plaintext');
    const rows = d.blocks.filter((b) => b.kind === 'tableRow');
    assert.equal(rows.length, 9);
    assert.equal(d.blockText(rows[1]), 'The right to be informed\tWithin one month');
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const text = 'We collect your name and e-mail address when you sign up for our newsletter and\nwhen you contact us through the form on our website.\n\nNext paragraph.';
    const d = parse(text, 'plaintext');
    assert.equal(d.blocks.length, 2);
    assert.equal(d.sentences.length, 2);
  });

  it('joins a line that stops mid-phrase or inside a date, whatever the next line opens with (issue 11, settle property)', () => {
    // A date cut by the wrap ("… on 25" / "May 2018.") is not a block of its own: alone it read as the
    // policy's signature date, and a fix that changed the line's end ("from" → "since") moved it.
    for (const text of [
      'We use Hotjar to see how visitors use the site. The GDPR will come into force on 25\nMay 2018.\n\nNext paragraph.',
      'Support requests are handled through Zendesk. The GDPR will be enforceable from\n25 May 2018.\n\nNext paragraph.',
      'Support requests are handled through Zendesk. The GDPR has been enforceable since\n25 May 2018.\n\nNext paragraph.',
      'Support requests are handled through Zendesk, and the GDPR has applied since 25 May\n2018.\n\nNext paragraph.',
    ]) {
      const d = parse(text, 'plaintext');
      assert.deepEqual(d.blocks.map((b) => b.kind), ['paragraph', 'paragraph'], text);
    }
    // So does a list item's line, at the margin: "25 May 2018." is the item's, not a block (a signature date) of its own.
    for (const verb of ['will be enforceable from', 'has been enforceable since']) {
      const d = parse(`Processors\n- Stripe\n1. The GDPR ${verb} 25 May 2018. The GDPR ${verb}\n25 May 2018.\nPrivacy Policy`, 'plaintext');
      assert.ok(!d.blocks.some((b) => d.blockText(b) === '25 May 2018.'), verb);
      assert.equal(d.blocks.length, 4, verb);
    }
    // A long line that ends a phrase, then a heading: two blocks, as before.
    const d = parse('We share personal data with the processors listed in this section of the policy\nProcessors\n- Stripe', 'plaintext');
    assert.deepEqual(d.blocks.map((b) => b.kind), ['paragraph', 'heading', 'listItem']);
  });

  it('reads "1. How long we keep data" as a heading under an item of another shape ("2) Hotjar")', () => {
    for (const item of ['1) rights', '2) Hotjar']) {
      const d = parse(`Your rights:\n${item}\n1. How long we keep data\nWe keep data for two years.`, 'plaintext');
      assert.deepEqual(d.blocks.map((b) => b.kind), ['paragraph', 'listItem', 'heading', 'paragraph'], item);
    }
    // An item of the same shape still makes it a list item.
    assert.deepEqual(parse('Your rights:\n1. Access\n2. Erasure', 'plaintext').blocks.map((b) => b.kind), ['paragraph', 'listItem', 'listItem']);
  });

  it('builds nested sections from heading levels', () => {
    const d = parse(corpus('jitops.txt'), 'plaintext');
    const sec = d.sections.find((s) => d.blockText(d.headingOf(s)) === '2.1.3 Email Newsletter')!;
    const parent = d.sections[sec.parent];
    assert.equal(d.blockText(d.headingOf(parent)), '2.1 What we collect');
    const top = d.sections.find((s) => d.blockText(d.headingOf(s)) === '2 Data Collection and Use')!;
    assert.ok(top.endBlock > sec.endBlock - 1 && d.blockText(d.blocks[top.endBlock]) === '3 Data Protection');
  });

  it('handles CRLF and lone CR line ends', () => {
    for (const eol of ['\r\n', '\r']) {
      const d = parse(['1 Intro', '', 'We collect data.', '', '- one', '- two'].join(eol), 'plaintext');
      assert.deepEqual(d.blocks.map((b) => b.kind), ['heading', 'paragraph', 'listItem', 'listItem']);
      assert.equal(d.blockText(d.blocks[3]), 'two');
    }
  });
});

describe('sentences', () => {
  const split = (t: string) => { const d = parse(t, 'plaintext'); return d.sentences.map((s) => d.slice(s.start, s.end)); };
  it('does not split at abbreviations', () => {
    assert.deepEqual(split('We rely on Art. 6(1)(f) GDPR, e.g. for fraud prevention, i.e. security. See No. 5 of the list. Then stop.'), [
      'We rely on Art. 6(1)(f) GDPR, e.g. for fraud prevention, i.e. security.', 'See No. 5 of the list.', 'Then stop.',
    ]);
  });
  it('splits at a full stop before a capital, a digit or a quote', () => {
    assert.deepEqual(split('One. Two! "Three?" 4 is next.'), ['One.', 'Two!', '"Three?"', '4 is next.']);
  });
  it('keeps company suffixes and initials inside a sentence', () => {
    assert.deepEqual(split('Dutch Analytics B.V. and Example Ltd. work with J. Smith. Next.'), ['Dutch Analytics B.V. and Example Ltd. work with J. Smith.', 'Next.']);
  });
});

describe('Markdown model', () => {
  const md = '# Privacy Policy\n\nWe use **Mailchimp** &amp; [Stripe](https://stripe.com/privacy "Stripe").\n\n## Processors\n\n- Google\n- Cloudflare\n\n1. First\n2. Second\n\n| Vendor | Purpose |\n|---|---|\n| Sentry | errors |\n';
  const d = parse(md, 'markdown');
  it('gives blocks with levels, lists and table rows', () => {
    assert.deepEqual(d.blocks.map((b) => `${b.kind}:${b.level}`), ['heading:1', 'paragraph:0', 'heading:2', 'listItem:0', 'listItem:0', 'listItem:0', 'listItem:0', 'tableRow:0', 'tableRow:0']);
    assert.equal(d.blocks[3].list?.marker, '-');
    assert.equal(d.blocks[6].list?.marker, '2.');
    assert.equal(d.blockText(d.blocks[8]), 'Sentry\terrors');
  });
  it('maps visible text back to the source, entities and markup included', () => {
    const p = d.blocks[1];
    assert.equal(d.blockText(p), 'We use Mailchimp & Stripe.');
    const at = d.text.indexOf('Mailchimp');
    assert.equal(md.slice(d.srcStart(at), d.srcEnd(at + 9)), 'Mailchimp');
    const amp = d.text.indexOf('&', p.start);
    assert.equal(md.slice(d.srcStart(amp), d.srcEnd(amp + 1)), '&amp;');
  });
  it('reads front matter as what the site does: no text of the page, its title kept aside', () => {
    for (const [src, title] of [
      ['---\ntitle: "Privacy Policy"\n# a YAML comment, not a heading\nslug: privacy\n---\n\n## What we collect\n\nYour e-mail address.\n', 'Privacy Policy'],
      ["---\r\nlayout: page\r\ntitle: 'Cookie notice'\r\n---\r\nWe use cookies.\r\n", 'Cookie notice'],
      ['+++\ntitle = "Privacy"\nversion = "3.2.0"\n+++\nWe use cookies.\n', 'Privacy'],
      ['---\nlayout: page\n---\nWe use cookies.\n', undefined],
      ['{\n  "title": "Privacy policy",\n  "lastmod": "2024-03-30T13:47:45",\n  "description": "How we handle data"\n}\n\nWe use cookies.\n', 'Privacy policy'],
    ] as const) {
      const d = parse(src, 'markdown');
      assert.ok(d.frontMatter, src);
      assert.equal(d.frontMatter.title, title, src);
      assert.ok(d.blocks.every((b) => b.sourceStart >= d.frontMatter!.end), 'no block inside the front matter');
      assert.ok(!/title|layout|comment/.test(d.text), d.text);
      // What follows maps back to its own source.
      const last = d.blocks[d.blocks.length - 1];
      assert.equal(src.slice(d.srcStart(last.start), d.srcEnd(last.end)), d.blockText(last));
    }
  });

  it('does not take a rule, a setext underline or an unclosed fence for front matter', () => {
    for (const src of [
      '---\n\nWe use cookies.\n\n---\n\nMore text.\n',
      'Privacy policy\n---\n\nWe use cookies.\n',
      '---\ntitle: Privacy\nWe use cookies and never close the fence.\n',
      'Intro\n\n---\ntitle: Privacy\n---\n',
      '{\nWe use cookies.\n}\n',
    ]) {
      const d = parse(src, 'markdown');
      assert.equal(d.frontMatter, undefined, src);
    }
  });

  it('reads a fenced or indented code block as one paragraph of its lines, mapped to the source', () => {
    const src = '# Contact\n\nWrite to our data protection officer:\n\n```\nJane Doe\n  Example Street 1\nprivacy@example.org\n```\n\nOr here:\n\n    Acme GmbH\n    Berlin\n';
    const d = parse(src, 'markdown');
    const code = d.blocks.filter((b) => d.blockText(b).includes('Jane') || d.blockText(b).includes('Acme'));
    assert.deepEqual(code.map((b) => d.blockText(b)), ['Jane Doe\nExample Street 1\nprivacy@example.org', 'Acme GmbH\nBerlin']);
    const street = d.text.indexOf('Example Street');
    assert.equal(src.slice(d.srcStart(street), d.srcEnd(street + 'Example Street 1'.length)), 'Example Street 1');
    assert.ok(!d.text.includes('```'));
    // The block's source range takes in the closing fence, so text added after the block is outside the code.
    const fence = code[0];
    assert.ok(src.slice(fence.sourceStart, fence.sourceEnd).endsWith('```'), src.slice(fence.sourceStart, fence.sourceEnd));
  });

  it('reads raw HTML blocks inside Markdown as the page shows them, mapped to the source', () => {
    const src = '# Privacy\n\nIntro.\n\n<ul>\n<li>You have the right of <b>access</b> &amp; erasure.</li>\n<li>Right to object</li>\n</ul>\nSafe Harbor privacy principles apply.\n\n<details><summary>Cookies</summary><p>We use one cookie.</p></details>\n\n## Next\n\n- a Markdown item\n';
    const d = parse(src, 'markdown');
    const texts = d.blocks.map((b) => d.blockText(b));
    for (const t of ['You have the right of access & erasure.', 'Right to object', 'Safe Harbor privacy principles apply.', 'We use one cookie.']) assert.ok(texts.includes(t), `${t} in ${JSON.stringify(texts)}`);
    const item = d.blocks.find((b) => d.blockText(b).startsWith('You have'))!;
    assert.equal(item.kind, 'listItem');
    assert.equal(src.slice(d.srcStart(item.start), d.srcEnd(item.end)), 'You have the right of <b>access</b> &amp; erasure.');
    // The fragment's list is not the Markdown list.
    const mdItem = d.blocks.find((b) => d.blockText(b) === 'a Markdown item')!;
    assert.notEqual(mdItem.list!.id, item.list!.id);
    // Every block's text maps back into the source at increasing offsets.
    let last = -1;
    for (const b of d.blocks) { const at = d.srcStart(b.start); assert.ok(at > last, d.blockText(b)); last = at; }
  });

  it('records links with the source range of their target', () => {
    const link = d.links[0];
    assert.equal(link.href, 'https://stripe.com/privacy');
    assert.equal(md.slice(link.hrefSourceStart, link.hrefSourceEnd), 'https://stripe.com/privacy');
    assert.equal(d.slice(link.start, link.end), 'Stripe');
  });
});

describe('HTML model', () => {
  const html = '<!doctype html><html><head><title>x</title><style>p{}</style></head><body>\n<h1>Privacy&nbsp;Policy</h1>\n<p>We use <b>Mailchimp</b> &amp; <a href="#">Stripe</a>.<script>var x = "Article 100";</script></p>\n<ul>\n  <li>Google</li>\n  <li>Cloudflare</li>\n</ul>\n<table><tr><td>Sentry</td><td>errors</td></tr></table>\n</body></html>';
  const d = parse(html, 'html');
  it('gives visible blocks only, without script, style or head', () => {
    assert.deepEqual(d.blocks.map((b) => `${b.kind}:${d.blockText(b)}`), ['heading:Privacy\u00a0Policy', 'paragraph:We use Mailchimp & Stripe.', 'listItem:Google', 'listItem:Cloudflare', 'tableRow:Sentry\terrors']);
  });
  it('maps decoded text back to source ranges', () => {
    const at = d.text.indexOf('&');
    assert.equal(html.slice(d.srcStart(at), d.srcEnd(at + 1)), '&amp;');
    const nb = d.text.indexOf('\u00a0');
    assert.equal(html.slice(d.srcStart(nb), d.srcEnd(nb + 1)), '&nbsp;');
    const m = d.text.indexOf('Mailchimp');
    assert.equal(html.slice(d.srcStart(m), d.srcEnd(m + 9)), 'Mailchimp');
  });
  it('records list indentation and link targets', () => {
    assert.equal(d.blocks[2].list?.indent, '  ');
    assert.equal(html.slice(d.blocks[3].sourceStart, d.blocks[3].sourceEnd), '<li>Cloudflare</li>');
    assert.equal(d.links[0].href, '#');
    assert.equal(html.slice(d.links[0].hrefSourceStart, d.links[0].hrefSourceEnd), '#');
  });
  it('survives unclosed tags', () => {
    const u = parse('<p>One<p>Two <b>bold<li>three', 'html');
    assert.deepEqual(u.blocks.map((b) => u.blockText(b)), ['One', 'Two bold', 'three']);
  });
});
