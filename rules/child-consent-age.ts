// child-consent-age: the age below which a policy says a child's consent needs a parent
// ("If you are under 16 you must obtain parental consent", "we do not knowingly collect
// personal information from anyone under the age of 13"), against the age of digital
// consent where the policy applies: 16 under GDPR Art. 8(1) unless a member state has set a
// lower one (13 to 16), 13 in the UK. Only an age LOWER than the law's is reported: it
// treats children as able to consent whom the law does not allow to. A higher age is
// stricter than the law, not wrong, and is not reported.
import data from './knowledge/child-consent-ages.json';
import type { PolicyDocument } from './model/document';
import type { Sentence } from './model/types';
import type { ResolvedOptions, Rule, RuleContext } from './rule';
import { fitting, quoted } from './shared/message';
import { isGdprPolicy, isUkPolicy, memberStatesNamed } from './shared/policyFacts';

interface AgeLaw { code: string; name: string; age: number; provision: string; source: string }

const EU: AgeLaw = { code: 'eu', name: 'the EU/EEA', age: data.gdprDefault.age, provision: data.gdprDefault.provision, source: data.gdprDefault.source };

/** Every recognised jurisdiction; null where the age could not be verified (the rule then stays silent). */
const LAWS = new Map<string, AgeLaw | null>([['eu', EU]]);
for (const j of data.jurisdictions) {
  LAWS.set(j.code, j.age == null || !j.provision || !j.source ? null : { code: j.code, name: j.name, age: j.age, provision: j.provision, source: j.source });
}
/** Country names, for a sentence that says whose age it states ("in Germany"): one group per country. */
const NAMED_COUNTRIES = (data.jurisdictions as Array<{ code: string; country?: string }>).filter((j) => j.country);
const COUNTRY_NAME = new RegExp(NAMED_COUNTRIES.map((j) => `(${j.country})`).join('|'), 'g');

// ---- The age as the policy writes it ---------------------------------------------------
const NUMBER_WORDS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const WORDS = Object.keys(NUMBER_WORDS).join('|');
const WS = '\\s{1,4}';
/** "13", "13 (thirteen)", "thirteen", "thirteen (13)"; not "13.5", "13-16", "13/14", "13(1)". */
const NUM = `((?:\\d{1,2}(?:${WS}\\((?:${WORDS})\\))?|(?:${WORDS})\\b(?:${WS}\\(\\d{1,2}\\))?)(?![\\d.,:/]\\d|\\d|\\s?[-–]\\s?\\d|-year|\\(\\s?(?:\\d|[a-z]\\))))`;
const YEARS = `(?:${WS}(?:years?|yrs?)(?:(?:${WS}|-)(?:of${WS}age|old))?)?`;

type Kind = 'under' | 'atLeast' | 'orMore' | 'orLess';
/** Each pattern's NUM group is group 1; the threshold it states is the number, or the number + 1 for "12 or under". */
const PATTERNS: Array<[Kind, RegExp]> = [
  ['under', new RegExp(`\\b(?:under|below|beneath|younger${WS}than|less${WS}than)(?:${WS}|-)(?:the${WS})?(?:age${WS}(?:of${WS})?)?${NUM}${YEARS}`, 'gid')],
  ['atLeast', new RegExp(`\\bat${WS}least${WS}(?:the${WS}age${WS}of${WS})?${NUM}${YEARS}`, 'gid')],
  ['orMore', new RegExp(`\\b${NUM}${YEARS}${WS}(?:or|and)${WS}(?:older|over|above|up)\\b`, 'gid')],
  ['orLess', new RegExp(`\\b${NUM}${YEARS}${WS}(?:or|and)${WS}(?:younger|under|below)\\b`, 'gid')],
];
/** A number followed by a unit is not an age: "less than 30 days", "under 10 MB". */
const NOT_AN_AGE = /^\s{0,2}(?:%|€|£|\$|(?:days?|weeks?|months?|hours?|minutes?|seconds?|per\s?cent|percent|euros?|EUR|GBP|USD|MB|GB|KB|kg|km|miles?|characters?|employees?|items?|times|st|nd|rd|th)\b)/i;
/** One pass over the whole text finds the sentences worth a closer look: "under 13 …", "… 13 or older". */
const CANDIDATES = new RegExp(`\\b(?:(?:under|below|beneath|younger|less|least)(?:${WS}|-)(?:than${WS})?(?:the${WS})?(?:age${WS}(?:of${WS})?)?(?:\\d|(?:${WORDS})\\b)|(?:or|and)${WS}(?:older|over|above|up|younger|under|below)\\b)`, 'gi');

