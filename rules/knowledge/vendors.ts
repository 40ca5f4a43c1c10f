// The vendor catalogue (vendors.json): services that process personal data for
// websites and apps, each with aliases, owner and a source. One combined
// regular expression finds every name in one pass over a text.
import data from './vendors.json';

export interface VendorEntry {
  id: string;
  name: string;
  aliases?: string[];
  owner: string;
  ownerAliases?: string[];
  category: string;
  /** The name is also an ordinary word ("Stripe", "Square"): a mention needs context. */
  ambiguous?: boolean;
  source?: string;
}

export interface VendorMatch { vendor: VendorEntry; start: number; end: number; text: string }

export const CATALOGUE: VendorEntry[] = (data as { vendors: VendorEntry[] }).vendors;


export class VendorIndex {
  private readonly byName = new Map<string, VendorEntry>();
  private readonly ownerNames = new Map<string, string>(); // owner alias → canonical owner
  private readonly names: NameMatcher;
  private readonly ownerOrNames: NameMatcher;

  constructor(readonly vendors: VendorEntry[]) {
    for (const v of vendors) {
      for (const n of [v.name, ...(v.aliases ?? [])]) if (!this.byName.has(n)) this.byName.set(n, v);
      for (const n of [v.owner, ...(v.ownerAliases ?? [])]) this.ownerNames.set(n, v.owner);
    }
    // A name is matched with its first letter as written and the rest in any case ("Github",
    // "Google analytics", "Paypal"), unless it is an ordinary word (ambiguous: "Stripe", "Square"),
    // or a name of several words whose first word is no brand of its own ("Campaign monitor").
    const brands = new Set<string>();
    for (const v of vendors) for (const n of [v.name, ...(v.aliases ?? []), v.owner, ...(v.ownerAliases ?? [])]) if (!/\s/.test(n)) brands.add(n);
    for (const v of vendors) if (v.ambiguous) for (const n of [v.name, ...(v.aliases ?? [])]) brands.delete(n);
    const loose = new Set<string>();
    for (const [n, v] of this.byName) {
      if (v.ambiguous) continue;
      const first = /^\S+/.exec(n)![0];
      if (first === n || brands.has(first)) loose.add(n);
    }
    this.names = new NameMatcher([...this.byName.keys()], loose);
    this.ownerOrNames = new NameMatcher([...new Set([...this.ownerNames.keys(), ...this.byName.keys()])], loose);
  }

  /** Every catalogue name in `text` (offsets relative to text). */
  find(text: string): VendorMatch[] {
    const out: VendorMatch[] = [];
    for (const m of this.names.find(text)) {
      const v = this.byName.get(m.name);
      if (v) out.push({ vendor: v, start: m.start, end: m.start + m.name.length, text: text.slice(m.start, m.start + m.name.length) });
    }
    return out;
  }

  /**
   * The vendors and owners a list entry names: "Google" names the owner Google
   * (covering Google Analytics); "PayPal", both a service and an owner, also covers
   * Braintree. A product name ("Mailchimp") covers that product only, not its owner's others.
   */
  coveredBy(text: string): { vendors: Set<string>; owners: Set<string>; rawNames: string[] } {
    const vendors = new Set<string>();
    const owners = new Set<string>();
    for (const { name } of this.ownerOrNames.find(text)) {
      const v = this.byName.get(name);
      if (v) vendors.add(v.id);
      const o = this.ownerNames.get(name);
      if (o) owners.add(o);
    }
    return { vendors, owners, rawNames: [text.trim().toLowerCase()] };
  }
}

/**
 * Finds whole-word occurrences of many names in one pass: each word of the text is
 * looked up by itself in a map of names by their first word, so the cost is one map
 * lookup per word, whatever the size of the catalogue (a regular expression with
 * hundreds of alternatives tries each of them at every position).
 */
export class NameMatcher {
  /** Names by their first word, lower-cased; `loose` names match in any case after their first letter. */
  private readonly byFirstWord = new Map<string, Array<{ name: string; lower: string; loose: boolean }>>();
  /**
   * For each first character, a bit per length (up to 31) of the first words that start with it:
   * most words of a text are skipped on their first character and length, without a slice.
   */
  private readonly lengthsByInitial = new Int32Array(65536);

