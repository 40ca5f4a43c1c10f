// `npm run test:e2e`, continued: policies kept as application pages (a Next.js page.tsx), a component
// that is no policy, and the commands and output channel a user debugs with. Same harness as
// vscode.e2e.ts: a fresh code-server, user-data dir and workspace per test.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { Session, sessionPerTest, T, until } from './harness';
import { ROOT } from './setup';

const MISSION = path.join(ROOT, 'test', 'golden', 'formats-mission');

/** 1-based line and column of the first `needle` in `text`, as the Problems panel shows them. */
function lineCol(text: string, needle: string): string {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const before = text.slice(0, at).split('\n');
  return `[Ln ${before.length}, Col ${before[before.length - 1].length + 1}]`;
}

describe('PolicyLint in VS Code: component pages, commands and output', function () {
  this.timeout(5 * 60_000);
  const e2e = sessionPerTest('components-');
  let s: Session;
  let browser: Browser;
  beforeEach(() => { s = e2e.session(); browser = e2e.browser(); });

  /** Opens a workspace file by its path with Quick Open (Ctrl+P), as a person does in a project's tree. */
  async function quickOpen(rel: string): Promise<void> {
    await s.page.keyboard.press('Control+P');
    const input = s.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(rel);
    const row = s.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: path.basename(rel) }).first();
    await row.waitFor({ state: 'visible' });
    await s.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
    await s.page.locator(`.tabs-container .tab.active[aria-label^="${path.basename(rel)}"]`).first().waitFor();
  }

  it('8. a Next.js app/privacy/page.tsx gets the mission findings at their source positions; a Button.tsx component gets none', async () => {
    const page = fs.readFileSync(path.join(MISSION, 'app', 'privacy', 'page.tsx'), 'utf8');
    fs.mkdirSync(path.join(s.workspace, 'app', 'privacy'), { recursive: true });
    fs.writeFileSync(path.join(s.workspace, 'app', 'privacy', 'page.tsx'), page);
    fs.mkdirSync(path.join(s.workspace, 'components'), { recursive: true });
    fs.copyFileSync(path.join(MISSION, 'Button.tsx'), path.join(s.workspace, 'components', 'Button.tsx'));
    await s.start(browser);

    await quickOpen('app/privacy/page.tsx');
    const problems = await s.waitForProblems('the findings of page.tsx', (t) => /page\.tsx/.test(t) && /gdpr-article-mismatch/.test(t) && /outdated-law-reference/.test(t));
    // The same four mission defects as in the Markdown version, each at the words it is about.
    assert.match(problems, new RegExp(`policylint\\W+gdpr-article-mismatch\\W+\\${lineCol(page, 'Article 28').replace(']', '\\]')}`), problems);
    assert.match(problems, new RegExp(`policylint\\W+outdated-law-reference\\W+\\${lineCol(page, 'EU-U.S. Privacy Shield').replace(']', '\\]')}`), problems);
    assert.match(problems, new RegExp(`policylint\\W+retention-undefined\\W+\\${lineCol(page, 'as long as necessary').replace(']', '\\]')}`), problems);
    assert.match(problems, new RegExp(`policylint\\W+processor-unlisted\\W+\\${lineCol(page, 'Mailchimp').replace(']', '\\]')}`), problems);
    // No PolicyLint finding lands on the code: imports, className, the metadata object (TypeScript's own
    // diagnostics on the imports are not ours).
    // The panel re-renders as TypeScript's own diagnostics arrive: read it once our four rows are all shown.
    const ours = await until('the PolicyLint rows of page.tsx to be shown', async () => {
      const rows = (await s.problemRows()).filter((r) => /policylint\W/.test(r));
      return rows.length >= 4 ? rows : undefined;
    }, T.lint);
    assert.ok(!ours.some((r) => /\[Ln [1-9], /.test(r)), `a finding in the first lines (imports):\n${ours.join('\n')}`);

    // A component that is not a policy: opened, it gets nothing, and the status bar stays hidden.
    await quickOpen('components/Button.tsx');
    await until('the status bar to hide PolicyLint for Button.tsx', async () => !/PolicyLint/.test(await s.page.locator('.statusbar').innerText()), T.lint);
    // The Problems panel groups rows under a row per file: no PolicyLint row under Button.tsx (TypeScript's own
    // diagnostics of the component are not ours).
    let file = '';
    const byFile: string[] = [];
    for (const r of await s.problemRows()) {
      if (!/\[Ln \d+, Col \d+\]/.test(r)) file = r;
      else if (/policylint\W/.test(r)) byFile.push(`${file}: ${r}`);
    }
    assert.ok(!byFile.some((r) => r.startsWith('Button.tsx')), byFile.join('\n'));
    assert.ok(byFile.some((r) => r.startsWith('page.tsx')), byFile.join('\n'));
  });

  it('10. the app depends on @sentry/browser and the policy never names Sentry: the diagnostic, its quick fix, and a new dependency picked up while the policy is open', async () => {
    fs.writeFileSync(path.join(s.workspace, 'package.json'), JSON.stringify({ name: 'shop', private: true, dependencies: { '@sentry/browser': '^8.0.0', react: '^19.0.0' } }, null, 2));
    const policy = '# Privacy Policy\n\nAcme Ltd runs this shop and is the controller of your personal data.\n\n## Processors\n\nWe use the following processors:\n\n- Stripe – payments, United States\n\n## Contact\n\nWrite to privacy@acme.example.\n';
    fs.writeFileSync(path.join(s.workspace, 'shop-privacy.md'), policy);
    await s.start(browser);
    await s.openFile('shop-privacy.md');
    await s.waitForProblems('the undisclosed Sentry', (t) => /shop-privacy\.md/.test(t) && /Sentry/.test(t) && /processor-undisclosed-in-code/.test(t));

    // The quick fix adds Sentry to the list, as a template to complete.
    await s.clickText('## Processors', 'Processors');
    await s.applyQuickFix('Add “Sentry” to the list under “Processors”');
    await s.save();
    await s.waitForFile('shop-privacy.md', 'list Sentry', (t) => /- Stripe – payments, United States\n- Sentry\b/.test(t));
    await s.waitForProblems('no undisclosed Sentry', (t) => !/Sentry/.test(t));

    // A dependency added to package.json while the policy is open: its diagnostic comes without reopening it.
    fs.writeFileSync(path.join(s.workspace, 'package.json'), JSON.stringify({ name: 'shop', private: true, dependencies: { '@sentry/browser': '^8.0.0', 'posthog-js': '^1.200.0', react: '^19.0.0' } }, null, 2));
    await s.waitForProblems('the undisclosed PostHog', (t) => /PostHog/.test(t) && /processor-undisclosed-in-code/.test(t));
  });

  it('9. "PolicyLint: Show Output" shows the server\'s start line; "Fix All Auto-fixable Problems" applies the safe fix and says so', async () => {
    await s.start(browser);
    await s.openFile('jitops.txt');
    await s.waitForProblems('the findings of jitops.txt', (t) => /jitops\.txt/.test(t) && /processor-unlisted/.test(t));

    await s.runCommand('PolicyLint: Show Output');
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
    // The Output view is an editor: its wrapped lines are joined again before reading.
    const output = s.page.locator('.part.panel .monaco-editor .view-lines').first();
    const shown = async () => (await output.innerText().catch(() => '')).replace(/\s+/g, ' ');
    await until('the output channel to show the server\'s start line', async () => (await shown()).includes(`PolicyLint ${version} language server started`), T.lint);
    assert.match(await shown(), /linted \S*jitops\.txt \(version \d+, plaintext\): \d+ findings in [\d.]+ ms/);

    await s.openFile('jitops.txt');
    await s.runCommand('PolicyLint: Fix All Auto-fixable Problems');
    const toast = s.page.locator('.notifications-toasts .notification-toast', { hasText: /PolicyLint: applied 2 safe fixes/ }).first();
    await toast.waitFor({ state: 'visible', timeout: T.lint });
    await s.save();
    // The two safe fixes: MailChimp added to the list, the citation replaced. Templates that need a
    // person (a retention period to fill in) are not applied.
    const text = await s.waitForFile('jitops.txt', 'list MailChimp and cite Articles 13–22', (t) => /- 2Checkout\n- MailChimp\n/.test(t) && t.includes('Articles 13–22'));
    assert.ok(!text.includes('[period]') && !text.includes('Article 28'), 'only the safe fixes are applied');
  });
});
