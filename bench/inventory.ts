// The workspace inventory over a generated repository of 20,000 files (node_modules, with 20,000
// more, excluded as npm leaves it out of a package): the walk, the manifests, the pages and the
// source files read for imports, timed as `policylint --workspace` runs it. Budget: under 1 s. Run alone with `npx tsx bench/inventory.ts`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildInventory } from '../server/inventory/inventory';
import { generateWorkspace } from '../test/inventoryWorkspace';

/**
 * A monorepo of 20 apps (test/inventoryWorkspace.ts), each index.html also loading Google Fonts and
 * each app with a privacy.md; and node_modules, which the inventory never reads.
 */
function generate(root: string, files: number): void {
  generateWorkspace(root, files, 20, { fonts: true, policies: true });
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
