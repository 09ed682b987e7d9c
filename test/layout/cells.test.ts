import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTables } from '../../src/layout/grid.ts';
import { readTableCells, wordsToLines } from '../../src/layout/read-cells.ts';
import { createOcrEngine, type OcrEngine } from '../../src/ocr/engine.ts';

/** A ruled 4 × 3 schedule table with Vietnamese text, on an A4 page at 300 dpi (only the top part is drawn on). */
const ROWS = [
  ['TT', 'Nội dung công việc', 'Thời gian'],
  ['1', 'Kiện toàn Ban chỉ đạo', 'Tháng 3/2024'],
  ['2', 'Kiểm tra công tác văn thư', 'Quý II'],
  ['3', 'Sơ kết 6 tháng đầu năm', 'Trước 30/6'],
];

async function tablePage(): Promise<{ png: Buffer; width: number; height: number }> {
  const width = 2480;
  const height = 3508;
  const cols = [200, 400, 1500, 2200];
  const rowH = 130;
  const top = 300;
  const parts: string[] = [];
  for (let r = 0; r <= ROWS.length; r++) parts.push(`<line x1="${cols[0]}" y1="${top + r * rowH}" x2="${cols[3]}" y2="${top + r * rowH}" stroke="black" stroke-width="4"/>`);
  for (const x of cols) parts.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${top + ROWS.length * rowH}" stroke="black" stroke-width="4"/>`);
  ROWS.forEach((row, r) =>
    row.forEach((text, c) => parts.push(`<text x="${cols[c] + 25}" y="${top + r * rowH + 85}" font-family="DejaVu Serif" font-size="50">${text}</text>`)),
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/>${parts.join('')}</svg>`;
  const png = await sharp(Buffer.from(svg)).greyscale().png().toBuffer();
  return { png, width, height };
}

describe('readTableCells reads each cell of a ruled table', () => {
  let engine: OcrEngine;
  beforeAll(async () => {
    engine = await createOcrEngine({ workers: 1 });
  });
  afterAll(async () => {
    await engine.close();
  });

  it('gives each cell its own text, in grid order', async () => {
    const { png, width, height } = await tablePage();
    const grids = await findTables(png, { number: 1, width, height });
    expect([grids[0].rows, grids[0].cols]).toEqual([4, 3]);
    const [table] = await readTableCells(png, grids, engine);
    const text = (r: number, c: number) => table.cells.find((x) => x.row === r && x.col === c)?.text ?? '';
    const exact = ROWS.flatMap((row, r) => row.map((want, c) => (text(r, c) === want ? 1 : 0) as number)).reduce((a, b) => a + b, 0);
    expect(exact / 12).toBeGreaterThanOrEqual(0.8);
    expect(text(1, 1)).toMatch(/Ban chỉ đạo/);
    expect(table.id).toBe('p1-t1');
    for (const cell of table.cells) expect(cell.confidence).toBeGreaterThan(0.3);
  });
});

describe('wordsToLines', () => {
  it('orders words into lines by their vertical middles, then left to right', () => {
    const w = (text: string, l: number, t: number) => ({ text, bbox: { l, t, r: l + 40, b: t + 30 }, confidence: 0.9, line: 0 });
    expect(wordsToLines([w('hai', 60, 52), w('một', 10, 50), w('ba', 10, 100)])).toEqual(['một hai', 'ba']);
  });
});
