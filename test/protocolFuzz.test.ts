// The language server against a hostile client, over real JSON-RPC (`node dist/server.js --stdio`):
// thousands of well-framed but wrong messages — bodies that are not JSON, unknown methods, wrong
// params, versions out of order, changes and requests for documents never opened or already
// closed, responses nobody asked for — from a client that refuses the server's own requests.
// Afterwards the server must still answer: lint a real policy and serve its hover and fixes.
// PROTOCOL_FUZZ_SEED replays a run; PROTOCOL_FUZZ_FRAMES changes how many frames are sent.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from './lspClient';

const FRAMES = Number(process.env.PROTOCOL_FUZZ_FRAMES ?? 6000);
const SEED = Number(process.env.PROTOCOL_FUZZ_SEED ?? Date.now() % 2 ** 31);
const jitops = fs.readFileSync(path.join(__dirname, 'fixtures', 'corpus', 'jitops.txt'), 'utf8');

/** A small deterministic generator (mulberry32), so that a seed replays the same frames. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('language server under a protocol fuzz', function () {
  this.timeout(180_000);

  it(`answers after ${FRAMES} hostile frames (seed ${SEED}; PROTOCOL_FUZZ_SEED=${SEED} replays it)`, async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-fuzz-'));
    fs.writeFileSync(path.join(ws, '.policylintrc.json'), '{"rules": {');
    const client = new LspTestClient({ workspace: ws, settings: { debounceMs: 0 }, reject: ['window/showMessageRequest', 'client/registerCapability', 'window/workDoneProgress/create'] });
    const r = rng(SEED);
    const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
    const uris = ['a.txt', 'privacy.md', 'cookie.html', 'never-opened.txt'].map((n) => pathToFileURL(path.join(ws, n)).toString());
    const texts = [jitops, 'Privacy Policy\n\nWe keep data indefinitely.\n', '', '\u0000\uFFFF\uD800', '<h1>Privacy</h1><p>We use Stripe.</p></ul>', 'x'.repeat(2000)];
    const raw = (body: string) => { const b = Buffer.from(body, 'utf8'); client.proc.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b])); };
    const position = () => ({ line: Math.floor(r() * 200) - 5, character: Math.floor(r() * 300) - 5 });
    let id = 100_000;
    try {
      await client.initialize();
      const pending: Array<Promise<unknown>> = [];
      for (let i = 0; i < FRAMES; i++) {
        const uri = pick(uris);
        const version = Math.floor(r() * 12) - 2;
        switch (Math.floor(r() * 12)) {
          case 0: raw(pick(['{', 'null', '[]', '"text"', '{"jsonrpc":"2.0"}', '{"jsonrpc":"1.0","method":"x"}', '\u00ff\u00fe garbage'])); break;
          case 1: raw(JSON.stringify({ jsonrpc: '2.0', id: id++, method: pick(['textDocument/frobnicate', '$/unknown', 'workspace/executeCommand', '']), params: r() < 0.5 ? null : { x: 1 } })); break;
          case 2: raw(JSON.stringify({ jsonrpc: '2.0', id: pick([999_999, 'nobody-asked', null]), result: { junk: true } })); break;
          case 3: await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: pick(['plaintext', 'markdown', 'html', 'rust']), version, text: pick(texts) } }); break;
          case 4: await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [r() < 0.5 ? { text: pick(texts) } : { range: { start: position(), end: position() }, text: pick(['', 'Article 28', '\n- Hotjar\n']) }] }); break;
          case 5: await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } }); break;
          case 6: pending.push(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: position() }).catch(() => undefined)); break;
          case 7: pending.push(client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: position(), end: position() }, context: { diagnostics: [], only: r() < 0.5 ? ['source.fixAll.policylint'] : undefined } }).catch(() => undefined)); break;
          case 8: raw(JSON.stringify({ jsonrpc: '2.0', method: pick(['textDocument/didChange', 'textDocument/didOpen', 'textDocument/didClose']), params: pick([null, {}, { textDocument: null }, { textDocument: { uri: 42 } }, 'x']) })); break;
          case 9: raw(JSON.stringify({ jsonrpc: '2.0', id: id++, method: pick(['textDocument/hover', 'textDocument/codeAction', 'policylint/lintFiles']), params: pick([null, {}, { textDocument: { uri: 'file:///nowhere' } }, { uris: [null, 'not a uri', 'file:///dev/zero'] }]) })); break;
          case 10: await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { policyLint: pick([{ debounceMs: 0 }, { enable: 'yes' }, null, { rules: { nope: 'loud' } }]) } }); break;
          default: await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(ws, '.policylintrc.json')).toString(), type: pick([1, 2, 3, 99]) }] }); break;
        }
        // Let the server read now and then, as a real client would between keystrokes.
        if (i % 200 === 0) await new Promise((res) => setImmediate(res));
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all(pending), new Promise((res) => { timer = setTimeout(res, 60_000); })]);
      clearTimeout(timer);
      assert.ok(pending.length > 0);

      // Still answering: a fresh document is linted, hovered and fixed.
      const uri = pathToFileURL(path.join(ws, 'after-fuzz.txt')).toString();
      await client.open(uri, 'plaintext', jitops);
      const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0, 20_000);
      const article = p.diagnostics.find((d) => d.code === 'gdpr-article-mismatch');
      assert.ok(article, 'the policy is linted after the fuzz');
      const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: article!.range.start });
      assert.ok(hover, 'hover answers');
      const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: article!.range, context: { diagnostics: [article] } }) as unknown[];
      assert.ok(actions.length > 0, 'code actions answer');
      assert.equal(client.proc.exitCode, null, 'the server is running');
    } finally {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });
});
