// The accuracy ratchet: npm run eval's figures on the development corpus and the seeds may
// not fall below eval/ratchet.json, the labels must be consistent, and no safe fix may be
// judged wrong (docs/labelling.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareWithRatchet, figuresOf, type Ratchet } from '../eval/ratchet';
import { loadDevCorpus, loadSeeds, scoreCorpus, type CorpusScore } from '../eval/score';

describe('accuracy (npm run eval)', function () {
  this.timeout(120000);
  let dev: CorpusScore;
  let seeds: CorpusScore;
  let loadProblems: string[];
  before(() => {
    const corpus = loadDevCorpus();
    loadProblems = corpus.problems;
    dev = scoreCorpus(corpus.files, corpus.judgements, { fixes: true });
    seeds = scoreCorpus(loadSeeds(), [], { fixes: true, seedRules: true });
  });

  it('every label is consistent: each quote is in its policy, each rule checked on each file', () => {
    assert.deepEqual([...loadProblems, ...dev.problems], []);
  });

  it('no figure falls below the ratchet', () => {
    const ratchet = JSON.parse(readFileSync(join(__dirname, '..', 'eval', 'ratchet.json'), 'utf8')) as Ratchet;
    assert.deepEqual(compareWithRatchet(ratchet, { development: figuresOf(dev), seeds: figuresOf(seeds) }), []);
  });

  it('the seeds are still found in full, with no false alarm', () => {
    assert.deepEqual(seeds.misses, []);
    assert.deepEqual(seeds.falseAlarms, []);
  });

  it('every fix resolves its finding', () => {
    const unresolved = [...dev.fixes, ...seeds.fixes].filter((f) => !f.resolves).map((f) => `${f.id} ${f.rule} "${f.title}" on ${JSON.stringify(f.found)}`);
    assert.deepEqual(unresolved, []);
  });

  it('no fix applied without a person (safe) is judged wrong', () => {
    const wrong = dev.fixes.filter((f) => f.safe && f.judged && !f.right).map((f) => `${f.id} ${f.rule} "${f.title}" on ${JSON.stringify(f.found)}`);
    assert.deepEqual(wrong, []);
  });
});
