import { describe, expect, it } from 'vitest';
import type { Line, Page, Word } from '../../src/model/document.ts';
import { assignDocRegions, assignRegions } from '../../src/layout/regions.ts';
import { textDoc } from '../../src/structure/text-doc.ts';

/** A synthetic A4 page at 200 dpi (1654 × 2339) with lines laid out as Decree 30 prints them. */
function scanLine(page: number, index: number, text: string, l: number, t: number, r: number, h = 40): Line {
  const tokens = text.split(' ');
  const step = (r - l) / tokens.length;
  const words: Word[] = tokens.map((w, k) => ({ text: w, bbox: { l: l + k * step, t, r: l + (k + 1) * step - 8, b: t + h }, confidence: 0.9, line: index }));
  return { id: `p${page}-l${index}`, page, text, original: text, bbox: { l, t, r, b: t + h }, confidence: 0.9, block: 0, words };
}

function page(number: number, rows: Array<[string, number, number, number]>): Page {
  const lines = rows.map(([text, l, t, r], i) => scanLine(number, i, text, l, t, r));
  return { number, kind: 'image', width: 1654, height: 2339, dpi: 200, transforms: [], lines, regions: [] };
}

describe('regions of a scanned first page', () => {
  const first = page(1, [
    ['ỦY BAN NHÂN DÂN', 180, 150, 640],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 700, 150, 1500],
    ['TỈNH BẮC NINH', 230, 200, 590],
    ['Độc lập - Tự do - Hạnh phúc', 850, 200, 1350],
    ['Số: 141/KH-UBND', 230, 270, 590],
    ['Bắc Ninh, ngày 20 tháng 11 năm 2025', 800, 270, 1450],
    ['KẾ HOẠCH', 720, 400, 930],
    ['Nâng cao năng lực cho đội ngũ cán bộ', 500, 450, 1150],
    ['Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2025; Căn cứ', 200, 560, 1500],
    ['I. MỤC ĐÍCH, YÊU CẦU', 200, 640, 700],
    ['Nội dung của kế hoạch được thực hiện', 200, 700, 1500],
    ['Nơi nhận:', 180, 1800, 400],
    ['TM. ỦY BAN NHÂN DÂN', 950, 1800, 1450],
    ['- Bộ Tư pháp (b/c);', 180, 1850, 600],
    ['KT. CHỦ TỊCH', 1050, 1850, 1350],
    ['- Lưu: VT, NC.', 180, 1900, 500],
    ['Phạm Văn Thịnh', 1000, 2100, 1400],
    ['2', 800, 2260, 830],
  ]);
  assignRegions(first);
  const region = (text: string) => first.lines.find((l) => l.text === text)?.region;

  it('puts the issuer and number in the left header column and motto and date in the right one', () => {
    expect(['ỦY BAN NHÂN DÂN', 'TỈNH BẮC NINH', 'Số: 141/KH-UBND'].map(region)).toEqual(['header-left', 'header-left', 'header-left']);
    expect(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bắc Ninh, ngày 20 tháng 11 năm 2025'].map(region)).toEqual([
      'header-right',
      'header-right',
      'header-right',
    ]);
  });

  it('marks the type line and the centred title under it, and the full-width basis as body', () => {
    expect(region('KẾ HOẠCH')).toBe('title');
    expect(region('Nâng cao năng lực cho đội ngũ cán bộ')).toBe('title');
    expect(region('Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2025; Căn cứ')).toBe('body');
    expect(region('I. MỤC ĐÍCH, YÊU CẦU')).toBe('body');
  });

  it('knows the type line with a seal\'s letter read after it', () => {
    const sealed = page(1, [
      ['ỦY BAN NHÂN DÂN', 180, 150, 640],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 700, 150, 1500],
      ['Số: 141/KH-UBND', 230, 270, 590],
      ['Bắc Ninh, ngày 20 tháng 11 năm 2025', 800, 270, 1450],
      ['KẾ HOẠCH n', 720, 400, 960],
      ['THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG CỦA', 300, 450, 1400],
      ['THỦ TƯỚNG CHÍNH PHỦ VỀ PHÒNG THỦ DÂN SỰ', 200, 500, 1500],
      ['DÂN SỰ Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng', 200, 560, 1500],
      ['Chính phủ ban hành Kế hoạch triển khai thi hành Nghị định số 200/2025', 200, 620, 1500],
    ]);
    assignRegions(sealed);
    // (a basis the source ran onto the title's last line is body: the structure cuts it off the title)
    expect(sealed.lines.slice(4).map((l) => l.region)).toEqual(['title', 'title', 'title', 'body', 'body']);
  });

  it('tells the signature on the right from the recipients on the left, even interleaved', () => {
    expect(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'Phạm Văn Thịnh'].map(region)).toEqual(['signature', 'signature', 'signature']);
    expect(['Nơi nhận:', '- Bộ Tư pháp (b/c);', '- Lưu: VT, NC.'].map(region)).toEqual(['recipients', 'recipients', 'recipients']);
  });

  it('ends the recipients at a footnote across both columns under them, while the name under the signature space stays the signer\'s', () => {
    // as tesseract orders the Cần Thơ plan's last page: the footnote's lines come before the signer's name
    const last = page(17, [
      ['Nơi nhận:', 180, 1500, 400],
      ['- Lưu: VT, M.', 180, 1550, 500],
      ['TM. ỦY BAN NHÂN DÂN', 950, 1500, 1450],
      ['CHỦ TỊCH', 1100, 1550, 1300],
      ['[1] Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội phê duyệt', 250, 1700, 1500],
      ['trình mục tiêu quốc gia phòng, chống ma túy.', 200, 1760, 1000],
      ['Trương Cảnh Tuyên', 1000, 1650, 1400],
    ]);
    assignRegions(last);
    expect(last.lines.map((l) => l.region)).toEqual(['recipients', 'recipients', 'signature', 'signature', 'body', 'body', 'signature']);
  });

  it('marks a page number alone at the foot of the page as furniture', () => {
    expect(region('2')).toBe('furniture');
  });

  it('fills page.regions with one box per run of lines of a kind', () => {
    const kinds = first.regions.map((r) => r.kind);
    expect(kinds).toContain('header-left');
    expect(kinds).toContain('signature');
    const left = first.regions.filter((r) => r.kind === 'header-left');
    expect(Math.max(...left.map((r) => r.bbox.r))).toBeLessThan(0.45 * 1654);
  });
});

