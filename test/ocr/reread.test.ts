import { describe, expect, it } from 'vitest';
import type { OcrEngine, OcrLine, OcrOptions } from '../../src/ocr/engine.ts';
import { isUnsure, isWellFormed, lineWindow, rereadUnsureLines } from '../../src/ocr/reread.ts';

type Word = OcrLine['words'][number];
const word = (text: string, l: number, confidence: number, t = 100, height = 60): Word => ({ text, bbox: { l, t, r: l + 30 * [...text].length, b: t + height }, confidence, line: 0 });
const line = (...words: Word[]): OcrLine => ({
  text: words.map((w) => w.text).join(' '),
  bbox: { l: Math.min(...words.map((w) => w.bbox.l)), t: Math.min(...words.map((w) => w.bbox.t)), r: Math.max(...words.map((w) => w.bbox.r)), b: Math.max(...words.map((w) => w.bbox.b)) },
  confidence: words.reduce((s, w) => s + w.confidence, 0) / words.length,
  block: 0,
  words,
});
const size = { width: 2480, height: 3508 };

/** An engine that answers every rectangle with the next of `answers` (in order of asking), and notes the rectangles. */
function scriptedEngine(answers: Array<Array<[string, number]>>) {
  const asked: NonNullable<OcrOptions['rectangle']>[] = [];
  const engine: OcrEngine = {
    async recognize(_image, options = {}) {
      asked.push(options.rectangle!);
      const answer = answers[Math.min(asked.length - 1, answers.length - 1)];
      let x = options.rectangle!.left + 5;
      const words = answer.map(([text, confidence]) => {
        const w = word(text, x, confidence, options.rectangle!.top + 5);
        x = w.bbox.r + 15;
        return w;
      });
      return { text: words.map((w) => w.text).join(' '), confidence: 0.9, lines: [], words };
    },
    async close() {},
  };
  return { engine, asked };
}

describe('which words are well formed', () => {
  it('takes syllables, numbers, codes and punctuation', () => {
    for (const w of ['Thành', 'phố;', 'ngành,', '(b/c);', '08', 'NN&MT,', 'VI,', 'KH-UBND', '-', 'Tạ']) expect(isWellFormed(w), w).toBe(true);
  });
  it('refuses letters that make no Vietnamese syllable', () => {
    for (const w of ['dhãnh', 'Thirc', 'tarn', 'dugc']) expect(isWellFormed(w), w).toBe(false);
  });
  it('calls a line unsure only for an unsure word that is malformed', () => {
    expect(isUnsure(line(word('dhãnh', 300, 0.6), word('phối', 480, 0.65)))).toBe(true);
    expect(isUnsure(line(word('NN&MT,', 300, 0.5)))).toBe(false);
    expect(isUnsure(line(word('dhãnh', 300, 0.9)))).toBe(false);
  });
});

describe('the window a line is read again in', () => {
  it('widens the box but stops halfway to the lines above and below', () => {
    const above = line(word('Các', 300, 0.9, 20, 60));
    const own = line(word('Thành', 330, 0.6, 100, 60));
    const below = line(word('Ủy', 300, 0.9, 170, 60));
    const box = lineWindow(own, [above, own, below], size, { side: 0.3, band: 0.35 });
    expect(box.t).toBe(90); // halfway between 80 and 100, not 100 − 21
    expect(box.b).toBe(165); // halfway between 160 and 170
    expect(box.l).toBe(330 - 18);
  });
  it('ignores lines in another column and stays inside the image', () => {
    const other = line(word('Trần', 1600, 0.9, 60, 60));
    const own = line(word('Thành', 0, 0.6, 100, 60));
    const box = lineWindow(own, [other, own], size, { side: 0.6, band: 0.35 });
    expect(box.t).toBe(79);
    expect(box.l).toBe(0);
  });
});

describe('unsure lines read again alone', () => {
  const image = Buffer.alloc(0);

  it('takes the surest re-reading that has fewer malformed words', async () => {
    const unsure = line(word('dhãnh', 326, 0.6), word('phối', 490, 0.65));
    const { engine } = scriptedEngine([[['Thành', 0.96], ['phố;', 0.93]], [['Thành', 0.8], ['phố,', 0.8]], [['nh', 0.2]]]);
    const [read] = await rereadUnsureLines([unsure], image, size, engine);
    expect(read.text).toBe('Thành phố;');
    expect(read.words[0].bbox.l).toBeGreaterThan(300); // page coordinates
  });

  it('keeps the page reading when the surer re-reading is no better formed or lost letters', async () => {
    const unsure = line(word('dhãnh', 326, 0.6), word('phối', 490, 0.65));
    const { engine } = scriptedEngine([[['dhãnh', 0.9], ['phố', 0.9]], [['phố;', 0.95]], [['dhãnh', 0.5]]]);
    const [read] = await rereadUnsureLines([unsure], image, size, engine);
    expect(read).toBe(unsure);
  });

  it('asks nothing of sure lines', async () => {
    const sure = line(word('Thành', 326, 0.95), word('phố;', 490, 0.9));
    const { engine, asked } = scriptedEngine([[['x', 1]]]);
    expect(await rereadUnsureLines([sure], image, size, engine)).toEqual([sure]);
    expect(asked).toHaveLength(0);
  });

  it('reads only the unsure column of a line that runs across two', async () => {
    const across = line(word('dhãnh', 326, 0.6), word('phối', 490, 0.65), word('Trần', 1500, 0.95), word('Thúy', 1650, 0.95));
    const { engine, asked } = scriptedEngine([[['Thành', 0.96], ['phố;', 0.93]]]);
    const [read] = await rereadUnsureLines([across], image, size, engine);
    expect(read.text).toBe('Thành phố; Trần Thúy');
    expect(asked.every((r) => r.left + r.width < 1500)).toBe(true);
  });
});
