// The stdio transport against a broken client: bad framing ends the server with a message on
// stderr (so the client can restart it), instead of a server that lives on and never answers.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { FramingGuard } from '../server/lsp/framing';

const server = path.join(__dirname, '..', 'dist', 'server.js');

/** Writes `input` to a fresh `server.js --stdio` and resolves with its exit code and stderr (or 'alive' after `ms`). */
function feed(input: Buffer, ms = 5000): Promise<{ code: number | 'alive'; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { proc.kill(); resolve({ code: 'alive', stderr }); }, ms);
    proc.on('exit', (code) => { clearTimeout(timer); resolve({ code: code ?? -1, stderr }); });
    proc.stdin.on('error', () => { /* the server may exit before it has read everything */ });
    proc.stdin.write(input);
  });
}

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('stdio framing from a broken client', function () {
  this.timeout(30000);
  const cases: Array<[string, Buffer]> = [
    ['Content-Length: abc', Buffer.from('Content-Length: abc\r\n\r\n{}')],
    ['a negative length', Buffer.from('Content-Length: -5\r\n\r\n{}')],
    ['a header without Content-Length', Buffer.from('Content-Type: application/json\r\n\r\n{}')],
    ['4 KB of random bytes', Buffer.concat([Buffer.from([0x00, 0xff]), randomBytes(4096)])],
    ['a 64 MB header line', Buffer.from(`X-Junk: ${'a'.repeat(64 * 1024 * 1024)}`)],
  ];
  for (const [what, input] of cases) {
    it(`exits with a message on ${what}`, async () => {
      const r = await feed(input);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /PolicyLint: the client sent .+; the server exits so that the client can restart it/);
    });
  }

  it('a well-framed session split across chunks of any size passes through unchanged', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const bytes = Buffer.from(frame(body) + frame(JSON.stringify({ jsonrpc: '2.0', method: 'initialized', params: {} })));
    for (const size of [1, 2, 3, 7, 64, bytes.length]) {
      const guard = new FramingGuard();
      const out: Buffer[] = [];
      guard.on('data', (d: Buffer) => out.push(d));
      let error: Error | undefined;
      guard.on('error', (e) => { error = e; });
      for (let i = 0; i < bytes.length; i += size) guard.write(bytes.subarray(i, i + size));
      await new Promise((r) => setImmediate(r));
      assert.equal(error, undefined, `chunks of ${size}`);
      assert.ok(Buffer.concat(out).equals(bytes), `chunks of ${size}`);
    }
  });
});
