// The single list of rules. Order is the order findings of equal position are shown.
import { gdprArticleMismatch } from './gdpr-article-mismatch';
import { outdatedLawReference } from './outdated-law-reference';
import { processorUnlisted } from './processor-unlisted';
import { retentionUndefined } from './retention-undefined';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  gdprArticleMismatch,
  outdatedLawReference,
  retentionUndefined,
  processorUnlisted,
];

const byName = new Map<string, Rule>();
for (const r of RULES) {
  byName.set(r.id, r);
  for (const a of r.aliases) byName.set(a, r);
}

/** A rule by id or alias. */
export function ruleById(id: string): Rule | undefined {
  return byName.get(id);
}
