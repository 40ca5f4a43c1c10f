// Glob patterns as used in settings and on the command line: `*`, `**`, `?`, `[…]`, `[!…]`, `{a,b}`
// (nested). Every pattern becomes a valid regular expression (any character that is not glob
// syntax is escaped; an unclosed `[` or `{` is literal), and runs of `**/` collapse into one, so
// matching stays linear in practice: `**/**/**/a` is `**/a`.

export function globToRegExp(glob: string, flags = ''): RegExp {
  return new RegExp(`^${translate(collapse(glob))}$`, flags);
}

/** `**` repeated, with or without slashes between, means the same as one. */
function collapse(glob: string): string {
  return glob.replace(/\*{3,}/g, '**').replace(/(?:\*\*\/)+(?:\*\*(?=\/|$))?/g, (m) => (m.endsWith('**') ? '**' : '**/'));
}

const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function translate(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      if (glob[i + 2] === '/') { re += '(?:[^/]*/)*'; i += 2; } else { re += '.*'; i += 1; }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = matchingBrace(glob, i);
      if (close < 0) { re += '\\{'; continue; }
      re += `(?:${splitTopLevel(glob.slice(i + 1, close)).map(translate).join('|')})`;
      i = close;
    } else if (c === '[') {
      const cls = characterClass(glob, i);
      if (!cls) { re += '\\['; continue; }
      re += cls.re;
      i = cls.end;
    } else re += escapeChar(c);
  }
  return re;
}

/** The `}` that closes the `{` at `open`, counting nested braces; -1 when there is none. */
function matchingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The alternatives of a brace group, split at its own commas (not those of nested groups). */
function splitTopLevel(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) { out.push(body.slice(from, i)); from = i + 1; }
  }
  out.push(body.slice(from));
  return out;
}

/** `[abc]`, `[a-z]`, `[!x]` as a regular-expression class whose every character is escaped; undefined when unclosed or empty. */
function characterClass(glob: string, open: number): { re: string; end: number } | undefined {
  let i = open + 1;
  const negate = glob[i] === '!' || glob[i] === '^';
  if (negate) i++;
  const close = glob.indexOf(']', i + (glob[i] === ']' ? 1 : 0));
  if (close < 0 || close === i) return undefined;
  const chars = [...glob.slice(i, close)];
  const esc = (c: string) => c.replace(/[\\\]^[-]/g, '\\$&');
  let body = '';
  for (let k = 0; k < chars.length; k++) {
    // "a-z" is a range when in order; "z-a" or a trailing "-" are the characters themselves.
    if (chars[k + 1] === '-' && k + 2 < chars.length && chars[k] <= chars[k + 2]) { body += `${esc(chars[k])}-${esc(chars[k + 2])}`; k += 2; } else body += esc(chars[k]);
  }
  return { re: `[${negate ? '^/' : ''}${body}]`, end: close };
}
