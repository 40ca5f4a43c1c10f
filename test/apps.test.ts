// processor-undisclosed-in-code on real, published open-source applications (issue 14): each app
// under test/fixtures/apps is a byte-for-byte copy, at a fixed commit, of its privacy policy, its
// manifests, the pages whose tags name a service, and the source files that tell whether a declared
// package is used (sources.json). The CLI is run on each as a user runs it
// (`policylint --workspace DIR POLICY`), and:
// - the findings must be those recorded in judgements.json (vendor + the manifest or page it
//   names), so that any change in what the rule reports on real code shows up here;
// - every finding must have a judgement, made by reading the policy (docs/code-inventory-eval.md),
//   and the precision over the judged findings must not fall below the last recorded figure
//   (judgements.json: precisionFloor, a ratchet like eval/ratchet.json; the goal is 95 %).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
const appsDir = path.join(__dirname, 'fixtures', 'apps');
const TODAY = '2026-12-06';

interface App { id: string; repo: string; commit: string; policies: string[]; manifests: string[]; pages: string[]; sources: string[]; license: string }
interface Judgement { id: string; app: string; vendor: string; file: string; right: boolean; reason: string; reported?: boolean }
interface Found { app: string; vendor: string; file: string }

const apps = (JSON.parse(fs.readFileSync(path.join(appsDir, 'sources.json'), 'utf8')) as { apps: App[] }).apps;
const recorded = JSON.parse(fs.readFileSync(path.join(appsDir, 'judgements.json'), 'utf8')) as { findings: Judgement[]; precisionFloor: number };
/** The judgements of the findings the rule reports today (a judgement of one it no longer reports is kept, marked). */
const judgements = recorded.findings.filter((j) => j.reported !== false);
const MIN_PRECISION = recorded.precisionFloor;

const key = (f: { app: string; vendor: string; file: string }) => `${f.app}: ${f.vendor} (${f.file})`;

/** The processor-undisclosed-in-code findings of one app's policies, as the CLI reports them in JSON. */
function findingsOf(app: App, extra: string[] = []): Found[] {
  const dir = path.join(appsDir, app.id);
  const r = spawnSync(process.execPath, [cli, '--workspace', dir, '--format', 'json', '--today', TODAY, ...extra, ...app.policies.map((p) => path.join(dir, p))], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.ok(r.status === 0 || r.status === 1, `${app.id}: the CLI exits ${r.status}: ${r.stderr}`);
  const json = JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ ruleId: string; message: string; related?: Array<{ path: string }> }> }> };
  const out: Found[] = [];
  for (const file of json.files) {
    for (const f of file.findings) {
      if (f.ruleId !== 'processor-undisclosed-in-code') continue;
      const vendor = /^The app uses (.+?)(?: \(| but |; )/.exec(f.message)?.[1] ?? f.message;
      const first = f.related?.[0]?.path;
      out.push({ app: app.id, vendor, file: first ? path.relative(dir, path.resolve(first)).split(path.sep).join('/') : '' });
    }
  }
  return out.sort((a, b) => key(a).localeCompare(key(b)));
}

describe('processor-undisclosed-in-code on real applications (test/fixtures/apps)', () => {
  const found = new Map<string, Found[]>();
  before(function () {
    this.timeout(60000);
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm run build)');
    for (const app of apps) found.set(app.id, findingsOf(app));
  });

  it('holds at least 8 applications, each at a fixed commit with its licence, with every file it lists present, and no other', () => {
    assert.ok(apps.length >= 8, `${apps.length} applications`);
    for (const app of apps) {
      assert.match(app.commit, /^[0-9a-f]{40}$/, app.id);
      assert.ok(app.license.length > 0, `${app.id}: licence`);
      const listed = [...app.policies, ...app.manifests, ...app.pages, ...app.sources].sort();
      const present: string[] = [];
      const walk = (dir: string) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          if (e.isDirectory()) walk(path.join(dir, e.name));
          else present.push(path.relative(path.join(appsDir, app.id), path.join(dir, e.name)).split(path.sep).join('/'));
        }
      };
      walk(path.join(appsDir, app.id));
      assert.deepEqual(present.sort(), listed, `${app.id}: the files copied are those sources.json lists`);
    }
  });

  for (const app of apps) {
    it(`${app.id} (${app.repo}): the findings are those recorded`, () => {
      const recorded = judgements.filter((j) => j.app === app.id).map((j) => ({ app: j.app, vendor: j.vendor, file: j.file })).sort((a, b) => key(a).localeCompare(key(b)));
      assert.deepEqual(found.get(app.id), recorded, `${app.id}: the rule's findings changed; judge the new ones by reading the policy and record them in test/fixtures/apps/judgements.json (see docs/code-inventory-eval.md)`);
    });
  }

  // With allowRecipientCategories, a category the policy names covers the services of its kind: the
  // findings are a subset of the default's, and the ones dropped are judged wrong.
  it('with allowRecipientCategories, reports a subset of the default findings, each judged right', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-categories-'));
    try {
      const config = path.join(tmp, 'policylintrc.json');
      fs.writeFileSync(config, JSON.stringify({ allowRecipientCategories: true }));
      for (const app of apps) {
        const withCategories = findingsOf(app, ['--config', config]);
        const byDefault = found.get(app.id)!.map(key);
        for (const f of withCategories) {
          assert.ok(byDefault.includes(key(f)), `${key(f)} is reported only with the setting`);
          assert.equal(judgements.find((j) => key(j) === key(f))?.right, true, `${key(f)} is judged right`);
        }
        // Only findings judged wrong go (each one a service a category the policy names covers).
        for (const k of byDefault.filter((k) => !withCategories.some((f) => key(f) === k))) {
          assert.equal(judgements.find((j) => key(j) === k)?.right, false, `${k} is dropped with the setting, though judged right`);
        }
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it(`every finding is judged, and the precision is at least the recorded ${(MIN_PRECISION * 100).toFixed(1)} %`, () => {
    const all = [...found.values()].flat();
    const unjudged = all.filter((f) => !judgements.some((j) => key(j) === key(f)));
    assert.deepEqual(unjudged.map(key), [], 'findings with no judgement: read the policy and add a judgement for each to test/fixtures/apps/judgements.json');
    const judged = all.map((f) => judgements.find((j) => key(j) === key(f))!);
    const wrong = judged.filter((j) => !j.right);
    const precision = (judged.length - wrong.length) / judged.length;
    assert.ok(
      precision >= MIN_PRECISION,
      `precision ${(precision * 100).toFixed(1)} % (${judged.length - wrong.length} right of ${judged.length}) is below the recorded ${(MIN_PRECISION * 100).toFixed(1)} %; wrong:\n${wrong.map((j) => `  ${key(j)}: ${j.reason}`).join('\n')}`,
    );
  });
});
