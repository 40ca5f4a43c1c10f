// The accuracy ratchet: the last recorded precision and recall per rule, which a change may
// not lower. Figures are rounded down to 0.1 % so that recording them is exact.
import { precision, recall, RULE_IDS, type CorpusScore } from './score';

export interface Figure { precision: number; recall: number; tp: number; fn: number; fp: number }
export interface Figures { perRule: Record<string, Figure>; all: Figure }
export interface Ratchet { development: Figures; seeds: Figures }

const floor1 = (x: number) => Math.floor(x * 1000 + 1e-9) / 10;

export function figuresOf(s: CorpusScore): Figures {
  const fig = (c: { tp: number; fn: number; fp: number }): Figure => ({ precision: floor1(precision(c)), recall: floor1(recall(c)), ...c });
  const perRule: Record<string, Figure> = {};
  for (const r of RULE_IDS) perRule[r] = fig(s.perRule[r]);
  return { perRule, all: fig(s.all) };
}

/** Each figure that fell below the ratchet, as a sentence. */
export function compareWithRatchet(r: Ratchet, now: { development: Figures; seeds: Figures }): string[] {
  const out: string[] = [];
  for (const corpus of ['development', 'seeds'] as const) {
    const was = r[corpus]; const is = now[corpus];
    if (!was) continue;
    const rows: Array<[string, Figure | undefined, Figure]> = [['all rules', was.all, is.all], ...RULE_IDS.map((id) => [id, was.perRule[id], is.perRule[id]] as [string, Figure | undefined, Figure])];
    for (const [name, w, n] of rows) {
      if (!w) continue;
      if (n.precision < w.precision) out.push(`${corpus} ${name}: precision ${n.precision}% < ${w.precision}%`);
      if (n.recall < w.recall) out.push(`${corpus} ${name}: recall ${n.recall}% < ${w.recall}%`);
    }
  }
  return out;
}
