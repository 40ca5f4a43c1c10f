// Maps offsets in the visible text back to the source. Built as a list of
// segments in visible order, so a lookup is a binary search: no per-character
// arrays and nothing quadratic on large documents.

export interface Segment {
  vis: number;
  visLen: number;
  src: number;
  srcLen: number;
}

export class SourceMap {
  private readonly segs: Segment[] = [];

  /** Identity map, for plain text. */
  static identity(): SourceMap {
    const m = new SourceMap();
    m.identityMap = true;
    return m;
  }

  private identityMap = false;

  /** Appends a segment; segments must be added in increasing visible order. */
  add(vis: number, visLen: number, src: number, srcLen: number): void {
    if (visLen <= 0) return;
    const last = this.segs[this.segs.length - 1];
    // Merge runs of one-to-one text so the segment list stays short.
    if (last && visLen === srcLen && last.visLen === last.srcLen && last.vis + last.visLen === vis && last.src + last.srcLen === src) {
      last.visLen += visLen;
      last.srcLen += srcLen;
      return;
    }
    this.segs.push({ vis, visLen, src, srcLen });
  }

  /** Forgets everything from visible offset `visLen` on (a block that turned out empty). */
  truncate(visLen: number): void {
    while (this.segs.length && this.segs[this.segs.length - 1].vis >= visLen) this.segs.pop();
    const last = this.segs[this.segs.length - 1];
    if (last && last.vis + last.visLen > visLen) {
      // Only one-to-one runs can be cut inside; a decoded entity is kept whole or dropped.
      if (last.visLen === last.srcLen) { last.visLen = visLen - last.vis; last.srcLen = last.visLen; } else this.segs.pop();
    }
  }

  private find(vis: number): number {
    let lo = 0;
    let hi = this.segs.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.segs[mid].vis <= vis) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  }

  /** The segments that cover visible offsets [from, to), clipped to that range (for re-basing a sub-document's map). */
  *segmentsIn(from: number, to: number): Generator<{ vis: number; visLen: number; src: number; srcLen: number }> {
    if (this.identityMap) { yield { vis: from, visLen: to - from, src: from, srcLen: to - from }; return; }
    for (let i = Math.max(0, this.find(from)); i < this.segs.length; i++) {
      const s = this.segs[i];
      if (s.vis >= to) break;
      if (s.vis + s.visLen <= from) continue;
      if (s.visLen === s.srcLen) {
        const a = Math.max(from, s.vis);
        const b = Math.min(to, s.vis + s.visLen);
        yield { vis: a, visLen: b - a, src: s.src + (a - s.vis), srcLen: b - a };
      } else yield s; // a decoded entity: kept whole
    }
  }

  /** Source offset of the visible character at `vis` (a start position). */
  start(vis: number): number {
    if (this.identityMap) return vis;
    const i = this.find(vis);
    if (i < 0) return this.segs.length ? this.segs[0].src : 0;
    const s = this.segs[i];
    const d = vis - s.vis;
    if (d >= s.visLen) return s.src + s.srcLen; // in a gap between segments
    return s.visLen === s.srcLen ? s.src + d : s.src;
  }

  /** Source offset just after the visible character before `vis` (an end position). */
  end(vis: number): number {
    if (this.identityMap) return vis;
    if (vis <= 0) return this.start(0);
    const i = this.find(vis - 1);
    if (i < 0) return this.start(0);
    const s = this.segs[i];
    const d = vis - 1 - s.vis;
    if (d >= s.visLen) return s.src + s.srcLen;
    return s.visLen === s.srcLen ? s.src + d + 1 : s.src + s.srcLen;
  }
}

/** Line starts of a text, for offset ↔ line/character conversion in O(log n). */
export class LineIndex {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offset(line: number, character: number): number {
    if (line >= this.starts.length) return this.text.length;
    if (line < 0) return 0;
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return Math.min(this.starts[line] + Math.max(0, character), next);
  }
}
