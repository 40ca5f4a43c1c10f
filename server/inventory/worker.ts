// Builds a workspace inventory in a worker thread, so that the language server's thread stays free
// to answer requests while a large workspace is walked. The worker runs the server's own bundle
// (dist/server.js) with workerData { policylintInventory: root }: nothing from the workspace is run.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildInventory, type WorkspaceInventory } from './inventory';

type FromWorker = { ok: true; ws: WorkspaceInventory } | { ok: false; error: string };

/** In a worker thread started by buildInventoryOffThread: builds the inventory, posts it, and returns true. */
export function runInventoryWorkerIfAny(): boolean {
  if (isMainThread || typeof workerData?.policylintInventory !== 'string') return false;
  let message: FromWorker;
  try {
    message = { ok: true, ws: buildInventory(workerData.policylintInventory as string) };
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
    const w = new Worker(script, { workerData: { policylintInventory: root }, stdout: true, stderr: true, argv: [] });
    let stderr = '';
    w.stdout.resume();
    w.stderr.on('data', (d: Buffer) => { if (stderr.length < 2000) stderr += d.toString(); });
    let settled = false;
    const settle = (f: () => void) => { if (!settled) { settled = true; f(); } };
    w.once('message', (m: FromWorker) => {
      settle(() => (m.ok ? resolve(m.ws) : reject(new Error(m.error))));
      void w.terminate();
    });
    w.once('error', (e) => settle(() => reject(e)));
    w.once('exit', (code) => settle(() => reject(new Error(`the inventory worker exited (code ${code})${stderr ? `: ${stderr.trim()}` : ''}`))));
  });
}
