// outdated-law-reference: repealed or invalidated instruments cited as if in force
// (Data Protection Act 1998, Directive 95/46/EC, Privacy Shield, Safe Harbor, the
// old SCC decisions), a bare "Data Protection Act" in a UK policy, the GDPR spoken
// of in the future tense, and the £10 subject-access fee of the 1998 regime.
import data from './knowledge/instruments.json';
import type { PolicyDocument } from './model/document';
import type { Edit, Sentence, Severity } from './model/types';
import type { Rule, RuleContext } from './rule';
import { capitalised, fitting, quoted, withoutAsides } from './shared/message';
import { isUkPolicy } from './shared/policyFacts';

const NO_FIX = 'No fix is offered: what replaces it here is for the author to say.';

interface Instrument {
  id: string; name: string; patterns: RegExp[]; needsContext?: RegExp; excludeContext?: RegExp; noFixContext?: RegExp;
  /** `ended`: the date it stopped applying; `now`: what the message asks for, in a few words. */
  ended: string; status: string; successor: string; now: string; replacement: string | null; severity: Severity; source: string;
  /** Per pattern, what replaces a name written that way (the new name in the same language and form); else `replacement`. */
  replacements?: Array<string | null>;
}

const INSTRUMENTS: Instrument[] = data.instruments.map((i) => ({
  ...i,
  severity: i.severity as Severity,
  patterns: i.patterns.map((p) => new RegExp(p, 'g')),
  needsContext: 'needsContext' in i && i.needsContext ? new RegExp(i.needsContext as string) : undefined,
  excludeContext: 'excludeContext' in i && i.excludeContext ? new RegExp(i.excludeContext as string, 'i') : undefined,
  noFixContext: 'noFixContext' in i && i.noFixContext ? new RegExp(i.noFixContext as string) : undefined,
}));

