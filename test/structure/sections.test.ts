import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/model/plan.ts';
import { matchHeading, standardHeading } from '../../src/structure/sections.ts';
import { data, structureOfText } from './helpers.ts';

const outline = (sections: Section[]): unknown[] =>
  sections.map((s) => [s.number, s.title === null ? null : s.title.slice(0, 24), outline(s.children)]);

describe('heading lines', () => {
  it('reads roman, arabic, dotted and letter numbers in the gold convention', () => {
    expect(matchHeading('I. MỤC ĐÍCH, YÊU CẦU')).toMatchObject({ kind: 'roman', number: 'I', level: 1 });
    expect(matchHeading('1.1. Phát động')).toMatchObject({ kind: 'arabic', number: '1.1', level: 3 });
    expect(matchHeading('2. Yêu cầu')).toMatchObject({ number: '2', level: 2 });
    expect(matchHeading('đ) Theo dõi')).toMatchObject({ kind: 'letter', number: 'đ', ordinal: 5 });
  });

  it('does not take running text that starts with a number for a heading', () => {
    expect(matchHeading('2021 - 2026; thiết thực lập thành tích')).toBeNull();
    expect(matchHeading('30/6/2021')).toBeNull();
    expect(matchHeading('10.000 người tham gia')).toBeNull();
    expect(matchHeading('1. được tổ chức')).toBeNull();
  });
});

describe('the section tree of an old OCR text', () => {
  const { result } = structureOfText(data('longbien-2021-ocr-head.txt') + data('longbien-2021-ocr-tail.txt'));

  it('nests arabic under roman and dotted under arabic, and keeps a repeated roman number as printed', () => {
    expect(result.sections.map((s) => s.number)).toEqual(['I', 'II', 'II', 'III']);
    const ii = result.sections[1];
    // a standard title keeps no OCR damage: it is given its printed spelling
    expect(ii.title).toBe('NỘI DUNG THỰC HIỆN');
    expect(ii.children[0].number).toBe('1');
    expect(ii.children[0].children.map((c) => c.number)).toEqual(['1.1', '1.2', '1.3']);
    expect(result.sections[3].children.map((c) => c.number)).toEqual(['1', '2', '3']);
  });

  it('gives a numbered item that runs on as a sentence no title and keeps its words as a paragraph', () => {
    const item = result.sections[1].children[0].children[0];
    expect(item.title).toBeNull();
    expect(item.paragraphs[0]).toMatch(/^Phat dong va trien khai .* binh thuong mdi\.$/);
  });

  it('joins a title wrapped over lines and ending with a colon, without the colon', () => {
    const item = result.sections[1].children[0].children[2];
    expect(item.title).toBe('Tiep tuc thuc hien hieu qua cac cuoc van dong Ion, cac phong trao thi dua do Trung uong, Thanh pho phat dong trong ca he thong chinh tri va nhan dan');
  });

  it('joins paragraphs across OCR line breaks and blank lines but starts a new one at a bullet', () => {
    const purpose = result.sections[0];
    expect(purpose.paragraphs).toHaveLength(3);
    expect(purpose.paragraphs[0]).toMatch(/^- Doi mai va day manh .* gidiphong mat bang”\.$/);
    expect(purpose.paragraphs[1]).toMatch(/^- Nang cao chat luong/);
  });

  it('gives each heading provenance and a confidence', () => {
    const heading = result.sections[0];
    expect(heading.provenance?.chars).toBeDefined();
    expect(heading.confidence).toBeGreaterThan(0.8);
  });

  it('ends the body at the signature block', () => {
    const last = result.sections[3].children[2];
    expect(last.paragraphs.at(-1)).toMatch(/Ke hoach nay\.\/\./);
  });
});

describe('the section tree of a born-digital plan', () => {
  const { result } = structureOfText(data('bac-ninh-141-excerpt.txt'));

  it('reads one paragraph per line and tells title lines from sentences', () => {
    expect(outline(result.sections)).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', [['1', 'Mục đích', []]]],
      ['IV', 'TỔ CHỨC THỰC HIỆN', [['1', null, []], ['2', null, []], ['3', null, []], ['4', null, []], ['5', null, []], ['6', null, []]]],
    ]);
    expect(result.sections[0].children[0].paragraphs).toHaveLength(3);
  });

  it('carries a lower-case line on into the item above it', () => {
    expect(result.sections[1].children[5].paragraphs).toHaveLength(1);
    expect(result.sections[1].children[5].paragraphs[0]).toMatch(/Kế hoạch này; tham mưu sơ kết/);
  });
});

