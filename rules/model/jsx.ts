// JSX and TSX pages through @babel/parser, which gives the source range of every node. The page
// is read as React renders it: the text of JSX elements (React's whitespace rules, HTML entities
// decoded, `{" "}` and other string expressions as their text), with <h2> a heading, <li> a list
// item and attributes ignored; an expression such as `{companyName}` is one opaque word. Outside
// JSX, string and template literals that are clearly prose (an array of { title, body } sections)
// are blocks too. Fixes may only edit inside JSX text or a string literal (see jsxEditGuard).
import { parse as babelParse, parseExpression, type ParserPlugin } from '@babel/parser';
import { decodeHTML } from 'entities';
import { DocumentBuilder, OPAQUE, PolicyDocument } from './document';
import { appendDecoded, BLOCK_TAGS, CONTEXT_TAGS, HIDDEN_TAGS } from './html';
import type { BlockKind, Edit, ListInfo } from './types';

/** A node of Babel's AST, read generically: only `type`, the range and the fields used here. */
interface Node { type: string; start: number; end: number; [key: string]: unknown }

/** Where the file's prose is, for fixes: JSX text, or the inside of a string or template literal (with its quote). */
interface ProseRegion { start: number; end: number; quote: 'jsx' | '"' | "'" | '`' }

const PLUGIN_SETS: ParserPlugin[][] = [['jsx', 'typescript'], ['jsx'], ['jsx', 'flow']];
/** Keys of a node that are not child nodes, or children that never hold page text. */
const SKIPPED_KEYS = new Set(['loc', 'start', 'end', 'extra', 'leadingComments', 'trailingComments', 'innerComments', 'comments', 'tokens', 'range', 'typeAnnotation', 'returnType', 'typeParameters', 'superTypeParameters', 'decorators', 'key']);
const SKIPPED_NODES = new Set(['ImportDeclaration', 'ExportAllDeclaration', 'JSXAttribute', 'JSXSpreadAttribute', 'Directive', 'TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSEnumDeclaration', 'TSModuleDeclaration', 'TSDeclareFunction', 'RegExpLiteral', 'TaggedTemplateExpression', 'NewExpression', 'ThrowStatement']);
/** Keys that name what a record of a rendered array is about (a provider's card, a processor's row). */
const NAME_KEYS = new Set(['name', 'provider', 'vendor', 'service', 'company', 'processor', 'recipient', 'subprocessor', 'partner', 'tool']);
/** Keys of a record that are code, not text: ids, icons, links, styles. */
const SKIPPED_RECORD_KEYS = new Set(['id', 'key', 'icon', 'href', 'url', 'link', 'logo', 'image', 'src', 'color', 'classname', 'class', 'slug', 'type', 'variant']);
/** Props that carry the date of a policy's version. */
const DATE_PROP = /^(?:last[-_]?(?:updated|modified|revised|reviewed)(?:at|on|date)?|updated(?:at|on|date)?|effective(?:date|from|on|since)?|revised(?:at|on|date)?|modified(?:at|on|date)?)$/i;
/** Object keys whose string value is a section's heading, and the level it gets. */
const TITLE_KEYS: Record<string, number> = { title: 2, heading: 2, header: 2, question: 3, subtitle: 3, subheading: 3 };

export function parseJsx(source: string): PolicyDocument {
  const b = new DocumentBuilder('html', source);
  b.opaqueWords = true;
  const program = parseProgram(source);
  const regions: ProseRegion[] = [];
  if (program) {
    const reader = new JsxReader(source, b, regions);
    reader.findRenderedData(program);
    reader.visit(program);
  }
  const doc = b.build('jsx');
  regions.sort((x, y) => x.start - y.start);
  doc.editGuard = (e) => jsxEditGuard(regions, e);
  return doc;
}

/** The file's AST, trying TSX, then plain JSX, then Flow; undefined when none of them reads it (no findings). */
function parseProgram(source: string): Node | undefined {
  for (const plugins of PLUGIN_SETS) {
    try {
      return babelParse(source, { sourceType: 'module', plugins, errorRecovery: true, allowReturnOutsideFunction: true, allowImportExportEverywhere: true, allowUndeclaredExports: true }).program as unknown as Node;
    } catch { /* the next plugin set */ }
  }
  return undefined;
}

