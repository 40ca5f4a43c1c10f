// Hover: what PolicyLint adds to VS Code's own problem hover, which already shows the finding's
// message and its rule (linked to the rule's page by codeDescription). On a flagged span: the
// finding's explanation and its legal source, never the message again; on a GDPR citation: the
// article's official title, chapter and a link to the text on EUR-Lex.
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveOptions } from '../../rules/engine';
import { article, articleUrl, chapterOf, RECITAL_COUNT } from '../../rules/knowledge/gdpr';
import type { PolicyDocument } from '../../rules/model/document';
import type { Finding } from '../../rules/model/types';
import type { LintOptions } from '../../rules/rule';
import { citedArticles, findCitations } from '../../rules/shared/citations';

export function hover(doc: TextDocument, parsed: PolicyDocument, findings: Finding[], options: LintOptions, offset: number): Hover | null {
  const parts: string[] = [];
  let range: { start: number; end: number } | undefined;

  for (const f of findings) {
    if (offset < f.start || offset > f.end) continue;
    const part = findingPart(f);
    if (part && !parts.includes(part)) parts.push(part);
    range ??= f;
  }

  for (const c of findCitations(parsed, resolveOptions(options))) {
    const s = parsed.srcStart(c.start);
    const e = parsed.srcEnd(c.end);
    if (offset < s || offset > e || c.instrument !== 'gdpr') continue;
    if (c.kind === 'recital') {
      parts.push(c.refs.map((r) => r.article <= RECITAL_COUNT ? `GDPR Recital ${r.article} — [EUR-Lex](https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679)` : `GDPR Recital ${r.article} does not exist (the Regulation has ${RECITAL_COUNT}).`).join('\n\n'));
    } else {
      const lines = citedArticles(c).slice(0, 12).map((n) => {
        const a = article(n);
        if (!a) return `**Article ${n}** — does not exist (the GDPR has Articles 1–99)`;
        const ch = chapterOf(n)!;
        return `**Article ${n} GDPR — ${a.title}**  \nChapter ${ch.roman}: ${ch.title}${a.section ? ` · Section: ${a.section}` : ''} · [EUR-Lex](${articleUrl(n)})`;
      });
      parts.push(lines.join('\n\n'));
    }
    range ??= { start: s, end: e };
  }

  if (!parts.length || !range) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: { start: doc.positionAt(range.start), end: doc.positionAt(range.end) },
  };
}

/** A finding's part of the hover: its detail and its legal source; nothing when it has neither. */
function findingPart(f: Finding): string | undefined {
  const lines: string[] = [];
  if (f.detail) lines.push(escapeMarkdown(f.detail));
  if (f.source) lines.push(`*Source:* ${linkedSource(f.source)}`);
  return lines.length ? lines.join('\n\n') : undefined;
}

/** Markdown's own characters in prose (a policy's quoted `*`, `_`, `[`), shown as written. */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

const SITE_NAMES: Record<string, string> = {
  'eur-lex.europa.eu': 'EUR-Lex', 'curia.europa.eu': 'CURIA', 'www.legislation.gov.uk': 'legislation.gov.uk', 'legislation.gov.uk': 'legislation.gov.uk',
  'edpb.europa.eu': 'EDPB', 'ico.org.uk': 'ICO',
};

/** A source with its addresses as short links: "GDPR Art. 28 (https://eur-lex…)" → "GDPR Art. 28 ([EUR-Lex](https://eur-lex…))". */
export function linkedSource(source: string): string {
  const parts = source.split(/(https?:\/\/[^\s)]*[^\s).,;:])/);
  return parts.map((p, i) => {
    if (i % 2 === 0) return escapeMarkdown(p);
    let host = p;
    try { host = new URL(p).hostname; } catch { /* shown as written */ }
    return `[${SITE_NAMES[host] ?? host.replace(/^www\./, '')}](${p})`;
  }).join('');
}
