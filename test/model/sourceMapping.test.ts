// Where the Markdown and HTML models map visible text back to in the source: exact offsets for the
// inputs the parsers rewrite (markdown-it: U+0000, tabs, escaped pipes, code spans across lines;
// htmlparser2: end tags with junk before ">", elements left open at the end), and a property over
// random documents that every visible character maps to itself.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../rules/model/parse';
import type { PolicyDocument } from '../../rules/model/document';
import type { Format } from '../../rules/model/types';

/** Source offset of each visible character of the document text, as "char@offset". */
const placed = (d: PolicyDocument) => [...d.text].map((c, i) => `${c}@${d.srcStart(i)}`).join(' ');
/** Source range of the first visible occurrence of `needle`. */
const sourceOf = (d: PolicyDocument, needle: string): [number, number] => {
  const i = d.text.indexOf(needle);
  assert.ok(i >= 0, `“${needle}” is in the text`);
  return [d.srcStart(i), d.srcEnd(i + needle.length)];
};
const blocks = (d: PolicyDocument) => d.blocks.map((b) => [b.kind, d.blockText(b), b.sourceStart, b.sourceEnd]);
const sentences = (d: PolicyDocument) => d.sentences.map((s) => [d.srcStart(s.start), d.srcEnd(s.end)]);

describe('Markdown source mapping', () => {
  it('places a line markdown-it changed U+0000 on by its line number, U+FFFD on the U+0000', () => {
    const src = 'a\n\u0000Data Protection Act 1998';
    const d = parse(src, 'markdown');
    assert.deepEqual(blocks(d), [['paragraph', 'a\n\ufffdData Protection Act 1998', 0, 27]]);
    assert.deepEqual(sourceOf(d, '\ufffd'), [2, 3]);
    assert.deepEqual(sourceOf(d, 'Data Protection Act 1998'), [3, 27]);
    assert.deepEqual(sentences(d), [[0, 27]]);
  });

  it('places a list item continuation line indented by a tab after the tab (CRLF)', () => {
    const src = '+ a\r\n\tData Protection Act 1998';
    const d = parse(src, 'markdown');
    assert.deepEqual(blocks(d), [['listItem', 'a\nData Protection Act 1998', 0, 30]]);
    assert.deepEqual(sourceOf(d, 'Data Protection Act 1998'), [6, 30]);
    // The line break is an empty range before the CRLF, never between CR and LF.
    assert.deepEqual(sourceOf(d, '\n'), [3, 3]);
    assert.deepEqual(sentences(d), [[2, 30]]);
  });

  it('places text after a tab that markdown-it expanded to spaces, surrogate pairs whole', () => {
    const src = '1. ####### \n\t𐀀privacy@example.com\n';
    const d = parse(src, 'markdown');
    assert.deepEqual(blocks(d), [['listItem', '#######\n𐀀privacy@example.com', 0, 34]]);
    assert.deepEqual(sourceOf(d, '𐀀'), [13, 15]);
    assert.deepEqual(sourceOf(d, 'privacy@example.com'), [15, 34]);
  });

  it('maps a tab-expanded indentation deeper than the item to the text after it', () => {
    // markdown-it keeps "  \t" of "\t\t": spaces it made from the first tab, then the second.
    const d = parse('- a\r\n\t\tData Protection Act 1998\r\n', 'markdown');
    assert.deepEqual(sourceOf(d, 'Data Protection Act 1998'), [7, 31]);
  });

  it('places table cells with U+0000 and escaped pipes', () => {
    const d = parse('| a \\| b | x\u0000y |\n|---|---|\n', 'markdown');
    assert.deepEqual(blocks(d), [['tableRow', 'a | b\tx\ufffdy', 0, 14]]);
    assert.equal(placed(d), 'a@2  @3 |@5  @6 b@7 \t@8 x@11 \ufffd@12 y@13');
  });

  it('maps a code span across lines, its line break as an empty range', () => {
    const d = parse('We use `a\nb` here.', 'markdown');
    assert.equal(d.text, 'We use a b here.');
    assert.deepEqual(sourceOf(d, 'a b'), [8, 11]);
    assert.deepEqual([d.srcStart(8), d.srcEnd(9)], [9, 9]);
  });

  it('steps over images, reference links and autolinks', () => {
    const img = parse('![a b](x) b', 'markdown');
    assert.deepEqual(blocks(img), [['paragraph', 'b', 0, 11]]);
    assert.deepEqual(sourceOf(img, 'b'), [10, 11], 'not the "b" in the image text');

    const ref = parse('[ref] [a](b)\n\n[ref]: c', 'markdown');
    assert.equal(placed(ref), 'r@1 e@2 f@3  @5 a@7');
    assert.deepEqual(ref.links.map((l) => [l.href, l.hrefSourceStart, l.hrefSourceEnd]), [['c', undefined, undefined], ['b', 10, 11]]);

    const auto = parse('See <https://x.test/privacy> now.', 'markdown');
    assert.deepEqual(sourceOf(auto, ' now'), [28, 32]);
    assert.deepEqual([auto.links[0].hrefSourceStart, auto.links[0].hrefSourceEnd], [5, 27]);
  });

  it('maps an ATX heading after its opening "#"s, not to its closing sequence', () => {
    const d = parse('# # #\n\n## Data Protection Act 1998 ##\n', 'markdown');
    assert.deepEqual(blocks(d), [['heading', '#', 0, 5], ['heading', 'Data Protection Act 1998', 7, 37]]);
    assert.deepEqual(sourceOf(d, '#'), [2, 3]);
    assert.deepEqual(sourceOf(d, 'Data Protection Act 1998'), [10, 34]);
  });
});

