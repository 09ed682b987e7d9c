import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTables } from '../../src/layout/grid.ts';
import { readTableCells } from '../../src/layout/read-cells.ts';
import { createOcrEngine, type OcrEngine } from '../../src/ocr/engine.ts';
import { preprocessPage } from '../../src/preprocess/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Cell texts of the tables on a fixture page, read cell by cell (no restorer: the OCR's own reading). */
async function cellTexts(engine: OcrEngine, file: string): Promise<string[]> {
  const image = readFileSync(path.join(ROOT, file));
  const meta = await sharp(image).metadata();
  const page = await preprocessPage({ number: 1, kind: 'image', width: meta.width!, height: meta.height!, dpi: 300, image, transforms: [], lines: [], regions: [] });
  const grids = await findTables(page.image!, page);
  const tables = await readTableCells(page.image!, grids, engine);
  return tables.flatMap((t) => t.cells.map((c) => c.text.replace(/\s*\n\s*/g, ' ')));
}

/**
 * Tesseract joins serif I's: "Quý III" comes out "Quý II", the "I" of "Học kỳ I" is
 * swallowed into the box of "kỳ", heading "III." reads "IHI.". The cell reader counts
 * the strokes on the crop (src/ocr/roman.ts).
 */
describe('Roman numerals in cells are re-read by their strokes', () => {
  let engine: OcrEngine;
  beforeAll(async () => {
    engine = await createOcrEngine({ workers: 2 });
  });
  afterAll(async () => {
    await engine.close();
  });

  it('after "Quý" and "Học kỳ", and opening a group row', async () => {
    const cells = await cellTexts(engine, 'fixtures/pages/namdinh-sgddt-2023-p3.png');
    expect(cells).toContain('Quý I và Quý III');
    expect(cells).toContain('Học kỳ I năm học 2023 - 2024');
    expect(cells).toContain('II. DẠY HỌC VÀ KIỂM TRA, ĐÁNH GIÁ'); // read "I." without the re-reading
    expect(cells).toContain('Định kỳ 6 tháng'); // "kỳ" not after "Học": nothing added
  }, 120_000);
});
