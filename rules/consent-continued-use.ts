// consent-continued-use: consent inferred from visiting, browsing, scrolling or using a
// site or service, or from continued use ("By using this website you consent …",
// "You consent to the use of these cookies … through your continued use of the website").
// GDPR Art. 4(11) and Art. 7, Recital 32: consent is a clear affirmative act;
// CJEU C-673/17 Planet49 (1 October 2019); EDPB Guidelines 05/2020, para. 86.
//
// Every pattern below is either a plain alternation or has bounded repetition, and the
// longer ones only ever run on a bounded window after an anchor, so a sentence of any
// length is scanned in linear time.
import data from './knowledge/consent-continued-use.json';
import type { PolicyDocument } from './model/document';
import type { Sentence, Severity } from './model/types';
import type { Rule, RuleContext } from './rule';
import { capitalised, fitting, withoutAsides } from './shared/message';
import { isGdprPolicy, isUkPolicy } from './shared/policyFacts';
import { vendorIndex } from './knowledge/vendors';

const cite = (id: string): string => data.sources.find((s) => s.id === id)!.cite;
/** "GDPR Art. 4(11) and Art. 7". */
const CONSENT_LAW = `${cite('gdpr-art-4-11')} and ${cite('gdpr-art-7').replace(/^GDPR /, '')}`;
const SOURCE = `${CONSENT_LAW}; ${cite('gdpr-recital-32')}; ${cite('planet49')}; ${cite('edpb-05-2020')}`;
const NO_FIX = 'No automatic fix: a rewrite would change the legal basis. Ask for consent by an affirmative act (an unticked checkbox, a choice in a cookie banner), or name the basis you rely on under Art. 6(1).';

// Any white space: a sentence never spans paragraphs, and HTML and hard-wrapped text keep their line breaks.
const S = '[\\s\\u00a0]+';
/** How far apart the act ("by using the site") and the consent ("you consent") may be. */
const WINDOW = 200;

/**
 * The act, introduced by "by", "through", "via", "with" or "upon": "By visiting", "by using",
 * "through your continued use", "by continuing to browse". Group 1: an act that needs a
 * site or service as its object ("using" a password is not using the site).
 */
const ACT = new RegExp(
  `\\b(?:by|through|via|with|upon)${S}(?:(?:your|the|their|any|simply|merely|just|further)${S})?` +
  `(?:((?:use|usage)${S}of|using|visiting|accessing|viewing|entering|remaining${S}on|staying${S}on|playing|downloading|installing)` +
  `|(?:continued|continuing|further|ongoing|mere|simple)${S}(?:use|usage|browsing|access|navigation|visits?)(?:${S}(?:of|to|on))?` +
  `|continuing${S}(?:to${S})?(?:use|using|browse|browsing|visit|visiting|access|accessing|navigate|navigating|scroll|scrolling)` +
  `|(?:browsing|navigating|scrolling|surfing))\\b` +
  // Taking part, receiving the notice, not objecting: "By participating in the study", "by attending the
  // event", "by joining the meeting", "By receiving this document", "by not explicitly withdrawing consent".
  // Only after "by", "through" or "upon": "with participating merchants" is an adjective.
  `|\\b(?:by|through|upon)${S}(?:(?:simply|merely|just)${S})?(?:(?:participating|taking${S}part)(?:${S}in\\b|(?=,))` +
  `|attending(?:${S}(?:the|this|our|a|an|any)\\b|(?=,))` +
  `|joining${S}(?:(?:the|this|our|a|any)${S})?(?:[\\w-]+${S}){0,2}?(?:meetings?|calls?|sessions?|webinars?|events?|conferences?|interviews?|focus${S}groups?)\\b` +
  `|receiving${S}(?:this|the|our)${S}(?:document|notice|form|information${S}sheet|letter|e-?mail|message|invitation)\\b` +
  `|not${S}(?:(?:explicitly|expressly|actively)${S})?(?:withdrawing|objecting|opting${S}out|unsubscribing|refusing)\\b` +
  `|failing${S}to${S}(?:object|opt${S}out|withdraw|unsubscribe|refuse)\\b)` +
  // "When you visit our website, you consent …": group 2 needs a site or service object.
  `|\\b(?:when|whenever|if|once|as${S}soon${S}as)${S}you${S}(?:(?:choose|decide|continue)${S}to${S})?(?:(visit|use|access|play|download|install)|browse|navigate)s?\\b`,
  'gi',
);

