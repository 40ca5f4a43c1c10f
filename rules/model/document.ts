// PolicyDocument: one parse of one version of a document, shared by every rule.
import { LineIndex, SourceMap } from './sourceMap';
import { isBlank } from './chars';
import { splitSentences } from './sentences';
import type { Block, BlockKind, Edit, Format, Link, ListInfo, Markup, Section, Sentence } from './types';

/**
 * Stands in the visible text for what a page computes (a JSX `{companyName}`, a template's
 * `<%= @company %>`, an MDX `{props.x}`): one opaque word, never prose, never edited.
 */
export const OPAQUE = '\uFFFC';
const OPAQUE_CODE = 0xfffc;

/** Words of a policy's own title, as against a site's banner ("The MirandaNet Fellowship"). */
const POLICY_TITLE = /\b(?:privacy|policy|cookies?|data[ \t\u00a0]+protection|notice|gdpr|terms|datenschutz)\b/i;
/** A heading that names the document ("Privacy Policy", "Website Privacy Notice", "Cookies", "Datenschutzerklärung"), not a section about privacy ("Responsible for privacy and data protection"). */
const DOCUMENT_TITLE = /\b(?:policy|notice|statement|declaration|datenschutzerkl\w*)\b|^\W*(?:privacy|cookies?|data[ \t\u00a0]+protection|datenschutz|gdpr)\W*$/i;

/** A heading that reads as the title of a privacy or cookie policy. */
export function isPolicyTitle(text: string): boolean {
  // A question ("What does this privacy policy cover?") heads a section.
  return text.length <= 100 && POLICY_TITLE.test(text) && DOCUMENT_TITLE.test(text) && !/\?\W*$/.test(text);
}

