// request-deadline: what a policy says about answering a data subject's request, or telling
// them of a breach, that does not match the GDPR:
//  (a) a deadline stated as a fixed count of days (or weeks) that can run past one month
//      ("We respond to all requests within 30 days"): GDPR Art. 12(3) gives one month,
//      extendable by two further months;
//  (b) "72 hours" for telling individuals of a breach: Art. 33(1)'s 72 hours are for the
//      supervisory authority; individuals are told without undue delay (Art. 34(1));
//  (c) a fee for a subject access request stated as the normal case: free under Art. 12(5).
//
// Every pattern is a plain alternation or has bounded repetition; the context checks run
// on a sentence, its heading and a bounded window, so the rule is linear in the document.
import data from './knowledge/request-deadline.json';
import type { PolicyDocument } from './model/document';
import type { Fix, Sentence } from './model/types';
import { fitting, quoted as quotedText } from './shared/message';
import type { Rule, RuleContext } from './rule';
import { isGdprPolicy, isUkPolicy } from './shared/policyFacts';

const cite = (id: string): string => data.sources.find((s) => s.id === id)!.cite;
const S = '[ \\u00a0]+';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const NUMBER = `\\d{1,3}|(?:${TENS})(?:[ \\u00a0-](?:${UNITS}))?|${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`;

/**
 * "within 30 days", "no later than thirty (30) calendar days", "a maximum of 45 days",
 * "within 6 weeks", "within a 30-day period". Named groups: `count` is the phrase the
 * fix replaces; `num` / `br` the number (words or digits / in brackets), `kind` calendar,
 * working, business; `unit` days or weeks; `dnum`, `dkind` the same in the "30-day period" form.
 */
const COUNT = `(?<count>(?:(?:a|the|one)${S})?(?<dnum>\\d{1,3})[ \\u00a0-]+(?:(?<dkind>calendar|working|business)[ \\u00a0-]+)?day${S}(?:period|time${S}?frame|window|deadline|limit)` +
  `|(?<num>${NUMBER})(?:[ \\u00a0]*\\((?<br>\\d{1,3})\\))?[ \\u00a0-]+(?:(?<kind>calendar|working|business|clear)${S})?(?<unit>days?|weeks?))\\b`;
const DEADLINE = new RegExp(
  `\\b(?:within|in|no${S}later${S}than|not${S}later${S}than|up${S}to|inside(?:${S}of)?|at${S}(?:the${S})?(?:most|latest)|(?:a${S})?maximum${S}of|not${S}exceeding|no${S}more${S}than|less${S}than|before${S}the${S}end${S}of|by${S}the${S}end${S}of)` +
  `${S}(?:(?:(?:the|a)${S})?(?:maximum|period|time${S}frame|timeframe)${S}of${S})?${COUNT}`,
  'gid',
);
/** "We have 30 days to respond": a bare count followed by what it is for. */
const BARE = new RegExp(
  `\\b${COUNT}${S}(?:in${S}which${S})?to${S}(?:respond|reply|answer|comply|process|action|fulfil|fulfill|deal|handle|complete)\\b`,
  'gid',
);

