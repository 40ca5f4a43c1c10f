// The extension's icon: a 128×128 PNG (the Marketplace takes no SVG) that is exactly the drawing of its
// SVG source, as `npm run icon` makes it (scripts/generate-icon.ts).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodePng, encodePng, ICON_PNG, ICON_SVG, rasterizeSvg, type Raster } from '../scripts/generate-icon';

const ROOT = path.join(__dirname, '..');

describe('the icon', () => {
  let drawn: Raster;
  before(() => { drawn = rasterizeSvg(fs.readFileSync(ICON_SVG, 'utf8')); });

  it('package.json names docs/images/icon.png, a 128×128 PNG whose pixels are those of icon.svg (run npm run icon)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { icon: string };
    assert.equal(path.join(ROOT, pkg.icon), ICON_PNG);
    const png = decodePng(fs.readFileSync(ICON_PNG));
    assert.deepEqual([png.width, png.height], [128, 128]);
    assert.ok(Buffer.from(png.rgba).equals(Buffer.from(drawn.rgba)), `${ICON_PNG} is stale: run npm run icon`);
  });

  it('is opaque inside its rounded square and transparent in the corners it cuts off', () => {
    const { rgba, width } = drawn;
    const alpha = (x: number, y: number) => rgba[(y * width + x) * 4 + 3];
    assert.equal(alpha(0, 0), 0);
    assert.equal(alpha(127, 127), 0);
    assert.equal(alpha(64, 2), 255);
    assert.equal(alpha(64, 64), 255);
  });

  it('gives a partly covered pixel a partial alpha, and refuses what it cannot draw exactly', () => {
    const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4" viewBox="0 0 4 4">${body}</svg>`;
    const square = rasterizeSvg(svg('<rect x="0" y="0" width="2" height="4" fill="#ff0000"/>'));
    assert.deepEqual([...square.rgba.subarray(0, 4)], [255, 0, 0, 255]);
    assert.deepEqual([...square.rgba.subarray(12, 16)], [0, 0, 0, 0]);
    // Half of the pixel at (1, 0) is covered: alpha is half, the colour stays the shape's.
    const half = rasterizeSvg(svg('<rect x="0" y="0" width="1.5" height="4" fill="#00ff00"/>'));
    assert.deepEqual([...half.rgba.subarray(4, 8)], [0, 255, 0, 128]);
    assert.throws(() => rasterizeSvg(svg('<path d="M0 0L4 4" fill="#000000"/>')), /<path> is not drawn/);
    assert.throws(() => rasterizeSvg(svg('<rect x="0" y="0" width="4" height="4" fill="#000000" opacity="0.5"/>')), /attribute opacity is not drawn/);
    assert.throws(() => rasterizeSvg(svg('<circle cx="2" cy="2" r="1" fill="red"/>')), /#rrggbb/);
    assert.throws(() => rasterizeSvg(svg('<polyline points="0,0 4,4" fill="none" stroke="#000000" stroke-width="1"/>')), /stroke-linecap/);
  });

  it('writes a PNG that reads back to the same pixels, and whose chunks carry correct CRCs', () => {
    const png = encodePng(drawn);
    assert.deepEqual(decodePng(png), drawn);
    const corrupt = Buffer.from(png);
    corrupt[20] ^= 1; // inside IHDR's data
    assert.throws(() => decodePng(corrupt), /IHDR: bad CRC/);
  });
});
