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
 * already chosen (it is re-evaluated on the next run instead).
 */
export function safeFixEdits(findings: readonly Finding[], only?: (f: Finding) => boolean): { edits: Edit[]; applied: number } {
  const chosen: Edit[] = [];
  let applied = 0;
  for (const f of findings) {
    if (only && !only(f)) continue;
    const fix: Fix | undefined = f.fixes.find((x) => x.safe);
    if (!fix) continue;
    // Two insertions at the same point both apply, in finding order ("- A", then "- B"),
    // except numbered items, which would both get the same number: the next run adds the second.
    const numbered = (x: Edit) => /^\r?\n[ \t]*\d+[.)][ \t]/.test(x.newText);
    const overlaps = fix.edits.some((e) => chosen.some((c) => (e.start < c.end && c.start < e.end) || (e.start === c.start && (e.end > e.start || c.end > c.start || numbered(e) || numbered(c)))));
    if (overlaps) continue;
    chosen.push(...fix.edits);
    applied++;
  }
  return { edits: chosen, applied };
}