/** Does the file still parse (as parseJsx reads it)? For tests of fixes. */
export function jsxParses(source: string): boolean {
  for (const plugins of PLUGIN_SETS) {
    try { babelParse(source, { sourceType: 'module', plugins }); return true; } catch { /* next */ }
  }
  return false;
}

class JsxReader {
  private readonly contexts: string[] = [];
  private readonly lists: ListInfo[] = [];
  private listId = 0;
  private hidden = 0;
  /** Whether the element being read stands among words of its parent (see componentTag). */
  private parentHasText = false;
  private cellsInRow = 0;
  /** > 0 inside a <table>: a record of a rendered array there is a row. */
  private tables = 0;
  private rows = 0;
  /** Counts what was appended, to tell whether an expression held page text. */
  private emitted = 0;
  private jsxDepth = 0;
  /** Top-level constants of prose (`const sections = [{ title, body }, …]`) that JSX renders: read where they are rendered. */
  private readonly data = new Map<string, Node>();
  private readonly renderedData = new Set<Node>();
  /** Top-level string constants, for a date passed to a layout by name (`lastUpdated={lastUpdated}`). */
  private readonly strings = new Map<string, Node>();
  /** > 0 while reading such a constant where it is rendered. */
  private inData = 0;
  private readonly arrayLists = new Map<Node, number>();
  private link?: { start: number; href: string; hrefSourceStart?: number; hrefSourceEnd?: number };

  constructor(private readonly source: string, private readonly b: DocumentBuilder, private readonly regions: ProseRegion[]) {}

