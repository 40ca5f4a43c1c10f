// The workspace inventory (server/inventory): each manifest kind read by its reader, mapped to the
// catalogue, over the fixture workspaces in test/fixtures/workspaces; the readers on their traps;
// and use, not declaration: the source scan on its traps, and workspaces written to disk where a
// declared package is imported or not, and an SDK points at its vendor or elsewhere.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildInventory, inventoryForPolicy, packageRootOf, type SourceCache } from '../server/inventory/inventory';
import { ENDPOINT_SETTINGS, gemOfRequire, npmPackageOfSpecifier, pythonDistributionOfModule, vendorOfPackage, vendorOfUrl } from '../server/inventory/mapping';
import { gemfile, goMod, gradle, htmlPage, packageJson, podfile, pubspecYaml, pyprojectToml, requirementsTxt, scanTemplate, swiftPackages, versionCatalogue } from '../server/inventory/manifests';
import { scanSource, sourceLanguage, type SourceLanguage } from '../server/inventory/sources';
import packages from '../rules/knowledge/packages.json';
import catalogue from '../rules/knowledge/vendors.json';

const workspaces = path.join(__dirname, 'fixtures', 'workspaces');
/** "vendor file:line text" per use found, in file and line order. */
const inventoryOf = (name: string) => {
  const ws = buildInventory(path.join(workspaces, name));
  return ws.found.map((f) => `${f.vendorId} ${path.relative(ws.root, f.path)}:${f.line + 1} ${f.text}`);
};

describe('workspace inventory', () => {
  const expected: Record<string, string[]> = {
    npm: [
      'plausible app/layout.tsx:8 https://plausible.io/js/script.js',
      'google-analytics app/layout.tsx:10 https://www.googletagmanager.com/gtag/js?id=',
      // @stripe/stripe-js is declared but no source file imports it: nothing is sent to Stripe.
      'sentry package.json:5 @sentry/nextjs',
      'google-fonts public/index.html:5 https://fonts.googleapis.com/css2?family=Inter',
      'google-tag-manager public/index.html:7 https://www.googletagmanager.com/gtm.js?id=GTM-XXXX',
    ],
    python: ['twilio pyproject.toml:6 Twilio', 'mixpanel pyproject.toml:7 mixpanel', 'sendgrid pyproject.toml:15 SendGrid', 'sentry requirements.txt:3 sentry-sdk', 'stripe requirements.txt:4 stripe'],
    ruby: ['stripe Gemfile:4 stripe', 'intercom Gemfile:5 intercom', 'new-relic Gemfile:14 newrelic_rpm', 'postmark Gemfile:18 postmark-rails'],
    php: ['sentry composer.json:7 sentry/sentry-laravel', 'mailgun composer.json:8 mailgun/mailgun-php'],
    go: ['sentry go.mod:5 github.com/getsentry/sentry-go', 'stripe go.mod:8 github.com/stripe/stripe-go/v76'],
    android: [
      'sentry app/build.gradle.kts:7 io.sentry:sentry-android',
      'firebase-crashlytics app/build.gradle.kts:8 com.google.firebase:firebase-crashlytics',
      'google-admob app/build.gradle.kts:9 com.google.android.gms:play-services-ads',
      'onesignal build.gradle:7 com.onesignal:OneSignal',
    ],
    ios: [
      'sentry Package.swift:7 https://github.com/getsentry/sentry-cocoa.git',
      'google-analytics Podfile:5 Firebase/Analytics',
      'mixpanel Podfile:6 Mixpanel-swift',
      'stripe Shop.xcodeproj/project.pbxproj:7 https://github.com/stripe/stripe-ios',
    ],
    flutter: ['firebase pubspec.yaml:9 firebase_core', 'google-analytics pubspec.yaml:10 firebase_analytics', 'sentry pubspec.yaml:11 sentry_flutter'],
    monorepo: [
      'openai apps/api/requirements.txt:1 openai',
      'sentry apps/api/requirements.txt:2 sentry-sdk',
      'onesignal apps/mobile/pubspec.yaml:3 onesignal_flutter',
      'posthog apps/web/package.json:1 posthog-js',
      'clerk apps/web/package.json:1 @clerk/nextjs',
    ],
  };
  for (const [name, uses] of Object.entries(expected)) {
    it(`finds the services of the ${name} workspace, and only those`, () => assert.deepEqual(inventoryOf(name), uses.map((u) => u.split('/').join(path.sep))));
  }

  it('never reads node_modules, test folders or transitive packages of the lockfile', () => {
    const all = inventoryOf('npm').join('\n');
    assert.doesNotMatch(all, /node_modules|posthog|amplitude|hotjar|mixpanel|segment/);
  });

  it('maps a policy to the nearest package root; a top-level policy gets every app', () => {
    const ws = buildInventory(path.join(workspaces, 'monorepo'));
    assert.equal(packageRootOf(ws, path.join(ws.root, 'apps', 'web', 'privacy.md')), path.join(ws.root, 'apps', 'web'));
    assert.deepEqual(inventoryForPolicy(ws, path.join(ws.root, 'apps', 'web', 'privacy.md')).map((i) => `${i.vendorId} ${i.evidence.label}`), ['posthog package.json', 'clerk package.json']);
    assert.deepEqual(inventoryForPolicy(ws, path.join(ws.root, 'PRIVACY.md')).map((i) => i.vendorId), ['openai', 'sentry', 'onesignal', 'posthog', 'clerk']);
    // An explicit mapping (codeRoots in .policylintrc.json) wins.
    assert.deepEqual(inventoryForPolicy(ws, path.join(ws.root, 'docs-privacy.md'), [path.join(ws.root, 'apps', 'api')]).map((i) => i.vendorId), ['openai', 'sentry']);
  });
});

