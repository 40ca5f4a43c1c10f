// Draws docs/images/icon.svg into docs/images/icon.png (128×128 RGBA), the extension's icon
// (package.json "icon"; the Marketplace takes PNG only). `npm run icon`; `--check` exits 1 when the
// PNG's pixels are not those the SVG gives.
//
// The SVG is kept to shapes that are easy to draw exactly, so that no renderer is needed: rect (with
// rx), polygon, circle, and polyline strokes with round caps and joins, filled with #rrggbb colours.
// Anything else is an error rather than a silently different picture. Each pixel averages 8×8
// samples; its alpha is the share of samples that a shape covers. The pixels are plain arithmetic,
// the same on every machine; the deflated bytes may differ between zlib builds, so the check
// compares pixels, not bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

const root = join(__dirname, '..');
export const ICON_SVG = join(root, 'docs', 'images', 'icon.svg');
export const ICON_PNG = join(root, 'docs', 'images', 'icon.png');
const SAMPLES = 8;

export interface Raster { width: number; height: number; rgba: Uint8Array }
type Rgb = [number, number, number];
interface Shape { colour: Rgb; covers(x: number, y: number): boolean }

function colour(value: string | undefined, where: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value ?? '');
  if (!m) throw new Error(`${where}: a colour must be #rrggbb, not ${JSON.stringify(value)}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

function num(attrs: Record<string, string>, name: string, where: string): number {
  const v = Number(attrs[name]);
  if (attrs[name] === undefined || !Number.isFinite(v)) throw new Error(`${where}: ${name} must be a number`);
  return v;
}

function points(value: string | undefined, where: string): Array<[number, number]> {
  const n = (value ?? '').trim().split(/[\s,]+/).map(Number);
  if (n.length < 4 || n.length % 2 || n.some((v) => !Number.isFinite(v))) throw new Error(`${where}: points must be pairs of numbers`);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < n.length; i += 2) out.push([n[i], n[i + 1]]);
  return out;
}

function distanceToSegment(x: number, y: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Only the attributes each element is drawn from; another one would change the picture unseen. */
const ALLOWED: Record<string, string[]> = {
  rect: ['x', 'y', 'width', 'height', 'rx', 'fill'],
  polygon: ['points', 'fill'],
  circle: ['cx', 'cy', 'r', 'fill'],
  polyline: ['points', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin'],
};

function shape(name: string, a: Record<string, string>, where: string): Shape {
  if (!ALLOWED[name]) throw new Error(`${where}: <${name}> is not drawn (only rect, polygon, circle, polyline)`);
  for (const k of Object.keys(a)) if (!ALLOWED[name].includes(k)) throw new Error(`${where}: attribute ${k} is not drawn`);
  switch (name) {
    case 'rect': {
      const [x, y, w, h, rx] = [num(a, 'x', where), num(a, 'y', where), num(a, 'width', where), num(a, 'height', where), a.rx === undefined ? 0 : num(a, 'rx', where)];
      return {
        colour: colour(a.fill, where),
        covers(px, py) {
          if (px < x || px > x + w || py < y || py > y + h) return false;
          const cx = Math.max(x + rx, Math.min(x + w - rx, px));
          const cy = Math.max(y + rx, Math.min(y + h - rx, py));
          return Math.hypot(px - cx, py - cy) <= rx;
        },
      };
    }
    case 'polygon': {
      const p = points(a.points, where);
      return {
        colour: colour(a.fill, where),
        covers(px, py) { // even-odd rule, SVG's fill-rule for a simple polygon either way
          let inside = false;
          for (let i = 0, j = p.length - 1; i < p.length; j = i++) {
            const [xi, yi] = p[i];
            const [xj, yj] = p[j];
            if ((yi > py) !== (yj > py) && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
          }
          return inside;
        },
      };
    }
    case 'circle': {
      const [cx, cy, r] = [num(a, 'cx', where), num(a, 'cy', where), num(a, 'r', where)];
      return { colour: colour(a.fill, where), covers: (px, py) => Math.hypot(px - cx, py - cy) <= r };
    }
    case 'polyline': {
      if (a.fill !== 'none' || a['stroke-linecap'] !== 'round' || a['stroke-linejoin'] !== 'round') {
        throw new Error(`${where}: a polyline is drawn as a stroke only: fill="none", stroke-linecap and stroke-linejoin "round"`);
      }
      const p = points(a.points, where);
      const half = num(a, 'stroke-width', where) / 2;
      return {
        colour: colour(a.stroke, where),
        covers(px, py) {
          for (let i = 1; i < p.length; i++) if (distanceToSegment(px, py, p[i - 1], p[i]) <= half) return true;
          return false;
        },
      };
    }
  }
  throw new Error(`${where}: <${name}> has no drawing`);
}

/** Draws the SVG's shapes, later ones over earlier ones, at the size its width and height give. */
export function rasterizeSvg(svg: string): Raster {
  let width = 0;
  let height = 0;
  const shapes: Shape[] = [];
  let error: Error | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (error) return;
      try {
        if (name === 'svg') {
          width = num(attrs, 'width', '<svg>');
          height = num(attrs, 'height', '<svg>');
          if (attrs.viewBox !== `0 0 ${width} ${height}`) throw new Error('<svg>: the viewBox must be "0 0 width height"');
        } else {
          shapes.push(shape(name, attrs, `<${name}> #${shapes.length + 1}`));
        }
      } catch (e) { error = e as Error; }
    },
  }, { xmlMode: true });
  parser.end(svg);
  if (error) throw error;
  if (!width || !height || !Number.isInteger(width) || !Number.isInteger(height)) throw new Error('<svg>: whole-pixel width and height needed');

  const rgba = new Uint8Array(width * height * 4);
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      let covered = 0;
      let r = 0, g = 0, b = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES;
          const y = py + (sy + 0.5) / SAMPLES;
          for (let k = shapes.length - 1; k >= 0; k--) {
            if (!shapes[k].covers(x, y)) continue;
            const c = shapes[k].colour;
            covered++; r += c[0]; g += c[1]; b += c[2];
            break;
          }
        }
      }
      const o = (py * width + px) * 4;
      if (covered) {
        rgba[o] = Math.round(r / covered);
        rgba[o + 1] = Math.round(g / covered);
        rgba[o + 2] = Math.round(b / covered);
        rgba[o + 3] = Math.round((covered / n) * 255);
      }
    }
  }
  return { width, height, rgba };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** An 8-bit RGBA PNG, every row with filter 0 (none). */
