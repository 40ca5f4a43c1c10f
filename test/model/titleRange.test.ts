// Where a finding about the whole document is shown: the policy's title, by its words.
import assert from 'node:assert/strict';
import { parse } from '../../rules/model/parse';
import type { Format } from '../../rules/model/types';
import { findings } from '../helpers';

const title = (text: string, format: Format) => {
  const r = parse(text, format).titleRange();
  return text.slice(r.start, r.end);
};

describe('PolicyDocument.titleRange', () => {
  const cases: Array<[Format, string, string]> = [
    ['markdown', '# Privacy Policy\n\nWe collect your e-mail address.\n', 'Privacy Policy'],
    ['html', '<html><body><h1 class="t">Privacy Policy</h1><p>We collect data.</p></body></html>', 'Privacy Policy'],
    // A company name or a site banner above the policy's own title is not the title.
    ['plaintext', '\n\nJitOps Cloud\n\nWebsite Privacy Policy\n\nWe collect your e-mail address.\n', 'Website Privacy Policy'],
    ['html', '<h1>The MirandaNet Fellowship</h1><h2>Cookie Policy</h2><p>We use cookies.</p>', 'Cookie Policy'],
    ['markdown', '# Acme Ltd\n\n## Data protection notice\n\nWe process data.\n', 'Data protection notice'],
    // An opening heading about privacy is the title; a question heads a section.
    ['plaintext', 'OPTSM respects your privacy and safeguards your data\n\nOPTSM Limited is a company.\n\nWHAT DOES THIS PRIVACY POLICY COVER?\n\nThis policy covers our website.\n', 'OPTSM respects your privacy and safeguards your data'],
    ['markdown', '# Acme\n\n## What does this privacy policy cover?\n\nOur website.\n', 'Acme'],
    // No heading names the policy: the first heading, if the document opens with one.
    ['markdown', '# Acme\n\nWe collect your e-mail address.\n', 'Acme'],
    ['jsx', 'export default function Page() {\n  return (<main><h1 className="x">Privacy Policy</h1><p>We collect data.</p></main>);\n}\n', 'Privacy Policy'],
  ];
  for (const [format, text, want] of cases) {
    it(`${format}: ${JSON.stringify(want)}`, () => assert.equal(title(text, format), want));
  }

  it('takes a heading for the title only if it names the document, not a section about privacy', () => {
    const text = '---\ntitle: "Privacy"\n---\n\n## Responsible for privacy and data protection\n\nSascha Scherrer\n\n## Data we collect\n\nNone.\n';
    const r = parse(text, 'markdown').titleRange();
    assert.deepEqual([r.start, r.end], [text.indexOf('Responsible'), text.indexOf('Responsible')]);
    assert.equal(title('# Acme\n\n## Privacy Notice\n\nWe collect data.\n', 'markdown'), 'Privacy Notice');
  });

  it('is an empty range at the first word where the document opens with no heading', () => {
    const text = '   We collect your e-mail address to send the newsletter.\n';
    const r = parse(text, 'plaintext').titleRange();
    assert.deepEqual([r.start, r.end], [3, 3]);
  });

  it('is where the engine shows a rule\'s finding about the whole document', () => {
    const text = 'JitOps Cloud\n\nWebsite Privacy Policy\n\nWe collect your e-mail address and use Google Analytics to count visits.\n';
    const doc = findings(text, 'retention-undefined').filter((f) => f.data?.documentLevel);
    assert.equal(doc.length, 1);
    assert.equal(text.slice(doc[0].start, doc[0].end), 'Website Privacy Policy');
  });
});
