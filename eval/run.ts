// npm run eval: precision and recall per rule on the development corpus and on the seeds,
// every miss and false alarm, fix precision; writes eval/results.json.
//   --check    exit 1 when a figure falls below eval/ratchet.json (CI runs this via test/eval.test.ts)
//   --ratchet  record the current figures as the new floor in eval/ratchet.json
//   --quiet    the tables only, not every miss and false alarm
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixPrecision, loadDevCorpus, loadSeeds, precision, recall, RULE_IDS, scoreCorpus, type CorpusScore } from './score';
import { compareWithRatchet, figuresOf, type Ratchet } from './ratchet';

const args = new Set(process.argv.slice(2));
const here = __dirname;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

const dev = loadDevCorpus();
const devScore = scoreCorpus(dev.files, dev.judgements, { fixes: true });
const seedScore = scoreCorpus(loadSeeds(), [], { fixes: true, seedRules: true });
devScore.problems.unshift(...dev.problems);

function table(name: string, s: CorpusScore): void {
  console.log(`\n${name}: ${s.files} files, ${s.labels.firm} firm labels, ${s.labels.uncertain} uncertain`);
  console.log(`${'rule'.padEnd(24)} ${'labels'.padStart(6)} ${'clean'.padStart(5)} ${'tp'.padStart(4)} ${'fn'.padStart(4)} ${'fp'.padStart(4)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`);
  for (const r of RULE_IDS) {
    const c = s.perRule[r]; const l = s.labels.perRule[r];
    console.log(`${r.padEnd(24)} ${String(l.firm).padStart(6)} ${String(l.clean).padStart(5)} ${String(c.tp).padStart(4)} ${String(c.fn).padStart(4)} ${String(c.fp).padStart(4)} ${pct(precision(c)).padStart(9)} ${pct(recall(c))}`);
  }
  const a = s.all;
  console.log(`${'all rules'.padEnd(24)} ${String(s.labels.firm).padStart(6)} ${''.padStart(5)} ${String(a.tp).padStart(4)} ${String(a.fn).padStart(4)} ${String(a.fp).padStart(4)} ${pct(precision(a)).padStart(9)} ${pct(recall(a))}`);
}

function fixTable(name: string, s: CorpusScore): void {
  const fp = fixPrecision(s.fixes);
  console.log(`\n${name} fixes (right / wrong / not yet judged; a fix that does not resolve its finding is wrong):`);
  for (const [rule, k] of Object.entries(fp)) {
    const show = (x: { right: number; wrong: number; unjudged: number }) => `${x.right}/${x.wrong}/${x.unjudged}`;
    console.log(`  ${rule.padEnd(24)} safe ${show(k.safe).padEnd(10)} offered ${show(k.offered)}`);
  }
}

table('Development corpus', devScore);
fixTable('Development corpus', devScore);
table('Seed corpus', seedScore);
const seedUnresolved = seedScore.fixes.filter((f) => !f.resolves);
console.log(`  seed fixes that do not resolve their finding: ${seedUnresolved.length} of ${seedScore.fixes.length}`);

if (!args.has('--quiet')) {
  for (const [name, s] of [['development corpus', devScore], ['seeds', seedScore]] as const) {
    if (s.misses.length) console.log(`\nMisses (${name}):`);
    for (const m of s.misses) console.log(`  ${m.id}  ${m.rule}  ${m.item ? `[${m.item}] ` : ''}${JSON.stringify(m.quote)}${m.note ? `  — ${m.note}` : ''}`);
    if (s.falseAlarms.length) console.log(`\nFalse alarms (${name}):`);
    for (const f of s.falseAlarms) console.log(`  ${f.id}  ${f.rule} [${f.severity}]  on ${JSON.stringify(f.found)}\n      ${f.message}\n      in: ${f.sentence}`);
    if (s.problems.length) console.log(`\nLabel problems (${name}):`);
    for (const p of s.problems) console.log(`  ${p}`);
  }
}

const figures = { development: figuresOf(devScore), seeds: figuresOf(seedScore) };
const results = {
  about: 'Written by npm run eval. Counts per rule on the development corpus (test/corpus-dev) and the seeds; lists of misses, false alarms and fixes.',
  corpus: { files: devScore.files, firmLabels: devScore.labels.firm, uncertainLabels: devScore.labels.uncertain, make: makeUp() },
  figures,
  development: { perRule: devScore.perRule, all: devScore.all, labels: devScore.labels.perRule, fixes: fixPrecision(devScore.fixes), misses: devScore.misses, falseAlarms: devScore.falseAlarms, problems: devScore.problems },
  seeds: { perRule: seedScore.perRule, all: seedScore.all, fixes: fixPrecision(seedScore.fixes), misses: seedScore.misses, falseAlarms: seedScore.falseAlarms, unresolvedFixes: seedUnresolved.length },
};
writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
// The fixes still to judge, for test/corpus-dev/fixes.json (see docs/labelling.md).
const unjudged = devScore.fixes.filter((f) => f.resolves && !f.judged).map(({ id, rule, found, title, newText, place, safe, before, after, truePositive }) => ({ id, rule, found, title, newText, place, safe, truePositive, before, after }));
writeFileSync(join(here, 'unjudged-fixes.json'), `${JSON.stringify(unjudged, null, 2)}\n`);
console.log(`\nWrote eval/results.json; ${unjudged.length} fixes not yet judged are in eval/unjudged-fixes.json.`);

function makeUp(): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = { format: {}, region: {}, kind: {}, year: {} };
  for (const s of dev.sources) {
    const bump = (k: string, v: unknown) => { const key = String(v ?? 'unknown'); out[k][key] = (out[k][key] ?? 0) + 1; };
    bump('format', s.format); bump('region', s.region); bump('kind', s.kind);
    bump('year', s.year === undefined ? undefined : s.year < 2018 ? '2012-2017' : s.year < 2022 ? '2018-2021' : '2022-2026');
  }
  return out;
}

const ratchetFile = join(here, 'ratchet.json');
if (args.has('--ratchet')) {
  writeFileSync(ratchetFile, `${JSON.stringify({ about: 'The floor for npm run eval --check and test/eval.test.ts: precision and recall per rule may not fall below these. Raise it (npm run eval -- --ratchet) when the rules improve.', ...figures }, null, 2)}\n`);
  console.log('Recorded the figures in eval/ratchet.json.');
}
if (args.has('--check')) {
  if (!existsSync(ratchetFile)) { console.error('no eval/ratchet.json'); process.exit(1); }
  const falls = compareWithRatchet(JSON.parse(readFileSync(ratchetFile, 'utf8')) as Ratchet, figures);
  for (const f of falls) console.error(`below the ratchet: ${f}`);
  process.exit(falls.length ? 1 : 0);
}
