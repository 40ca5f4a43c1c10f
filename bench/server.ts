// Server latency: change → diagnostics for a 20 KB policy over real JSON-RPC with the
// debounce at 0, and RSS before/after many edits. Part of `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LspTestClient } from '../test/lspClient';

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
  } catch { return NaN; }
}

export async function serverBench(edits = 500, memoryEdits = 5000): Promise<Record<string, number>> {
  const corpus = join(__dirname, '..', 'test', 'fixtures', 'corpus');
  // A 20 KB policy: dataops (16 KB) followed by the start of jitops.
  const text = (readFileSync(join(corpus, 'dataops.txt'), 'utf8') + '\n\n' + readFileSync(join(corpus, 'jitops.txt'), 'utf8')).slice(0, 20 * 1024);
  const client = new LspTestClient({ settings: { debounceMs: 0 } });
  try {
    await client.initialize();
    const uri = 'untitled:bench-policy';
    await client.open(uri, 'plaintext', text);
    await client.diagnostics(uri, (p) => p.version === 1, 10000);
    const lat: number[] = [];
    for (let i = 0; i < edits; i++) {
      const t0 = performance.now();
      const v = await client.edit(uri, { start: { line: 3, character: 0 }, end: { line: 3, character: i === 0 ? 0 : 1 } }, String.fromCharCode(97 + (i % 26)));
      await client.diagnostics(uri, (p) => p.version === v, 10000);
      lat.push(performance.now() - t0);
    }
    const rssBefore = rssOf(client.proc.pid!);
    for (let i = 0; i < memoryEdits; i++) {
      const v = await client.edit(uri, { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } }, String.fromCharCode(97 + (i % 26)));
      if (i % 50 === 49 || i === memoryEdits - 1) await client.diagnostics(uri, (p) => p.version === v, 10000);
    }
    const rssAfter = rssOf(client.proc.pid!);
    return { kb: text.length / 1024, edits, medianMs: percentile(lat, 0.5), p95Ms: percentile(lat, 0.95), memoryEdits, rssBeforeMb: rssBefore, rssAfterMb: rssAfter };
  } finally {
    await client.shutdown();
  }
}

if (require.main === module) {
  void serverBench().then((r) => console.log(r));
}

/** "Lint Workspace": 500 policy files on disk, sent to the server in batches of 25 as the extension does. */
export async function workspaceBench(count = 500): Promise<{ files: number; seconds: number }> {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const { pathToFileURL } = await import('node:url');
  const corpus = join(__dirname, '..', 'test', 'fixtures', 'corpus');
  const sources = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpus, f), 'utf8'));
  const dir = fs.mkdtempSync(join(os.tmpdir(), 'policylint-ws-bench-'));
  const client = new LspTestClient({ settings: { debounceMs: 0 }, workspace: dir });
  try {
    const uris: string[] = [];
    for (let i = 0; i < count; i++) {
      const file = join(dir, `privacy-${i}.txt`);
      fs.writeFileSync(file, sources[i % sources.length]);
      uris.push(pathToFileURL(file).toString());
    }
    await client.initialize();
    const t0 = performance.now();
    let files = 0;
    for (let i = 0; i < uris.length; i += 25) {
      const r = await client.connection.sendRequest('policylint/lintFiles', { uris: uris.slice(i, i + 25) }) as { files: number };
      files += r.files;
    }
    return { files, seconds: (performance.now() - t0) / 1000 };
  } finally {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
