// Facts about the whole policy that several rules need; each is computed once
// per document (PolicyDocument.memo) and honours the jurisdiction option.
import type { PolicyDocument } from '../model/document';
import type { ResolvedOptions } from '../rule';

const GDPR_NAME = /\bGDPR\b|General Data Protection Regulation|\b2016\/679\b|\bDSGVO\b|\bRGPD\b/;
const UK_STRONG = /Information Commissioner|\bICO\b|ico\.org\.uk|\bUK GDPR\b|England and Wales|Companies House|\bUK Data Protection Act\b/;
const UK_WEAK = /\bUK\b|\bUnited Kingdom\b|\bLondon\b|\bScotland\b|\bNorthern Ireland\b|£/g;

/** The policy is written under the GDPR (EU or UK): it names the Regulation, or the user said so. */
export function isGdprPolicy(doc: PolicyDocument, o: ResolvedOptions): boolean {
  if (o.jurisdiction === 'eu' || o.jurisdiction === 'uk') return true;
  if (o.jurisdiction === 'other') return false;
  return doc.memo('gdprPolicy', () => GDPR_NAME.test(doc.text));
}

/** The policy is a UK one: one strong marker (the ICO, "England and Wales") or two weak ones (UK, London, £). */
export function isUkPolicy(doc: PolicyDocument, o: ResolvedOptions): boolean {
  if (o.jurisdiction === 'uk') return true;
  if (o.jurisdiction === 'eu' || o.jurisdiction === 'other') return false;
  return doc.memo('ukPolicy', () => {
    if (UK_STRONG.test(doc.text)) return true;
    const weak = new Set((doc.text.match(UK_WEAK) ?? []).map((s) => s.toLowerCase()));
    return weak.size >= 2;
  });
}

export function namesGdpr(text: string): boolean {
  return GDPR_NAME.test(text);
}

const POLICY_WORDS = /\bprivacy\s+(?:policy|notice|statement)\b|\bpersonal\s+(?:data|information)\b|\bdata\s+protection\b|\bcookie\s+(?:policy|notice)\b/i;

/**
 * The document reads as a privacy policy: it talks about privacy or personal data
 * and has some substance. Findings about what a policy lacks are only made on policies.
 */
export function looksLikePolicy(doc: PolicyDocument): boolean {
  return doc.memo('looksLikePolicy', () => doc.blocks.length >= 3 && POLICY_WORDS.test(doc.text));
}