/**
 * "You acknowledge (that) you have been informed of and …", "you confirm that you have read this notice
 * and …": what comes before the consent in "… and consent to our practices".
 */
const ACKNOWLEDGED = `(?:(?:acknowledge|confirm|agree|understand|declare|accept)(?:${S}that)?${S}(?:you${S})?(?:have${S}(?:been${S}informed|read|understood)|are${S}aware)(?:${S}[^,.;:]{0,60}?)?${S}and${S})?`;
/**
 * "you consent", "you hereby consent", "you agree and give consent", "you are deemed to have consented",
 * "you are considered to have given your consent", "you acknowledge you have been informed of and consent",
 * "you agree", "you accept".
 */
const CLAUSE = new RegExp(
  `\\b(?:you|users?|visitors?)${S}${ACKNOWLEDGED}((?:(?:hereby|thereby|thus|therefore|expressly|explicitly|automatically|also|irrevocably|are|will${S}be|shall${S}be|be|deemed|considered|taken|to|have|(?:acknowledg|agree|understand|accept)(?:e|ing)?${S}and)${S}){0,4})` +
  `(consent(?:ing|ed|s)?|giv(?:e|en|ing)${S}(?:us${S})?(?:your${S})?(?:(?:implied|implicit|tacit|full|informed|express)${S})?consent` +
  `|(?:signify|signifying|indicate|indicating|express|expressing|confirm|confirming|provide|providing|grant|granting)${S}(?:your${S})?(?:(?:implied|implicit|tacit|full|informed|express)${S})?consent` +
  `|agree(?:ing|d|s)?|accept(?:ing|ed|s)?)\\b`,
  'gi',
);
/** "Your consent is deemed to be given …", "consent will be implied …". */
const PASSIVE_CLAUSE = new RegExp(`\\b(?:your${S})?consent${S}(?:is|will${S}be|shall${S}be)${S}(?:deemed${S}(?:to${S}(?:be|have${S}been)${S})?)?(?:given|granted|implied|inferred|assumed|obtained|provided)\\b`, 'gi');

/** "Continued use of the site constitutes / is deemed … consent / acceptance". */
const USE_SUBJECT = new RegExp(
  `\\b(?:((?:use|usage)${S}of|(?:the${S}act${S}of${S})?using)|(?:continued|continuing|further|ongoing)${S}(?:use|usage|browsing|access|navigation)(?:${S}of)?|continuing${S}to${S}(?:use|browse|visit|access))\\b`,
  'gi',
);
const CONSTITUTES = new RegExp(
  `^[^.;:]{0,100}?\\b(?:constitut\\w*|signif(?:y|ies|ying)|indicat(?:e|es|ing)|means?|impl(?:y|ies)|amounts?${S}to|shows?|confirms?|demonstrates?` +
  `|(?:is|are|will${S}be|shall${S}be|be)${S}(?:deemed|taken|treated|regarded|considered|construed|understood|interpreted|seen)${S}(?:as|to${S}(?:be|constitute|mean|signify|indicate)))` +
  `${S}(?:(?:an?|your|the|their|such|(?:the${S})?(?:user|visitor|reader)['’]s|(?:users|visitors)['’])${S})?(?:(?:express|implied|implicit|tacit|full|explicit|informed|valid)${S})?(consent|agreement|acceptance)\\b`,
  'i',
);

/** "Continuing to use the site means (that) you accept cookies". */
const CONSTITUTES_YOU = new RegExp(
  `^[^.;:]{0,100}?\\b(?:means?|signif(?:y|ies)|indicat(?:e|es)|impl(?:y|ies)|shows?|confirms?|demonstrates?)${S}(?:that${S})?you${S}(?:(?:have|are)${S})?(consent\\w*|agree\\w*|accept\\w*)\\b`,
  'i',
);
/** "We'll assume you're OK with this": consent inferred from doing nothing. */
const WE_ASSUME = new RegExp(
  `\\bwe(?:${S}will|${S}shall|['’]ll)?${S}assume${S}(?:that${S})?you(?:${S}are|['’]re)${S}(?:ok|okay|happy|fine|content)${S}with${S}(?:this|it|that|cookies|(?:the|our)${S}use${S}of${S}cookies)\\b`,
  'i',
);

