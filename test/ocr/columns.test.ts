import { describe, expect, it } from 'vitest';
import { orderColumns, splitAtColumnGaps } from '../../src/ocr/columns.ts';
import type { OcrLine } from '../../src/ocr/engine.ts';

/** A line from words given as [text, left, right], all on one baseline at `top`. */
function line(top: number, ...words: Array<[string, number, number]>): OcrLine {
  const ws = words.map(([text, l, r]) => ({ text, bbox: { l, t: top, r, b: top + 60 }, confidence: 0.9, line: 0 }));
  return { text: words.map((w) => w[0]).join(' '), bbox: { l: words[0][1], t: top, r: words[words.length - 1][2], b: top + 60 }, confidence: 0.9, block: 0, words: ws };
}

describe('splitAtColumnGaps', () => {
  it('cuts a header line where the issuer column ends and the motto begins', () => {
    const pieces = splitAtColumnGaps(line(230, ['ỦY', 381, 463], ['BAN', 483, 610], ['CỘNG', 1141, 1300], ['HÒA', 1323, 1445]));
    expect(pieces.map((p) => p.text)).toEqual(['ỦY BAN', 'CỘNG HÒA']);
  });
  it('keeps a justified body line whole', () => {
    expect(splitAtColumnGaps(line(900, ['Căn', 507, 616], ['cứ', 659, 727], ['Nghị', 766, 902], ['quyết', 945, 1103])).length).toBe(1);
  });
});

describe('orderColumns', () => {
  it('reads the header left column, then the right, then the title', () => {
    const ordered = orderColumns([
      line(232, ['UBND', 353, 517], ['QUẬN', 540, 705], ['CỘNG', 1141, 1300], ['HÒA', 1323, 1445]),
      line(303, ['ỦY', 381, 463], ['BAN', 483, 610], ['Độc', 1299, 1411], ['lập', 1434, 1523]),
      line(368, ['PHƯỜNG', 276, 541], ['DỊCH', 566, 721], ['VỌNG', 741, 915], ['HẬU', 940, 1071]),
      line(434, ['Hậu,', 1426, 1549], ['ngày', 1574, 1698]),
      line(489, ['Số:', 440, 518], ['27/KH-UBND', 545, 908]),
      line(606, ['KẾ', 1118, 1207], ['HOẠCH', 1233, 1481]),
      line(693, ['Đảm', 607, 753], ['bảo', 776, 890], ['trật', 914, 1035], ['tự', 1057, 1129], ['đô', 1147, 1223]),
    ]);
    expect(ordered.map((l) => l.text)).toEqual(['UBND QUẬN', 'ỦY BAN', 'PHƯỜNG DỊCH VỌNG HẬU', 'Số: 27/KH-UBND', 'CỘNG HÒA', 'Độc lập', 'Hậu, ngày', 'KẾ HOẠCH', 'Đảm bảo trật tự đô']);
  });
  it('reads the recipients before the signature block beside them', () => {
    const ordered = orderColumns([
      line(3000, ['Nơi', 357, 430], ['nhận:', 440, 560], ['TM.', 1400, 1480], ['ỦY', 1500, 1560]),
      line(3060, ['-', 357, 370], ['Các', 380, 460], ['phòng,', 470, 600], ['ban,', 610, 700], ['ngành', 710, 900], ['quận;', 910, 1100]),
      line(3120, ['-', 357, 370], ['Lưu:', 380, 470], ['VT.', 480, 540], ['Nguyễn', 1450, 1600], ['Văn', 1610, 1700]),
    ]);
    expect(ordered.map((l) => l.text)).toEqual(['Nơi nhận:', '- Các phòng, ban, ngành quận;', '- Lưu: VT.', 'TM. ỦY', 'Nguyễn Văn']);
  });
});