describe('HTML source mapping', () => {
  it('maps text after an end tag with junk before ">" to where it is', () => {
    const d = parse('<p>Hi</p >We rely on the Privacy Shield.', 'html');
    assert.deepEqual(blocks(d), [['paragraph', 'Hi', 3, 10], ['paragraph', 'We rely on the Privacy Shield.', 10, 40]]);
    assert.deepEqual(sentences(d), [[3, 5], [10, 40]]);
    assert.deepEqual(sourceOf(d, 'Privacy Shield'), [25, 39]);

    const div = parse('<div>Hi</div class="x">We rely on the Privacy Shield.', 'html');
    assert.deepEqual(blocks(div), [['paragraph', 'Hi', 5, 23], ['paragraph', 'We rely on the Privacy Shield.', 23, 53]]);
    assert.deepEqual(sentences(div), [[5, 7], [23, 53]]);

    assert.deepEqual(sentences(parse('<p>Hi</p\n>We.', 'html')), [[3, 5], [10, 13]]);
    // An end tag htmlparser2 reports nothing for: the text after it still lands on itself.
    assert.equal(placed(parse('<p>Hi</x y>We', 'html')), 'H@3 i@4 W@11 e@12');
    // Trailing text htmlparser2 reports from inside an unterminated end tag.
    assert.equal(placed(parse('</p &nbsp;', 'html')), ';@9');
  });

  it('starts the element after an end tag with junk after its ">"', () => {
    const d = parse('<ul><li>a</li ><li>b</li></ul>', 'html');
    assert.deepEqual(blocks(d), [['listItem', 'a', 4, 15], ['listItem', 'b', 15, 25]]);
  });

  it('ends elements left open at the end of the document at its end, not past it', () => {
    assert.deepEqual(blocks(parse('<p>Google Analytics', 'html')), [['paragraph', 'Google Analytics', 3, 19]]);
    assert.deepEqual(blocks(parse('<ul><li>Google</li><li>Cloudflare', 'html')), [['listItem', 'Google', 4, 19], ['listItem', 'Cloudflare', 19, 33]]);
    // htmlparser2 reports the closings after an unclosed comment two past the end.
    assert.deepEqual(blocks(parse('<p>a<!-- x', 'html')), [['paragraph', 'a', 3, 10]]);
    // A tail htmlparser2 drops ("</p" with no ">") is not part of the element.
    assert.deepEqual(blocks(parse('<p>a</p', 'html')), [['paragraph', 'a', 3, 4]]);
    assert.deepEqual(blocks(parse('<p>Hi</x y>We', 'html')), [['paragraph', 'HiWe', 3, 13]]);
  });
});