// ---- When the sentence is about children's consent -------------------------------------
/** The number is someone's age: children, minors, "years old", or a parent in the sentence (not "iOS 13 or above"). */
const ABOUT_CHILDREN = /\b(?:child(?:ren)?|minors?|kids?|teen(?:ager)?s?|juveniles?|young(?:er)?\s+(?:people|persons|users)|aged?|years?\s+(?:old|of\s+age))\b/i;
const PARENTAL = /\b(?:parents?|parental|guardians?|legal(?:ly)?\s+representatives?|mother|father|carers?)\b/i;
const CONSENT = /\b(?:consent(?:s|ed|ing)?|permission|authori[sz](?:e|ed|ation))\b/i;
const COLLECT = /\b(?:collect|solicit|process|gather|obtain|receive|request|store|provide|submit|send|share)(?:s|es|ed|ing)?\b/i;
const DATA = /\b(?:personal\s+(?:data|information|details)|information|data|details)\b/i;

// ---- When the sentence is not about the age of digital consent where the policy applies ----
/** A US rule (COPPA's 13, the CCPA's 16 for sales), or a sale of data. */
const US_LAW = /\b(?:COPPA|Children['’]s\s+Online\s+Privacy\s+Protection|CCPA|CPRA|California|United\s+States|U\.S\.|USA|FTC|Federal\s+Trade\s+Commission|sell|sale|sold)\b/i;
const US_SHORT = /\bUS\b/;
/** The age is left to each country: "or the minimum age in your country", "where required by applicable law". */
const DEFERS = /\b(?:your\s+(?:country|jurisdiction|state|region|province|territory|member\s+state)|where\s+you\s+(?:live|reside|are\s+located)|local\s+(?:laws?|legislation|requirements)|applicable\s+(?:laws?|legislation|data\s+protection\s+laws?)|(?:or|and)\s+(?:the|such)\s+(?:other|higher|older|minimum|relevant|applicable)\s+age|age\s+of\s+(?:digital\s+)?(?:consent|majority)\s+(?:in|under|where)|depending\s+on|relevant\s+jurisdiction|required\s+by\s+law)\b/i;
const RANGE = /\bbetween\s+(?:the\s+ages?\s+of\s+)?(?:\d|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)/i;
/** A whole policy under US children's or consumer law: its "under 13" is COPPA's unless it names a European jurisdiction. */
const US_POLICY = /\b(?:COPPA|Children['’]s\s+Online\s+Privacy\s+Protection\s+Act|CCPA|CPRA|California\s+Consumer\s+Privacy\s+Act|CalOPPA)\b/;

// ---- Whose age a sentence states, when it says so -------------------------------------
const UK_NAME = /\b(?:UK|U\.K\.|United\s+Kingdom|Great\s+Britain|Britain|England|Scotland|Wales|Northern\s+Ireland|British)\b/;
const EU_NAME = /\b(?:EU|E\.U\.|EEA|European\s+Union|European\s+Economic\s+Area|Europe)\b/;

interface Mention { start: number; end: number; numStart: number; numEnd: number; written: string; stated: number; kind: Kind }

export const childConsentAge: Rule = {
  id: 'child-consent-age',
  aliases: ['digital-consent-age'],
  description: 'An age of digital consent lower than the law where the policy applies (GDPR Art. 8(1): 16 unless a member state set 13 to 16; UK 13)',
  tags: ['children', 'consent', 'law', 'uk'],
  defaultSeverity: 'information',
  check(ctx) {
    const { doc, options } = ctx;
    if (!options.jurisdictions?.length && options.jurisdiction === 'other') return;
    let docLaws: AgeLaw[] | undefined | null = null; // null: not computed yet
    for (const s of candidateSentences(doc)) {
      const text = doc.slice(s.start, s.end);
      const mentions = findAges(text);
      if (!mentions.length) continue;
      if (new Set(mentions.map((m) => m.stated)).size > 1 || RANGE.test(text)) continue; // "13 (16 in the EEA)": several ages
      if (!(ABOUT_CHILDREN.test(text) || PARENTAL.test(text))) continue;
      if (!(PARENTAL.test(text) || CONSENT.test(text) || (COLLECT.test(text) && DATA.test(text)))) continue;
      if (US_LAW.test(text) || US_SHORT.test(text) || DEFERS.test(text)) continue;
      let laws: AgeLaw[] | undefined;
      const named = sentenceJurisdiction(text) ?? headingJurisdiction(doc, s);
      if (named === 'several') continue;
      if (named) {
        const law = LAWS.get(named);
        laws = law ? [law] : undefined;
      } else {
        if (docLaws === null) docLaws = documentLaws(doc, options);
        laws = docLaws;
      }
      if (!laws?.length) continue;
      const law = laws.reduce((a, b) => (b.age > a.age ? b : a));
      for (const m of mentions) if (m.stated < law.age) report(ctx, s.start, m, law, !named && law === EU);
    }
  },
};

function candidateSentences(doc: PolicyDocument): Sentence[] {
  const found: Sentence[] = [];
  const re = CANDIDATES;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.text))) {
    const s = doc.sentenceAt(m.index);
    if (!s) continue;
    found.push(s);
    re.lastIndex = Math.max(re.lastIndex, s.end);
  }
  return found; // in text order, each once (the scan resumes after the sentence)
}

function findAges(text: string): Mention[] {
  const out: Mention[] = [];
  for (const [kind, re] of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const [numStart, numEnd] = m.indices![1];
      if (NOT_AN_AGE.test(text.slice(numEnd, numEnd + 16))) continue;
      const written = m[1];
      const n = valueOf(written);
      if (n === undefined || n < 1 || n > 25) continue;
      let end = m.index + m[0].length;
      while (end > m.index && /\s/.test(text[end - 1])) end--;
      out.push({ start: m.index, end, numStart, numEnd, written, stated: kind === 'orLess' ? n + 1 : n, kind });
    }
  }
  // One mention per place: where two patterns overlap ("under 12 or under"), the first found wins.
  const kept: Mention[] = [];
  let reach = -1;
  out.forEach((m, i) => { (m as Mention & { order: number }).order = i; });
  for (const m of out.sort((a, b) => a.start - b.start || (a as Mention & { order: number }).order - (b as Mention & { order: number }).order)) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}

