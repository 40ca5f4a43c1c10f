// Character classes the parsers test on every character, without regular expressions.

/** The characters `\s` matches. */
export function isWhite(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** White space at a block's edges: `\s` and the zero-width space that HTML exports leave around text. */
export function isBlank(c: number): boolean {
  return isWhite(c) || c === 0x200b;
}