describe('manifest readers', () => {
  const names = (ds: Array<{ name: string }>) => ds.map((d) => d.name);

  it('package.json: dependencies and optional ones; devDependencies only when there are no dependencies', () => {
    assert.deepEqual(names(packageJson('{"dependencies":{"a":"1"},"optionalDependencies":{"b":"1"},"devDependencies":{"c":"1"},"peerDependencies":{"d":"1"}}')), ['a', 'b']);
    assert.deepEqual(names(packageJson('{"devDependencies":{"@sentry/sveltekit":"8"}}')), ['@sentry/sveltekit']);
    assert.deepEqual(names(packageJson('{ "dependencies": { "x": "1", }, // a comment\n}')), ['x']);
    assert.deepEqual(names(packageJson('not json')), []);
    const text = '{\n  "dependencies": {\n    "stripe": "1"\n  }\n}';
    const [d] = packageJson(text);
    assert.equal(text.slice(d.start, d.end), 'stripe');
  });

  it('requirements.txt: names before specifiers, extras and markers; options, URLs and comments passed over', () => {
    assert.deepEqual(names(requirementsTxt('a==1\nB_c[x]>=2 ; python_version>"3"\n# c\n-r other.txt\n--hash=sha256:x\n  d ~= 1.0  # note\ne @ https://x/e.whl\ngit+https://github.com/x/y\nhttps://x/f.whl\n./local\n')), ['a', 'B_c', 'd', 'e']);
    assert.equal(vendorOfPackage('pypi', 'Sentry_SDK'), 'sentry', 'PEP 503 normalisation');
  });

  it('pyproject.toml: PEP 621 dependencies and Poetry main dependencies, not extras or dev groups; invalid TOML gives nothing', () => {
    const text = '[project]\ndependencies = ["sentry-sdk[fastapi]>=2", \'stripe\']\n[project.optional-dependencies]\nx = ["posthog"]\n[tool.poetry.dependencies]\npython = "^3.11"\nmixpanel = "*"\n[tool.poetry.group.dev.dependencies]\nrollbar = "*"\n';
    const got = pyprojectToml(text);
    assert.deepEqual(names(got), ['sentry-sdk', 'stripe', 'mixpanel']);
    assert.deepEqual(got.map((d) => text.slice(d.start, d.end)), ['sentry-sdk', 'stripe', 'mixpanel']);
    assert.deepEqual(pyprojectToml('[project\n'), []);
  });

  it('Gemfile: gems outside development and test groups; comments and group: options respected', () => {
    const text = 'gem "a"\ngem \'b\', "~> 1" # c\n# gem "no"\ngroup :development, :test do\n  gem "dev"\n  if ENV["X"]\n    gem "dev2"\n  end\nend\ngroup :production do\n  gem "prod"\nend\ngem "t", group: :test\ngem "u", groups: [:development, :production]\ngemspec\n';
    assert.deepEqual(names(gemfile(text)), ['a', 'b', 'prod', 'u']);
  });

  it('Gemfile: require: false (either syntax) marks a gem Bundler.require does not load; a require path does not', () => {
    const got = gemfile('gem "aws-sdk-s3", require: false\ngem \'x\', :require => false\ngem "svg-graph", require: "SVG/Graph"\ngem "stripe"\n');
    assert.deepEqual(got.map((d) => `${d.name}:${d.autoRequire ?? 'auto'}`), ['aws-sdk-s3:false', 'x:false', 'svg-graph:auto', 'stripe:auto']);
  });

  it('Podfile: pods outside test targets, subspecs mapped by their pod', () => {
    const text = "target 'App' do\n  pod 'Sentry', '~> 8'\n  pod 'Firebase/Crashlytics'\n  target 'AppTests' do\n    pod 'Mixpanel'\n  end\nend\n";
    assert.deepEqual(names(podfile(text)), ['Sentry', 'Firebase/Crashlytics']);
    assert.equal(vendorOfPackage('cocoapods', 'Firebase/Crashlytics'), 'firebase-crashlytics');
    assert.equal(vendorOfPackage('cocoapods', 'Firebase/Storage'), 'firebase', 'a subspec the mapping lacks is its pod');
    assert.equal(vendorOfPackage('cocoapods', 'sentry'), 'sentry', 'pod names compare in any case');
  });

  it('go.mod: required modules, not indirect ones; major versions and sub-packages map to their module', () => {
    const text = 'module x\nrequire github.com/a/b v1.0.0\nrequire (\n\tgithub.com/c/d v2.0.0 // indirect\n\t"github.com/e/f" v0.1.0\n\t// github.com/g/h v1.0.0\n)\nreplace github.com/x/y => ../y\n';
    assert.deepEqual(names(goMod(text)), ['github.com/a/b', 'github.com/e/f']);
    assert.equal(vendorOfPackage('go', 'github.com/stripe/stripe-go/v79'), 'stripe');
    assert.equal(vendorOfPackage('go', 'firebase.google.com/go/v4'), 'firebase');
    assert.equal(vendorOfPackage('go', 'github.com/stripe/stripe-go-other'), undefined);
  });

  it('Gradle: runtime configurations in Groovy and Kotlin, version catalogues; not tests, debug builds, platforms or build plugins', () => {
    const catalogue = versionCatalogue('[libraries]\nsentry-android = { module = "io.sentry:sentry-android", version = "7" }\nbugsnag = { group = "com.bugsnag", name = "bugsnag-android" }\nplain = "com.x:y:1"\n');
    assert.deepEqual([...catalogue], [['sentry.android', 'io.sentry:sentry-android'], ['bugsnag', 'com.bugsnag:bugsnag-android'], ['plain', 'com.x:y']]);
    const text = "implementation 'a:b:1'\napi(\"c:d:2\")\nimplementation group: 'e', name: 'f', version: '3'\nimplementation(libs.sentry.android)\nimplementation libs.bugsnag\ntestImplementation 'no:t:1'\ndebugImplementation 'no:d:1'\nkapt 'no:k:1'\nclasspath 'no:c:1'\nimplementation(platform('no:bom:1'))\nimplementation project(':lib')\n";
    assert.deepEqual(names(gradle(text, catalogue)), ['a:b', 'c:d', 'e:f', 'io.sentry:sentry-android', 'com.bugsnag:bugsnag-android']);
  });

  it('Package.swift and Xcode projects: packages by repository URL', () => {
    const swift = '.package(url: "https://github.com/getsentry/sentry-cocoa.git", from: "8.0.0"),\n.package(name: "Stripe", url: "git@github.com:stripe/stripe-ios.git", .upToNextMajor(from: "23.0.0")),\n.package(path: "../Local")';
    assert.deepEqual(swiftPackages(swift).map((d) => vendorOfPackage('swift', d.name)), ['sentry', 'stripe']);
    assert.deepEqual(names(swiftPackages('repositoryURL = "https://github.com/firebase/firebase-ios-sdk";', true)), ['https://github.com/firebase/firebase-ios-sdk']);
  });

  it('pubspec.yaml: dependencies, not dev_dependencies; invalid YAML gives nothing', () => {
    assert.deepEqual(names(pubspecYaml('dependencies:\n  a: ^1.0.0\n  flutter:\n    sdk: flutter\ndev_dependencies:\n  b: any\n')), ['a', 'flutter']);
    assert.deepEqual(pubspecYaml('dependencies: [\n'), []);
  });

  it('HTML: script src, style sheets and frames with absolute URLs, not in comments, not icons or hints', () => {
    const page = '<script src="https://js.stripe.com/v3"></script><!-- <script src="https://static.hotjar.com/x.js"></script> --><link rel="icon" href="https://fonts.googleapis.com/x"><link rel="preconnect" href="https://fonts.gstatic.com"><link href="https://fonts.googleapis.com/css" rel="stylesheet"><iframe src="https://www.youtube.com/embed/x"></iframe><script src="/local.js"></script><script src="//plausible.io/js/script.js"></script>';
    assert.deepEqual(htmlPage(page).map((l) => vendorOfUrl(l.url)), ['stripe', 'google-fonts', 'youtube', 'plausible']);
  });

  it('templates: <Script>, <script>, <link>, <iframe> with literal URLs, not commented out, not built by code', () => {
    const page = [
      '<Script src="https://plausible.io/js/script.js" />',
      "<script async src='https://www.googletagmanager.com/gtag/js?id=G-1'></script>",
      '<Script src={`https://js.stripe.com/v3/${x}`} />',
      '<Script src={url} />',
      '// <script src="https://static.hotjar.com/c/hotjar.js"></script>',
      '{/* <Script src="https://cdn.segment.com/analytics.js" /> */}',
      '<scripts src="https://js.stripe.com/v3"></scripts>',
      '<link rel="stylesheet" href="https://use.typekit.net/abc.css">',
    ].join('\n');
    assert.deepEqual(scanTemplate(page).map((l) => vendorOfUrl(l.url)), ['plausible', 'google-analytics', 'stripe', 'adobe-fonts']);
  });

  it('URLs: a host with a path wins over the host; subdomains of a mapped domain; no relative URL', () => {
    assert.equal(vendorOfUrl('https://www.googletagmanager.com/gtm.js?id=GTM-1'), 'google-tag-manager');
    assert.equal(vendorOfUrl('https://googletagmanager.com/gtag/js?id=G-1'), 'google-analytics');
    assert.equal(vendorOfUrl('https://connect.facebook.net/en_US/fbevents.js'), 'meta-pixel');
    assert.equal(vendorOfUrl('https://connect.facebook.net/en_US/sdk.js'), 'facebook');
    assert.equal(vendorOfUrl('https://shop.disqus.com/embed.js'), 'disqus');
    assert.equal(vendorOfUrl('https://example.com/js.stripe.com'), undefined);
    assert.equal(vendorOfUrl('/js/app.js'), undefined);
    assert.equal(vendorOfUrl('https://com/x'), undefined);
  });
});

