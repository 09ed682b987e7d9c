import { describe, expect, it } from 'vitest';
import { canonicalUnit, splitUnits } from '../../src/normalize/units.ts';

describe('splitUnits splits unit lists where units are listed', () => {
  it.each([
    ['Phòng Nội vụ; Phòng Tài chính - Kế hoạch', ['Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch']],
    ['Các phòng, ban, ngành', ['Các phòng, ban, ngành']],
    ['Sở Thông tin và Truyền thông', ['Sở Thông tin và Truyền thông']],
    ['Sở, ban, ngành có liên quan', ['Sở, ban, ngành có liên quan']],
    ['Sở Y tế (Chi cục ATVSTP)', ['Sở Y tế (Chi cục ATVSTP)']],
    ['Sở Y tế (cơ quan thường trực)', ['Sở Y tế']],
    ['Công an tỉnh (chủ trì); Sở Tư pháp', ['Công an tỉnh', 'Sở Tư pháp']],
    [
      'Các phòng, ban, ngành, đoàn thể quận, các phường, các trường, các đơn vị hiệp quản',
      ['Các phòng, ban, ngành, đoàn thể quận', 'các phường', 'các trường', 'các đơn vị hiệp quản'],
    ],
    ['Các phòng, ban, đơn vị, đoàn thể quận, các\nphường', ['Các phòng, ban, đơn vị, đoàn thể quận', 'các phường']],
    ['Các phòng, ban,\nngành, đoàn thể quận', ['Các phòng, ban, ngành, đoàn thể quận']],
    // a cell wrapped at a name's own hyphen (the Nghệ An appendix as a born-digital PDF), and bullets that do list units
    ['Sở, ban, ngành, tổ chức chính trị\n- xã hội', ['Sở, ban, ngành', 'tổ chức chính trị - xã hội']],
    ['- Sở Y tế\n- Sở Tài chính', ['Sở Y tế', 'Sở Tài chính']],
    ['Lãnh đạo Quận ủy, UBND quận phụ trách lĩnh vực liên quan', ['Lãnh đạo Quận ủy, UBND quận phụ trách lĩnh vực liên quan']],
    ['Phòng Kinh tế\nLiên đoàn lao động,\nChi Cục thuế', ['Phòng Kinh tế', 'Liên đoàn lao động', 'Chi Cục thuế']],
    ['Phòng TN&MT, QLĐT, TTPTQĐ, Ban QLDA', ['Phòng TN&MT', 'QLĐT', 'TTPTQĐ', 'Ban QLDA']],
    ['Các trường MN, TH, THCS thuộc quận', ['Các trường MN, TH, THCS thuộc quận']],
    ['Sở Khoa học và Công nghệ, Sở Công Thương, Các doanh nghiệp viễn thông', ['Sở Khoa học và Công nghệ', 'Sở Công Thương', 'Các doanh nghiệp viễn thông']],
    ['Sở Tài chính và cơ quan, địa phương liên quan', ['Sở Tài chính', 'cơ quan, địa phương liên quan']],
    ['Văn phòng Ban Chỉ huy và cơ quan, địa phương liên quan', ['Văn phòng Ban Chỉ huy', 'cơ quan, địa phương liên quan']],
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Ban Quản lý các khu công nghệ cao và khu công nghiệp', ['Ban Quản lý các khu công nghệ cao và khu công nghiệp']],
    ['Doanh nghiệp; Sở, ban, ngành có liên quan', ['Doanh nghiệp', 'Sở, ban, ngành có liên quan']],
    ['Công đoàn cơ quan UBND quận; Các phòng, ban, đơn vị thuộc UBND quận', ['Công đoàn cơ quan UBND quận', 'Các phòng, ban, đơn vị thuộc UBND quận']],
    ['Hội đồng\nTĐKT quận', ['Hội đồng TĐKT quận']],
    ['Lãnh đạo Quận ủy - HĐND - UBND quận', ['Lãnh đạo Quận ủy - HĐND - UBND quận']],
    ['Cụm thi đua số VIII;\nHội đồng TĐKT quận (Cụm phó thứ nhất)', ['Cụm thi đua số VIII', 'Hội đồng TĐKT quận (Cụm phó thứ nhất)']],
    ['- Sở Tư pháp\n- Sở Nội vụ', ['Sở Tư pháp', 'Sở Nội vụ']],
    ['Phòng Tư pháp; Văn phòng HĐND và UBND quận', ['Phòng Tư pháp', 'Văn phòng HĐND và UBND quận']],
    ['Bộ CHQS tỉnh; UBND cấp xã', ['Bộ CHQS tỉnh', 'UBND cấp xã']],
    // the seed's old OCR read a comma as a period
    ['Các phòng, ban, ngành, đoàn thể quận, các phường. các trường', ['Các phòng, ban, ngành, đoàn thể quận', 'các phường', 'các trường']],
    ['UBND TP. Hà Nội', ['UBND TP. Hà Nội']],
    ['', []],
  ] as const)('%j', (input, expected) => {
    expect(splitUnits(input)).toEqual(expected);
  });
});

describe('canonicalUnit gives one name per unit', () => {
  it.each([
    ['UBND các phường', 'Ủy ban nhân dân các phường'],
    ['Phòng TN&MT', 'Phòng Tài nguyên và Môi trường'],
    ['Phòng TN & MT', 'Phòng Tài nguyên và Môi trường'],
    ['Phòng Tài nguyên - Môi trường', 'Phòng Tài nguyên và Môi trường'],
    ['Phòng GD&ĐT', 'Phòng Giáo dục và Đào tạo'],
    ['Phòng VH-TT', 'Phòng Văn hóa và Thông tin'],
    ['Phòng VHTT', 'Phòng Văn hóa và Thông tin'],
    ['Phòng LĐ-TB&XH', 'Phòng Lao động - Thương binh và Xã hội'],
    ['Phòng Lao động TBXH', 'Phòng Lao động - Thương binh và Xã hội'],
    ['Hội đồng TĐKT quận', 'Hội đồng Thi đua - Khen thưởng quận'],
    ['Văn phòng HĐND-UBND', 'Văn phòng Hội đồng nhân dân - Ủy ban nhân dân'],
    ['Ủy ban MTTQ', 'Ủy ban Mặt trận Tổ quốc'],
    ['Uỷ ban nhân dân quận', 'Ủy ban nhân dân quận'],
    ['các phường', 'Các phường'],
    ['Sở Văn hoá, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Phòng Tài chính-Kế hoạch', 'Phòng Tài chính - Kế hoạch'],
  ] as const)('%s → %s', (input, expected) => {
    expect(canonicalUnit(input)).toBe(expected);
  });

  it('gives the same name for two spellings of one unit', () => {
    expect(canonicalUnit('Phòng LĐTBXH')).toBe(canonicalUnit('Phòng Lao động - Thương binh và Xã hội'));
  });
});
