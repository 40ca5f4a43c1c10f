// Hover: on a GDPR citation, the article's official title, chapter and a link to
// the text on EUR-Lex; on a flagged span, the rule's explanation and legal source.
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveOptions } from '../../rules/engine';
import { article, articleUrl, chapterOf, RECITAL_COUNT } from '../../rules/knowledge/gdpr';
import type { PolicyDocument } from '../../rules/model/document';
import type { Finding } from '../../rules/model/types';
import type { LintOptions } from '../../rules/rule';
import { citedArticles, findCitations } from '../../rules/shared/citations';
import { ruleDocsUrl } from '../meta';

export function hover(doc: TextDocument, parsed: PolicyDocument, findings: Finding[], options: LintOptions, offset: number): Hover | null {
  const parts: string[] = [];
  let range: { start: number; end: number } | undefined;

  for (const f of findings) {
    if (offset < f.start || offset > f.end) continue;
    parts.push(`**PolicyLint: ${f.ruleId}** (${f.severity})\n\n${f.message}${f.source ? `\n\n*Source:* ${f.source}` : ''}\n\n[Rule documentation](${ruleDocsUrl(f.ruleId)})`);
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
