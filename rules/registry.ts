// The single list of rules. Order is the order findings of equal position are shown.
import { childConsentAge } from './child-consent-age';
import { consentContinuedUse } from './consent-continued-use';
import { contactPlaceholder } from './contact-placeholder';
import { gdprArticleMismatch } from './gdpr-article-mismatch';
import { outdatedLawReference } from './outdated-law-reference';
import { policyDateStale } from './policy-date-stale';
import { processorUndisclosedInCode } from './processor-undisclosed-in-code';
import { processorUnlisted } from './processor-unlisted';
import { requestDeadline } from './request-deadline';
import { requiredDisclosure } from './required-disclosure';
import { retentionUndefined } from './retention-undefined';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  // The mission rules.
  gdprArticleMismatch,
  outdatedLawReference,
  retentionUndefined,
  processorUnlisted,
  // The checks a reviewer makes next.
  consentContinuedUse,
  contactPlaceholder,
  requestDeadline,
  policyDateStale,
  childConsentAge,
  requiredDisclosure,
  // With an inventory of the workspace's code only (options.inventory).
  processorUndisclosedInCode,
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
