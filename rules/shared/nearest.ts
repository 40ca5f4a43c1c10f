// "Did you mean …?" for a mistyped name in a configuration: the known name nearest to it.

/**
 * Edit distance with adjacent transpositions counted once (optimal string alignment), ignoring
 * case; any value above `max` is returned as `max + 1`, without finishing the table.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before = new Array<number>(t.length + 1).fill(0);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = new Array<number>(t.length + 1);
    row[0] = i;
    let best = row[0];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return Math.min(prev[t.length], max + 1);
}

/**
 * How far a word of this length may be from what it meant: 1 edit up to 4 characters, 2 up to 8,
 * 3 beyond. Rule ids differ from each other by far more than 3 edits, so a typo finds one id.
 */
export function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The name a mistyped `word` most likely meant: the nearest candidate within allowedEdits, else the
 * only candidate that begins with the word ("warn" → "warning"; 3 characters at least). `groupOf`
 * says which candidates are one thing (a rule's id and its aliases): the first of the nearest is
 * taken when they all are; when the nearest are different things, nothing is suggested.
 */
export function nearest(word: string, candidates: readonly string[], groupOf: (candidate: string) => unknown = (c) => c): string | undefined {
  const w = word.trim();
  if (!w) return undefined;
  const max = allowedEdits(w.length);
  let best = max + 1;
  let found: string[] = [];
  for (const c of candidates) {
    if (c === w) continue;
    const d = editDistance(w, c, max);
    if (d < best) { best = d; found = [c]; } else if (d === best && d <= max) found.push(c);
  }
  if (best > max && w.length >= 3) {
    const lower = w.toLowerCase();
    found = candidates.filter((c) => c.toLowerCase().startsWith(lower));
  }
  if (!found.length) return undefined;
  const group = groupOf(found[0]);
  return found.every((c) => groupOf(c) === group) ? found[0] : undefined;
}
