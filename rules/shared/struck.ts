// Struck-through text: "~~…~~" in Markdown, <del>, <s> and <strike> in HTML. The author has
// deleted it, and keeps it only as a record: it is not what the policy says.
import type { PolicyDocument } from '../model/document';

/** Inline: within one paragraph (a blank line ends it). */
const MD_STRUCK = /~~(?=\S)(?:(?!\n[ \t]*\n)[^~]){1,4000}?~~/g;
const HTML_STRUCK = /<(del|s|strike)\b[^>]{0,200}>[^]{0,4000}?<\/\1\s*>/gi;

/** Source ranges of the struck-through passages, in order. */
function struckRanges(doc: PolicyDocument): Array<[number, number]> {
  return doc.memo('struckRanges', () => {
    const re = doc.format === 'markdown' ? MD_STRUCK : doc.format === 'html' ? HTML_STRUCK : undefined;
    if (!re) return [];
    const out: Array<[number, number]> = [];
    re.lastIndex = 0;
    for (let m = re.exec(doc.source); m; m = re.exec(doc.source)) out.push([m.index, m.index + m[0].length]);
    return out;
  });
}

/** Whether the visible range [start, end) lies wholly inside struck-through text. */
export function isStruck(doc: PolicyDocument, start: number, end: number): boolean {
  const ranges = struckRanges(doc);
  if (!ranges.length) return false;
  const a = doc.srcStart(start);
  const b = doc.srcEnd(end);
  return ranges.some(([s, e]) => s <= a && b <= e);
}
