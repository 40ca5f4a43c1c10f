// Helpers for findings' messages: one sentence of at most MAX_MESSAGE characters (what is wrong and
// what to do), with the why and the caveats in the finding's detail and the law in its source.

/** The longest message: the Problems panel and the CLI show it on one line. */
export const MAX_MESSAGE = 120;

/** Text of the policy in quotation marks, cut at a word to at most `max` characters: “for as long as …”. */
export function quoted(text: string, max = 40): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return `“${t}”`;
  const cut = t.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return `“${(at > max / 2 ? cut.slice(0, at) : cut).replace(/[\s,;:.(–-]+$/, '')}…”`;
}

/** A phrase without its asides in parentheses: "Articles 33 (notice to …) and 34 (to …)" → "Articles 33 and 34". Points ("6(1)(a)") stay. */
export function withoutAsides(text: string): string {
  return text.replace(/ \((?:[^()]|\([^()]*\))*\)/g, '');
}

/** The first message that fits in MAX_MESSAGE characters; the last one otherwise (which should be short). */
export function fitting(...candidates: string[]): string {
  return candidates.find((c) => c.length <= MAX_MESSAGE) ?? candidates[candidates.length - 1];
}

/** A sentence with its first letter in upper case. */
export function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
