// Plain text has no markup: blocks are lines and runs of lines; headings are
// recognised by shape (numbered "2.1.3 Email Newsletter", ALL-CAPS lines, a short
// standalone line without closing punctuation, a standalone question).
import { DocumentBuilder, PolicyDocument } from './document';
import type { BlockKind, ListInfo } from './types';

interface Line {
  start: number; // content start (after indentation)
  end: number; // content end (before trailing spaces)
  lineStart: number;
  lineEnd: number; // before the line break
  blankBefore: boolean;
}

const BULLET = /^([•●▪◦○‣∙·\-*–])[ \t\u00a0]+(?=\S)/;
const ORDERED = /^(\d{1,3}[.)]|[a-z][.)]|\((?:\d{1,3}|[a-z]|[ivx]{1,4})\))[ \t\u00a0]+(?=\S)/;
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?[ \t]+(?=[A-Z])/;
const SPACE = /[ \t\u00a0\u200b\ufeff\u3000\u2000-\u200a]/;

export function parsePlaintext(source: string): PolicyDocument {
  const b = new DocumentBuilder('plaintext', source, true);
  const lines = splitLines(source);
  let listId = 0;
  let currentList: ListInfo | undefined;
  let i = 0;
  while (i < lines.length) {
    const ln = lines[i];
    const content = source.slice(ln.start, ln.end);
    const indent = source.slice(ln.lineStart, ln.start);

    if (content.includes('\t') && /\S\t+\S/.test(content)) {
      currentList = undefined;
      b.addRange('tableRow', ln.start, ln.end, ln.lineStart, ln.lineEnd);
      i++;
      continue;
    }

    const marker = BULLET.exec(content) ?? ORDERED.exec(content);
    // "2. Hotjar" right after item "1." of a list (its last line a wrapped continuation) goes on with the list.
    const prev = b.blocks[b.blocks.length - 1];
    const continuesList = !!marker && !ln.blankBefore && prev?.kind === 'listItem' && prev.list === currentList && !!currentList?.ordered
      && currentList.indent === indent && orderedShape(currentList.marker) === orderedShape(marker[1]);
    if (marker && !(ORDERED.test(content) && !continuesList && isNumberedHeadingNotList(lines, i, source))) {
      const ordered = !BULLET.test(content);
      const markerText = marker[1];
      const kindOfMarker = ordered ? orderedShape(markerText) : markerText;
      if (!currentList || currentList.ordered !== ordered || (!ordered && currentList.marker !== markerText) || (ordered && orderedShape(currentList.marker) !== kindOfMarker) || currentList.indent !== indent) {
        currentList = { id: listId++, ordered, marker: markerText, indent };
      }
      // A list item may wrap onto indented continuation lines without a marker.
      let j = i + 1;
      let end = ln.end;
      while (j < lines.length && !lines[j].blankBefore && isContinuation(source, lines[j], ln, lines[j - 1])) { end = lines[j].end; j++; }
      b.addRange('listItem', ln.start + marker[0].length, end, ln.lineStart, lines[j - 1].lineEnd, { list: currentList });
      i = j;
      continue;
    }
    if (ln.blankBefore) currentList = undefined;

    // A paragraph: this line plus hard-wrapped continuation lines.
    let j = i + 1;
    let end = ln.end;
    while (j < lines.length && !lines[j].blankBefore && wrapsOnto(source, lines[j - 1], lines[j])) { end = lines[j].end; j++; }
    const single = j === i + 1;
    const heading = single ? headingLevel(content, b.blocks.length === 0) : 0;
    const kind: BlockKind = heading ? 'heading' : 'paragraph';
    if (heading) currentList = undefined;
    b.addRange(kind, ln.start, end, ln.lineStart, lines[j - 1].lineEnd, { level: heading });
    i = j;
  }
  return b.build();
}

function splitLines(source: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  let blank = true;
  const n = source.length;
  while (pos <= n) {
    let e = pos;
    while (e < n) {
      const c = source.charCodeAt(e);
      if (c === 10 || c === 13) break;
      e++;
    }
    let s = pos;
    while (s < e && SPACE.test(source[s])) s++;
    let ce = e;
    while (ce > s && SPACE.test(source[ce - 1])) ce--;
    // A line that is only an HTML comment (e.g. a policylint directive) is no text of the policy.
    const comment = ce > s && source.startsWith('<!--', s) && source.endsWith('-->', ce) && source.indexOf('-->', s + 4) === ce - 3;
    if (comment) {
      // skipped, and it does not break a run of lines either
    } else if (ce > s) {
      out.push({ start: s, end: ce, lineStart: pos, lineEnd: e, blankBefore: blank });
      blank = false;
    } else blank = true;
    if (e >= n) break;
    pos = source.charCodeAt(e) === 13 && source.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
  }
  return out;
}

function orderedShape(marker: string): string {
  return marker.replace(/\d+/g, '1').replace(/^[a-z]/, 'a').replace(/\([a-z0-9ivx]+\)/, '(1)');
}

