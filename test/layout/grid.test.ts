import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cellAt, findTables, removeRules, type TableGrid } from '../../src/layout/grid.ts';

/**
 * A ruled table drawn as SVG: 6 rows × 4 columns at `scale` px per unit; row 1 is a
 * group row spanning all columns; column 3 spans rows 3–4 (a merged unit cell);
 * some rules have breaks, as on a worn scan; cells hold text-like dark bars.
 */
function tableSvg(options: { width: number; height: number; scale: number; breaks: boolean }): string {
  const { scale: k } = options;
  const x0 = 60 * k;
  const y0 = 80 * k;
  const colX = [0, 60, 420, 640, 820].map((x) => x0 + x * k);
  const rowY = [0, 50, 85, 150, 215, 280, 345].map((y) => y0 + y * k);
  const lines: string[] = [];
  const stroke = Math.max(1, Math.round(1.5 * k));
  const hline = (y: number, xa: number, xb: number) => lines.push(`<line x1="${xa}" y1="${y}" x2="${xb}" y2="${y}" stroke="black" stroke-width="${stroke}"/>`);
  const vline = (x: number, ya: number, yb: number) => lines.push(`<line x1="${x}" y1="${ya}" x2="${x}" y2="${yb}" stroke="black" stroke-width="${stroke}"/>`);
  const gap = options.breaks ? 4 * k : 0;
  // horizontal rules; the one between rows 3 and 4 is missing in column 3 (merged cell)
  rowY.forEach((y, i) => {
    if (i === 4) {
      hline(y, colX[0], colX[3]);
      return;
    }
    if (options.breaks && i === 2) {
      hline(y, colX[0], colX[2] - 40 * k);
      hline(y, colX[2] - 40 * k + gap, colX[4]);
    } else hline(y, colX[0], colX[4]);
  });
  // vertical rules; the inner ones skip the group row (row 1)
  colX.forEach((x, j) => {
    const outer = j === 0 || j === colX.length - 1;
    if (outer) vline(x, rowY[0], rowY[6]);
    else {
      vline(x, rowY[0], rowY[1]);
      if (options.breaks && j === 2) {
        vline(x, rowY[2], rowY[4] + 10 * k);
        vline(x, rowY[4] + 10 * k + gap, rowY[6]);
      } else vline(x, rowY[2], rowY[6]);
    }
  });
  // text-like marks inside cells (short bars, like words), and an underline under a heading
  const marks: string[] = [];
  for (let r = 0; r < 6; r++)
    for (let c = 0; c < 4; c++) {
      const cx = colX[c] + 8 * k;
      const cy = rowY[r] + 14 * k;
      for (let w = 0; w < 3 && cx + (w + 1) * 28 * k < colX[c + 1]; w++)
        marks.push(`<rect x="${cx + w * 28 * k}" y="${cy}" width="${22 * k}" height="${8 * k}" fill="#222"/>`);
    }
  marks.push(`<rect x="${x0}" y="${30 * k}" width="${200 * k}" height="${stroke}" fill="black"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${options.width}" height="${options.height}"><rect width="100%" height="100%" fill="white"/>${lines.join('')}${marks.join('')}</svg>`;
}

async function render(options: { scale: number; rotate?: number; breaks?: boolean; noise?: boolean }): Promise<{ png: Buffer; width: number; height: number }> {
  const width = Math.round(1000 * options.scale);
  const height = Math.round(1414 * options.scale);
  let img = sharp(Buffer.from(tableSvg({ width, height, scale: options.scale, breaks: options.breaks ?? false }))).greyscale();
  if (options.rotate) img = img.rotate(options.rotate, { background: '#ffffff' });
  let { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  if (options.noise) {
    // speckle: isolated dark pixels, as a scanner leaves
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < data.length / 400; i++) data[Math.floor(rand() * data.length)] = 0;
  }
  const png = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).png().toBuffer();
  return { png, width: info.width, height: info.height };
}

