// Policies written as components and templates (issue 13): a Next.js page.tsx, an MDX page, a
// Vue SFC and an ERB template holding the same policy as privacy-policy.md get the same findings
// (rule, words) at the right source ranges; their fixes keep the file readable by its parser;
// components that are not policies are never linted.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeHTML } from 'entities';
import { lint } from '../../rules/engine';
import { applyEdits } from '../../rules/fixes';
import { OPAQUE } from '../../rules/model/document';
import { jsxParses } from '../../rules/model/jsx';
import { mdxCode } from '../../rules/model/mdx';
import { formatOfPath } from '../../rules/model/parse';
import { templateTags } from '../../rules/model/templates';
import type { Finding, Format } from '../../rules/model/types';
import { isLintedInFolder } from '../../server/cli/files';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, isPolicyDocument } from '../../server/lsp/settings';

const dir = path.join(__dirname, '..', 'golden', 'formats-mission');
const today = new Date('2026-11-23');
const MISSION = new Set(['gdpr-article-mismatch', 'outdated-law-reference', 'retention-undefined', 'processor-unlisted', 'consent-continued-use']);
const FIXTURES = ['app/privacy/page.tsx', 'policy.mdx', 'Privacy.vue', 'privacy.html.erb'];

const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
/** The words a source range shows: entities decoded, white space collapsed. */
const words = (s: string) => decodeHTML(s).replace(/\s+/g, ' ').trim();
const lintFile = (f: string) => { const text = read(f); return { text, format: formatOfPath(f)!, result: lint(text, formatOfPath(f)!, { today }) }; };
const missionFindings = (text: string, findings: Finding[]) => findings.filter((f) => MISSION.has(f.ruleId)).map((f) => `${f.ruleId}: ${words(text.slice(f.start, f.end))}`).sort();

/** Is the file still what its parser reads, with the same template tags or code? */
function stillParses(format: Format, before: string, after: string): boolean {
  if (format === 'jsx') return jsxParses(after);
  const shape = (t: string) => (format === 'mdx' ? mdxCode(t) : templateTags(t, format as 'erb')).map((g) => t.slice(g.start, g.end)).join('\u0000');
  return shape(before) === shape(after);
}

