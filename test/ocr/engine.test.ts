import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcrEngine, vieLanguagePath } from '../../src/ocr/engine.ts';
import { characterErrorRate } from '../../src/measure/text-metrics.ts';

// the title block of a bundled 300 dpi page: "KẾ HOẠCH" and its two title lines
const page = readFileSync(new URL('../../fixtures/pages/hoangmai-cchc-2021-p1.png', import.meta.url));
const titleBlock = sharp(page).extract({ left: 600, top: 520, width: 1400, height: 270 }).png().toBuffer();
const expected = 'KẾ HOẠCH\nThực hiện công tác cải cách hành chính\ntrên địa bàn quận Hoàng Mai năm 2021';

describe('the OCR engine', () => {
  const engine = createOcrEngine({ workers: 1, recycleAfter: 2 });
  afterAll(async () => (await engine).close());

  it('loads the Vietnamese model from node_modules', () => {
    expect(readFileSync(`${vieLanguagePath()}/vie.traineddata.gz`).length).toBeGreaterThan(1_000_000);
  });

  it('reads Vietnamese lines with their words, boxes and 0–1 confidences', async () => {
    const result = await (await engine).recognize(await titleBlock, { psm: 'block' });
    expect(characterErrorRate(result.text, expected)).toBeLessThan(0.02);
    expect(result.lines).toHaveLength(3);
    for (const word of result.words) {
      expect(word.confidence).toBeGreaterThan(0);
      expect(word.confidence).toBeLessThanOrEqual(1);
      expect(word.bbox.r).toBeGreaterThan(word.bbox.l);
      expect(word.bbox.b).toBeGreaterThan(word.bbox.t);
    }
    expect(result.lines[1].bbox.t).toBeGreaterThan(result.lines[0].bbox.b - 5);
  });

  it('keeps reading the same after its worker is recycled', async () => {
    const e = await engine;
    const texts = [];
    for (let i = 0; i < 3; i++) texts.push((await e.recognize(await titleBlock, { psm: 'block' })).text);
    expect(new Set(texts).size).toBe(1);
  });

  it('reads only the rectangle asked for, in the coordinates of the whole image', async () => {
    const result = await (await engine).recognize(page, { psm: 'block', rectangle: { left: 1050, top: 530, width: 500, height: 90 } });
    expect(result.text).toBe('KẾ HOẠCH');
    expect(result.words[0].bbox.l).toBeGreaterThan(1050);
  });
});