describe('source scan: which catalogue packages a file imports, and where an SDK points', () => {
  const uses = (lang: SourceLanguage, text: string) => scanSource(Buffer.from(text), lang)?.uses.sort() ?? [];
  const endpoints = (lang: SourceLanguage, text: string) => scanSource(Buffer.from(text), lang)?.endpoints.map((e) => e.points) ?? [];

  it('JavaScript and TypeScript: import, side-effect import, require, dynamic import, export from, sub-paths', () => {
    assert.deepEqual(uses('js', "import * as Sentry from '@sentry/browser';"), ['npm:@sentry/browser']);
    assert.deepEqual(uses('js', 'import "posthog-js";'), ['npm:posthog-js']);
    assert.deepEqual(uses('js', 'const Stripe = require( "stripe" );'), ['npm:stripe']);
    assert.deepEqual(uses('js', "const { PostHog } = await import('posthog-node');"), ['npm:posthog-node']);
    assert.deepEqual(uses('js', "export { Analytics } from '@vercel/analytics/react';"), ['npm:@vercel/analytics']);
    assert.deepEqual(uses('js', "import { init } from '@sentry/nextjs/client';\nimport {\n  a,\n  b,\n} from 'mixpanel-browser';"), ['npm:@sentry/nextjs', 'npm:mixpanel-browser']);
  });

  it('JavaScript: no import of a catalogue package in a comment, in a type-only import, in a plain string or a relative path', () => {
    assert.deepEqual(uses('js', "// import * as Sentry from '@sentry/browser';\n/* require('stripe') */\n * import posthog from 'posthog-js'"), []);
    assert.deepEqual(uses('js', "import type { Stripe } from 'stripe';\nexport type { PostHog } from 'posthog-js';"), []);
    assert.deepEqual(uses('js', "const externals = ['@sentry/node', 'stripe'];\nconst x = require;\nrequire.resolve;"), []);
    assert.deepEqual(uses('js', "import x from './stripe';\nimport y from '@/posthog-js';\nimport z from 'stripe-like';"), []);
    assert.equal(scanSource(Buffer.from('export const f = (x: number) => x * 2;\n'), 'js'), undefined, 'a file without imports is not read past its byte check');
  });

  it('Python: import and from … import, by module name where the distribution is named otherwise', () => {
    assert.deepEqual(uses('py', 'import sentry_sdk\nfrom sentry_sdk.integrations.django import DjangoIntegration\n'), ['pypi:sentry-sdk']);
    assert.deepEqual(uses('py', 'from google.cloud import storage\n'), ['pypi:google-cloud-storage']);
    assert.deepEqual(uses('py', 'import google.cloud.bigquery as bq, os\n'), ['pypi:google-cloud-bigquery']);
    assert.deepEqual(uses('py', 'from mollie.api.client import Client\nimport ldclient\n'), ['pypi:launchdarkly-server-sdk', 'pypi:mollie-api-python']);
    assert.deepEqual(uses('py', 'if True:\n    import stripe\n'), ['pypi:stripe']);
  });

  it('Python: Django settings name middleware and back ends by dotted path; comments, docs and other modules do not count', () => {
    assert.deepEqual(uses('py', "MIDDLEWARE = [\n    'rollbar.contrib.django.middleware.RollbarNotifierMiddleware',\n]\n"), ['pypi:rollbar']);
    assert.deepEqual(uses('py', '# import stripe\nimport stripe_like\nfrom google.cloudy import storage\nx = "stripe"\n'), []);
  });

  it('Ruby: require by gem name, by path, by a require name the data gives; Bundler.require', () => {
    assert.deepEqual(uses('rb', 'require "aws-sdk-s3"\nrequire \'google/cloud/storage\'\nrequire "stripe/webhook"\n'), ['rubygems:aws-sdk-s3', 'rubygems:google-cloud-storage', 'rubygems:stripe']);
    assert.deepEqual(uses('rb', 'require "openai"\n# require "bugsnag"\nrequire_relative "honeybadger"\n'), ['rubygems:ruby-openai']);
    assert.equal(scanSource(Buffer.from('require_relative "boot"\nrequire "rails/all"\nBundler.require(*Rails.groups)\n'), 'rb')?.bundlerRequire, true);
    assert.equal(scanSource(Buffer.from('# Bundler.require\nrequire "rails"\n'), 'rb'), undefined);
  });

  it("a Sentry DSN on the vendor's hosts points at the vendor; on another host, or naming a Sentry-compatible service, elsewhere", () => {
    assert.deepEqual(endpoints('js', 'Sentry.init({ dsn: "https://abc@o123.ingest.us.sentry.io/456" });'), ['vendor']);
    assert.deepEqual(endpoints('apple', 'SentrySDK.start { options in\n  options.dsn = "https://abc@o1.ingest.sentry.io/2"\n}'), ['vendor']);
    assert.deepEqual(endpoints('py', 'sentry_sdk.init(dsn="https://abc@errors.example.org/3")'), ['other']);
    assert.deepEqual(endpoints('jvm', 'SentryAndroid.init(this) { it.setDsn("https://k@app.glitchtip.com/9") }'), ['other']);
    assert.deepEqual(endpoints('rb', 'Sentry.init do |config|\n  config.dsn = Rails.application.credentials.telebugs.dsn\nend\n'), ['other']);
    assert.deepEqual(endpoints('php', "// Sentry\n'dsn' => env('SENTRY_LARAVEL_DSN'),\nSENTRY_DSN=https://k@bugsink.example.com/1"), ['other']);
  });

  it('a DSN that says nothing, a commented-out one, a database DSN, or a file that is not about Sentry: no endpoint', () => {
    assert.deepEqual(endpoints('js', 'Sentry.init({ dsn: process.env.SENTRY_DSN });'), []);
    assert.deepEqual(endpoints('js', 'Sentry.init({\n  // dsn: "https://k@errors.example.org/1",\n});'), []);
    assert.deepEqual(endpoints('py', 'import sentry_sdk\nDATABASE_DSN = "postgres://u@db.example.org/app"\n'), []);
    assert.deepEqual(endpoints('py', 'dsn = "https://k@errors.example.org/1"\n'), []);
  });

  it('stays linear on long adversarial input: 8 times the input costs less than 24 times the time', () => {
    const pieces: Array<[SourceLanguage, string]> = [
      ['js', "x from 'stripe';"], ['js', 'import '], ['js', "require('@sentry/node')"], ['js', '// import "stripe"\n'], ['js', 'import type {'],
      ['js', "import('posthog-js')\n"], ['py', 'from a import '], ['py', "'a.b."], ['py', 'import a.b.c, '], ['py', "'rollbar.x'"],
      ['rb', 'require "stripe/'], ['rb', 'Bundler.require '], ['js', 'sentry dsn: '], ['php', "'dsn' => 'https://k@"], ['rb', 'Sentry config.dsn = x.telebugs'],
    ];
    const time = (lang: SourceLanguage, text: string) => {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        scanSource(Buffer.from(text), lang);
        runs.push(performance.now() - t0);
      }
      return runs.sort((a, b) => a - b)[1];
    };
    for (const [lang, piece] of pieces) {
      const small = piece.repeat(Math.ceil(25_000 / piece.length));
      const large = piece.repeat(Math.ceil(200_000 / piece.length));
      const [t1, t8] = [time(lang, small), time(lang, large)];
      assert.ok(t8 < 50 || t8 < 24 * t1, `${lang} ${JSON.stringify(piece)}: 25 KB ${t1.toFixed(1)} ms, 200 KB ${t8.toFixed(1)} ms`);
    }
  });

  it('file names: type declarations and minified bundles are no source', () => {
    assert.equal(sourceLanguage('index.d.ts'), undefined);
    assert.equal(sourceLanguage('vendor.min.js'), undefined);
    assert.equal(sourceLanguage('Page.TSX'), 'js');
    assert.equal(sourceLanguage('config.ru'), 'rb');
    assert.equal(sourceLanguage('README.md'), undefined);
  });
});

