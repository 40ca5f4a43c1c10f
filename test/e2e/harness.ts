// The end-to-end harness: a temp workspace, a fresh user-data dir with the packaged extension
// installed, code-server serving them on loopback, and Debian's Chromium (driven by playwright-core)
// using the editor as a person would: clicks, keys, the mouse, and what the screen shows.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ROOT, type Tools } from './setup';

export const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');
/** Failure screenshots and logs (gitignored). */
export const ARTIFACTS = path.join(ROOT, '.tmp', 'e2e');
export const PICTURES = path.join(ROOT, 'docs', 'images');
export const takePictures = process.env.POLICYLINT_E2E_PICTURES === '1';
const debug = process.env.POLICYLINT_E2E_DEBUG === '1'
  ? (t0: number, what: string) => process.stderr.write(`      [e2e] ${what} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`)
  : () => undefined;

/** Explicit time-outs (ms): generous, because a cold code-server on 2 cores is slow to start. */
export const T = {
  start: 120_000,
  ui: 30_000,
  lint: 60_000,
};

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The README that must not be linted: it would be a policy by its content, but `exclude` wins. */
export const README_TEXT = '# Our project\n\nThis privacy notice explains how we process personal data. We keep personal data indefinitely.\nSee Article 100 of the GDPR.\n';
export const POLICYLINTRC = { rules: { 'retention-undefined': 'warning', 'processor-unlisted': 'warning' } };

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.wordWrap': 'on',
  'editor.hover.delay': 300,
};

export function makeWorkspace(ws: string): string {
  fs.mkdirSync(ws, { recursive: true });
  for (const f of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt'))) fs.copyFileSync(path.join(CORPUS, f), path.join(ws, f));
  fs.writeFileSync(path.join(ws, 'README.md'), README_TEXT);
  fs.writeFileSync(path.join(ws, '.policylintrc.json'), JSON.stringify(POLICYLINTRC, null, 2) + '\n');
  return ws;
}

export function corpusPolicies(): string[] {
  return fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
    req.on('error', () => resolve(0));
    req.setTimeout(5000, () => { req.destroy(); resolve(0); });
  });
}

/** Polls `check` until it returns a truthy value, or fails with `what` after `timeout` ms. */
export async function until<V>(what: string, check: () => V | Promise<V>, timeout = T.ui, every = 200): Promise<NonNullable<V>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as NonNullable<V>;
    } catch (e) { last = e; }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

export interface Rect { x: number; y: number; width: number; height: number }

/**
 * Runs in the page (as a string, so that no build step rewrites it): the rectangle of the first
 * occurrence of `needle` in the rendered view lines, or of `part` of it. Monaco splits a line into
 * several spans.
 */
const PAGE_HELPERS = `
window.__policylintTextRect = function (root, needle, part) {
  var lines = root.querySelectorAll('.view-line');
  for (var i = 0; i < lines.length; i++) {
    var nodes = [];
    var walker = document.createTreeWalker(lines[i], NodeFilter.SHOW_TEXT);
    for (var n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    var full = nodes.map(function (t) { return t.data; }).join('').replace(/\u00a0/g, ' ');
    var at = full.indexOf(needle);
    if (at < 0) continue;
    var locate = function (offset, end) {
      var pos = 0;
      for (var j = 0; j < nodes.length; j++) {
        var len = nodes[j].data.length;
        if (offset < pos + len || (end && offset === pos + len)) return [nodes[j], offset - pos];
        pos += len;
      }
      return [nodes[nodes.length - 1], nodes[nodes.length - 1].data.length];
    };
    var from = at + (part ? needle.indexOf(part) : 0), to = part ? from + part.length : at + needle.length;
    var range = document.createRange();
    var a = locate(from, false), b = locate(to, true);
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1]);
    var r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }
  return null;
};
`;

let browser: Browser | undefined;

export async function launchBrowser(tools: Tools): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: tools.chromium, headless: true, args: CHROMIUM_ARGS, timeout: T.start });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** One test's editor: its own workspace, user-data dir, extensions dir, code-server and browser context. */
export class Session {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-e2e-'));
  readonly userData = path.join(this.dir, 'user-data');
  readonly extensions = path.join(this.dir, 'extensions');
  readonly workspace = makeWorkspace(path.join(this.dir, 'policies'));
  readonly log = path.join(this.dir, 'code-server.log');
  server?: ChildProcess;
  context?: BrowserContext;
  page!: Page;
  port = 0;

