import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/document.ts';
import type { OcrEngine, OcrLine, OcrOptions } from '../../src/ocr/engine.ts';
import { loadRestoreData } from '../../src/restore/data.ts';
import type { NameTable } from '../../src/restore/person-names.ts';
import { namedSyllables, rereadSignerName } from '../../src/normalize/signer-reread.ts';

let names: NameTable;
beforeAll(async () => {
  names = (await loadRestoreData()).names;
});

type Word = OcrLine['words'][number];
/** Words boxed left to right on one line at the height of a signer's name. */
const wordsOf = (text: string): Word[] => text.split(' ').map((w, i) => ({ text: w, bbox: { l: 1600 + i * 150, t: 700, r: 1730 + i * 150, b: 790 }, confidence: 0.6, line: 40 }));

/** A signed page as the page pass read it: the title over the name. */
function signedPage(nameLine: string): Doc {
  const line = (id: string, text: string, t: number) => {
    const words = wordsOf(text).map((w) => ({ ...w, bbox: { ...w.bbox, t, b: t + 90 } }));
    return { id, page: 1, text, original: text, bbox: { l: 1600, t, r: words[words.length - 1].bbox.r, b: t + 90 }, confidence: 0.6, block: 3, words, region: 'signature' as const };
  };
  return {
    file: 'signed.png',
    sha256: '',
    kind: 'image',
    tables: [],
    diagnostics: [],
    pages: [{ number: 1, kind: 'image', width: 2480, height: 3508, dpi: 300, transforms: [], regions: [], image: Buffer.alloc(0), lines: [line('p1-l0', 'PHÓ CHỦ TỊCH', 400), line('p1-l1', nameLine, 700)] }],
  };
}

/** An engine that answers every window with the same reading, and counts the windows asked. */
function engineReading(text: string) {
  const asked: NonNullable<OcrOptions['rectangle']>[] = [];
  const engine: OcrEngine = {
    async recognize(_image, options = {}) {
      asked.push(options.rectangle!);
      return { text, confidence: 0.9, lines: [], words: wordsOf(text) };
    },
    async close() {},
  };
  return { engine, asked };
}

describe('the signer\'s name read again when it is no name people have', () => {
  it('counts the syllables people have in their place', () => {
    expect(namedSyllables(['Phạm', 'Văn', 'Thịnh'], names)).toBe(3);
    expect(namedSyllables(['Phu', 'Văn', 'Thính'], names)).toBe(1);
    expect(namedSyllables(['Bào', 'Mỹ'], names)).toBe(1);
  });

  it('takes the line read alone where it names more of its syllables', async () => {
    // what the harsh copies' pages and their re-readings gave
    const phu = engineReading('Phạm Vấn Thính :');
    expect(await rereadSignerName(signedPage('Phu Vấn Thính :'), 'Phu Vấn Thính', phu.engine, names)).toMatch(/^Phạm Văn Th/);
    const bao = engineReading('Đào Mỹ:');
    expect(await rereadSignerName(signedPage('Bào Mỹ: 0h'), 'Bào Mỹ', bao.engine, names)).toBe('Đào Mỹ');
  });

  it('asks nothing for a name people have, and keeps the page reading over another person\'s name or a worse one', async () => {
    const quiet = engineReading('Đào Mỹ');
    expect(await rereadSignerName(signedPage('Trần Chí Hùng'), 'Trần Chí Hùng', quiet.engine, names)).toBe('Trần Chí Hùng');
    expect(quiet.asked).toHaveLength(0);
    // "Lê Mỹ" is a name, but two letters and more from "Bào": another reading of other ink
    expect(await rereadSignerName(signedPage('Bào Mỹ'), 'Bào Mỹ', engineReading('Nguyễn Mỹ').engine, names)).toBe('Bào Mỹ');
    expect(await rereadSignerName(signedPage('Bào Mỹ'), 'Bào Mỹ', engineReading('Bàp Mỹ').engine, names)).toBe('Bào Mỹ');
  });

  it('reads a name structure could not find (a seal\'s mark broke it) from the line that looks like one, when the reading is a person\'s', async () => {
    const vinh = engineReading('Phùng Thành Vinh');
    expect(await rereadSignerName(signedPage('Phùng Thà 4h Vinh'), null, vinh.engine, names)).toBe('Phùng Thành Vinh');
    expect(vinh.asked.length).toBeGreaterThan(0);
    // a name cut short ("Thị" is no given name), and a reading that is no name
    expect(await rereadSignerName(signedPage('- Hô Thị NguyÊà Thảo'), null, engineReading('Hô Thị NguyÊà Thảo').engine, names)).toBeNull();
    expect(await rereadSignerName(signedPage('Phùng Thà 4h Vinh'), null, engineReading('Zx Qwy').engine, names)).toBeNull();
    // no line that looks like a name: nothing is asked
    const quiet = engineReading('Phùng Thành Vinh');
    expect(await rereadSignerName(signedPage('VN.'), null, quiet.engine, names)).toBeNull();
    expect(quiet.asked).toHaveLength(0);
  });
});