const REQUEST = /\brequest(?:s|ed|ing)?\b|\benquir(?:y|ies)\b|\binquir(?:y|ies)\b|\bDSARs?\b|\bSARs?\b/i;
const ACTION = /\b(?:respon(?:d|ds|ded|ding|se|ses)|repl(?:y|ies|ied|ying)|answer\w*|deal\w*[ \u00a0]+with|handl\w*|process\w*|compl(?:y|ies|ied|ying|iance)|fulfil\w*|action\w*|complet\w*|provid\w*|send\w*|deliver\w*|delet\w*|eras\w*|remov\w*|correct\w*|rectif\w*|restrict\w*)\b/i;
/** An answer presupposes a request: "A response will be provided within 30 days", "we will respond within 30 days of receiving your message". */
const ANSWER = /\b(?:respon(?:d|ds|se|ses)|repl(?:y|ies)|answer(?:s|ed)?)\b/i;
/** The request in the sentence before, answered in this one by giving something: "You may request access … We will provide a copy … within 30 days". */
const PREV_REQUEST = /\b(?:request(?:s|ed)?|enquir(?:y|ies)|inquir(?:y|ies)|DSARs?|SARs?)\b/i;
const GIVE = /\b(?:provid|send|deliver)\w*/i;
/** The request is a data subject's: the sentence, its heading or the blocks just before speak of rights. */
const RIGHTS = /\b(?:rights?|subject[ \u00a0]+access|(?:subject|data|privacy|access|erasure|deletion|rectification|portability|DSAR)[ \u00a0]+requests?|data[ \u00a0]+subjects?|access[ \u00a0]+(?:to[ \u00a0]+)?(?:your|the|their)?[ \u00a0]*(?:personal[ \u00a0]+)?(?:data|information)|cop(?:y|ies)[ \u00a0]+of[ \u00a0]+(?:your|the|their)|rectif\w*|erasure|portab\w*|restrict(?:ion)?[ \u00a0]+(?:of[ \u00a0]+)?processing|object(?:ion)?[ \u00a0]+to|GDPR|personal[ \u00a0]+(?:data|information))\b/i;
/** In the blocks just before: the rights themselves, not merely "personal data" or "GDPR". */
const RIGHTS_NEAR = /\b(?:rights?|subject[ \u00a0]+access|data[ \u00a0]+subjects?|access[ \u00a0]+(?:to[ \u00a0]+)?(?:your|the|their)[ \u00a0]+(?:personal[ \u00a0]+)?(?:data|information)|cop(?:y|ies)[ \u00a0]+of[ \u00a0]+(?:your|the|their)|rectif\w*|erasure|portab\w*|restrict(?:ion)?[ \u00a0]+(?:of[ \u00a0]+)?processing|object(?:ion)?[ \u00a0]+to)\b/i;
const RIGHTS_HEADING = /\b(?:rights?|requests?|respon(?:d|se)|repl(?:y|ies)|time[ \u00a0]+limits?|deadlines?|access|subject|DSAR|SAR)\b/i;
/** Another law or another kind of request, with its own deadline (CCPA's 45 days, FOI's 20 working days). */
const OTHER_LAW = /\b(?:CCPA|CPRA|VCDPA|CTDPA|CPA|UCPA|TDPSA|LGPD|PIPEDA|HIPAA|FERPA|COPPA|PIPL|FOIA?|FOISA)\b/;
const OTHER_CONTEXT = /\b(?:California\w*|Virginia|Colorado|Connecticut|Utah|Texas|Oregon|Brazil\w*|Canad\w*|Australia\w*|verifiable[ \u00a0]+(?:consumer[ \u00a0]+)?requests?|consumer[ \u00a0]+requests?|freedom[ \u00a0]+of[ \u00a0]+information|law[ \u00a0]+enforcement|subpoenas?|court[ \u00a0]+orders?|warrants?|refunds?|cancell?ation|complaints?[ \u00a0]+(?:procedure|handling)|account[ \u00a0]+(?:deletion|closure|termination)|(?:delete|close|terminate|deactivate)[ \u00a0]+(?:your|their|the|an?)[ \u00a0]+account)\b/i;

