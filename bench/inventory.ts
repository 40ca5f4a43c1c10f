// The workspace inventory over a generated repository of 20,000 files (node_modules, with 20,000
// more, excluded as npm leaves it out of a package): the walk, the manifests, the pages and the
// source files read for imports, timed as `policylint --workspace` runs it. Budget: under 1 s. Run alone with `npx tsx bench/inventory.ts`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildInventory } from '../server/inventory/inventory';

/**
 * A monorepo of 20 apps: each a package.json with SDKs among ordinary packages, source files (a
 * fifth of them JSX/TSX pages, some with <Script> tags; three import the SDKs), styles, Markdown,
 * JSON and an index.html.
 */
function generate(root: string, files: number): void {
  const apps = 20;
  const perApp = Math.floor(files / apps);
  const deps = { react: '^18', next: '^14', '@sentry/nextjs': '^8', 'posthog-js': '^1', stripe: '^16', lodash: '^4', zod: '^3' };
  for (let a = 0; a < apps; a++) {
    const app = path.join(root, 'apps', `app-${a}`);
    let written = 0;
    const write = (rel: string, text: string) => {
      const p = path.join(app, rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
      written++;
    };
    write('package.json', JSON.stringify({ name: `app-${a}`, dependencies: deps, devDependencies: { typescript: '^5', vite: '^5' } }, null, 2));
    write('public/index.html', '<!doctype html><html><head><script src="https://plausible.io/js/script.js"></script><link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter"></head><body></body></html>');
    write('privacy.md', '# Privacy Policy\n\nWe use Stripe.\n');
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
  // Installed packages: never read.
  for (let i = 0; i < files; i++) {
    const p = path.join(root, 'node_modules', `pkg-${i % 500}`, `file-${i}.js`);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, '<script src="https://static.hotjar.com/c/hotjar.js"></script>\n');
  }
}

export function inventoryBench(files = 20000): { files: number; read: number; services: number; medianMs: number } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-inventory-'));
  try {
    generate(root, files);
    buildInventory(root); // warm: the file system's cache and the compiler, as in an editor's second run
    const times: number[] = [];
    let last = buildInventory(root);
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      last = buildInventory(root);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { files, read: last.files, services: new Set(last.found.map((f) => f.vendorId)).size, medianMs: times[times.length >> 1] };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const r = inventoryBench(Number(process.env.POLICYLINT_BENCH_WORKSPACE_FILES ?? 20000));
  console.log(`Workspace inventory: ${r.read} files (node_modules excluded), ${r.services} services, median ${r.medianMs.toFixed(0)} ms (budget 1,000 ms)`);
}
