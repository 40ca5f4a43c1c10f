// Where a fix that adds a section puts it, and at which heading level: inside the page's main
// content, never after its footer, scripts or comments; at the level of the document's top sections.
import assert from 'node:assert/strict';
import { parse } from '../../rules/model/parse';
import { appendSectionEdit } from '../../rules/shared/style';
import { applyEdits } from '../../rules/fixes';

const add = (src: string, format: 'html' | 'markdown' | 'plaintext') => {
  const doc = parse(src, format);
  return applyEdits(src, [appendSectionEdit(doc, 'Complaints', ['You may complain to the supervisory authority.'])]);
};

describe('appendSectionEdit', () => {
  const page = (main: string, after: string) => `<html><head><style>p{}</style></head><body><nav><a href="/">Home</a></nav>${main}${after}</body></html>\n`;
  const cases: Array<[string, string, RegExp]> = [
    ['before </main>', page('<main><h1>Privacy</h1><h2>Data</h2><p>We collect data.</p></main>', '<footer><p>© Acme</p></footer><script>x()</script>'), /We collect data\.<\/p>\n<h2>Complaints<\/h2>\n<p>You may complain[^<]*<\/p>\n<\/main><footer>/],
    ['before the last </article>', page('<article><h1>Privacy</h1><p>We collect data.</p></article>', '<div class="modal"><p>Subscribe</p></div>'), /We collect data\.<\/p>\n<h2>Complaints<\/h2>[\s\S]*<\/article><div class="modal">/],
    ['before the footer that follows the last heading', page('<div><h1>Privacy</h1><h2>Data</h2><p>We collect data.</p></div>', '<footer><p>© Acme</p></footer>'), /<\/div>\n<h2>Complaints<\/h2>[\s\S]*<\/p>\n<footer>/],
    ['before scripts at the end of the body', page('<div><h1>Privacy</h1><p>We collect data.</p></div>', '<script src="a.js"></script>\n<!-- analytics --><script>ga()</script>'), /<\/div>\n<h2>Complaints<\/h2>[\s\S]*<\/p>\n<script src="a\.js">/],
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
      const edit = appendSectionEdit(doc, `Section ${i}`, ['Text.']);
      assert.equal(edit.start, src.indexOf('<script>'));
    }
  });

  it('Markdown: a new section takes the level of the top sections, not of the most frequent headings', () => {
    const src = '# Privacy Policy\n\n## Data\n\n### Names\n\nText.\n\n### E-mails\n\nText.\n\n### Logs\n\nText.\n\n## Changes\n\nWe may change this policy.\n';
    assert.match(add(src, 'markdown'), /We may change this policy\.\n\n## Complaints\n\nYou may complain/);
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
});
