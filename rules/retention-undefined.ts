// retention-undefined: a retention statement with no period and no concrete
// criteria ("as long as necessary", "for a reasonable period", "indefinitely",
// "retained longer"), and a policy that never says how long it keeps data.
// GDPR Art. 13(2)(a) / 14(2)(a): the period, or the criteria used to determine it.
import type { Fix, Sentence, Severity } from './model/types';
import type { Rule, RuleContext } from './rule';
import { BOUNDING_EVENT, statesPeriod } from './shared/durations';
import { looksLikePolicy } from './shared/policyFacts';
import { appendSectionEdit } from './shared/style';

const SOURCE = 'GDPR Art. 13(2)(a) and 14(2)(a): the period for which personal data will be stored, or the criteria used to determine it; Art. 5(1)(e)';
const TEMPLATE = 'for [period] after [event]';

/** A retention verb with its object, active ("we retain your data") or passive ("data is kept"). */
const RETENTION_STATEMENT = new RegExp([
  '\\b(?:retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|stor(?:e|es|ed|ing)|hold(?:s|ing)?|held|preserv(?:e|es|ed|ing)|archiv(?:e|es|ed|ing))\\s+(?:(?!you\\b)[\\w-]+\\s+){0,3}?(?:data|information|details|records?|it|them|logs?|backups?|copies|e-?mails?|recordings?|invoices?|documents?|files?|messages?|correspondence|content|submissions?|applications?|CVs?|résumés?|resumes?|tickets?|transcripts?|photos?|images?|videos?|profiles?|accounts?)\\b',
  '\\b(?:data|information|details|records?|logs?|it|they|copies)\\s+(?:(?:is|are|will|may|shall|can|be|being|been|normally|only|generally|then|securely|also)\\s+){1,3}(?:retained|kept|stored|held|deleted|erased|destroyed|anonymi[sz]ed|preserved|archived)\\b',
  '\\b(?:is|are|be)\\s+(?:\\w+\\s+)?(?:retained|kept|stored|held|archived|preserved|deleted|erased|destroyed|anonymi[sz]ed)\\b',
  '\\bretention\\b',
  // "The storage in the blacklist is not limited in time."
  '\\bstorage\\s+(?:of|in|on|period|duration)\\b',
].join('|'), 'gi');
/** The start of every word RETENTION_STATEMENT and SUBJECT_VERB can match on: most sentences have none, and are skipped cheaply. */
const RETENTION_WORD = /\b(?:retain|retention|keep|kept|stor|hold|held|preserv|archiv|delet|eras|destroy|anonymi)/i; // 'stor' covers storage
/** What "you" store or keep is the user's own choice, not a retention period. */
const USER_SUBJECT = /\byou\s+(?:(?:can|may|could|will|should)\s+)?$/i;

/** A retention statement in the text: a regular expression, then a look at the words before the verb. */
function hasRetentionStatement(text: string): boolean {
  RETENTION_STATEMENT.lastIndex = 0;
  for (let m = RETENTION_STATEMENT.exec(text); m; m = RETENTION_STATEMENT.exec(text)) {
    if (!USER_SUBJECT.test(text.slice(Math.max(0, m.index - 24), m.index))) return true;
  }
  return false;
}
/**
 * A subject and a retention verb whatever its object: "We retain invoices for seven years",
 * "UbiOps may retain …". Broad ("we hold webinars"), so it only counts a statement that
 * states a period; vague phrases are reported only in RETENTION_STATEMENT sentences.
 */
const SUBJECT_VERB = /\b(?:[Ww]e|[Tt]hey|[A-Z][\w&.-]{0,40})\s+(?:(?:will|may|shall|can|must|only|normally|generally|also)\s+){0,2}(?:retain|keep|store|hold|preserve|archive)s?\b(?!\s+(?:you|improving|working|in\s+touch))/;

