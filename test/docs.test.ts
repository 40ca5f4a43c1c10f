// The documentation generated from rule metadata must be current, and every rule documented.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../rules/registry';
import { generated } from '../scripts/generate-docs';

describe('documentation', () => {
  it('the generated parts are up to date (run npm run docs)', () => {
    for (const g of generated()) assert.equal(readFileSync(g.file, 'utf8'), g.text, `${g.file} is stale`);
  });

  for (const rule of RULES) {
    it(`${rule.id} has its page, naming its severity and aliases`, () => {
      const page = join(__dirname, '..', 'docs', 'rules', `${rule.id}.md`);
      assert.ok(existsSync(page), page);
      const text = readFileSync(page, 'utf8');
      assert.match(text, new RegExp(`^# ${rule.id}\\n`));
      assert.match(text, new RegExp(`Default severity: ${rule.defaultSeverity}`));
      for (const a of rule.aliases) assert.ok(text.includes(a), `alias ${a}`);
      for (const section of ['## What it flags', '## Why', '### Flagged', '### Not flagged', '## The fix']) assert.ok(text.includes(section), section);
    });
  }
});

describe('the changelog counts the knowledge it ships', () => {
  it('names the numbers of services, packages and script hosts the data files hold', () => {
    const log = readFileSync(join(__dirname, '..', 'CHANGELOG.md'), 'utf8');
    const vendors = JSON.parse(readFileSync(join(__dirname, '..', 'rules', 'knowledge', 'vendors.json'), 'utf8')) as { vendors: unknown[] };
    const packages = JSON.parse(readFileSync(join(__dirname, '..', 'rules', 'knowledge', 'packages.json'), 'utf8')) as { packages: unknown[]; hosts: unknown[] };
    assert.match(log, new RegExp(`a catalogue of ${vendors.vendors.length} services`));
    assert.match(log, new RegExp(`${packages.packages.length} packages in nine ecosystems and ${packages.hosts.length} script hosts`));
  });
});