describe('a number standing alone on its line', () => {
  it('takes its words from the next line', () => {
    const text = ['KẾ HOẠCH', 'Khắc phục hậu quả mưa lũ', 'I.', 'ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI', '1.', 'Giai đoạn 2025 - 2030', 'Nội dung.'].join('\n');
    const { result } = structureOfText(text);
    expect(outline(result.sections)).toEqual([['I', 'ĐÁNH GIÁ TÌNH HÌNH THIỆT', [['1', 'Giai đoạn 2025 - 2030', []]]]]);
  });
});

describe('items of a list', () => {
  const text = [
    'KẾ HOẠCH',
    'ỨNG DỤNG CÔNG NGHỆ THÔNG TIN VÀ CHUYỂN ĐỔI',
    'SỐ',
    'I. MỤC TIÊU',
    '1. 100% trường trung học phổ thông triển khai học bạ số;',
    '2. Đổi mới dạy học và kiểm tra, đánh giá',
    'a) Xây dựng, chia sẻ bài giảng điện tử, ngân hàng câu hỏi',
    'trắc nghiệm theo chương trình giáo dục phổ thông 2018;',
    'b) Tổ chức thi thử tốt nghiệp trên máy tính',
    'Đơn vị chủ trì: Phòng Giáo dục trung học.',
  ].join('\n');
  const { result } = structureOfText(text);

  it('reads an item that opens with a figure as numbered, and an item ending with ";" as running text', () => {
    const goal = result.sections[0];
    expect(goal.children.map((c) => [c.number, c.title])).toEqual([
      ['1', null],
      ['2', 'Đổi mới dạy học và kiểm tra, đánh giá'],
    ]);
    expect(goal.children[1].children.map((c) => [c.number, c.title])).toEqual([
      ['a', null],
      ['b', 'Tổ chức thi thử tốt nghiệp trên máy tính'],
    ]);
  });

  it('does not run a heading on into a "Label: value" line', () => {
    expect(result.sections[0].children[1].children[1].paragraphs).toEqual(['Đơn vị chủ trì: Phòng Giáo dục trung học.']);
  });

  it('keeps a lone word of an upper-case title broken over lines', () => {
    expect(result.title).toBe('ỨNG DỤNG CÔNG NGHỆ THÔNG TIN VÀ CHUYỂN ĐỔI SỐ');
  });
});

describe('standard roman titles damaged by OCR or restoration', () => {
  it('gives a damaged standard title its printed spelling, keeping a parenthesis after it', () => {
    expect(standardHeading('TO CHlTC THlTC HIỆN')).toBe('TỔ CHỨC THỰC HIỆN');
    expect(standardHeading('KINH PHÍ Thực HIỆN')).toBe('KINH PHÍ THỰC HIỆN');
    expect(standardHeading('TIẾN ĐỘ THỤT HIẾN (Có biểu đính kèm)')).toBe('TIẾN ĐỘ THỰC HIỆN (Có biểu đính kèm)');
  });

  it('leaves other titles alone', () => {
    expect(standardHeading('TỔ CHỨC THỰC HIỆN KẾ HOẠCH')).toBe('TỔ CHỨC THỰC HIỆN KẾ HOẠCH');
    expect(standardHeading('ĐÁNH GIÁ TÌNH HÌNH')).toBe('ĐÁNH GIÁ TÌNH HÌNH');
    expect(standardHeading('Tổ chức thục hiện')).toBe('Tổ chức thục hiện');
  });

  it('reads the seed tail\'s roman heading "TO CHlTC THlTC HIEN" as TỔ CHỨC THỰC HIỆN', () => {
    const { result } = structureOfText(data('longbien-2021-ocr-tail.txt'));
    expect(result.sections.map((s) => s.title)).toContain('TỔ CHỨC THỰC HIỆN');
  });
});