const HOURS_72 = /\b(?:72|seventy[ \u00a0-]two)(?:[ \u00a0]*\(72\))?[ \u00a0-]+hours?\b/gi;
const BREACH = /\bbreach\w*|\bincidents?\b|\bcompromis\w*|\bunauthori[sz]ed[ \u00a0]+(?:access|disclosure)/i;
/** Telling individuals: "notify you", "inform affected users", "you will be notified". */
const TO_INDIVIDUALS = new RegExp(
  `\\b(?:notify|notifying|inform|informing|tell|telling|contact|contacting|alert|alerting|advise|advising|warn|warning|e-?mail|write${S}to|let)${S}(?:you|affected|all${S}affected|the${S}affected|(?:our${S})?(?:users|individuals|data${S}subjects|persons|people)|the${S}(?:individuals|data${S}subjects|persons|people|users))\\b` +
  `|\\byou${S}(?:will|shall|would|may)${S}be${S}(?:notified|informed|told|contacted|alerted|advised|warned)\\b` +
  `|\\b(?:affected|impacted)${S}(?:users|individuals|customers|clients|members|persons|people|data${S}subjects)${S}(?:will|shall|would)${S}be${S}(?:notified|informed|told|contacted|alerted)\\b` +
  `|\\b(?:notif\\w*|report\\w*|communicat\\w*)${S}(?:[\\w-]+${S}){0,8}?to${S}(?:you|affected|(?:all${S}|any${S}|the${S})?(?:users|individuals|data${S}subjects|persons|people))\\b`,
  'i',
);
/** The supervisory authority (for which 72 hours is right, Art. 33(1)). */
const AUTHORITY = /\b(?:authorit(?:y|ies)|regulators?|supervisory|Information[ \u00a0]+Commissioner\w*|ICO|commissioners?|DPAs?|CNIL|data[ \u00a0]+protection[ \u00a0]+(?:authority|commission|board|office))\b/i;

