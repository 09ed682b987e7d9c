/**
 * What an old OCR does to a plan's header, title and headings, and how the structure
 * stage reads through it: stray marks between words, "d)" for "đ)", an upper-case
 * title whose misread words came out lower case, province names the restorer cannot
 * mark, the People's Committee formula cut at a line end. Inputs are lines of the
 * simulated old-OCR texts of real plans (fixtures/lib/old-ocr-plan.ts), restored.
 */
import { describe, expect, it } from 'vitest';
import { structureOfText } from './helpers.ts';
import { dropStrayMarks } from '../../src/structure/segments.ts';
import { groupIssuer } from '../../src/structure/metadata.ts';
import { correctPlace, correctProvinces, provinceName } from '../../src/structure/places.ts';

describe('stray marks an old OCR put between words', () => {
  it('drops them where they stand alone, so a heading number or a name reads again', () => {
    expect(dropStrayMarks('2. | Yêu cầu')).toBe('2. Yêu cầu');
    expect(dropStrayMarks('5. ’')).toBe('5.');
    expect(dropStrayMarks('Cần ~ Thơ, ngày 17 tháng 11 năm 2025')).toBe('Cần Thơ, ngày 17 tháng 11 năm 2025');
    expect(dropStrayMarks('Tổ chức hội ’ nghị, hội thảo')).toBe('Tổ chức hội nghị, hội thảo');
  });

  it('keeps a bullet "•" that opens a line, unless a heading number follows it', () => {
    expect(dropStrayMarks('•  III. NỘI DUNG THI ĐUA')).toBe('III. NỘI DUNG THI ĐUA');
    expect(dropStrayMarks('• Tổ chức tuyên truyền')).toBe('• Tổ chức tuyên truyền');
  });

  it('leaves marks inside words and ordinary punctuation alone', () => {
    expect(dropStrayMarks('Lưu: VT, KGVX. Thg.')).toBe('Lưu: VT, KGVX. Thg.');
    expect(dropStrayMarks('“Nâng cao chất lượng”, tr’ong')).toBe('“Nâng cao chất lượng”, tr’ong');
  });

  it('lets a heading behind a stray mark open its section', () => {
    const text = ['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', 'Nâng cao nhận thức.', '2. | Yêu cầu', 'Bảo đảm tiến độ.', '•  II. NỘI DUNG', '1. Tuyên truyền'].join('\n');
    const { result } = structureOfText(text);
    expect(result.sections.map((s) => s.number)).toEqual(['I', 'II']);
    expect(result.sections[0].children.map((s) => [s.number, s.title])).toEqual([['1', 'Mục đích'], ['2', 'Yêu cầu']]);
  });
});

