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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class VendorIndex {
  private readonly byName = new Map<string, VendorEntry>();
  private readonly ownerNames = new Map<string, string>(); // owner alias → canonical owner
  private readonly pattern: RegExp;
  private readonly ownerPattern: RegExp;

  constructor(readonly vendors: VendorEntry[]) {
    for (const v of vendors) {
      for (const n of [v.name, ...(v.aliases ?? [])]) if (!this.byName.has(n)) this.byName.set(n, v);
      for (const n of [v.owner, ...(v.ownerAliases ?? [])]) this.ownerNames.set(n, v.owner);
    }
    this.pattern = combined([...this.byName.keys()]);
    this.ownerPattern = combined([...new Set([...this.ownerNames.keys(), ...this.byName.keys()])]);
  }

  /** Every catalogue name in `text` (offsets relative to text). */
  find(text: string): VendorMatch[] {
    const out: VendorMatch[] = [];
    this.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.pattern.exec(text))) {
      const v = this.byName.get(m[0]);
      if (v) out.push({ vendor: v, start: m.index, end: m.index + m[0].length, text: m[0] });
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
    this.ownerPattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.ownerPattern.exec(text))) {
      const v = this.byName.get(m[0]);
      if (v) vendors.add(v.id);
      const o = this.ownerNames.get(m[0]);
      if (o) owners.add(o);
    }
    return { vendors, owners, rawNames: [text.trim().toLowerCase()] };
  }
}

function combined(names: string[]): RegExp {
  const sorted = names.filter((n) => n.length >= 2).sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sorted.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
}

let defaultIndex: VendorIndex | undefined;
export function vendorIndex(extra: VendorEntry[] = []): VendorIndex {
  if (extra.length) return new VendorIndex([...CATALOGUE, ...extra]);
  defaultIndex ??= new VendorIndex(CATALOGUE);
  return defaultIndex;
}