describe('mapping data for use: modules, require names, launchers, endpoints', () => {
  it('resolves specifiers, modules and require paths to their package', () => {
    assert.equal(npmPackageOfSpecifier('@sentry/nextjs/client'), '@sentry/nextjs');
    assert.equal(npmPackageOfSpecifier('stripe/lib/foo'), 'stripe');
    assert.equal(npmPackageOfSpecifier('@sentry'), undefined);
    assert.equal(pythonDistributionOfModule('google.cloud.storage.blob'), 'pypi:google-cloud-storage');
    assert.equal(pythonDistributionOfModule('google.cloud'), undefined);
    assert.equal(pythonDistributionOfModule('Adyen'), 'pypi:adyen');
    assert.equal(gemOfRequire('segment/analytics'), 'rubygems:analytics-ruby');
    assert.equal(gemOfRequire('rails'), undefined);
  });

  it('modules only for PyPI, requires only for RubyGems, each declarationIsUse with its reason; every endpoint names a catalogue vendor, with sources', () => {
    const ids = new Set((catalogue as { vendors: Array<{ id: string }> }).vendors.map((v) => v.id));
    for (const p of (packages as { packages: Array<{ ecosystem: string; name: string; modules?: string[]; requires?: string[]; declarationIsUse?: string }> }).packages) {
      if (p.modules) { assert.equal(p.ecosystem, 'pypi', p.name); for (const m of p.modules) assert.match(m, /^[A-Za-z_]\w*(?:\.\w+)*$/, p.name); }
      if (p.requires) assert.equal(p.ecosystem, 'rubygems', p.name);
      if (p.declarationIsUse !== undefined) assert.ok(p.declarationIsUse.length > 20, `${p.name}: why its declaration is its use`);
    }
    assert.ok(ENDPOINT_SETTINGS.length >= 1);
    const raw = (packages as unknown as { endpoints: Array<{ vendor: string; hostsSource: string; hosts: string[]; compatible: Array<{ source: string }> }> }).endpoints;
    for (const e of raw) {
      assert.ok(ids.has(e.vendor), e.vendor);
      assert.ok(e.hosts.length > 0);
      for (const url of [e.hostsSource, ...e.compatible.map((c) => c.source)]) assert.equal(new URL(url).protocol, 'https:', url);
    }
  });
});

