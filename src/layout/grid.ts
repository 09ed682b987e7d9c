/**
 * Ruled tables on a page image → grids of cells.
 *
 * Guarantees: boxes are in the pixels of the image given (the page after
 * preprocess); a residual skew up to ±1.5° is measured and followed; rules broken
 * by the scan are bridged; a merged cell (row or column span) is found where the
 * rule between two grid cells is missing; text underlines and lone lines are not
 * tables (a rule must cross at least two rules of the other direction).
 *
 * How: rules (`rules.ts`) → rules that cross each other, in connected groups → per
 * group, row lines and column lines (rules at one position merged) → grid cells,
 * joined where the separating rule segment is absent.
 */
import sharp from 'sharp';
import type { BBox } from '../model/geometry.ts';
import { coveredShare, crossing, findRules, mergeIntervals, ruleAt, toMask, type Mask, type Rule } from './rules.ts';

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  bbox: BBox;
}

export interface TableGrid {
  /** `p<page>-t<index>` */
  id: string;
  page: number;
  bbox: BBox;
  /** the horizontal lines bounding rows, top to bottom (rows + 1 of them) */
  rowLines: Rule[];
  /** the vertical lines bounding columns, left to right (cols + 1 of them) */
  colLines: Rule[];
  rows: number;
  cols: number;
  /** one per merged or single cell, in reading order */
  cells: GridCell[];
  /** 0–1: how clearly the rules said "border" or "no border" between neighbouring cells */
  confidence: number;
}

/** Scale of the page: its long side is taken as A4's 11.69 in (portrait or landscape). */
function dpiOf(width: number, height: number): number {
  return Math.max(width, height) / 11.69;
}

async function readMask(image: Buffer): Promise<Mask> {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  const grey = info.channels === 1 ? new Uint8Array(data.buffer, data.byteOffset, data.length) : pickFirstChannel(data, info.channels);
  return toMask(grey, info.width, info.height);
}

function pickFirstChannel(data: Buffer, channels: number): Uint8Array {
  const out = new Uint8Array(data.length / channels);
  for (let i = 0; i < out.length; i++) out[i] = data[i * channels];
  return out;
}

/** Distance from `at` to the nearest inked stretch of `rule` (0 inside one). */
function distanceToSegments(rule: Rule, at: number): number {
  let best = Infinity;
  for (const [a, b] of rule.segments) best = Math.min(best, at < a ? a - at : at > b ? at - b : 0);
  return best;
}

function touches(h: Rule, v: Rule, tolerance: number): boolean {
  const { x, y } = crossing(h, v);
  return distanceToSegments(h, x) <= tolerance && distanceToSegments(v, y) <= tolerance;
}

/** Rules at (nearly) one position are one line: their segments are merged. */
function mergeLines(rules: Rule[], within: number, gap: number, at: number): Rule[] {
  const sorted = [...rules].sort((a, b) => ruleAt(a, at) - ruleAt(b, at));
  const lines: Rule[][] = [];
  for (const rule of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(ruleAt(rule, at) - ruleAt(last[last.length - 1], at)) <= within) last.push(rule);
    else lines.push([rule]);
  }
  return lines.map((group) => {
    const weight = (r: Rule) => r.segments.reduce((s, [a, b]) => s + b - a, 0);
    const total = group.reduce((s, r) => s + weight(r), 0);
    return {
      direction: group[0].direction,
      slope: group[0].slope,
      offset: group.reduce((s, r) => s + r.offset * weight(r), 0) / total,
      thickness: Math.max(...group.map((r) => r.thickness)),
      segments: mergeIntervals(
        group.flatMap((r) => r.segments),
        gap,
      ),
    };
  });
}

/** Keeps the rules that cross at least two rules of the other direction, until stable. */
function crossingRules(horizontal: Rule[], vertical: Rule[], tolerance: number): { h: Rule[]; v: Rule[] } {
  let h = horizontal;
  let v = vertical;
  for (let round = 0; round < 4; round++) {
    const nh = h.filter((r) => v.filter((q) => touches(r, q, tolerance)).length >= 2);
    const nv = v.filter((q) => nh.filter((r) => touches(r, q, tolerance)).length >= 2);
    if (nh.length === h.length && nv.length === v.length) break;
    [h, v] = [nh, nv];
  }
  return { h, v };
}