describe('"đ)" read as "d)"', () => {
  it('is the letter after "d)" when it follows one', () => {
    const text = ['I. NHIỆM VỤ', '1. Các sở, ngành', 'a) Xây dựng kế hoạch.', 'b) Tuyên truyền.', 'c) Kiểm tra.', 'd) Đôn đốc.', 'd) Báo cáo kết quả.', 'e) Tổng kết.'].join('\n');
    const { result } = structureOfText(text);
    expect(result.sections[0].children[0].children.map((s) => s.number)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e']);
  });
});

describe('a title in capitals with words an old OCR lower-cased', () => {
  // restored lines of the simulated old-OCR text of Kế hoạch 157/KH-UBND (Cần Thơ)
  const head = [
    'UỶ BAN NHÂN DÂN',
    'THÀNH PHỐ CẦN THƠ',
    'Số: 157/KH-UBND',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Cắn ~ Thơ, ngày 18 tháng 11 năm 2025',
    'KẾ HOẠCH',
    'PHÁT Động PHONG TRÀO THI ĐUA VẬN Động Thực HIỆN CHI TRẢ TRỢ',
    'GIÚP XÃ HỘI, HƯU TRÍ XÃ HỘI KHÔNG DÙNG TIỀN MẶT TRÊN ĐỊA BÀN',
    'THÀNH PHỐ CẦN THƠ',
    'Thực hiện Chỉ thị số 21/CT-TTg ngày 25 tháng 11 năm 2022 của',
    'Thủ tướng Chính phủ về thúc đẩy chuyển đổi số;',
    'I. MỤC ĐÍCH, YÊU CẦU',
  ].join('\n');

  it('is joined over its lines, put in capitals, and stops before the basis', () => {
    const { result } = structureOfText(head);
    expect(result.title).toBe('PHÁT ĐỘNG PHONG TRÀO THI ĐUA VẬN ĐỘNG THỰC HIỆN CHI TRẢ TRỢ GIÚP XÃ HỘI, HƯU TRÍ XÃ HỘI KHÔNG DÙNG TIỀN MẶT TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ');
    expect(result.basis).toEqual(['Chỉ thị số 21/CT-TTg ngày 25 tháng 11 năm 2022 của Thủ tướng Chính phủ về thúc đẩy chuyển đổi số']);
  });

  it('reads the place through the stray mark and the restorer\'s wrong mark', () => {
    const { result } = structureOfText(head);
    expect(result.place).toBe('Cần Thơ');
    expect(result.date).toBe('2025-11-18');
    expect(result.issuer.name).toBe('UỶ BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ');
  });

  it('cuts a sentence-case basis the source ran onto the title even when a title word is lower case', () => {
    const text = [
      'KẾ HOẠCH',
      'THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 Của THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH KẾ HOẠCH',
      'TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU Của LUẬT PHÒNG THỦ DÂN SỰ Thực hiện',
      'Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ;',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ].join('\n');
    const { result } = structureOfText(text);
    expect(result.title).toBe('THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ');
    expect(result.basis).toEqual(['Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ']);
  });
});

describe('province names', () => {
  it('are read from their letters whatever marks the restorer gave them', () => {
    expect(provinceName('Dak Lak')).toBe('Đắk Lắk');
    expect(provinceName('Ba Ria - Vung Tau')).toBe('Bà Rịa - Vũng Tàu');
    expect(provinceName('Long Biên')).toBeNull();
    expect(correctPlace('Dak Lak')).toBe('Đắk Lắk');
    expect(correctPlace('Thành phố Hồ Chí Minh')).toBe('Thành phố Hồ Chí Minh');
    expect(correctPlace('Gia Lâm')).toBe('Gia Lâm');
    // one letter off: the province the issuer names, and no other
    expect(correctPlace('Cùn Thơ', 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ')).toBe('Cần Thơ');
    expect(correctPlace('Cùn Thơ')).toBe('Cùn Thơ');
    expect(correctPlace('Gia Lâm', 'UBND THÀNH PHỐ HÀ NỘI UBND HUYỆN GIA LÂM')).toBe('Gia Lâm');
  });

  it('read from a damaged italic place line are the province the issuer names, when one of its syllables was read', () => {
    expect(correctPlace('„Cần TL', 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ')).toBe('Cần Thơ');
    expect(correctPlace("z„ . Nghệ ' »", 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN')).toBe('Nghệ An');
    expect(correctPlace('“Thành phố HỆ : ií Minh', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH')).toBe('Thành phố Hồ Chí Minh');
    expect(correctPlace('Zx .. CầnT ^', 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ')).toBe('Cần Thơ');
    // a place in its own right, or damage that keeps no syllable of the name, stays as read
    expect(correctPlace('Vinh', 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN')).toBe('Vinh');
    expect(correctPlace('„Xy TL', 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ')).toBe('„Xy TL');
    expect(correctPlace('„Cần TL')).toBe('„Cần TL');
  });

  it('are put right after "tỉnh" / "thành phố" only, in the case they were printed', () => {
    expect(correctProvinces('TRÊN ĐỊA BÀN TỈNH DAK LAK')).toBe('TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK');
    expect(correctProvinces('trên địa bàn thành phố Cắn Thơ năm 2025')).toBe('trên địa bàn thành phố Cần Thơ năm 2025');
    expect(correctProvinces('các tỉnh, thành phố trực thuộc Trung ương')).toBe('các tỉnh, thành phố trực thuộc Trung ương');
    expect(correctProvinces('Báo Dak Lak')).toBe('Báo Dak Lak');
    // the level word before a province's name, its mark misread
    expect(correctProvinces('ỦY BAN NHÂN DÂN TÍNH ĐẮK LẮK')).toBe('ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK');
    expect(correctProvinces('Ủy ban nhân dân tính Nghệ An')).toBe('Ủy ban nhân dân tỉnh Nghệ An');
    expect(correctProvinces('cách tính lãi suất')).toBe('cách tính lãi suất');
  });
});

describe('the issuer over the narrow header column', () => {
  it('puts back the last word of the committee formula an OCR lost at a line end', () => {
    expect(groupIssuer(['ỦY BAN NHÂN', 'TỈNH NGHỆ AN'])).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN' });
  });

  it('joins a province name the column broke', () => {
    expect(groupIssuer(['ỦY BAN NHÂN DÂN TỈNH DAK', 'LAK'])).toEqual({ parent: null, name: 'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK' });
  });

  it('still reads two bodies as parent and issuer', () => {
    expect(groupIssuer(['UBND QUẬN LONG BIÊN', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG'])).toEqual({ parent: 'UBND QUẬN LONG BIÊN', name: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG' });
    // a level's Party committee under the Party organisation: a body of its own, not the level of the line before
    expect(groupIssuer(['ĐẢNG BỘ TỈNH NGHỆ AN', 'HUYỆN ỦY NAM ĐÀN'])).toEqual({ parent: 'ĐẢNG BỘ TỈNH NGHỆ AN', name: 'HUYỆN ỦY NAM ĐÀN' });
    expect(groupIssuer(['ĐẢNG BỘ', 'TỈNH NGHỆ AN', 'HUYỆN ỦY NAM ĐÀN'])).toEqual({ parent: 'ĐẢNG BỘ TỈNH NGHỆ AN', name: 'HUYỆN ỦY NAM ĐÀN' });
  });
});

describe('a Party committee header read column after column', () => {
  it('takes the Party motto for the right column, not for the issuer', () => {
    const text = [
      'ĐẢNG BỘ TỈNH NGHỆ AN',
      'BAN THƯỜNG VỤ TỈNH ỦY',
      '*',
      'Số 112-KH/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Nghệ An, ngày 05 tháng 3 năm 2024',
      'KẾ HOẠCH',
      'thực hiện Chỉ thị số 25-CT/TW của Ban Bí thư về công tác dân vận',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ].join('\n');
    const { result } = structureOfText(text);
    expect(result.issuer).toEqual({ parent: 'ĐẢNG BỘ TỈNH NGHỆ AN', name: 'BAN THƯỜNG VỤ TỈNH ỦY' });
    expect([result.number, result.place, result.date]).toEqual(['112-KH/TU', 'Nghệ An', '2024-03-05']);
  });
});