describe('workspace inventory: use, not declaration (workspaces on disk)', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-use-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  const vendors = (cache?: SourceCache) => buildInventory(dir, cache).found.map((f) => f.vendorId);

  it('npm: a package counts where a source file imports it; one only declared does not; a dynamic import or a sub-path counts', () => {
    write('package.json', JSON.stringify({ dependencies: { '@sentry/browser': '8', 'posthog-js': '1', stripe: '16', '@vercel/analytics': '1', react: '18' } }));
    write('src/instrument.ts', "import * as Sentry from '@sentry/browser';\nSentry.init({ dsn: process.env.SENTRY_DSN });\n");
    write('src/billing.ts', "export async function pay() { const { default: Stripe } = await import('stripe'); return Stripe; }\n");
    write('src/App.tsx', "import { Analytics } from '@vercel/analytics/react';\n// import posthog from 'posthog-js';\nexport const App = () => <Analytics />;\n");
    assert.deepEqual(vendors(), ['sentry', 'stripe', 'vercel'], 'posthog-js is imported only in a comment');
    assert.deepEqual(buildInventory(dir).sources.map((f) => path.relative(dir, f)).sort(), ['src/App.tsx', 'src/billing.ts', 'src/instrument.ts']);
  });

  it('npm: with no source file at all under the package root (manifests only), the declaration is what there is', () => {
    write('package.json', JSON.stringify({ dependencies: { '@sentry/browser': '8', 'posthog-js': '1' } }));
    write('public/index.html', '<!doctype html><p>Hello</p>');
    assert.deepEqual(vendors(), ['sentry', 'posthog']);
    // A Python file does not make the npm package root one with sources.
    write('scripts/report.py', 'import os\n');
    assert.deepEqual(vendors(), ['sentry', 'posthog']);
  });

  it('npm: a monorepo root’s dependency counts when an app below it imports it; an app’s does not when only another app imports it', () => {
    write('package.json', JSON.stringify({ workspaces: ['apps/*'], dependencies: { 'posthog-js': '1' } }));
    write('apps/web/package.json', JSON.stringify({ dependencies: { '@sentry/nextjs': '8' } }));
    write('apps/web/app/layout.tsx', "import posthog from 'posthog-js';\nexport default function L() { return null; }\n");
    write('apps/api/package.json', JSON.stringify({ dependencies: { stripe: '16' } }));
    write('apps/api/src/sentry.ts', "import * as Sentry from '@sentry/nextjs';\n");
    assert.deepEqual(vendors(), ['posthog'], "apps/web's @sentry/nextjs is imported only in apps/api, apps/api's stripe nowhere");
  });

  it('a package whose declaration is its use (a launcher) counts without an import', () => {
    write('package.json', JSON.stringify({ dependencies: { 'dd-trace': '5', 'posthog-node': '4' }, scripts: { start: 'node -r dd-trace/init server.js' } }));
    write('server.js', "require('express');\n");
    assert.deepEqual(vendors(), ['datadog']);
  });

  it('Python: the distribution counts where its module is imported, by another name than its own', () => {
    write('requirements.txt', 'sentry-sdk==2.0\ngoogle-cloud-storage==2.0\nstripe==9.0\n');
    write('app/settings.py', 'import sentry_sdk\nfrom google.cloud import storage\n');
    write('app/views.py', 'import json\n');
    assert.deepEqual(vendors(), ['sentry', 'google-cloud']);
  });

  it('Ruby: Bundler.require loads every gem but those with require: false, which count only where required', () => {
    write('Gemfile', 'gem "stripe"\ngem "aws-sdk-s3", require: false\ngem "honeybadger", require: false\ngroup :development do\n  gem "bugsnag"\nend\n');
    write('config/application.rb', 'require_relative "boot"\nrequire "rails/all"\nBundler.require(*Rails.groups)\n');
    write('app/jobs/backup.rb', 'require "aws-sdk-s3"\n');
    assert.deepEqual(vendors(), ['stripe', 'amazon-s3']);
  });

  it('Ruby: without Bundler.require a gem counts only where required', () => {
    write('Gemfile', 'gem "stripe"\ngem "sentry-ruby"\n');
    write('app.rb', 'require "sinatra"\nrequire "sentry-ruby"\n');
    assert.deepEqual(vendors(), ['sentry']);
  });

  it("an SDK whose DSN points at another host, or names a Sentry-compatible service, does not count for Sentry; at Sentry's host it does", () => {
    write('Gemfile', 'gem "sentry-rails"\n');
    write('config/application.rb', 'Bundler.require(*Rails.groups)\n');
    write('config/initializers/errors.rb', 'Sentry.init do |config|\n  config.dsn = Rails.application.credentials.telebugs.dsn\nend\n');
    assert.deepEqual(vendors(), []);
    write('config/initializers/errors.rb', 'Sentry.init do |config|\n  config.dsn = "https://k@o1.ingest.de.sentry.io/2"\nend\n');
    assert.deepEqual(vendors(), ['sentry']);
    write('config/initializers/errors.rb', 'Sentry.init do |config|\n  config.dsn = ENV["SENTRY_DSN"]\nend\n');
    assert.deepEqual(vendors(), ['sentry'], 'a DSN from the environment says nothing: the SDK is taken at its word');
  });

  it('the DSN is read for ecosystems whose imports are not (a Flutter app pointing sentry_flutter at GlitchTip); a page loading the vendor still counts', () => {
    write('pubspec.yaml', 'dependencies:\n  sentry_flutter: ^8.0.0\n  firebase_analytics: ^11.0.0\n');
    write('lib/main.dart', "await SentryFlutter.init((options) { options.dsn = 'https://k@app.glitchtip.com/4'; });\n");
    write('web/index.html', '<script src="https://browser.sentry-cdn.com/8.0.0/bundle.min.js"></script>');
    assert.deepEqual(vendors(), ['google-analytics', 'sentry']);
    assert.deepEqual(buildInventory(dir).found.map((f) => path.relative(dir, f.path)), ['pubspec.yaml', 'web/index.html']);
  });

  it('reads a source file larger than its first read whole; one over 512 KB is generated code, not read', () => {
    write('package.json', JSON.stringify({ dependencies: { 'posthog-js': '1', stripe: '16' } }));
    write('src/big.ts', `${'// filler line of a long module\n'.repeat(4000)}import posthog from 'posthog-js';\n`);
    write('src/generated.js', `${'var x = 1;\n'.repeat(60000)}require('stripe');\n`);
    assert.ok(fs.statSync(path.join(dir, 'src', 'big.ts')).size > 64 * 1024);
    assert.ok(fs.statSync(path.join(dir, 'src', 'generated.js')).size > 512 * 1024);
    assert.deepEqual(vendors(), ['posthog']);
  });

  it('a JSX page that is also a source file gives both: its import and its script tag (one read serves both passes)', () => {
    write('package.json', JSON.stringify({ dependencies: { 'posthog-js': '1' } }));
    write('app/layout.tsx', "import posthog from 'posthog-js';\nexport default () => <Script src=\"https://js.stripe.com/v3\" />;\n");
    write('app/page.tsx', 'export default () => <main>Hello</main>;\n');
    assert.deepEqual(buildInventory(dir).found.map((f) => `${f.vendorId} ${path.relative(dir, f.path)}`), ['stripe app/layout.tsx', 'posthog package.json']);
  });

  it('caches each source file’s scan by size and modification time, and reads a changed file again', () => {
    write('package.json', JSON.stringify({ dependencies: { 'posthog-js': '1' } }));
    write('src/a.ts', 'export const a = 1;\n');
    const cache: SourceCache = new Map();
    assert.deepEqual(vendors(cache), []);
    const file = path.join(dir, 'src', 'a.ts');
    assert.deepEqual([...cache.keys()], [file]);
    // A stale entry at the file's current version is believed: the file is not read again.
    const { mtimeMs, size } = fs.statSync(file);
    cache.set(file, { mtimeMs, size, scan: { uses: ['npm:posthog-js'], endpoints: [] } });
    assert.deepEqual(vendors(cache), ['posthog']);
    // A new version of the file is read.
    fs.writeFileSync(file, 'export const a = 2;\n');
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(vendors(cache), []);
    // A file gone is dropped from the cache.
    fs.rmSync(file);
    write('src/b.ts', "import posthog from 'posthog-js';\n");
    assert.deepEqual(vendors(cache), ['posthog']);
    assert.deepEqual([...cache.keys()], [path.join(dir, 'src', 'b.ts')]);
  });
});
