// retention-undefined: a retention statement with no period and no concrete
// criteria ("as long as necessary", "for a reasonable period", "indefinitely",
// "retained longer"), and a policy that never says how long it keeps data.
// GDPR Art. 13(2)(a) / 14(2)(a): the period, or the criteria used to determine it.
import type { PolicyDocument } from './model/document';
import type { Fix, Sentence, Severity } from './model/types';
import type { Rule, RuleContext } from './rule';
import { BOUNDING_EVENT, statesPeriod } from './shared/durations';
import { quoted } from './shared/message';
import { looksLikePolicy } from './shared/policyFacts';
import { sectionEdit } from './shared/style';
import { isStruck } from './shared/struck';

const SOURCE = 'GDPR Art. 13(2)(a) and 14(2)(a): the period for which personal data will be stored, or the criteria used to determine it; Art. 5(1)(e)';
const TEMPLATE = 'for [period] after [event]';

/** A retention verb with its object, active ("we retain your data") or passive ("data is kept"). */
const RETENTION_STATEMENT = new RegExp([
  // "retain and continue to use such information": a second verb coordinated with the first.
  '\\b(?:retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|stor(?:e|es|ed|ing)|hold(?:s|ing)?|held|preserv(?:e|es|ed|ing)|archiv(?:e|es|ed|ing))(?:\\s+(?:and|or)\\s+(?:continue\\s+to\\s+)?(?:use|process|retain|store|keep|hold)\\w*)?\\s+(?:(?!you\\b)[\\w-]+\\s+){0,3}?(?:data|information|details|records?|it|them|logs?|(?:log\\s+)?entries|backups?|copies|e-?mails?|recordings?|invoices?|documents?|files?|messages?|correspondence|content|submissions?|applications?|CVs?|résumés?|resumes?|tickets?|transcripts?|photos?|images?|videos?|profiles?|accounts?)\\b',
  '\\b(?:data|information|details|records?|logs?|entries|it|they|copies)\\s+(?:(?:is|are|will|may|shall|can|be|being|been|normally|only|generally|then|securely|also)\\s+){1,3}(?:retained|kept|stored|held|deleted|erased|destroyed|anonymi[sz]ed|preserved|archived)\\b',
  // "is (not) kept", "isn’t kept".
  '\\b(?:is|are|be)(?:n[\'’]t)?\\s+(?:\\w+\\s+)?(?:retained|kept|stored|held|archived|preserved|deleted|erased|destroyed|anonymi[sz]ed)\\b',
  '\\bretention\\b',
  // Deleting, as the end of keeping: "we delete personal data once it is no longer required".
  '\\b(?:delet(?:e|es|ing)|eras(?:e|es|ing)|destroy(?:s|ing)?|purg(?:e|es|ing)|anonymi[sz](?:e|es|ing))\\s+(?:(?!you\\b)[\\w-]+\\s+){0,3}?(?:data|information|details|records?|logs?|(?:log\\s+)?entries|backups?|copies|it|them)\\b',
  // "The storage in the blacklist is not limited in time."
  '\\bstorage\\s+(?:of|in|on|period|duration)\\b',
  // A principle as a field, the verb in the imperative: "Storage Limitation: Retain only as long as needed".
  '(?:^|:\\s*)(?:retain|keep|store|hold)\\s+(?:(?:it|them|data|information|records|personal\\s+data)\\s+)?(?:only\\s+)?(?:for\\s+)?(?:as|so)\\s+long\\b',
  // How long data is processed: "We process personal data for the duration required …", "… processed as long as …".
  '\\bprocess(?:es|ed|ing)?\\s+(?:(?!you\\b)[\\w-]+\\s+){0,4}?(?:for\\s+(?:as|so)\\s+long\\s+as|as\\s+long\\s+as|so\\s+long\\s+as|for\\s+the\\s+(?:duration|length|period|time)|for\\s+an?\\s+(?:period|limited|reasonable|indefinite)|indefinitely)\\b',
  // What stays behind: "some information may remain in our records after deletion of your account", "copies may remain in our backup systems for one month".
  '\\b(?:remain|persist|linger)s?\\s+(?:[\\w-]+\\s+){0,2}?(?:in|on|within)\\s+(?:our|the|its|their)\\s+(?:[\\w-]+\\s+)?(?:records|systems?|servers?|backups?|archives?|databases?|logs|caches?)\\b',
].join('|'), 'gi');
/** The start of every word RETENTION_STATEMENT and SUBJECT_VERB can match on: most sentences have none, and are skipped cheaply. */
const RETENTION_WORD = /\b(?:retain|retention|keep|kept|stor|hold|held|preserv|archiv|delet|eras|destroy|anonymi|remain|persist|linger)/i; // 'stor' covers storage
/** "Process" is in most sentences of a policy: it counts only with a word of duration. */
const PROCESS_DURATION = /\bprocess(?:es|ed|ing)?\b[^.]{0,80}?\b(?:long|duration|length|period|time|indefinitely)\b/i;
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

type Kind = 'necessary' | 'reasonable' | 'indefinite' | 'longer' | 'extent' | 'continued';
/**
 * The vague phrases. `near`: the phrase is common outside retention ("as necessary", "to the
 * extent required by law"), so it counts only within a short distance after a retention verb.
 */
