// Globs from settings, .policylintrc.json and the command line: any string gives a valid
// expression, and matching stays fast however the pattern repeats `**/`.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { globToRegExp } from '../server/glob';

describe('globToRegExp', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['**/*.md', ['privacy.md', 'docs/legal/privacy.md'], ['privacy.txt', 'privacy.md/x']],
    ['*.txt', ['a.txt'], ['dir/a.txt', 'a.txt.bak']],
    ['**/{privacy,cookie}*.{md,html}', ['site/privacy-policy.md', 'cookie.html'], ['site/terms.md']],
    ['{a,{b,c}}.txt', ['a.txt', 'b.txt', 'c.txt'], ['d.txt', '{b,c}.txt']],
    ['[abc].txt', ['a.txt', 'c.txt'], ['d.txt', 'ab.txt']],
    ['[!a].txt', ['b.txt'], ['a.txt', '/.txt']],
    ['docs/**', ['docs/a', 'docs/a/b.md'], ['doc/a']],
    ['a?c.md', ['abc.md'], ['a/c.md', 'ac.md']],
    ['notes (1).md', ['notes (1).md'], ['notes 1.md']],
  ];
  for (const [glob, yes, no] of cases) {
    it(`${glob}`, () => {
      const re = globToRegExp(glob);
      for (const p of yes) assert.ok(re.test(p), `${glob} matches ${p}`);
      for (const p of no) assert.ok(!re.test(p), `${glob} does not match ${p}`);
    });
  }

  it('reads an unclosed bracket or brace as itself, also inside a brace group', () => {
    const re = globToRegExp('{[,a}*.txt');
    assert.ok(re.test('[draft.txt'));
    assert.ok(re.test('apolicy.txt'));
    assert.ok(!re.test('policy.txt'));
    assert.ok(globToRegExp('{privacy.md').test('{privacy.md'));
    assert.ok(globToRegExp('privacy[.md').test('privacy[.md'));
  });

  it('treats repeated **/ as one, so a long non-matching path is rejected at once', () => {
    const path = `${'a/'.repeat(100)}b.txt`;
    for (const glob of [`${'**/'.repeat(60)}x.md`, `${'**/'.repeat(30)}*${'/**'.repeat(30)}.md`, `${'*'.repeat(50)}x`]) {
      const re = globToRegExp(glob);
      const t = process.hrtime.bigint();
      assert.ok(!re.test(path));
      assert.ok(Number(process.hrtime.bigint() - t) / 1e6 < 200, `${glob.slice(0, 20)}… took too long`);
    }
    assert.ok(globToRegExp('**/**/**/privacy.md').test('a/b/privacy.md'));
    assert.ok(globToRegExp('**/**/**/privacy.md').test('privacy.md'));
  });

  it('turns any string into a valid expression (fast-check)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('*', '?', '[', ']', '{', '}', ',', '!', '^', '/', 'a', '.', '-', '\\', '(', ')', '|', '+', '$'), { maxLength: 30 }).map((a) => a.join('')), (glob) => {
      const re = globToRegExp(glob, 'i');
      re.test('a/b/c.md');
      return true;
    }), { numRuns: 20000 });
  });
});
