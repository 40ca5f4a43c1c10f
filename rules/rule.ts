// The contract every rule follows (one file per rule, listed in registry.ts).
import type { PolicyDocument } from './model/document';
import type { Finding, Fix, RelatedLocation, Severity } from './model/types';
import type { VendorEntry } from './knowledge/vendors';

export type Jurisdiction = 'auto' | 'eu' | 'uk' | 'other';

export interface LintOptions {
  /** Per-rule severity override, or 'off'. Keys are rule ids or aliases. */
  rules?: Record<string, Severity | 'off'>;
  /** Which law the policy is written under; 'auto' decides from the text. */
  jurisdiction?: Jurisdiction;
  /** "Today", for rules that compare dates (tests pin it). */
  today?: Date;
  /** A policy date older than this many months is reported by policy-date-stale. */
  maxPolicyAgeMonths?: number;
  /** Services the organisation adds to the vendor catalogue. */
  extraVendors?: VendorEntry[];
  /**
   * processor-undisclosed-in-code: a category of recipients the policy names ("analytics providers",
   * an entry "Analytics: …") counts as naming the services of that category. Off by default: by
   * default the notice should name the actual recipients (WP260 rev.01).
   */
  allowRecipientCategories?: boolean;
  /**
   * The jurisdictions whose age of digital consent applies (child-consent-age): 'eu', 'uk', or
   * lower-case ISO 3166-1 alpha-2 codes of EU/EEA member states ('de', 'fr', 'ie'). Unset or
   * empty: decided from the text.
   */
  jurisdictions?: string[];
  /**
   * The third-party services the application's own code uses (its manifests and script tags), as the
   * front end found them (server/inventory). Pure data: the engine reads no file. Unset: no inventory,
   * and processor-undisclosed-in-code is silent.
   */
  inventory?: InventoryItem[];
}

/** Where the code declares a service: a manifest line or a script tag. Lines and characters are zero-based (as in LSP). */
export interface CodeEvidence {
  /** The file, as the front end names it (an absolute path). */
  path: string;
  /** How a message names the file: relative to the package root ("package.json", "web/index.html"). */
  label: string;
  line: number;
  character: number;
  length: number;
  /** What declares the service: the package name, or the script's URL. */
  text: string;
}

/** A service of the vendor catalogue that the application uses, with where it says so. */
export interface InventoryItem { vendorId: string; evidence: CodeEvidence }

export interface ResolvedOptions {
  jurisdiction: Jurisdiction;
  today: Date;
  maxPolicyAgeMonths: number;
  extraVendors: VendorEntry[];
  allowRecipientCategories: boolean;
  /** As in LintOptions; resolveOptions sets it ([] = decide from the text). */
  jurisdictions?: string[];
  /** As in LintOptions: undefined when the front end gave none. */
  inventory?: InventoryItem[];
}

export interface Report {
  start: number;
  end: number;
  /** One sentence, at most 120 characters, no link, no list of citations: the defect and the fix. */
  message: string;
  /** The longer explanation (why, the law in words, caveats), shown in the hover with the source. */
  detail?: string;
  /** Defaults to the rule's default severity. */
  severity?: Severity;
  source?: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
  data?: Record<string, unknown>;
}

export interface RuleContext {
  doc: PolicyDocument;
  options: ResolvedOptions;
  report(r: Report): void;
}

/**
 * A blank that a fix of the rule writes into the policy for the author to fill in ("[period]").
 * While it stays in the policy the engine reports it (rules/placeholders.ts), at information severity.
 */
export interface Placeholder {
  /** Exactly as the fix writes it, brackets included; matched with its case. */
  text: string;
  /** What to do, the start of the finding's message: "Fill in the retention period". */
  ask: string;
  /**
   * Counted only as a whole table cell, which is where the fix writes it: elsewhere "[…]" marks an
   * omission in a quotation.
   */
  cellOnly?: boolean;
}

export interface Rule {
  /** Kebab-case id, as in configuration and in `policylint-disable` comments. */
  id: string;
  aliases: string[];
  /** One line: what the rule flags. */
  description: string;
  tags: string[];
  defaultSeverity: Severity;
  /** The blanks this rule's fixes write; each is reported until it is filled in (see Placeholder). */
  placeholders?: readonly Placeholder[];
  /** Pure: reads ctx.doc and ctx.options, reports findings with source offsets. */
  check(ctx: RuleContext): void;
}

export type { Finding };