// ---------------------------------------------------------------------------------------------

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 10 }) },
  { weight: 2, arbitrary: fc.constantFrom('Data Protection Act 1998', 'GDPR', 'e.g.', '. ', ' ', '  ', '\n', '\n\n', '\t', '\r\n', '\r') },
  { weight: 2, arbitrary: fc.constantFrom('\u0000', '\u00a0', '\u3000', '𐀀', '\ud800', '\ufffd', '&amp;', '&nbsp;', '&#0;', '&bogus;', '\\', '\\|', '|', '`', '``', '*', '_', '#', '[', ']', '](', '![', '<', '>', '[a](b "t")', '<https://x.test>') },
  { weight: 1, arbitrary: fc.constantFrom('<p>', '</p>', '</p >', '</p\n>', '</div class="x">', '</x y>', '</p', '<br>', '<a href="#">', '</a>', '<!--', '-->') },
);
const junk = (n: number) => fc.array(piece, { maxLength: n }).map((xs) => xs.join(''));
const markdownDoc = fc.array(fc.record({
  prefix: fc.array(fc.constantFrom('> ', '- ', '+ ', '1. ', '  ', '    ', '\t', ' \t', '-\t'), { maxLength: 4 }).map((xs) => xs.join('')),
  head: fc.constantFrom('', '', '', '# ', '### ', '####### ', '```', '| a | b |', '|---|---|', '===', '[ref]: '),
  body: junk(10),
  eol: fc.constantFrom('\n', '\r\n', '\r', '\n\n'),
}), { maxLength: 25 }).map((ls) => ls.map((l) => l.prefix + l.head + l.body + l.eol).join(''));
const TAGS = ['p', 'div', 'span', 'ul', 'li', 'h2', 'a', 'b', 'table', 'tr', 'td', 'br', 'script', 'pre'];
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, junk(6),
    fc.record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc.constantFrom('', ' href="#"', ' class="x"', ' title="a>b"'),
      children: fc.array(tie('node'), { maxLength: 4 }),
      close: fc.constantFrom('</$>', '</$ >', '</$\n class="y">', '</$', '', '</div x></p >'),
    }).map(({ tag, attrs, children, close }) => `<${tag}${attrs}>${children.join('')}${close.replace('$', tag)}`)),
}));
const htmlDoc = fc.array(node, { maxLength: 8 }).map((xs) => xs.join(''));

/**
 * Every visible character maps to itself in the source (U+FFFD may stand for U+0000), to an
 * entity or escape, or (line breaks, cell separators, spaces markdown-it made) to an empty range;
 * in source order, and inside the document.
 */
function mapsToItself(src: string, format: Format): void {
  const d = parse(src, format);
  for (const b of d.blocks) {
    assert.ok(b.sourceStart >= 0 && b.sourceStart <= b.sourceEnd && b.sourceEnd <= src.length, `block ${b.sourceStart}-${b.sourceEnd} inside the document (${src.length})`);
    let prev = 0;
    for (let i = b.start; i < b.end; i++) {
      const s = d.srcStart(i);
      const e = d.srcEnd(i + 1);
      const c = d.text[i];
      const what = `${JSON.stringify(c)} (text ${i}) at ${s}-${e}: ${JSON.stringify(src.slice(s, e))}`;
      assert.ok(s >= prev && s <= e && e <= src.length, `in order and inside the document: ${what}`);
      prev = e;
      const raw = src.slice(s, e);
      const ok = (e - s === 1 && (raw === c || (c === '\ufffd' && raw === '\u0000')))
        || (e === s && (c === '\n' || c === '\t' || c === ' '))
        || (e - s > 1 && (raw[0] === '&' || raw[0] === '\\'));
      assert.ok(ok, `maps to itself: ${what}`);
    }
  }
}

describe('source mapping of random documents', () => {
  it('Markdown: every visible character maps to itself', () => {
    fc.assert(fc.property(markdownDoc, (t) => mapsToItself(t, 'markdown')), { numRuns: 400, seed: 20261123 });
  });
  it('HTML: every visible character maps to itself', () => {
    fc.assert(fc.property(htmlDoc, (t) => mapsToItself(t, 'html')), { numRuns: 400, seed: 20261123 });
  });
});
