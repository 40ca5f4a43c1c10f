// The kinds of recipient a policy may name instead of a service ("analytics providers", "Hosting: …"), read
// from knowledge/recipient-categories.json; shared by processor-undisclosed-in-code and processor-unlisted.
import categoryData from '../knowledge/recipient-categories.json';

/** A kind of recipient the policy may name instead of the service (recipient-categories.json). */
export interface RecipientCategory { id: string; label: RegExp; cell: RegExp; phrase: RegExp }
/** What a category's phrases call the recipient: "analytics providers", "payment processors", "hosting services". */
const PROVIDER = '(?:providers?|processors?|services?|tools?|partners?|vendors?|compan(?:y|ies)|platforms?|software|networks?|gateways?|solutions?)\\b';
export const CATEGORIES: RecipientCategory[] = (categoryData as { categories: Array<{ id: string; labels: string[]; phrases: string[] }> }).categories.map((c) => ({
  id: c.id,
  // An entry that begins with the category and a colon or dash: "Analytics: anonymised usage data", "**Hosting** – …".
  label: new RegExp(`^(?:${c.labels.join('|')})(?:\\*\\*|__)?\\s*(?::|\\s[–—-]\\s)`, 'i'),
  // The first cell of a row in a table of recipients: "| Hosting | servers in the EU |".
  cell: new RegExp(`^(?:${c.labels.join('|')})$`, 'i'),
  // Words joined by spaces or hyphens alike ("error monitoring", "error-monitoring").
  phrase: new RegExp(c.phrases.map((p) => p.replaceAll('PROVIDER', PROVIDER).replaceAll('\\s+', '[\\s-]+')).join('|'), 'gi'),
}));

/** An entry's text without tags and the marks that open it (bullets, emphasis): "**Hosting** – …" → "Hosting** – …". */
export function entryHead(text: string): string {
  return text.replace(/<[^<>]*>/g, '').replace(/^[\s*_•·-]+/, '');
}

/** The categories a list entry names as its kind ("Content delivery networks", "Analytics: usage data", "our hosting providers"). */
export function categoriesOfEntry(text: string): Set<string> {
  const t = entryHead(text).replace(/[\s*_.;,:]+$/, '').trim();
  const out = new Set<string>();
  for (const c of CATEGORIES) {
    c.phrase.lastIndex = 0;
    if (c.cell.test(t) || c.label.test(t) || c.phrase.test(t)) out.add(c.id);
  }
  return out;
}
