import { describe, expect, it } from 'vitest';
import { sharedRestorer } from './helpers.ts';

describe('restoring text an OCR without Vietnamese read', () => {
  it('reads the usual misreadings of marked letters', async () => {
    const restorer = await sharedRestorer();
    const cases: Array<[string, string]> = [
      ['Thirc hien Ke hoach', 'Thực hiện Kế hoạch'],
      ['cac ngay ky niem Ion ciia dat nuac', 'các ngày kỷ niệm lớn của đất nước'],
      ['nguoi dung dau dugc khen thuong', 'người đứng đầu được khen thưởng'],
      ['quan tarn den tap the nho', 'quan tâm đến tập thể nhỏ'],
      ['Hoi d6ng thi dua khen thuong thanh ph6', 'Hội đồng thi đua khen thưởng thành phố'],
      ['trong trang thai binh thuong mdi', 'trong trạng thái bình thường mới'],
    ];
    const restored = restorer.restoreLines(cases.map(([raw]) => raw));
    restored.forEach((line, i) => expect(line.text).toBe(cases[i][1]));
  });

  it('reads a dot below read as a descender ("p" for ọ) as the syllable it makes, even at a line\'s end, and no row number glued on as a letter', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('- Cac phong, don vi thupc').text).toBe('- Các phòng, đơn vị thuộc');
    expect(restorer.restoreLine('- UBMTTQVN tinh va hpi, doan the tinh;').text).toMatch(/và hội, đoàn thể/);
    expect(restorer.restoreLine('01/2021Xay dung Ke hoach cong tac TDKT 2021 Phong Noi vu1.').text).toMatch(/vu1\.$/);
  });

  it('reads garbled Vietnamese with an English-looking word ("do") as Vietnamese, not as a foreign stretch', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('Doc lap - Tir do - Hanh phuc').text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(restorer.restoreLine('Doi Trat tu xay dirng do thi').text).toBe('Đội Trật tự xây dựng đô thị');
  });

  it('reads garbled capitals that spell no syllable as a syllable, not as an abbreviation', async () => {
    expect((await sharedRestorer()).restoreLine('HQI DONG THI DUA KHEN THUONG').text).toBe('HỘI ĐỒNG THI ĐUA KHEN THƯỞNG');
  });

  it('restores the letters of a code and keeps its shape', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('Ke hoach so 03/KH-HDTDKT ngay 10/12/2020').text).toBe('Kế hoạch số 03/KH-HĐTĐKT ngày 10/12/2020');
    expect(restorer.restoreLine('D/c Pho Chu tich UBND, Chu tich HDND tinh').text).toBe('Đ/c Phó Chủ tịch UBND, Chủ tịch HĐND tỉnh');
    expect(restorer.restoreLine('Phong GD&DT va Phong TN&MT').text).toBe('Phòng GD&ĐT và Phòng TN&MT');
  });

  it('keeps a token it cannot read', async () => {
    const restorer = await sharedRestorer();
    const line = restorer.restoreLine('dai biei/^/^r Hoi dong');
    expect(line.text.split(' ')[1]).toBe('biei/^/^r');
  });
});

describe('misreadings of letters many syllables share', () => {
  it("keeps a place for a confusion reading when the token's own letters fill the list ('dan vi' → đơn vị, a for ơ)", async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('Cac phong, ban, dan vi, doan the quan').text).toBe('Các phòng, ban, đơn vị, đoàn thể quận');
  });
});

describe('capital Đ read as B', () => {
  it('restores an unknown abbreviation that a B inside makes of a known one, and nothing else', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('Hoi dong TBKT').text).toBe('Hội đồng TĐKT');
    expect(restorer.restoreLine('Van phong HBND-UBND').text).toBe('Văn phòng HĐND-UBND');
    expect(restorer.restoreLine('BTC, LĐTBXH, UBND').text).toBe('BTC, LĐTBXH, UBND');
  });
});