/** "If you continue to use this site …", "If you continue without changing your settings …". */
const IF_CONTINUE = new RegExp(
  `\\b(?:if|when|where|once|as${S}long${S}as)${S}you${S}(?:continue|keep|carry${S}on|proceed|go${S}on)(?:${S}(?:to${S})?(?:use|using|browse|browsing|visit|visiting|access|accessing|navigate|navigating|scroll|scrolling))?\\b`,
  'gi',
);
/** "… we'll assume that you are happy with it", "we will take it that you consent". */
const ASSUME = new RegExp(
  `\\bwe(?:${S}will|${S}shall|['’]ll)?${S}(?:assume|consider|take${S}it|understand|presume|deem|treat${S}(?:this|that|it)${S}as)${S}(?:that${S})?(?:you|this|it)${S}` +
  `(?:(?:are|have|as|to${S}be|is|been|['’]re)${S}){0,2}(consent\\w*|agree\\w*|accept\\w*|happy|ok|okay|fine|content|given${S}(?:your${S})?consent)\\b`,
  'i',
);

/** "Cookie Policy", "cookie settings": a document or a control, not the cookies themselves. */
const NOT_A_DOCUMENT = `(?!${S}(?:policy|notice|statement|settings|preferences|banner|declaration))`;
/** What an "agree" or "accept" must be about to be consent to processing: cookies, or collecting or using data. */
const PROCESSING_OBJECT = new RegExp(
  `^[\\s\\u00a0]*,?[\\s\\u00a0]*(?:(?:the${S}fact${S})?that${S}we${S}(?:(?:may|can|will|shall|are${S}allowed${S}to|are${S}permitted${S}to)${S})?(?:collect|process|use|share|store|transfer|disclose|set|place|track|monitor)\\b` +
  // "… you agree that your personal information may be transferred to and stored in …": the same, in the passive.
  `|that${S}(?:your|the|such)${S}(?:personal${S})?(?:data|information|details)${S}(?:(?:may|can|will|shall|might|is|are)${S}){0,2}(?:be${S})?(?:collected|processed|used|shared|stored|transferred|disclosed|tracked)\\b` +
  // "you agree to the practices described in this policy": the processing it describes (agreeing to the policy itself is not reported).
  `|(?:to|with)${S}(?:(?:the|our|these)${S})?(?:(?:data|privacy|information)${S})?practices${S}(?:(?:and${S}policies${S})?(?:described|set${S}out|outlined|explained))\\b` +
  // "you agree to these practices", "you agree to the terms of this Privacy Policy", "constitutes your agreement to this
  // Privacy Notice": the policy, so all the processing it describes (EDPB Guidelines 05/2020, para. 86: using a site is
  // no indication of wishes). Acceptance of a *change* to the policy is another matter (see report).
  `|(?:to|with)${S}(?:these|such|those|the${S}above)${S}practices\\b` +
  // "… of the Privacy and Cookies Policy", "… of this policy" (the policy it is said in).
  `|(?:to|with|of)${S}(?:the${S}terms${S}of${S})?(?:this|our|the)${S}(?:(?:privacy(?:${S}(?:and|&)${S}cookies?)?|cookies?|data${S}protection)${S})(?:policy|notice|statement)\\b` +
  `|(?:to|with|of)${S}this${S}(?:policy|notice|statement)\\b` +
  // "you agree to be bound by the terms described herein": the terms of the policy it is said in.
  `|to${S}be${S}bound${S}by${S}(?:the${S})?terms${S}(?:described|set${S}(?:out|forth)|contained|stated)${S}(?:herein|in${S}this${S}(?:(?:privacy|cookies?)${S})?(?:policy|notice|statement))\\b` +
  `|(?:to|with|of)${S}[^.;:]{0,60}?\\b(?:(?:collection|collecting|processing|transfer|transferring|disclosure|disclosing|sharing|tracking|profiling|monitoring)\\b` +
  `|(?:use|usage|placement|placing|setting|storage|storing|installation|reading)${S}of${S}[^.;:]{0,40}?\\b(?:cookies?|data|information|details|technologies|trackers?|pixels?|identifiers?|tags?)\\b` +
  `|cookies?\\b${NOT_A_DOCUMENT}|receiv(?:e|ing)${S}(?:our${S})?(?:marketing|promotional|advertising|newsletters?))` +
  `|(?:(?:all|our|the|these)${S})?cookies\\b${NOT_A_DOCUMENT})`,
  'i',
);
/** What "consent to" may be about and still not be consent to processing: another document, a court. */
const NOT_PROCESSING = new RegExp(
  `^${S}to${S}(?:(?:our|the|these|its|this|such)${S})?(?:(?:website|site|service)${S})?(?:terms${S}(?:of${S}(?:use|service|sale)|and${S}conditions|&${S}conditions)|conditions${S}of${S}use|user${S}agreement|EULA|(?:exclusive${S})?jurisdiction|venue|governing${S}law|arbitration|electronic${S}(?:communications|signatures?|delivery|notices?))\\b`,
  'i',
);
/** An affirmative act between the act and the consent makes it a different case: "… and clicking “Accept”, you consent". */
const AFFIRMATIVE = /\b(?:click\w*|tick\w*|check(?:ing|s)?[\s\u00a0]+(?:the|a|this|that)[\s\u00a0]+box|check-?box\w*|tap\w*|press\w*|select\w*|submit\w*|sign(?:ing)?[\s\u00a0]*up|register\w*|opt(?:ing)?[ \u00a0-]*in|toggl\w*|slider|choos\w*|chose|button|fill\w*|enter(?:ing)?[\s\u00a0]+(?:your|the)|provid(?:e|ing)[\s\u00a0]+(?:your|us))\b|["“'‘](?:accept|agree|allow|ok|i[\s\u00a0]+agree|got[\s\u00a0]+it)/i;
/**
 * An affirmative act between the act and the consent, unless it is only an alternative to
 * using the site: "By using the Services, or submitting your personal data to us, you consent"
 * still infers consent from use alone.
 */
function affirmativeAct(gap: string): boolean {
  const m = AFFIRMATIVE.exec(gap);
  return !!m && !/\bor[\s\u00a0]+(?:by[\s\u00a0]+)?$/i.test(gap.slice(Math.max(0, m.index - 12), m.index));
}

/** The consent is refused, withdrawn or asked for, not inferred. */
const NEGATED = /\b(?:not|never|no|withdraw\w*|revok\w*|refus\w*|declin\w*|reject\w*|without|unless|ask\w*|request\w*)\b/i;
/** The sentence is about changes to the policy: continued use after a change. */
const CHANGES = new RegExp(
  `\\b(?:after|following|subsequent${S}to|once)${S}(?:[\\w’']+${S}){0,3}?(?:changes?|modifications?|amendments?|updates?|revisions?|posting|publication)\\b` +
  `|\\bto${S}(?:the|these|such|any|those)${S}(?:changes|modifications|amendments|updates|revisions)\\b` +
  `|\\b(?:revised|updated|amended|modified|changed)${S}(?:version|policy|privacy${S}(?:policy|notice)|terms|notice)\\b`,
  'i',
);
const COOKIE_CONTEXT = /\bcookies?\b|\btracking\b|\bpersonal\s+(?:data|information)\b/i;
const CHEAP = /consent|agree|accept|assum|happy|deem/i;

const SITE_NOUNS = new Set([
  'website', 'websites', 'web-site', 'web-sites', 'site', 'sites', 'webpage', 'webpages', 'page', 'pages', 'service', 'services',
  'app', 'apps', 'application', 'applications', 'platform', 'platforms', 'portal', 'portals', 'product', 'products', 'domain',
  'webshop', 'blog', 'forum', 'software', 'property', 'properties', 'game', 'games', 'extension', 'extensions', 'plugin', 'plugins',
  'plug-in', 'plug-ins', 'add-on', 'add-ons', 'addon', 'addons', 'tool', 'tools', 'program', 'programme', 'game.', 'apps.',
  'api', 'apis', 'sdk', 'bot', 'bots', 'widget', 'widgets', 'theme', 'themes', 'client', 'library', 'skill',
]);
const DETERMINERS = new Set(['the', 'our', 'this', 'these', 'its', 'any', 'all', 'of', 'my', 'or', 'and', 'part', 'parts', 'using', 'accessing', 'visiting', 'downloading', 'installing', 'your', 'online', 'mobile', 'web', 'digital', 'public', 'official', 'corporate', 'main', 'company', 'company’s', "company's", 'other', 'browser', 'desktop', 'free', 'and/or']);
const URL = /^(?:www\.[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|[\w-]+\.(?:com|net|org|io|co\.uk|uk|eu|de|fr|nl|ie|es|it|live|app|ai|co|dev|tech))$/i;

type Kind = 'act' | 'continue' | 'constitutes' | 'assume';

interface Hit { start: number; end: number; kind: Kind; consentWord: boolean; act: string }

export const consentContinuedUse: Rule = {
  id: 'consent-continued-use',
  aliases: ['implied-consent'],
  description: 'Consent inferred from visiting, browsing or using the site or service, or from continued use',
  tags: ['gdpr', 'consent', 'cookies'],
  defaultSeverity: 'warning',
  check(ctx) {
    const { doc, options } = ctx;
    if (options.jurisdiction === 'other') return;
    // The GDPR (or UK GDPR) is what makes inferred consent invalid; where the text never
    // says which law applies, the finding is only information.
    const gdpr = isGdprPolicy(doc, options) || isUkPolicy(doc, options) || doc.memo('euMentioned', () => /\b(?:EU|EEA|European Union|ePrivacy|PECR)\b/.test(doc.text));
    for (const s of doc.sentences) {
      const text = doc.slice(s.start, s.end);
      if (!CHEAP.test(text)) continue;
      const hit = findInSentence(doc, s, text);
      if (hit) report(ctx, s, text, hit, gdpr);
    }
  },
};

function findInSentence(doc: PolicyDocument, s: Sentence, text: string): Hit | undefined {
  const own = ownProductNames(doc);
  return byAct(text, own) ?? continuedUseConstitutes(text, own) ?? ifYouContinue(doc, s, text) ?? weAssume(doc, s, text);
}

const TITLE_WORDS = new Set(['privacy', 'policy', 'notice', 'statement', 'cookie', 'cookies', 'data', 'protection', 'for', 'the', 'and', 'of', 'our', 'general', 'terms', 'legal', 'information', 'gdpr']);

/**
 * The names the policy gives itself in its title ("Privacy Policy for Legcord - Discord Client"):
 * "By using Legcord, you consent" uses the product the policy is about, as "using the app" does.
 */
function ownProductNames(doc: PolicyDocument): Set<string> {
  return doc.memo('consentContinuedUse.own', () => {
    const first = doc.blocks[0];
    const title = [doc.frontMatter?.title ?? '', first?.kind === 'heading' ? doc.blockText(first) : ''].join(' ');
    const names = (title.match(/\b[A-Z0-9][\w-]{2,}\b/g) ?? []).filter((w) => /[A-Za-z]/.test(w) && !TITLE_WORDS.has(w.toLowerCase()));
    // And the name its opening gives the service it is about: "At 10BMS, your privacy …", "Peri (“the
    // Application”, “we”) is …", "Welcome to Acme", "This Privacy Policy applies to Acme".
    for (const b of doc.blocks.slice(0, 6)) {
      if (b.kind !== 'paragraph') continue;
      const text = doc.blockText(b).slice(0, 400);
      for (const m of text.matchAll(OWN_NAME_IN_OPENING)) { const n = m[1] ?? m[2] ?? m[3]; if (n && /[A-Za-z]/.test(n) && !TITLE_WORDS.has(n.toLowerCase())) names.push(n); }
    }
    return new Set(names);
  });
}
/** One to three capitalised words (not a determiner), then ", you": the name of what is used. */
const PRODUCT_BEFORE_YOU = /^[\s\u00a0]+(?!(?:The|This|Our|Any|These|Its|All|Your)\b)[A-Z][\w.&'’-]*(?:[\s\u00a0]+[A-Z][\w.&'’-]*){0,2}(?=[\s\u00a0]*,[\s\u00a0]*you\b)/;
const OWN_NAME_IN_OPENING = /(?:^|[.!?]\s+)At\s+([A-Z0-9][\w-]{1,30}),|(?:^|[.!?]\s+)([A-Z0-9][\w-]{1,30})\s+\((?:the\s+)?[“"‘']|\b(?:[Ww]elcome\s+to|(?:[Pp]rivacy\s+)?(?:[Pp]olicy|[Nn]otice)\s+(?:applies\s+to|covers|describes\s+how|explains\s+how))\s+([A-Z0-9][\w-]{1,30})\b/g;

/** "This website uses cookies. We'll assume you're ok with this, but you can opt-out if you wish." */
function weAssume(doc: PolicyDocument, s: Sentence, text: string): Hit | undefined {
  const m = WE_ASSUME.exec(text);
  if (!m || !cookieBlock(doc, s.block)) return undefined;
  return { start: m.index, end: m.index + m[0].length, kind: 'assume', consentWord: false, act: 'inactivity (not objecting)' };
}

/** End of a site-or-service object right after `pos` ("the Optymyse website", "www.dataops.live"), or -1. */
function siteObjectEnd(text: string, pos: number, own: Set<string> = new Set()): number {
  const TOKEN = /^[\s\u00a0]+([^\s,;:()“”"]+)/;
  let p = pos;
  // The product the policy is named after: "By using Legcord, you consent".
  const name = TOKEN.exec(text.slice(p, p + 80));
  if (name && own.has(name[1].replace(/[.’']+$/, ''))) return p + name[0].length - (name[1].length - name[1].replace(/[.’']+$/, '').length);
  // Where the policy does not say what its product is called, a name in capitals right before ", you" is it: "By using RC
  // Agents, you consent …"; not a service of the catalogue ("By using Discord, you consent to Discord's own terms").
  const product = own.size ? null : PRODUCT_BEFORE_YOU.exec(text.slice(p, p + 80));
  if (product && !vendorIndex().find(product[0]).length) return p + product[0].length;
  // "or using any part of the Websites": up to eight words of determiners and names before the noun.
  for (let i = 0; i < 8; i++) {
    const m = TOKEN.exec(text.slice(p, p + 80));
    if (!m) return -1;
    const word = m[1].replace(/[.’']+$/, '');
    p += m[0].length;
    const lower = word.toLowerCase();
    if (SITE_NOUNS.has(lower) || URL.test(word)) return p - (m[1].length - word.length);
    if (DETERMINERS.has(lower) || /^[A-Z]/.test(word)) continue;
    return -1;
  }
  return -1;
}

interface Clause { start: number; end: number; consentWord: boolean }

/** A subordinator right before a clause: what the clause says is a condition ("after you give your consent"). */
const CONDITION_BEFORE = /\b(?:after|once|if|provided(?:\s+that)?|unless|until|before|whether)\s+$/i;
function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE.exec(text))) {
    // "… collected automatically or after you give your consent when you visit the website": consent given
    // as a condition of what the sentence says, an act of its own, not consent the sentence infers.
    if (CONDITION_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, consentWord: /consent/i.test(m[2]) });
  }
  PASSIVE_CLAUSE.lastIndex = 0;
  while ((m = PASSIVE_CLAUSE.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, consentWord: true });
  return out.sort((a, b) => a.start - b.start);
}

/** A clause is consent to processing: "consent" (not to the terms of use), or "agree/accept" to cookies or data processing. */
function aboutProcessing(text: string, c: Clause, limit: number): boolean {
  const rest = text.slice(c.end, Math.min(limit, c.end + 160));
  // "you consent to nothing …", "you consent only when …".
  if (/^[^,;.]{0,40}?\b(?:nothing|not|only)\b/i.test(rest)) return false;
  // The consent is given by an affirmative act after all: "… unless you click “Reject”", "… you select in our cookie banner".
  const clause = /^[^.;:!?]{0,120}/.exec(rest)![0];
  if (AFFIRMATIVE.test(clause) || /\bbanner\b/i.test(clause)) return false;
  if (c.consentWord) return !NOT_PROCESSING.test(rest);
  return PROCESSING_OBJECT.test(rest);
}

/** "By visiting the site, you consent …" and "You consent to cookies through your continued use of the website". */
function byAct(text: string, own: Set<string>): Hit | undefined {
  if (!/\b(?:by|through|via|with|upon|when|whenever|if|once|soon)\b/i.test(text)) return undefined;
  const cs = clauses(text);
  if (!cs.length) return undefined;
  ACT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let back = 0;
  let fwd = 0;
  while ((m = ACT.exec(text))) {
    const start = m.index;
    let end = m.index + m[0].length;
    if (m[1] || m[2]) {
      const obj = siteObjectEnd(text, end, own);
      if (obj < 0) continue;
      end = obj;
    } else {
      const obj = siteObjectEnd(text, end, own);
      if (obj >= 0) end = obj;
    }
    const act = describeAct(m[0]);
    // Forward: a clause after the act, within the window ("By using X, you consent"), the first that
    // is consent to processing ("By using X, you acknowledge that you accept the practices …, and you
    // hereby consent that we will collect …"), while nothing between them ends the act's reach.
    while (fwd < cs.length && cs[fwd].start < end) fwd++;
    for (let k = fwd; k < cs.length && cs[k].start - end <= WINDOW; k++) {
      const f = cs[k];
      const gap = text.slice(end, f.start);
      if (/[;:]/.test(gap) || affirmativeAct(gap) || /\b(?:if|unless|whether)\b/i.test(gap)) break;
      if (aboutProcessing(text, f, text.length)) return { start, end: phraseEnd(text, f.end), kind: 'act', consentWord: f.consentWord, act };
    }
    // Backward: the last clause that ends before the act ("You consent to … by using X").
    while (back + 1 < cs.length && cs[back + 1].end <= start) back++;
    const b = cs[back];
    if (b && b.end <= start && start - b.end <= WINDOW) {
      const between = text.slice(b.end, start);
      const before = text.slice(Math.max(0, b.start - 40), b.start);
      if (!/[;:]/.test(between) && !affirmativeAct(between) && !NEGATED.test(between) && !/\b(?:can|may|could|might|must|should|to|if|whether|unless|when|once)[\s\u00a0]*$/i.test(before) && !NEGATED.test(before.slice(-20)) && aboutProcessing(text, b, start)) {
        return { start: b.start, end, kind: 'act', consentWord: b.consentWord, act };
      }
    }
  }
  return undefined;
}

/** "Your continued use of this site constitutes your consent to …". */
function continuedUseConstitutes(text: string, own: Set<string>): Hit | undefined {
  if (!/\b(?:use|usage|using|browsing|access|navigation|continuing)\b/i.test(text)) return undefined;
  USE_SUBJECT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = USE_SUBJECT.exec(text))) {
    let end = m.index + m[0].length;
    const obj = siteObjectEnd(text, end, own);
    if (m[1] && obj < 0) continue;
    if (obj >= 0) end = obj;
    const window = text.slice(end, end + 160);
    const c = CONSTITUTES.exec(window) ?? CONSTITUTES_YOU.exec(window);
    if (!c) continue;
    const nounEnd = end + c.index + c[0].length;
    const consentWord = /consent/i.test(c[1]);
    const rest = text.slice(nounEnd, nounEnd + 160);
    if (consentWord ? NOT_PROCESSING.test(rest) : !PROCESSING_OBJECT.test(rest)) continue;
    if (NEGATED.test(text.slice(end, end + c.index + c[0].length - c[1].length))) continue;
    let start = m.index;
    const your = /(?:\b(?:your|the|any)[\s\u00a0]+)$/i.exec(text.slice(Math.max(0, start - 10), start));
    if (your) start -= your[0].length;
    return { start, end: phraseEnd(text, nounEnd), kind: 'constitutes', consentWord, act: 'continued use of the site' };
  }
  return undefined;
}

/** "If you continue to use this site we will assume that you are happy with it." */
function ifYouContinue(doc: PolicyDocument, s: Sentence, text: string): Hit | undefined {
  if (!/\byou\b/i.test(text)) return undefined;
  IF_CONTINUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IF_CONTINUE.exec(text))) {
    const end = m.index + m[0].length;
    const window = text.slice(end, end + WINDOW);
    const a = ASSUME.exec(window);
    if (a) {
      const word = a[1].toLowerCase();
      const explicit = word.startsWith('consent') || word.startsWith('given');
      // "happy with it": only where the sentence or its paragraph is about cookies or personal data.
      if (!explicit && !cookieBlock(doc, s.block)) continue;
      if (AFFIRMATIVE.test(window.slice(0, a.index))) continue;
      return { start: m.index, end: phraseEnd(text, end + a.index + a[0].length), kind: 'continue', consentWord: explicit, act: 'continuing to use the site' };
    }
    CLAUSE.lastIndex = 0;
    const c = CLAUSE.exec(window);
    if (c && c.index <= 120) {
      const gap = window.slice(0, c.index);
      const clause: Clause = { start: end + c.index, end: end + c.index + c[0].length, consentWord: /consent/i.test(c[2]) };
      if (!AFFIRMATIVE.test(gap) && !/[;:]/.test(gap) && aboutProcessing(text, clause, text.length)) {
        return { start: m.index, end: phraseEnd(text, clause.end), kind: 'continue', consentWord: clause.consentWord, act: 'continuing to use the site' };
      }
    }
  }
  return undefined;
}

