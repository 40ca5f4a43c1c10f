// `npm run test:e2e`: the packaged extension in a real VS Code (code-server), used through Chromium.
// Each test starts from a fresh user-data dir, extensions dir and temp workspace (copies of the corpus
// policies, a README.md that is no policy, and a .policylintrc.json). A failed test leaves a screenshot
// and the logs in .tmp/e2e/<test>/. POLICYLINT_E2E_PICTURES=1 also rewrites the README's pictures in docs/images/.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { corpusPolicies, Session, sessionPerTest, T, until } from './harness';

const ARTICLE_MESSAGE = 'Article 28 GDPR is “Processor”';
/** The whole message, one sentence: the Problems panel shows it, with no legal source or link appended. */
const ARTICLE_FULL_MESSAGE = 'Article 28 GDPR is “Processor”; data-subject rights are in Articles 12–23.';
const MAILCHIMP_MESSAGE = 'MailChimp (Intuit) is missing from the list under “4 Data Processors”: add it.';
const ARTICLE_FIX = 'Replace with Articles 13–22';
/** A configuration with a mistyped rule id (line 3) and a severity that does not exist (line 4). */
const BAD_POLICYLINTRC = '{\n  "rules": {\n    "gdpr-artcle-mismatch": "off",\n    "processor-unlisted": "warn"\n  }\n}\n';
const TYPO_PROBLEM = '"rules.gdpr-artcle-mismatch": unknown rule; did you mean "gdpr-article-mismatch"? (ignored)';
const SEVERITY_PROBLEM = '"rules.processor-unlisted": severity must be one of off, hint, information, warning, error; did you mean "warning"? (the rule\'s default is used)';
const MAILCHIMP_FIX = 'Add “MailChimp” to the list under “4 Data Processors”';
const RETENTION_MESSAGE = '“for as long as necessary” states no retention period: state how long the data is kept.';
const RETENTION_FIX = 'Replace “for as long as necessary” with a period: “for [period] after [event]”';
const PERIOD_MESSAGE = 'Fill in the retention period: “[period]” is a placeholder from a PolicyLint fix.';
const EVENT_MESSAGE = 'Fill in the event the period runs from: “[event]” is a placeholder from a PolicyLint fix.';

