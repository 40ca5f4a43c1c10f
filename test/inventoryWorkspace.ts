// A large generated workspace for the code inventory in the language server (its test and
// `npm run bench`): `files` files of a monorepo of apps, each with a package.json that uses
// catalogue SDKs among ordinary packages (imported by three of its files), JSX/TSX pages (some
// loading a script), styles, notes, JSON and TypeScript; bench/inventory.ts and bench/serverInventory.ts time it.
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * `fonts`: each index.html also loads Google Fonts; `policies`: each app has a privacy.md (the CLI's
 * `--workspace` inventory, bench/inventory.ts, reads them as pages of the app).
 */
export function generateWorkspace(root: string, files: number, apps = 20, extra: { fonts?: boolean; policies?: boolean } = {}): void {
  const perApp = Math.max(3, Math.floor(files / apps));
  const deps = { react: '^18', next: '^14', '@sentry/nextjs': '^8', 'posthog-js': '^1', stripe: '^16', lodash: '^4', zod: '^3' };
  const madeDirs = new Set<string>();
  for (let a = 0; a < apps; a++) {
    const app = path.join(root, 'apps', `app-${a}`);
    let written = 0;
    const write = (rel: string, text: string) => {
      const p = path.join(app, rel);
      const dir = path.dirname(p);
      if (!madeDirs.has(dir)) { fs.mkdirSync(dir, { recursive: true }); madeDirs.add(dir); }
      fs.writeFileSync(p, text);
      written++;
    };
    write('package.json', JSON.stringify({ name: `app-${a}`, dependencies: deps, devDependencies: { typescript: '^5', vite: '^5' } }, null, 2));
    const fonts = extra.fonts ? '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">' : '';
    write('public/index.html', `<!doctype html><html><head><script src="https://plausible.io/js/script.js"></script>${fonts}</head><body></body></html>`);
    if (extra.policies) write('privacy.md', '# Privacy Policy\n\nWe use Stripe.\n');
    // The SDKs are imported where an app sets them up: a declared package counts only where the code imports it.
    write('src/instrument.ts', "import * as Sentry from '@sentry/nextjs';\n\nSentry.init({ dsn: process.env.SENTRY_DSN });\n");
    write('src/analytics.ts', "import posthog from 'posthog-js';\n\nexport const track = (e: string) => posthog.capture(e);\n");
    write('src/billing.ts', "const Stripe = require('stripe');\n\nexport const stripe = new Stripe(process.env.STRIPE_KEY);\n");
    for (let i = 0; written < perApp; i++) {
      const dir = `src/module-${i % 40}/part-${i % 7}`;
      switch (i % 10) {
        case 0: case 1: write(`${dir}/Page${i}.tsx`, i % 50 === 0 ? `export const P = () => <><Script src="https://js.stripe.com/v3" /><div>${'x'.repeat(800)}</div></>;\n` : `export const P${i} = () => <div className="p">${'text '.repeat(160)}</div>;\n`); break;
        case 2: write(`${dir}/style${i}.css`, `.c${i} { color: red; }\n`.repeat(20)); break;
        case 3: write(`${dir}/notes${i}.md`, `# Notes ${i}\n\n${'Some words. '.repeat(60)}\n`); break;
        case 4: write(`${dir}/data${i}.json`, JSON.stringify({ id: i, items: Array.from({ length: 30 }, (_, k) => k) })); break;
        default: write(`${dir}/util${i}.ts`, `export function f${i}(x: number): number {\n  return x * ${i};\n}\n`.repeat(12));
      }
    }
  }
}
