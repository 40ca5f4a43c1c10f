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
    this.names = new NameMatcher([...this.byName.keys()]);
    this.ownerOrNames = new NameMatcher([...new Set([...this.ownerNames.keys(), ...this.byName.keys()])]);
  }

  /** Every catalogue name in `text` (offsets relative to text). */
  find(text: string): VendorMatch[] {
    const out: VendorMatch[] = [];
    for (const m of this.names.find(text)) {
      const v = this.byName.get(m.name);
      if (v) out.push({ vendor: v, start: m.start, end: m.start + m.name.length, text: m.name });
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
  private readonly byFirstWord = new Map<string, string[]>();
  /**
   * For each first character, a bit per length (up to 31) of the first words that start with it:
   * most words of a text are skipped on their first character and length, without a slice.
   */
  private readonly lengthsByInitial = new Map<number, number>();

  constructor(names: string[]) {
    for (const name of names) {
      let e = 0;
      while (e < name.length && isWordChar(name.charCodeAt(e))) e++;
      if (e === 0 || name.length < 2) continue;
      const first = name.slice(0, e);
      const list = this.byFirstWord.get(first) ?? [];
      list.push(name);
      this.byFirstWord.set(first, list);
      const c = name.charCodeAt(0);
      this.lengthsByInitial.set(c, (this.lengthsByInitial.get(c) ?? 0) | lengthBit(e));
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.length - a.length);
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
      const lengths = this.lengthsByInitial.get(c);
      const candidates = lengths !== undefined && (lengths & lengthBit(e - i)) !== 0 && (i === 0 || text.charCodeAt(i - 1) !== 95) ? this.byFirstWord.get(text.slice(i, e)) : undefined;
      let next = e;
      if (candidates) {
        for (const name of candidates) {
          const end = i + name.length;
          if (!text.startsWith(name, i)) continue;
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
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_WORD.test(String.fromCharCode(c));
}
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

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