describe('PolicyLint in VS Code (code-server + Chromium)', function () {
  this.timeout(5 * 60_000);
  const e2e = sessionPerTest();
  let s: Session;
  let browser: Browser;
  beforeEach(() => { s = e2e.session(); browser = e2e.browser(); });

  /** Opens jitops.txt and waits for both mission diagnostics in the Problems panel. */
  async function openJitops(): Promise<string> {
    await s.start(browser);
    await s.openFile('jitops.txt');
    return s.waitForProblems('the article mismatch and the unlisted processor of jitops.txt',
      (t) => t.includes(ARTICLE_MESSAGE) && t.includes('MailChimp (Intuit)'));
  }

  it('1. installs the packaged .vsix; jitops.txt gets its diagnostics in the Problems panel and a squiggle on the citation', async () => {
    const out = s.installExtension();
    assert.match(out, /successfully installed/i, out);
    assert.ok(s.installedExtensions().some((d) => /^policylint\.policylint-\d/.test(d)), `installed: ${s.installedExtensions().join(', ')}`);
    await s.startServer();
    await s.open(browser);
    await s.openFile('jitops.txt');

    const problems = await s.waitForProblems('the article mismatch and the unlisted processor of jitops.txt',
      (t) => t.includes(ARTICLE_MESSAGE) && t.includes(MAILCHIMP_MESSAGE));
    assert.match(problems, /jitops\.txt/);
    assert.match(problems, /Article 28 GDPR is “Processor”; data-subject rights are in Articles 12–23\.\W+policylint\W+gdpr-article-mismatch\W+\[Ln 100, Col 58\]/);
    assert.match(problems, /MailChimp \(Intuit\) is missing from the list under “4 Data Processors”: add it\.\W+policylint\W+processor-unlisted\W+\[Ln 72, Col 19\]/);
    assert.ok(!/eur-lex|https?:\/\//i.test(problems), `no link in the Problems panel:\n${problems}`);

    // Clicking the finding reveals it in the editor, where an error squiggle lies under "Article 28".
    await s.clickProblem(ARTICLE_MESSAGE);
    const text = await until('"Article 28" to be on screen', () => s.textRect('Article 28'));
    const squiggle = await until('an error squiggle under "Article 28"', async () =>
      (await s.squiggles('error')).find((q) => q.x < text.x + text.width && q.x + q.width > text.x && Math.abs(q.y - text.y) < text.height * 1.5));
    assert.ok(Math.abs(squiggle.x - text.x) < 3 && Math.abs(squiggle.width - text.width) < 6, `squiggle ${JSON.stringify(squiggle)} vs text ${JSON.stringify(text)}`);
    // The status bar counts the findings of the active document.
    await until('the PolicyLint status bar item to count findings', async () => /PolicyLint: [1-9]/.test(await s.page.locator('.statusbar').innerText()));
    await s.picture('diagnostics.png');
  });

  it('2. the quick fix on "Article 28" replaces the citation and the diagnostic disappears', async () => {
    await openJitops();
    await s.clickProblem(ARTICLE_MESSAGE); // reveals the finding in the editor
    await s.clickText('Article 28');
    const menu = await s.openQuickFixMenu();
    const fix = menu.locator('.monaco-list-row', { hasText: ARTICLE_FIX }).first();
    await fix.waitFor({ state: 'visible' });
    const titles = await menu.locator('.monaco-list-row.action').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.trim()));
    assert.deepEqual(titles.slice(0, 1), [ARTICLE_FIX], `menu: ${titles.join(' | ')}`);
    assert.ok(titles.includes('Disable gdpr-article-mismatch for this line') && titles.includes('Show documentation for gdpr-article-mismatch'), titles.join(' | '));
    await s.picture('quick-fix.png');
    await fix.click();
    await fix.waitFor({ state: 'hidden' });

    await until('the editor to show the new citation', async () => (await s.visibleEditorText()).includes('rights as per EU Articles 13–22 ("GDPR")'));
    const problems = await s.waitForProblems('no article mismatch', (t) => !t.includes(ARTICLE_MESSAGE));
    assert.ok(problems.includes('MailChimp (Intuit)'), `the other finding stays:\n${problems}`);
    await s.save();
    await s.waitForFile('jitops.txt', 'hold the fixed citation', (t) => t.includes('rights as per EU Articles 13–22 ("GDPR")') && !t.includes('Article 28'));
  });

  it('3. the quick fix on MailChimp adds it to the list under "4 Data Processors"', async () => {
    await openJitops();
    await s.clickProblem('MailChimp (Intuit)');
    await s.clickText('MailChimp", act as a data processor');
    await s.applyQuickFix(MAILCHIMP_FIX);

    const problems = await s.waitForProblems('no unlisted MailChimp', (t) => !t.includes('MailChimp (Intuit)'));
    assert.ok(problems.includes(ARTICLE_MESSAGE), `the other finding stays:\n${problems}`);
    await s.save();
    const text = await s.waitForFile('jitops.txt', 'list MailChimp', (t) => /- Google\n- Cloudflare\n- 2Checkout\n- MailChimp\n/.test(t));
    const list = text.slice(text.indexOf('\n4 Data Processors\n'));
    assert.match(list.slice(0, 400), /- MailChimp\n/);
  });

  it('4. hovering over a GDPR citation shows the article\'s title, and the finding\'s explanation but not its message again', async () => {
    await openJitops();
    await s.clickProblem(ARTICLE_MESSAGE);
    const text = await until('"Article 28" to be on screen', () => s.textRect('Article 28'));
    // Away from the cursor, then onto the citation, as a person moves the mouse.
    await s.page.mouse.move(text.x + text.width / 2, text.y - 80);
    await s.page.mouse.move(text.x + text.width / 2, text.y + text.height / 2, { steps: 5 });
    const hover = s.page.locator('.monaco-hover:not(.hidden)', { hasText: 'Article 28 GDPR — Processor' }).first();
    await hover.waitFor({ state: 'visible' });
    const shown = await hover.innerText();
    assert.match(shown, /Article 28 GDPR — Processor/);
    assert.match(shown, /Chapter IV/);
    // VS Code's problem hover shows the message once; PolicyLint's part adds the explanation and the
    // source, never the message again.
    assert.equal(shown.split(ARTICLE_FULL_MESSAGE).length - 1, 1, `the message once:\n${shown}`);
    assert.match(shown, /this sentence cites it for something it does not deal with/);
    assert.match(shown, /Source: GDPR Art\. 28/);
    await s.picture('hover.png');
  });

  it('5. README.md in the same workspace gets no PolicyLint problems', async () => {
    await openJitops(); // the server is up and linting
    await s.openFile('README.md');
    await until('the status bar to show no findings for README.md', async () => /PolicyLint: ✓/.test(await s.page.locator('.statusbar').innerText()), T.lint);
    const rows = await s.problemRows();
    assert.ok(!rows.some((r) => /README\.md/.test(r)), `Problems panel:\n${rows.join('\n')}`);
    assert.ok(rows.some((r) => /jitops\.txt/.test(r)), `Problems panel:\n${rows.join('\n')}`);
  });

  it('6. turning a rule off in .policylintrc.json removes its diagnostics without a reload', async () => {
    await openJitops();
    await s.openFile('.policylintrc.json');
    // Double-click the value of processor-unlisted, type "off" over it, and save.
    await s.clickText('"processor-unlisted": "warning"', 'warning', 2);
    await s.page.keyboard.type('off');
    await s.save();
    await s.waitForFile('.policylintrc.json', 'turn processor-unlisted off', (t) => { try { return JSON.parse(t).rules['processor-unlisted'] === 'off'; } catch { return false; } });

    const problems = await s.waitForProblems('no processor-unlisted finding', (t) => !t.includes('processor-unlisted') && t.includes(ARTICLE_MESSAGE));
    assert.ok(!problems.includes('MailChimp (Intuit)'), problems);
    assert.ok(!/policylintrc/.test(problems), `no problem in the configuration:\n${problems}`);
  });

  it('7. "PolicyLint: Lint Workspace" (F1) fills the Problems panel for every policy file', async () => {
    await s.start(browser);
    await s.runCommand('PolicyLint: Lint Workspace');
    const policies = corpusPolicies();
    const toast = s.page.locator('.notifications-toasts .notification-toast', { hasText: /PolicyLint: \d+ findings? in \d+ polic/ }).first();
    await toast.waitFor({ state: 'visible', timeout: T.lint });
    const summary = await toast.innerText();
    assert.match(summary, new RegExp(`in ${policies.length} policies`), summary);

    // One collapsed row per file: every policy, and not the README.
    await s.showProblems();
    await s.problemsPanel.page().locator('.part.panel .title-actions .action-label[aria-label^="Collapse All"]').click();
    const rows = await until('one Problems row per policy file', async () => {
      const r = await s.problemRows();
      return policies.every((p) => r.some((row) => row.startsWith(p))) ? r : null;
    }, T.lint);
    assert.ok(!rows.some((r) => /README\.md|policylintrc/.test(r)), rows.join('\n'));
    for (const p of policies) assert.match(rows.find((r) => r.startsWith(p))!, /\d/, `${p} has a count of problems`);
    assert.ok(fs.existsSync(path.join(s.workspace, 'README.md')));
  });

  it('11. the retention quick fix writes a template with the cursor on "[period]"; each blank is an information problem until it is filled in', async () => {
    // The test workspace's .policylintrc.json sets retention-undefined to "warning", which its blanks would take
    // too: here the rule runs at its defaults (the vague period a warning, a blank information).
    fs.writeFileSync(path.join(s.workspace, '.policylintrc.json'), '{}\n');
    await s.start(browser);
    await s.openFile('dataops.txt');
    await s.waitForProblems('the retention warning of dataops.txt', (t) => t.includes(RETENTION_MESSAGE));
    assert.match(await (await s.revealProblem(RETENTION_MESSAGE)).locator('.marker-icon').getAttribute('class') ?? '', /\bwarning\b/);
    await s.clickProblem(RETENTION_MESSAGE);
    await s.clickText('for as long as necessary to fulfil');
    await s.applyQuickFix(RETENTION_FIX);
    await until('the editor to show the template', async () => (await s.visibleEditorText()).includes('personal information for [period] after [event]'));

    // The warning is gone; each blank is a PolicyLint problem at information level, with an info squiggle under it.
    await s.waitForProblems('the two blanks and no retention warning', (t) => !t.includes(RETENTION_MESSAGE) && t.includes(PERIOD_MESSAGE) && t.includes(EVENT_MESSAGE));
    for (const message of [PERIOD_MESSAGE, EVENT_MESSAGE]) {
      const row = await s.revealProblem(message);
      assert.match(await row.locator('.marker-icon').getAttribute('class') ?? '', /\binfo\b/, message);
      assert.match(await row.innerText(), /policylint\W+retention-undefined/);
    }
    const blank = await until('"[period]" to be on screen', () => s.textRect('for [period] after', '[period]'));
    await until('an info squiggle under "[period]"', async () => (await s.squiggles('info')).find((q) => Math.abs(q.x - blank.x) < 3 && Math.abs(q.width - blank.width) < 6 && Math.abs(q.y - blank.y) < blank.height * 1.5));

    // The fix put the cursor on "[period]", selected: typing replaces it, and Tab goes on to "[event]".
    await s.page.keyboard.type('two years');
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.type('your last order');
    await until('the editor to show the filled-in period', async () => (await s.visibleEditorText()).includes('personal information for two years after your last order'));
    await s.waitForProblems('no blank left', (t) => !t.includes('is a placeholder from a PolicyLint fix') && !t.includes(RETENTION_MESSAGE));
    await s.save();
    await s.waitForFile('dataops.txt', 'hold the filled-in period', (t) => t.includes('We will only retain your personal information for two years after your last order to fulfil the purposes'));
  });

  /** The problem rows of one file in the Problems panel: the rows after its file row, up to the next file row. */
  async function problemsOf(file: string): Promise<string[]> {
    const rows = await s.problemRows();
    const out: string[] = [];
    let inFile = false;
    for (const r of rows) {
      if (!/\[Ln \d+, Col \d+\]/.test(r)) inFile = r.startsWith(file);
      else if (inFile) out.push(r);
    }
    return out;
  }

  const configStatus = () => s.page.locator('.statusbar-item', { hasText: 'PolicyLint: .policylintrc.json has' });
  const configToasts = () => s.page.locator('.notifications-toasts .notification-toast', { hasText: /policylintrc/i });

  it('12. a mistyped rule id and a wrong severity in .policylintrc.json: one PolicyLint problem each, on its line, with "did you mean", none from the JSON schema; fixed, the problems and the status clear', async () => {
    fs.writeFileSync(path.join(s.workspace, '.policylintrc.json'), BAD_POLICYLINTRC);
    await openJitops();
    // Without opening the file: its problems are listed, each on the key or value at fault, and the status bar says so.
    await s.waitForProblems('the two problems of .policylintrc.json', (t) => t.includes(TYPO_PROBLEM) && t.includes(SEVERITY_PROBLEM));
    assert.deepEqual(await problemsOf('.policylintrc.json'), [`${TYPO_PROBLEM} policylint [Ln 3, Col 5]`, `${SEVERITY_PROBLEM} policylint [Ln 4, Col 27]`]);
    await configStatus().waitFor({ state: 'visible' });
    assert.equal((await configStatus().innerText()).trim(), 'PolicyLint: .policylintrc.json has 2 problems');

    // Open, VS Code's JSON support applies the schema (its description shows on hover) and reports nothing of its own.
    await s.openFile('.policylintrc.json');
    const key = await until('"processor-unlisted" to be on screen', () => s.textRect('"processor-unlisted"'));
    await s.page.mouse.move(key.x + key.width / 2, key.y - 60);
    await s.page.mouse.move(key.x + key.width / 2, key.y + key.height / 2, { steps: 5 });
    await s.page.locator('.monaco-hover:not(.hidden)', { hasText: 'A processor named in the policy but missing from its list' }).first().waitFor({ state: 'visible' });
    await s.moveMouseAway();
    await new Promise((r) => setTimeout(r, 2000)); // time for the JSON language server to validate, had it anything to say
    assert.deepEqual(await problemsOf('.policylintrc.json'), [`${TYPO_PROBLEM} policylint [Ln 3, Col 5]`, `${SEVERITY_PROBLEM} policylint [Ln 4, Col 27]`], 'no duplicate from the JSON schema');

    // The quick fix on the key writes the rule id it suggests.
    await s.clickText('"gdpr-artcle-mismatch"', 'artcle');
    await s.applyQuickFix('Change to "gdpr-article-mismatch"');
    await until('the editor to show the fixed id', async () => (await s.visibleEditorText()).includes('"gdpr-article-mismatch": "off"'));
    await until('one problem left in .policylintrc.json', async () => {
      const rows = await problemsOf('.policylintrc.json');
      return rows.length === 1 && rows[0] === `${SEVERITY_PROBLEM} policylint [Ln 4, Col 27]`;
    }, T.lint);
    assert.equal((await configStatus().innerText()).trim(), 'PolicyLint: .policylintrc.json has 1 problem');

    // Typed over by hand and saved: nothing is left, the status goes, and the policy is linted with the fixed file.
    await s.clickText('"warn"', 'warn', 2);
    await s.page.keyboard.type('warning');
    await s.save();
    await s.waitForFile('.policylintrc.json', 'hold both fixes', (t) => t === BAD_POLICYLINTRC.replace('artcle', 'article').replace('"warn"', '"warning"'));
    const problems = await s.waitForProblems('no configuration problem, and gdpr-article-mismatch off', (t) => !/policylintrc/.test(t) && !t.includes(ARTICLE_MESSAGE));
    assert.ok(problems.includes('MailChimp (Intuit)'), problems);
    await configStatus().waitFor({ state: 'hidden' });

    // A comma deleted: VS Code's JSON support reports the syntax error, PolicyLint does not repeat it; its status says so until undone.
    await s.clickText('"gdpr-article-mismatch": "off",');
    await s.page.keyboard.press('End');
    await s.page.keyboard.press('Backspace');
    await until('one syntax problem in .policylintrc.json', async () => {
      const rows = await problemsOf('.policylintrc.json');
      return rows.length === 1 && !rows[0].includes('policylint') ? rows : null;
    }, T.lint);
    await configStatus().waitFor({ state: 'visible' });
    assert.equal((await configStatus().innerText()).trim(), 'PolicyLint: .policylintrc.json has 1 problem');
    await s.page.keyboard.press('Control+Z');
    await configStatus().waitFor({ state: 'hidden' });
    await until('no problem in .policylintrc.json', async () => (await problemsOf('.policylintrc.json')).length === 0, T.lint);
    assert.equal(await configToasts().count(), 0, 'no notification about the configuration');
  });

  it('13. an HTML policy with no date: the whole-document finding sits on the title\'s words, not its tags; every PolicyLint message is one line of at most 120 characters', async () => {
    const html = '<!doctype html>\n<html><body>\n<main>\n<h1 class="title">Privacy Policy</h1>\n<p>We process your personal data under the GDPR. We keep your e-mail address for as long as necessary.</p>\n<p>You have the right to access your data.</p>\n</main>\n</body></html>\n';
    fs.writeFileSync(path.join(s.workspace, 'title-policy.html'), html);
    await s.start(browser);
    await s.openFile('title-policy.html');
    const NO_DATE = 'The policy gives no “last updated” or effective date: state the date of the current version.';
    await s.waitForProblems('the missing date of title-policy.html', (t) => t.includes(NO_DATE));
    const rows = await problemsOf('title-policy.html');
    // Line 4 is '<h1 class="title">Privacy Policy</h1>': the title's words start at column 19.
    assert.ok(rows.some((r) => r.includes(NO_DATE) && /\[Ln 4, Col 19\]/.test(r)), rows.join('\n'));
    const messages = rows.filter((r) => /policylint\W/.test(r)).map((r) => r.split(/\s+policylint\W/)[0].trim());
    assert.ok(messages.length >= 2, rows.join('\n'));
    for (const m of messages) assert.ok(m.length <= 120 && !m.includes('\n'), `one line of at most 120 characters: ${m}`);
  });
});
