/**
 * Draws BackTalk's app icons (a speech bubble holding three vertebrae) and writes them as PNG and SVG
 * into public/icons. Pure JavaScript: a tiny rasteriser with 4x supersampling and a PNG encoder over
 * node:zlib, so nothing is downloaded. Run: `npx tsx packages/web/scripts/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

type Rgb = readonly [number, number, number];
const TEAL: Rgb = [0x1d, 0x5c, 0x63];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/** Shapes in a 0..1 unit square; `inside` answers for one sample point. */
interface Shape {
  readonly colour: Rgb;
  readonly inside: (x: number, y: number) => boolean;
}

const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number) =>
  (x: number, y: number): boolean => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };

/** The tail of the speech bubble: a triangle below its lower left. */
const triangle =
  (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  (x: number, y: number): boolean => {
    const side = (px: number, py: number, qx: number, qy: number) =>
      (x - qx) * (py - qy) - (px - qx) * (y - qy);
    const d1 = side(ax, ay, bx, by);
    const d2 = side(bx, by, cx, cy);
    const d3 = side(cx, cy, ax, ay);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };

/** The artwork, scaled into a safe zone (maskable icons keep their content inside the centre 80%). */
function artwork(scale: number): Shape[] {
  const s = (v: number) => 0.5 + (v - 0.5) * scale;
  const bubble = roundedRect(s(0.16), s(0.16), s(0.84), s(0.7), 0.12 * scale);
  const tail = triangle(s(0.26), s(0.66), s(0.44), s(0.66), s(0.22), s(0.86));
  const bars = [0.27, 0.4, 0.53].map((top, index) => {
    const inset = [0.3, 0.26, 0.3][index] as number;
    return roundedRect(s(inset), s(top), s(1 - inset), s(top + 0.08), 0.04 * scale);
  });
  return [
    { colour: WHITE, inside: (x, y) => bubble(x, y) || tail(x, y) },
    ...bars.map((inside) => ({ colour: TEAL, inside })),
  ];
}

function render(size: number, maskable: boolean): Uint8Array {
  const background = maskable ? () => true : roundedRect(0, 0, 1, 1, 0.2);
  const shapes: Shape[] = [{ colour: TEAL, inside: background }, ...artwork(maskable ? 0.8 : 1)];
  const samples = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          const top = shapes.findLast((shape) => shape.inside(x, y));
          if (!top) continue;
          r += top.colour[0];
          g += top.colour[1];
          b += top.colour[2];
          a += 255;
        }
      }
      const n = samples * samples;
      const covered = a / 255;
      const offset = (py * size + px) * 4;
      rgba[offset] = covered ? Math.round(r / covered) : 0;
      rgba[offset + 1] = covered ? Math.round(g / covered) : 0;
      rgba[offset + 2] = covered ? Math.round(b / covered) : 0;
      rgba[offset + 3] = Math.round(a / n);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG file: 8-bit RGBA, no interlace, filter 0 on every row. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", new Uint8Array()),
  ]);
}

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<title>BackTalk</title>
<rect width="100" height="100" rx="20" fill="#1d5c63"/>
<rect x="16" y="16" width="68" height="54" rx="12" fill="#fff"/>
<path d="M26 66h18L22 86z" fill="#fff"/>
<rect x="30" y="27" width="40" height="8" rx="4" fill="#1d5c63"/>
<rect x="26" y="40" width="48" height="8" rx="4" fill="#1d5c63"/>
<rect x="30" y="53" width="40" height="8" rx="4" fill="#1d5c63"/>
</svg>
`;

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "public", "icons");
mkdirSync(out, { recursive: true });
for (const [name, size, maskable] of [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["maskable-512.png", 512, true],
  ["apple-touch-icon.png", 180, true],
] as const) {
  writeFileSync(join(out, name), encodePng(render(size, maskable), size, size));
}
writeFileSync(join(out, "icon.svg"), SVG);
console.log(`icons written to ${out}`);
