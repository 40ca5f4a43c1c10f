// Every message the engine produces is one sentence of at most 120 characters, with no link and no
// list of citations in front of the point: the Problems panel and the CLI show it on one line. The
// why and the legal source are the finding's detail and source, shown in the hover (and in JSON and
// SARIF). The rule tests check the same of every finding on their own policies (test/helpers.ts).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../rules/engine';
import { formatOfPath } from '../rules/model/parse';
import { messageProblems, TODAY } from './helpers';

const DIRS = ['fixtures/corpus', 'corpus-dev/policies'].map((d) => path.join(__dirname, d));

describe('messages', () => {
  it('every finding on the seed and development corpora has a one-sentence message of at most 120 characters, and a detail that does not repeat it', () => {
    let count = 0;
    const bad: string[] = [];
    for (const dir of DIRS) {
      for (const name of fs.readdirSync(dir).sort()) {
        const format = formatOfPath(name);
        if (!format) continue;
        const text = fs.readFileSync(path.join(dir, name), 'utf8');
        for (const f of lint(text, format, { today: TODAY }).findings) {
          count++;
          const problems = messageProblems(f);
          if (problems.length) bad.push(`${name} ${f.ruleId}: ${problems.join(', ')}\n    “${f.message}”`);
        }
      }
    }
    assert.ok(count > 500, `${count} findings`);
    assert.deepEqual(bad, []);
  });

  it('catches what a message must not be', () => {
    const f = (message: string, detail?: string) => messageProblems({ ruleId: 'x', severity: 'warning', start: 0, end: 0, message, detail, fixes: [] });
    assert.deepEqual(f('Article 28 GDPR is “Processor”; data-subject rights are Articles 12–23.'), []);
    assert.deepEqual(f('“Art. 5. Retention.” states no period; state one, e.g. six years.'), []);
    assert.ok(f('x'.repeat(121) + '.').length);
    assert.ok(f('The policy is old. Review it.').length);
    assert.ok(f('See https://eur-lex.europa.eu for the law.').length);
    assert.ok(f('The policy never names the controller (GDPR Art. 13(1)(a), 14(1)(a)).').length);
    assert.ok(f('No full stop').length);
    assert.ok(f('The date is old.', 'The date is old, and more.').length);
  });
});