const VAGUE: Array<{ re: RegExp; kind: Kind; fixable: boolean; near?: number }> = [
  // "as long as we need to." takes its bare "to" (the template would leave it dangling: "for [period] after [event] to.").
  { re: /\b(?:for\s+)?(?:only\s+)?(?:as|so)\s+long\s+as\s+(?:is\s+|it\s+is\s+|(?:it|they|this|that)\s+(?:may\s+be|might\s+be|remains?|are|is)\s+|(?:it|that)['’]s\s+|they['’]re\s+|we\s+(?:deem|consider)\s+(?:it\s+)?)?(?:reasonably\s+|strictly\s+|legally\s+|absolutely\s+|commercially\s+)?(?:necessary|needed|required|appropriate|relevant|useful|reasonable|we\s+need(?:\s+(?:it|them)|\s+to(?=\s*(?:[.,;:!)]|$)))?)\b/i, kind: 'necessary', fixable: true },
  // "we only keep it long enough to do what we collected it for", "… long enough to fulfil the purposes", "… to provide our
  // services", "… to comply with our legal obligations": "as long as necessary to …" in other words. Not a concrete act,
  // which is itself the criterion ("long enough to provide it to the App Store to generate an invitation", "to answer you");
  // and only near a retention verb ("passwords must be long enough to be secure").
  { re: /\b(?:only\s+)?(?:for\s+)?(?:only\s+|just\s+)?long\s+enough\b(?=\s+(?:to|for)\s+(?:[\w'’-]+\s+){0,3}?(?:what\b|why\b|(?:the|its|their|our|that|this|these|those|each|any)\s+(?:[\w'’-]+\s+){0,2}?(?:purposes?|reasons?|services?)\b|purposes?\b|services?\b|compl(?:y|iance)\b|(?:legal|statutory|regulatory)\b))/i, kind: 'necessary', fixable: true, near: 80 },
  // "as long as we have a reason to keep it", "for as long as it makes sense", "as long as the operation of the site requires".
  { re: /\b(?:for\s+)?(?:only\s+)?(?:as|so)\s+long\s+as\s+(?:we\s+have\s+an?\s+(?:legitimate\s+|good\s+|valid\s+|business\s+)?(?:reason|need|purpose)|it\s+makes\s+sense|(?:[\w'’-]+\s+){1,6}?(?:requires?|needs?|necessitates?))\b/i, kind: 'necessary', fixable: false },
  { re: /\bfor\s+(?:(?:a|an|such)\s+(?:reasonable|appropriate|limited|certain|sufficient|necessary|adequate|longer|extended|brief|short)\s+(?:period(?:\s+of\s+time)?|time|amount\s+of\s+time|duration)|such\s+(?:period|time)\s+as\s+(?:is\s+)?(?:necessary|needed|required|appropriate))\b/i, kind: 'reasonable', fixable: true },
  // A vague span after or on top of an event: "clear automatically after a short window", "the review cycle, plus a limited
  // administrative period afterwards". No fix: "for [period] after [event]" does not take their place.
  { re: /\b(?:after|plus|and)\s+(?:a|an)\s+(?:reasonable|appropriate|limited|certain|brief|short)\s+(?:(?:administrative|additional|further|grace)\s+)?(?:period(?:\s+of\s+time)?|time|amount\s+of\s+time|window)\b/i, kind: 'reasonable', fixable: false, near: 80 },
  // "for the length of time needed to fulfil …", "for the duration required for the respective purpose", "for a period of time that is consistent with …",
  // "for a period of time for the purpose of considering your application" (a purpose is not a criterion for the period).
  { re: /\bfor\s+the\s+(?:length\s+of\s+time|duration|period(?:\s+of\s+time)?|time)\s+(?:that\s+is\s+|which\s+is\s+)?(?:necessary|needed|required|appropriate)\b|\bfor\s+a\s+period\s+of\s+time\b(?=\s*(?:[.,;]|that\s+is\s+consistent|for\s+(?:the\s+|our\s+)?purposes?\b|in\s+order\s+to\b|to\s+(?!be\b)[a-z]+\b|$))/i, kind: 'reasonable', fixable: false },
  // No fix: "indefinitely" states a practice (kept until the user deletes it); a period template
  // would contradict the sentences that explain it, and only the author can change the practice.
  { re: /\bindefinitely\b|\bfor\s+an?\s+(?:indefinite|unlimited|unspecified)\s+(?:period(?:\s+of\s+time)?|time)\b/i, kind: 'indefinite', fixable: false },
  { re: /\b(?:not\s+limited\s+in\s+time|without\s+(?:any\s+|a\s+)?time\s+limit|(?<!(?:\b(?:not|never)|n['’]t)\s{1,3})(?:stored|kept|retained|held)\s+permanently|\bwe\s+(?:\w+\s+){0,2}?permanently\s+(?:store|retain|keep)|\bwe\s+(?:(?:will|may|also)\s+)?(?:store|keep|retain|hold)\s+(?:(?:your|the|all|this|such|any|user)\s+)?(?:[\w-]+\s+){0,3}?(?:permanently|forever))\b/i, kind: 'indefinite', fixable: false },
  // "may preserve logs longer"; and, with a longer object, "keeps entries for visitors with accounts, and paid users, longer."
  { re: /\b(?:retained|kept|stored|held|preserved|keep|retain|store|hold|preserve)\s+(?:(?:it|them|this|such|your|our|the|any|some|personal|data|information|logs?|records?|logged)\s+){0,3}(?:for\s+)?longer(?:\s+(?:time\s+)?periods?(?:\s+of\s+time)?)?\b(?!\s+than\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+(?:day|week|month|year)))|\b(?:kept|stored|held|preserved|keeps?|retains?|stores?|holds?|preserves?)\s+(?:[\w'’&-]+,?\s+){1,16}?(?<!\b(?:no|any|much)\s)longer\b(?=\s*(?:[.;,:]|$))/i, kind: 'longer', fixable: true },
  // "we will retain and use your information as necessary to comply with our legal obligations".
  { re: /\b(?:only\s+)?as\s+(?:reasonably\s+|strictly\s+)?(?:necessary|needed|required)\b(?=\s+(?:to|for|by|under|in\s+order)\b)/i, kind: 'necessary', fixable: true, near: 60 },
  // "we will do so only to the extent permitted or required by law".
  { re: /\b(?:only\s+)?to\s+the\s+extent\s+(?:that\s+)?(?:(?:is|it\s+is)\s+)?(?:strictly\s+|reasonably\s+)?(?:permitted|required|necessary|needed|allowed|mandated)(?:\s+or\s+(?:permitted|required|necessary|needed|allowed|mandated))?\b/i, kind: 'extent', fixable: false, near: 150 },
  // Kept on after an event, with no end: "we may continue to retain your information after closing your account",
  // "some information may remain in our records after deletion of your account".
  { re: /\b(?:continue\s+to\s+(?:retain|keep|store|hold|preserve|process)|(?:remain|persist|linger)s?\s+(?:[\w-]+\s+){0,2}?(?:in|on|within)\s+(?:our|the|its|their))\b[^.;]{0,80}?\b(?:even\s+)?(?:after|following|beyond)\b/i, kind: 'continued', fixable: true },
];
/** A retention verb, for the phrases that count only near one. */
const RETENTION_VERB = /\b(?:retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|stor(?:e|es|ed|ing)|hold(?:s|ing)?|held|preserv(?:e|es|ed|ing)|archiv(?:e|es|ed|ing))\b(?:\s+(?:and|or)\s+(?:continue\s+to\s+)?(?:use|process)\w*\b)?/gi;
/** Between the verb and a "near" phrase: another act the phrase may qualify ("store it and share it only to the extent required"). */
const OTHER_ACT = /\b(?:shar|disclos|transfer|sell|sold|provid|pass|send|sent|publish|collect|use|using|updat|correct|amend|modif|contact|notif|e-?mail)\w*/i;
/** Data that is no longer personal: kept "indefinitely" once anonymised or aggregated is not a retention period of personal data. */
const ANONYMOUS = /\b(?:anonymi[sz](?:ed|e|es|ing)|anonymous|aggregated?|de-?identified|non-?identifiable|no\s+longer\s+be\s+(?:associated|linked|identified))\b|\b(?:not|n['’]t)\s+(?:include\s+)?(?:any\s+)?(?:data\s+|information\s+)?identifiable\b/i;
/**
 * The storage-limitation principle restated: "not kept longer than necessary", "we don’t want your
 * information for any longer than we need it", "no longer than we need to", "… than we have to".
 * ("need to" takes its "to" only at the end of the clause: "than we need to provide …" keeps it.)
 */
const PRINCIPLE = /\b(?:not|no|never|(?:do|does|did|is|are|was|were|will|would|wo|should|must|ca|could)n['’]t)\b[^.]{0,60}?\blonger\s+than\s+(?:(?:is\s+|it\s+is\s+)?(?:strictly\s+|reasonably\s+)?(?:necessary|needed|required)\b|(?:we|I)\s+(?:really\s+|reasonably\s+|actually\s+|strictly\s+)?(?:need|require|have\s+to|must)(?:\s+(?:it|them)|\s+to(?=\s*(?:[.,;:!)]|$)))?(?![\w'’]))/i;
/** The same principle as a deletion rule: "The data are deleted if they are no longer necessary", "Personal data no longer required is deleted". */
const DELETION_PRINCIPLE = /\b(?:deleted|erased|destroyed|anonymi[sz]ed|removed|discarded|purged|delete[sd]?|erase[sd]?|destroys?|discards?|removes?|purges?|anonymi[sz]es?)\b[^.;]{0,40}?\b(?:if|when|once|as\s+soon\s+as|where|after|because)\b[^.;]{0,60}?\bno\s+longer\s+(?:(?:be|is|are)\s+)?(?:strictly\s+|reasonably\s+)?(?:necessary|needed|required|need|require)\b|\b(?:data|information|details)\s+(?:(?:that|which)\s+(?:is|are)\s+)?no\s+longer\s+(?:necessary|needed|required)\b[^.;]{0,40}?\b(?:is|are|will\s+be|gets?)\s+(?:\w+\s+)?(?:(?:anonymi[sz]ed|erased|destroyed|removed)\s+(?:or|and)\s+)?(?:deleted|erased|destroyed|anonymi[sz]ed|removed|purged)\b/i;
/** A vague period whose only stated purpose is an unnamed legal duty: information, not warning. */
const LEGAL_PURPOSE = /^[\s,]*(?:(?:in\s+order\s+)?(?:to|for)\s+(?:comply|compliance|meet|satisfy|fulfil|fulfill)\w*\s+(?:with\s+)?(?:our\s+|any\s+|the\s+|all\s+)?(?:applicable\s+|relevant\s+)?(?:legal|statutory|regulatory|laws?|legislation|tax|(?:[A-Z][\w-]*\s+){1,4}(?:Act|Code|Regulations?))\b|(?:as\s+)?(?:required|permitted)\s+(?:by|under)\s+(?:applicable\s+)?law|(?:by|under)\s+(?:(?:the|applicable|relevant|our)\s+)*(?:[A-Z][\w-]*\s+){0,4}(?:laws?|Act|Code|regulations?|legislation)\b)/i;
const NAMED_LAW = /\b(?:Act|Code|Ordinance|HGB|AO|Abgabenordnung)\b|Regulation\s*\(|§/;
/** "No personal information is held in these cookies": nothing is kept there, so a period in the sentence is about something else. */
const NOTHING_HELD = /\bno\s+(?:[\w-]+\s+)?(?:data|information|details|records|logs)\s+(?:is|are|will\s+be|gets?)\s+(?:\w+\s+)?(?:retained|kept|stored|held|saved|archived|preserved)\s+(?:in|on|by|within|at)\b/i;

/** The controller deleting data, or naming its retention periods: then the policy does say something about retention. */
const RETENTION_TALK = new RegExp([
  '\\b(?:we|they|I)\\s+(?:(?:will|may|shall|automatically|then|also|promptly|securely|either)\\s+)*(?:delete|erase|destroy|anonymi[sz]e|purge|dispose\\s+of|(?:remove|discard)(?=\\s+(?:(?:all|any|the|your|such|this|that|these|those|personal|of)\\s+){0,3}(?:data|information|details|it|them)\\b))\\b',
  // Not "cannot be deleted" or "will not be deleted": that is the opposite.
  '(?<!\\b(?:not|never|cannot|can[\'’]t|won[\'’]t|n[\'’]t)\\s)\\b(?:is|are|will\\s+be|be|being|gets?)\\s+(?:(?:automatically|permanently|then|immediately|securely|promptly)\\s+)?(?:(?:anonymi[sz]ed|destroyed|erased|removed)\\s+(?:or|and)\\s+)?(?:deleted|erased|purged)\\b',
  '\\b(?:data|information|details|it|they)\\s+(?:is|are|will\\s+be|gets?)\\s+(?:(?:automatically|permanently|then|immediately|securely|promptly)\\s+)?(?:removed|discarded)\\b',
  '\\bretention\\s+(?:period|policy|policies|schedule|practices?|rules?)s?\\b',
  '\\bstorage\\s+periods?\\b',
].join('|'), 'gi');
/** How long data is collected or used: "your data will be collected as long as the content of your Email requires for the complete response". */
const USE_DURATION = /\b(?:data|information|details|it|they)\s+(?:(?:is|are|will|may|shall|be|being|only)\s+){1,3}(?:collected|used|processed|handled)\s+(?:for\s+)?(?:as|so)\s+long\s+as\b/i;
/** A sentence about the reader's own requests ("you can ask us to delete …"), or about data collected from a child by mistake, is not a statement of retention. */
/** A request (an enquiry) that has been dealt with: an event that ends a storage period, not a request to delete. */
const REQUEST_DONE = /\b(?:once|after|when|as\s+soon\s+as)\s+(?:your|the|a|this)\s+(?:request|enquiry|inquiry|query|question)\s+(?:has\s+been|have\s+been|is|was)\s+(?:fully\s+|finally\s+|completely\s+)?(?:processed|answered|handled|completed|resolved|dealt\s+with|closed|fulfill?ed|settled)\b/gi;
const READER_REQUEST = /\b(?:request|right|ask|you\s+(?:can|may|could)|wish|want|child(?:ren)?|minors?|under\s+(?:the\s+age\s+of\s+)?1[3-8])\b/i;
/** The controller itself, denying: "We do not", "This site and its owner do NOT", "I don't" (not "do not knowingly"). */
const FIRST_PARTY = "\\b(?:we|I|(?<=(?:^|[.!?]\\s{1,3}))(?:it|[A-Z][\\w.-]{1,30})|(?:this|the|our)\\s+(?:web\\s*)?(?:site|app|application|service|game|extension|blog)(?:\\s+and\\s+its\\s+owners?)?)(?:\\s+[^.;:]{1,60}?\\s+and)?\\s+(?:(?:do(?:es)?\\s+not|don['’]t|doesn['’]t|never|will\\s+not|won['’]t)\\s+(?:(?!knowingly\\b)\\w+\\s+)?";
/** The controller keeping nothing: "We do not store your personal information in any way", "we don't keep any records of who visits". */
const NOTHING_KEPT = new RegExp(`${FIRST_PARTY}(?:store|keep|retain|hold|save|log)(?:,?\\s+(?:or\\s+|and\\s+)?(?:transmit|process|share|collect|sell|use|send))*\\s+(?:any\\s+(?:of\\s+)?)?(?:your\\s+)?(?:personal(?:ly\\s+identif(?:iable|ying))?\\s+(?:data|information|details)|user\\s+data|data\\s+about\\s+you|information\\s+about\\s+you|records?\\s+of\\s+(?:who|visitors|your|users|visits)|logs?\\s+of\\s+(?:who|visitors|your|users|visits))\\b)`, 'i');
/**
 * The controller collecting nothing: "We do not collect any personal data", "we collect no PII", "We do not
 * collect ANY information from our users", "We don't collect any data." (not "knowingly … from children",
 * nor "any data about your orders": a bare "data" or "information" must end the clause); in the passive, "no
 * personal data is collected".
 */
const NOTHING_COLLECTED = new RegExp(`\\bno\\s+personal(?:ly\\s+identif(?:iable|ying))?\\s+(?:data|information)\\s+(?:is|are|will\\s+be|gets)\\s+(?:ever\\s+)?(?:collected|gathered|recorded)\\b|${FIRST_PARTY}(?:collect|gather|process|record)(?:,?\\s+(?:or\\s+|and\\s+)?(?:store|transmit|share|process|save|keep|use|sell|send|track))*\\s+(?:any\\s+)?|collects?\\s+no\\s+)(?:personal(?:ly\\s+identif(?:iable|ying))?\\s+(?:data|information)|(?:data|information)\\s+(?:about|from)\\s+(?:you|(?:our\\s+)?users|visitors)|(?:data|information)(?=\\s*(?:[.!]|$|\\s+(?:at\\s+all|whatsoever)\\b)))\\b(?![^.]{0,60}\\b(?:directly|from\\s+(?:children|minors|anyone\\s+under|persons\\s+under|users\\s+under)|under\\s+(?:the\\s+age|1[3-8])))`, 'i');
/** Which the policy belies when it says it collects, receives or saves an identifier: "The commenting widget collects your name, email", "the IP address … is saved in the server logs". */
const COLLECTS = /\b(?:collect(?:s|ed|ing)?|gather(?:s|ed)?|receives?|received|saved|logged|records?|recorded)\b/i;
const IDENTIFIER = /\b(?:(?:your|user|users['’]?)\s+names?|e-?mail(?:\s+address(?:es)?)?|IP\s+address(?:es)?|IPs|phone\s+numbers?|postal\s+address(?:es)?|(?:unique\s+)?device\s+(?:identifiers?|IDs?)|unique\s+identifiers?|payment\s+(?:details|information))\b/i;
const NEGATED = /\b(?:not|never|no)\b|n['’]t\b/i;

export const retentionUndefined: Rule = {
  id: 'retention-undefined',
  aliases: ['retention-period'],
  description: 'A retention statement with no period or concrete criteria, or a policy with no retention statement at all',
  tags: ['gdpr', 'retention', 'completeness'],
  defaultSeverity: 'warning',
  placeholders: [
    { text: '[period]', ask: 'Fill in the retention period' },
    { text: '[event]', ask: 'Fill in the event the period runs from' },
  ],
  check(ctx) {
    const { doc } = ctx;
    let statements = 0;
    // One pass over the sentences: what each says about retention, worked out once.
    const candidates: Array<{ s: Sentence; text: string; strict: boolean; period: boolean; bounded: boolean }> = [];
    let anyPeriod = false;
    for (let si = 0; si < doc.sentences.length; si++) {
      const s = doc.sentences[si];
      const text = doc.slice(s.start, s.end);
      // A row of a table whose header names the retention period ("Data | Retention period") states one, whatever its words.
      const retentionRow = doc.blocks[s.block].kind === 'tableRow' && retentionTableRows(doc).has(s.block);
      // The answer to a question about retention ("How long do we retain your data for? As long as necessary …").
      const answer = answersRetentionQuestion(doc, si);
      if (!retentionRow && !answer && !RETENTION_WORD.test(text) && !PROCESS_DURATION.test(text)) continue;
      // Struck-through text ("~~…~~", <del>) is deleted by its author: not what the policy says.
      if (isStruck(doc, s.start, s.end)) continue;
      const strict = retentionRow || answer || hasRetentionStatement(text);
      if (!strict && !SUBJECT_VERB.test(text)) continue;
      // "No personal information is held in these cookies, … after three hours": the period is not about kept data.
      const nothingHeld = NOTHING_HELD.test(text);
      const period = !nothingHeld && statesPeriod(text);
      anyPeriod ||= period;
      // "The retention … of records is governed by … the State Records Act 2000": the named law is the criterion.
      candidates.push({ s, text, strict, period, bounded: !nothingHeld && (period || BOUNDING_EVENT.test(text) || (strict && GOVERNED_BY_LAW.test(text))) });
    }
    const pending: Array<{ s: Sentence; text: string; vague: Vague }> = [];
    for (const { s, text, strict, period, bounded } of candidates) {
      const all = strict ? findVague(text) : [];
      // "Data is retained for the time necessary …:" followed by a list: the criteria follow.
      // Or a table (of the periods per kind of data).
      if (all.length && text.trimEnd().endsWith(':') && (doc.blocks[s.block + 1]?.kind === 'listItem' || doc.blocks[s.block + 1]?.kind === 'tableRow')) { statements++; continue; }
      if (bounded || all.length) statements++;
      // What bounds a vague phrase: for "retained longer", only its own phrase and what comes after it
      // ("kept for 30 days, or longer" is bounded; "… within a few weeks, but may preserve logs longer" is not);
      // for "continue to retain … after closing your account", only a period (the event is where the keeping
      // starts, not where it ends); for the others, a period or a bounding event anywhere in the sentence.
      // Anonymised or aggregate data kept "indefinitely" or "longer" is no longer personal data.
      const vague = all.find((v) => !(v.kind === 'longer' ? statesPeriod(text.slice(v.start, v.end)) || boundedAfter(text.slice(v.end)) : v.kind === 'continued' ? period : bounded)
        && !(v.kind === 'indefinite' && ANONYMOUS.test(text))
        // "longer" only for the data its own clause names ("Aggregated and anonymized data may be retained longer"; not
        // "… may preserve logs longer … npm stores aggregate statistics indefinitely", where the sentence runs on).
        && !(v.kind === 'longer' && ANONYMOUS.test(text.slice(Math.max(text.lastIndexOf('.', v.start), text.lastIndexOf(';', v.start)) + 1, v.end))));
      if (!vague) continue;
      if (vague.principle && anyPeriod) continue; // the principle, with periods stated elsewhere
      // "We may reject the request if statutory provisions oblige us to store the data for a longer period":
      // a condition under which the reader's request is refused, not a retention practice.
      if (READER_REQUEST.test(text) && LEGAL_CONDITION.test(text.slice(0, vague.start))) continue;
      // "We store contract data for longer, as we are obliged to do so by law. In particular, we must store
      // … for up to 10 years.": the next sentence of the paragraph, introduced as its elaboration, gives the period.
      if (elaboratedNext(doc, s)) continue;
      // "… only as long as necessary … The specific retention periods are:" and a table or list of them: the periods follow.
      if (announcesPeriodsNext(doc, s)) continue;
      // "We store personal data only for as long as is necessary … The specific periods result from section 3.":
      // the next sentence sends the reader to the periods, which the policy does state somewhere.
      if (anyPeriod && refersToPeriodsNext(doc, s)) continue;
      // "Data is kept only as long as necessary (see Retention section).": the sentence itself sends the reader there.
      if (anyPeriod && REFERS_TO_RETENTION_PLACE.test(text.slice(vague.end))) continue;
      // "… unless we need to retain it for longer as described below": the cases and periods are told there.
      if (anyPeriod && DESCRIBED_BELOW.test(text.slice(vague.end))) continue;
      // A heading sums up the section ("We retain your data only as long as necessary"); its body is what is checked.
      if (doc.blocks[s.block]?.kind === 'heading') continue;
      // "… they may retain such information to the extent permitted under their terms of service or privacy policies":
      // another's retention, governed by its own terms, which this policy cannot state.
      if (THEIR_OWN_TERMS.test(text.slice(vague.end))) continue;
      pending.push({ s, text, vague });
    }
    // The deletion rule ("Personal data no longer required is deleted") completes a vague statement
    // already reported in the same paragraph: one finding for the paragraph.
    const reportedBlocks = new Set(pending.filter((p) => p.vague.kind !== 'deletion').map((p) => p.s.block));
    for (const { s, text, vague } of pending) {
      if (vague.kind === 'deletion' && reportedBlocks.has(s.block)) continue;
      reportVague(ctx, s, text, vague);
    }
    // A title on retention ("1. How long we keep data"), whatever the parser made of the line (a heading, or a list
    // item or a paragraph line in plain text, where a line's kind can turn on its neighbours).
    if (statements === 0 && looksLikePolicy(doc) && !doc.blocks.some((b) => (b.kind === 'heading' || b.end - b.start <= 80) && /\bretention\b|\bhow\s+long\b|\bstorage\s+(?:period|limitation)\b/i.test(doc.blockText(b)))
      // "Never says" needs positive evidence: no sentence speaks of keeping or deleting data at all,
      // and the policy does not say it keeps none, or collects none (unless it goes on to say what it collects).
      && !doc.sentences.some((x) => !isStruck(doc, x.start, x.end) && (talksRetention(doc.slice(x.start, x.end)) || USE_DURATION.test(doc.slice(x.start, x.end))))
      && !deniedInASentence(doc, NOTHING_KEPT)
      && !(deniedInASentence(doc, NOTHING_COLLECTED) && !collectsIdentifiers(doc))) {
      reportMissing(ctx);
    }
  },
};

/** A condition that a legal duty applies: "if statutory provisions oblige us to", "unless we are legally required to". */
const LEGAL_CONDITION = /\b(?:if|unless|where|insofar\s+as|in\s+so\s+far\s+as|as\s+far\s+as)\b[^.;]{0,80}?\b(?:statutory|legal(?:ly)?|law|laws|legislation|regulations?)\b[^.;]{0,60}?\b(?:oblige[sd]?|obligations?|require[sd]?|requirements?|mandate[sd]?)\b[^.;]{0,60}$/i;
/** A retention statement that refers its periods to a named law: "is governed by legislation and policies including the State Records Act 2000". */
const GOVERNED_BY_LAW = /\b(?:governed|determined|set|prescribed|defined|regulated)\s+(?:out\s+)?(?:by|in|under)\b[^.;]{0,80}?\b(?:[A-Z][\w-]*\s+){1,5}(?:Act|Code|Ordinance)\b/;
/** The period is said to vary ("How long we need your personal data depends on what we are using it for"): one template period would contradict it. */
const PERIOD_VARIES = /\b(?:how\s+long|(?:retention|storage)\s+(?:periods?|times?)|the\s+(?:period|length\s+of\s+time|time)|periods?)\b[^.;]{0,80}?\b(?:depends?\s+on|will\s+depend|vary|varies|differs?)\b|\b(?:different|varying)\s+(?:retention\s+)?periods\b/i;
/** Retention bounded by another's own terms: "… under their terms of service or privacy policies", "in accordance with its own privacy policy". */
const THEIR_OWN_TERMS = /^[^.;]{0,20}\b(?:under|by|in\s+accordance\s+with|according\s+to|subject\s+to|pursuant\s+to)\s+(?:their|its)\s+(?:own\s+)?(?:terms(?:\s+(?:of\s+(?:service|use)|and\s+conditions))?|privacy\s+(?:polic(?:y|ies)|notices?|statements?)|polic(?:y|ies))\b/i;
/** How a sentence opens that makes it the elaboration of the one before. */
const ELABORATION = /^\s*(?:in\s+particular|specifically|accordingly|concretely|in\s+practice|this\s+means(?:\s+that)?|that\s+is(?:\s+to\s+say)?|namely|therefore|thus|consequently|as\s+a\s+result)\b/i;
/** A deletion at an event the reader can observe: "the data is deleted at the end of each session". */
const DELETED_AT_EVENT = /\b(?:deleted|erased|destroyed|anonymi[sz]ed|removed|purged)\s+(?:automatically\s+)?at\s+the\s+end\s+of\s+(?:each|every|the|your)\b/i;

/** The sentence after `s` in the document, if any. */
function nextSentence(doc: PolicyDocument, s: Sentence): Sentence | undefined {
  return doc.sentences[doc.sentenceIndexAt(s.start) + 1];
}
/** The text of the sentence after `s` in the same paragraph, if any. */
function nextInBlock(doc: PolicyDocument, s: Sentence): string | undefined {
  const next = nextSentence(doc, s);
  return next && next.block === s.block ? doc.slice(next.start, next.end) : undefined;
}

/** The next sentence in the same paragraph opens as an elaboration and states a period or a bounding event. */
function elaboratedNext(doc: PolicyDocument, s: Sentence): boolean {
  const t = nextInBlock(doc, s);
  if (t === undefined) return false;
  return ELABORATION.test(t) && (statesPeriod(t) || BOUNDING_EVENT.test(t) || DELETED_AT_EVENT.test(t));
}

/** Retention periods named as such: "the specific periods", "the individual retention periods", "storage periods". */
const PERIODS_NAMED = /\b(?:(?:retention|storage|deletion|erasure)\s+(?:periods?|durations?|deadlines?)|(?:specific|individual|respective|concrete|exact|detailed|actual|applicable)\s+(?:(?:retention|storage|deletion|erasure)\s+)?(?:periods?|durations?|time\s+limits?|deadlines?))\b/i;
/** A place in this policy: "section 3", "Section 4.2", "section II", "the table below", "under each processing activity above". */
const IN_THIS_POLICY = /\b(?:(?:sections?|clauses?|paragraphs?|points?|chapters?|items?)\s+(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVX]{1,5}|[A-H])\b|(?:below|above)\b|under\s+(?:each|every|the\s+(?:respective|relevant|individual))\b|in\s+the\s+(?:respective|relevant|individual|following|preceding)\s+sections?\b)/i;
/** The periods are had another way: on request, from someone, in another document. */
const ELSEWHERE = /\b(?:request|ask|contact|demand)\b|\b(?:our|the|their|its|a|an)\s+(?:[\w-]+\s+){0,2}?(?:policy|policies|notice|terms|website|page|site)\b|https?:/i;

/**
 * The sentence ends, right after the vague phrase, with a bare pointer in brackets to the place in this
 * policy that gives the periods: "(see Retention section)", "(see section 9)", "(see the table below)".
 * A sentence that goes on to say more ("…, as described above--for example, when …") makes its own claim.
 */
const REFERS_TO_RETENTION_PLACE = /^[^.;()]{0,40}?\(\s*(?:see|cf\.|refer\s+to)\s+(?:the\s+)?(?:["“‘]?[\w\s&-]{0,40}?\b(?:retention|storage\s+periods?|how\s+long)\b[\w\s&-]{0,30}["”’]?(?:\s+(?:section|table|below|above))?|(?:sections?|clauses?|paragraphs?|chapters?)\s+(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVX]{1,5})|table\s+(?:below|above))\s*\)\s*[.;]?\s*$/i;
/** Right after the phrase, a pointer to where the policy tells the cases: "as described below", "as set out in section 6". */
const DESCRIBED_BELOW = /^\s*,?\s*(?:as|which\s+(?:is|are))\s+(?:further\s+)?(?:described|set\s+out|explained|detailed|outlined|specified)\s+(?:(?:further|in\s+more\s+detail)\s+)?(?:below|above|in\s+(?:section|clause|paragraph)\s+\d{1,2}(?:\.\d{1,2}){0,2}|in\s+the\s+(?:next|following)\s+(?:section|paragraph|table))\b/i;

/** A table's header cell that names how long data is kept: "Retention period", "Storage duration", "How long we keep it". */
const RETENTION_COLUMN = /\b(?:retention|storage|deletion)\s+(?:periods?|durations?|times?|deadlines?)\b|\bhow\s+long\b|^\s*(?:retention|duration|(?:kept|stored|retained|held)(?:\s+for|\s+until)?|deleted\s+after)\s*$/im;

/**
 * The rows (block indices) of tables whose first row names the retention period in one of its cells:
 * each row after it says how long its kind of data is kept. Found once per document.
 */
function retentionTableRows(doc: PolicyDocument): Set<number> {
  return doc.memo('retention.tableRows', () => {
    const rows = new Set<number>();
    let header = false;
    for (const b of doc.blocks) {
      if (b.kind !== 'tableRow') { header = false; continue; }
      const first = b.index === 0 || doc.blocks[b.index - 1].kind !== 'tableRow';
      if (first) header = doc.blockText(b).split('\t').some((cell) => RETENTION_COLUMN.test(cell.trim()));
      else if (header) rows.add(b.index);
    }
    return rows;
  });
}

/** The next sentence in the same paragraph sends the reader to the retention periods stated elsewhere in this policy. */
function refersToPeriodsNext(doc: PolicyDocument, s: Sentence): boolean {
  const t = nextInBlock(doc, s);
  if (t === undefined) return false;
  return PERIODS_NAMED.test(t) && IN_THIS_POLICY.test(t) && !ELSEWHERE.test(t);
}

/** A period or bounding event after "longer", before the end of its sentence ("… longer, for up to 90 days"). */
function boundedAfter(after: string): boolean {
  const rest = /^[^]*?(?=[.;!?](?:\s|$)|$)/.exec(after)![0];
  return statesPeriod(rest) || BOUNDING_EVENT.test(rest);
}

/** A sentence in which the controller deletes data or names its retention rules, outside a clause about the reader's own request. */
/** A denial ("We do not store …", "This app collects no …") in some sentence: the pattern runs only on sentences that deny. */
function deniedInASentence(doc: PolicyDocument, re: RegExp): boolean {
  // The sentences that deny anything, found once for the denials asked about.
  const denying = doc.memo('retention.denyingSentences', () => doc.sentences.map((x) => doc.slice(x.start, x.end)).filter((t) => NEGATION_WORD.test(t)));
  return denying.some((t) => re.test(t));
}
const NEGATION_WORD = /\b(?:not|never|no|NOT)\b|n['’]t\b/i;

/** Every phrase of RETENTION_TALK holds one of these stems: most sentences are passed over on them alone. */
const RETENTION_TALK_GATE = /delet|eras|destro|anonymi|purg|remov|discard|dispos|retention|storage/i;

function talksRetention(text: string): boolean {
  if (!RETENTION_TALK_GATE.test(text) || !RETENTION_TALK.test(text)) return false;
  RETENTION_TALK.lastIndex = 0;
  for (let m = RETENTION_TALK.exec(text); m; m = RETENTION_TALK.exec(text)) {
    // The clause of the match: what comes before it, and what follows up to the next comma, semicolon or "and".
    const end = m.index + m[0].length;
    const rest = /^[^,;:]*?(?=[,;:]|\s(?:and|but)\s|$)/.exec(text.slice(end))![0];
    // "… deleted once your request has been processed": the enquiry's end bounds the storage; no request to delete.
    if (!READER_REQUEST.test((text.slice(0, end) + rest).replace(REQUEST_DONE, ' '))) { RETENTION_TALK.lastIndex = 0; return true; }
  }
  return false;
}

/** The policy says it collects, receives or saves an identifier, in a sentence that does not deny it. */
function collectsIdentifiers(doc: PolicyDocument): boolean {
  return doc.sentences.some((x) => {
    const t = doc.slice(x.start, x.end);
    return COLLECTS.test(t) && IDENTIFIER.test(t) && !NEGATED.test(t);
  });
}

type VagueKind = Kind | 'principle' | 'deletion';
interface Vague { start: number; end: number; kind: VagueKind; principle: boolean; fixable: boolean }

/** The vague phrases of a sentence, in order of precedence (the restated principle first, then VAGUE's order). */
function findVague(text: string): Vague[] {
  const out: Vague[] = [];
  const principle = PRINCIPLE.exec(text);
  if (principle) return [{ start: principle.index, end: principle.index + principle[0].length, kind: 'principle', principle: true, fixable: true }];
  for (const v of VAGUE) {
    const m = v.re.exec(text);
    if (!m) continue;
    if (v.near !== undefined && !nearRetentionVerb(text, m.index, v.near)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: v.kind, principle: false, fixable: v.fixable });
  }
  // "Deleted when no longer necessary", in a sentence that is not about the reader's right to erasure.
  const deletion = DELETION_PRINCIPLE.exec(text);
  if (deletion && !READER_REQUEST.test(text)) out.push({ start: deletion.index, end: deletion.index + deletion[0].length, kind: 'deletion', principle: true, fixable: false });
  return out;
}

/** A retention verb ends at most `distance` characters before `at`, with no other act (sharing, disclosing) between. */
function nearRetentionVerb(text: string, at: number, distance: number): boolean {
  RETENTION_VERB.lastIndex = 0;
  for (let m = RETENTION_VERB.exec(text); m && m.index < at; m = RETENTION_VERB.exec(text)) {
    const end = m.index + m[0].length;
    if (at - end <= distance && !OTHER_ACT.test(text.slice(end, at))) return true;
  }
  return false;
}

/** What may follow the vague phrase only as long as the phrase stays: a template in its place leaves it dangling. */
const DANGLING_AFTER = /^\s*(?:by|under|pursuant|per|than)\b|^\s*,?\s*(?:or|and|nor)\s+(?:(?:is|are|as|it\s+is|where|when|if)\s+)?(?:(?:legally|reasonably|strictly)\s+)?(?:required|necessary|permitted|needed|reasonable|appropriate|justified|allowed|mandated|relevant|useful|legally|by|under)\b/i;

function reportVague(ctx: RuleContext, s: Sentence, text: string, v: Vague): void {
  const { doc } = ctx;
  const after = text.slice(v.end);
  const legalPurpose = (v.kind === 'necessary' || v.kind === 'reasonable' || v.kind === 'extent') && LEGAL_PURPOSE.test(after);
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
    const at = phrase.search(/(?:for\s+)?longer(?:\s+(?:time\s+)?periods?(?:\s+of\s+time)?)?$/i);
    from = s.start + v.start + at;
    newText = 'for up to [period]';
  } else if (v.kind === 'principle') {
    // "not kept longer than necessary" → "not kept longer than [period] after [event]".
    const at = phrase.search(/longer\s+than/i);
    from = s.start + v.start + at;
    newText = 'longer than [period] after [event]';
  } else if (v.kind === 'continued') {
    // "continue to retain your information after closing your account" → "… your information for up to [period] after closing …".
    const at = phrase.search(/(?:even\s+)?(?:after|following|beyond)$/i);
    from = to = s.start + v.start + at;
    newText = 'for up to [period] ';
  }
  // A phrase that opens its sentence or its table cell ("As long as needed for …") is replaced by a template that opens it too: "For [period] …".
  if (from !== to && /^\p{Lu}/u.test(text.slice(from - s.start)) && /(?:^|\t)\s*$/.test(text.slice(0, from - s.start))) newText = newText[0].toUpperCase() + newText.slice(1);
  const q = quoted(phrase, 50);
  const message = legalOnly
    ? `${q} relies on unnamed legal obligations: name the law or the period it sets.`
    : v.kind === 'continued'
      ? `${q} keeps data on with no end: state how long it is kept.`
      : `${q} states no retention period: state how long the data is kept.`;
  // The template replaces an adverbial phrase; where the sentence goes on with "by law",
  // "under …", "than …" or a second condition ("or required by law", "and necessary for the
  // activity") the result would not be grammatical ("for [period] after [event] or required by law").
  const grammatical = v.fixable && (v.kind === 'continued' || !DANGLING_AFTER.test(after)) && templateFits(doc, s, text, v, from - s.start, newText);
  const title = from === to ? `Insert a period: “${newText.trim()}”` : `Replace “${text.slice(from - s.start, to - s.start)}” with a period: “${newText}”`;
  const fixes: Fix[] = grammatical ? [{ title, edits: [{ start: doc.srcStart(from), end: from === to ? doc.srcStart(from) : doc.srcEnd(to), newText }], preferred: true }] : [];
  const why = legalOnly
    ? `“${phrase}” ties retention to legal obligations it does not name: name the law, or the period it sets (six years for UK tax records, for example).`
    : `“${phrase}” gives readers neither the period for which their personal data is kept nor the criteria used to determine it.`;
  const detail = `${why} ${fixes.length ? 'The fix puts a template for the period in its place, to fill in.' : 'No fix is offered: a template would not read right in this sentence.'}`;
  ctx.report({ start: doc.srcStart(start), end: doc.srcEnd(end), severity, message, detail, source: SOURCE, fixes, data: { kind: v.kind } });
}

/** A legal duty to keep the data, in the clause before a comparative "longer": the law sets a minimum, which "up to [period]" would misstate. */
const LEGAL_DUTY_BEFORE = /\b(?:legally\s+(?:obligated|obliged|required|bound)|(?:obligated|obliged|required|bound)\s+(?:by|under)\s+(?:(?:the|applicable|relevant)\s+)?laws?|statutory\s+(?:obligations?|duty|duties|requirements?)|(?:obligated|obliged)\s+to)\b[^.;]{0,80}$/i;
/** A sentence that makes an exception to the one before: its period is not the rule's. */
const EXCEPTION = /\b(?:longer|exceptions?|except|however|unless)\b/i;
/** The block after a sentence that ends in a colon is a table, or a list whose first item states a period. */
function introducesPeriods(doc: PolicyDocument, s: Sentence): boolean {
  const next = doc.blocks[s.block + 1];
  return next?.kind === 'tableRow' || (next?.kind === 'listItem' && statesPeriod(doc.blockText(next)));
}
/** The sentence before, in the same block, asks how long data is kept ("How long do we retain your data for?"). */
function answersRetentionQuestion(doc: PolicyDocument, i: number): boolean {
  const prev = i > 0 ? doc.sentences[i - 1] : undefined;
  if (!prev || prev.block !== doc.sentences[i].block || prev.end - prev.start > 160) return false;
  // A question ends in "?" (then perhaps the closing marks of emphasis): most sentences are passed over on that alone.
  let k = prev.end - 1;
  while (k > prev.start && /[\s*_]/.test(doc.text[k])) k--;
  return doc.text[k] === '?' && RETENTION_QUESTION.test(doc.slice(prev.start, prev.end));
}
const RETENTION_QUESTION = /\bhow\s+long\b[^?]{0,80}\b(?:retain|keep|store|hold|preserve)\w*\b[^?]{0,60}\?[\s*_]*$/i;

/** The next sentence, the last of the same paragraph, ends in a colon before a table or a list of periods. */
function announcesPeriodsNext(doc: PolicyDocument, s: Sentence): boolean {
  return lastAnnouncement(doc, s.block) === doc.sentenceIndexAt(s.start) + 1;
}
/**
 * A later sentence of its paragraph, or of the paragraph after it, ends in a colon before a table or a list of
 * periods ("… as long as necessary … When we no longer need it, we delete it." / "Generally, we retain personal
 * data for the following periods:" and the list): the periods follow, and one template would contradict them.
 */
function periodsAnnouncedAfter(doc: PolicyDocument, s: Sentence): boolean {
  const next = doc.blocks[s.block + 1];
  return lastAnnouncement(doc, s.block) > doc.sentenceIndexAt(s.start) || (next?.kind === 'paragraph' && lastAnnouncement(doc, next.index) >= 0);
}

/** The index of the block's last sentence when it ends in a colon before a table or a list of periods, else -1. */
function lastAnnouncement(doc: PolicyDocument, block: number): number {
  const b = doc.blocks[block];
  if (!b.sentenceCount) return -1;
  const j = b.firstSentence + b.sentenceCount - 1;
  const t = doc.sentences[j];
  return doc.slice(t.start, t.end).trimEnd().endsWith(':') && introducesPeriods(doc, t) ? j : -1;
}
/** A sentence that illustrates the one before ("For example, …"): a period in it is an example, not the policy's periods. */
const EXAMPLE_OPENING = /^\s*(?:for\s+(?:example|instance)|e\.\s?g\.|such\s+as)\b/i;

/**
 * Whether the period template can stand in for the phrase: not where the replacement leaves a stray word
 * ("stores data as only as long as …" → "as for [period]"), where the same sentence goes on with another
 * vague limit ("… to resolve the inquiry and for a reasonable period thereafter"), where the phrase is a
 * comparative the law sets ("required by law to keep it longer", "for a longer period in the event of a
 * complaint": "up to" misstates a legal minimum, and the comparison is lost), where the next sentence
 * explains the phrase ("This means that we delete it when it is no longer needed"), or where the sentence
 * introduces the concrete periods that follow (it ends in a colon before a table or a list, or the next
 * sentence of its paragraph states a period): one template would then contradict them.
 */
function templateFits(doc: PolicyDocument, s: Sentence, text: string, v: Vague, from: number, newText: string): boolean {
  const before = text.slice(0, from);
  if (/\b(?:as|so)\s*$/i.test(before) || (/^for\b/.test(newText) && /\bfor\s*$/i.test(before))) return false;
  // The rest of its sentence (a period and a lower-case name, "incidents.  npm stores …", may not split sentences).
  const rest = /^[^]*?(?=[.;!?](?:\s|$)|$)/.exec(text.slice(v.end))![0];
  if (findVague(rest).some((w) => w.kind !== 'deletion')) return false;
  if (PERIOD_VARIES.test(rest)) return false;
  const phrase = text.slice(v.start, v.end);
  if (v.kind === 'reasonable' && /\blonger\b/i.test(phrase)) return false;
  if (v.kind === 'longer' && LEGAL_DUTY_BEFORE.test(before)) return false;
  if (text.trimEnd().endsWith(':') && introducesPeriods(doc, s)) return false;
  if (periodsAnnouncedAfter(doc, s)) return false;
  const next = nextSentence(doc, s);
  // The next sentence: of the same paragraph, or the first of the next one ("We only store personal data for as
  // long as is necessary …" / "Data that we store when you visit our website is stored for twelve months.").
  if (next && (next.block === s.block || (next.block === s.block + 1 && doc.blocks[next.block].kind === 'paragraph'))) {
    const t = doc.slice(next.start, next.end);
    if (next.block === s.block && (ELABORATION.test(t) || PERIOD_VARIES.test(t))) return false;
    // Not an example ("For example, financial records are kept for 7 years"), nor an exception ("if … laws require longer storage periods, … up to 10 years").
    // In the next paragraph, only a retention statement of its own ("… is stored for twelve months"), not a deletion rule for one case.
    if (v.kind !== 'longer' && !EXAMPLE_OPENING.test(t) && !EXCEPTION.test(t) && statesPeriod(t) && (next.block === s.block || hasRetentionStatement(t))) return false;
  }
  return true;
}

/** An existing section where a retention statement belongs ("Data storage", "How long we keep your data"). */
const RETENTION_SECTION = /\b(?:retention|retain|storage|how\s+long|keep(?:ing)?\s+(?:your\s+)?(?:data|information)|deletion)\b/i;

function reportMissing(ctx: RuleContext): void {
  const { doc } = ctx;
  const first = doc.blocks[0];
  // No fix where a section on retention exists that the new one cannot join (see sectionEdit).
  const edit = sectionEdit(doc, 'Data retention', [`We keep personal data ${TEMPLATE}, and then delete or anonymise it.`], undefined, { within: RETENTION_SECTION });
  ctx.report({
    start: first ? first.sourceStart : 0,
    end: first ? first.sourceEnd : 0,
    message: 'The policy never says how long personal data is kept: state the retention period, or the criteria used to determine it.',
    detail: `Readers must be told how long their personal data is kept, or how that is decided. ${edit ? 'The fix adds a “Data retention” section with a template for the period.' : 'No fix is offered: a new section has no sound place in this document (see the rule page).'}`,
    source: SOURCE,
    fixes: edit ? [{ title: 'Add a “Data retention” section', edits: [edit], preferred: true }] : [],
    data: { documentLevel: true },
  });
}
