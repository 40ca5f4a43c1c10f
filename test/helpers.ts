// Small helpers for rule tests: lint a text through the real engine.
import assert from 'node:assert/strict';
import { lint, lintDocument } from '../rules/engine';
import { applyEdits } from '../rules/fixes';
import type { Finding, Format } from '../rules/model/types';
import { parse } from '../rules/model/parse';
import type { LintOptions, Rule } from '../rules/rule';

export const TODAY = new Date('2026-11-23T12:00:00Z');

/** A short GDPR policy around `body`, so that citations are attributed to the GDPR. */
export function gdprPolicy(body: string): string {
  return `Privacy Policy\n\nThis policy explains how we process personal data under the General Data Protection Regulation (GDPR).\n\n${body}\n`;
}

export function findings(text: string, ruleId: string, options: LintOptions = {}, format: Format = 'plaintext'): Finding[] {
  return lint(text, format, { today: TODAY, ...options }).findings.filter((f) => f.ruleId === ruleId);
}

/** One rule alone through the real engine (parse, directives, severities); the test fails if the rule throws. */
export function ruleFindings(rule: Rule, text: string, format: Format = 'plaintext', options: LintOptions = {}): Finding[] {
  const r = lintDocument(parse(text, format), { today: TODAY, ...options }, [rule]);
  assert.deepEqual(r.ruleErrors.map((e) => String(e.error)), []);
  return r.findings;
}

/** Findings about a passage, not about the document as a whole. */
export function passageFindings(text: string, ruleId: string, options: LintOptions = {}, format: Format = 'plaintext'): Finding[] {
  return findings(text, ruleId, options, format).filter((f) => !f.data?.documentLevel);
}

export function flaggedText(text: string, f: Finding): string {
  return text.slice(f.start, f.end);
}

export function applyFirstFix(text: string, f: Finding): string {
  return applyEdits(text, f.fixes[0].edits);
}
