// The workspace inventory (server/inventory): each manifest kind read by its reader, mapped to the
// catalogue, over the fixture workspaces in test/fixtures/workspaces; and the readers on their traps.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildInventory, inventoryForPolicy, packageRootOf } from '../server/inventory/inventory';
import { vendorOfPackage, vendorOfUrl } from '../server/inventory/mapping';
import { gemfile, goMod, gradle, htmlPage, packageJson, podfile, pubspecYaml, pyprojectToml, requirementsTxt, scanTemplate, swiftPackages, versionCatalogue } from '../server/inventory/manifests';

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
      'sentry package.json:5 @sentry/nextjs',
      'stripe package.json:6 @stripe/stripe-js',
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
