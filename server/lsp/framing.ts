// The stdio transport's message framing, checked before vscode-jsonrpc reads it. Its reader waits
// forever for a header that never ends and ignores a header it cannot use, so a client that sends
// "Content-Length: abc", a negative length, no Content-Length, random bytes or a 64 MB header line
// got a server that stayed alive and never answered again. Such input is a broken client: the
// server says so on stderr and exits, so that the client can restart it.
import { Transform, type TransformCallback } from 'node:stream';

const MAX_HEADER_BYTES = 8 * 1024;
const MAX_BODY_BYTES = 256 * 1024 * 1024;

export class FramingError extends Error {}

/** Passes the byte stream through unchanged while it is well framed; fails on the first bad frame. */
export class FramingGuard extends Transform {
  /** Bytes of the current message's body still to come. */
  private remaining = 0;
  /** The current header so far (latin1: one character per byte). */
  private header = '';

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.remaining > 0) {
        const n = Math.min(this.remaining, chunk.length - i);
        this.remaining -= n;
        i += n;
        continue;
      }
      // In a header: look for its end from where the last chunk left off.
      const from = Math.max(0, this.header.length - 3);
      const take = chunk.subarray(i, Math.min(chunk.length, i + MAX_HEADER_BYTES + 4)).toString('latin1');
      this.header += take;
      const end = this.header.indexOf('\r\n\r\n', from);
      // A header is printable ASCII in lines: anything else is not a header, and no end will come.
      const bad = /[^\t\r\n\x20-\x7e]/.exec(end < 0 ? take : this.header.slice(0, end));
      if (bad) return done(new FramingError(`bytes that are not a message header (0x${bad[0].charCodeAt(0).toString(16).padStart(2, '0')})`));
      if (end < 0) {
        if (this.header.length > MAX_HEADER_BYTES) return done(new FramingError(`a message header longer than ${MAX_HEADER_BYTES} bytes`));
        i += take.length;
        continue;
      }
      const used = end + 4 - (this.header.length - take.length);
      const problem = this.check(this.header.slice(0, end));
      if (problem) return done(new FramingError(problem));
      this.header = '';
      i += used;
    }
    this.push(chunk);
    done();
  }

  /** Reads a complete header; undefined when it is usable, else what is wrong with it. */
  private check(header: string): string | undefined {
    let length: string | undefined;
    for (const line of header.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) return `a header line that is not "Name: value" (${JSON.stringify(line.slice(0, 40))})`;
      if (line.slice(0, colon).trim().toLowerCase() === 'content-length') length = line.slice(colon + 1).trim();
    }
    if (length === undefined) return 'a message header without Content-Length';
    if (!/^\d{1,10}$/.test(length)) return `Content-Length is not a length (${JSON.stringify(length.slice(0, 20))})`;
    const n = Number(length);
    if (n > MAX_BODY_BYTES) return `a message of ${n} bytes (at most ${MAX_BODY_BYTES})`;
    this.remaining = n;
    return undefined;
  }
}
