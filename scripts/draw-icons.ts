/**
 * Draws the toolbar icons as PNGs (16, 32, 48, 128) and the matching SVG into icons/.
 * The shapes are simple enough to rasterise by hand, which keeps the build free of
 * image tools: a rounded square and two offset bars — one text line seen from two angles.
 * Run with `npx tsx scripts/draw-icons.ts`; the outputs are committed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

const BACKGROUND: Rgba = [31, 41, 55, 255];
const FRONT_BAR: Rgba = [250, 204, 21, 255];
const BACK_BAR: Rgba = [96, 165, 250, 255];

/** Shapes in a 128-unit square, so the SVG and every PNG size agree. */
interface RoundedRect {
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  color: Rgba;
}

const SHAPES: RoundedRect[] = [
  { x: 0, y: 0, width: 128, height: 128, radius: 24, color: BACKGROUND },
  { x: 30, y: 36, width: 76, height: 22, radius: 6, color: BACK_BAR },
  { x: 22, y: 70, width: 76, height: 22, radius: 6, color: FRONT_BAR },
];

function insideRoundedRect(px: number, py: number, r: RoundedRect): boolean {
  if (px < r.x || py < r.y || px > r.x + r.width || py > r.y + r.height) return false;
  const cx = Math.min(Math.max(px, r.x + r.radius), r.x + r.width - r.radius);
  const cy = Math.min(Math.max(py, r.y + r.radius), r.y + r.height - r.radius);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r.radius ** 2;
}

/** Colour of one pixel, anti-aliased by 4×4 supersampling. */
function pixel(x: number, y: number, size: number): Rgba {
  const samples = 4;
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const px = ((x + (sx + 0.5) / samples) * 128) / size;
      const py = ((y + (sy + 0.5) / samples) * 128) / size;
      let color: Rgba = [0, 0, 0, 0];
      for (const shape of SHAPES) if (insideRoundedRect(px, py, shape)) color = shape.color;
      // Premultiply so transparent samples do not darken the edges.
      sum[0]! += (color[0] * color[3]) / 255;
      sum[1]! += (color[1] * color[3]) / 255;
      sum[2]! += (color[2] * color[3]) / 255;
      sum[3]! += color[3];
    }
  }
  const n = samples * samples;
  const alpha = sum[3]! / n;
  if (alpha === 0) return [0, 0, 0, 0];
  const unpremultiply = (c: number) => Math.round(((c / n) * 255) / alpha);
  return [unpremultiply(sum[0]!), unpremultiply(sum[1]!), unpremultiply(sum[2]!), Math.round(alpha)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg(): string {
  const hex = (c: Rgba) => `#${c.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const rects = SHAPES.map(
    (s) =>
      `  <rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="${s.radius}" fill="${hex(s.color)}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">\n${rects.join('\n')}\n</svg>\n`;
}

const outDir = new URL('../icons/', import.meta.url);
for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`icon-${size}.png`, outDir), encodePng(size));
writeFileSync(new URL('icon.svg', outDir), svg());
console.log('icons written to icons/');