/** The number a mention writes: "13", "thirteen (13)", "13 (thirteen)". Digits and words must agree. */
function valueOf(written: string): number | undefined {
  const digits = /\d{1,2}/.exec(written);
  const word = new RegExp(WORDS, 'i').exec(written);
  const fromWord = word ? NUMBER_WORDS[word[0].toLowerCase()] : undefined;
  const fromDigits = digits ? Number(digits[0]) : undefined;
  if (fromWord !== undefined && fromDigits !== undefined && fromWord !== fromDigits) return undefined;
  return fromDigits ?? fromWord;
}

/** 'uk', 'eu' or a member state's code when the sentence names exactly one; 'several' when more. */
function sentenceJurisdiction(text: string): string | 'several' | undefined {
  const named = new Set<string>();
  if (UK_NAME.test(text)) named.add('uk');
  if (EU_NAME.test(text)) named.add('eu');
  COUNTRY_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNTRY_NAME.exec(text)) && named.size < 2) named.add(NAMED_COUNTRIES[m.findIndex((g, k) => k > 0 && g !== undefined) - 1].code);
  if (named.size > 1) return 'several';
  return named.size ? [...named][0] : undefined;
}

/**
 * Whose age the sentence states when its section says so: "Children in the UK", "Information for
 * EEA residents". A heading about US law ("California privacy rights", "COPPA") means: not ours.
 */