/** The block speaks of cookies or personal data (computed once per block). */
function cookieBlock(doc: PolicyDocument, block: number): boolean {
  const cache = doc.memo('consentCookieBlocks', () => new Map<number, boolean>());
  let v = cache.get(block);
  if (v === undefined) {
    v = COOKIE_CONTEXT.test(doc.blockText(doc.blocks[block]));
    cache.set(block, v);
  }
  return v;
}

/** The clause after `pos`, up to the next comma, semicolon or stop (at most 100 characters). */
function phraseEnd(text: string, pos: number): number {
  const m = /^[^,;.:!?]{0,100}/.exec(text.slice(pos, pos + 100));
  let end = pos + (m ? m[0].length : 0);
  while (end > pos && /\s/.test(text[end - 1])) end--;
  return end;
}

function describeAct(act: string): string {
  const a = act.toLowerCase();
  if (/\bnot\b|failing/.test(a)) return 'inactivity (not objecting or withdrawing)';
  if (/receiv/.test(a)) return 'receiving the document';
  if (/particip|attend|taking|joining/.test(a)) return 'taking part (attending or participating)';
  if (/continu|further|ongoing/.test(a)) return 'continued use of the site';
  if (/visit|enter|remain|stay/.test(a)) return 'visiting the site';
  if (/brows|navigat|surf|view/.test(a)) return 'browsing the site';
  if (/scroll/.test(a)) return 'scrolling';
  if (/access/.test(a)) return 'accessing the site';
  return 'using the site or service';
}

