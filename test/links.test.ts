// The pages that ship with PolicyLint link only to what ships with them: every relative link and image
// of README.md, CHANGELOG.md and CONTRIBUTING.md names a file of the source, and inside the .vsix every
// page's links name files of the .vsix, as `vsce` stores them. Other links are https: or mailto:, and
// none names the repository address that was never shown to exist (CONTRIBUTING.md, "The package, its
// pages and their links").
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { brokenLinks, isAbsolute, pageLinks } from './markdownLinks';

const ROOT = path.join(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const PAGES = ['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md'];
const UNCHECKED_REPOSITORY = 'github.com/policylint/policylint';
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; icon: string };

/** The entries of a zip file (a .vsix), by name: the central directory read, each entry inflated. */
function readZip(file: string): Map<string, Buffer> {
  const zip = fs.readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, `${file}: no end of central directory`);
  const entries = new Map<string, Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0, n = zip.readUInt16LE(end + 10); i < n; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const data = zip.subarray(local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)).subarray(0, size);
    assert.ok(method === 0 || method === 8, `${name}: compression method ${method}`);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + skip;
  }
  return entries;
}

describe('links of the pages that ship', () => {
  for (const page of PAGES) {
    it(`${page}: every relative link and image names a file of the source (and a heading there, for a #fragment)`, () => {
      const text = fs.readFileSync(path.join(ROOT, page), 'utf8');
      assert.ok(pageLinks(text).length > 0, `${page} has links to check`);
      assert.deepEqual(brokenLinks(ROOT, page, text, (f) => fs.existsSync(path.join(ROOT, f)) && fs.statSync(path.join(ROOT, f)).isFile()), []);
    });
  }

  it('every absolute link is https: or mailto:, and none names the repository address that was never shown to exist', () => {
    const pages = [...PAGES, ...fs.readdirSync(path.join(ROOT, 'docs', 'rules')).map((f) => `docs/rules/${f}`), 'docs/code-inventory-eval.md'];
    const wrong = pages.flatMap((page) => pageLinks(fs.readFileSync(path.join(ROOT, page), 'utf8'))
      .filter((l) => isAbsolute(l.target) && (!/^(https:\/\/|mailto:)/.test(l.target) || l.target.includes(UNCHECKED_REPOSITORY)))
      .map((l) => `${page}:${l.line}: ${l.target}`));
    assert.deepEqual(wrong, []);
  });

  it('CHANGELOG.md: "Unreleased" comes first, and names the version package.json gives unless that version has its own heading', () => {
    const text = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    const sections = text.split(/^## /m).slice(1);
    assert.match(sections[0] ?? '', /^Unreleased\n/);
    const ownHeading = sections.some((s) => s.startsWith(`[${pkg.version}]`));
    assert.ok(ownHeading || sections[0].includes(pkg.version), `package.json's version ${pkg.version} is neither a heading nor named under Unreleased`);
  });

  describe('inside the .vsix that npm run package makes', function () {
    this.timeout(120_000);
    let work: string;
    let vsix: Map<string, Buffer>;

    before(() => {
      // `npm test` builds dist/ before the tests; a run of this file alone builds it here.
      if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js')) || !fs.existsSync(path.join(ROOT, 'dist', 'server.js'))) {
        execFileSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'pipe' });
      }
      work = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-vsix-'));
      const out = path.join(work, 'policylint.vsix');
      // The vsce step of `npm run package`, with its flags; the last -o wins.
      try {
        execFileSync(npm, ['run', '--silent', 'package:vsix', '--', '-o', out], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
      } catch (e) {
        const { stdout, stderr } = e as { stdout?: string; stderr?: string };
        throw new Error(`npm run package:vsix failed:\n${stdout ?? ''}${stderr ?? ''}`);
      }
      vsix = readZip(out);
    });

    after(() => fs.rmSync(work, { recursive: true, force: true }));

    it('carries the README, the changelog, the licence, the icon and every picture the README shows', () => {
      for (const name of ['extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt', `extension/${pkg.icon}`]) assert.ok(vsix.has(name), name);
      const manifest = vsix.get('extension.vsixmanifest')!.toString('utf8');
      assert.match(manifest, new RegExp(`<Icon>extension/${pkg.icon.replace(/\./g, '\\.')}</Icon>`));
      assert.match(manifest, /Type="Microsoft\.VisualStudio\.Services\.Content\.Changelog" Path="extension\/changelog\.md"/);
      const pictures = pageLinks(vsix.get('extension/readme.md')!.toString('utf8')).filter((l) => l.image).map((l) => l.target);
      assert.ok(pictures.length >= 3, pictures.join(', '));
      for (const p of pictures) assert.ok(vsix.has(`extension/${p}`), p);
    });

    it('the README and changelog in it are the source files, their relative links not rewritten to any repository', () => {
      assert.equal(vsix.get('extension/readme.md')!.toString('utf8'), fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
      assert.equal(vsix.get('extension/changelog.md')!.toString('utf8'), fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'));
    });

    it('every relative link of every page it carries names a file it carries', () => {
      const pages = [...vsix.keys()].filter((n) => n.startsWith('extension/') && n.endsWith('.md'));
      assert.ok(pages.includes('extension/CONTRIBUTING.md') && pages.some((p) => p.startsWith('extension/docs/rules/')), pages.join(', '));
      const read = (f: string) => vsix.get(f)!.toString('utf8');
      const broken = pages.flatMap((page) => brokenLinks('', page, read(page), (f) => vsix.has(f), read));
      assert.deepEqual(broken, []);
    });
  });
});
