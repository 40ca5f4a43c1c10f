// README "Privacy: nothing leaves the machine", held to the code that ships. Each entry point is bundled
// as esbuild bundles it for dist/, and esbuild's metafile says which file imports which Node module: a
// static view of every path, not only those a test happens to run. No bundle may load a network
// module (http, https, http2, tls, dns, dgram, undici), nor use fetch, WebSocket or XMLHttpRequest;
// `net` only in vscode-jsonrpc's transports, which connect to a local pipe or to 127.0.0.1.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.join(__dirname, '..');
/** What ships: the extension (package.json main), the two bins and the library entry. */
const ENTRIES = ['client/extension.ts', 'server/server.ts', 'server/cli.ts', 'lib/index.ts'];
const NETWORK = new Set(['http', 'https', 'http2', 'tls', 'dns', 'dgram', 'net', 'undici']);
const JSONRPC_NODE = 'vscode-jsonrpc/lib/node/main.js';

interface Bundle {
  text: string;
  /** "module <- importing file", the file shortened to its path inside node_modules. */
  networkImports: string[];
  /** The absolute paths of the files that import a network module. */
  networkImporters: string[];
}

async function bundle(entry: string): Promise<Bundle> {
  const r = await esbuild.build({
    entryPoints: [path.join(ROOT, entry)], bundle: true, platform: 'node', mainFields: ['module', 'main'], target: 'node20',
    format: 'cjs', external: ['vscode'], write: false, metafile: true, logLevel: 'silent',
  });
  const found = Object.entries(r.metafile.inputs).flatMap(([file, input]) => input.imports
    .filter((i) => i.external && NETWORK.has(i.path.replace(/^node:/, '')))
    .map((i) => ({ module: i.path.replace(/^node:/, ''), file })));
  return {
    text: r.outputFiles[0].text,
    networkImports: [...new Set(found.map((f) => `${f.module} <- ${f.file.replace(/^.*node_modules\//, '')}`))].sort(),
    // Metafile paths are relative to esbuild's working directory, the process's.
    networkImporters: [...new Set(found.map((f) => path.resolve(f.file)))],
  };
}

describe('privacy: nothing leaves the machine', function () {
  this.timeout(60_000);
  const bundles = new Map<string, Bundle>();
  before(async () => { for (const e of ENTRIES) bundles.set(e, await bundle(e)); });

  it('the command line and the library load no network module', () => {
    assert.deepEqual(bundles.get('server/cli.ts')!.networkImports, []);
    assert.deepEqual(bundles.get('lib/index.ts')!.networkImports, []);
  });

  it('the extension and the language server load only net, and only in vscode-jsonrpc\'s transports', () => {
    assert.deepEqual(bundles.get('client/extension.ts')!.networkImports, [`net <- ${JSONRPC_NODE}`]);
    assert.deepEqual(bundles.get('server/server.ts')!.networkImports, [`net <- ${JSONRPC_NODE}`]);
  });

  it('vscode-jsonrpc\'s transports connect and listen only on a named pipe or on 127.0.0.1', () => {
    // The copies the bundles take (the server's vscode-languageserver brings its own).
    const copies = [...new Set([...bundles.values()].flatMap((b) => b.networkImporters))];
    assert.ok(copies.length > 0 && copies.every((f) => f.endsWith(JSONRPC_NODE)), copies.join(', '));
    for (const file of copies) {
      const source = fs.readFileSync(file, 'utf8');
      const calls = [...source.matchAll(/\b(net_1\.createConnection\)|server\.listen)\(([^)]*)/g)].map((m) => ({ call: m[1], args: m[2] }));
      assert.equal(calls.length, 4, JSON.stringify(calls));
      for (const { call, args } of calls) assert.match(args, /^(pipeName|port, '127\.0\.0\.1')(,|$)/, `${file}: ${call}(${args}`);
    }
  });

  it('no bundle calls fetch, WebSocket, XMLHttpRequest, EventSource or sendBeacon', () => {
    for (const [entry, b] of bundles) {
      const found = b.text.match(/\bfetch\(|\bWebSocket\b|\bXMLHttpRequest\b|\bEventSource\b|\bsendBeacon\b/g) ?? [];
      assert.deepEqual(found, [], entry);
    }
  });

  it('PolicyLint\'s own code sends no telemetry', () => {
    const sources = ['client', 'server', 'rules', 'lib'].flatMap((d) => fs.readdirSync(path.join(ROOT, d), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts')).map((f) => path.join(d, f)));
    const telemetry = sources.filter((f) => /telemetry/i.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    assert.deepEqual(telemetry, []);
  });
});