  constructor(names: string[], loose: ReadonlySet<string> = new Set()) {
    for (const name of names) {
      let e = 0;
      while (e < name.length && isWordChar(name.charCodeAt(e))) e++;
      if (e === 0 || name.length < 2) continue;
      const first = name.slice(0, e).toLowerCase();
      const list = this.byFirstWord.get(first) ?? [];
      list.push({ name, lower: name.toLowerCase(), loose: loose.has(name) });
      this.byFirstWord.set(first, list);
      const c = name.charCodeAt(0);
      this.lengthsByInitial[c] |= lengthBit(e);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.name.length - a.name.length);
  }

  /** Non-overlapping matches, leftmost first, the longest name at each position. */
  find(text: string): Array<{ name: string; start: number }> {
    const out: Array<{ name: string; start: number }> = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) { i++; continue; }
      let e = i + 1;
      while (e < n && isWordChar(text.charCodeAt(e))) e++;
      const candidates = (this.lengthsByInitial[c] & lengthBit(e - i)) !== 0 && (i === 0 || text.charCodeAt(i - 1) !== 95) ? this.byFirstWord.get(text.slice(i, e).toLowerCase()) : undefined;
      let next = e;
      if (candidates) {
        for (const { name, lower, loose } of candidates) {
          const end = i + name.length;
          if (!(loose ? text.charCodeAt(i) === name.charCodeAt(0) && text.slice(i, end).toLowerCase() === lower : text.startsWith(name, i))) continue;
          if (end < n && (isWordChar(text.charCodeAt(end)) || text.charCodeAt(end) === 95)) continue;
          out.push({ name, start: i });
          next = end;
          break;
        }
      }
      i = next;
    }
    return out;
  }
}

/** A word length as one bit; lengths over 30 share the top bit. */
const lengthBit = (n: number) => 1 << Math.min(n, 31);

/** A letter or digit (word characters of names); non-ASCII letters through Unicode properties. */
function isWordChar(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  // Other characters are classified once each (1 word, 2 not): curly quotes and dashes recur in every policy.
  let k = NON_ASCII_CLASS[c];
  if (k === 0) NON_ASCII_CLASS[c] = k = NON_ASCII_WORD.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const NON_ASCII_CLASS = new Uint8Array(65536);
/** One lookup per character instead of three comparisons: this loop visits every character of a policy. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0));

/**
 * An ambiguous one-word name that is part of a longer name, not the service. It ends a longer
 * capitalised name: "4 Grand Canal Square" (an address), "Civilized Discourse Construction Kit" (a
 * product), "PO Box 458" (a postal address); the word before it is capitalised and does not start
 * its sentence, line or cell ("Use Square to pay" is the service), or is an abbreviation in
 * capitals ("PO", "P.O.", "NYC"), which may. Or a number follows it: "Box 456, 194 04 Upplands
 * Väsby" (a postal box, as the Nordic countries write it), "Box 1014".
 */
export function partOfLongerName(text: string, m: VendorMatch): boolean {
  if (!m.vendor.ambiguous || /\s/.test(m.text)) return false;
  // A number, not a model or product code ("Stripe 3D Secure" is the service).
  if (/^[ \u00a0]\d+(?![\p{L}\d])/u.test(text.slice(m.start + m.text.length, m.start + m.text.length + 12))) return true;
  let i = m.start;
  // One space (or a non-breaking one) between the two words: a line break or a tab ends a name.
  if (i === 0 || !/[ \u00a0]/.test(text[i - 1])) return false;
  i--;
  const end = i;
  while (i > 0 && /[\p{L}\p{N}.&'’-]/u.test(text[i - 1])) i--;
  const word = text.slice(i, end);
  if (!/^\p{Lu}/u.test(word)) return false;
  if (/^(?:\p{Lu}\.?){2,}$/u.test(word)) return true;
  // Does the word start its sentence, line or cell? Look back over spaces and list or heading marks.
  let j = i;
  while (j > 0 && /[ \u00a0*_#>•-]/.test(text[j - 1])) j--;
  return j > 0 && !/[\n\t.!?:;|(\[“"'‘]/.test(text[j - 1]);
}

let defaultIndex: VendorIndex | undefined;
/** The last index built with extra vendors: settings rarely change, and every lint asks again. */
let extraIndex: { key: string; index: VendorIndex } | undefined;
export function vendorIndex(extra: VendorEntry[] = []): VendorIndex {
  if (extra.length) {
    const key = JSON.stringify(extra);
    if (extraIndex?.key !== key) extraIndex = { key, index: new VendorIndex([...CATALOGUE, ...extra]) };
    return extraIndex.index;
  }
  defaultIndex ??= new VendorIndex(CATALOGUE);
  return defaultIndex;
}