  /** Finds the top-level array and object constants that JSX renders by name (`{sections.map(…)}`, `{rights}`). */
  findRenderedData(program: Node): void {
    const candidates = new Map<string, Node>();
    for (let st of program.body as Node[]) {
      if (st.type === 'ExportNamedDeclaration' && st.declaration) st = st.declaration as Node;
      if (st.type !== 'VariableDeclaration') continue;
      for (const d of st.declarations as Node[]) {
        let init = d.init as Node | null;
        while (init && (init.type === 'TSAsExpression' || init.type === 'TSSatisfiesExpression')) init = init.expression as Node;
        // Arrays and objects of prose, and strings rendered in a sentence (`Last updated {lastUpdated}`).
        if ((d.id as Node).type === 'Identifier' && init && (init.type === 'ArrayExpression' || init.type === 'ObjectExpression' || init.type === 'StringLiteral' || (init.type === 'TemplateLiteral' && (init.expressions as Node[]).length === 0))) candidates.set((d.id as Node).name as string, init);
      }
    }
    for (const [name, init] of candidates) if (init.type === 'StringLiteral' || init.type === 'TemplateLiteral') this.strings.set(name, init);
    if (!candidates.size) return;
    const stack: Node[] = [program];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.type === 'JSXExpressionContainer') {
        const name = renderedName(node.expression as Node);
        if (name && candidates.has(name)) { this.data.set(name, candidates.get(name)!); this.renderedData.add(candidates.get(name)!); }
      }
      for (const k in node) {
        if (SKIPPED_KEYS.has(k)) continue;
        const v = node[k];
        if (Array.isArray(v)) { for (const c of v) if (c && typeof c === 'object' && typeof (c as Node).type === 'string') stack.push(c as Node); } else if (v && typeof v === 'object' && typeof (v as Node).type === 'string') stack.push(v as Node);
      }
    }
  }

  /** Any node outside JSX text: finds JSX elements and prose literals in source order. */
  visit(node: Node, parent?: Node, key?: string): void {
    if (this.renderedData.has(node) && !this.inData) return; // read where it is rendered
    if (SKIPPED_NODES.has(node.type) || node.type.startsWith('TS') && node.type !== 'TSAsExpression' && node.type !== 'TSSatisfiesExpression' && node.type !== 'TSNonNullExpression') return;
    switch (node.type) {
      case 'JSXElement':
      case 'JSXFragment':
        this.element(node);
        return;
      case 'StringLiteral':
      case 'TemplateLiteral':
        this.literalBlock(node, parent, key);
        return;
      case 'ObjectExpression':
        if (parent?.type === 'ArrayExpression' && (this.inData || this.jsxDepth > 0) && this.record(node, parent)) return;
        break;
      case 'CallExpression': {
        // require("…"), import("…"), console.log("…"): not page text.
        const callee = node.callee as Node;
        if (callee.type === 'Import' || (callee.type === 'Identifier' && callee.name === 'require')) return;
        if (callee.type === 'MemberExpression' && (callee.object as Node).type === 'Identifier' && (callee.object as Node).name === 'console') return;
        break;
      }
      default:
        break;
    }
    for (const k in node) {
      if (SKIPPED_KEYS.has(k)) continue;
      const v = node[k];
      if (Array.isArray(v)) { for (const c of v) if (c && typeof c === 'object' && typeof (c as Node).type === 'string') this.visit(c as Node, node, k); } else if (v && typeof v === 'object' && typeof (v as Node).type === 'string') this.visit(v as Node, node, k);
    }
  }

  /** A string or template literal outside JSX: a block of its own when it reads as prose. */
  private literalBlock(node: Node, parent: Node | undefined, key: string | undefined): void {
    // Outside JSX and the constants it renders a string is not page text (metadata, messages, keys).
    if (this.jsxDepth === 0 && !this.inData) return;
    const text = literalText(this.source, node);
    if (text === undefined) return;
    const propKey = parent?.type === 'ObjectProperty' && key === 'value' ? propertyName(parent.key as Node) : undefined;
    const titleLevel = propKey ? TITLE_KEYS[propKey] : undefined;
    let kind: BlockKind = 'paragraph';
    let list: ListInfo | undefined;
    if (titleLevel && text.toLowerCase() !== text.toUpperCase() && text.length < 200) kind = 'heading'; // has letters
    else if (parent?.type === 'ArrayExpression' && isProse(text, 2)) {
      // Strings of one array are the items of one list (a list of rights, of recipients).
      kind = 'listItem';
      list = { id: this.arrayListId(parent), ordered: false, marker: 'li', indent: '' };
    } else if (!isProse(text, 4)) return;
    if (this.inData && kind === 'listItem' && this.lists.length) list = { ...this.lists[this.lists.length - 1] };
    if (this.jsxDepth > 0 && !this.inData) {
      // Inside JSX (`{cond ? 'We keep …' : …}`): text of the element it is in.
      if (!this.b.inBlock) this.beginHere(node.start);
      this.appendLiteral(node);
      return;
    }
    this.b.begin(kind, node.start, { level: kind === 'heading' ? titleLevel : 0, list });
    this.appendLiteral(node);
    this.b.end(node.end);
  }

  /**
   * An object of a rendered array whose values are the text of one card or row. Inside a <table> it is a row,
   * its strings the cells (`{ category: 'Account data', period: 'Duration of account + 30 days' }`); elsewhere,
   * where it names something by a name key (`{ name: 'Supabase', role: 'Database provider' }`, a card per
   * provider), one item of a list, its name first and its other strings after it ("Supabase – Database
   * provider"). A one-word string is page text here, which a string elsewhere outside JSX is not.
   */
  private record(node: Node, array: Node): boolean {
    if (this.hidden) return false;
    const props = (node.properties as Node[]).filter((p) => p.type === 'ObjectProperty');
    const isText = (p: Node) => {
      const v = p.value as Node;
      const t = (v.type === 'StringLiteral' || v.type === 'TemplateLiteral') && !SKIPPED_RECORD_KEYS.has(propertyName(p.key as Node) ?? '') ? literalText(this.source, v) : undefined;
      return t !== undefined && t.length <= 300 && /\p{L}{2}/u.test(t) && !/^[\w-]+(?:\.[\w-]+)+$|^[a-z]+[A-Z]\w*$|^(?:https?:|\/|#)/.test(t);
    };
    const texts = props.filter(isText);
    const nameProp = texts.find((p) => NAME_KEYS.has(propertyName(p.key as Node) ?? ''));
    const row = this.tables > 0 && texts.length >= 2;
    if (!row && (!nameProp || ((nameProp.value as Node).type !== 'StringLiteral') || String((nameProp.value as Node).value).length > 80)) return false;
    const values = row ? texts : [nameProp!, ...texts.filter((p) => p !== nameProp)];
    this.b.end(node.start);
    if (row) this.b.begin('tableRow', node.start);
    else this.b.begin('listItem', node.start, { list: { id: this.arrayListId(array), ordered: false, marker: 'li', indent: '' } });
    values.forEach((p, i) => {
      if (i > 0) this.b.append(row ? '\t' : ' – ', (p.value as Node).start, 0);
      this.appendLiteral(p.value as Node);
    });
    this.b.end(node.end);
    return true;
  }

  private arrayListId(array: Node): number {
    let id = this.arrayLists.get(array);
    if (id === undefined) { id = this.listId++; this.arrayLists.set(array, id); }
    return id;
  }

  private element(node: Node): void {
    this.jsxDepth++;
    try { this.elementIn(node); } finally { this.jsxDepth--; }
  }

  private elementIn(node: Node): void {
    const amongText = this.parentHasText;
    const html = node.type === 'JSXElement' ? tagName((node.openingElement as Node).name as Node) : '';
    const component = node.type === 'JSXElement' && !html;
    const tag = component ? componentTag(node.openingElement as Node, amongText) : html;
    const hides = HIDDEN_TAGS.has(tag);
    if (hides) this.hidden++;
    const isBlock = BLOCK_TAGS.has(tag) || tag === 'td' || tag === 'th';
    if (!this.hidden) this.open(tag, node);
    if (!this.hidden && component) { this.componentTitle(node.openingElement as Node); this.componentDate(node.openingElement as Node); }
    const children = node.children as Node[];
    const hasText = children.some(isText);
    if (tag === 'table') this.tables++;
    try {
      for (const child of children) {
        if (this.hidden) break;
        this.parentHasText = hasText;
        this.child(child);
      }
    } finally { if (tag === 'table') this.tables--; }
    if (hides) this.hidden--;
    if (this.hidden) return;
    if (tag === 'a' && this.link) { this.b.links.push({ ...this.link, end: this.b.offset }); this.link = undefined; }
    if (CONTEXT_TAGS.has(tag)) this.contexts.pop();
    if (tag === 'tr') this.rows--;
    if (tag === 'ul' || tag === 'ol') this.lists.pop();
    if (isBlock && !((tag === 'td' || tag === 'th') && this.rows > 0)) this.b.end(node.end);
  }

  private open(tag: string, node: Node): void {
    const b = this.b;
    const start = node.start;
    if (BLOCK_TAGS.has(tag) || tag === 'td' || tag === 'th') {
      if ((tag === 'td' || tag === 'th') && this.rows > 0) {
        if (this.cellsInRow++ > 0 && b.inBlock) b.append('\t', start, 0);
      } else {
        b.end(start);
        if (tag === 'tr') this.cellsInRow = 0;
      }
    }
    if (tag === 'ul' || tag === 'ol') this.lists.push({ id: this.listId++, ordered: tag === 'ol', marker: 'li', indent: this.indentOf(start) });
    if (CONTEXT_TAGS.has(tag)) this.contexts.push(tag);
    if (tag === 'tr') { this.rows++; b.begin('tableRow', start); } else if (tag === 'li') {
      const list = this.lists[this.lists.length - 1] ?? { id: this.listId++, ordered: false, marker: 'li', indent: '' };
      b.begin('listItem', start, { list: { ...list, indent: this.indentOf(start) } });
    } else if (/^h[1-6]$/.test(tag)) b.begin('heading', start, { level: Number(tag[1]) });
    else if (tag === 'a') {
      const href = attribute(node.openingElement as Node, 'href');
      if (!b.inBlock) this.beginHere(start);
      this.link = { start: b.offset, href: href ? decodeHTML(href.value) : '', hrefSourceStart: href?.start, hrefSourceEnd: href?.end };
    }
  }

  private child(child: Node): void {
    switch (child.type) {
      case 'JSXText':
        this.jsxText(child);
        break;
      case 'JSXElement':
      case 'JSXFragment':
        this.element(child);
        break;
      case 'JSXExpressionContainer': {
        const e = child.expression as Node;
        if (e.type === 'JSXEmptyExpression') break; // {/* a comment */}
        if (e.type === 'StringLiteral' || (e.type === 'TemplateLiteral' && literalText(this.source, e) !== undefined)) {
          if (!this.b.inBlock) this.beginHere(e.start);
          this.appendLiteral(e);
          break;
        }
        const name = renderedName(e);
        const rendered = name ? this.data.get(name) : undefined;
        if (rendered && e.type === 'Identifier' && (rendered.type === 'StringLiteral' || rendered.type === 'TemplateLiteral')) {
          // A string constant in its place, as if written there: "Last updated {lastUpdated}".
          if (!this.b.inBlock) this.beginHere(e.start);
          this.appendLiteral(rendered);
          break;
        }
        if (name && this.data.has(name)) {
          // The data it renders, in its place: strings in a <ul> are its items, { title, body } sections.
          this.inData++;
          try { this.visit(this.data.get(name)!); } finally { this.inData--; }
          break;
        }
        // An expression that renders JSX or prose (`{cond && <p>…</p>}`, `{items.map(…)}`) is read;
        // one that holds none is a computed word.
        const before = this.emitted;
        this.visit(e);
        if (this.emitted === before) this.opaque(child.start, child.end);
        break;
      }
      default:
        this.opaque(child.start, child.end); // {...spread}
    }
  }

  /**
   * A component that renders a section with its title as a prop (`<Section title="5. Subprocessors">`,
   * `<LegalSection heading="Your rights">`): the title is the section's heading, before its children.
   * Its text is not editable (a JSX attribute is no JavaScript string).
   */
  private componentTitle(opening: Node): void {
    const name = opening.name as Node;
    if (name.type !== 'JSXIdentifier' || !/^[A-Z]/.test(name.name as string)) return;
    for (const a of opening.attributes as Node[]) {
      if (a.type !== 'JSXAttribute' || (a.name as Node).type !== 'JSXIdentifier') continue;
      const level = TITLE_KEYS[String((a.name as Node).name).toLowerCase()];
      const v = a.value as Node | null;
      // A title, not a key or an identifier: letters, short, nothing code-like ("5. Subprocessors", "Your
      // rights"; not "privacy.rights.title" or "sectionTitle").
      const value = v?.type === 'StringLiteral' ? (v.value as string) : '';
      if (!level || !/\p{L}{2}/u.test(value) || value.length > 120 || /[{}<>=_/\\]|^[a-z]+[A-Z]|^[\w-]+(?:\.[\w-]+)+$/.test(value)) continue;
      this.b.end(v!.start);
      this.b.begin('heading', v!.start + 1, { level });
      appendEscaped(this.b, this.source, v!.start + 1, v!.end - 1);
      this.emitted++;
      this.b.end(v!.end - 1);
      return;
    }
  }

  /**
   * A layout that renders the policy's date from a prop (`<LegalLayout title="Privacy Policy"
   * lastUpdated="25 August 2026">`, or `lastUpdated={lastUpdated}` naming a string constant): the page
   * shows it as the date of the version. It is read as "Last updated: 25 August 2026" ("Effective date: …"
   * for an effective-date prop), the label standing for the prop's name and the date editable in its string.
   */
  private componentDate(opening: Node): void {
    const name = opening.name as Node;
    if (name.type !== 'JSXIdentifier' || !/^[A-Z]/.test(name.name as string)) return;
    for (const a of opening.attributes as Node[]) {
      if (a.type !== 'JSXAttribute' || (a.name as Node).type !== 'JSXIdentifier') continue;
      const prop = String((a.name as Node).name);
      if (!DATE_PROP.test(prop)) continue;
      const v = a.value as Node | null;
      const e = v?.type === 'JSXExpressionContainer' ? (v.expression as Node) : v;
      const literal = e?.type === 'StringLiteral' ? e : e?.type === 'Identifier' ? this.strings.get(e.name as string) : undefined;
      const text = literal && literalText(this.source, literal);
      if (!literal || !text || !/\b(?:19|20)\d\d\b/.test(text) || text.length > 40) continue;
      this.b.end(a.start);
      this.b.begin('paragraph', a.start);
      this.b.append(/^effective/i.test(prop) ? 'Effective date: ' : 'Last updated: ', (a.name as Node).start, prop.length);
      this.appendLiteral(literal);
      this.b.end(a.end);
      return;
    }
  }

  private beginHere(src: number): void {
    const t = this.contexts[this.contexts.length - 1];
    const kind: BlockKind = t && /^h[1-6]$/.test(t) ? 'heading' : t === 'li' ? 'listItem' : t === 'tr' ? 'tableRow' : 'paragraph';
    this.b.begin(kind, src, { level: kind === 'heading' ? Number(t[1]) : 0 });
  }

  private opaque(start: number, end: number): void {
    if (this.hidden) return;
    // A block of computed values alone is dropped by the builder (opaqueWords).
    if (!this.b.inBlock) this.beginHere(start);
    this.b.append(OPAQUE, start, end - start);
  }

  /** JSX text as React renders it: lines trimmed, lines with text joined by one space, entities decoded. */
  private jsxText(node: Node): void {
    const src = this.source;
    const lines: Array<[number, number]> = [];
    let at = node.start;
    while (at <= node.end) {
      let eol = at;
      while (eol < node.end && src.charCodeAt(eol) !== 10 && src.charCodeAt(eol) !== 13) eol++;
      lines.push([at, eol]);
      if (eol >= node.end) break;
      at = eol + (src.charCodeAt(eol) === 13 && src.charCodeAt(eol + 1) === 10 ? 2 : 1);
    }
    const isSpace = (c: number) => c === 32 || c === 9;
    let lastWithText = -1;
    for (let i = 0; i < lines.length; i++) {
      for (let k = lines[i][0]; k < lines[i][1]; k++) if (!isSpace(src.charCodeAt(k))) { lastWithText = i; break; }
    }
    if (lastWithText < 0 && lines.length > 1) return; // white space with a line break renders nothing
    this.regions.push({ start: node.start, end: node.end, quote: 'jsx' });
    for (let i = 0; i < lines.length; i++) {
      let [s, e] = lines[i];
      if (i > 0) while (s < e && isSpace(src.charCodeAt(s))) s++;
      if (i < lines.length - 1) while (e > s && isSpace(src.charCodeAt(e - 1))) e--;
      if (s === e) continue;
      if (!this.b.inBlock) {
        if (!/\S/.test(src.slice(s, e))) continue;
        this.beginHere(s);
      }
      this.appendEntities(src.slice(s, e), s);
      if (i < lastWithText) this.b.append(' ', e, 0);
    }
  }

  private appendEntities(raw: string, start: number): void {
    appendDecoded(this.b, raw, start);
    if (raw.length) this.emitted++;
  }

  /** The text of a string or template literal, escapes decoded, `${…}` as opaque words. */
  private appendLiteral(node: Node): void {
    if (this.hidden) return;
    const src = this.source;
    if (node.type === 'StringLiteral') {
      const quote = src[node.start] as '"' | "'";
      this.regions.push({ start: node.start + 1, end: node.end - 1, quote });
      appendEscaped(this.b, src, node.start + 1, node.end - 1);
    } else {
      const quasis = node.quasis as Node[];
      const exprs = node.expressions as Node[];
      for (let i = 0; i < quasis.length; i++) {
        this.regions.push({ start: quasis[i].start, end: quasis[i].end, quote: '`' });
        appendEscaped(this.b, src, quasis[i].start, quasis[i].end);
        if (i < exprs.length) this.b.append(OPAQUE, quasis[i].end, quasis[i + 1].start - quasis[i].end);
      }
    }
    this.emitted++;
  }

  private indentOf(at: number): string {
    let s = at;
    while (s > 0 && (this.source.charCodeAt(s - 1) === 32 || this.source.charCodeAt(s - 1) === 9)) s--;
    return this.source.slice(s, at);
  }
}

