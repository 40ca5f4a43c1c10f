// The language server's code inventories: one per workspace folder, built lazily (the first time a
// policy in the folder is linted) and off the request path (host.build runs it in a worker thread);
// a policy linted before it is ready has none yet, and host.ready re-lints it when it is. A change
// of a manifest (or of a page that loads a service, or of a source file that imports one) rebuilds
// that folder's inventory only, after a quiet period, so that a `git checkout` or an `npm install`
// costs one build, not one per file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InventoryItem } from '../../rules/rule';
import { inventoryForPolicy, type WorkspaceInventory } from '../inventory/inventory';
import { mayChangeInventory, watchedKind } from '../inventory/watched';

export interface InventoryHost {
  /** Builds the inventory of a workspace folder (off the server's thread). */
  build(root: string): Promise<WorkspaceInventory>;
  /** A build started (for the output channel). */
  started?(root: string, reason: string): void;
  /** The inventory of `root` is (newly) built: re-lint what depends on it. */
  ready(root: string, ws: WorkspaceInventory, ms: number): void;
  failed(root: string, error: Error): void;
}

interface Folder {
  root: string;
  ws?: WorkspaceInventory;
  building: boolean;
  /** Changed while it was being built: build again when this build ends. */
  again: boolean;
  /** The last build failed: not retried on every lint, only on a change. */
  failed: boolean;
  waiters: Array<() => void>;
}

export class FolderInventories {
  private readonly folders = new Map<string, Folder>();
  /** One build at a time, whatever the number of folders: the machine has other work. */
  private queue: Promise<void> = Promise.resolve();
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly host: InventoryHost, private readonly debounceMs = 300) {}

  /** The workspace folder that holds `file` (the innermost, when folders nest), or undefined. */
  static folderOf(file: string, roots: readonly string[]): string | undefined {
    let best: string | undefined;
    for (const r of roots) if (isInside(r, file) && (!best || r.length > best.length)) best = r;
    return best;
  }

  /**
   * The inventory a policy in the folder `root` is checked against (its nearest package root, or the
   * folders `mapped` names), or undefined while the folder's inventory is not built; the first call
   * starts the build.
   */
  forPolicy(root: string, policyPath: string, mapped?: string[]): InventoryItem[] | undefined {
    const f = this.folder(root);
    if (!f.ws) {
      if (!f.building && !f.failed) this.build(f, 'first policy linted');
      return undefined;
    }
    return inventoryForPolicy(f.ws, policyPath, mapped);
  }

  /** Resolves when the folder's inventory is built (started if need be), or its build failed. */
  whenReady(root: string): Promise<void> {
    const f = this.folder(root);
    if (f.ws && !f.building) return Promise.resolve();
    if (!f.building) {
      if (f.failed) return Promise.resolve();
      this.build(f, 'Lint Workspace');
    }
    return new Promise((resolve) => f.waiters.push(resolve));
  }

  /** Whether the folder's inventory is built (for tests and logs). */
  isBuilt(root: string): boolean { return !!this.folders.get(root)?.ws; }

  /**
   * Files changed on disk (workspace/didChangeWatchedFiles). A folder whose inventory was never
   * asked for is left alone: it is built, from the files as they are, when a policy needs it.
   */
  changed(changes: Array<{ file: string; deleted: boolean }>, roots: readonly string[]): void {
    for (const { file, deleted } of changes) {
      const kind = watchedKind(file);
      const root = kind && FolderInventories.folderOf(file, roots);
      if (!root) continue;
      const f = this.folders.get(root);
      if (!f || (!f.ws && !f.building && !f.failed)) continue;
      // Installed packages and hidden folders (.git, .next) are never read by the inventory.
      if (path.relative(root, file).split(/[\\/]/).some((s) => s === 'node_modules' || s.startsWith('.'))) continue;
      if (kind === 'manifest') { this.touch(root); continue; }
      // A page or source file counts when it loaded or used a service (its places moved or went) or may now.
      if (f.ws?.found.some((x) => x.path === file) || f.ws?.sources.includes(file)) { this.touch(root); continue; }
      if (deleted) continue;
      void fs.promises.readFile(file).then((buf) => {
        if (mayChangeInventory(file, buf)) this.touch(root);
      }, () => { /* gone or unreadable: the inventory could not read it either */ });
    }
  }

  private touch(root: string): void {
    this.pending.add(root);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      for (const r of this.pending) {
        const f = this.folders.get(r);
        if (!f) continue;
        f.failed = false;
        if (f.building) f.again = true;
        else this.build(f, 'a manifest or page changed');
      }
      this.pending.clear();
    }, this.debounceMs);
  }

  private folder(root: string): Folder {
    let f = this.folders.get(root);
    if (!f) this.folders.set(root, (f = { root, building: false, again: false, failed: false, waiters: [] }));
    return f;
  }

  private build(f: Folder, reason: string): void {
    f.building = true;
    this.queue = this.queue.then(async () => {
      this.host.started?.(f.root, reason);
      const t0 = performance.now();
      try {
        const ws = await this.host.build(f.root);
        f.ws = ws;
        f.failed = false;
        this.host.ready(f.root, ws, performance.now() - t0);
      } catch (e) {
        f.failed = !f.ws;
        this.host.failed(f.root, e instanceof Error ? e : new Error(String(e)));
      } finally {
        f.building = false;
        const waiters = f.waiters.splice(0);
        if (f.again) {
          f.again = false;
          this.build(f, 'changed while it was built');
          f.waiters.push(...waiters);
        } else {
          for (const w of waiters) w();
        }
      }
    });
  }
}

/** A stable key of a policy's inventory: the same key, the same findings of the rule. */
export function inventoryKey(items: InventoryItem[] | undefined): string {
  return (items ?? []).map((i) => `${i.vendorId}\u0000${i.evidence.path}\u0000${i.evidence.label}\u0000${i.evidence.line}:${i.evidence.character}:${i.evidence.length}\u0000${i.evidence.text}`).join('\n');
}

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