export function encodePng({ width, height, rgba }: Raster): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, filter method 0, no interlace
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

/** Reads a PNG as encodePng writes it (8-bit RGBA, no interlace, filter 0), checking every chunk's CRC. */
export function decodePng(png: Buffer): Raster {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG: bad signature');
  let width = 0, height = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (crc32(png.subarray(at + 4, at + 8 + length)) !== png.readUInt32BE(at + 8 + length)) throw new Error(`${type}: bad CRC`);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (!data.subarray(8).equals(Buffer.from([8, 6, 0, 0, 0]))) throw new Error('IHDR: not 8-bit RGBA without interlace');
    } else if (type === 'IDAT') idat.push(data);
    at += length + 12;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  if (rows.length !== height * stride) throw new Error('IDAT: wrong length for the image size');
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    if (rows[y * stride] !== 0) throw new Error(`row ${y}: filter ${rows[y * stride]}, only 0 is read`);
    rgba.set(rows.subarray(y * stride + 1, (y + 1) * stride), y * width * 4);
  }
  return { width, height, rgba };
}

if (require.main === module) {
  const want = rasterizeSvg(readFileSync(ICON_SVG, 'utf8'));
  if (process.argv.includes('--check')) {
    const have = decodePng(readFileSync(ICON_PNG));
    const same = have.width === want.width && have.height === want.height && Buffer.from(have.rgba).equals(Buffer.from(want.rgba));
    if (!same) console.error(`${ICON_PNG} is stale: run npm run icon`);
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(ICON_PNG, encodePng(want));
    console.log(`wrote ${ICON_PNG} (${want.width}×${want.height})`);
  }
}