describe('policies in components and templates', () => {
  const reference = lintFile('privacy-policy.md');

  for (const f of FIXTURES) {
    describe(f, () => {
      const { text, format, result } = lintFile(f);

      it('gets the same mission findings (rule, words) as the Markdown policy', () => {
        const expected = missionFindings(reference.text, reference.result.findings);
        assert.equal(expected.length, 5, 'the four mission defects and continued-use consent');
        assert.deepEqual(missionFindings(text, result.findings), expected);
      });

      it('renders the prose of the Markdown policy', () => {
        const doc = result.document;
        const rendered = doc.blocks.map((b) => doc.blockText(b).replace(/\s+/g, ' '));
        // A computed word (OPAQUE) stands for whatever the Markdown says there.
        const shows = (r: string, want: string) => r === want || r.startsWith(want + ' ') || new RegExp(`^${r.split(OPAQUE).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?')}$`).test(want);
        for (const b of reference.result.document.blocks) {
          const want = reference.result.document.blockText(b).replace(/\s+/g, ' ');
          const at = rendered.findIndex((r) => shows(r, want));
          assert.ok(at >= 0, `“${want}” is a block of ${f}`);
          const kind = doc.blocks[at].kind;
          assert.equal(kind, b.kind, `“${want}” is a ${b.kind}`);
        }
      });

      it('places every finding on the source of the words it reports', () => {
        const doc = result.document;
        const visible = doc.text.replace(/\s+/g, ' ');
        for (const x of result.findings) {
          const w = words(text.slice(x.start, x.end));
          if (x.start === x.end || x.ruleId === 'required-disclosure' || x.ruleId === 'policy-date-stale') continue;
          assert.ok(visible.includes(w), `${x.ruleId}: “${w}” is text of the page`);
        }
      });

      it('offers fixes that edit only prose and keep the file parsable', () => {
        let fixes = 0;
        for (const x of result.findings) {
          for (const fix of x.fixes) {
            fixes++;
            const after = applyEdits(text, fix.edits);
            assert.ok(stillParses(format, text, after), `${x.ruleId}: “${fix.title}” keeps ${f} parsable`);
          }
        }
        assert.ok(fixes >= 2, 'the retention and citation fixes at least');
        const retention = result.findings.find((x) => x.ruleId === 'retention-undefined')!;
        const fixed = applyEdits(text, retention.fixes[0].edits);
        const again = lint(fixed, format, { today }).findings.filter((x) => x.ruleId === 'retention-undefined' && words(fixed.slice(x.start, x.end)) === 'as long as necessary');
        assert.equal(again.length, 0, 'the fix resolves its finding');
      });
    });
  }

  it('never lints a component that is not a policy', () => {
    for (const f of ['Button.tsx', 'App.vue']) {
      const p = path.join(dir, f);
      assert.equal(isPolicyDocument(p, read(f), DEFAULT_INCLUDE, DEFAULT_EXCLUDE, true), false, `${f} is not a policy`);
      assert.equal(isLintedInFolder(path.join('src', f)), false, `${f} is passed over in a folder`);
    }
    for (const f of FIXTURES) assert.equal(isPolicyDocument(path.join('/repo', f), read(f), DEFAULT_INCLUDE, DEFAULT_EXCLUDE, true), true, `${f} is a policy`);
    assert.equal(isLintedInFolder('src/app/privacy/page.tsx'), true);
    assert.equal(isLintedInFolder('src/components/Header.tsx'), false);
    assert.equal(isLintedInFolder('docs/guide.md'), true, 'Markdown in a folder is linted as before');
  });

  it('takes a component whose name only contains "dpa", "notice", "cookie" or "policy" for a policy only if its text reads as one', () => {
    const button = read('Button.tsx');
    const notPolicies: Array<[string, string]> = [
      ['src/components/AddPasswordAuthModal.tsx', button], // "aDdPAssword" contains "dpa"
      ['app/views/user_mailer/deletion_notice.html.erb', '<p>Hello <%= @user.name %>, your gem was yanked.</p>'],
      ['src/components/CookieBanner.tsx', 'export const CookieBanner = () => <div>We use cookies. <button>OK</button></div>;'],
      ['templates/security-policy.html.twig', '<h1>Security policy</h1><p>Report vulnerabilities to security@example.com.</p>'],
    ];
    for (const [p, text] of notPolicies) assert.equal(isPolicyDocument(path.join('/repo', p), text, DEFAULT_INCLUDE, DEFAULT_EXCLUDE, true), false, p);
    const policies: Array<[string, string]> = [
      ['templates/cookie-policy.html.twig', '<h1>Cookie Policy</h1><p>We use cookies to keep you signed in.</p>'],
      ['src/pages/legal/Notice.vue', '<template><p>We process personal data to run the site. Your personal data is kept for a year.</p></template>'],
      // A path that names privacy is enough.
      ['app/privacy/page.tsx', 'export default function Page() { return <main>{content}</main>; }'],
    ];
    for (const [p, text] of policies) assert.equal(isPolicyDocument(path.join('/repo', p), text, DEFAULT_INCLUDE, DEFAULT_EXCLUDE, true), true, p);
    // Plain Markdown, HTML and text keep the path rule alone.
    assert.equal(isPolicyDocument('/repo/docs/notice.md', 'Release notes.', DEFAULT_INCLUDE, DEFAULT_EXCLUDE, false), true);
  });

  it('keeps computed words opaque: never prose, never edited', () => {
    const { result } = lintFile('privacy.html.erb');
    assert.ok(result.document.text.includes(`Write to ${OPAQUE}.`), 'an ERB output tag is one opaque word');
    assert.ok(!result.document.text.includes('link_to'));
  });
});
