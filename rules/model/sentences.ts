// Sentence boundaries inside one block. A full stop ends a sentence when the next
// word starts a new one (capital, digit, quote) and the word before it is not an
// abbreviation that lawyers write mid-sentence (e.g., i.e., Art., No., para.).

import { isWhite } from './chars';

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'cf', 'vs', 'viz', 'al', 'approx', 'incl', 'esp', 'resp',
  'art', 'arts', 'no', 'nos', 'para', 'paras', 'p', 'pp', 'lit', 'sec', 'secs', 'ch', 'chap', 'subs', 'reg', 'regs', 'rec', 'fig', 'vol', 'ed', 'ibid', 'op',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'messrs',
  'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'bv', 'b.v', 'n.v', 's.a', 's.l', 'a.g', 'gmbh', 'pty', 'dept',
  'u.s', 'u.k', 'e.u', 'u.s.a', 'n.b', 'a.m', 'p.m',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'tel', 'ref', 'max', 'min', 'est',
]);

// No lookahead: the match takes the whole run of stops and closers, so a long run of dots
// is read once (with `(?=\s)` the engine retried the run from each dot: quadratic).
const TERMINATOR = /[.!?]+["'”’)\]]*/g;

/** Returns [start, end) pairs of the sentences of text[start, end), trimmed. */
export function splitSentences(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const block = text.slice(start, end);
  let from = 0;
  TERMINATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINATOR.exec(block))) {
    const stop = m.index + m[0].length;
    if (stop < block.length && !isWhite(block.charCodeAt(stop))) continue;
    let next = stop;
    while (next < block.length && isWhite(block.charCodeAt(next))) next++;
    if (next >= block.length) break;
    // After a blank line (text with no markup between them, in HTML) a new sentence starts, however
    // it starts ("- The GDPR …", "and more"): the sentence before does not run on into it.
    if (!startsSentence(block.charCodeAt(next)) && !/\n[^\n]*\n/.test(block.slice(stop, next))) continue;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(block, m.index)) continue;
    pushTrimmed(out, text, start + from, start + stop);
    from = next;
  }
  pushTrimmed(out, text, start + from, end);
  return out;
}

function startsSentence(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 0x2022 || (c > 127 && String.fromCharCode(c).toUpperCase() === String.fromCharCode(c) && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
}

/** The word that ends at `dot` (exclusive), e.g. "e.g" for "e.g." or "Art" for "Art.". */
function isAbbreviation(block: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && isLetterOrDot(block.charCodeAt(s - 1))) s--;
  while (s < dot && block.charCodeAt(s) === 46) s++; // leading dots are not part of the word
  if (s === dot) return false;
  const word = block.slice(s, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Initials and dotted acronyms: "J. Smith", "U.S.".
  return word.length === 1 || /^(?:[a-z]\.)+[a-z]$/.test(word);
}

const isLetterOrDot = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;

function pushTrimmed(out: Array<[number, number]>, text: string, s: number, e: number): void {
  while (s < e && isWhite(text.charCodeAt(s))) s++;
  while (e > s && isWhite(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push([s, e]);
}
