// Package names and script URLs → vendor ids of the catalogue, from rules/knowledge/packages.json.
// Each ecosystem compares names as its registry does: PyPI after PEP 503 normalisation, Go modules
// by path prefix (a /vN major version or a sub-package is the same module family), CocoaPods by
// the pod before its subspec, Swift packages by their repository.
import data from '../../rules/knowledge/packages.json';

export type Ecosystem = 'npm' | 'pypi' | 'rubygems' | 'packagist' | 'go' | 'maven' | 'cocoapods' | 'swift' | 'pub';

interface PackageMapping { ecosystem: Ecosystem; name: string; vendor: string }
interface HostMapping { host: string; path?: string; vendor: string }

const byEcosystem = new Map<Ecosystem, Map<string, string>>();
for (const p of (data as { packages: PackageMapping[] }).packages) {
  let m = byEcosystem.get(p.ecosystem);
  if (!m) byEcosystem.set(p.ecosystem, (m = new Map()));
  m.set(normalise(p.ecosystem, p.name), p.vendor);
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