/** `{rights}`, `{rights.map(…)}`: the name of the constant an expression renders. */
function renderedName(e: Node): string | undefined {
  if (e.type === 'Identifier') return e.name as string;
  if (e.type === 'CallExpression') {
    const callee = e.callee as Node;
    if (callee.type === 'MemberExpression' && (callee.object as Node).type === 'Identifier' && (callee.property as Node).type === 'Identifier' && ['map', 'flatMap'].includes((callee.property as Node).name as string)) return (callee.object as Node).name as string;
  }
  return undefined;
}

/** Text a reader sees among an element's children: words, or a string in braces. */
function isText(c: Node): boolean {
  if (c.type === 'JSXText') return /\S/.test(c.value as string);
  if (c.type !== 'JSXExpressionContainer') return false;
  const e = c.expression as Node;
  return e.type === 'StringLiteral' || e.type === 'TemplateLiteral';
}

/**
 * How a component (`<Typography>`, `<Box>`, `<Text>`, `<Link>`) is read. Its markup is unknown, so its
 * place decides: among words (`Read our <Link>terms</Link>.`) it is inline; standing alone among
 * elements (`<Box><Typography variant="h2">…</Typography><Typography>…</Typography></Box>`) it is a
 * block, as a renderer's <div> or <p> would be. A heading is declared by a prop naming one
 * (`variant="h2"`, `as="h3"`, `component="h1"`).
 */