/** A fee, with its amount where written: "a fee of £25", "£25 fee", "an administration fee", "a charge of €5". */
const FEE = /(?:\b(?:a|an|the|our|any)[ \u00a0]+)?(?:\b(?:small|nominal|administrative|administration|statutory|reasonable|processing|handling|flat)[ \u00a0]+){0,2}\b(?:fees?|charges?[ \u00a0]+of)(?:[ \u00a0]+of)?(?:[ \u00a0]+(?:up[ \u00a0]+to[ \u00a0]+)?[£$€][ \u00a0]?\d{1,4}(?:[.,]\d{2})?)?|[£$€][ \u00a0]?\d{1,4}(?:[.,]\d{2})?[ \u00a0]+(?:fee|charge)\b/i;
/** Charging, where no fee is named: "we charge for copies", "you will be charged". */
const CHARGE = /\b(?:charge|charges|charged|charging)\b(?:[ \u00a0]+(?:you|for))?/i;
/** Access to one's own data: "subject access request", "a copy of your data", "access your personal data". */
const ACCESS = /\b(?:subject[ \u00a0]+access|access[ \u00a0]+requests?|requests?[ \u00a0]+(?:for|to)[ \u00a0]+(?:access|a[ \u00a0]+copy)|cop(?:y|ies)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|your[ \u00a0]+|any[ \u00a0]+)?(?:personal[ \u00a0]+)?(?:data|information)|access[ \u00a0]+(?:to[ \u00a0]+)?(?:your|the|their|any)[ \u00a0]+(?:personal[ \u00a0]+)?(?:data|information)|information[ \u00a0]+(?:we|that[ \u00a0]+we)[ \u00a0]+hold|exercis\w*[ \u00a0]+(?:any[ \u00a0]+of[ \u00a0]+)?your[ \u00a0]+(?:other[ \u00a0]+)?rights?|DSARs?|SARs?)\b/i;
/** A fee sentence that points back to the request of the sentence before: "We may charge you a small fee for this service." */
const FEE_BACK_REFERENCE = /\b(?:for|to|on)[ \u00a0]+(?:this|that|it|doing[ \u00a0]+so|such[ \u00a0]+(?:a[ \u00a0]+)?(?:requests?|copies|copy|access|service))\b/i;
/** Access is free, or the fee is only for the cases Art. 12(5) and 15(3) allow. */
const FEE_LAWFUL = /\b(?:no|not|free|without|waive\w*|never|unfounded|excessive|repetitive|repeated|further[ \u00a0]+cop\w*|additional[ \u00a0]+cop\w*|subsequent[ \u00a0]+cop\w*|extra[ \u00a0]+cop\w*|more[ \u00a0]+than[ \u00a0]+one[ \u00a0]+cop\w*)\b|n['’]t\b/i;
/** outdated-law-reference already reports the £10 fee of the Data Protection Act 1998 regime. */
const OLD_UK_FEE = /£[ \u00a0]?10(?:\.00)?\b/;

export const requestDeadline: Rule = {
  id: 'request-deadline',
  aliases: ['dsr-deadline'],
  description: 'A deadline for answering data-subject requests stated as a day count, 72 hours for telling individuals of a breach, or a fee for access stated as normal',
  tags: ['gdpr', 'rights', 'breach'],
  defaultSeverity: 'information',
  check(ctx) {
    const { doc, options } = ctx;
    // The one-month rule, Art. 34 and the free access are the GDPR's (and the UK GDPR's).
    if (!isGdprPolicy(doc, options) && !isUkPolicy(doc, options)) return;
    // A breach deadline needs "72" or "seventy" somewhere: one search of the document, not one per sentence.
    const breachWords = BREACH_HOURS.test(doc.text);
    doc.sentences.forEach((s, i) => {
      const text = doc.slice(s.start, s.end);
      // The sentence before, in the same paragraph: what "this service" or "a response" refers to (read only when needed).
      const prev = () => (i > 0 && doc.sentences[i - 1].block === s.block ? doc.slice(doc.sentences[i - 1].start, doc.sentences[i - 1].end) : '');
      // Every deadline counts days or weeks ("30 days", "a 30-day period", "six weeks").
      if (DAYS_OR_WEEKS.test(text)) checkDeadline(ctx, s, text, prev());
      if (breachWords && BREACH_HOURS.test(text)) checkBreach(ctx, s, text);
      if (FEE_WORD.test(text)) checkFee(ctx, s, text, prev());
    });
  },
};

const DAYS_OR_WEEKS = /\b(?:days?|weeks?)\b/i;
const BREACH_HOURS = /72|seventy/i;
const FEE_WORD = /fee|charge|[£$€]/i;

function toNumber(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  const parts = word.toLowerCase().split(/[ \u00a0-]/);
  return parts.reduce((n, p) => n + (NUMBER_WORDS[p] ?? 0), 0);
}

/** The heading texts that enclose a block, innermost first. */
function headings(doc: PolicyDocument, s: Sentence): string {
  const b = doc.blocks[s.block];
  return doc.enclosingSections(b).slice(0, 3).map((sec) => doc.blockText(doc.headingOf(sec))).join(' \n ');
}

/** The request is a data subject's, not another law's or another kind of request. */
function aboutSubjectRequest(doc: PolicyDocument, s: Sentence, text: string, prev: string): boolean {
  // A request named in the sentence or the one before it ("You may request a copy … We will provide it within 30 days"),
  // or presupposed by an answer ("A response will be provided within 30 days").
  if (!ACTION.test(text)) return false;
  const own = REQUEST.test(text) || ANSWER.test(text);
  if (!own && !(GIVE.test(text) && PREV_REQUEST.test(prev))) return false;
  const heads = headings(doc, s);
  // Another law or another request, in the sentence, its headings, or the sentence that made the request ("You may request a refund.").
  const context = own ? `${text} \n ${heads}` : `${text} \n ${heads} \n ${prev}`;
  if (OTHER_LAW.test(context) || OTHER_CONTEXT.test(context)) return false;
  if (RIGHTS.test(text) || RIGHTS_HEADING.test(heads)) return true;
  // The two blocks before it (bounded), for a paragraph that follows the list of rights.
  const b = doc.blocks[s.block];
  for (let i = b.index; i >= Math.max(0, b.index - 2); i--) {
    const t = doc.blockText(doc.blocks[i]);
    if (RIGHTS_NEAR.test(t.length > 2000 ? t.slice(0, 2000) : t)) return true;
  }
  return false;
}

function checkDeadline(ctx: RuleContext, s: Sentence, text: string, prev: string): void {
  const { doc } = ctx;
  let subject: boolean | undefined;
  for (const re of [DEADLINE, BARE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const g = m.groups!;
      const n = g.dnum !== undefined ? Number(g.dnum) : g.br !== undefined ? Number(g.br) : toNumber(g.num);
      const kind = (g.dkind ?? g.kind)?.toLowerCase();
      const unit = g.dnum !== undefined ? 'days' : g.unit.toLowerCase();
      const calendar = unit.startsWith('week') ? n * 7 : kind === 'working' || kind === 'business' ? Math.ceil((n * 7) / 5) : n;
      // A promise of 28 days or fewer is always within one month: nothing to say.
      if (calendar <= 28) continue;
      // "one month (30 days)" glosses the legal period; not a different one.
      const near = text.slice(Math.max(0, m.index - 25), m.index + m[0].length + 25);
      if (/\bmonths?\b/i.test(near)) continue;
      subject ??= aboutSubjectRequest(doc, s, text, prev);
      if (!subject) return;
      // The count to replace: "30 days", "thirty (30) calendar days", "a 30-day period".
      const [countStart, countEnd] = m.indices!.groups!.count!;
      const from = s.start + countStart;
      const to = s.start + countEnd;
      const start = s.start + m.index;
      // For the bare form ("30 days to respond") the finding covers the count only.
      const end = re === BARE ? to : s.start + m.index + m[0].length;
      const phrase = doc.slice(from, to);
      const quoted = doc.slice(start, end);
      const old = n === 40 && unit.startsWith('day') ? ` 40 days was the period of the repealed ${cite('dpa-1998-s7')}.` : '';
      const why = calendar <= 31
        ? `A count of days can end after the month does (one month from 31 January ends on 28 February, ${cite('reg-1182-71')})`
        : `${n} ${unit.startsWith('week') ? 'weeks' : `${kind ? `${kind} ` : ''}days`} is longer than one month, which may be exceeded only by an extension, announced within the first month with reasons`;
      // The same count named again in its paragraph ("… within 30 days … within the initial 30-day period"): one
      // replacement would leave the paragraph at odds with itself, so no fix is offered.
      const echoed = countRepeated(doc, s, from, to, n, unit);
      const fixes: Fix[] = echoed ? [] : [{ title: `Replace “${phrase}” with “one month”`, edits: [{ start: doc.srcStart(from), end: doc.srcEnd(to), newText: 'one month' }], safe: false }];
      ctx.report({
        start: doc.srcStart(start),
        end: doc.srcEnd(end),
        message: fitting(
          `${quotedText(quoted)} ${calendar <= 31 ? 'can end after' : 'exceeds'} the one-month deadline for answering a request: say “one month”.`,
          `${quotedText(quoted, 24)} ${calendar <= 31 ? 'can end after' : 'exceeds'} the one-month deadline for answering a request: say “one month”.`),
        detail: `${cite('gdpr-art-12-3')} requires an answer to a data subject's request without undue delay and within one month of receipt, extendable by two further months where necessary given the complexity and number of requests. ${why}.${old}`,
        source: `${cite('gdpr-art-12-3')}; ${cite('reg-1182-71')}`,
        fixes,
        data: { kind: 'deadline', days: calendar },
      });
      return;
    }
  }
}

/** The paragraph of the sentence names the same count of days or weeks again, outside [from, to). */
function countRepeated(doc: PolicyDocument, s: Sentence, from: number, to: number, n: number, unit: string): boolean {
  const b = doc.blocks[s.block];
  const word = unit.startsWith('week') ? 'weeks?' : 'days?';
  // Where the block names the count, found once per block and count (a paragraph of many such findings is read once).
  const memo = doc.memo('requestDeadline.counts', () => new Map<string, number[]>());
  const key = `${b.index}:${n}:${word}`;
  let at = memo.get(key);
  if (!at) {
    at = [];
    const re = new RegExp(`\\b${n}(?:[ \\u00a0-]+(?:calendar|working|business)?[ \\u00a0-]*)${word}\\b`, 'gi');
    const text = doc.blockText(b);
    for (let m = re.exec(text); m; m = re.exec(text)) at.push(b.start + m.index, b.start + m.index + m[0].length);
    memo.set(key, at);
  }
  for (let i = 0; i < at.length; i += 2) if (at[i + 1] <= from || at[i] >= to) return true;
  return false;
}

function checkBreach(ctx: RuleContext, s: Sentence, text: string): void {
  const { doc } = ctx;
  HOURS_72.lastIndex = 0;
  const m = HOURS_72.exec(text);
  if (!m || !BREACH.test(text)) return;
  // Only where the 72 hours are for individuals alone. A sentence that also names the
  // authority ("to any and all relevant persons and authorities within 72 hours") states
  // Art. 33(1) correctly for the authority and promises no less than Art. 34 to the persons.
  if (!TO_INDIVIDUALS.test(text) || AUTHORITY.test(text)) return;
  const before = text.slice(Math.max(0, m.index - 30), m.index);
  const lead = /\b(?:within|in|no[ \u00a0]+later[ \u00a0]+than|not[ \u00a0]+later[ \u00a0]+than|up[ \u00a0]+to)[ \u00a0]+$/i.exec(before);
  const start = s.start + m.index - (lead ? lead[0].length : 0);
  const end = s.start + m.index + m[0].length;
  ctx.report({
    start: doc.srcStart(start),
    end: doc.srcEnd(end),
    message: `${quotedText(doc.slice(start, end))} is the authority's deadline: tell individuals without undue delay when the risk is high.`,
    detail: `The 72 hours of ${cite('gdpr-art-33-1')} are for notifying the supervisory authority. Individuals are told without undue delay when the breach is likely to result in a high risk to them (${cite('gdpr-art-34-1')}). No automatic fix: whether to keep a fixed promise is the author's choice.`,
    source: `${cite('gdpr-art-33-1')}; ${cite('gdpr-art-34-1')}`,
    data: { kind: 'breach' },
  });
}

function checkFee(ctx: RuleContext, s: Sentence, text: string, prev: string): void {
  const { doc } = ctx;
  const f = FEE.exec(text) ?? CHARGE.exec(text);
  // Access named in the sentence, or in the sentence before when this one points back to it ("a small fee for this service").
  if (!f || !(ACCESS.test(text) || (FEE_BACK_REFERENCE.test(text) && ACCESS.test(prev) && !FEE_LAWFUL.test(prev) && !OTHER_LAW.test(prev) && !OTHER_CONTEXT.test(prev)))) return;
  // Access is free, or the fee is limited to unfounded, excessive or repeated requests or further copies.
  if (FEE_LAWFUL.test(text)) return;
  if (OTHER_LAW.test(text) || OTHER_CONTEXT.test(text)) return;
  if (OLD_UK_FEE.test(text)) return;
  let start = f.index;
  let end = f.index + f[0].length;
  while (start < end && /\s/.test(text[start])) start++;
  ctx.report({
    start: doc.srcStart(s.start + start),
    end: doc.srcEnd(s.start + end),
    message: 'Access to one’s own data is free: a fee is allowed only for excessive requests or further copies.',
    detail: `A fee for access to one's own data, stated as the normal case: under ${cite('gdpr-art-12-5')} access is free of charge; a reasonable fee may be charged only for manifestly unfounded or excessive (for example repetitive) requests, or for further copies (${cite('gdpr-art-15-3')}). No automatic fix: the author decides what the policy promises.`,
    source: `${cite('gdpr-art-12-5')}; ${cite('gdpr-art-15-3')}`,
    data: { kind: 'fee' },
  });
}

