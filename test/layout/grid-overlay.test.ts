import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawOverlay, overlaySvg } from '../../src/layout/overlay.ts';
import type { Page, Table } from '../../src/model/document.ts';

const page: Page = {
  number: 1,
  kind: 'image',
  width: 400,
  height: 300,
  dpi: 100,
  transforms: [],
  regions: [{ kind: 'title', page: 1, bbox: { l: 10, t: 10, r: 390, b: 40 } }],
  lines: [
    {
      id: 'p1-l0', page: 1, text: 'mờ rõ', original: 'mờ rõ', confidence: 0.5, block: 0,
      words: [
        { text: 'mờ', bbox: { l: 20, t: 250, r: 60, b: 280 }, confidence: 0.3, line: 0 },
        { text: 'rõ', bbox: { l: 100, t: 250, r: 140, b: 280 }, confidence: 0.95, line: 0 },
      ],
    },
  ],
};

const table: Table = {
  id: 'p1-t1', page: 1, rows: 2, cols: 2, confidence: 0.9, bbox: { l: 50, t: 60, r: 350, b: 200 },
  cells: [
    { row: 0, col: 0, rowSpan: 1, colSpan: 1, text: 'TT', confidence: 0.9, bbox: { l: 50, t: 60, r: 100, b: 100 } },
    { row: 0, col: 1, rowSpan: 1, colSpan: 1, text: 'Nội dung công việc', confidence: 0.9, bbox: { l: 100, t: 60, r: 350, b: 100 } },
    { row: 1, col: 0, rowSpan: 1, colSpan: 2, text: 'QUÝ I/2024', confidence: 0.9, bbox: { l: 50, t: 100, r: 350, b: 200 } },
  ],
};

describe('drawOverlay draws the grid, cells, roles, regions and unsure words on the page', () => {
  it('labels each column with the role its header gives', () => {
    const svg = overlaySvg(page, [table], { 'p1-t1': ['no', 'content'] }, 400, 300);
    expect(svg).toContain('>no<');
    expect(svg).toContain('>content<');
    expect(svg).toContain('>title<');
    expect((svg.match(/#ff0000/g) ?? []).length).toBe(2); // the one low-confidence word (fill + stroke)
  });

  it('returns a colour PNG of the page size with the marks on it', async () => {
    const image = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#ffffff' } }).greyscale().png().toBuffer();
    const png = await drawOverlay(image, page, [table]);
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([400, 300, 3]);
    const at = (x: number, y: number) => [...data.subarray((y * 400 + x) * 3, (y * 400 + x) * 3 + 3)];
    const [r, g, b] = at(30, 265); // inside the low-confidence word: tinted red
    expect(r).toBeGreaterThan(g + 20);
    expect(r).toBeGreaterThan(b + 20);
    expect(at(120, 265)).toEqual([255, 255, 255]); // the sure word is left alone
  });
});