/** Groups of rules connected by crossings: each is one table. */
function connectedTables(h: Rule[], v: Rule[], tolerance: number): Array<{ h: Rule[]; v: Rule[] }> {
  const parent = [...h.map((_, i) => i), ...v.map((_, i) => h.length + i)];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  h.forEach((r, i) => v.forEach((q, j) => touches(r, q, tolerance) && (parent[find(i)] = find(h.length + j))));
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  const group = (i: number) => groups.get(find(i)) ?? groups.set(find(i), { h: [], v: [] }).get(find(i))!;
  h.forEach((r, i) => group(i).h.push(r));
  v.forEach((q, j) => group(h.length + j).v.push(q));
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

function cornerBox(points: Array<{ x: number; y: number }>): BBox {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { l: Math.round(Math.min(...xs)), t: Math.round(Math.min(...ys)), r: Math.round(Math.max(...xs)), b: Math.round(Math.max(...ys)) };
}

/** Box of the grid rectangle between row lines r0..r1 and column lines c0..c1. */
function spanBox(rowLines: Rule[], colLines: Rule[], r0: number, r1: number, c0: number, c1: number): BBox {
  return cornerBox([crossing(rowLines[r0], colLines[c0]), crossing(rowLines[r0], colLines[c1]), crossing(rowLines[r1], colLines[c0]), crossing(rowLines[r1], colLines[c1])]);
}

/** Cells of a grid: neighbours with no rule between them are one (merged) cell. */
function gridCells(rowLines: Rule[], colLines: Rule[]): { cells: GridCell[]; confidence: number } {
  const rows = rowLines.length - 1;
  const cols = colLines.length - 1;
  const id = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (a: number, b: number) => (parent[find(a)] = find(b));
  let decisiveness = 0;
  let boundaries = 0;
  const present = (share: number) => {
    boundaries++;
    decisiveness += Math.max(share, 1 - share);
    return share >= 0.5;
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols) {
        const line = colLines[c + 1];
        const top = crossing(rowLines[r], line).y + rowLines[r].thickness;
        const bottom = crossing(rowLines[r + 1], line).y - rowLines[r + 1].thickness;
        if (!present(coveredShare(line, top, bottom))) join(id(r, c), id(r, c + 1));
      }
      if (r + 1 < rows) {
        const line = rowLines[r + 1];
        const left = crossing(line, colLines[c]).x + colLines[c].thickness;
        const right = crossing(line, colLines[c + 1]).x - colLines[c + 1].thickness;
        if (!present(coveredShare(line, left, right))) join(id(r, c), id(r + 1, c));
      }
    }
  }
  // a merged cell is a rectangle: grow each group to its bounding rectangle until stable
  for (let changed = true; changed; ) {
    changed = false;
    const rect = new Map<number, [number, number, number, number]>();
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const k = find(id(r, c));
        const b = rect.get(k);
        rect.set(k, b ? [Math.min(b[0], r), Math.min(b[1], c), Math.max(b[2], r), Math.max(b[3], c)] : [r, c, r, c]);
      }
    for (const [k, [r0, c0, r1, c1]] of rect)
      for (let r = r0; r <= r1; r++)
        for (let c = c0; c <= c1; c++)
          if (find(id(r, c)) !== find(k)) {
            join(id(r, c), k);
            changed = true;
          }
  }
  const seen = new Set<number>();
  const cells: GridCell[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const k = find(id(r, c));
      if (seen.has(k)) continue;
      seen.add(k);
      let r1 = r;
      while (r1 + 1 < rows && find(id(r1 + 1, c)) === k) r1++;
      let c1 = c;
      while (c1 + 1 < cols && find(id(r, c1 + 1)) === k) c1++;
      cells.push({ row: r, col: c, rowSpan: r1 - r + 1, colSpan: c1 - c + 1, bbox: spanBox(rowLines, colLines, r, r1 + 1, c, c1 + 1) });
    }
  return { cells, confidence: boundaries ? decisiveness / boundaries : 1 };
}

