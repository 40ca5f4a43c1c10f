// The package and script-host mapping (rules/knowledge/packages.json): every mapping names a
// vendor of the catalogue and has a source, and no build tool, CLI or UI library is in it (they
// send nothing off the machine when the application runs).
import assert from 'node:assert/strict';
import packages from '../../rules/knowledge/packages.json';
import catalogue from '../../rules/knowledge/vendors.json';

interface PackageMapping { ecosystem: string; name: string; vendor: string; source: string }
interface HostMapping { host: string; path?: string; vendor: string; source: string }
const pkgs = (packages as { packages: PackageMapping[] }).packages;
const hosts = (packages as { hosts: HostMapping[] }).hosts;
const ids = new Set((catalogue as { vendors: Array<{ id: string }> }).vendors.map((v) => v.id));
const ECOSYSTEMS = ['npm', 'pypi', 'rubygems', 'packagist', 'go', 'maven', 'cocoapods', 'swift', 'pub'];

describe('knowledge: packages.json', () => {
  it('maps packages or hosts of at least 150 services', () => {
    const services = new Set([...pkgs.map((p) => p.vendor), ...hosts.map((h) => h.vendor)]);
    assert.ok(services.size >= 150, `only ${services.size} services`);
    assert.ok(typeof (packages as { about: string }).about === 'string');
  });

  it('every mapping names a vendor of the catalogue', () => {
    for (const m of [...pkgs, ...hosts]) assert.ok(ids.has(m.vendor), `${JSON.stringify(m)}: no vendor ${m.vendor}`);
  });

  it('every source is an https URL', () => {
    for (const m of [...pkgs, ...hosts]) {
      const url = new URL(m.source);
      assert.equal(url.protocol, 'https:', m.source);
      assert.ok(url.hostname.includes('.'), m.source);
    }
  });

  it('a package source is its page in its registry', () => {
    const registry: Record<string, string> = {
      npm: 'www.npmjs.com', pypi: 'pypi.org', rubygems: 'rubygems.org', packagist: 'packagist.org', go: 'pkg.go.dev',
      maven: 'central.sonatype.com', cocoapods: 'cocoapods.org', swift: 'github.com', pub: 'pub.dev',
    };
    for (const p of pkgs) {
      assert.ok(ECOSYSTEMS.includes(p.ecosystem), `${p.name}: ecosystem ${p.ecosystem}`);
      assert.equal(new URL(p.source).hostname, registry[p.ecosystem], `${p.ecosystem}:${p.name} → ${p.source}`);
    }
  });

  it('names have the shape of their ecosystem and are not repeated', () => {
    const seen = new Set<string>();
    for (const p of pkgs) {
      const key = `${p.ecosystem}:${p.ecosystem === 'pypi' || p.ecosystem === 'cocoapods' ? p.name.toLowerCase() : p.name}`;
      assert.ok(!seen.has(key), `repeated: ${key}`);
      seen.add(key);
      if (p.ecosystem === 'maven') assert.match(p.name, /^[\w.-]+:[\w.-]+$/, p.name);
      if (p.ecosystem === 'go' || p.ecosystem === 'swift') assert.match(p.name, /^[a-z0-9.-]+\.[a-z]+\/\S+$/i, p.name);
      if (p.ecosystem === 'packagist') assert.match(p.name, /^[a-z0-9_.-]+\/[a-z0-9_.-]+$/, p.name);
      if (p.ecosystem === 'npm') assert.match(p.name, /^(?:@[a-z0-9._-]+\/)?[a-z0-9._-]+$/, p.name);
    }
    for (const h of hosts) {
      assert.match(h.host, /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, h.host);
      if (h.path !== undefined) assert.match(h.path, /^\/\S+$/, h.path);
    }
  });

  it('lists no build tool, CLI, type package or UI library: they send nothing when the application runs', () => {
    const never = new Set([
      '@sentry/cli', '@sentry/webpack-plugin', '@sentry/vite-plugin', '@sentry/rollup-plugin', '@sentry/esbuild-plugin', '@sentry/wizard',
      'firebase-tools', 'vercel', 'netlify-cli', '@netlify/plugin-nextjs', 'wrangler', 'aws-cdk', 'serverless', '@stripe/stripe-cli',
      'react', 'vue', 'svelte', 'tailwindcss', 'bootstrap', '@fortawesome/fontawesome-free', '@fortawesome/react-fontawesome',
      'nodemailer', 'webpack', 'vite', 'esbuild', 'next', '@next/font', 'react-player', 'leaflet', 'chart.js',
    ]);
    for (const p of pkgs) {
      assert.ok(!never.has(p.name), `${p.ecosystem}:${p.name} is a build tool or UI library`);
      assert.ok(!/^@types\/|^@fontsource\/|(?:^|[-/])(?:cli|webpack-plugin|vite-plugin|babel-plugin|eslint-plugin)$/.test(p.name), `${p.ecosystem}:${p.name} looks like a build tool`);
    }
  });

  it('knows the common SDKs of the issue’s examples', () => {
    const vendorOf = (eco: string, name: string) => pkgs.find((p) => p.ecosystem === eco && p.name === name)?.vendor;
    assert.equal(vendorOf('npm', '@sentry/nextjs'), 'sentry');
    assert.equal(vendorOf('pypi', 'sentry-sdk'), 'sentry');
    assert.equal(vendorOf('npm', '@stripe/stripe-js'), 'stripe');
    assert.equal(vendorOf('rubygems', 'stripe'), 'stripe');
    assert.equal(vendorOf('maven', 'com.google.firebase:firebase-crashlytics'), 'firebase-crashlytics');
    assert.equal(vendorOf('pub', 'firebase_analytics'), 'google-analytics');
    const hostOf = (host: string) => hosts.find((h) => h.host === host && !h.path)?.vendor;
    assert.equal(hostOf('www.googletagmanager.com'), 'google-tag-manager');
    assert.equal(hostOf('static.hotjar.com'), 'hotjar');
    assert.equal(hostOf('js.stripe.com'), 'stripe');
    assert.equal(hostOf('plausible.io'), 'plausible');
  });
});
