// Small helpers for rule tests: lint a text through the real engine.
import assert from 'node:assert/strict';
import { lint, lintDocument } from '../rules/engine';
import { applyEdits } from '../rules/fixes';
import type { Finding, Fix, Format } from '../rules/model/types';
import { parse } from '../rules/model/parse';
import { declaredPlaceholders, placeholderSpans } from '../rules/placeholders';
import { RULES } from '../rules/registry';
import type { LintOptions, Rule } from '../rules/rule';

export const TODAY = new Date('2026-11-23T12:00:00Z');

/** A short GDPR policy around `body`, so that citations are attributed to the GDPR. */
export function gdprPolicy(body: string): string {
  return `Privacy Policy\n\nThis policy explains how we process personal data under the General Data Protection Regulation (GDPR).\n\n${body}\n`;
}

export function findings(text: string, ruleId: string, options: LintOptions = {}, format: Format = 'plaintext'): Finding[] {
  return checkedMessages(lint(text, format, { today: TODAY, ...options }).findings.filter((f) => f.ruleId === ruleId));
}

/** The longest message the Problems panel and the CLI show (ESLint and markdownlint keep theirs to one sentence too). */
export const MAX_MESSAGE_LENGTH = 120;

// Abbreviations that do not end a sentence, and quoted text from the policy (which may hold full stops).
const ABBREVIATION = /\b(?:Arts?|No|Nos|para|paras|Sch|s|ss|e\.g|i\.e|etc|vs|Ltd|Inc|Co|St|U\.S|U\.K|Corp)\.(?=[\s,;)]|$)/g;
const QUOTED = /“[^”]*”|‘[^’]*’|"[^"]*"/g;

/**
 * What is wrong with a finding's message as a message: longer than 120 characters, more than one
 * sentence, a link, a list of citations ("GDPR Art. 13(2)(f), 14(2)(g); Art. 22") instead of the
 * point, or a detail that repeats it. Empty when it is well-formed.
 */
export function messageProblems(f: Finding): string[] {
  const m = f.message;
  const out: string[] = [];
  if (m.length > MAX_MESSAGE_LENGTH) out.push(`${m.length} characters (at most ${MAX_MESSAGE_LENGTH})`);
  if (/https?:\/\/|www\./i.test(m)) out.push('a link');
  if (/\bGDPR Art\.|\(GDPR\b|;\s*Art\.\s*\d/.test(m)) out.push('a citation list (the legal source belongs in source and detail)');
  if (!/[.?]$/.test(m)) out.push('no full stop at the end');
  const bare = m.replace(QUOTED, '“…”').replace(ABBREVIATION, 'ABBR').slice(0, -1);
  if (/[.!?](?:\s|$)/.test(bare)) out.push('more than one sentence');
  if (/^\s|\s$|\s{2}/.test(m)) out.push('stray spaces');
  if (f.detail !== undefined && (f.detail.includes(m.slice(0, -1)) || !f.detail.trim())) out.push('a detail that repeats the message, or is empty');
  return out;
}

/** Fails the test when any finding's message is not one short sentence (see messageProblems). */
export function checkedMessages<T extends Finding>(found: T[]): T[] {
  for (const f of found) {
    const problems = messageProblems(f);
    assert.deepEqual(problems, [], `${f.ruleId}: “${f.message}”`);
  }
  return found;
}

/** One rule alone through the real engine (parse, directives, severities); the test fails if the rule throws. */
export function ruleFindings(rule: Rule, text: string, format: Format = 'plaintext', options: LintOptions = {}): Finding[] {
  const r = lintDocument(parse(text, format), { today: TODAY, ...options }, [rule]);
  assert.deepEqual(r.ruleErrors.map((e) => String(e.error)), []);
  return checkedMessages(r.findings);
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

/** Every placeholder spelling a rule's fixes write ("[period]"), with the rule that reports it. */
export const PLACEHOLDERS = declaredPlaceholders(RULES);

/** The placeholders a fix writes, in the order of its edits. */
export function placeholdersOf(fix: Fix): string[] {
  return fix.edits.flatMap((e) => placeholderSpans(e.newText, PLACEHOLDERS).map(([a, b]) => e.newText.slice(a, b)));
}

/** A finding about a blank a fix wrote that is still unfilled (rules/placeholders.ts). */
export const isPlaceholderFinding = (f: Finding): boolean => typeof f.data?.placeholder === 'string';

/** The findings on PolicyLint's placeholders in a text: its placeholder findings, and contact-placeholder's on its contact blanks ("[email address]"). */
function placeholdersReported(text: string, found: Finding[]): Finding[] {
  return found.filter((f) => isPlaceholderFinding(f) || (f.ruleId === 'contact-placeholder' && PLACEHOLDERS.has(text.slice(f.start, f.end))));
}

/** The findings that are not about a placeholder a fix wrote. */
export const withoutPlaceholderFindings = (found: Finding[]): Finding[] => found.filter((f) => !isPlaceholderFinding(f));

/**
 * Applies a finding's first fix and checks what is then said of the blanks it wrote (a template's; none for
 * other fixes): each is reported once, on itself (brackets included), as information (a contact blank as
 * contact-placeholder's warning), besides what was reported before. Returns the fixed text.
 */
export function applyTemplateFix(text: string, f: Finding, format: Format = 'plaintext', options: LintOptions = {}): string {
  const fix = f.fixes[0];
  const fixed = applyEdits(text, fix.edits);
  const before = placeholdersReported(text, lint(text, format, { today: TODAY, ...options }).findings);
  const after = placeholdersReported(fixed, checkedMessages(lint(fixed, format, { today: TODAY, ...options }).findings));
  const written = placeholdersOf(fix);
  assert.deepEqual(after.map((g) => fixed.slice(g.start, g.end)).sort(), [...before.map((g) => text.slice(g.start, g.end)), ...written].sort(), 'each placeholder the fix wrote is reported once, on itself');
  for (const g of after) {
    if (isPlaceholderFinding(g)) {
      assert.equal(g.data?.placeholder, fixed.slice(g.start, g.end));
      if (!options.rules) assert.equal(g.severity, 'information', g.message);
      assert.deepEqual(g.fixes, [], 'a placeholder is filled in by a person, never by a fix');
    }
  }
  return fixed;
}
