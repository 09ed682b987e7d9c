import { describe, expect, it } from 'vitest';
import { data, structureOfScan, structureOfText, type ScanRow } from './helpers.ts';

describe('document type', () => {
  it('says a decision is not a plan, and still reads its header, title and basis', () => {
    const { result, reporter } = structureOfText(data('bvhttdl-4385-decision-excerpt.txt'));
    expect(result.docType).toBe('QUYẾT ĐỊNH');
    expect(result.warnings[0]).toMatch(/^not a plan: the document is a QUYẾT ĐỊNH that issues a plan/);
    expect(reporter.diagnostics.some((d) => d.code === 'structure/document')).toBe(true);
    expect(result.number).toBe('4385/QĐ-BVHTTDL');
    expect(result.issuer.name).toBe('BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    // the authority line under the title is not part of it
    expect(result.title).toBe('VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN QUY HOẠCH MẠNG LƯỚI CƠ SỞ VĂN HÓA VÀ THỂ THAO THỜI KỲ 2021-2030, TẦM NHÌN ĐẾN NĂM 2045');
    expect(result.basis[0]).toMatch(/^Luật Quy hoạch ngày 24\/11\/2017$/);
  });

  it('gives an English page no type and the warning "not a Vietnamese plan"', () => {
    const english = [
      'Annual Work Plan 2021',
      'This plan sets out the activities of the committee and the results which are expected from each of them.',
      'The budget is shown in the annex and will be reviewed by the board in June.',
    ].join('\n');
    const { result } = structureOfText(english);
    expect(result.docType).toBeNull();
    expect(result.warnings).toContain('not a Vietnamese plan: the text reads as English');
  });

  it('reads a letter (công văn) by its "V/v" summary', () => {
    const letter = ['UBND TỈNH HÀ TĨNH', 'Số: 120/UBND-VX', 'V/v triển khai tiêm chủng', 'Hà Tĩnh, ngày 05 tháng 3 năm 2024', 'Kính gửi: Sở Y tế'].join('\n');
    const { result } = structureOfText(letter);
    expect(result.docType).toBe('CÔNG VĂN');
    expect(result.title).toBe('triển khai tiêm chủng');
    expect(result.warnings[0]).toMatch(/not a plan/);
  });

  it('goes on with a title line that opens with an authority\'s words after a line ending in "CỦA"', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
      'Số: 980/KH-UBND',
      'Nghệ An, ngày 18 tháng 11 năm 2025',
      'KẾ HOẠCH',
      'THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA',
      'THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH',
      'NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ].join('\n');
    expect(structureOfText(text).result.title).toBe(
      'THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ',
    );
  });

  it('on a scan too: the title\'s last words with the basis run onto their line, the title\'s faded document number read as the basis cites it', () => {
    const rows: ScanRow[] = [
      ['ỦY BAN NHÂN DÂN', 467, 267, 955],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1242, 266, 2282],
      ['TỈNH NGHỆ AN', 516, 332, 903],
      ['Độc lập - Tự do - Hạnh phúc', 1431, 335, 2092],
      ['Số: 980/KH-UBND', 497, 450, 925],
      ['Nghệ An, ngày 18 tháng 11 năm 2025', 1223, 452, 2171],
      ['KẾ HOẠCH', 1178, 581, 1600],
      ['THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-1TG NGÀY 04/9/2025 CỦA', 542, 711, 2280],
      ['THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH', 392, 785, 2280],
      ['NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ', 393, 859, 2280],
      ['DÂN SỰ Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng', 394, 935, 2281],
      ['Chính phủ ban hành Kế hoạch triển khai thi hành Nghị định số 200/2025/NĐ-CP', 393, 1017, 2280],
      ['ngày 09/7/2025 của Chính phủ.', 393, 1091, 1236],
      ['I. MỤC ĐÍCH, YÊU CẦU', 544, 1338, 1168],
    ];
    const { result } = structureOfScan([rows]);
    expect(result.title).toBe(
      'THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG THỦ DÂN SỰ',
    );
    expect(result.basis[0]).toMatch(/^Quyết định số 1899\/QĐ-TTg ngày 04\/9\/2025 của Thủ tướng Chính phủ ban hành Kế hoạch/);
  });

  it('cuts a basis the source ran onto the title line off the title', () => {
    const { result } = structureOfText(data('nghe-an-980-glued-basis.txt'));
    expect(result.title).toMatch(/CỦA LUẬT PHÒNG THỦ DÂN SỰ$/);
    expect(result.basis).toHaveLength(1);
    expect(result.basis[0]).toMatch(/^Quyết định số 1899\/QĐ-TTg ngày 04\/9\/2025 của Thủ tướng Chính phủ ban hành Kế hoạch/);
  });
});

describe('a decision with the plan attached after its signature (2623/QĐ-TTg)', () => {
  const { result } = structureOfText(data('ttg-2623-attached-plan-excerpt.txt'));

  it('reads the attached plan\'s sections as the body, the decision\'s articles aside', () => {
    expect(result.sections.map((s) => [s.number, s.title])).toEqual([['I', 'MỤC ĐÍCH, YÊU CẦU']]);
    expect(result.sections[0].children.map((c) => c.title)).toEqual(['Mục đích', 'Yêu cầu']);
    expect(result.warnings).not.toContain('no numbered sections were found');
  });

  it('keeps the decision\'s own title, basis and signer', () => {
    expect(result.title).toBe('BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN');
    expect(result.basis).toEqual(['Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025', 'Luật Bảo vệ dữ liệu cá nhân ngày 26 tháng 6 năm 2025']);
    expect(result.signer).toMatchObject({ title: 'THỦ TƯỚNG', name: 'Phạm Minh Chính' });
  });
});
