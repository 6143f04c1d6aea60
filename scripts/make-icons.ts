/**
 * Draws the Teams app icons: a spanner (the technician's tool) joined to two network nodes (the
 * technician network), in the manifest's accent colour.
 *
 *   npx tsx scripts/make-icons.ts
 *
 * writes `appPackage/color.png` (192×192, full colour) and `appPackage/outline.png` (32×32,
 * white on transparent, as Teams requires). Shapes are signed distance functions sampled 4×4 per
 * pixel, so edges are anti-aliased without a drawing library.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

type Point = readonly [number, number];
type Rgb = readonly [number, number, number];

/** The manifest's `accentColor` and its darker partner for the background gradient. */
const TEAL_TOP: Rgb = [0x13, 0x7c, 0x80];
const TEAL_BOTTOM: Rgb = [0x0b, 0x4f, 0x5c];
const WHITE: Rgb = [255, 255, 255];
const AMBER: Rgb = [0xf5, 0xb9, 0x42];

const sub = (a: Point, b: Point): Point => [a[0] - b[0], a[1] - b[1]];
const dot = (a: Point, b: Point) => a[0] * b[0] + a[1] * b[1];
const length = (a: Point) => Math.hypot(a[0], a[1]);

function disk(p: Point, centre: Point, radius: number): number {
  return length(sub(p, centre)) - radius;
}

function capsule(p: Point, a: Point, b: Point, radius: number): number {
  const pa = sub(p, a);
  const ba = sub(b, a);
  const h = Math.min(1, Math.max(0, dot(pa, ba) / dot(ba, ba)));
  return length([pa[0] - ba[0] * h, pa[1] - ba[1] * h]) - radius;
}

/** The glyph in unit coordinates (0..1, y down); `weight` thickens thin strokes for small sizes. */
function glyph(weight: number) {
  const tail: Point = [0.27, 0.73];
  const head: Point = [0.65, 0.35];
  const axis = sub(head, tail);
  const unit: Point = [axis[0] / length(axis), axis[1] / length(axis)];
  const hub: Point = [0.44, 0.56];
  const nodes: Point[] = [
    [0.22, 0.24],
    [0.77, 0.77],
  ];
  return {
    spanner(p: Point): number {
      const handle = capsule(p, tail, head, 0.055 * weight);
      // Open jaw at the head: a disc with a slot opening away from the handle.
      const jaw = Math.max(
        disk(p, head, 0.165),
        -disk(p, head, 0.07),
        -capsule(p, head, [head[0] + unit[0] * 0.3, head[1] + unit[1] * 0.3], 0.07),
      );
      // Ring at the tail, with its hole.
      const ring = Math.max(disk(p, tail, 0.11), -disk(p, tail, 0.05));
      const handleOutsideHoles = Math.max(handle, -disk(p, tail, 0.05), -disk(p, head, 0.07));
      return Math.min(handleOutsideHoles, jaw, ring);
    },
    links(p: Point): number {
      return Math.min(...nodes.map((n) => capsule(p, hub, n, 0.024 * weight)));
    },
    nodes(p: Point): number {
      return Math.min(...nodes.map((n) => disk(p, n, 0.085)));
    },
    nodeCores(p: Point): number {
      return Math.min(...nodes.map((n) => disk(p, n, 0.085 - 0.028 * weight)));
    },
  };
}

const SAMPLES = 4;

function render(size: number, shade: (p: Point) => readonly [Rgb, number]): PNG {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const p: Point = [(x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size];
          const [rgb, alpha] = shade(p);
          r += rgb[0] * alpha;
          g += rgb[1] * alpha;
          b += rgb[2] * alpha;
          a += alpha;
        }
      }
      const i = (y * size + x) * 4;
      const n = SAMPLES * SAMPLES;
      // Colours are averaged weighted by coverage, so partly covered edge pixels keep their hue.
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / n) * 255);
    }
  }
  return png;
}

/** Maps icon coordinates into the glyph's box, leaving Teams' recommended padding. */
const inset = (p: Point, margin: number): Point => [(p[0] - margin) / (1 - 2 * margin), (p[1] - margin) / (1 - 2 * margin)];

function colorIcon(): PNG {
  const shape = glyph(1);
  return render(192, (p) => {
    const q = inset(p, 0.1);
    if (shape.nodeCores(q) < 0) return [AMBER, 1];
    if (shape.nodes(q) < 0 || shape.spanner(q) < 0 || shape.links(q) < 0) return [WHITE, 1];
    const t = p[1];
    const background: Rgb = [0, 1, 2].map((c) => TEAL_TOP[c] + (TEAL_BOTTOM[c] - TEAL_TOP[c]) * t) as unknown as Rgb;
    return [background, 1];
  });
}

function outlineIcon(): PNG {
  // Teams draws the outline icon itself at 32×32 on its own colours: white only, no fill.
  const shape = glyph(1.6);
  return render(32, (p) => {
    const q = inset(p, 0.02);
    const inside = shape.spanner(q) < 0 || shape.links(q) < 0 || (shape.nodes(q) < 0 && shape.nodeCores(q) >= 0);
    return [WHITE, inside ? 1 : 0];
  });
}

const outDir = join(__dirname, '..', 'appPackage');
writeFileSync(join(outDir, 'color.png'), PNG.sync.write(colorIcon()));
writeFileSync(join(outDir, 'outline.png'), PNG.sync.write(outlineIcon()));
console.log(`Wrote ${join(outDir, 'color.png')} and ${join(outDir, 'outline.png')}`);
