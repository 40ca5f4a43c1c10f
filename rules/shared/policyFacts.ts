// Facts about the whole policy that several rules need; each is computed once
// per document (PolicyDocument.memo) and honours the jurisdiction option.
import consentAges from '../knowledge/child-consent-ages.json';
import type { PolicyDocument } from '../model/document';
import type { ResolvedOptions } from '../rule';

const GDPR_NAME = /\bGDPR\b|General Data Protection Regulation|\b2016\/679\b|\bDSGVO\b|\bRGPD\b/;
// "Information Commissioner" is the UK's, not Switzerland's "Federal Data Protection and Information
// Commissioner" (FDPIC), whose policies are written under the Swiss FADP.
// The lookbehind after the words, not before them: an expression that starts with a literal is
// tried only where that literal starts (one starting with a lookbehind is tried at every position).
const UK_STRONG = /Information Commissioner(?<!(?:Federal|Swiss)\s+(?:Data\s+Protection\s+and\s+)?Information Commissioner)|\bICO\b|ico\.org\.uk|\bUK GDPR\b|England and Wales|Companies House|\bUK Data Protection Act\b|\b(?:under|by|with) UK law\b/g;
const UK_WEAK = /\bUK\b|\bUnited Kingdom\b|\bLondon\b|\bScotland\b|\bNorthern Ireland\b|£/g;
// A word that each alternative of UK_STRONG and UK_WEAK holds: `includes` finds a word in a fraction of the
// time an expression of alternatives that start with \b needs to fail on a policy that has none (most).
const UK_STRONG_WORDS = ['Information Commissioner', 'ICO', 'ico.org.uk', 'UK GDPR', 'England and Wales', 'Companies House', 'UK Data Protection Act', 'UK law'];
const UK_WEAK_WORDS = ['UK', 'United Kingdom', 'London', 'Scotland', 'Northern Ireland', '£'];

/**
 * The policy is written under the GDPR (EU or UK): it names the Regulation in its own words, or
 * the user said so. A GDPR only inside web addresses ("https://vendor.example/gdpr/") or in a link
 * that stands alone as a block ("Link to our GDPR Data Processor Statement") points to other
 * documents and does not count.
 */
export function isGdprPolicy(doc: PolicyDocument, o: ResolvedOptions): boolean {
  if (o.jurisdiction === 'eu' || o.jurisdiction === 'uk') return true;
  if (o.jurisdiction === 'other') return false;
  return doc.memo('gdprPolicy', () => GDPR_NAME.test(doc.text) && namesGdprItself(doc));
}

/** A word that is a web address ("https://…", "www.…", "vendor.com/gdpr/"); anchored, so linear in the word. */
const URL_WORD = /https?:\/\/|\bwww\.|^\W{0,3}[\w.-]+\.[a-z]{2,6}\//i;

/**
 * The quoted title of another work ("see the GitHub issue, "GDPR compliance."", "an article titled
 * “GDPR for bloggers”"): its words name that work, not the law the policy is written under.
 */
