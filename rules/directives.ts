// Inline switches in the document itself, written as HTML comments in every
// format (a plain-text policy can carry them too):
//   <!-- policylint-disable-next-line rule-a rule-b -->
//   <!-- policylint-disable-line rule -->   (on the same line)
//   <!-- policylint-disable-file rule -->
//   <!-- policylint-disable rule --> … <!-- policylint-enable rule -->
// No rule id means every rule.
import type { LineIndex } from './model/sourceMap';
import type { Finding } from './model/types';

const DIRECTIVE = /<!--\s*policylint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]{0,500}?)-->/g;

interface Span { rules: Set<string> | null; from: number; to: number }

export function applyDirectives(source: string, lines: () => LineIndex, findings: Finding[], canonical: (id: string) => string): Finding[] {
  if (!source.includes('policylint-')) return findings;
  const spans: Span[] = [];
  const open = new Map<string, number>(); // rule id ('*' for all) → offset where disable began
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const li = lines();
  while ((m = DIRECTIVE.exec(source))) {
    const ids = m[2].replace(/--.*$/, '').trim().split(/[\s,]+/).filter(Boolean).map(canonical);
    const rules = ids.length ? new Set(ids) : null;
    const line = li.position(m.index).line;
    const endLine = li.position(m.index + m[0].length).line;
    switch (m[1]) {
      case 'disable-file':
        spans.push({ rules, from: 0, to: source.length });
        break;
      case 'disable-line':
        spans.push({ rules, from: li.offset(line, 0), to: li.offset(line + 1, 0) });
        break;
      case 'disable-next-line': {
        // The next line that holds text: a blank line between comment and text is allowed.
        let next = endLine + 1;
        while (next < li.starts.length && !/\S/.test(source.slice(li.offset(next, 0), li.offset(next + 1, 0)))) next++;
        spans.push({ rules, from: li.offset(next, 0), to: Math.max(li.offset(next + 1, 0) - 1, li.offset(next, 0) + 1) });
        break;
      }
      case 'disable':
        for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, m.index);
        break;
      case 'enable':
        for (const id of ids.length ? ids : [...open.keys()]) {
          const from = open.get(id);
          if (from === undefined) continue;
          open.delete(id);
          spans.push({ rules: id === '*' ? null : new Set([id]), from, to: m.index });
        }
        break;
    }
  }
  for (const [id, from] of open) spans.push({ rules: id === '*' ? null : new Set([id]), from, to: source.length });
  return findings.filter((f) => !spans.some((s) => (s.rules === null || s.rules.has(f.ruleId)) && f.start >= s.from && f.start < s.to));
}
