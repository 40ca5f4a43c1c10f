// Catalogue names in a document's visible text, found once per document and vendor index
// and shared by the rules that need them (processor-unlisted, required-disclosure).
import type { PolicyDocument } from '../model/document';
import { partOfLongerName, type VendorIndex, type VendorMatch } from '../knowledge/vendors';

/**
 * Every catalogue name in `doc.text`, in order (offsets in the visible text), except an ambiguous
 * one-word name that is part of a longer name ("Grand Canal Square", "PO Box", "Box 456").
 */
export function vendorMentions(doc: PolicyDocument, index: VendorIndex): VendorMatch[] {
  // Keyed by index too: extra vendors from the settings make another index.
  const byIndex = doc.memo('vendorMentions', () => new WeakMap<VendorIndex, VendorMatch[]>());
  let found = byIndex.get(index);
  if (!found) byIndex.set(index, (found = index.find(doc.text).filter((m) => !partOfLongerName(doc.text, m))));
  return found;
}