/** Index of the range holding `vis` in ranges in text order, by binary search; -1 if none. */
function indexAt(ranges: ReadonlyArray<{ start: number; end: number }>, vis: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (vis < r.start) hi = mid - 1;
    else if (vis >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export class PolicyDocument {
  readonly sentences: Sentence[] = [];
  readonly sections: Section[] = [];
  /**
   * Source range of a Markdown file's front matter (never part of the visible text), if it has
   * one, and its `title:`, which the site renders as the page's title.
   */
  frontMatter?: { start: number; end: number; title?: string };
  /** The format the file is written in; `format` is the markup it renders to, which fixes are written in. */
  sourceFormat: Format;
  /**
   * For component and template formats: an edit as it may be applied to the file (its text
   * escaped for the string or JSX text it lands in), or undefined where it would touch code, a
   * template tag or markup the file cannot take. The engine drops a fix with such an edit.
   */
  editGuard?: (e: Edit) => Edit | undefined;
  private lineIndex?: LineIndex;
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly format: Markup,
    readonly source: string,
    /** Visible text: for plain text the source itself; for Markdown and HTML the text without markup. */
    readonly text: string,
    readonly blocks: Block[],
    readonly links: Link[],
    private readonly map: SourceMap,
  ) {
    this.sourceFormat = format;
    for (const b of blocks) {
      b.firstSentence = this.sentences.length;
      for (const [s, e] of splitSentences(text, b.start, b.end)) this.sentences.push({ start: s, end: e, block: b.index });
      b.sentenceCount = this.sentences.length - b.firstSentence;
    }
    this.buildSections();
  }

  /** The source-map segments of visible offsets [from, to) (to re-base a parsed fragment into a larger document). */
  segments(from: number, to: number) { return this.map.segmentsIn(from, to); }

  /** Source offset of a visible-text start offset. */
  srcStart(vis: number): number { return this.map.start(vis); }
  /** Source offset of a visible-text end offset. */
  srcEnd(vis: number): number { return this.map.end(vis); }

  get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.source);
    return this.lineIndex;
  }

  slice(start: number, end: number): string { return this.text.slice(start, end); }
  blockText(b: Block): string { return this.text.slice(b.start, b.end); }

  sentencesOf(b: Block): Sentence[] {
    return this.sentences.slice(b.firstSentence, b.firstSentence + b.sentenceCount);
  }

  /** The sentence that contains visible offset `vis`. */
  sentenceAt(vis: number): Sentence | undefined {
    const i = this.sentenceIndexAt(vis);
    return i < 0 ? undefined : this.sentences[i];
  }

  /** Index in `sentences` of the sentence that contains visible offset `vis`, by binary search; -1 if none. */
  sentenceIndexAt(vis: number): number {
    return indexAt(this.sentences, vis);
  }

  /** The block whose visible text contains offset `vis`. */
  blockAt(vis: number): Block | undefined {
    const i = indexAt(this.blocks, vis);
    return i < 0 ? undefined : this.blocks[i];
  }

  /**
   * Where a finding about the whole document goes: the text of the policy's title (the first heading
   * near the top that names the policy, else the first block when it is a heading; its words, not its
   * tags or `#` marks), or, where the document opens with no heading, an empty range at its first word.
   */
  titleRange(): { start: number; end: number } {
    return this.memo('document.titleRange', () => {
      const heading = this.titleBlock();
      if (heading && heading.end > heading.start) return { start: this.srcStart(heading.start), end: this.srcEnd(heading.end) };
      const first = this.blocks[0];
      const at = first ? this.srcStart(first.start) : 0;
      return { start: at, end: at };
    });
  }

  /**
   * The heading that is the policy's title: the first block, when it is a heading about privacy ("OPTSM
   * respects your privacy"); after front matter, or after a banner ("JitOps Cloud"), the first heading
   * near the top that names the document; else the first block when it is a heading (and no front
   * matter gives the title). One choice for every rule: findings on the whole document go on it, and
   * a date is added under it.
   */
  titleBlock(): Block | undefined {
    return this.memo('document.titleBlock', () => {
      const first = this.blocks[0];
      const opening = first?.kind === 'heading' && !this.frontMatter?.title && POLICY_TITLE.test(this.blockText(first)) ? first : undefined;
      return opening ?? this.blocks.slice(0, 30).find((b) => b.kind === 'heading' && isPolicyTitle(this.blockText(b)))
        ?? (first?.kind === 'heading' && !this.frontMatter?.title ? first : undefined);
    });
  }

  /** The heading block of a section. */
  headingOf(section: Section): Block { return this.blocks[section.heading]; }

  /** The headings enclosing a block, innermost first. */
  enclosingSections(b: Block): Section[] {
    const out: Section[] = [];
    for (let i = b.section; i >= 0; i = this.sections[i].parent) out.push(this.sections[i]);
    return out;
  }

  /** Caches a fact derived from the document (e.g. "is this a UK policy?") so rules compute it once. */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const v = compute();
    this.memos.set(key, v);
    return v;
  }

  private buildSections(): void {
    const stack: Section[] = [];
    for (const b of this.blocks) {
      if (b.kind === 'heading') {
        while (stack.length && stack[stack.length - 1].level >= b.level) {
          stack.pop()!.endBlock = b.index;
        }
        const sec: Section = {
          index: this.sections.length, heading: b.index, level: b.level,
          firstBlock: b.index, endBlock: this.blocks.length,
          parent: stack.length ? stack[stack.length - 1].index : -1,
        };
        this.sections.push(sec);
        stack.push(sec);
      }
      b.section = stack.length ? stack[stack.length - 1].index : -1;
    }
  }
}

/**
 * Accumulates visible text and blocks while a format parser walks its input.
 * The open block's text is kept apart and committed when the block ends, so the
 * document text is only ever appended to (never re-read while it grows: reading a
 * string that is still being concatenated flattens it, which would be quadratic).
 */
