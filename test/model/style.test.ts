// Where a fix that adds a section puts it, and at which heading level: inside the page's main
// content, never after its footer, scripts or comments; at the level of the document's top sections.
import assert from 'node:assert/strict';
import { parse } from '../../rules/model/parse';
import { sectionEdit } from '../../rules/shared/style';
import { applyEdits } from '../../rules/fixes';

const add = (src: string, format: 'html' | 'markdown' | 'plaintext') => {
  const doc = parse(src, format);
  return applyEdits(src, [sectionEdit(doc, 'Complaints', ['You may complain to the supervisory authority.'])!]);
};

describe('sectionEdit', () => {
  const page = (main: string, after: string) => `<html><head><style>p{}</style></head><body><nav><a href="/">Home</a></nav>${main}${after}</body></html>\n`;
  // Right after the policy's last block, inside its container: never after the container's
  // closing tags, the footer, the scripts or a dialog.
  const cases: Array<[string, string, RegExp]> = [
    ['inside </main>', page('<main><h1>Privacy</h1><h2>Data</h2><p>We collect data.</p></main>', '<footer><p>© Acme</p></footer><script>x()</script>'), /We collect data\.<\/p>\n<h2>Complaints<\/h2>\n<p>You may complain[^<]*<\/p><\/main><footer>/],
    ['inside the last </article>', page('<article><h1>Privacy</h1><p>We collect data.</p></article>', '<div class="modal"><p>Subscribe</p></div>'), /We collect data\.<\/p>\n<h2>Complaints<\/h2>[\s\S]*<\/article><div class="modal">/],
    ['inside the content column, before the footer that follows the last heading', page('<div><h1>Privacy</h1><h2>Data</h2><p>We collect data.</p></div>', '<footer><p>© Acme</p></footer>'), /We collect data\.<\/p>\n<h2>Complaints<\/h2>[\s\S]*<\/p><\/div><footer>/],
    ['before scripts at the end of the body', page('<div><h1>Privacy</h1><p>We collect data.</p></div>', '<script src="a.js"></script>\n<!-- analytics --><script>ga()</script>'), /We collect data\.<\/p>\n<h2>Complaints<\/h2>[\s\S]*<\/p><\/div><script src="a\.js">/],
    ['after a list, outside it', page('<main><h1>Privacy</h1><h2>Data</h2><ul><li>Name</li><li>E-mail</li></ul></main>', ''), /<li>E-mail<\/li><\/ul>\n<h2>Complaints<\/h2>/],
  ];
  for (const [what, src, expected] of cases) {
    it(`HTML: puts the section ${what}`, () => {
      const out = add(src, 'html');
      assert.match(out, expected);
      // Nothing of the page is lost.
      assert.equal(out.replace(/\n?<h2>Complaints<\/h2>\n<p>You may complain to the supervisory authority\.<\/p>\n?/, ''), src);
    });
  }

  it('HTML: steps back over 20,000 trailing scripts and comments in one linear walk', () => {
    const tail = '<script>x()</script><!-- c -->\n'.repeat(20000);
    const src = `<html><body><h1>Privacy</h1><p>We collect data.</p>${tail}</body></html>`;
    const doc = parse(src, 'html');
    // Ten section fixes on one document (as required-disclosure offers): the place is worked out once.
    for (let i = 0; i < 10; i++) {
      const edit = sectionEdit(doc, `Section ${i}`, ['Text.'])!;
      assert.equal(edit.start, src.indexOf('<script>'));
    }
  });

  it('Markdown: a new section takes the level of the top sections, not of the most frequent headings', () => {
    const src = '# Privacy Policy\n\n## Data\n\n### Names\n\nText.\n\n### E-mails\n\nText.\n\n### Logs\n\nText.\n\n## Changes\n\nWe may change this policy.\n';
    // At "##" (not "###"), and before the closing "Changes" section.
    assert.match(add(src, 'markdown'), /Logs\n\nText\.\n\n## Complaints\n\nYou may complain[^\n]*\n\n## Changes\n/);
  });

  it('Markdown: a policy that ends a longer page, or whose title is not level 1, gets a section among its own sub-sections', () => {
    for (const [src, level] of [
      // The policy is the last part of a legal page: a "##" would be a sibling of "## Privacy policy".
      ['## Imprint\n\nAcme GmbH.\n\n## Terms\n\nText.\n\n## Privacy policy\n\n### Preamble\n\nText.\n\n### Your rights\n\nText.\n', '###'],
      ['# Legal\n\n## Imprint\n\nText.\n\n## Data protection declaration\n\n### Cookies\n\nText.\n', '###'],
      // A "##" title over "###" sections.
      ['## Privacy notice\n\nText.\n\n### Data\n\nText.\n\n### Logs\n\nText.\n', '###'],
      // No sub-sections: one level below the policy's heading.
      ['## Imprint\n\nText.\n\n## Privacy statement\n\nWe collect no data.\n', '###'],
      // The usual shape is unchanged.
      ['# Privacy Policy\n\n## Data\n\nText.\n\n## Logs\n\nText.\n', '##'],
    ] as const) {
      assert.match(add(src, 'markdown'), new RegExp(`\\n\\n${level} Complaints\\n\\n`), src);
    }
    // A policy heading that does not reach the end of the page decides nothing.
    assert.match(add('# Privacy policy\n\nText.\n\n# Cookies\n\nText.\n\n# Contact\n\nText.\n', 'markdown'), /\n\n# Complaints\n\n/);
  });

  it('Markdown: several level-1 headings are the sections themselves', () => {
    const src = '# Privacy\n\nText.\n\n# Data\n\nText.\n\n## Logs\n\nText.\n';
    assert.match(add(src, 'markdown'), /\n\n# Complaints\n\n/);
  });

  describe('where a section belongs', () => {
    const addWithin = (src: string, format: 'html' | 'markdown' | 'plaintext', within?: RegExp, items?: string[]) => {
      const doc = parse(src, format);
      const edit = sectionEdit(doc, 'Your right to object', ['You may object to processing based on our legitimate interests.'], items, { within });
      return edit && applyEdits(src, [edit]);
    };
    it('goes before the sections that close a policy (contact, changes), at their level', () => {
      const src = '# Privacy Policy\n\n## Data\n\nWe collect data.\n\n## Contact us\n\nWrite to us at privacy@example.com.\n\n## Changes to this policy\n\nWe may change it.\n';
      assert.match(add(src, 'markdown'), /We collect data\.\n\n## Complaints\n\nYou may complain[^\n]*\n\n## Contact us\n/);
      const html = '<html><body><main><h1>Privacy</h1><h2>Data</h2><p>We collect data.</p><h2>Questions?</h2><p>Ask us.</p></main></body></html>';
      assert.match(add(html, 'html'), /<p>We collect data\.<\/p><h2>Complaints<\/h2>\n<p>You may complain[^<]*<\/p>\n<h2>Questions\?<\/h2>/);
      // A rights section that mentions contact is not a closing section.
      assert.match(add('# Privacy\n\n## Data\n\nText.\n\n## Your rights and how to contact us\n\nText.\n', 'markdown'), /how to contact us\n\nText\.\n\n## Complaints\n/);
    });
    it('goes before the lines that end the page after its last section: a date, a credit, a place and date', () => {
      for (const closing of ['Last updated: 1 May 2024', '_Jun 2022_', '(Created with Datenschutz-Generator.de by Dr. Thomas Schwenke)', 'Freiburg i. Brsg., 2025', '© 2024 Acme GmbH']) {
        const src = `# Privacy Policy\n\n## Data\n\nWe collect data.\n\n${closing}\n`;
        assert.match(add(src, 'markdown'), new RegExp(`We collect data\\.\\n\\n## Complaints\\n\\nYou may complain[^\\n]*\\n\\n${closing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`), closing);
      }
    });
    it('goes inside the section it belongs to, after its list, as a sub-section', () => {
      const md = '# Privacy\n\n## Your rights\n\nYou have the right to:\n\n- access your data\n- have it erased\n\n## Cookies\n\nWe use none.\n';
      assert.match(addWithin(md, 'markdown', /\brights?\b/i)!, /- have it erased\n\n### Your right to object\n\nYou may object[^\n]*\n\n## Cookies/);
      const html = '<main><h1>Privacy</h1><h2>Your rights</h2><ul><li>Access</li><li>Erasure</li></ul><h2>Cookies</h2><p>None.</p></main>';
      assert.match(addWithin(html, 'html', /\brights?\b/i)!, /<li>Erasure<\/li><\/ul>\n<h3>Your right to object<\/h3>\n<p>You may object[^<]*<\/p><h2>Cookies/);
      // No such section: the usual place.
      assert.match(addWithin('# Privacy\n\n## Data\n\nText.\n', 'markdown', /\brights?\b/i)!, /Text\.\n\n## Your right to object\n/);
      // "Copyright" is not a rights section.
      assert.match(addWithin('# Privacy\n\n## Data\n\nText.\n\n## Copyright\n\nAll rights reserved.\n', 'markdown', /\brights?\b/i)!, /\n\n## Your right to object\n/);
    });
    it('offers no place where the policy has a section on the subject that a new one cannot join (numbered or plain text)', () => {
      // A second "Your right to object" after "Contact" would split the rights in two.
      const numbered = '# Privacy\n\n## 1. Data\n\nText.\n\n## 2. Your rights\n\nYou may access your data.\n\n## 3. Contact\n\nMail us.\n';
      assert.equal(addWithin(numbered, 'markdown', /\brights?\b/i), undefined);
      // Where the rights section is the last one, the new section follows it directly.
      assert.match(addWithin(numbered.replace('## 3. Contact\n\nMail us.\n', ''), 'markdown', /\brights?\b/i)!, /You may access your data\.\n\n## 3\. Your right to object\n/);
      assert.match(addWithin('PRIVACY POLICY\n\nDATA\n\nWe collect data.\n\nYOUR RIGHTS\n\nYou may access your data.\n', 'plaintext', /\brights?\b/i)!, /You may access your data\.\n\nYOUR RIGHT TO OBJECT\n/);
      const roman = '# Privacy\n\n## I. Controller\n\nText.\n\n## II. Rights of data subjects\n\nText.\n\n## III. Cookies\n\nNone.\n';
      assert.equal(addWithin(roman, 'markdown', /\brights?\b/i), undefined);
      const text = 'PRIVACY POLICY\n\nYOUR RIGHTS\n\nYou may access your data.\n\nCOOKIES\n\nWe use none.\n\nCONTACT\n\nMail us.\n';
      assert.equal(addWithin(text, 'plaintext', /\brights?\b/i), undefined);
      // Before the closing "Contact" section, right after the rights: that place is next to them.
      assert.match(addWithin(text.replace('COOKIES\n\nWe use none.\n\n', ''), 'plaintext', /\brights?\b/i)!, /You may access your data\.\n\nYOUR RIGHT TO OBJECT\n\nYou may object[^\n]*\n\nCONTACT\n/);
      // Without such a section, the usual place; "All rights reserved" is no rights section.
      assert.match(addWithin('# Privacy\n\n## 1. Data\n\nText.\n\n## 2. Copyright\n\nAll rights reserved.\n', 'markdown', /\brights?\b/i)!, /## 3\. Your right to object\n/);
    });
    it('goes before a thematic break that sets the page\'s foot apart (a sign-off, footnotes, an address)', () => {
      const feet = ['Thank you for reading.\n\nAcme Ltd, 1 High Street, London', '[^1]: As defined by the GDPR.', 'Phone: 0123 456 789'];
      for (const foot of feet) {
        for (const rule of ['---', '***', '___', '- - -', '<hr>', '<hr />']) {
          const src = `# Privacy Policy\n\n## Data\n\nWe collect data.\n\n${rule}\n\n${foot}\n`;
          const out = add(src, 'markdown');
          assert.ok(out.startsWith(`# Privacy Policy\n\n## Data\n\nWe collect data.\n\n## Complaints\n\nYou may complain to the supervisory authority.\n\n${rule}\n\n${foot}\n`), `${rule} / ${foot}: ${out}`);
        }
      }
      const html = '<main><h1>Privacy</h1><h2>Data</h2><p>We collect data.</p>\n<hr>\n<p>Acme Ltd, London</p></main>';
      assert.match(add(html, 'html'), /<p>We collect data\.<\/p>\n<h2>Complaints<\/h2>\n<p>You may complain[^<]*<\/p>\n<hr>\n<p>Acme Ltd/);
    });
    it('offers no place in a numbered page whose last section is a card nested deeper than the others', () => {
      const card = '<article>\n\t<section>\n\t\t<h2>8. Changes</h2>\n\t\t<p>We may update this policy.</p>\n\t</section>\n\t<section class="card">\n\t\t<div class="flex">\n\t\t\t<div>\n\t\t\t\t<h2>9. Contact us</h2>\n\t\t\t\t<p>Write to us.</p>\n\t\t\t</div>\n\t\t</div>\n\t</section>\n</article>\n';
      assert.equal(sectionEdit(parse(card, 'html'), 'Complaints', ['You may complain to the supervisory authority.']), undefined);
      // The same sections at one depth: the new one follows the last.
      const flat = '<article>\n\t<section>\n\t\t<h2>8. Changes</h2>\n\t\t<p>We may update this policy.</p>\n\t</section>\n\t<section>\n\t\t<h2>9. Contact us</h2>\n\t\t<p>Write to us.</p>\n\t</section>\n</article>\n';
      assert.match(add(flat, 'html'), /Write to us\.<\/p>\n<h2>10\. Complaints<\/h2>/);
    });
    it('offers no place in a page saved as text with its foot: site links, a copyright line, then a cookie banner', () => {
      const saved = '# Privacy Policy\n\n## 7. Your rights\n\nYou may access your data.\n\n![Acme](https://acme.example/logo.svg)\n\n### Company\n\n  * About Us\n  * Contact\n\n© Acme 2019. All rights reserved.\n\n#### WE USE COOKIES\n\nBy using this site, you agree to our use of cookies.\n\nOK  LEARN MORE\n';
      assert.equal(sectionEdit(parse(saved, 'markdown'), 'Complaints', ['You may complain to the supervisory authority.']), undefined);
      // A copyright line that ends the policy (with at most two short lines after it) leaves the usual place.
      assert.match(add('# Privacy Policy\n\n## Data\n\nWe collect data.\n\n© 2024 Acme Ltd. All rights reserved.\n', 'markdown'), /## Complaints\n/);
    });
    it('a rule that is not a page foot leaves the place as it was: a setext heading, a rule before more sections', () => {
      // "Contact\n---" is a heading in Markdown, not a rule.
      assert.match(add('# Privacy\n\n## Data\n\nWe collect data.\n\nContact\n---\n\nMail us.\n', 'markdown'), /We collect data\.\n\n## Complaints\n\nYou may complain[^\n]*\n\nContact\n---/);
      // A rule between sections, with a heading after it: the section goes after the last one.
      assert.match(add('# Privacy\n\n## Data\n\nWe collect data.\n\n---\n\n## Cookies\n\nNone.\n', 'markdown'), /## Cookies\n\nNone\.\n\n## Complaints\n/);
      // A rule right under the last heading, before its text: not a foot.
      assert.match(add('# Privacy\n\n## Data\n\n---\n\nWe collect data.\n', 'markdown'), /We collect data\.\n\n## Complaints\n/);
    });
    it('numbers a section where the top sections are numbered, and puts it last', () => {
      const md = '# Privacy\n\n## 1. Data\n\nText.\n\n## 2. Your rights\n\nText.\n\n## 3. Contact\n\nMail us.\n';
      assert.match(add(md, 'markdown'), /Mail us\.\n\n## 4\. Complaints\n\nYou may complain/);
      assert.match(addWithin(md.replace('Your rights', 'Cookies'), 'markdown', /\brights?\b/i)!, /Mail us\.\n\n## 4\. Your right to object\n/);
      const roman = '# Privacy\n\n## I. Controller\n\nText.\n\n## II. Data\n\nText.\n';
      assert.match(add(roman, 'markdown'), /## III\. Complaints\n/);
    });
    it('writes the template in the voice of a policy written in the first person singular', () => {
      const src = '# Privacy Policy\n\n## Data\n\nI run this blog on my own. I collect your e-mail address when you write to me. I use it only to answer you, and I delete my copy after a year.\n';
      const doc = parse(src, 'markdown');
      const edit = sectionEdit(doc, 'Who we are', ['We are the controller. Contact us at [e-mail]. Our address is [address].'])!;
      assert.match(edit.newText, /## Who I am\n\nI am the controller\. Contact me at \[e-mail\]\. My address is \[address\]\./);
      assert.match(add('# Privacy\n\n## Data\n\nWe collect data. We use it. Our team reads it.\n', 'markdown'), /You may complain/, 'a "we" policy is left as it is');
    });
    it('goes before a "Last update:" line and a rule that end the page; an HTML page without headings gets a bold paragraph', () => {
      assert.match(add('# Privacy\n\n## Data\n\nWe collect data.\n\nLast update: 23rd May 2018\n', 'markdown'), /We collect data\.\n\n## Complaints\n\nYou may complain[^\n]*\n\nLast update: 23rd May 2018\n$/);
      const html = '<p><strong>Privacy Policy</strong></p><p>We collect data.</p><p><strong>Contact</strong></p><p>Write to us.</p>';
      assert.match(add(html, 'html'), /<p><strong>Complaints<\/strong><\/p>\n<p>You may complain/);
    });

    it('plain text written with Markdown heading marks keeps them, at the level of its sections', () => {
      const src = '# Privacy Policy\n\nWe take your privacy seriously.\n\n## Cookies\n\nWe use none.\n\n## Third parties\n\nWe share nothing.\n';
      assert.match(add(src, 'plaintext'), /We share nothing\.\n\n## Complaints\n\nYou may complain/);
      // Mixed: only some lines have marks (a "#1" tag is no heading mark): plain lines as before.
      assert.match(add('PRIVACY POLICY\n\nWe take care.\n\nCOOKIES\n\nWe use none.\n\n## Other\n\nText.\n', 'plaintext'), /\n\nCOMPLAINTS\n\n/);
    });
    it('takes the level of the sections under a title that opens the document, whatever the title\'s level', () => {
      assert.match(add('## GDPR note\n\n### Data\n\nWe collect data.\n\n### Rights\n\nYou may access it.\n', 'markdown'), /You may access it\.\n\n### Complaints\n/);
      // Two headings at the title's level: they are sections themselves.
      assert.match(add('## Privacy notice\n\n### Data\n\nWe collect data.\n\n## Other uses\n\nNone.\n', 'markdown'), /None\.\n\n## Complaints\n/);
    });
    it('never puts a section between the last heading and its text, even when that text reads like a closing line', () => {
      for (const [src, format] of [
        ['# Privacy\n\n## 1. Data\n\nWe collect data.\n\n## 2. Updates\n\nWe may update this policy in 2025.\n', 'markdown'],
        ['<h1>Privacy</h1><h2>1. Data</h2><p>We collect data.</p><h2>2. Updates</h2><p>Last updated 2025.</p>', 'html'],
      ] as const) {
        const out = add(src, format);
        assert.ok(!/Updates(?:<\/h2>|\n\n)(?:<h2>|## )3\. Complaints/.test(out), out);
        assert.match(out, /2025\.(?:<\/p>)?\n(?:\n## |<h2>)3\. Complaints/, out);
      }
    });
    it('follows a Markdown file whose headings are lines in bold', () => {
      const src = 'Unless stated otherwise, we need no data.\n\n**Server Logfiles**\\\nYour browser sends usage data.\n\n**Responsible**\\\nDr. A. Example, Main Street 1.\n';
      assert.match(add(src, 'markdown'), /Main Street 1\.\n\n\*\*Complaints\*\*\n\nYou may complain/);
      // One bold line is emphasis, not a heading style.
      assert.match(add('We need no data.\n\n**Note**\n\nWe use cookies.\n', 'markdown'), /\n\nComplaints\n\nYou may complain/);
    });
    it('follows a Markdown file whose headings are plain lines, and never indents a new list into a code block', () => {
      assert.match(add('Privacy Policy\n\nWe collect your e-mail address.\n\nContact\n\nWrite to us.\n', 'markdown'), /Write to us\.\n\nComplaints\n\nYou may complain/);
      const src = '# Privacy\n\nWe use:\n\n      - Plausible\n\n## Data\n\nText.\n';
      const doc = parse(src, 'markdown');
      const edit = sectionEdit(doc, 'Recipients', ['We share data with:'], ['Stripe'])!;
      assert.match(edit.newText, /\n\n- Stripe$/);
    });
  });
});

describe('sectionEdit: before the policy\'s closing material, at the level of its sections, or no fix', () => {
  const RIGHTS = /\brights?\b/i;
  const edit = (src: string, format: 'html' | 'markdown' | 'plaintext', within?: RegExp) => sectionEdit(parse(src, format), 'Complaints', ['You may complain to the supervisory authority.'], undefined, { within });
  const apply = (src: string, format: 'html' | 'markdown' | 'plaintext', within?: RegExp) => applyEdits(src, [edit(src, format, within)!]);

  it('a "Changes to this privacy policy" section is not the policy: the new section goes before it, at the sections\' level', () => {
    for (const closing of ['Changes to this privacy policy', 'Changes to Privacy Policy', 'Updates to this Privacy Notice']) {
      const src = `# Privacy\n\n## Data we collect\n\nWe collect your e-mail address.\n\n## Your rights\n\nYou may ask for a copy.\n\n## ${closing}\n\nWe may amend this policy.\n\nLast updated: March 2025\n`;
      const out = apply(src, 'markdown');
      assert.match(out, new RegExp(`You may ask for a copy\\.\\n\\n## Complaints\\n\\nYou may complain[^\\n]*\\n\\n## ${closing}`), closing);
    }
  });

  it('a Markdown policy whose sections are lines in bold under its title gets a line in bold, before its closing ones', () => {
    const src = '# GDPR Compliance Notice\n\n**Introduction**\nWe run the conference.\n\n**Your Rights**\nYou may ask for a copy.\n\n**Changes to This Notice**\nWe may update this notice.\n\n**Contact Us**\nWrite to us.\n';
    assert.match(apply(src, 'markdown'), /You may ask for a copy\.\n\n\*\*Complaints\*\*\n\nYou may complain[^\n]*\n\n\*\*Changes to This Notice\*\*/);
    // Not a single bold line, nor bold lines under several headings: those documents keep their headings.
    const one = '# Privacy\n\n**Introduction**\nWe run the conference.\n\nYou may ask for a copy.\n';
    assert.doesNotMatch(apply(one, 'markdown'), /\*\*Complaints\*\*/);
  });

  it('a page\'s "Download PDF" button and a closing "License" section end the policy: the new section goes before them', () => {
    const pdf = '# Privacy\n\n## Data we collect\n\nYour e-mail address.\n\n## Your rights\n\nYou may ask for a copy.\n\n<a role="button" href="/policy.pdf" class="btn">Download PDF</a>\n';
    assert.match(apply(pdf, 'markdown'), /You may ask for a copy\.\n\n## Complaints\n\nYou may complain[^\n]*\n*<a role="button"/);
    const licence = '# Privacy\n\n## Data we collect\n\nYour e-mail address.\n\n## Your rights\n\nYou may ask for a copy.\n\n## License\n\nThis text is adapted from the Matomo privacy template (CC BY 4.0).\n';
    assert.match(apply(licence, 'markdown'), /You may ask for a copy\.\n\n## Complaints\n\nYou may complain[^\n]*\n\n## License/);
  });

  it('a numbered Markdown policy gets the next number, before a thematic break and the foot, not a sub-section of "Changes"', () => {
    const src = '# Privacy\n\n## 1. Information We Collect\n\nYour name.\n\n## 2. Information Use\n\nTo reply.\n\n## 3. Changes to Privacy Policy\n\nWe may update it.\n\n--------\n\nThank you for your trust!\n\n> Last Updated: Apr 20, 2023\n';
    assert.match(apply(src, 'markdown'), /We may update it\.\n\n## 4\. Complaints\n\nYou may complain[^\n]*\n\n--------/);
  });

  it('a sub-section of the last section (the rights) goes before the rule and the "Last update" line that end the page', () => {
    for (const foot of ['-----\n\nLast update: 23rd May 2018', '---\n\nEffective as of December 1, 2018', 'Version: May 2018']) {
      const src = `## Privacy notice\n\n### Why do we collect this information?\n\nTo run the group.\n\n### What are your rights?\n\nYou may ask for a copy of your data.\n\nContact us to exercise these rights.\n\n${foot}\n`;
      const out = apply(src, 'markdown', RIGHTS);
      assert.match(out, /Contact us to exercise these rights\.\n\n#### Complaints\n\nYou may complain[^\n]*\n\n(?:-{3,}|Version)/, foot);
    }
  });

  it('offers no section where the policy ends with a "Changes" section one level below its sections', () => {
    const src = '### Types of data we collect\n\nYour e-mail address.\n\n### Mailing list\n\nWe use MailChimp.\n\n#### Changes to this Privacy Policy\n\nAny changes will be made here. Last Updated: 7/12/2018\n';
    assert.equal(edit(src, 'markdown'), undefined);
    // Near miss: a "Contact" heading one level down ends many policies; the section follows it (judged right).
    const contact = '## Why we collect data\n\nTo run the church.\n\n## Security\n\nWe lock the office.\n\n#### Contact:\n\nPlease contact the treasurer.\n';
    assert.ok(edit(contact, 'markdown'));
  });

  it('plain text: before "Changes" and "Contact" where the address lines after them read as headings', () => {
    const src = 'Privacy Policy\n\nCollection of your Personal Information\nWe collect your name and e-mail address when you sign up.\n\nOpt-Out & Unsubscribe\nYou can unsubscribe from our e-mails at any time by clicking the link in them.\n\nChanges to this Statement\nWe may update this Statement from time to time, and will tell you by e-mail.\n\nContact Information\nPlease contact us at:\n\nAcme Digital, LLC\n5024 S Ellis, Unit 2\nChicago, Illinois 60615\n\nEffective as of December 1, 2018\n';
    const out = apply(src, 'plaintext');
    assert.match(out, /by clicking the link in them\.\n\nComplaints\n\nYou may complain[^\n]*\n\nChanges to this Statement/);
  });

  it('plain text numbered at the sections\' level takes the next number, whatever the short lines under the sections', () => {
    const src = 'Privacy Policy for Acme\n\n1. Information We Collect\n\nWe collect:\n    Product barcode\n    Email address\n\n2. Data Security\n\nWe use:\n    HTTPS for all API communications\n    Automatic session expiration\n\n3. Contact Us\n\nFor privacy concerns, email: privacy@acme.example\n';
    const out = apply(src, 'plaintext');
    assert.match(out, /\n4\. Complaints\n/);
  });

  it('HTML: never inside a form or a navigation block at the end of the page, nor in a <div id="footer">', () => {
    const form = '<html><body><main><h1>Privacy</h1><h2>1. Data</h2><p>We collect data.</p><h2>2. Booking</h2><p>Send us a request.</p><form><p><input name="a"></p><p><button>Send request</button></p></form></main></body></html>';
    const out = apply(form, 'html');
    assert.match(out, /Send us a request\.<\/p>\n<h2>3\. Complaints<\/h2>/);
    const footer = '<html><body><div id="content"><h1>Privacy</h1><h2>Data</h2><p>We collect data.</p></div>\n<div id="footer"><div id="footer_left"><ul><li><a href="/">Home</a></li><li><a href="/join">Join us</a></li></ul></div></div></body></html>';
    assert.match(apply(footer, 'html'), /We collect data\.<\/p>\n<h2>Complaints<\/h2>\n<p>You may complain[^<]*<\/p><\/div>\n<div id="footer">/);
  });

  it('HTML: before the page\'s <footer> even when the footer has headings of its own', () => {
    const page = '<html><body><div class="content"><h1>Privacy Policy</h1><h2>Data</h2><p>We collect data.</p><h2>Cookies</h2><p>We use cookies.</p></div>\n<footer><h4>Quick links</h4><ul><li><a href="/">Home</a></li></ul><h4>Contact</h4><p>&copy; 2025 Acme. All rights reserved.</p></footer></body></html>';
    const out = apply(page, 'html');
    assert.match(out, /We use cookies\.<\/p>\n<h2>Complaints<\/h2>\n<p>You may complain[^<]*<\/p><\/div>\n<footer>/);
  });

  it('one level below the policy\'s own heading, however it is worded ("Privacy and Spam Policy" under a site banner)', () => {
    const html = '<html><body><h1>The MirandaNet Fellowship</h1><h2>Privacy and Spam Policy</h2><p>We collect your e-mail address.</p><p>We never sell it.</p></body></html>';
    assert.match(apply(html, 'html'), /We never sell it\.<\/p>\n<h3>Complaints<\/h3>/);
    // A last section about other sites' policies is no title: the new section takes the level of the sections.
    const md = '### Data we collect\n\nYour e-mail address.\n\n### Cookies\n\nSession cookies only.\n\n### Privacy policies of other websites\n\nOther sites have their own policies.\n';
    assert.match(apply(md, 'markdown'), /\n### Complaints\n/);
  });

  it('before the "Back to the top" and "Back" links that end the page, in HTML and Markdown', () => {
    const html = '<html><body><h1>Privacy</h1><h2>Data</h2><p>We collect data.</p>\n<p>[<a href="#top">Back to the top</a>]</p>\n<p>[<a href="javascript:history.back()">Back</a>]</p></body></html>';
    assert.match(apply(html, 'html'), /We collect data\.<\/p>\n<h2>Complaints<\/h2>\n<p>You may complain[^<]*<\/p>\n<p>\[<a href="#top">Back to the top/);
    const md = '# Privacy\n\n## Data\n\nWe collect data.\n\n[Back to top](#top)\n';
    assert.match(apply(md, 'markdown'), /We collect data\.\n\n## Complaints\n\nYou may complain[^\n]*\n\n\[Back to top\]/);
  });
});
