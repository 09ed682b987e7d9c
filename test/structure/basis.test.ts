import { describe, expect, it } from 'vitest';
import { cutPromulgation } from '../../src/structure/metadata.ts';
import { type ScanRow, structureOfScan, structureOfText } from './helpers.ts';

/** The top of the Hoàng Mai plan's first page as the OCR read it (300 dpi; body margin ≈ 356 px, first lines at ≈ 507 px). */
const HEAD: ScanRow[] = [
  ['ỦY BAN NHÂN DÂN', 300, 200, 900],
  ['QUẬN HOÀNG MAI', 350, 270, 850],
  ['Số: 15/KH-UBND', 380, 418, 820],
  ['Hoàng Mai, ngày 18 tháng 01 năm 2021', 1169, 418, 2268],
  ['KẾ HOẠCH', 1118, 541, 1481],
  ['Thực hiện công tác cải cách hành chính', 647, 628, 1950],
  ['trên địa bàn quận Hoàng Mai năm 2021', 646, 707, 1947],
  ['Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của', 507, 846, 2242],
  ['Chính phủ ban hành Chương trình tổng thể cải cách hành chính', 357, 918, 2242],
  ['nhà nước giai đoạn 2011 - 2020;', 356, 998, 1269],
  ['Thực hiện Kế hoạch số 255/KH-UBND ngày 25/12/2020 của', 505, 1082, 2242],
  ['UBND thành phố Hà Nội về cải cách hành chính nhà nước thành', 357, 1156, 2242],
  ['phố Hà Nội năm 2021,', 356, 1230, 995],
];
const BODY: ScanRow[] = [
  ['I. MỤC ĐÍCH, YÊU CẦU', 507, 1483, 1246],
  ['- Các phòng, ban, ngành quận và UBND các phường xác', 507, 2319, 2241],
  ['định cải cách hành chính là nhiệm vụ trọng tâm, gắn trách nhiệm', 357, 2389, 2242],
  // the OCR lost the period at the end of this full-width line: only the indent below parts the paragraphs
  ['của người đứng đầu với kết quả thực hiện nhiệm vụ được giao', 357, 2465, 2240],
  ['Văn phòng HĐND và UBND quận theo dõi, tổng hợp kết quả', 507, 2548, 2242],
  ['thực hiện hằng quý.', 356, 2628, 1539],
];

describe('basis on a scan', () => {
  it('ends the last basis item where the promulgation sentence opens with a first-line indent', () => {
    // a promulgation the wording rule does not know ("tổ chức thực hiện … như sau"): the indent alone parts it
    const { result } = structureOfScan([[...HEAD, ['Ủy ban nhân dân quận Hoàng Mai tổ chức thực hiện công tác', 507, 1315, 2241], ['cải cách hành chính năm 2021 như sau:', 356, 1399, 1885], ...BODY]]);
    expect(result.basis).toEqual([
      'Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020',
      'Kế hoạch số 255/KH-UBND ngày 25/12/2020 của UBND thành phố Hà Nội về cải cách hành chính nhà nước thành phố Hà Nội năm 2021',
    ]);
  });

  it('opens a new paragraph at an indented line even when the line before runs to the right margin', () => {
    const { result } = structureOfScan([[...HEAD, ...BODY]]);
    expect(result.sections[0].paragraphs).toEqual([
      'Các phòng, ban, ngành quận và UBND các phường xác định cải cách hành chính là nhiệm vụ trọng tâm, gắn trách nhiệm của người đứng đầu với kết quả thực hiện nhiệm vụ được giao',
      'Văn phòng HĐND và UBND quận theo dõi, tổng hợp kết quả thực hiện hằng quý.',
    ].map((p, i) => (i === 0 ? `- ${p}` : p)));
  });
});

describe('basis on text', () => {
  it('cuts the promulgation sentence off the last basis item', () => {
    const text = [
      'Căn cứ Luật An toàn thực phẩm ngày 17/6/2010;',
      'Căn cứ Công văn số 1234/BCĐLNTW ngày 20/11/2025 của Ban Chỉ đạo liên ngành Trung ương về vệ sinh an toàn thực phẩm, Ban Chỉ đạo liên ngành vệ sinh an toàn thực phẩm tỉnh ban hành Kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ].join('\n');
    expect(structureOfText(text).result.basis).toEqual([
      'Luật An toàn thực phẩm ngày 17/6/2010',
      'Công văn số 1234/BCĐLNTW ngày 20/11/2025 của Ban Chỉ đạo liên ngành Trung ương về vệ sinh an toàn thực phẩm',
    ]);
  });

  it('keeps a document that itself issues a plan', () => {
    const ref = 'Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ ban hành Kế hoạch chuyển đổi số';
    expect(cutPromulgation(ref)).toBe(ref);
    expect(cutPromulgation('Kế hoạch số 12/KH-HĐTĐKT của Hội đồng Thi đua - Khen thưởng thành phố, Hội đồng Thi đua - Khen thưởng huyện Gia Lâm xây dựng Kế hoạch như sau:'))
      .toBe('Kế hoạch số 12/KH-HĐTĐKT của Hội đồng Thi đua - Khen thưởng thành phố');
  });
});
