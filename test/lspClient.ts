// A real LSP client for tests and the benchmark: spawns `node dist/server.js --stdio`
// and speaks JSON-RPC to it with vscode-languageserver-protocol. No mocks.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, ErrorCodes, ResponseError, StreamMessageReader, StreamMessageWriter, type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/**
 * Passes the connection's output to the server a whole frame at a time. vscode-jsonrpc writes a frame's header
 * and its body in two writes with an await between them; a test that writes raw frames of its own to the
 * server's stdin (the protocol fuzz) could land between the two and break the framing, which the server
 * rightly answers by exiting. The fuzz found this on a busy machine.
 */
function wholeFrames(out: NodeJS.WritableStream): Writable {
  let pending = Buffer.alloc(0);
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const headerEnd = pending.indexOf('\r\n\r\n');
        const length = headerEnd < 0 ? undefined : /Content-Length:\s*(\d+)/i.exec(pending.subarray(0, headerEnd).toString('ascii'))?.[1];
        if (length === undefined) break;
        const end = headerEnd + 4 + Number(length);
        if (pending.length < end) break;
        out.write(pending.subarray(0, end));
        pending = pending.subarray(end);
      }
      done();
    },
  });
}

export interface ServerOptions {
  settings?: Record<string, unknown>; workspace?: string; env?: Record<string, string>;
  /** Server-to-client requests this client answers with an error, as vscode-jsonrpc does for a method it has no handler for. */
  reject?: string[];
  /**
   * The client's workspace.workspaceEdit capabilities: none by default (as Neovim 0.7); VS Code's client declares
   * { documentChanges: true, snippetEditSupport: true, … }.
   */
  workspaceEdit?: Record<string, unknown>;
  /** Sent as `initializationOptions` (the PolicyLint client's are in server/lsp/protocol.ts). */
  initializationOptions?: unknown;
}

export class LspTestClient {
  readonly connection: ProtocolConnection;
  readonly proc: ChildProcess;
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly logs: Array<{ type: number; message: string }> = [];
  /** PolicyLint's own notifications to the client (policylint/…), in order. */
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  settings: Record<string, unknown>;
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private waiters: Array<{ uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  private versions = new Map<string, number>();
  configurationRequests = 0;
  /** Called for every publishDiagnostics notification (the connection allows one handler per method). */
  readonly listeners: Array<(p: PublishDiagnosticsParams) => void> = [];

  constructor(private readonly opts: ServerOptions = {}) {
    const server = path.join(__dirname, '..', 'dist', 'server.js');
    this.proc = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
    this.settings = opts.settings ?? {};
    this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(wholeFrames(this.proc.stdin!)));
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => { this.configurationRequests++; return params.items.map(() => this.settings); });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const answer = (method: string, handler: (p: any) => unknown) => this.connection.onRequest(method, (p: unknown) => {
      if (opts.reject?.includes(method)) throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
      return handler(p);
    });
    answer('client/registerCapability', () => null);
    answer('window/workDoneProgress/create', () => null);
    answer('window/showMessageRequest', (p: { type: number; message: string }) => { this.messages.push(p); return null; });
    this.connection.onNotification('window/showMessage', (p: { type: number; message: string }) => { this.messages.push(p); });
    this.connection.onNotification('policylint/configStatus', (p: unknown) => { this.notifications.push({ method: 'policylint/configStatus', params: p }); });
    this.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => { this.logs.push(p); });
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.latest.set(p.uri, p);
      for (const l of this.listeners) l(p);
      const ready = this.waiters.filter((w) => w.uri === p.uri && w.test(p));
      this.waiters = this.waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve(p);
    });
    this.connection.listen();
  }

  async initialize(): Promise<void> {
    const ws = this.opts.workspace;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: ws ? pathToFileURL(ws).toString() : null,
      workspaceFolders: ws ? [{ uri: pathToFileURL(ws).toString(), name: 'ws' }] : null,
      initializationOptions: this.opts.initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, ...(this.opts.workspaceEdit ? { workspaceEdit: this.opts.workspaceEdit } : {}) },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true }, hover: { contentFormat: ['markdown', 'plaintext'] } },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the next diagnostics for `uri` that pass `test` (or the latest, if it already does). */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
    const have = this.latest.get(uri);
    if (have && test(have)) return Promise.resolve(have);
    return this.nextDiagnostics(uri, test, timeoutMs);
  }

  /** Resolves with the next diagnostics published for `uri` from now on that pass `test`. */
  nextDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; latest: ${JSON.stringify(this.latest.get(uri)?.diagnostics.map((d) => d.code))}`)), timeoutMs);
      this.waiters.push({ uri, test, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends a full-text change; returns the new version. */
  async replaceAll(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Sends an incremental change; returns the new version. */
  async edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { policyLint: settings } });
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
      await this.connection.sendNotification('exit');
    } catch { /* already gone */ }
    this.connection.dispose();
    this.proc.kill();
  }
}

export const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code));
