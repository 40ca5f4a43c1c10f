// `npm run test:e2e`, continued: the extension's own page in the Extensions view, as a person finds it
// after installing the .vsix: the icon, the README written for users (not the developer material,
// which is in CONTRIBUTING.md), and the changelog. Same harness as vscode.e2e.ts.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import type { FrameLocator, Locator } from 'playwright-core';
import { Session, sessionPerTest, T, until } from './harness';
import { ROOT } from './setup';

/** The `## ` headings of a Markdown file, as text: what the details page must show, in order. */
function sectionHeadings(file: string): string[] {
  const tokens = new MarkdownIt({ html: true }).parse(fs.readFileSync(path.join(ROOT, file), 'utf8'), {});
  return tokens.flatMap((t, i) => t.type === 'heading_open' && t.tag === 'h2' ? [tokens[i + 1].content] : []);
}

describe('PolicyLint in VS Code: the extension\'s page', function () {
  this.timeout(5 * 60_000);
  const e2e = sessionPerTest('details-');
  let s: Session;
  beforeEach(() => { s = e2e.session(); });

  /** The document of the webview the extension editor shows its README or changelog in. */
  function webview(): FrameLocator {
    return s.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  }

  /** Waits until an <img> has loaded a picture of the given size (a missing or broken icon has none). */
  async function loadedSize(img: Locator): Promise<[number, number]> {
    return until('the icon to load', async () => {
      const size = await img.evaluate((el) => {
        const i = el as HTMLImageElement;
        return i.complete && i.naturalWidth ? [i.naturalWidth, i.naturalHeight] as [number, number] : null;
      });
      return size;
    }, T.ui);
  }

  it('the Extensions view shows PolicyLint with its icon; its page shows the README for users and the changelog', async () => {
    await s.start(e2e.browser());
    await s.page.keyboard.press('Control+Shift+X');
    const entry = s.page.locator('.extensions-viewlet .monaco-list-row', { has: s.page.locator('.extension-list-item .name', { hasText: /^PolicyLint$/ }) }).first();
    await entry.waitFor({ state: 'visible', timeout: T.lint });
    assert.deepEqual(await loadedSize(entry.locator('img.icon')), [128, 128]);

    await entry.click();
    const editor = s.page.locator('.extension-editor').first();
    await editor.locator('.header .name', { hasText: /^PolicyLint$/ }).waitFor();
    assert.deepEqual(await loadedSize(editor.locator('.header .icon-container img.icon')), [128, 128]);

    // Details: the README as the source has it, section by section, ending with the short Development section.
    const body = webview().locator('body');
    const headings = sectionHeadings('README.md');
    assert.ok(headings.includes('What it finds') && headings.includes('Privacy: nothing leaves the machine') && headings.at(-2) === 'Development', headings.join(' | '));
    const shown = await until('the details page to show the README', async () => {
      const h2 = await webview().locator('h2').allInnerTexts().catch(() => [] as string[]);
      return h2.length === headings.length ? h2 : null;
    }, T.lint);
    assert.deepEqual(shown.map((h) => h.trim()), headings);
    const text = await body.innerText();
    assert.match(text, /gdpr-article-mismatch/);
    assert.match(text, /npm ci\s+npm test/);
    assert.doesNotMatch(text, /To run the tests:\s+npm install && npm test|End-to-end tests|Adding a rule/);

    // The Changelog tab exists because the .vsix carries CHANGELOG.md, and shows it.
    await editor.locator('.navbar .action-label', { hasText: /^Changelog$/ }).click();
    const changelog = await until('the Changelog tab to show the changelog', async () => {
      const h = await webview().locator('h1, h2').allInnerTexts().catch(() => [] as string[]);
      return h.includes('Changelog') && h.includes('Unreleased') ? h : null;
    }, T.lint);
    assert.deepEqual(changelog.map((h) => h.trim()), ['Changelog', ...sectionHeadings('CHANGELOG.md')]);
  });
});