const WORK_TITLE = /\b(?:issues?|articles?|posts?|threads?|titled|entitled|called|named|discussions?|papers?|videos?|podcasts?|talks?|books?|guides?)\b[ ,:]{0,3}(?:[\w-]+[ ]){0,2}?["“][^"“”\n]{1,80}["”]/gi;

function namesGdprItself(doc: PolicyDocument): boolean {
  const linkBlocks = new Set<number>();
  for (const l of doc.links) {
    const s = doc.sentenceAt(l.start);
    const b = s && doc.blocks[s.block];
    if (b && doc.slice(b.start, b.end).trim() === doc.slice(l.start, l.end).trim()) linkBlocks.add(b.index);
  }
  return doc.sentences.some((s) => {
    if (linkBlocks.has(s.block)) return false;
    const text = doc.slice(s.start, s.end);
    return GDPR_NAME.test(text) && GDPR_NAME.test(text.replace(/\S+/g, (w) => (URL_WORD.test(w) ? ' ' : w)).replace(WORK_TITLE, ' '));
  });
}

/** The first strong UK marker the policy holds ("ICO", "England and Wales"), found once per document; other checks of UK markers start from it. */
export function ukStrongMarker(doc: PolicyDocument): string | undefined {
  return doc.memo('ukStrongMarker', () => {
    // The expression runs from the first of its words the text holds (each alternative starts at most 6
    // characters before its word: "under UK law"), not from the start: a UK policy names the ICO at its end.
    let first = -1;
    for (const w of UK_STRONG_WORDS) { const i = doc.text.indexOf(w); if (i >= 0 && (first < 0 || i < first)) first = i; }
    if (first < 0) return undefined;
    UK_STRONG.lastIndex = Math.max(0, first - 6);
    return UK_STRONG.exec(doc.text)?.[0];
  });
}

const UK_ADDRESS_WORDS = ['UK', 'U.K.', 'Kingdom', 'Britain', 'England', 'Scotland', 'Wales', 'Ireland'];
/** A line that gives an address ("Address:", or a company's name with its legal form) and ends in the UK. */
const UK_ADDRESS = /^[^\n]{0,40}?(?:\b(?:(?:postal|registered|our|mailing)\s+)?address\b\s*:|\b(?:Ltd|Limited|LLP|plc)\b,)[^\n]{0,160},\s*(?:UK|U\.K\.|United\s+Kingdom|Great\s+Britain|England|Scotland|Wales|Northern\s+Ireland)\.?[ \t]*$/im;

/** The policy is a UK one: one strong marker (the ICO, "England and Wales"), a postal address in the UK, or two weak ones (UK, London, £). */
export function isUkPolicy(doc: PolicyDocument, o: ResolvedOptions): boolean {
  if (o.jurisdiction === 'uk') return true;
  if (o.jurisdiction === 'eu' || o.jurisdiction === 'other') return false;
  return doc.memo('ukPolicy', () => {
    if (ukStrongMarker(doc) !== undefined) return true;
    // The controller's postal address, on its line, is in the UK: "Address: PositiveNRG Ltd, [Address], [City], [Postcode], UK".
    if (UK_ADDRESS_WORDS.some((w) => doc.text.includes(w)) && UK_ADDRESS.test(doc.text)) return true;
    if (!UK_WEAK_WORDS.some((w) => doc.text.includes(w))) return false;
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
  // A page's title may stand only in its front matter ("title: Privacy Policy").
  return doc.memo('looksLikePolicy', () => doc.blocks.length >= 3 && (POLICY_WORDS.test(doc.text) || POLICY_WORDS.test(doc.frontMatter?.title ?? '')));
}

interface StateEntry { code: string; authority?: string[]; register?: string[]; country?: string; adjective?: string }

/** EU/EEA member states: how a policy names their supervisory authority, company register and name. */
const STATES = (consentAges.jurisdictions as StateEntry[]).filter((j) => j.code !== 'uk');

/** Lower-case ISO 3166-1 alpha-2 codes of the EU/EEA member states that policyFacts recognises. */
export const MEMBER_STATE_CODES: readonly string[] = STATES.map((s) => s.code);

/**
 * One regular expression, one capturing group per state: the text is scanned once, not once per
 * state. Patterns that start with \\b share one leading \\b, which lets the engine skip faster.
 * With `factored`, the scan is one expression without groups whose alternatives are grouped by their
 * first letter ("A(?:ustrian …|utorité …)|B(?:fDI|ayLDA|…)"): the engine then tries at each position
 * only the alternatives that start with its letter, about twice as fast on a hundred names; the state
 * of a match (rare) is found by trying each state's own expression there, in the same order.
 */
interface PerState { re: RegExp; codes: string[]; scan?: RegExp; each?: RegExp[] }
function perState(parts: (s: StateEntry) => string[], wrap: (alternatives: string) => string, flags: string, factored = false): PerState {
  const used = STATES.filter((s) => parts(s).length); // an empty alternative would defeat the engine's optimisations
  const out: PerState = { re: new RegExp(wrap(used.map((s) => `(${parts(s).join('|')})`).join('|')), flags), codes: used.map((s) => s.code) };
  if (factored) {
    out.scan = new RegExp(wrap(byFirstLetter(used.flatMap(parts))), flags);
    out.each = used.map((s) => new RegExp(wrap(parts(s).join('|')), flags.replace('g', '') + 'y'));
  }
  return out;
}
/** Alternatives that open with a plain letter or digit (not quantified), grouped by it in order of first appearance; the others after. */
function byFirstLetter(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const a of alternatives) {
    if (/^[A-Za-z0-9](?![?*+{])/.test(a)) groups.set(a[0], [...(groups.get(a[0]) ?? []), a.slice(1)]);
    else rest.push(a);
  }
  return [...[...groups].map(([c, xs]) => `${c}(?:${xs.join('|')})`), ...rest].join('|');
}
const authorityPatterns = (s: StateEntry): string[] => [
  ...(s.authority ?? []), ...(s.register ?? []),
  ...(s.adjective ? [`\\b${s.adjective}\\s+(?:Chamber of Commerce|[Cc]ommercial [Rr]egister|[Cc]ompan(?:y|ies) [Rr]egist(?:er|ry)|[Tt]rade [Rr]egister)\\b`] : []),
];
const NAMED_AUTHORITY = perState((s) => authorityPatterns(s).filter((p) => p.startsWith('\\b')).map((p) => p.slice(2)), (a) => `\\b(?:${a})`, 'g', true);
const NAMED_AUTHORITY_OTHER = perState((s) => authorityPatterns(s).filter((p) => !p.startsWith('\\b')), (a) => a, 'g');
const REGISTERED_IN = perState((s) => (s.country ? [s.country] : []),
  (a) => `\\b(?:registered|incorporated|established|domiciled|headquartered)\\b[^.;\\n]{0,40}?\\b(?:in|under the laws? of)\\s+(?:the\\s+)?(?:${a})`, 'gi');

function statesMatched({ re, codes, scan, each }: PerState, text: string, into: Set<string>): void {
  if (scan && each) {
    scan.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = scan.exec(text))) {
      const at = m.index;
      const k = each.findIndex((r) => ((r.lastIndex = at), r.test(text)));
      if (k >= 0) into.add(codes[k]);
      if (m[0].length === 0) scan.lastIndex++;
    }
    return;
  }
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const i = m.findIndex((g, k) => k > 0 && g !== undefined);
    if (i > 0) into.add(codes[i - 1]);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * The EU/EEA member states a policy names as its own: by its supervisory authority ("Autoriteit
 * Persoonsgegevens", "CNIL", dataprotection.ie) or the country where the company is registered
 * ("registered in Ireland", "Dutch Chamber of Commerce"). Several means the text is not clear.
 * The `jurisdictions` option wins; jurisdiction 'uk' or 'other' means none.
 */
export function memberStatesNamed(doc: PolicyDocument, o: ResolvedOptions): string[] {
  if (o.jurisdictions && o.jurisdictions.length) return o.jurisdictions.filter((c) => MEMBER_STATE_CODES.includes(c));
  if (o.jurisdiction === 'uk' || o.jurisdiction === 'other') return [];
  return doc.memo('memberStatesNamed', () => {
    const found = new Set<string>();
    statesMatched(NAMED_AUTHORITY, doc.text, found);
    statesMatched(NAMED_AUTHORITY_OTHER, doc.text, found);
    statesMatched(REGISTERED_IN, doc.text, found);
    return MEMBER_STATE_CODES.filter((c) => found.has(c));
  });
}