/** "1. Introduction" standing alone is a heading; "1. The right of access" among siblings is a list item. */
function isNumberedHeadingNotList(lines: Line[], i: number, source: string): boolean {
  const content = source.slice(lines[i].start, lines[i].end);
  if (!/^\d{1,2}\.[ \t]/.test(content) || headingLevel(content, false) === 0) return false;
  // Only an item of the same shape and indentation makes it one of a list: "1. How long we keep data" under
  // "2) Hotjar", or at the margin under "  4. Hotjar", is no item of that list.
  const shape = orderedShape(ORDERED.exec(content)![1]);
  const indent = lines[i].start - lines[i].lineStart;
  const neighbour = (k: number) => {
    const m = k >= 0 && k < lines.length ? ORDERED.exec(source.slice(lines[k].start, lines[k].end)) : null;
    return !!m && orderedShape(m[1]) === shape && lines[k].start - lines[k].lineStart === indent;
  };
  const prevAdjacent = i > 0 && !lines[i].blankBefore && neighbour(i - 1);
  const nextAdjacent = i + 1 < lines.length && !lines[i + 1].blankBefore && neighbour(i + 1);
  return !prevAdjacent && !nextAdjacent;
}

/**
 * A line that goes on with the list item above it: indented past the item's marker, or, hard-wrapped
 * at the margin ("- Stripe, which handles" / "payments for us"), one that starts in lower case after
 * a line that stopped mid-sentence.
 */
function isContinuation(source: string, next: Line, item: Line, prev: Line): boolean {
  const indent = next.start - next.lineStart;
  const itemIndent = item.start - item.lineStart;
  const content = source.slice(next.start, next.end);
  if (BULLET.test(content) || ORDERED.test(content)) return false;
  // A line opening in upper case or with a digit goes on with the item only where the line above stopped
  // mid-phrase or inside a date ("1. The GDPR will be enforceable from" / "25 May 2018."), as in a paragraph.
  if (!/^[a-z(]/.test(content)) return indent >= itemIndent && stopsMidPhrase(source.slice(prev.start, prev.end), content);
  return indent > itemIndent + 1 || (indent >= itemIndent && !/[.:;!?]/.test(source[prev.end - 1]));
}

/** A hard-wrapped paragraph continues when the previous line ran long and stopped mid-sentence. */
function wrapsOnto(source: string, prev: Line, next: Line): boolean {
  const prevLen = prev.end - prev.start;
  const last = source[prev.end - 1];
  const first = source[next.start];
  if (prevLen < 50 || /[.:;!?]/.test(last)) return false;
  const content = source.slice(next.start, next.end);
  if (BULLET.test(content) || ORDERED.test(content)) return false;
  if (/[a-z(]/.test(first)) return true;
  // A line that stops mid-phrase ("… will come into force on" / "25 May 2018.") or inside a date
  // ("… into force on 25" / "May 2018.", "… from 25 May" / "2018.") goes on, whatever the next line opens with.
  return stopsMidPhrase(source.slice(prev.start, prev.end), content);
}

/** `line` stops mid-phrase ("… from") or inside a date that `next` goes on with ("… on 25" / "May 2018"). */
function stopsMidPhrase(line: string, next: string): boolean {
  return DANGLING_END.test(line) || (/\s\d{1,2}$/.test(line) && MONTH_START.test(next)) || (MONTH_END.test(line) && /^\d{1,4}\b/.test(next));
}

const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTH_START = new RegExp(`^${MONTHS}\\b`);
const MONTH_END = new RegExp(`\\s\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS}$`);

const DANGLING_END = /\s(and|or|the|of|to|a|an|in|for|with|by|on|at|from|since|until|into|that|which|your|our|is|are)$/i;
const PRONOUN_START = /^(we|i|you|they|it|he|she|this is|there (is|are))\s+[a-z]/i;

/** 0 when the line is not heading-shaped; otherwise its level. */
export function headingLevel(line: string, first: boolean): number {
  const t = line.trim();
  if (t.length < 2 || t.length > 110) return 0;
  if (/@|https?:\/\/|www\./i.test(t)) return 0;
  // Markdown's heading marks in a text file ("## Cookies"): their own level.
  const atx = /^(#{1,6})[ \t]+\S/.exec(t);
  if (atx) return t.length <= 100 ? atx[1].length : 0;
  const num = NUMBERED_HEADING.exec(t);
  if (num) {
    const rest = t.slice(num[0].length);
    if (rest.length <= 80 && !/[.,;]$/.test(rest)) return num[1].split('.').length;
    return 0;
  }
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 3 && upperRatio(letters) >= 0.85) {
    if (/[.,;]$/.test(t)) return 0;
    return t.endsWith(':') ? 2 : 1;
  }
  if (/[.,;:!)\]"”]$/.test(t)) return 0;
  if (/^[^:]{1,30}:\s+\S/.test(t)) return 0; // "Revised: 18/05/2018" is a label and its value, not a heading
  if (/\.\s+[A-Z]/.test(t)) return 0; // two sentences
  if (!/^[A-Z0-9“"‘']/.test(t)) return 0;
  if (PRONOUN_START.test(t)) return 0;
  if (DANGLING_END.test(t)) return 0; // a wrapped line that stops mid-phrase
  const words = t.split(/\s+/).length;
  if (t.endsWith('?')) return words <= 16 ? 2 : 0;
  if (words > 16 || t.length > 100) return 0;
  return first ? 1 : 2;
}

function upperRatio(letters: string): number {
  let up = 0;
  for (const ch of letters) if (ch >= 'A' && ch <= 'Z') up++;
  return up / letters.length;
}