/** Finds the ruled tables of a page image (greyscale, deskewed; any dpi). */
export async function findTables(image: Buffer, page: { number: number; width: number; height: number }): Promise<TableGrid[]> {
  const mask = await readMask(image);
  const dpi = dpiOf(mask.width, mask.height);
  const options = { minLength: Math.round(dpi * 0.2), gap: Math.max(3, Math.round(dpi * 0.03)), maxSkewDegrees: 1.5 };
  const tolerance = Math.round(dpi * 0.04);
  const { h, v } = crossingRules(findRules(mask, 'horizontal', options), findRules(mask, 'vertical', options), tolerance);
  const grids: TableGrid[] = [];
  for (const group of connectedTables(h, v, tolerance)) {
    const midX = (Math.min(...group.v.map((q) => q.offset)) + Math.max(...group.v.map((q) => q.offset))) / 2;
    const midY = (Math.min(...group.h.map((r) => r.offset)) + Math.max(...group.h.map((r) => r.offset))) / 2;
    const within = Math.max(4, Math.round(dpi * 0.02));
    let rowLines = mergeLines(group.h, within, options.gap, midX);
    let colLines = mergeLines(group.v, within, options.gap, midY);
    if (rowLines.length < 2 || colLines.length < 2) continue;
    let { cells, confidence } = gridCells(rowLines, colLines);
    // a line every cell spans across bounds nothing (a stray stroke crossing the table): drop it
    for (let pruned = true; pruned; ) {
      pruned = false;
      const idleRow = rowLines.findIndex((_, i) => i > 0 && i < rowLines.length - 1 && !cells.some((c) => c.row === i));
      const idleCol = colLines.findIndex((_, i) => i > 0 && i < colLines.length - 1 && !cells.some((c) => c.col === i));
      if (idleRow > 0) rowLines = rowLines.filter((_, i) => i !== idleRow);
      if (idleCol > 0) colLines = colLines.filter((_, i) => i !== idleCol);
      if (idleRow > 0 || idleCol > 0) {
        ({ cells, confidence } = gridCells(rowLines, colLines));
        pruned = true;
      }
    }
    const box = spanBox(rowLines, colLines, 0, rowLines.length - 1, 0, colLines.length - 1);
    // strokes of glyphs a JPEG blurred into "rules" make grids a word wide: a table holding text is wider and taller
    if (box.r - box.l < dpi || box.b - box.t < dpi * 0.2) continue;
    grids.push({
      id: `p${page.number}-t${grids.length + 1}`,
      page: page.number,
      bbox: box,
      rowLines,
      colLines,
      rows: rowLines.length - 1,
      cols: colLines.length - 1,
      cells,
      confidence: Math.round(confidence * 100) / 100,
    });
  }
  return grids.sort((a, b) => a.bbox.t - b.bbox.t).map((g, i) => ({ ...g, id: `p${page.number}-t${i + 1}` }));
}

/** The grid cell holding a point (page pixels), following the rules' slope; undefined outside the grid. */
export function cellAt(grid: TableGrid, x: number, y: number): GridCell | undefined {
  const row = indexBetween(grid.rowLines.map((line) => ruleAt(line, x)), y);
  const col = indexBetween(grid.colLines.map((line) => ruleAt(line, y)), x);
  if (row < 0 || col < 0) return undefined;
  return grid.cells.find((c) => row >= c.row && row < c.row + c.rowSpan && col >= c.col && col < c.col + c.colSpan);
}

function indexBetween(bounds: number[], at: number): number {
  for (let i = 0; i + 1 < bounds.length; i++) if (at >= bounds[i] && at < bounds[i + 1]) return i;
  return -1;
}

/** Paints the grids' rules white, so OCR reads the cell text without the lines. */
export async function removeRules(image: Buffer, grids: TableGrid[]): Promise<Buffer> {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const pixels = Buffer.from(data);
  const margin = 2;
  for (const grid of grids) {
    for (const line of [...grid.rowLines, ...grid.colLines]) {
      const half = Math.ceil(line.thickness / 2) + margin;
      for (const [from, to] of line.segments) {
        for (let a = Math.max(0, from - margin); a < to + margin; a++) {
          const centre = Math.round(ruleAt(line, a));
          for (let c = centre - half; c <= centre + half + 1; c++) {
            const [x, y] = line.direction === 'horizontal' ? [a, c] : [c, a];
            if (x >= 0 && x < width && y >= 0 && y < height) pixels[y * width + x] = 255;
          }
        }
      }
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 1 } }).png({ compressionLevel: 1 }).toBuffer();
}
