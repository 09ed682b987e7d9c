import { describe, expect, it } from 'vitest';
import type { OcrEngine, OcrLine, OcrOptions } from '../../src/ocr/engine.ts';
import { readDroppedWordsOfPage, wideGaps } from '../../src/ocr/dropped-words.ts';
import type { Grey } from '../../src/ocr/page-grey.ts';

type Word = OcrLine['words'][number];
const word = (text: string, l: number, r: number, confidence = 0.93): Word => ({ text, bbox: { l, t: 990, r, b: 1026 }, confidence, line: 3 });
const lineOf = (words: Word[]): OcrLine => ({
  text: words.map((w) => w.text).join(' '),
  bbox: { l: words[0].bbox.l, t: 990, r: words[words.length - 1].bbox.r, b: 1026 },
  confidence: 0.9,
  block: 0,
  words,
});
const size = { width: 2480, height: 3508 };

/** White paper with black boxes of ink. */
function paper(...inked: Array<{ l: number; r: number }>): Grey {
  const grey = { data: Buffer.alloc(size.width * size.height, 255), ...size };
  for (const { l, r } of inked) for (let y = 995; y < 1020; y++) grey.data.fill(0, y * size.width + l, y * size.width + r);
  return grey;
}

/** An engine that answers every rectangle with the same words, and notes the rectangles asked. */
function engineAnswering(words: Word[]) {
  const asked: NonNullable<OcrOptions['rectangle']>[] = [];
  const engine: OcrEngine = {
    async recognize(_image, options = {}) {
      asked.push(options.rectangle!);
      return { text: words.map((w) => w.text).join(' '), confidence: 0.9, lines: [], words };
    },
    async close() {},
  };
  return { engine, asked };
}

// "- VPUBND TP (2C, 3C);" as the page pass read it: "TP" (523–574) left out
const pageRead = [word('-', 297, 309), word('VPUBND', 322, 509), word('(2C,', 589, 664), word('3C);', 681, 756)];
const rereading = [word('-', 297, 309), word('VPUBND', 322, 509), word('TP', 523, 574, 0.92), word('(2C,', 589, 664), word('3C);', 681, 756)];

describe('words the page pass dropped', () => {
  it('finds gaps wider than a space and whether ink lies in them', () => {
    const gaps = wideGaps(pageRead, 36, paper({ l: 523, r: 574 }));
    expect(gaps).toEqual([{ after: 1, l: 509, r: 589, inked: true }]);
    expect(wideGaps(pageRead, 36, paper())[0].inked).toBe(false);
    // a table's rule in the gap is no word
    expect(wideGaps(pageRead, 36, paper({ l: 548, r: 551 }))[0].inked).toBe(false);
  });

  it('reads the line again where a gap holds ink and takes the reading with a sure word there', async () => {
    const { engine } = engineAnswering(rereading);
    const [read] = await readDroppedWordsOfPage([lineOf(pageRead)], Buffer.alloc(0), size, engine, paper({ l: 523, r: 574 }));
    expect(read.text).toBe('- VPUBND TP (2C, 3C);');
    expect(read.words.every((w) => w.line === 3)).toBe(true);
  });

  it('asks nothing where the gaps are paper, and keeps the page reading when the gap\'s word is unsure or letters are lost', async () => {
    const quiet = engineAnswering(rereading);
    const line = lineOf(pageRead);
    expect(await readDroppedWordsOfPage([line], Buffer.alloc(0), size, quiet.engine, paper())).toEqual([line]);
    expect(quiet.asked).toHaveLength(0);

    const unsure = engineAnswering(rereading.map((w) => (w.text === 'TP' ? { ...w, text: 'TP', confidence: 0.4 } : w)));
    expect((await readDroppedWordsOfPage([line], Buffer.alloc(0), size, unsure.engine, paper({ l: 523, r: 574 })))[0]).toBe(line);
    const lossy = engineAnswering([word('TP', 523, 574), word('(2C,', 589, 664)]);
    expect((await readDroppedWordsOfPage([line], Buffer.alloc(0), size, lossy.engine, paper({ l: 523, r: 574 })))[0]).toBe(line);
  });

  it('reads only the stretch of a two-column line that holds the inked gap', async () => {
    const across = [...pageRead, word('Nguyễn', 1500, 1640), word('Thị', 1660, 1720)];
    const { engine, asked } = engineAnswering(rereading);
    const [read] = await readDroppedWordsOfPage([lineOf(across)], Buffer.alloc(0), size, engine, paper({ l: 523, r: 574 }));
    expect(read.text).toBe('- VPUBND TP (2C, 3C); Nguyễn Thị');
    expect(asked.every((r) => r.left + r.width < 1500)).toBe(true);
  });
});
