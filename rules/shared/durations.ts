// What counts as a concrete retention period or a bounding event, shared by
// retention-undefined and the completeness checks.

const NUMBER = '(?:\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty-four|thirty|forty-five|sixty|ninety|a|an|a\\s+few)';
const UNIT = '(?:seconds?|minutes?|hours?|days?|business\\s+days?|working\\s+days?|calendar\\s+days?|weeks?|months?|years?|yrs?)';

/** "30 days", "seven years", "a maximum of 30 days", "24 hours", "12-month", "one (1) year". */
export const CONCRETE_PERIOD = new RegExp(`\\b${NUMBER}(?:\\s*\\(\\d{1,4}\\))?[\\s-]+(?:full\\s+|calendar\\s+)?${UNIT}\\b`, 'i');

/** Retention bounded by an event the reader can observe. */
export const BOUNDING_EVENT = new RegExp([
  '\\b(?:while|whilst|as\\s+long\\s+as|so\\s+long\\s+as|for\\s+as\\s+long\\s+as)\\s+(?:a|an|the|your|you|our)?\\s*(?:user\\s+|customer\\s+)?(?:account|subscription|contract|membership|relationship|consent|agreement)\\b[^.]{0,40}?\\b(?:is|are|remains?|exists?|has|continues?|lasts?|given|valid|active|open|in\\s+force)\\b',
  '\\b(?:while|whilst|as\\s+long\\s+as)\\s+you\\s+(?:have|hold|maintain|remain|use|are)\\b',
  // "for the time that you are a member", "for the period during which you remain a customer"
  '\\bfor\\s+the\\s+(?:time|period)\\s+(?:that|during\\s+which|in\\s+which)\\s+you\\s+(?:are|remain|have|hold|use)\\b',
  // "until", and its shorter form "till": "retained till the termination of your membership".
  '\\b(?:until|till)\\s+(?:you|the\\s+(?:end|expiry|termination|closure|deletion)|your|such\\s+time\\s+as\\s+you|we\\s+receive|consent\\s+is)\\b',
  '\\bfor\\s+the\\s+(?:duration|term|length|life(?:time)?)\\s+of\\s+(?:the|your|our|any)\\b',
  '\\bduring\\s+the\\s+(?:contract|subscription|membership|term|period\\s+of)\\b',
  '\\b(?:after|following|upon|on)\\s+(?:the\\s+)?(?:end|expiry|termination|closure|deletion|cancellation)\\s+of\\b',
  '\\blimitation\\s+period\\b',
].join('|'), 'i');

/** A placeholder that the author fills in ("[period]"), written by our own fixes. */
export const PERIOD_PLACEHOLDER = /\[(?:period|retention period|number of (?:days|months|years))\]/i;

export function statesPeriod(text: string): boolean {
  return CONCRETE_PERIOD.test(text) || PERIOD_PLACEHOLDER.test(text);
}
