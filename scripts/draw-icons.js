// Draws the add-in's scorecard icon at the sizes Office asks for (16, 32, 64, 80, 128 px) into
// assets/icon-<size>.png. The shapes are described once on a 128-unit square and rasterised
// with 4×4 supersampling, so every size is anti-aliased; a tiny PNG encoder over node's zlib
// keeps the script free of image libraries. Run: node scripts/draw-icons.js [outDir]
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 4;

const BRAND = [15, 108, 189];
const CARD = [255, 255, 255];
const HEADER = [207, 228, 250];
const LINE = [138, 136, 134];
const GRADES = [
  [16, 124, 16],
  [255, 185, 0],
  [209, 52, 56],
];

/** Signed distance from (x, y) to a rounded rectangle; negative inside. */
function roundedRect(x, y, r) {
  const cx = (r.x0 + r.x1) / 2;
  const cy = (r.y0 + r.y1) / 2;
  const hx = (r.x1 - r.x0) / 2 - r.radius;
  const hy = (r.y1 - r.y0) / 2 - r.radius;
  const dx = Math.abs(x - cx) - hx;
  const dy = Math.abs(y - cy) - hy;
  const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
  return outside + Math.min(Math.max(dx, dy), 0) - r.radius;
}

/** The icon as painter's-order layers; small sizes get fewer, bolder rows so they stay legible. */
function layers(size) {
  const rows = size <= 16 ? 2 : 3;
  const top = 48;
  const step = size <= 16 ? 30 : 20;
  const thick = size <= 16 ? 14 : 9;
  const shapes = [
    { rect: { x0: 4, y0: 4, x1: 124, y1: 124, radius: 22 }, color: BRAND },
    { rect: { x0: 24, y0: 16, x1: 104, y1: 112, radius: 9 }, color: CARD },
    { rect: { x0: 24, y0: 16, x1: 104, y1: 38, radius: 9 }, color: HEADER },
    { rect: { x0: 24, y0: 30, x1: 104, y1: 38, radius: 0 }, color: HEADER },
  ];
  for (let i = 0; i < rows; i += 1) {
    const y0 = top + i * step;
    shapes.push({ rect: { x0: 34, y0, x1: 34 + thick + 2, y1: y0 + thick + 2, radius: 3 }, color: GRADES[i] });
    shapes.push({ rect: { x0: 54, y0: y0 + 2, x1: 94, y1: y0 + thick, radius: thick / 2 - 1 }, color: LINE });
  }
  return shapes;
}

function render(size) {
  const shapes = layers(size);
  const scale = 128 / size;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) * scale;
          const y = (py + (sy + 0.5) / SAMPLES) * scale;
          let color = null;
          for (const shape of shapes) if (roundedRect(x, y, shape.rect) <= 0) color = shape.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      // Colour is averaged over covered samples only (straight alpha), alpha over all samples.
      rgba[offset] = a ? Math.round(r / a) : 0;
      rgba[offset + 1] = a ? Math.round(g / a) : 0;
      rgba[offset + 2] = a ? Math.round(b / a) : 0;
      rgba[offset + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG, filter type 0 on every scanline. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function drawIcons(outDir = path.join(__dirname, '..', 'assets')) {
  fs.mkdirSync(outDir, { recursive: true });
  return SIZES.map((size) => {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    return file;
  });
}

module.exports = { drawIcons, SIZES };
if (require.main === module) for (const file of drawIcons(process.argv[2])) console.log(file);
