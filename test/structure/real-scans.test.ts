/**
 * What real plans printed as Decree 30 pages and read back by the OCR showed (the
 * eval's "real plans as scans"): header columns too close for a gap, a title in
 * capitals over an indented basis that looks centred, a wrapped line that reads like a
 * label, a year range broken at its dash, "Công an;" in a wrapped recipients list,
 * "i)" read as "1)". Geometry as the OCR gave it (A4 at 300 dpi).
 */
import { describe, expect, it } from 'vitest';
import { findDocTypeLine } from '../../src/structure/doctype.ts';
import { readingStream } from '../../src/structure/segments.ts';
import { textDoc } from '../../src/structure/text-doc.ts';
import { type ScanRow, structureOfScan, structureOfText } from './helpers.ts';

const page: ScanRow[] = [
  ['BỘ VĂN HÓA, THỂ THAO VÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 260, 232, 2338],
  ['DU LỊCH', 551, 316, 807],
  ['Độc lập - Tự do - Hạnh phúc', 1305, 311, 2155],
  ['Số: 12/KH-BVHTTDL', 361, 422, 1001],
  ['Hà Nội, ngày 18 tháng 11 năm 2025', 1229, 425, 2226],
  ['KẾ HOẠCH', 1118, 566, 1481],
  ['PHÁT TRIỂN HẠ TẦNG SỐ TRONG CÁC KHU CÔNG NGHỆ CAO', 375, 638, 2221],
  ['TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI ĐẾN NĂM 2030', 424, 720, 2172],
  ['Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày', 505, 830, 2244],
  ['22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công', 358, 905, 2242],
  ['nghệ, Bộ ban hành Kế hoạch như sau:', 356, 980, 1500],
  ['I. MỤC ĐÍCH, YÊU CẦU', 505, 1055, 1400],
  ['a) Xây dựng kế hoạch chi tiết và tổ chức triển khai thực hiện', 507, 1130, 2243],
  ['các nội dung của Kế hoạch này.', 356, 1205, 1200],
  ['b) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại', 507, 1280, 2243],
  ['Tiểu dự án 1 thuộc Dự án 7: “Truyền thông về phòng, chống ma', 355, 1355, 2242],
  ['túy” theo chỉ đạo của Bộ Văn hóa, Thể thao và Du lịch.', 356, 1430, 1909],
  ['c) Báo cáo kết quả thực hiện về Bộ Văn hóa, Thể thao và Du lịch', 507, 1505, 2243],
  ['trước ngày 15 tháng 12 hằng năm.', 356, 1580, 1300],
];

describe('a real plan read back from its printed page', () => {
  const { result } = structureOfScan([page]);

  it('cuts a header line the OCR ran across both columns before the national title', () => {
    expect(result.issuer).toEqual({ parent: null, name: 'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH' });
  });

  it('ends a title in capitals before the sentence-case basis under it', () => {
    expect(result.title).toBe('PHÁT TRIỂN HẠ TẦNG SỐ TRONG CÁC KHU CÔNG NGHỆ CAO TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI ĐẾN NĂM 2030');
  });

  it('runs a full line on to the next line at the margin even when that line reads like a label', () => {
    const item = result.sections[0].children.find((s) => s.number === 'b')!;
    expect(item.title).toBeNull();
    expect(item.paragraphs.join(' ')).toMatch(/được giao tại Tiểu dự án 1 thuộc Dự án 7: “Truyền thông .* Du lịch\.$/);
  });
});

describe('the title and the section tree on text', () => {
  it('goes on over a year range the title broke at its dash', () => {
    const { result } = structureOfText(
      [
        'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 624/KH-UBND\tHà Tĩnh, ngày 19 tháng 11 năm 2025',
        'KẾ HOẠCH',
        'THỰC HIỆN CHƯƠNG TRÌNH GIÁO DỤC MẦM NON GIAI ĐOẠN 2025',
        '- 2035, ĐỊNH HƯỚNG ĐẾN NĂM 2045',
        'Thực hiện Quyết định số 2270/QĐ-TTg ngày 14/10/2025 của Thủ tướng Chính phủ;',
        'I. MỤC ĐÍCH, YÊU CẦU',
      ].join('\n'),
    );
    expect(result.title).toBe('THỰC HIỆN CHƯƠNG TRÌNH GIÁO DỤC MẦM NON GIAI ĐOẠN 2025 - 2035, ĐỊNH HƯỚNG ĐẾN NĂM 2045');
  });

  it('reads "1)" right after "h)" as the letter i)', () => {
    const items = 'abcdđegh'.split('').map((l) => `${l}) Nhiệm vụ thứ ${l} của đơn vị được giao.`);
    const { result } = structureOfText(['KẾ HOẠCH', 'CÔNG TÁC NĂM 2025', 'I. NHIỆM VỤ', ...items, '1) Nhiệm vụ cuối cùng của đơn vị.', 'II. TỔ CHỨC THỰC HIỆN'].join('\n'));
    expect(result.sections[0].children.map((s) => s.number).join('')).toBe('abcdđeghi');
    expect(result.sections[1].number).toBe('II');
  });
});

describe('the type line', () => {
  it('takes no near spelling from a line in sentence case ("Công an;" is no CÔNG VĂN)', () => {
    const stream = readingStream(textDoc('x.txt', ['- Các Bộ: Tài chính, Quốc phòng,', 'Công an;', '- Lưu: VT.', 'KẾ HOẠCH'].join('\n')));
    expect(findDocTypeLine(stream)?.type).toBe('KẾ HOẠCH');
  });
});

describe('OCR slips around heading numbers', () => {
  it('reads "q)" where "a)" is expected as a), "17:" in sequence as 17., and keeps a lone last word "xã"', () => {
    const { result } = structureOfScan([
      [
        ['KẾ HOẠCH', 1118, 300, 1481],
        ['CÔNG TÁC NĂM 2025', 900, 380, 1700],
        ['I. NHIỆM VỤ', 505, 500, 1000],
        ...Array.from({ length: 16 }, (_, k): ScanRow => [`${k + 1}. Nhiệm vụ số ${k + 1} của các cơ quan, đơn vị được giao.`, 505, 580 + k * 75, 2243]),
        ['17: Ủy ban nhân dân xã, phường', 511, 1800, 1521],
        ['q) Tham mưu Đảng ủy ban hành các văn bản chỉ đạo thực hiện', 507, 1875, 2243],
        ['Chương trình trên địa bàn.', 357, 1950, 1200],
        ['b) Các Sở, ban, ngành của Thành phố, UBND phường,', 507, 2025, 2238],
        ['xã', 354, 2100, 423],
        ['c) Báo cáo kết quả thực hiện trước ngày 15 tháng 12 hằng năm.', 507, 2175, 2243],
      ],
    ]);
    const item = result.sections[0].children.at(-1)!;
    expect(item.number).toBe('17');
    expect(item.title).toBe('Ủy ban nhân dân xã, phường');
    expect(item.children.map((s) => s.number)).toEqual(['a', 'b', 'c']);
    expect(item.children[1].title).toBe('Các Sở, ban, ngành của Thành phố, UBND phường, xã');
  });
});
