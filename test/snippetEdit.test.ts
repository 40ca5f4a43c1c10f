// A template fix as LSP 3.18 snippet edits (server/lsp/codeActions.ts snippetEdit): a tab stop on each
// placeholder, the rest as literal snippet text, and plain text wherever VS Code would not insert the text
// verbatim. The server's choice by client capability is tested over JSON-RPC in server.test.ts.
import assert from 'node:assert/strict';
import type { SnippetTextEdit, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit } from '../rules/model/types';
import { snippetEdit } from '../server/lsp/codeActions';

const doc = (text: string) => TextDocument.create('file:///privacy.md', 'markdown', 3, text);
/** Each edit as [the text it replaces, its snippet or plain text], or undefined when the fix is sent as plain text. */
function shown(text: string, edits: Edit[]): Array<[string, string]> | undefined {
  const d = doc(text);
  const edit = snippetEdit(d, edits);
  if (!edit) return undefined;
  const change = edit.documentChanges![0] as TextDocumentEdit;
  assert.deepEqual(change.textDocument, { uri: d.uri, version: 3 });
  return change.edits.map((e) => [text.slice(d.offsetAt(e.range.start), d.offsetAt(e.range.end)), 'snippet' in e ? (e as SnippetTextEdit).snippet.value : `plain: ${(e as TextEdit).newText}`]);
}

describe('snippetEdit', () => {
  const text = 'We keep your data as long as necessary.\nWe share it with processors.\n';
  const at = (s: string) => text.indexOf(s);

  it('puts a tab stop on each placeholder, its spelling as the default text', () => {
    const edits = [{ start: at('as long'), end: at('as long') + 'as long as necessary'.length, newText: 'for [period] after [event]' }];
    assert.deepEqual(shown(text, edits), [['as long as necessary', 'for ${1:[period]} after ${2:[event]}']]);
  });

  it('numbers the stops across the edits in document order, a repeated blank each its own stop; an edit without a blank stays plain', () => {
    const end = at('processors.') + 'processors'.length;
    const edits: Edit[] = [
      { start: end, end, newText: ': [purpose], [purpose], [country]' },
      { start: at('as long'), end: at('as long') + 'as long as necessary'.length, newText: 'for [period]' },
      { start: 0, end: 2, newText: 'I' },
    ];
    assert.deepEqual(shown(text, edits), [
      ['We', 'plain: I'],
      ['as long as necessary', 'for ${1:[period]}'],
      ['', ': ${2:[purpose]}, ${3:[purpose]}, ${4:[country]}'],
    ]);
  });

  it('escapes "$", "}" and "\\" in the text around the stops, so that it is inserted as written', () => {
    const edits = [{ start: 0, end: 0, newText: 'A fee of $5 {waived} \\ for [period]. ' }];
    assert.deepEqual(shown(text, edits), [['', 'A fee of \\$5 {waived\\} \\\\ for ${1:[period]}. ']]);
  });

  it('is not used for a fix that writes no placeholder, nor for text VS Code would re-indent', () => {
    assert.equal(shown(text, [{ start: 0, end: 2, newText: 'I' }]), undefined, 'no placeholder');
    assert.equal(shown(text, [{ start: text.length, end: text.length, newText: '\n  - [Service name] – [purpose]' }]), undefined, 'a line that starts with blanks');
    assert.equal(shown(text, [{ start: 0, end: 0, newText: '\t[period]' }]), undefined, 'a tab first');
    const indented = '- Processors:\n  - Stripe\n';
    const end = indented.length - 1;
    assert.equal(shown(indented, [{ start: end, end, newText: '\nWe keep it for [period].' }]), undefined, 'several lines from an indented line: VS Code would indent the next ones');
    assert.deepEqual(shown(indented, [{ start: end, end, newText: ' for [period]' }]), undefined, 'a leading blank');
    assert.deepEqual(shown(indented, [{ start: end, end, newText: ', kept for [period]' }]), [['', ', kept for ${1:[period]}']], 'one line on an indented line is inserted as it is');
  });
});