function componentTag(opening: Node, amongText: boolean): string {
  if (amongText) return '';
  for (const prop of ['variant', 'as', 'component']) {
    const v = attribute(opening, prop)?.value ?? bracedString(opening, prop);
    if (v && /^h[1-6]$/.test(v)) return v;
  }
  return 'div';
}

function tagName(name: Node): string {
  // <h2>, <li>: HTML elements; <Link>, <motion.div>, <ns:x>: components and the like, read as inline.
  if (name.type === 'JSXIdentifier') { const n = name.name as string; return /^[a-z][a-z0-9]*$/.test(n) ? n : ''; }
  return '';
}

function propertyName(key: Node): string | undefined {
  if (key.type === 'Identifier') return (key.name as string).toLowerCase();
  if (key.type === 'StringLiteral') return (key.value as string).toLowerCase();
  return undefined;
}

/** A string attribute's value and the source range of its text. */
function attribute(opening: Node, name: string): { value: string; start: number; end: number } | undefined {
  for (const a of opening.attributes as Node[]) {
    if (a.type !== 'JSXAttribute' || (a.name as Node).name !== name) continue;
    const v = a.value as Node | null;
    if (v?.type === 'StringLiteral') return { value: v.value as string, start: v.start + 1, end: v.end - 1 };
  }
  return undefined;
}