function spans(grid: TableGrid): string[] {
  return grid.cells.filter((c) => c.rowSpan > 1 || c.colSpan > 1).map((c) => `r${c.row}c${c.col}:${c.rowSpan}x${c.colSpan}`);
}

describe('findTables finds the grid of a ruled table', () => {
  it('finds rows, columns, a group row spanning the table and a merged cell', async () => {
    const { png, width, height } = await render({ scale: 2 });
    const grids = await findTables(png, { number: 1, width, height });
    expect(grids).toHaveLength(1);
    expect([grids[0].rows, grids[0].cols]).toEqual([6, 4]);
    expect(spans(grids[0]).sort()).toEqual(['r1c0:1x4', 'r3c3:2x1']);
    expect(grids[0].cells).toHaveLength(6 * 4 - 3 - 1);
  });

  it('follows a slight rotation, broken rules and speckle noise', async () => {
    const { png, width, height } = await render({ scale: 2.5, rotate: 0.8, breaks: true, noise: true });
    const grids = await findTables(png, { number: 2, width, height });
    expect(grids).toHaveLength(1);
    expect([grids[0].rows, grids[0].cols]).toEqual([6, 4]);
    expect(spans(grids[0]).sort()).toEqual(['r1c0:1x4', 'r3c3:2x1']);
    expect(grids[0].id).toBe('p2-t1');
    expect(grids[0].confidence).toBeGreaterThan(0.8);
  });

  it('works at a low dpi too', async () => {
    const { png, width, height } = await render({ scale: 1.2, rotate: -0.5 });
    const grids = await findTables(png, { number: 1, width, height });
    expect([grids[0]?.rows, grids[0]?.cols]).toEqual([6, 4]);
  });

  it('finds no table on a page without rules', async () => {
    const png = await sharp({ create: { width: 1000, height: 1400, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(await findTables(png, { number: 1, width: 1000, height: 1400 })).toEqual([]);
  });

  it('locates a point in its cell, merged cells included', async () => {
    const { png, width, height } = await render({ scale: 2 });
    const [grid] = await findTables(png, { number: 1, width, height });
    const merged = grid.cells.find((c) => c.rowSpan === 2)!;
    const inside = { x: (merged.bbox.l + merged.bbox.r) / 2, y: merged.bbox.b - 10 };
    expect(cellAt(grid, inside.x, inside.y)).toBe(merged);
    expect(cellAt(grid, 5, 5)).toBeUndefined();
  });
});

describe('removeRules paints the rules white', () => {
  it('leaves the text marks and removes the lines', async () => {
    const { png, width, height } = await render({ scale: 2, rotate: 0.6 });
    const grids = await findTables(png, { number: 1, width, height });
    const cleaned = await removeRules(png, grids);
    expect(await findTables(cleaned, { number: 1, width, height })).toEqual([]);
    const dark = async (img: Buffer) => {
      const { data } = await sharp(img).greyscale().raw().toBuffer({ resolveWithObject: true });
      let n = 0;
      for (const v of data) if (v < 128) n++;
      return n;
    };
    const before = await dark(png);
    const after = await dark(cleaned);
    expect(after).toBeLessThan(before * 0.8);
    expect(after).toBeGreaterThan(before * 0.3); // the text marks stay
  });
});

describe('grids a word wide', () => {
  it('are glyph strokes, not tables: a box narrower than an inch is dropped', async () => {
    // an A4 page at 300 dpi with a 2 × 2 "grid" 150 px wide, as a blurred JPEG letter's strokes can make
    const width = 2480;
    const height = 3508;
    const rules = [0, 40, 80].map((y) => `<rect x="700" y="${800 + y}" width="150" height="3" fill="black"/>`).join('') + [0, 75, 150].map((x) => `<rect x="${700 + x}" y="800" width="3" height="83" fill="black"/>`).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/>${rules}</svg>`;
    const png = await sharp(Buffer.from(svg)).greyscale().png().toBuffer();
    expect(await findTables(png, { number: 1, width, height })).toEqual([]);
  });
});