function report(ctx: RuleContext, s: Sentence, text: string, hit: Hit, gdpr: boolean): void {
  const { doc } = ctx;
  const changes = CHANGES.test(text);
  // Continued use after a change to the policy, taken as *acceptance* of the change: that
  // is about the policy's terms, not consent to processing, and is not reported. Taken as
  // *consent*, it is information: the change may add processing that needs real consent.
  if (changes && !hit.consentWord) return;
  const severity: Severity = changes || !gdpr ? 'information' : 'warning';
  const consent = hit.consentWord ? 'consent' : 'agreement to the processing';
  let message: string;
  let detail: string;
  if (changes) {
    message = 'Continued use after a change is taken as consent: ask again where a change adds processing based on consent.';
    detail = `Consent is a clear affirmative act (${CONSENT_LAW}; ${cite('planet49')}): where a change adds processing that rests on consent, ask for it again, and announce a new purpose before it applies (${cite('gdpr-art-13-3')}). ${NO_FIX}`;
  } else {
    const unsure = gdpr ? '' : ' (Information only: the policy does not say that the GDPR applies.)';
    const ask = 'ask for an affirmative act or use another basis';
    const short = hit.consentWord ? 'Consent' : 'Agreement';
    message = fitting(`${capitalised(consent)} inferred from ${hit.act}: ${ask}.`, `${short} inferred from ${hit.act}: ${ask}.`, `${short} inferred from ${withoutAsides(hit.act)}: ${ask}.`);
    detail = `Consent must be a clear affirmative act (${CONSENT_LAW}; ${cite('gdpr-recital-32')}; ${cite('planet49')}); ${hit.act} is not one.${unsure} ${NO_FIX}`;
  }
  ctx.report({
    start: doc.srcStart(s.start + hit.start),
    end: doc.srcEnd(s.start + hit.end),
    severity,
    message,
    detail,
    source: SOURCE,
    fixes: [],
    data: { kind: hit.kind, changes },
  });
}
