import { describe, expect, it } from 'vitest';
import { data, structureOfText } from './helpers.ts';

describe('metadata of a born-digital plan with TAB-joined header columns', () => {
  const { result } = structureOfText(data('bac-ninh-141-excerpt.txt'));

  it('reads the number, the date as ISO and the place from the two header columns', () => {
    expect(result.number).toBe('141/KH-UBND');
    expect(result.date).toBe('2025-11-20');
    expect(result.place).toBe('Bắc Ninh');
  });

  it('takes the issuer from the left column only, without the rule under it', () => {
    expect(result.issuer).toEqual({ parent: null, name: 'UỶ BAN NHÂN DÂN TỈNH BẮC NINH' });
  });

  it('reads the title under the type line', () => {
    expect(result.docType).toBe('KẾ HOẠCH');
    expect(result.title).toMatch(/^NÂNG CAO NĂNG LỰC CHO ĐỘI NGŨ .* GIAI ĐOẠN 2026 - 2030$/);
  });

  it('keeps the basis paragraph as one document reference without its lead words', () => {
    expect(result.basis).toHaveLength(1);
    expect(result.basis[0]).toMatch(/^Kế hoạch số 14-KH\/TU ngày 29\/7\/2025 .* Nghị quyết số 66-NQ\/TW/);
  });

  it('reads the signer and one recipient per item from the closing line', () => {
    expect(result.signer).toEqual({ capacity: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Phạm Văn Thịnh' });
    expect(result.recipients[0]).toBe('Bộ Tư pháp (b/c);');
    expect(result.recipients.at(-1)).toBe('Lưu: VT, NC.');
    expect(result.recipients).toContain('Công an tỉnh; Bộ Chỉ huy quân sự tỉnh;');
  });

  it('traces every metadata field to a character range of the input', () => {
    const text = data('bac-ninh-141-excerpt.txt');
    const [start, end] = result.provenance.number.chars!;
    expect(text.slice(start, end)).toContain('141/KH-UBND');
    expect(result.confidence.date).toBeGreaterThan(0.9);
  });
});

describe('metadata of an old OCR text without Vietnamese support', () => {
  const { result } = structureOfText(data('longbien-2021-ocr-head.txt') + data('longbien-2021-ocr-tail.txt'));

  it('cuts the number out of the merged header line and puts back the Đ of the agency code', () => {
    expect(result.number).toBe('03/KH-HĐTĐKT');
  });

  it('reads the damaged date with letters for digits and lists it for review', () => {
    expect(result.date).toBe('2021-01-02');
    expect(result.lowConfidence.find((i) => i.path === 'date')?.reason).toMatch(/letters/);
    expect(result.place).toBe('Long Bien');
  });

  it('reads the parent body and the issuer from two header lines, in capitals', () => {
    expect(result.issuer).toEqual({ parent: 'UBND QUAN LONG BIEN', name: 'HOI DONG THI DUA-KHEN THUONG' });
  });

  it('keeps the title line even though it starts like a basis ("Thực hiện")', () => {
    expect(result.title).toBe('Thirc hien Cong tac thi dua, khen thuong nam 2021');
  });

  it('keeps the document reference of the wrapped basis and drops the promulgation formula', () => {
    expect(result.basis).toEqual([
      'Ke hoach so 03/KH-HDTDKT ngay 10/12/2020 cua Hoi d6ng thi dua khen thuong thanh ph6 Ha Noi ve cong tac thi dua khen thuong nam 2021',
    ]);
  });

  it('separates the signature from "Nơi nhận" glued onto it and joins a wrapped recipient', () => {
    // a known title, and the known body a capacity signs for, are given their printed spelling, whatever the OCR made of their diacritics
    expect(result.signer).toEqual({ capacity: 'TM. HỘI ĐỒNG', title: 'CHỦ TỊCH', name: 'Nguyen Manh Ha' });
    expect(result.recipients).toHaveLength(8);
    expect(result.recipients[3]).toBe('Cac phong, ban, nganh, doan the, don vj thuoc Quan uy, UBND quan;');
    expect(result.recipients[7]).toBe('Liru: VT, NV. (03)');
  });
});

describe('an issuer whose header line lost its last word (old OCR)', () => {
  it('completes it from the same name the body gives before the parent\'s locality', () => {
    const { result } = structureOfText(data('gialam-2019-ocr-head.txt'));
    expect(result.issuer).toEqual({ parent: 'UBND HUYEN GIA LAM', name: 'HOI DONG THI DUA - KHEN THUONG' });
    expect(result.lowConfidence.map((x) => x.path)).toContain('issuer');
  });

  it('leaves a complete name alone', () => {
    const complete = data('gialam-2019-ocr-head.txt').replace('HOI DONG THI DUA - KHEN\n', 'HOI DONG THI DUA - KHEN THUONG\n');
    expect(structureOfText(complete).result.issuer.name).toBe('HOI DONG THI DUA - KHEN THUONG');
  });
});

describe('an issuer whose scan left specks after a word', () => {
  it('drops dots after a whole word of the name, and keeps an abbreviation\'s', () => {
    const header = (left: string) =>
      `${left}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-BVHTTDL\tHà Nội, ngày 3 tháng 2 năm 2025\nKẾ HOẠCH\nPhát triển văn hóa\nI. MỤC ĐÍCH\n`;
    expect(structureOfText(header('BỘ VĂN HÓA, THỂ THAO.. VÀ DU LỊCH')).result.issuer.name).toBe('BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    expect(structureOfText(header('UBND TP. HÀ NỘI')).result.issuer.name).toBe('UBND TP. HÀ NỘI');
  });
});