/** A prop given as a string in braces: `variant={'h2'}`. */
function bracedString(opening: Node, name: string): string | undefined {
  for (const a of opening.attributes as Node[]) {
    if (a.type !== 'JSXAttribute' || (a.name as Node).name !== name) continue;
    const v = a.value as Node | null;
    const e = v?.type === 'JSXExpressionContainer' ? v.expression as Node : undefined;
    if (e?.type === 'StringLiteral') return e.value as string;
  }
  return undefined;
}

/** The cooked text of a string or template literal (expressions as OPAQUE), or undefined for other nodes. */
function literalText(source: string, node: Node): string | undefined {
  if (node.type === 'StringLiteral') return node.value as string;
  if (node.type !== 'TemplateLiteral') return undefined;
  return (node.quasis as Node[]).map((q) => (q.value as { cooked?: string }).cooked ?? '').join(OPAQUE);
}

/** Reads as prose: enough words, most of them plain words (not class names, paths, keys or code). */
function isProse(text: string, minWords: number): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < minWords || !/\p{Ll}/u.test(text)) return false;
  let plain = 0;
  for (const w of words) if (/^[("“‘]?[\p{L}\uFFFC][\p{L}\p{M}'’\-]*[.,;:!?)"”’]*$/u.test(w)) plain++;
  return plain / words.length >= 0.6 && !/[-=]>|\$\{|[{}]/.test(text);
}

/** Appends source [from, to) of a JS string's body, each escape sequence as the character it stands for. */
function appendEscaped(b: DocumentBuilder, src: string, from: number, to: number): void {
  let run = from;
  for (let i = from; i < to; i++) {
    if (src.charCodeAt(i) !== 92 /* \ */) continue;
    if (i > run) b.append(src.slice(run, i), run);
    const [text, len] = escapeAt(src, i, to);
    if (text) b.append(text, i, len);
    i += len - 1;
    run = i + 1;
  }
  if (to > run) b.append(src.slice(run, to), run);
}

function escapeAt(src: string, i: number, to: number): [string, number] {
  const c = src[i + 1];
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
  if (c === undefined || i + 1 >= to) return ['', 1];
  if (simple[c] !== undefined && !(c === '0' && /[0-9]/.test(src[i + 2] ?? ''))) return [simple[c], 2];
  if (c === '\r') return ['', src[i + 2] === '\n' ? 3 : 2];
  if (c === '\n' || c === '\u2028' || c === '\u2029') return ['', 2];
  if (c === 'x') { const h = src.slice(i + 2, i + 4); if (/^[0-9a-fA-F]{2}$/.test(h)) return [String.fromCharCode(parseInt(h, 16)), 4]; }
  if (c === 'u') {
    if (src[i + 2] === '{') { const close = src.indexOf('}', i + 3); const h = close > 0 && close - i < 12 ? src.slice(i + 3, close) : ''; if (/^[0-9a-fA-F]{1,6}$/.test(h) && parseInt(h, 16) <= 0x10ffff) return [String.fromCodePoint(parseInt(h, 16)), close - i + 1]; }
    const h = src.slice(i + 2, i + 6);
    if (/^[0-9a-fA-F]{4}$/.test(h)) return [String.fromCharCode(parseInt(h, 16)), 6];
  }
  return [c, 2];
}

/**
 * A fix's edit in a JSX file: only inside one stretch of JSX text or one string literal. Text for
 * JSX is kept as written (HTML entities are read there) with braces escaped, and must parse as JSX
 * children; text for a string literal is unescaped from HTML and escaped for its quote, and may
 * not bring markup into the string.
 */
export function jsxEditGuard(regions: ProseRegion[], e: Edit): Edit | undefined {
  let lo = 0;
  let hi = regions.length - 1;
  let found: ProseRegion | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid].start <= e.start) { found = regions[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  if (!found || e.end > found.end) return undefined;
  if (found.quote === 'jsx') {
    const newText = escapeBraces(e.newText, (c) => `{'${c}'}`);
    try {
      parseExpression(`<>${newText}</>`, { plugins: ['jsx'] });
    } catch {
      return undefined;
    }
    return { ...e, newText };
  }
  const text = decodeHTML(e.newText);
  if (/<[A-Za-z/!]/.test(text)) return undefined;
  let escaped = text.replace(/\\/g, '\\\\');
  if (found.quote === '`') escaped = escaped.replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  else escaped = escaped.split(found.quote).join(`\\${found.quote}`).replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return { ...e, newText: escaped };
}

/** Each `{` and `}` of a text written as `wrap` makes it (JSX and MDX take braces as code). */
export function escapeBraces(text: string, wrap: (brace: string) => string): string {
  let out = '';
  for (const ch of text) out += ch === '{' || ch === '}' ? wrap(ch) : ch;
  return out;
}
