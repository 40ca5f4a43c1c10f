// The shapes shared by the parser, the rules and every front end (CLI, server).
// Offsets are JavaScript string indices. `text` offsets index PolicyDocument.text
// (the visible text); `source` offsets index the file as written.

/** The markup a document's fixes are written in: what rules special-case (`doc.format`). */
export type Markup = 'plaintext' | 'markdown' | 'html';
/** HTML-based server templates: HTML whose template tags are opaque. */
export type TemplateDialect = 'erb' | 'twig' | 'blade' | 'jinja' | 'handlebars' | 'liquid' | 'php';
/**
 * The format a file is written in (what `parse` reads). A component or template format reads as
 * the markup it renders to: JSX, Vue, Svelte and templates as HTML, MDX as Markdown.
 */
export type Format = Markup | 'jsx' | 'mdx' | 'vue' | 'svelte' | TemplateDialect;
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow';

export interface ListInfo {
  /** Blocks with the same list id belong to one list. */
  id: number;
  ordered: boolean;
  /** As written: `-`, `•`, `1.`, `*`; for HTML `li`. */
  marker: string;
  /** Source text before the marker on the item's line (spaces, tabs). */
  indent: string;
}

export interface Block {
  index: number;
  kind: BlockKind;
  /** Visible-text range of the block's content (markers and markup excluded). */
  start: number;
  end: number;
  /** Source range of the whole block, markers included. */
  sourceStart: number;
  sourceEnd: number;
  /** Heading level (1 = top); 0 for other blocks. */
  level: number;
  list?: ListInfo;
  /** Index into PolicyDocument.sections of the innermost section holding this block (-1 before any heading). */
  section: number;
  /** Indices into PolicyDocument.sentences. */
  firstSentence: number;
  sentenceCount: number;
}

export interface Section {
  index: number;
  /** Block index of the heading. */
  heading: number;
  level: number;
  /** Block index range [firstBlock, endBlock) of everything under the heading, nested sections included. */
  firstBlock: number;
  endBlock: number;
  parent: number;
}

export interface Sentence {
  start: number;
  end: number;
  block: number;
}

export interface Link {
  /** Visible-text range of the link text. */
  start: number;
  end: number;
  href: string;
  /** Source range of the link target as written, when it could be located. */
  hrefSourceStart?: number;
  hrefSourceEnd?: number;
}

export interface Edit {
  /** Source offsets. */
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
  /** Safe fixes are applied by `--fix` and "fix all"; others need a person to fill in or confirm. */
  safe?: boolean;
  /** The best of several fixes (shown first, `isPreferred` in the editor). */
  preferred?: boolean;
}

export interface RelatedLocation {
  /** Source offsets in the linted document (0 and 0 when `file` names another file). */
  start: number;
  end: number;
  message: string;
  /** A place in another file (a manifest line): zero-based line and characters, as in LSP. */
  file?: { path: string; line: number; character: number; endCharacter: number };
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Source offsets. */
  start: number;
  end: number;
  /**
   * One sentence of at most 120 characters: what is wrong and what to do. It is what the Problems
   * panel and the CLI's stylish output show; the why and the caveats go in `detail`.
   */
  message: string;
  /**
   * The explanation behind the message, for the hover, JSON and SARIF: the why, the law in words, the
   * caveats (why no fix is offered). Never a repetition of the message.
   */
  detail?: string;
  /** The legal source the message relies on, e.g. "GDPR Art. 13(2)(a)"; may hold links. Shown in the hover, never in the message. */
  source?: string;
  fixes: Fix[];
  related?: RelatedLocation[];
  data?: Record<string, unknown>;
}
