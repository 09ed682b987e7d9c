/**
 * Text a Vietnamese OCR (tesseract vie) read: correct diacritics almost everywhere, a
 * few misread marks. Restoration must mend those without touching the rest.
 */
import { describe, expect, it } from 'vitest';
import { sharedRestorer } from './helpers.ts';
import { abbreviationUnit, coreUnits } from '../../src/restore/lm-tokens.ts';

describe('abbreviations as context', () => {
  it('are read as the syllables they stand for or as their own units, marks folded; syllables in capitals are not abbreviations', () => {
    expect(abbreviationUnit('HĐND')).toBe('<HDND>');
    expect(abbreviationUnit('HDND')).toBe('<HDND>');
    expect(abbreviationUnit('PCT')).toBe('<PCT>');
    expect(abbreviationUnit('CHỦ')).toBeNull();
    expect(abbreviationUnit('VIET')).toBeNull(); // stripped "VIỆT"
    expect(abbreviationUnit('Ubnd')).toBeNull();
    expect(abbreviationUnit('GD&ĐT')).toBe('<GD&DT>');
    expect(coreUnits('UBND')).toEqual(['ủy', 'ban', 'nhân', 'dân']);
    expect(coreUnits('KBNN')).toEqual(['kho', 'bạc', 'nhà', 'nước']);
    expect(coreUnits('XYZW')).toEqual(['<XYZW>']);
    expect(coreUnits('Phường')).toEqual(['phường']);
  });

  it('do not turn the syllable after them into the unigram favourite', async () => {
    const lines = ['- Đảng ủy, HĐND phường;', '- Chủ tịch, các PCT UBND phường;', '- Thường trực HĐND, UBND tỉnh;'];
    const restored = (await sharedRestorer()).restoreLines(lines);
    restored.forEach((r, i) => expect(r.text).toBe(lines[i]));
  });

  it('in capitals inside a lower-case line are kept, even where they spell a syllable', async () => {
    const lines = ['- Bộ Y tế (b/c); - CA tỉnh, BCH Quân sự tỉnh;', '- Thường trực TU, HĐND tỉnh (b/c);'];
    const restored = (await sharedRestorer()).restoreLines(lines);
    restored.forEach((r, i) => expect(r.text).toBe(lines[i]));
  });

  it('with a lower-case tail are kept in marked text ("TIr" is a misread TTr, not "TỪ")', async () => {
    const lines = ['- TIr Tỉnh ủy, TTr HĐND tỉnh; (để báo cáo)', '- VPCP: Thư ký TTg, các Vụ;'];
    const restored = (await sharedRestorer()).restoreLines(lines);
    restored.forEach((r, i) => expect(r.text).toBe(lines[i]));
  });

  it('still help restore stripped text around them', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('Chu tich UBND phuong').text).toBe('Chủ tịch UBND phường');
  });
});

describe('names in marked text', () => {
  it('keep the syllables they are written with', async () => {
    const lines = [
      'CHỦ TỊCH',
      'Phạm Thị Thu Hương',
      '- Thứ trưởng Tạ Quang Đông;',
      'Xã Tuy An Bắc, Xã Đồng Xuân, Phường Xuân Đài',
      'Giao đồng chí Hương theo dõi.',
    ];
    const restored = (await sharedRestorer()).restoreLines(lines);
    restored.forEach((r, i) => expect(r.text).toBe(lines[i]));
  });

  it('are still restored where the text lost its marks', async () => {
    expect((await sharedRestorer()).restoreLine('Ong Nguyen Van Nam').text).toBe('Ông Nguyễn Văn Nam');
  });

  it('leave the misreadings tesseract makes outside names to be mended', async () => {
    const restorer = await sharedRestorer();
    // read by tesseract vie from the fixture pages
    expect(restorer.restoreLines(['III. KINH PHÍ THỤC HIỆN', 'Nơi nhân:', 'Ban Thường vụ Dáng bộ quận']).map((r) => r.text)).toEqual([
      'III. KINH PHÍ THỰC HIỆN',
      'Nơi nhận:',
      'Ban Thường vụ Đảng bộ quận',
    ]);
  });

  it('mend marks misread in headings in capitals, and keep right ones', async () => {
    const lines = ['II. NỘI DỰNG HOẠT ĐỘNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'III. TỔ CHỨC THỰC HIỆN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'I. MỤC ĐÍCH, YÊU CẦU'];
    const restored = (await sharedRestorer()).restoreLines(lines).map((r) => r.text);
    expect(restored).toEqual(['II. NỘI DUNG HOẠT ĐỘNG', ...lines.slice(1)]);
  });

  it('mend a circumflex vowel read as another (ô for â, ê)', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('1. Nông cao nhận thức, trách nhiệm của các cấp').text).toBe('1. Nâng cao nhận thức, trách nhiệm của các cấp');
    expect(restorer.restoreLine('dịp Tết Nguyên đán và mùa Lỗ hội Xuân 2026.').text).toBe('dịp Tết Nguyên đán và mùa Lễ hội Xuân 2026.');
    // correct words with ô, â, ê stay
    const correct = 'Tổ chức hội nghị tổng kết công tác năm, nâng cao chất lượng, bồi dưỡng kiến thức.';
    expect(restorer.restoreLine(correct).text).toBe(correct);
  });
});
