// Builds a workspace inventory in a worker thread, so that the language server's thread stays free
// to answer requests while a large workspace is walked. The worker runs the server's own bundle
// (dist/server.js) with workerData { policylintInventory: root, policylintSourceCache }: nothing
// from the workspace is run. What the source files said is kept here between builds of a folder
// (the worker ends with each build), so that a rebuild reads only the files that changed.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildInventory, type SourceCache, type WorkspaceInventory } from './inventory';

type FromWorker = { ok: true; ws: WorkspaceInventory; cache: SourceCache } | { ok: false; error: string };

/** Each folder's source cache, from its last build (main thread). */
const caches = new Map<string, SourceCache>();

/** In a worker thread started by buildInventoryOffThread: builds the inventory, posts it, and returns true. */
export function runInventoryWorkerIfAny(): boolean {
  if (isMainThread || typeof workerData?.policylintInventory !== 'string') return false;
  let message: FromWorker;
  try {
    const cache: SourceCache = workerData.policylintSourceCache instanceof Map ? workerData.policylintSourceCache : new Map();
    message = { ok: true, ws: buildInventory(workerData.policylintInventory as string, cache), cache };
  } catch (e) {
    message = { ok: false, error: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
  parentPort!.postMessage(message);
  return true;
}

/** The inventory of `root`, built by `script` (the running bundle) in a worker thread that ends when it is done. */
export function buildInventoryOffThread(script: string, root: string): Promise<WorkspaceInventory> {
  return new Promise((resolve, reject) => {
    // stdout and stderr are the worker's own streams: the server's stdout carries the protocol.
    const w = new Worker(script, { workerData: { policylintInventory: root, policylintSourceCache: caches.get(root) }, stdout: true, stderr: true, argv: [] });
    let stderr = '';
    w.stdout.resume();
    w.stderr.on('data', (d: Buffer) => { if (stderr.length < 2000) stderr += d.toString(); });
    let settled = false;
    const settle = (f: () => void) => { if (!settled) { settled = true; f(); } };
    w.once('message', (m: FromWorker) => {
      if (m.ok) caches.set(root, m.cache);
      settle(() => (m.ok ? resolve(m.ws) : reject(new Error(m.error))));
      void w.terminate();
    });
    w.once('error', (e) => settle(() => reject(e)));
    w.once('exit', (code) => settle(() => reject(new Error(`the inventory worker exited (code ${code})${stderr ? `: ${stderr.trim()}` : ''}`))));
  });
}
