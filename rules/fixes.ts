// Applying edits to a text. Shared by the CLI's --fix, the editor's "fix all" and tests.
import type { Edit, Finding, Fix } from './model/types';

/** Applies non-overlapping edits (offsets into `text`); throws on overlap so nothing is silently lost. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    if (e.start > e.end || e.end > text.length) throw new Error(`edit out of range: ${e.start}-${e.end}`);
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * The edits of each finding's first safe fix, skipping any fix that overlaps one
 * already chosen (it is re-evaluated on the next run instead). `fixed`: the findings whose fix was taken.
 */
export function safeFixEdits(findings: readonly Finding[], only?: (f: Finding) => boolean): { edits: Edit[]; applied: number; fixed: Finding[] } {
  const chosen: Edit[] = [];
  const fixed: Finding[] = [];
  for (const f of findings) {
    if (only && !only(f)) continue;
    const fix: Fix | undefined = f.fixes.find((x) => x.safe);
    if (!fix) continue;
    // Two insertions at the same point both apply, in finding order ("- A", then "- B"). Numbered
    // items would both get the same number ("3. A", "3. B"): each later one takes the next number,
    // so that a list missing three items gets all three in one run ("3. A", "4. B", "5. C").
    const overlaps = fix.edits.some((e) => chosen.some((c) => (e.start < c.end && c.start < e.end) || (e.start === c.start && (e.end > e.start || c.end > c.start))));
    if (overlaps) continue;
    for (const e of fix.edits) {
      const n = NUMBERED.exec(e.newText);
      const before = n && e.start === e.end ? chosen.filter((c) => c.start === e.start && c.end === c.start && NUMBERED.test(c.newText)) : [];
      if (n && before.length) {
        const first = Number(NUMBERED.exec(before[0].newText)![2]);
        chosen.push({ ...e, newText: `${n[1]}${first + before.length}${e.newText.slice(n[1].length + n[2].length)}` });
      } else chosen.push(e);
    }
    fixed.push(f);
  }
  return { edits: chosen, applied: fixed.length, fixed };
}

/** An inserted numbered item: line break and indentation, number, separator. */
const NUMBERED = /^(\r?\n[ \t]*)(\d+)(?=[.)][ \t])/;