export class DocumentBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly blocks: Block[] = [];
  readonly links: Link[] = [];
  readonly map: SourceMap;
  private open?: Block;
  private current = '';
  /** Set by parsers of formats with opaque words: a run of OPAQUE is one word, and a block of nothing else is dropped. */
  opaqueWords = false;

  constructor(readonly format: Markup, readonly source: string, identity = false) {
    this.map = identity ? SourceMap.identity() : new SourceMap();
  }

  get inBlock(): boolean { return this.open !== undefined; }

  /** Visible offset where the next appended character will land. */
  get offset(): number { return this.open ? this.open.start + this.current.length : this.length; }

  begin(kind: BlockKind, sourceStart: number, opts: { level?: number; list?: ListInfo } = {}): void {
    if (this.open) this.end(sourceStart);
    const start = this.length + (this.blocks.length ? 2 : 0); // blocks are separated by a blank line
    this.current = '';
    this.open = {
      index: this.blocks.length, kind, start, end: start,
      sourceStart, sourceEnd: sourceStart, level: opts.level ?? 0, list: opts.list,
      section: -1, firstSentence: 0, sentenceCount: 0,
    };
  }

  /** Appends visible text that stands for `srcLen` source characters at `src`. */
  append(visible: string, src: number, srcLen = visible.length): void {
    if (!this.open || visible.length === 0) return;
    if (this.opaqueWords && srcLen === visible.length && visible.length > 1 && visible.includes(OPAQUE)) { this.appendCollapsed(visible, src); return; }
    this.map.add(this.open.start + this.current.length, visible.length, src, srcLen);
    this.current += visible;
  }

  /** Text of a masked source, one-to-one, with each run of OPAQUE made one visible OPAQUE for the whole run. */
  private appendCollapsed(visible: string, src: number): void {
    let i = 0;
    while (i < visible.length) {
      const at = visible.indexOf(OPAQUE, i);
      if (at < 0) { this.append(visible.slice(i), src + i); return; }
      if (at > i) this.append(visible.slice(i, at), src + i);
      let e = at + 1;
      while (e < visible.length && visible.charCodeAt(e) === OPAQUE_CODE) e++;
      this.map.add(this.open!.start + this.current.length, 1, src + at, e - at);
      this.current += OPAQUE;
      i = e;
    }
  }

  /** For plain text, where the visible text is the source: a block is just a range. */
  addRange(kind: BlockKind, start: number, end: number, sourceStart: number, sourceEnd: number, opts: { level?: number; list?: ListInfo } = {}): void {
    this.blocks.push({
      index: this.blocks.length, kind, start, end, sourceStart, sourceEnd,
      level: opts.level ?? 0, list: opts.list, section: -1, firstSentence: 0, sentenceCount: 0,
    });
  }

  end(sourceEnd: number): void {
    const b = this.open;
    if (!b) return;
    this.open = undefined;
    const text = this.current;
    this.current = '';
    // Trim surrounding whitespace of the block's visible text; drop empty blocks.
    let s = 0;
    let e = text.length;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (s === e || (this.opaqueWords && onlyOpaque(text, s, e))) {
      this.map.truncate(this.length);
      return;
    }
    if (this.blocks.length) this.parts.push('\n\n');
    this.parts.push(text);
    this.length = b.start + text.length;
    b.end = b.start + e;
    b.start += s;
    b.sourceEnd = Math.max(sourceEnd, b.sourceStart);
    this.blocks.push(b);
  }

  build(sourceFormat?: Format): PolicyDocument {
    if (this.open) this.end(this.source.length);
    const text = this.format === 'plaintext' ? this.source : this.parts.join('');
    const doc = new PolicyDocument(this.format, this.source, text, this.blocks, this.links, this.map);
    if (sourceFormat) doc.sourceFormat = sourceFormat;
    return doc;
  }
}

/** A block that is only computed words and white space (a JSX `<h2>{s.title}</h2>`) says nothing. */
function onlyOpaque(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) { const c = text.charCodeAt(i); if (c !== OPAQUE_CODE && !isBlank(c)) return false; }
  return true;
}