describe('running headers across pages', () => {
  it('marks a text repeated at the top of several pages as furniture, page numbers aside', () => {
    const pages = [2, 3].map((n) =>
      page(n, [
        [`Kế hoạch 141/KH-UBND - trang ${n}`, 500, 60, 1150],
        ['a) Nội dung công việc của các sở, ban, ngành', 200, 300, 1500],
      ]),
    );
    const doc = { ...textDoc('x', ''), kind: 'image' as const, pages };
    assignDocRegions(doc);
    expect(pages.map((p) => p.lines[0].region)).toEqual(['furniture', 'furniture']);
    expect(pages.map((p) => p.lines[1].region)).toEqual(['body', 'body']);
  });
});

describe('regions of a text page', () => {
  it('reads header, title, body, recipients and signature from the wording', () => {
    const doc = textDoc('x.txt', [
      'UBND QUAN LONG BIEN',
      'Long Bien, ngay 02 thang 01 nam 2021',
      'KE HOACH',
      'Thuc hien cong tac thi dua nam 2021',
      'I. MUC DICH, YEU CAU',
      'Noi nhan:',
      '- Ban TD-KT Thanh pho;',
      'CHU TICH',
    ].join('\n'));
    assignRegions(doc.pages[0]);
    expect(doc.pages[0].lines.map((l) => l.region)).toEqual(['header-left', 'header-right', 'title', 'title', 'body', 'recipients', 'recipients', 'signature']);
  });
});

describe('regions of a text page', () => {
  it('opens the recipients at a "Nơi nhận:" the old OCR glued onto the signer\'s title', () => {
    const doc = textDoc('t.txt', 'TM. HOI DONG\nCHU TICHNoi nhan:\n- Ban TD-KT Thanh pho;\n- Luu: VT, NV.\nNguyen Manh Ha\n');
    assignDocRegions(doc);
    expect(doc.pages[0].lines.map((l) => l.region)).toEqual(['signature', 'recipients', 'recipients', 'recipients', 'signature']);
  });
});

describe('regions of a decision that issues a plan (text, real wording of 2623/QĐ-TTg)', () => {
  const text = [
    'THỦ TƯỚNG CHÍNH PHỦ -------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
    'Số: 2623/QĐ-TTg\tHà Nội, ngày 29 tháng 11 năm 2025',
    'QUYẾT ĐỊNH',
    'BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN',
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân.',
    'Nơi nhận: - Ban Bí thư Trung ương Đảng; - Lưu: VT, KSTT (2b).\tTHỦ TƯỚNG Phạm Minh Chính',
    'KẾ HOẠCH',
    'TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'IV. TỔ CHỨC THỰC HIỆN',
    '1. Bộ trưởng Bộ Công an có trách nhiệm giúp Thủ tướng Chính phủ theo dõi, kiểm tra, đôn đốc.',
  ].join('\n');

  it('gives the closing line with its two columns no one region, and reopens the body at the plan it issues', () => {
    const doc = textDoc('qd.txt', text);
    assignDocRegions(doc);
    expect(doc.pages[0].lines.slice(5).map((l) => l.region)).toEqual([undefined, 'body', 'body', 'body', 'body', 'body']);
  });
});
