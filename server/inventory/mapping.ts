// Package names and script URLs → vendor ids of the catalogue, from rules/knowledge/packages.json.
// Each ecosystem compares names as its registry does: PyPI after PEP 503 normalisation, Go modules
// by path prefix (a /vN major version or a sub-package is the same module family), CocoaPods by
// the pod before its subspec, Swift packages by their repository.
import data from '../../rules/knowledge/packages.json';

export type Ecosystem = 'npm' | 'pypi' | 'rubygems' | 'packagist' | 'go' | 'maven' | 'cocoapods' | 'swift' | 'pub';

interface PackageMapping { ecosystem: Ecosystem; name: string; vendor: string; modules?: string[]; requires?: string[]; declarationIsUse?: string }
interface HostMapping { host: string; path?: string; vendor: string }
/** The setting that points a vendor's SDK at its backend (Sentry's DSN), the vendor's hosts, and services compatible with its SDK. */
export interface EndpointSetting { vendor: string; setting: string; sdk: string; hosts: string[]; compatible: Array<{ name: string; word: string }> }

const byEcosystem = new Map<Ecosystem, Map<string, string>>();
for (const p of (data as { packages: PackageMapping[] }).packages) {
  let m = byEcosystem.get(p.ecosystem);
  if (!m) byEcosystem.set(p.ecosystem, (m = new Map()));
  m.set(normalise(p.ecosystem, p.name), p.vendor);
}
/**
 * The ecosystems whose packages count only when the code imports them (use, not declaration):
 * their imports are cheap to read and certain. The others keep declaration as use (see
 * docs/rules/processor-undisclosed-in-code.md, "What counts as use").
 */
export const IMPORT_CHECKED: ReadonlySet<Ecosystem> = new Set<Ecosystem>(['npm', 'pypi', 'rubygems']);
/** "ecosystem:normalised name": one key per package, as the source scan and the inventory name it. */
export const packageKey = (ecosystem: Ecosystem, name: string): string => `${ecosystem}:${normalise(ecosystem, name)}`;
/** npm package names mapped to a service. */
const npmNames = new Set<string>();
/** Python module (dotted, as imported) → the key of the distribution that provides it. */
const pythonModules = new Map<string, string>();
/** Ruby require path → the key of the gem it loads. */
const rubyRequires = new Map<string, string>();
/** Keys of packages whose declaration is their use (a launcher, a native module). */
const usedWhenDeclared = new Set<string>();
for (const p of (data as { packages: PackageMapping[] }).packages) {
  const key = packageKey(p.ecosystem, p.name);
  if (p.declarationIsUse) usedWhenDeclared.add(key);
  if (p.ecosystem === 'npm') npmNames.add(p.name);
  // A distribution's module is its name with '-' and '.' read as '_' ("sentry-sdk" → sentry_sdk), unless data says otherwise.
  if (p.ecosystem === 'pypi') for (const m of p.modules ?? [p.name.replace(/[-.]/g, '_')]) pythonModules.set(m, key);
  // A gem is required by its name, or its name with '-' read as '/' ("google-cloud-storage" → google/cloud/storage), unless data says otherwise.
  if (p.ecosystem === 'rubygems') for (const r of [p.name, p.name.replace(/-/g, '/'), ...(p.requires ?? [])]) rubyRequires.set(r, key);
}
export const ENDPOINT_SETTINGS = (data as unknown as { endpoints: EndpointSetting[] }).endpoints;

/** Whether a package counts as used wherever it is declared (declarationIsUse in packages.json). */
export function declarationIsUse(ecosystem: Ecosystem, name: string): boolean {
  return usedWhenDeclared.has(packageKey(ecosystem, name));
}

/** The mapped npm package an import specifier loads ("@sentry/nextjs/client" → "@sentry/nextjs"), or undefined. */
export function npmPackageOfSpecifier(specifier: string): string | undefined {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return npmNames.has(name) ? name : undefined;
}

/** The key of the mapped distribution that provides a dotted Python module ("google.cloud.storage.blob"), or undefined. */
export function pythonDistributionOfModule(dotted: string): string | undefined {
  for (let m = dotted; ; m = m.slice(0, m.lastIndexOf('.'))) {
    const hit = pythonModules.get(m);
    if (hit) return hit;
    if (!m.includes('.')) return undefined;
  }
}

/** The key of the mapped gem a `require` path loads ("sentry-ruby", "google/cloud/storage", "stripe/webhook"), or undefined. */
export function gemOfRequire(path: string): string | undefined {
  for (let r = path; ; r = r.slice(0, r.lastIndexOf('/'))) {
    const hit = rubyRequires.get(r);
    if (hit) return hit;
    if (!r.includes('/')) return undefined;
  }
}

/** Host (without "www.") → its mappings, those with a path first (the longest path wins). */
const byHost = new Map<string, HostMapping[]>();
for (const h of (data as { hosts: HostMapping[] }).hosts) {
  const key = h.host.replace(/^www\./, '');
  const list = byHost.get(key) ?? [];
  list.push(h);
  list.sort((a, b) => (b.path?.length ?? -1) - (a.path?.length ?? -1));
  byHost.set(key, list);
}

export function normalise(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case 'pypi': return name.toLowerCase().replace(/[-_.]+/g, '-');
    case 'packagist': case 'cocoapods': return name.toLowerCase();
    case 'swift': return repositoryKey(name);
    default: return name;
  }
}

/** "https://github.com/getsentry/sentry-cocoa.git/" → "github.com/getsentry/sentry-cocoa". */
export function repositoryKey(url: string): string {
  return url.trim().toLowerCase().replace(/^[a-z+]+:\/\//, '').replace(/^git@([^:/]+):/, '$1/').replace(/^www\./, '').replace(/\/+$/, '').replace(/\.git$/, '');
}

/** The vendor id of a package, or undefined when the mapping does not know it. */
export function vendorOfPackage(ecosystem: Ecosystem, name: string): string | undefined {
  const m = byEcosystem.get(ecosystem);
  if (!m) return undefined;
  const key = normalise(ecosystem, name);
  const exact = m.get(key);
  if (exact) return exact;
  if (ecosystem === 'go') {
    // github.com/stripe/stripe-go/v76, firebase.google.com/go/v4/auth: the module family is a prefix.
    for (let cut = key.lastIndexOf('/'); cut > 0; cut = key.lastIndexOf('/', cut - 1)) {
      const hit = m.get(key.slice(0, cut));
      if (hit) return hit;
    }
  }
  if (ecosystem === 'cocoapods' && key.includes('/')) return m.get(key.slice(0, key.indexOf('/')));
  return undefined;
}

/**
 * The vendor id of a script, style sheet or frame URL ("https://js.stripe.com/v3",
 * "//www.googletagmanager.com/gtag/js?id=G-1"), or undefined. Relative URLs are the site's own.
 */
export function vendorOfUrl(url: string): string | undefined {
  const m = /^\s*(?:https?:)?\/\/([a-z0-9.-]+)(?::\d+)?(\/[^\s?#]*)?/i.exec(url);
  if (!m) return undefined;
  const host = m[1].toLowerCase().replace(/\.$/, '');
  const path = m[2] ?? '/';
  // The host itself, then each parent domain ("x.disqus.com" → "disqus.com"), never a bare top-level domain.
  for (let h = host.replace(/^www\./, ''); h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const list = byHost.get(h);
    if (!list) continue;
    for (const e of list) if (!e.path || path === e.path || path.startsWith(`${e.path}/`)) return e.vendor;
  }
  return undefined;
}