const VAGUE: Array<{ re: RegExp; kind: 'necessary' | 'reasonable' | 'indefinite' | 'longer'; fixable: boolean }> = [
  { re: /\b(?:for\s+)?(?:only\s+)?(?:as|so)\s+long\s+as\s+(?:is\s+|it\s+is\s+|(?:it|they|this|that)\s+(?:may\s+be|might\s+be|remains?|are|is)\s+|we\s+(?:deem|consider)\s+(?:it\s+)?)?(?:reasonably\s+|strictly\s+|legally\s+|absolutely\s+|commercially\s+)?(?:necessary|needed|required|appropriate|relevant|useful|reasonable|we\s+need(?:\s+it)?)\b/i, kind: 'necessary', fixable: true },
  // "as long as we have a reason to keep it", "for as long as it makes sense", "as long as the operation of the site requires".
  { re: /\b(?:for\s+)?(?:only\s+)?(?:as|so)\s+long\s+as\s+(?:we\s+have\s+an?\s+(?:legitimate\s+|good\s+|valid\s+|business\s+)?(?:reason|need|purpose)|it\s+makes\s+sense|(?:[\w'’-]+\s+){1,6}?(?:requires?|needs?|necessitates?))\b/i, kind: 'necessary', fixable: false },
  { re: /\bfor\s+(?:(?:a|an|such)\s+(?:reasonable|appropriate|limited|certain|sufficient|necessary|adequate|longer|extended|brief|short)\s+(?:period(?:\s+of\s+time)?|time|amount\s+of\s+time|duration)|such\s+(?:period|time)\s+as\s+(?:is\s+)?(?:necessary|needed|required|appropriate))\b/i, kind: 'reasonable', fixable: true },
  // "for the length of time needed to fulfil …", "for the duration required for the respective purpose", "for a period of time that is consistent with …".
  { re: /\bfor\s+the\s+(?:length\s+of\s+time|duration|period(?:\s+of\s+time)?|time)\s+(?:that\s+is\s+|which\s+is\s+)?(?:necessary|needed|required|appropriate)\b|\bfor\s+a\s+period\s+of\s+time\b(?=\s*(?:[.,;]|that\s+is\s+consistent|$))/i, kind: 'reasonable', fixable: false },
  { re: /\bindefinitely\b|\bfor\s+an?\s+(?:indefinite|unlimited|unspecified)\s+(?:period(?:\s+of\s+time)?|time)\b/i, kind: 'indefinite', fixable: true },
  { re: /\b(?:not\s+limited\s+in\s+time|without\s+(?:any\s+|a\s+)?time\s+limit|(?:stored|kept|retained|held)\s+permanently|\bwe\s+(?:\w+\s+){0,2}?permanently\s+(?:store|retain|keep))\b/i, kind: 'indefinite', fixable: false },
  { re: /\b(?:retained|kept|stored|held|preserved|keep|retain|store|hold|preserve)\s+(?:(?:it|them|this|such|your|our|the|any|some|personal|data|information|logs?|records?|logged)\s+){0,3}(?:for\s+)?longer(?:\s+periods?)?\b(?!\s+than\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+(?:day|week|month|year)))/i, kind: 'longer', fixable: true },
];
/** The storage-limitation principle restated: "not kept longer than necessary". */
const PRINCIPLE = /\b(?:not|no|never)\b[^.]{0,60}?\blonger\s+than\s+(?:is\s+|it\s+is\s+)?(?:strictly\s+|reasonably\s+)?(?:necessary|needed|required)\b/i;
/** A vague period whose only stated purpose is an unnamed legal duty: information, not warning. */
const LEGAL_PURPOSE = /^[\s,]*(?:(?:in\s+order\s+)?(?:to|for)\s+(?:comply|compliance|meet|satisfy|fulfil|fulfill)\w*\s+(?:with\s+)?(?:our\s+|any\s+|the\s+|all\s+)?(?:applicable\s+|relevant\s+)?(?:legal|statutory|regulatory|laws?|legislation|tax|(?:[A-Z][\w-]*\s+){1,4}(?:Act|Code|Regulations?))\b|(?:as\s+)?(?:required|permitted)\s+(?:by|under)\s+(?:applicable\s+)?law|(?:by|under)\s+(?:(?:the|applicable|relevant|our)\s+)*(?:[A-Z][\w-]*\s+){0,4}(?:laws?|Act|Code|regulations?|legislation)\b)/i;
const NAMED_LAW = /\b(?:Act|Code|Ordinance|HGB|AO|Abgabenordnung)\b|Regulation\s*\(|§/;

/** The controller deleting data, or naming its retention periods: then the policy does say something about retention. */
const RETENTION_TALK = /\b(?:we|they)\s+(?:(?:will|may|shall|automatically|then|also|promptly|securely)\s+)*(?:delete|erase|destroy|anonymi[sz]e|purge)\b|\b(?:is|are|will\s+be|be|being|gets?)\s+(?:(?:automatically|permanently|then|immediately|securely|promptly)\s+)?(?:deleted|erased|purged)\b|\bretention\s+(?:period|policy|schedule)s?\b|\bstorage\s+periods?\b/i;
/** A sentence about the reader's own requests ("you can ask us to delete …"), or about data collected from a child by mistake, is not a statement of retention. */
const READER_REQUEST = /\b(?:request|right|ask|you\s+(?:can|may|could)|wish|want|child(?:ren)?|minors?|under\s+(?:the\s+age\s+of\s+)?1[3-8])\b/i;
/** "We do not collect any personal data": nothing to keep. */
const NO_PERSONAL_DATA = /\b(?:do(?:es)?\s+not|don['’]t|never|will\s+not|won['’]t)\s+(?:\w+\s+){0,2}?(?:collect|store|process|gather|record)\s+(?:any\s+)?(?:personal(?:ly\s+identifiable)?\s+(?:data|information)|data\s+about\s+you|information\s+about\s+you)\b/i;

export const retentionUndefined: Rule = {
  id: 'retention-undefined',
  aliases: ['retention-period'],
  description: 'A retention statement with no period or concrete criteria, or a policy with no retention statement at all',
  tags: ['gdpr', 'retention', 'completeness'],
  defaultSeverity: 'warning',
  check(ctx) {
    const { doc } = ctx;
    let statements = 0;
    // One pass over the sentences: what each says about retention, worked out once.
    const candidates: Array<{ s: Sentence; text: string; strict: boolean; bounded: boolean }> = [];
    let anyPeriod = false;
    for (const s of doc.sentences) {
      const text = doc.slice(s.start, s.end);
      if (!RETENTION_WORD.test(text)) continue;
      const strict = hasRetentionStatement(text);
      if (!strict && !SUBJECT_VERB.test(text)) continue;
      const period = statesPeriod(text);
      anyPeriod ||= period;
      candidates.push({ s, text, strict, bounded: period || BOUNDING_EVENT.test(text) });
    }
    for (const { s, text, strict, bounded } of candidates) {
      const vague = strict ? findVague(text) : undefined;
      // "Data is retained for the time necessary …:" followed by a list: the criteria follow.
      if (vague && text.trimEnd().endsWith(':') && doc.blocks[s.block + 1]?.kind === 'listItem') { statements++; continue; }
      if (bounded || vague) statements++;
      if (!vague || bounded) continue;
      if (vague.principle && anyPeriod) continue; // the principle, with periods stated elsewhere
      reportVague(ctx, s, text, vague);
    }
    if (statements === 0 && looksLikePolicy(doc) && !doc.blocks.some((b) => b.kind === 'heading' && /\bretention\b|\bhow\s+long\b|\bstorage\s+(?:period|limitation)\b/i.test(doc.blockText(b)))
      // "Never says" needs positive evidence: no sentence speaks of keeping or deleting data at all,
      // and the policy does not say it collects none.
      && !doc.sentences.some((x) => { const t = doc.slice(x.start, x.end); return RETENTION_TALK.test(t) && !READER_REQUEST.test(t); })
      && !NO_PERSONAL_DATA.test(doc.text)) {
      reportMissing(ctx);
    }
  },
};

interface Vague { start: number; end: number; kind: string; principle: boolean; fixable: boolean }

function findVague(text: string): Vague | undefined {
  const principle = PRINCIPLE.exec(text);
  if (principle) return { start: principle.index, end: principle.index + principle[0].length, kind: 'principle', principle: true, fixable: true };
  for (const v of VAGUE) {
    const m = v.re.exec(text);
    if (m) return { start: m.index, end: m.index + m[0].length, kind: v.kind, principle: false, fixable: v.fixable };
  }
  return undefined;
}

function reportVague(ctx: RuleContext, s: Sentence, text: string, v: Vague): void {
  const { doc } = ctx;
  const after = text.slice(v.end);
  const legalPurpose = (v.kind === 'necessary' || v.kind === 'reasonable') && LEGAL_PURPOSE.test(after);
  // "as long as required by the Companies Act 2006" names the law that sets the period: a criterion.
  if (legalPurpose && NAMED_LAW.test(after)) return;
  const legalOnly = legalPurpose;
  const severity: Severity = legalOnly ? 'information' : 'warning';
  // The finding covers the vague phrase and its purpose, up to the next comma or stop.
  const clause = /^[^,;.]{0,100}/.exec(after)![0];
  const start = s.start + v.start;
  const end = s.start + v.end + clause.length;
  const phrase = text.slice(v.start, v.end);
  let newText = TEMPLATE;
  let from = start;
  let to = s.start + v.end;
  if (v.kind === 'longer') {
    // "retained longer" → "retained for up to [period]": keep the verb, replace "longer".
    const at = phrase.search(/(?:for\s+)?longer$/i);
    from = s.start + v.start + at;
    newText = 'for up to [period]';
  } else if (v.kind === 'principle') {
    // "not kept longer than necessary" → "not kept longer than [period] after [event]".
    const at = phrase.search(/longer\s+than/i);
    from = s.start + v.start + at;
    newText = 'longer than [period] after [event]';
  }
  const message = legalOnly
    ? `“${phrase}” ties retention to unnamed legal obligations: name the law or the period it sets (e.g. six years for UK tax records).`
    : `“${phrase}” states no retention period and no criteria to determine one.`;
  // The template replaces an adverbial phrase; where the sentence goes on with "by law" or
  // "under …" the result would not be grammatical ("for [period] after [event] by applicable law").
  const grammatical = v.fixable && !/^\s*(?:by|under|pursuant|per)\b/i.test(after);
  const fixes: Fix[] = grammatical ? [{ title: `Replace “${text.slice(from - s.start, to - s.start)}” with a period: “${newText}”`, edits: [{ start: doc.srcStart(from), end: doc.srcEnd(to), newText }], preferred: true }] : [];
  ctx.report({ start: doc.srcStart(start), end: doc.srcEnd(end), severity, message, source: SOURCE, fixes, data: { kind: v.kind } });
}

function reportMissing(ctx: RuleContext): void {
  const { doc } = ctx;
  const first = doc.blocks[0];
  const edit = appendSectionEdit(doc, 'Data retention', [`We keep personal data ${TEMPLATE}, and then delete or anonymise it.`]);
  ctx.report({
    start: first ? first.sourceStart : 0,
    end: first ? first.sourceEnd : 0,
    message: 'The policy never says how long personal data is kept: state the retention period, or the criteria used to determine it.',
    source: SOURCE,
    fixes: [{ title: 'Add a “Data retention” section', edits: [edit], preferred: true }],
    data: { documentLevel: true },
  });
}