function headingJurisdiction(doc: PolicyDocument, s: Sentence): string | 'several' | undefined {
  for (const section of doc.enclosingSections(doc.blocks[s.block])) {
    const heading = doc.blockText(doc.headingOf(section));
    if (US_LAW.test(heading) || US_SHORT.test(heading)) return 'several';
    const named = sentenceJurisdiction(heading);
    if (named) return named;
  }
  return undefined;
}

/**
 * The jurisdictions the policy is written for: the `jurisdictions` option, else from the text:
 * the UK (the ICO, the UK GDPR, "England and Wales"), one member state (its supervisory
 * authority, or "registered in …"), or, for a GDPR policy that names neither, the EU default.
 * Undefined when unclear (the UK and a member state, several member states) or not a GDPR policy.
 */
function documentLaws(doc: PolicyDocument, o: ResolvedOptions): AgeLaw[] | undefined {
  if (o.jurisdictions?.length) {
    const laws = o.jurisdictions.map((c) => LAWS.get(c)).filter((l): l is AgeLaw => !!l);
    return laws.length ? laws : undefined;
  }
  const uk = isUkPolicy(doc, o);
  const states = memberStatesNamed(doc, o);
  if (uk && states.length) return undefined;
  if (uk) return [LAWS.get('uk')!];
  if (states.length > 1) return undefined;
  if (states.length === 1) {
    const law = LAWS.get(states[0]);
    return law ? [law] : undefined;
  }
  if (!isGdprPolicy(doc, o)) return undefined;
  if (o.jurisdiction !== 'eu' && US_POLICY.test(doc.text)) return undefined;
  return [EU];
}

function report(ctx: RuleContext, base: number, m: Mention, law: AgeLaw, euDefault: boolean): void {
  const { doc } = ctx;
  const phrase = doc.slice(base + m.start, base + m.end);
  const ages = m.stated === law.age - 1 ? `aged ${m.stated}` : `aged ${m.stated} to ${law.age - 1}`;
  const where = law.code === 'eu' ? 'under the GDPR' : `for ${law.name}`;
  const provision = law.code === 'eu' || law.code === 'uk' ? law.provision
    : law.provision.startsWith('no lower age') ? `GDPR Art. 8(1); ${capitalise(law.name)} has set no lower age`
      : `GDPR Art. 8(1) and ${law.provision}`;
  const hedge = euDefault
    ? ' The policy names no member state; if one applies that has set a lower age (13 to 15), name it in the "jurisdictions" setting.'
    : '';
  ctx.report({
    start: doc.srcStart(base + m.start),
    end: doc.srcEnd(base + m.end),
    message: fitting(
      `${quoted(phrase, 30)} lets children ${ages} consent; the age of digital consent ${where} is ${law.age}.`,
      `${quoted(phrase, 30)} lets children ${ages} consent: the age ${where} is ${law.age}.`),
    detail: `“${phrase}” implies that children ${ages} can consent on their own, but the age of digital consent ${where} is ${law.age} (${provision}). Below ${law.age}, consent must be given or authorised by the holder of parental responsibility.${hedge} No fix is offered: raising the age changes what the service does (age checks, parental consent), which only the author can decide.`,
    source: provision,
    // No fix: raising the age changes what the company does (age checks, parental consent), which
    // only the author can decide; the corpus readers judged "Replace 13 with 16" wrong every time.
    data: { stated: m.stated, required: law.age, jurisdiction: law.code },
  });
}


function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