/** What may stand between two names of one citation: brackets, a dash, a comma, "or", "aka". */
const SAME_CITATION = /^[ \u00a0]*(?:[(),\[\]/–—-]|\b(?:or|aka|i\.e\.)\b)?[ \u00a0]*[(\[]?[ \u00a0]*$/;

/** Where one statement ends and the next begins: a semicolon, or "and/but we …" joining a new clause. */
const CLAUSE_BREAK = /;|,?\s+(?:and|but|while|whereas)\s+(?:we|you|it|they|our)\b/g;

/** A history word in the same statement as the mention ("Prior to July 2020, we relied on …" is one statement). */
function isHistorical(text: string, a: number, b: number): boolean {
  const before = text.slice(Math.max(0, a - 120), a);
  const after = text.slice(b, b + 120);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) cut = m.index + m[0].length;
  CLAUSE_BREAK.lastIndex = 0;
  const next = CLAUSE_BREAK.exec(after);
  // "… International Data Transfers after Privacy Shield": what came after it.
  if (/\b(?:after|post-?|since\s+the\s+end\s+of)\s*(?:the\s+)?$/i.test(before)) return true;
  return HISTORICAL.test(before.slice(cut)) || HISTORICAL.test(next ? after.slice(0, next.index) : after);
}

/** Words that make a mention historical: "replaced the Data Protection Act 1998", "formerly Privacy Shield". */
const HISTORICAL = /\b(?:(?<!\b(?:can|may|could|might|must|should|would|will|shall)[ \u00a0]+be[ \u00a0]+)replac(?:ed|es|ing)|supersed(?:ed|es|ing)|succeed(?:ed|s)|successor|former(?:ly)?|previous(?:ly)?|predecessor|invalidat(?:ed|ing|ion)|struck\s+down|no\s+longer|repeal(?:ed|s)?|ceased|invalid|prior\s+to|until\s+(?:it|its|the)|was\s+(?:in\s+force|the)|Schrems|C-311\/18|C-362\/14|history|historic(?:al)?)\b/i;
/** Every sentence a check below can report on has one of these (the future tense needs the GDPR's name in the sentence). */
const ANY = /Privacy(?:[ \u00a0]+|-)Shield|PRIVACY[ \u00a0]+SHIELD|Safe[ \u00a0]+Harbou?r|TTDSG|Telemedia|Telemedien|TMG|TKG|Telecommunications|1992|1993|[Aa]dequa|Telekommunikation|95\/46|Data[ \u00a0]+Protection[ \u00a0]+(?:Act|Directive)|DPA|2001\/497|2004\/915|2010\/87|2002\/16|GDPR|General\s+Data\s+Protection\s+Regulation|data\s+protection\s+(?:law|regulation|rules)|£/;
/** "Data Protection Act (DPA) 2018": an abbreviation in brackets may stand between the Act and its year. */
const BRACKETED = '(?:\\([^()]{1,20}\\)[ \\u00a0]*)?';
const BARE_DPA = new RegExp(`\\b(?:the[ \\u00a0]+)?(?:UK[ \\u00a0]+)?Data[ \\u00a0]+Protection[ \\u00a0]+Act\\b(?![ \\u00a0]*${BRACKETED}(?:of[ \\u00a0]+)?\\(?\\d{4})`, 'g');
const ACT_2018 = new RegExp(`Data[ \\u00a0]+Protection[ \\u00a0]+Act[ \\u00a0]+${BRACKETED}(?:of[ \\u00a0]+)?2018`);
const NOT_UK_ACT = /(?:Irish|Ireland['’]?s?|Jersey|Guernsey|Isle[ \u00a0]+of[ \u00a0]+Man|Gibraltar|Kenya|Malta|Maltese|Cyprus|Bermuda|Bahamas|Ghana|Mauritius|Zambia|Uganda|Nigeria)[ \u00a0]+(?:\([^)]*\)[ \u00a0]+)?$/;
const GDPR_FUTURE = /\b(?:GDPR|General\s+Data\s+Protection\s+Regulation|new\s+(?:EU\s+)?data\s+protection\s+(?:law|regulation|rules))\b[^.;]{0,120}?\b(will\s+(?:(?:come|enter)\s+into\s+(?:force|effect|application)|apply|take\s+effect|become\s+(?:enforceable|applicable|effective|law)|be\s+(?:enforced|enforceable|applicable|effective|in\s+force|introduced|implemented)|replace|supersede)|(?:comes|is\s+(?:coming|due\s+to\s+come|set\s+to\s+come))\s+into\s+(?:force|effect|application))\b/;
// The date is the statement's own: the way to it crosses no other statement of the law ("… on 25 May / The GDPR came into force on 25 May 2018").
const FUTURE_DATE = /^(?:(?!\b(?:GDPR|General\s+Data\s+Protection|will|came|comes|has|have|took|entered|became|replaced|superseded)\b)[^.;]){0,40}?\b(?:(?:on|from|as\s+of|in)\s+)?(?:(?:the\s+)?25(?:th)?\s+(?:of\s+)?May\s+2018|May\s+25(?:th)?,?\s+2018|May\s+2018|2018)\b/;
const SAR_FEE = /£[ \u00a0]?10(?:\.00)?\b/;
const SAR_CONTEXT = /\b(?:subject[ \u00a0]+access|access[ \u00a0]+request|copy[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|your[ \u00a0]+)?(?:personal[ \u00a0]+)?(?:data|information)|(?:information|data)[ \u00a0]+(?:(?:that|which)[ \u00a0]+)?we[ \u00a0]+hold|access[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+|your[ \u00a0]+)?(?:personal[ \u00a0]+)?(?:data|information))\b/i;

export const outdatedLawReference: Rule = {
  id: 'outdated-law-reference',
  aliases: ['repealed-law'],
  description: 'A repealed or invalidated law or framework cited as if in force (DPA 1998, Directive 95/46/EC, Privacy Shield, Safe Harbor, old SCCs)',
  tags: ['law', 'transfers', 'uk'],
  defaultSeverity: 'warning',
  check(ctx) {
    const { doc } = ctx;
    const uk = isUkPolicy(doc, ctx.options);
    const mentions2018Act = ACT_2018.test(doc.text);
    for (let si = 0; si < doc.sentences.length; si++) {
      const s = doc.sentences[si];
      const text = doc.slice(s.start, s.end);
      if (!ANY.test(text)) continue;
      // What the sentence is about may be said in the sentence before it, in the same paragraph:
      // "These partners are located outside the EU. They are however Safe Harbor certified."
      const prev = si > 0 && doc.sentences[si - 1].block === s.block ? doc.slice(doc.sentences[si - 1].start, doc.sentences[si - 1].end) : '';
      const context = prev ? `${prev} ${text}` : text;
      // Characters already covered by a finding in this sentence (a mask: linear however many mentions).
      const covered = new Uint8Array(text.length + 1);
      const taken = { push: ([a, b]: [number, number]) => covered.fill(1, a, b) };
      const free = (a: number, b: number) => covered.subarray(a, b).indexOf(1) < 0;

      // "The GDPR will replace the DPA 1998": the old law is what is being replaced, so the
      // statement is reported once, as future tense, not again as a citation of the old law.
      // Each future-tense statement of the sentence ("The GDPR will apply from 25 May 2018, when it
      // The GDPR will apply from 25 May 2018, …": a line written twice), not only the first.
      for (let from = 0, future; (future = checkFuture(ctx, s, text, from)); from = future[1]) taken.push(future);

      {
        for (const inst of INSTRUMENTS) {
          if (inst.needsContext && !inst.needsContext.test(context)) continue;
          if (inst.excludeContext && inst.excludeContext.test(text)) continue;
          // Once per sentence, not once per mention: a sentence with many mentions stays linear.
          const noFix = inst.noFixContext?.test(text) ?? false;
          // Every name of the instrument in the sentence, in order; names joined only by brackets, dashes or
          // commas are one citation ("Telecommunications Telemedia Data Protection Act (Telekommunikation-
          // Telemedien-Datenschutz-Gesetz - TTDSG)"), reported once and renamed as a whole.
          const names: Array<{ a: number; b: number; p: number }> = [];
          inst.patterns.forEach((re, p) => {
            re.lastIndex = 0;
            for (let m = re.exec(text); m; m = re.exec(text)) names.push({ a: m.index, b: m.index + m[0].length, p });
          });
          names.sort((x, y) => x.a - y.a || y.b - x.b);
          for (let i = 0; i < names.length; i++) {
            const first = names[i];
            if (!free(first.a, first.b) || isHistorical(text, first.a, first.b)) continue;
            const cluster = [first];
            while (i + 1 < names.length && names[i + 1].a >= cluster[cluster.length - 1].b && SAME_CITATION.test(text.slice(cluster[cluster.length - 1].b, names[i + 1].a))) cluster.push(names[++i]);
            const a = first.a;
            const b = cluster[cluster.length - 1].b;
            taken.push([a, b]);
            // "the German Telemedia Act (Telemediengesetz, TMG)": the names in the brackets are the same citation.
            const gloss = /^[ \u00a0]*\([^)]{0,80}\)/.exec(text.slice(b, b + 90));
            if (gloss) taken.push([b, b + gloss[0].length]);
            // Each name by its new name in the same form; a citation with a name that has none gets no fix.
            const news = cluster.map((n) => inst.replacements?.[n.p] ?? (cluster.length === 1 ? inst.replacement : null));
            const fixable = !noFix && news.every((x) => !!x);
            const edits = fixable ? cluster.map((n, k) => replace(doc, s.start + n.a, s.start + n.b, news[k]!)) : [];
            const written = text.slice(a, b).trim();
            ctx.report({
              start: doc.srcStart(s.start + a), end: doc.srcEnd(s.start + b), severity: inst.severity,
              message: outOfDate(inst),
              detail: `${written} is out of date: ${inst.status}. Now: ${inst.successor}.${fixable ? '' : ` ${NO_FIX}`}`,
              source: inst.source,
              // Offered, never applied without a person: only the author knows, for instance, whether a recipient is certified under its successor.
              fixes: fixable ? [{ title: cluster.length === 1 ? `Replace with “${news[0]}”` : `Rename to ${news.map((x) => `“${x}”`).join(', ')}`, edits, preferred: true }] : [],
              data: { instrument: inst.id },
            });
          }
        }
      }

      if (uk && !mentions2018Act) {
        BARE_DPA.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = BARE_DPA.exec(text))) {
          const nameAt = m.index + m[0].indexOf('Data');
          const b = m.index + m[0].length;
          const lead = text.slice(Math.max(0, nameAt - 80), nameAt);
          // "Virginia Consumer Data Protection Act": another Act whose name ends the same way.
          const namedOther = /\b(?!(?:The|UK|British|Kingdom|Kingdom['’]s|Britain['’]s)\b)[A-Z][\w'’-]*[ \u00a0]+$/.test(lead) && !/\bthe[ \u00a0]+$/i.test(lead);
          if (!free(nameAt, b) || namedOther || NOT_UK_ACT.test(lead) || isHistorical(text, nameAt, b)) continue;
          taken.push([nameAt, b]);
          const info = data.bareDataProtectionAct;
          ctx.report({
            start: doc.srcStart(s.start + m.index), end: doc.srcEnd(s.start + b), severity: info.severity as Severity,
            message: `${quoted(m[0])} names no year: say which Act is meant (the 1998 Act was repealed).`,
            detail: `A Data Protection Act without a year is ambiguous in a UK policy: ${info.status}. The fix inserts “2018”.`,
            source: info.source,
            fixes: [{ title: 'Insert “2018” (Data Protection Act 2018)', edits: [{ start: doc.srcEnd(s.start + b), end: doc.srcEnd(s.start + b), newText: ' 2018' }], preferred: true }],
            data: { instrument: 'data-protection-act-bare' },
          });
        }
      }

      const fee = SAR_FEE.exec(text);
      if (fee && SAR_CONTEXT.test(context) && /\bfee\b|\bcharge\b|\bpay\b/i.test(text) && free(fee.index, fee.index + fee[0].length)) {
        const info = data.subjectAccessFee;
        ctx.report({
          start: doc.srcStart(s.start + fee.index), end: doc.srcEnd(s.start + fee.index + fee[0].length), severity: info.severity as Severity,
          message: `A ${fee[0]} subject access fee belongs to the repealed 1998 regime: state that access is free.`,
          detail: `${capitalised(info.status)}. No automatic fix: the author decides what the policy promises.`,
          source: info.source,
        });
      }
    }
    checkLinkedDecisions(ctx);
  },
};

/**
 * A repealed Commission decision cited only by its link: "[standard data protection clauses](https://eur-lex.europa.eu/…?uri=celex%3A32010D0087)".
 * EUR-Lex names a decision by its CELEX number (3 + year + D + number) or its ELI (eli/dec/year/number).
 */
const LINKED_DECISION = /celex(?:%3A|:)3((?:19|20)\d\d)D0*(\d{1,4})\b|\/eli\/dec\/((?:19|20)\d\d)\/(\d{1,4})\b/i;
function checkLinkedDecisions(ctx: RuleContext): void {
  const { doc } = ctx;
  for (const link of doc.links) {
    const m = LINKED_DECISION.exec(link.href);
    if (!m) continue;
    const number = `${m[1] ?? m[3]}/${m[2] ?? m[4]}`;
    const inst = INSTRUMENTS.find((i) => i.id.startsWith('scc-') && i.patterns.some((re) => { re.lastIndex = 0; return re.test(number); }));
    if (!inst) continue;
    const s = doc.sentenceAt(link.start);
    const text = s ? doc.slice(s.start, s.end) : doc.slice(link.start, link.end);
    const at = s ? link.start - s.start : 0;
    // Cited in the sentence's own words as well (reported there), or as history.
    if (inst.patterns.some((re) => { re.lastIndex = 0; return re.test(text); }) || isHistorical(text, at, at + link.end - link.start)) continue;
    ctx.report({
      start: doc.srcStart(link.start), end: doc.srcEnd(link.end), severity: inst.severity,
      message: fitting(
        `The link ${quoted(doc.slice(link.start, link.end))} goes to ${withoutAsides(inst.name)}, out of date since ${inst.ended.slice(0, 4)}: ${inst.now}.`,
        `The link goes to ${withoutAsides(inst.name)}, out of date since ${inst.ended.slice(0, 4)}: ${inst.now}.`),
      detail: `“${doc.slice(link.start, link.end).trim()}” links to ${inst.name}, which is out of date: ${inst.status}. Now: ${inst.successor}. ${NO_FIX}`,
      source: inst.source,
      data: { instrument: inst.id },
    });
  }
}

const TENSES: Array<[RegExp, string]> = [
  [/^will\s+apply\s+(?:from|as\s+of|on)\b/, 'has applied since'],
  [/^will\s+apply\b/, 'has applied'],
  [/^will\s+come\s+into\s+(force|effect|application)\b/, 'came into $1'],
  [/^will\s+enter\s+into\s+(force|effect|application)\b/, 'entered into $1'],
  [/^will\s+take\s+effect\b/, 'took effect'],
  [/^will\s+become\s+(\w+)/, 'became $1'],
  [/^will\s+be\s+(enforced|enforceable|applicable|effective|in\s+force)\s+(?:from|as\s+of|on)\b/, 'has been $1 since'],
  [/^will\s+be\s+(enforced|enforceable|applicable|effective|in\s+force|introduced|implemented)\b/, 'has been $1'],
  [/^will\s+replace\b/, 'replaced'],
  // The present for the future: "which comes into effect on 25 May 2018".
  [/^comes\s+into\s+(force|effect|application)\b/, 'came into $1'],
  [/^is\s+(?:coming|due\s+to\s+come|set\s+to\s+come)\s+into\s+(force|effect|application)\b/, 'came into $1'],
  [/^will\s+supersede\b/, 'superseded'],
];

/** "The GDPR will apply from 25 May 2018, when it supersedes …": reported with a fix into the past tense. */
function checkFuture(ctx: RuleContext, s: Sentence, text: string, from = 0): [number, number] | undefined {
  let m: RegExpExecArray | null = null;
  let verbAt = -1;
  // The first statement that starts at `from` or later and has a date (or replaces a law).
  // (The name may come before `from`: "…, when it supersedes The GDPR will apply from …", and one name
  // may have several verbs: "The GDPR will apply from 25 May 2018, will apply from …". A verb passed
  // over is blanked out, so that the name is matched again with the next verb after it.)
  let hay = text;
  for (;;) {
    m = GDPR_FUTURE.exec(hay);
    if (!m) return undefined;
    verbAt = m.index + m[0].length - m[1].length;
    if (verbAt >= from && (FUTURE_DATE.test(text.slice(verbAt + m[1].length)) || /replace|supersede/.test(m[1]))) break;
    hay = hay.slice(0, verbAt) + ' '.repeat(m[1].length) + hay.slice(verbAt + m[1].length);
  }
  if (!m) return undefined;
  const rest = text.slice(verbAt + m[1].length);
  const dated = FUTURE_DATE.exec(rest);
  if (!dated && !/replace|supersede/.test(m[1])) return undefined;
  const { doc } = ctx;
  let end = verbAt + m[1].length + (dated ? dated[0].length : 0);
  const edits: Edit[] = [];
  const verb = text.slice(verbAt);
  for (const [re, past] of TENSES) {
    const t = re.exec(verb);
    if (t) { edits.push(replace(doc, s.start + verbAt, s.start + verbAt + t[0].length, t[0].replace(re, past))); break; }
  }
  // ", when it supersedes the Data Protection Act 1998" belongs to the same statement.
  // "will replace the Data Protection Act 1998": the law being replaced belongs to the statement.
  if (/replace|supersede/.test(m[1])) end += /^[^.;,]*/.exec(text.slice(end))![0].length;
  // Another future-tense verb inside what the finding covers ("The GDPR will apply from 25 / The GDPR
  // will apply from 25 / May 2018", a line written twice) goes into the past tense too: fixed only
  // in part, the finding would come back on the next run.
  const verbEnd = verbAt + m[1].length;
  for (const w of text.slice(verbEnd, end).matchAll(/\b(?:will|comes|is)\b/g)) {
    const at = verbEnd + w.index;
    for (const [re, past] of TENSES) {
      const t = re.exec(text.slice(at));
      if (t) { edits.push(replace(doc, s.start + at, s.start + at + t[0].length, t[0].replace(re, past))); break; }
    }
  }
  // The clause ends before another future-tense statement (a line written twice): that one is reported and fixed on its own.
  const clause = /^,?\s+(?:when|and|where)\s+it\s+(supersedes|replaces|repeals)\b(?:(?!\bwill\b)[^.;])*/.exec(text.slice(end));
  if (clause) {
    const vAt = end + clause[0].indexOf(clause[1]);
    const past = { supersedes: 'superseded', replaces: 'replaced', repeals: 'repealed' }[clause[1] as 'supersedes' | 'replaces' | 'repeals'];
    edits.push(replace(doc, s.start + vAt, s.start + vAt + clause[1].length, past));
    end += clause[0].length;
  }
  const info = data.gdprFutureTense;
  ctx.report({
    start: doc.srcStart(s.start + verbAt), end: doc.srcEnd(s.start + end), severity: info.severity as Severity,
    message: 'This was written before the GDPR applied (25 May 2018): put it in the past tense.',
    detail: `${capitalised(info.status)}.${edits.length ? ' The fix puts the verbs into the past tense.' : ' No fix is offered: the sentence needs rewording by the author.'}`,
    source: info.source,
    fixes: edits.length ? [{ title: 'Put into the past tense', edits, preferred: true, safe: true }] : [],
    data: { instrument: 'gdpr-future-tense' },
  });
  return [verbAt, end];
}

/** The message on a mention of an instrument: its name (the span shows how the policy wrote it), since when, and what to do. */
function outOfDate(inst: Instrument): string {
  const year = inst.ended.slice(0, 4);
  const verb = /^(?:invalidated|repealed|renamed|replaced)\b/.exec(inst.status)?.[0];
  return `${capitalised(withoutAsides(inst.name))} ${verb ? `was ${verb} in ${year}` : `is out of date (${year})`}: ${inst.now}.`;
}

function replace(doc: PolicyDocument, start: number, end: number, newText: string): Edit {
  return { start: doc.srcStart(start), end: doc.srcEnd(end), newText };
}