  constructor(readonly tools: Tools) {
    fs.mkdirSync(path.join(this.userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(this.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  }

  private env(): NodeJS.ProcessEnv {
    // code-server's own config and data go to this session's folder, not to the user's home.
    return {
      ...process.env,
      PATH: `${path.dirname(this.tools.node)}${path.delimiter}${process.env.PATH ?? ''}`,
      XDG_CONFIG_HOME: path.join(this.dir, 'config'),
      XDG_DATA_HOME: path.join(this.dir, 'data'),
      VSCODE_PROXY_URI: '',
    };
  }

  /** `code-server --install-extension policylint.vsix` into this session's dirs; returns what it printed. */
  installExtension(): string {
    const r = spawnSync(this.tools.node, [this.tools.codeServer, '--user-data-dir', this.userData, '--extensions-dir', this.extensions, '--install-extension', this.tools.vsix],
      { env: this.env(), encoding: 'utf8', timeout: T.start });
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    if (r.status !== 0) throw new Error(`code-server --install-extension exited with ${r.status ?? r.signal}:\n${out}`);
    return out;
  }

  installedExtensions(): string[] {
    return fs.existsSync(this.extensions) ? fs.readdirSync(this.extensions).filter((d) => !d.startsWith('.') && d !== 'extensions.json') : [];
  }

  async startServer(): Promise<void> {
    this.port = await freePort();
    const out = fs.openSync(this.log, 'a');
    this.server = spawn(this.tools.node, [this.tools.codeServer,
      '--auth', 'none', '--bind-addr', `127.0.0.1:${this.port}`,
      '--user-data-dir', this.userData, '--extensions-dir', this.extensions,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      this.workspace], { env: this.env(), stdio: ['ignore', out, out], detached: true });
    fs.closeSync(out);
    const exited = new Promise<never>((_, reject) => this.server!.once('exit', (code) => reject(new Error(`code-server exited with ${code}; see ${this.log}:\n${fs.readFileSync(this.log, 'utf8').slice(-2000)}`))));
    await Promise.race([exited, until('code-server to answer /healthz', async () => await httpStatus(`http://127.0.0.1:${this.port}/healthz`) === 200, T.start, 250)]);
  }

  /** Opens the workbench on the workspace in a new browser context (fresh storage) and waits for the Explorer. */
  async open(browser: Browser): Promise<Page> {
    this.context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await this.context.addInitScript({ content: PAGE_HELPERS });
    this.page = await this.context.newPage();
    this.page.setDefaultTimeout(T.ui);
    await this.page.goto(`http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(this.workspace)}`, { timeout: T.start });
    await this.page.locator('.monaco-workbench').waitFor({ timeout: T.start });
    await this.explorerItem('jitops.txt').waitFor({ timeout: T.start });
    return this.page;
  }

  async start(browser: Browser): Promise<Page> {
    let t0 = Date.now();
    this.installExtension();
    debug(t0, 'extension installed');
    t0 = Date.now();
    await this.startServer();
    debug(t0, 'code-server up');
    t0 = Date.now();
    const page = await this.open(browser);
    debug(t0, 'workbench open');
    return page;
  }

  // --- the workbench, as a person sees it -------------------------------------------------------

  explorerItem(name: string): Locator {
    return this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"], .explorer-folders-view .monaco-list-row:has(.label-name:text-is("${name}"))`).first();
  }

  /**
   * Double-clicks a file in the Explorer (which keeps its editor open, where a single click opens a
   * preview that the next file replaces) and waits for its editor tab to be active.
   */
  async openFile(name: string): Promise<void> {
    await this.explorerItem(name).dblclick();
    await this.page.locator(`.tabs-container .tab.active[aria-label^="${name}"], .tabs-container .tab.active:has(.label-name:text-is("${name}"))`).first().waitFor();
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
  }

  get problemsPanel(): Locator {
    return this.page.locator('.markers-panel');
  }

  /** Shows the Problems panel (Ctrl+Shift+M), unless it is already visible. */
  async showProblems(): Promise<void> {
    if (await this.problemsPanel.isVisible()) return;
    await this.page.keyboard.press('Control+Shift+M');
    await this.problemsPanel.waitFor({ state: 'visible' });
  }

  private async frame(): Promise<void> {
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  /** The Problems list, its box, and whether it scrolls (has more rows than it shows). */
  private async problemsList(): Promise<{ list: Locator; box: { x: number; y: number; width: number; height: number } | null; scrolls: boolean }> {
    await this.showProblems();
    const list = this.problemsPanel.locator('.monaco-list').first();
    if (!await list.count()) return { list, box: null, scrolls: false };
    const box = await list.boundingBox();
    const scrolls = await list.evaluate((el) => {
      const slider = el.querySelector('.scrollbar.vertical .slider') as HTMLElement | null;
      return !!slider && slider.offsetHeight > 0 && slider.offsetHeight < (slider.parentElement as HTMLElement).offsetHeight;
    });
    return { list, box, scrolls };
  }

  /** Scrolls the Problems list to its top with the mouse wheel. */
  private async scrollProblemsToTop(): Promise<void> {
    const { list, box, scrolls } = await this.problemsList();
    if (!box || !scrolls) return;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const top = () => list.evaluate((el) => (el.querySelector('.scrollbar.vertical .slider') as HTMLElement | null)?.style.top ?? '0px');
    for (let i = 0; i < 200 && await top() !== '0px'; i++) {
      await this.page.mouse.wheel(0, -box.height / 2);
      await this.frame();
    }
  }

  /**
   * The text of every row of the Problems panel (file rows and one row per diagnostic). The list renders
   * only the rows in view, so it is scrolled through with the mouse wheel, as a person would, and back.
   */
  async problemRows(): Promise<string[]> {
    const read = () => this.problemsPanel.locator('.monaco-list-row').evaluateAll((rows) => rows.map((r) =>
      [Number(r.getAttribute('data-index')), (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()] as [number, string]));
    const { box, scrolls } = await this.problemsList();
    if (!box || !scrolls) return (await read()).sort((a, b) => a[0] - b[0]).map(([, t]) => t);
    await this.scrollProblemsToTop();
    const seen = new Map<number, string>();
    for (let i = 0; i < 200; i++) {
      const before = seen.size;
      for (const [index, text] of await read()) seen.set(index, text);
      if (i > 0 && seen.size === before) break;
      await this.page.mouse.wheel(0, box.height / 2);
      await this.frame();
    }
    await this.scrollProblemsToTop();
    await this.moveMouseAway();
    return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
  }

  async problemsText(): Promise<string> {
    return (await this.problemRows()).join('\n');
  }

  /** Waits until the Problems panel text satisfies `test`; returns the text. */
  async waitForProblems(what: string, test: (text: string) => boolean, timeout = T.lint): Promise<string> {
    await this.showProblems();
    return until(`the Problems panel to show ${what}`, async () => { const t = await this.problemsText(); return test(t) ? t : ''; }, timeout);
  }

  problemRow(text: string): Locator {
    return this.problemsPanel.locator('.monaco-list-row', { hasText: text }).first();
  }

  /** Clicks the Problems row of the finding whose message contains `text` (scrolling the list to it): the editor reveals it. */
  async clickProblem(text: string): Promise<void> {
    await this.scrollProblemsToTop();
    const row = this.problemRow(text);
    await until(`the Problems row "${text}" to be in view`, async () => {
      const { box } = await this.problemsList();
      const r = await row.count() ? await row.boundingBox() : null;
      // In view, and below the sticky file row that a scrolled tree keeps at its top.
      if (box && r && r.y >= box.y + r.height - 1 && r.y + r.height <= box.y + box.height + 1) return true;
      if (box) {
        await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await this.page.mouse.wheel(0, r && r.y < box.y + r.height ? -r.height : 22 * 3);
        await this.frame();
      }
      return false;
    }, T.ui, 0);
    await this.moveMouseAway();
    await row.click();
  }

  /** Moves the mouse to an empty part of the activity bar, and waits for any hover it left to close. */
  async moveMouseAway(): Promise<void> {
    const bar = await this.page.locator('.part.activitybar').boundingBox();
    await this.page.mouse.move(bar ? bar.x + bar.width / 2 : 1, bar ? bar.y + bar.height * 0.6 : 1);
    const hovers = this.page.locator('.monaco-hover, .workbench-hover').filter({ visible: true });
    await until('hovers to close', async () => await hovers.count() === 0, T.ui);
  }

  /** The text the active editor shows, one string per view line (wrapped lines are joined). */
  async visibleEditorText(): Promise<string> {
    return this.page.locator('.editor-instance .monaco-editor .view-lines').first().evaluate((el) =>
      [...el.querySelectorAll('.view-line')].sort((a, b) => parseFloat((a as HTMLElement).style.top) - parseFloat((b as HTMLElement).style.top))
        .map((l) => (l as HTMLElement).textContent!.replace(/\u00a0/g, ' ')).join('\n'));
  }

  /** The screen rectangle of `text` (or of `part` of it) as the active editor renders it (the first visible occurrence). */
  async textRect(text: string, part?: string): Promise<Rect | null> {
    return this.page.locator('.editor-instance .monaco-editor .view-lines').first()
      .evaluate((el, [needle, sub]) => (window as unknown as { __policylintTextRect: (e: Element, n: string, p?: string) => Rect | null })
        .__policylintTextRect(el, needle, sub), [text, part] as const);
  }

  /** The screen rectangles of the active editor's squiggles of the given severity. */
  async squiggles(severity: 'error' | 'warning' | 'info' = 'error'): Promise<Rect[]> {
    return this.page.locator(`.editor-instance .monaco-editor .squiggly-${severity}`).evaluateAll((els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }));
  }

  /**
   * Runs a command from the command palette (F1), by its full title. Right after the workbench opens,
   * the palette may not list the extensions' commands yet: it is closed and opened again until it does.
   */
  async runCommand(title: string, timeout = T.ui): Promise<void> {
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first();
    await until(`the command palette to list "${title}"`, async () => {
      if (!await input.isVisible()) await this.page.keyboard.press('F1');
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${title}`);
      try {
        await row.waitFor({ state: 'visible', timeout: 3000 });
        return true;
      } catch {
        await this.page.keyboard.press('Escape');
        await input.waitFor({ state: 'hidden' });
        return false;
      }
    }, timeout, 0);
    await row.click();
    await input.waitFor({ state: 'hidden' });
  }

  /** Clicks on `text` (or on `part` of it) in the active editor, which must show it, putting the cursor there. */
  async clickText(text: string, part?: string, clickCount = 1): Promise<Rect> {
    const r = await until(`"${part ?? text}" to be on screen`, () => this.textRect(text, part));
    await this.page.mouse.click(r.x + Math.min(r.width / 2, 20), r.y + r.height / 2, { clickCount });
    return r;
  }

  /** Opens the quick-fix menu with Ctrl+. on the cursor, pressing it again while no menu comes. Returns the menu. */
  async openQuickFixMenu(): Promise<Locator> {
    const menu = this.page.locator('.action-widget:not(.action-list-submenu-panel)').filter({ has: this.page.locator('.monaco-list-row') }).first();
    await until('the quick-fix menu to open', async () => {
      await this.page.keyboard.press('Control+.');
      try {
        await menu.waitFor({ state: 'visible', timeout: 5000 });
        return true;
      } catch { return false; }
    }, T.ui, 0);
    return menu;
  }

  /** Opens the quick-fix menu on the cursor (Ctrl+.), clicks the fix titled `title`, and waits for the menu to close. */
  async applyQuickFix(title: string): Promise<void> {
    const menu = await this.openQuickFixMenu();
    const fix = menu.locator('.monaco-list-row', { hasText: title }).first();
    await fix.waitFor({ state: 'visible' });
    await fix.click();
    await fix.waitFor({ state: 'hidden' });
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
  }

  /** Waits for the workspace file `name` on disk to satisfy `test`; returns its text. */
  async waitForFile(name: string, what: string, test: (text: string) => boolean, timeout = T.ui): Promise<string> {
    const file = path.join(this.workspace, name);
    return until(`${name} on disk to ${what}`, () => { const t = fs.readFileSync(file, 'utf8'); return test(t) ? t : ''; }, timeout);
  }

  async picture(name: string): Promise<void> {
    if (!takePictures) return;
    fs.mkdirSync(PICTURES, { recursive: true });
    await this.page.screenshot({ path: path.join(PICTURES, name) });
  }

  /** Keeps a screenshot and the logs of a failed test in .tmp/e2e/<slug>/. */
  async keepEvidence(slug: string): Promise<string> {
    const dest = path.join(ARTIFACTS, slug);
    fs.rmSync(dest, { recursive: true, force: true });
    fs.mkdirSync(dest, { recursive: true });
    try { if (this.page) await this.page.screenshot({ path: path.join(dest, 'screenshot.png'), timeout: 10_000 }); } catch { /* the page may be gone */ }
    try { fs.copyFileSync(this.log, path.join(dest, 'code-server.log')); } catch { /* none */ }
    try { fs.cpSync(path.join(this.userData, 'logs'), path.join(dest, 'logs'), { recursive: true }); } catch { /* none */ }
    try { fs.cpSync(this.workspace, path.join(dest, 'workspace'), { recursive: true }); } catch { /* none */ }
    return dest;
  }

  async dispose(): Promise<void> {
    try { await this.context?.close(); } catch { /* already closed */ }
    if (this.server && this.server.exitCode === null) {
      const gone = new Promise((r) => this.server!.once('exit', r));
      try { process.kill(-this.server.pid!, 'SIGTERM'); } catch { /* gone */ }
      const timer = setTimeout(() => { try { process.kill(-this.server!.pid!, 'SIGKILL'); } catch { /* gone */ } }, 10_000);
      await gone;
      clearTimeout(timer);
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
