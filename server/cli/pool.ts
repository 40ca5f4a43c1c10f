// `--jobs N`: files are independent, so N worker threads lint them in parallel. Each
// worker pulls the next file when it is done with one; results come back in any order
// and the caller writes them in input order, so output is the same as with one job.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lintFile, type FileOutcome, type LintJob } from './lintFile';

interface FromWorker { index: number; outcome: FileOutcome }
interface ToWorker { index: number; file: string }

/** Runs `files` through `jobs` workers; `onResult` is called in input order. */
export function lintInPool(script: string, files: string[], job: LintJob, jobs: number, onResult: (o: FileOutcome) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let emitted = 0;
    const pending = new Map<number, FileOutcome>();
    const workers: Worker[] = [];
    const flush = () => {
      while (pending.has(emitted)) {
        onResult(pending.get(emitted)!);
        pending.delete(emitted);
        emitted++;
      }
      if (emitted === files.length) {
        for (const w of workers) void w.terminate();
        resolve();
      }
    };
    const feed = (w: Worker) => {
      if (next < files.length) { const index = next++; w.postMessage({ index, file: files[index] } satisfies ToWorker); }
    };
    const count = Math.max(1, Math.min(jobs, files.length));
    for (let i = 0; i < count; i++) {
      const w = new Worker(script, { workerData: { policylintWorker: true, job } });
      workers.push(w);
      w.on('message', (m: FromWorker) => { pending.set(m.index, m.outcome); feed(w); flush(); });
      w.on('error', (e) => { for (const x of workers) void x.terminate(); reject(e); });
      feed(w);
    }
    if (!files.length) resolve();
  });
}

/** In a worker thread started by lintInPool: lint files as they arrive. */
export function runWorkerIfAny(): boolean {
  if (isMainThread || !workerData?.policylintWorker) return false;
  const job = workerData.job as LintJob;
  parentPort!.on('message', (m: ToWorker) => {
    let outcome: FileOutcome;
    try {
      outcome = lintFile(m.file, job);
    } catch (e) {
      outcome = { report: { path: m.file, findings: [], note: `internal error: ${(e as Error).message}` }, errors: [`${m.file}: internal error: ${(e as Error).message}`], ioError: true };
    }
    parentPort!.postMessage({ index: m.index, outcome } satisfies FromWorker);
  });
  return true;
}
