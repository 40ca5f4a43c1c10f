// The language server's responsiveness while it builds the code inventory of a 20,000-file
// workspace (in a worker thread): the time of a hover request on an open policy, sent one after
// another while the inventory is built (the first build, then rebuilds after package.json changes),
// beside the same requests with nothing being built. Part of `npm run bench`; run alone with
// `npx tsx bench/serverInventory.ts`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateWorkspace } from '../test/inventoryWorkspace';
import { LspTestClient } from '../test/lspClient';

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

export interface ServerInventoryResult {
  files: number;
  builds: number;
  /** Wall time of each build as the server logged it (worker start included). */
  buildMs: number[];
  requestsDuringBuild: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  idleRequests: number;
  idleP50Ms: number;
  idleP95Ms: number;
}

export async function serverInventoryBench(files = 20000, rebuilds = 4): Promise<ServerInventoryResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-server-inventory-'));
  generateWorkspace(root, files);
  const policy = path.join(root, 'privacy.md');
  const text = '# Privacy Policy\n\nWe process personal data under the GDPR. Your rights as per Article 28 GDPR.\n\n## Processors\n\n- Stripe – card payments\n';
  fs.writeFileSync(policy, text);
  const client = new LspTestClient({ workspace: root, settings: { debounceMs: 0 } });
  const builtLines = () => client.logs.filter((l) => l.message.startsWith(`code inventory of ${root}: `) && /place/.test(l.message));
  try {
    await client.initialize();
    const uri = pathToFileURL(policy).toString();
    const hover = () => client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 63 } });
    const during: number[] = [];
    const measureUntil = async (builds: number) => {
      const deadline = Date.now() + 120000;
      while (builtLines().length < builds && Date.now() < deadline) {
        const t0 = performance.now();
        await hover();
        const ms = performance.now() - t0;
        if (builtLines().length < builds) during.push(ms);
      }
    };
    // The first build starts with the first lint; the first lint of a process (the engine cold) is not
    // what is measured here, so the requests start once it is published.
    await client.open(uri, 'markdown', text);
    await client.diagnostics(uri, (p) => p.version === 1, 20000);
    await measureUntil(1);
    const started = () => client.logs.filter((l) => l.message.startsWith(`code inventory of ${root}: reading`)).length;
    for (let i = 1; i <= rebuilds; i++) {
      const manifest = path.join(root, 'apps', `app-${i % 20}`, 'package.json');
      fs.appendFileSync(manifest, '\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(manifest).toString(), type: 2 }] });
      // The rebuild starts after the watcher's quiet period (300 ms): measured from its start.
      const startDeadline = Date.now() + 5000;
      while (started() <= i && Date.now() < startDeadline) await new Promise((r) => setTimeout(r, 2));
      await measureUntil(1 + i);
    }
    // Idle: the same requests with nothing being built.
    const idle: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t0 = performance.now();
      await hover();
      idle.push(performance.now() - t0);
    }
    const buildMs = builtLines().map((l) => Number(/\((\d+) ms\)$/.exec(l.message)?.[1]));
    return {
      files, builds: buildMs.length, buildMs, requestsDuringBuild: during.length,
      p50Ms: percentile(during, 0.5), p95Ms: percentile(during, 0.95), maxMs: Math.max(...during),
      idleRequests: idle.length, idleP50Ms: percentile(idle, 0.5), idleP95Ms: percentile(idle, 0.95),
    };
  } finally {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void serverInventoryBench(Number(process.env.POLICYLINT_BENCH_WORKSPACE_FILES ?? 20000)).then((r) => console.log(r));
}
