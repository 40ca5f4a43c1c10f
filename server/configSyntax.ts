// Why a configuration file is not valid JSON, in words a person can act on ("a comma is missing
// after line 4"), and where: the parser's own message ("Expected double-quoted property name in
// JSON at position 43") names neither the fault nor a line. jsonc-parser, strict (no comments, no
// trailing commas), finds the first error; the tokens before it say what it is.
import { printParseErrorCode, visit } from 'jsonc-parser';
import { LineIndex } from '../rules/model/sourceMap';

/** The first syntax error: what is wrong (no file name), and the text it is about (offset, length). */
export interface SyntaxProblem { detail: string; offset: number; length: number }

type ErrorName = ReturnType<typeof printParseErrorCode>;
type TokenKind = 'value' | 'name' | ',' | ':' | '{' | '[' | '}' | ']';
interface Token { kind: TokenKind; offset: number; length: number }

/** Describes the first error of `text`, which JSON.parse rejected. */
export function describeSyntaxError(text: string): SyntaxProblem {
  if (!text.trim()) return { detail: 'the file is empty (write {} for no settings)', offset: 0, length: 0 };
  const lines = new LineIndex(text);
  const lineOf = (offset: number) => lines.position(offset).line + 1;
  let prev: Token | undefined;
  const open: Array<{ kind: 'object' | 'array'; offset: number }> = [];
  let first: SyntaxProblem | undefined;
  const token = (kind: TokenKind) => (offset: number, length: number) => { if (!first) prev = { kind, offset, length }; };
  visit(text, {
    onObjectBegin: (offset, length) => { if (first) return; open.push({ kind: 'object', offset }); prev = { kind: '{', offset, length }; },
    // Called also where the "}" is missing (then at the token found instead): only a real "}" closes.
    onObjectEnd: (offset, length) => { if (first || text[offset] !== '}') return; open.pop(); prev = { kind: '}', offset, length }; },
    onArrayBegin: (offset, length) => { if (first) return; open.push({ kind: 'array', offset }); prev = { kind: '[', offset, length }; },
    onArrayEnd: (offset, length) => { if (first || text[offset] !== ']') return; open.pop(); prev = { kind: ']', offset, length }; },
    onObjectProperty: (_name, offset, length) => token('name')(offset, length),
    onLiteralValue: (_value, offset, length) => token('value')(offset, length),
    onSeparator: (character, offset, length) => token(character === ',' ? ',' : ':')(offset, length),
    onError: (code, offset, length) => { first ??= describe(printParseErrorCode(code), offset, length); },
  }, { disallowComments: true, allowTrailingComma: false });
  return first ?? { detail: 'the file is not valid JSON', offset: 0, length: 0 };

  function describe(code: ErrorName, offset: number, length: number): SyntaxProblem {
    const here = { offset, length };
    const line = lineOf(offset);
    const word = text.slice(offset, offset + Math.max(length, 1));
    const inner = open[open.length - 1];
    const at = (p: Token | undefined) => (p ? { offset: p.offset, length: p.length } : here);
    switch (code) {
      case 'InvalidCommentToken':
      case 'UnexpectedEndOfComment':
        return { detail: `JSON has no comments: remove the comment on line ${line}`, ...here };
      case 'UnexpectedEndOfString':
        return { detail: `the string on line ${line} has no closing double quote`, ...here };
      case 'InvalidEscapeCharacter':
        return { detail: `the string on line ${line} has a backslash JSON does not allow: write \\\\ for one, or use /`, ...here };
      case 'InvalidUnicode':
        return { detail: `the string on line ${line} has a \\u escape without four hexadecimal digits`, ...here };
      case 'InvalidCharacter':
        return { detail: `the string on line ${line} holds a tab or another control character: write it as \\t or \\n, or remove it`, ...here };
      case 'InvalidNumberFormat':
      case 'UnexpectedEndOfNumber':
        return { detail: `the number on line ${line} is not written as JSON writes numbers`, ...here };
      case 'InvalidSymbol':
        return invalidSymbol(word, line, here);
    }
    if (offset >= text.length) {
      // The file ends inside an object or an array.
      const what = inner ? `the ${inner.kind} opened on line ${lineOf(inner.offset)} is closed ("${inner.kind === 'object' ? '}' : ']'}" is missing)` : 'the configuration is complete';
      return { detail: `the file ends before ${what}`, ...at(prev) };
    }
    const trailingComma = prev?.kind === ',' && (word === '}' || word === ']');
    switch (code) {
      case 'PropertyNameExpected':
      case 'ValueExpected':
        if (trailingComma) return { detail: `a comma after the last entry on line ${lineOf(prev!.offset)}: JSON allows none there (remove it)`, ...at(prev) };
        if (word === ',' && prev?.kind === ',') return { detail: `two commas in a row on line ${line}`, ...here };
        if (word === ',' && (prev?.kind === '[' || prev?.kind === '{')) return { detail: `a comma with nothing before it on line ${line}`, ...here };
        if (prev?.kind === ':') return { detail: `a value is missing after the colon on line ${lineOf(prev.offset)}`, ...at(prev) };
        return { detail: code === 'PropertyNameExpected' ? `a name in double quotes is expected on line ${line}` : `a value is expected on line ${line}`, ...here };
      case 'ColonExpected':
        return { detail: `a colon is missing after the name on line ${lineOf(prev?.offset ?? offset)}`, ...at(prev) };
      case 'CommaExpected':
        if (inner && (word === '}' || word === ']')) return wrongCloser(inner, word, line, here);
        // "024": JSON reads a 0, then another number.
        if (prev?.kind === 'value' && prev.offset + prev.length === offset && /^-?0$/.test(text.slice(prev.offset, offset)) && /^\d/.test(word)) {
          return { detail: `the number on line ${line} starts with 0: write it without the leading zero`, offset: prev.offset, length: prev.length + length };
        }
        return { detail: `a comma is missing after line ${lineOf(prev ? prev.offset + prev.length : offset)}`, ...at(prev) };
      case 'CloseBraceExpected':
      case 'CloseBracketExpected': {
        const want = code === 'CloseBraceExpected' ? '}' : ']';
        if (inner && (word === '}' || word === ']')) return wrongCloser(inner, word, line, here);
        return { detail: `a "${want}" is expected on line ${line}`, ...here };
      }
      case 'EndOfFileExpected':
        if (word === '}' || word === ']') return { detail: `an extra "${word}" on line ${line}, after the end of the configuration`, ...here };
        return { detail: `more text on line ${line}, after the end of the configuration (a file holds one object)`, ...here };
    }
    return { detail: `the file is not valid JSON from line ${line}`, ...here };
  }

  /** `{ "a": [1, 2} }`: a "}" where the array needs its "]", or the other way round. */
  function wrongCloser(inner: { kind: 'object' | 'array'; offset: number }, word: string, line: number, here: { offset: number; length: number }): SyntaxProblem {
    return { detail: `the ${inner.kind} opened on line ${lineOf(inner.offset)} is closed with "${word}" on line ${line}: use "${inner.kind === 'object' ? '}' : ']'}"`, ...here };
  }

  /** A word JSON does not know: an unquoted name or value, single quotes, Python's True, JavaScript's undefined. */
  function invalidSymbol(word: string, line: number, here: { offset: number; length: number }): SyntaxProblem {
    // A no-break or other space pasted from a web page: JSON allows only spaces, tabs and line breaks.
    if (/^[\s\p{Z}\uFEFF\u200B]/u.test(word)) {
      const code = word.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      return { detail: `an unusual space character (U+${code}) on line ${line}: JSON allows only spaces, tabs and line breaks`, offset: here.offset, length: 1 };
    }
    if (word.startsWith('\'')) return { detail: `single quotes on line ${line}: JSON strings and names take double quotes`, ...here };
    const literal = LITERALS[word];
    if (literal) return { detail: `${word} on line ${line} is not a JSON value: write ${literal}`, ...here };
    if (/^(?:undefined|NaN|[+-]?Infinity)$/.test(word)) return { detail: `${word} on line ${line} is not a JSON value`, ...here };
    const shown = word.length > 40 ? `${word.slice(0, 40)}…` : word;
    if (/^[\p{L}_$][\p{L}\p{N}_$.-]*$/u.test(word)) {
      const name = prev?.kind === '{' || (prev?.kind === ',' && open[open.length - 1]?.kind === 'object');
      return { detail: `the ${name ? 'name' : 'value'} ${shown} on line ${line} needs double quotes: "${shown}"`, ...here };
    }
    return { detail: `unexpected ${shown} on line ${line}`, ...here };
  }
}

/** Other languages' spellings of JSON's literals. */
const LITERALS: Record<string, string> = { True: 'true', TRUE: 'true', False: 'false', FALSE: 'false', Null: 'null', NULL: 'null', None: 'null', nil: 'null' };