describe('a unit on its own line after a bare number (Đắk Lắk 0129)', () => {
  it('keeps a short unit name ("Sở Y tế:") as the title, not as OCR debris', () => {
    const { result } = structureOfText(`KẾ HOẠCH\nHỗ trợ khắc phục thiệt hại\n${data('daklak-0129-units-excerpt.txt')}`);
    const iv = result.sections.find((s) => s.number === 'IV')!;
    expect(iv.children.map((c) => c.title)).toEqual(['Sở Công Thương', 'Sở Nông nghiệp và Môi trường', 'Sở Y tế']);
    expect(iv.children[2].paragraphs[0]).toMatch(/^- Bố trí các đội y tế lưu động/);
  });
});

describe('a bullet label with its value on the next line (Cần Thơ 153, item h)', () => {
  it('joins the value to its label and keeps the long lead-in as the title', () => {
    const { result } = structureOfText(`KẾ HOẠCH\nPhòng, chống ma túy\n${data('cantho-153-label-value-excerpt.txt')}`);
    const h = result.sections[0].children[0].children.find((c) => c.number === 'h')!;
    expect(h.title).toBe('Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại các dự án trong Chương trình theo chỉ đạo của Bộ Công an, bao gồm');
    expect(h.paragraphs).toContain('- Dự án 7 (Tiểu dự án 2): Nâng cao hiệu quả truyền thông, giáo dục phòng, chống ma túy ở cơ sở.');
    expect(h.paragraphs).toHaveLength(6);
  });
});

describe('a roman numeral a sentence wrapped onto a line of its own', () => {
  // the Nghệ An emulation plan as an old OCR left it: "… lần thứ" / "XI." / "d) Đối với …"
  const text = [
    'KE HOACH',
    'To chuc phong trao thi dua',
    'I. MUC DICH',
    '1. Doi tuong',
    'a) Doi voi tap the',
    'b) Doi voi ca nhan',
    'c) Doi voi hoc sinh: tao khi the thi dua soi noi tren',
    'dia ban tinh Nghe An tien toi Dai hoi thi dua yeu nuoc toan quoc lan thu',
    'XI.',
    'd) Doi voi cac doanh nghiep',
    '- San xuat kinh doanh hieu qua, ben vung, hop phap.',
    'II. NOI DUNG',
    '1. Thi dua thuong xuyen',
  ].join('\n');

  it('keeps it in the sentence: no section XI, and the letters run on under 1.', () => {
    const { result } = structureOfText(text);
    expect(result.sections.map((s) => s.number)).toEqual(['I', 'II']);
    expect(result.sections[0].children[0].children.map((s) => s.number)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('a name\'s own hyphen a full line pushed to the start of the next', () => {
  // wrapped text, as an old OCR or a PDF leaves it: "… các tổ chức chính trị" / "- xã hội …"
  const full = 'b) Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với các tổ chức chính trị';
  const text = [
    'KẾ HOẠCH',
    'Phòng, chống thiên tai',
    'I. TỔ CHỨC THỰC HIỆN',
    '1. Các đơn vị',
    'a) Sở Nông nghiệp và Môi trường chủ trì theo dõi, tổng hợp tình hình thiệt hại.',
    full,
    '- xã hội tỉnh vận động nhân dân ủng hộ, giúp đỡ người bị ảnh hưởng do mưa lũ.',
    'c) Các sở, ban, ngành theo chức năng, nhiệm vụ được giao phối hợp thực hiện.',
    '- Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 năm 2025.',
  ].join('\n');

  it('joins it to the line before; a bullet after a sentence stays a bullet', () => {
    const { result } = structureOfText(text);
    const items = result.sections[0].children[0].children;
    expect(items.find((c) => c.number === 'b')!.paragraphs).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với các tổ chức chính trị - xã hội tỉnh vận động nhân dân ủng hộ, giúp đỡ người bị ảnh hưởng do mưa lũ.',
    ]);
    expect(items.find((c) => c.number === 'c')!.paragraphs.some((p) => p.startsWith('- Báo cáo kết quả'))).toBe(true);
  });
});
