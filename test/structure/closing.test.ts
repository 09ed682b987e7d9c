import { describe, expect, it } from 'vitest';
import { archiveCodes, repairSignatureLine } from '../../src/structure/signature.ts';
import { Reporter } from '../../src/diagnostics/diagnostic.ts';
import { assignDocRegions } from '../../src/layout/regions.ts';
import { structure } from '../../src/structure/index.ts';
import { textDoc } from '../../src/structure/text-doc.ts';
import { type ScanRow, data, structureOfScan } from './helpers.ts';

/** The closing block of the Nam Định plan's last page as the OCR read it (boxes and text as given, 300 dpi). */
const NAMDINH_CLOSING: ScanRow[] = [
  ['III. TỔ CHỨC THỰC HIỆN', 507, 653, 1325],
  ['Các phòng thuộc Sở triển khai thực hiện Kế hoạch này./.', 507, 740, 2100],
  ['Nơi nhận:', 298, 1120, 520],
  ['- Bộ GDĐT (để b/c);', 298, 1184, 747],
  ['- UBND tỉnh (để b/c);', 298, 1243, 786],
  ['- Giám đốc, các PGĐ Sở;', 298, 1305, 857],
  ['- Các phòng thuộc Sở;', 298, 1365, 804],
  ['- Phòng GDĐT các huyện, thành', 298, 1427, 1040],
  ['phố; -', 327, 1488, 514],
  ['- Các trường THPT;', 298, 1549, 743],
  ['- Lưu: VI, KHTC.', 298, 1608, 689],
  ['KÌ. GIÁM ĐỐC', 1547, 1089, 1997],
  ['PHO GIÁM ĐÓỌOC', 1531, 1173, 2014],
  ['Trần Thị Minh Hằng', 1461, 1493, 2083],
];

/** A signature block under a seal, read from a faded 200 dpi copy: the KT. blotted ("x1:"), seal letters between title and name and after an item, a smear after the name. */
const SEALED_CLOSING: ScanRow[] = [
  ['Nơi nhận:', 342, 1447, 554],
  ['x1: BỘ TRƯỞNG', 1587, 1411, 2037],
  ['- Như Điều 3;ị', 343, 1511, 595],
  ['THỨ TRƯỞNG', 1629, 1485, 2006],
  ['- Văn phòng Chính phủ; ị', 343, 1690, 785],
  ['LẦN', 1653, 1691, 1698],
  ['MƯA', 1720, 1736, 1897],
  ['- Lưu: VT, KHTC.', 343, 1808, 854],
  ['“Tạ Quang Đông - ~—', 1633, 1790, 2120],
];

describe('closing block under a seal', () => {
  it('reads a head\'s title followed by its deputy\'s as KT. for the head, and the name without the smear', () => {
    // the decision's first page, then its closing; the plan it issues starts on the next page, under its own header
    const header = (t: number): ScanRow[] => [
      ['BỘ VĂN HÓA, THỂ THAO', 359, t, 1081],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1252, t, 2291],
      ['VÀ DU LỊCH', 610, t + 77, 829],
      ['Độc lập - Tự do - Hạnh phúc', 1441, t + 72, 2101],
    ];
    const first: ScanRow[] = [
      ...header(272),
      ['Số: 4385/QĐ-BVHTTDL', 444, 457, 996],
      ['Hà Nội, ngày 18 tháng 11 năm 2025', 1375, 458, 2165],
      ['QUYẾT ĐỊNH', 1050, 600, 1430],
      ['Ban hành Kế hoạch thực hiện Quy hoạch', 800, 680, 1680],
      ['Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Quy hoạch.', 400, 900, 2200],
    ];
    const { result } = structureOfScan([first, SEALED_CLOSING, header(272)]);
    expect(result.signer).toEqual({ capacity: 'KT. BỘ TRƯỞNG', title: 'THỨ TRƯỞNG', name: 'Tạ Quang Đông' });
    expect(result.recipients).toEqual(['Như Điều 3;', 'Văn phòng Chính phủ;', 'Lưu: VT, KHTC.']);
  });

  it('drops a seal\'s letters read after the name', () => {
    expect(repairSignatureLine('Trần Chí Hùng ng')).toBe('Trần Chí Hùng');
    expect(repairSignatureLine('Tạ Quang Đông - ~—')).toBe('Tạ Quang Đông');
    expect(repairSignatureLine('Đào Mỹ \\ No')).toBe('Đào Mỹ');
    expect(repairSignatureLine('Đào Mỹ: 0h')).toBe('Đào Mỹ');
    expect(repairSignatureLine('Hồ Thị Nguyên Thảo Ọ')).toBe('Hồ Thị Nguyên Thảo');
    expect(repairSignatureLine('Nguyễn Thị N guyệt')).toBe('Nguyễn Thị Nguyệt');
    expect(repairSignatureLine('Nguyễn Văn Đệ... -')).toBe('Nguyễn Văn Đệ');
    expect(repairSignatureLine('“Huỳnh Mình Tuấn ˆ')).toBe('Huỳnh Mình Tuấn');
    expect(repairSignatureLine('K7. CHỈ TỊCH')).toBe('KT. CHỦ TỊCH');
    expect(repairSignatureLine('1rương Cảnh Tuyên')).toBe('Trương Cảnh Tuyên');
    expect(repairSignatureLine('2025 Nguyễn Văn')).toBe('2025 Nguyễn Văn');
    expect(repairSignatureLine('Hồ thị Nguyên Thảo')).toBe('Hồ Thị Nguyên Thảo');
    expect(repairSignatureLine('Lê Anh Quân')).toBe('Lê Anh Quân');
    expect(repairSignatureLine('Giao đồng chí Quân')).toBe('Giao đồng chí Quân');
  });

  it('reads a capacity mark\'s stop shown as a comma, and no stop after the name', () => {
    expect(repairSignatureLine('KT, CHỦ TỊCH')).toBe('KT. CHỦ TỊCH');
    expect(repairSignatureLine('PHÓ CI TỦ TỊCH')).toBe('PHÓ CHỦ TỊCH');
    const rows: ScanRow[] = [
      ['Nơi nhận:', 342, 1447, 554],
      ['KT, CHỦ TỊCH', 1600, 1411, 2000],
      ['- Lưu: VT.', 343, 1511, 595],
      ['PHÓ CHỦ TỊCH', 1600, 1485, 2000],
      ['Hồ Thị Nguyên Thảo.', 1560, 1790, 2070],
    ];
    expect(structureOfScan([rows]).result.signer).toEqual({ capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Hồ Thị Nguyên Thảo' });
  });

  it('keeps the body a TM. mark signs for before the blotted KT.', () => {
    const rows: ScanRow[] = [
      ['Nơi nhận:', 342, 1447, 554],
      ['TM. ỦY BAN NHÂN DÂN', 1500, 1350, 2100],
      ['x1: CHỦ TỊCH', 1600, 1411, 2000],
      ['- Lưu: VT.', 343, 1511, 595],
      ['PHÓ CHỦ TỊCH', 1600, 1485, 2000],
      ['Nguyễn Văn Nam', 1630, 1790, 2000],
    ];
    expect(structureOfScan([rows]).result.signer).toEqual({ capacity: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Nam' });
  });

  it('reads on past a seal\'s specks in the signature\'s column below the name to the list\'s last items', () => {
    const rows: ScanRow[] = [
      ['Nơi nhận:', 335, 1400, 546],
      ['KT. CHỦ TỊCH', 1623, 1400, 2000],
      ['- Thủ tướng Chính phủ (b/c);', 336, 1460, 866],
      ['PHÓ CHỦ TỊCH', 1598, 1470, 2013],
      ['- CT, các PCT UBND tỉnh;', 336, 1520, 834],
      ['- Hồ Thị Nguyên Thảo', 1524, 1760, 2093],
      ['“Ban Tuyên giáo và Dân vận TU;', 336, 1770, 957],
      ['sự:', 1579, 1800, 1622],
      ['- Các Sở, ban, ngành;', 336, 1830, 728],
      ['n', 1789, 1850, 1813],
      ['- Lưu: VT, TH.', 336, 1890, 706],
    ];
    const { result } = structureOfScan([rows]);
    expect(result.signer?.name).toBe('Hồ Thị Nguyên Thảo');
    expect(result.recipients).toEqual(['Thủ tướng Chính phủ (b/c);', 'CT, các PCT UBND tỉnh;', 'Ban Tuyên giáo và Dân vận TU;', 'Các Sở, ban, ngành;', 'Lưu: VT, TH.']);
  });

  it('reads a KT. blotted into the head\'s title, and drops a seal\'s letters between the chain\'s parts', () => {
    const signer = (capacity: string, title = 'PHÓ CHỦ TỊCH') =>
      structureOfScan([
        [
          ['Nơi nhận:', 342, 1447, 554],
          ['TM. ỦY BAN NHÂN DÂN', 1500, 1350, 2100],
          [capacity, 1600, 1411, 2000],
          ['- Lưu: VT.', 343, 1511, 595],
          [title, 1600, 1485, 2000],
          ['Nguyễn Thị Nguyệt', 1630, 1790, 2000],
        ],
      ]).result.signer;
    // harsh copies' readings (Đồng Tháp, Nghệ An)
    expect(signer('..XITE.CHU TỊCH')?.capacity).toBe('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH');
    expect(signer('xL. KT. CHỦ TỊCH')?.capacity).toBe('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH');
    // the head signs himself: no KT.; smear too long to be a blotted mark
    expect(signer('CHỦ TỊCH', 'CHỦ TỊCH')?.capacity).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(signer('QUẢNG TRỊ XITE.CHU TỊCH')?.capacity).not.toMatch(/KT\./);
  });
});

describe('closing block of a scan', () => {
  const { result } = structureOfScan([NAMDINH_CLOSING]);

  it('reads "KI." as the deputy mark KT. and a misread title as the known title', () => {
    expect(result.signer).toEqual({ capacity: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Trần Thị Minh Hằng' });
  });

  it('drops a bullet pushed onto the end of a wrapped item and restores the archive code VT', () => {
    expect(result.recipients).toEqual([
      'Bộ GDĐT (để b/c);',
      'UBND tỉnh (để b/c);',
      'Giám đốc, các PGĐ Sở;',
      'Các phòng thuộc Sở;',
      'Phòng GDĐT các huyện, thành phố;',
      'Các trường THPT;',
      'Lưu: VT, KHTC.',
    ]);
  });

  it('keeps the last recipient the scan shows below the signer’s name', () => {
    const { result: hatinh } = structureOfScan([[
      ['Nơi nhận:', 295, 2131, 571],
      ['KT. TRƯỞNG BAN', 1493, 2107, 2050],
      ['- Ban Chỉ đạo LNTW về VSATTP (b/c);', 295, 2190, 1100],
      ['PHÓ TRƯỞNG BAN', 1480, 2190, 2060],
      ['- UBND các xã, phường;', 316, 2490, 870],
      ['Nguyễn Hồng Lĩnh', 1486, 2506, 2058],
      ['- Lưu: VT, BCĐ.', 295, 2553, 658],
    ]]);
    expect(hatinh.signer).toEqual({ capacity: 'KT. TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Hồng Lĩnh' });
    expect(hatinh.recipients.at(-1)).toBe('Lưu: VT, BCĐ.');
  });
});

describe('signature repairs', () => {
  it('leaves a good line alone and does not turn an explanatory line into a title', () => {
    expect(repairSignatureLine('PHÓ CHỦ TỊCH')).toBe('PHÓ CHỦ TỊCH');
    expect(repairSignatureLine('CHỦ TỊCH UBND QUẬN')).toBe('CHỦ TỊCH UBND QUẬN');
    expect(repairSignatureLine('K1. CHỦ TỊCH')).toBe('KT. CHỦ TỊCH');
    // a seal's ring over the line: a lone letter before it, a stop after, the capacity glued to a title that lost its marks
    expect(repairSignatureLine('c KI.CHU TỊCH .')).toBe('KT. CHỦ TỊCH');
    expect(repairSignatureLine('KE.CHU TỊCH')).toBe('KT. CHỦ TỊCH');
    // Times' narrow space after the mark lost
    expect(repairSignatureLine('KT.CHU TỊCH')).toBe('KT. CHỦ TỊCH');
    expect(repairSignatureLine('TM.ỦY BAN NHÂN DÂN')).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(repairSignatureLine('TM. ỦY BAN NHÂN DÂN')).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(repairSignatureLine('“-Đào Mỹ')).toBe('Đào Mỹ');
    expect(repairSignatureLine('KT. GIÁM ĐỐC')).toBe('KT. GIÁM ĐỐC');
  });

  it('fixes only the VT code of the archive line', () => {
    expect(archiveCodes('Lưu: VI, NV.')).toBe('Lưu: VT, NV.');
    expect(archiveCodes('Lưu: VP.')).toBe('Lưu: VP.');
    expect(archiveCodes('Lưu: VIP.')).toBe('Lưu: VIP.');
    expect(archiveCodes('UBND các xã: VI, NV.')).toBe('UBND các xã: VI, NV.');
  });

  it('reads the standing office "TT." an OCR read as "TI." or "Tl." before the body it heads', () => {
    expect(archiveCodes('TI. Tỉnh ủy; Tl. HĐND tỉnh (b/c);')).toBe('TT. Tỉnh ủy; TT. HĐND tỉnh (b/c);');
    expect(archiveCodes('Lưu: VT, TI.')).toBe('Lưu: VT, TI.');
  });
});

describe('closing block of an old OCR text (seed tail, restored)', () => {
  it('reads the list under a label glued onto the title, wrapped items joined, and the known title spelled right', () => {
    // as the text pipeline runs it: regions from the wording first
    const doc = textDoc('seed.txt', data('longbien-2021-ocr-tail.txt'));
    assignDocRegions(doc);
    const result = structure(doc, new Reporter('seed.txt'));
    expect(result.recipients).toHaveLength(8);
    expect(result.recipients[3]).toMatch(/thuoc Quan uy, UBND quan;$/);
    expect(result.signer?.title).toBe('CHỦ TỊCH');
  });
});

describe('closing block of old-OCR and born-digital text (wording of 2623/QĐ-TTg and 153/KH-UBND Cần Thơ)', () => {
  it('joins an item whose name the OCR broke at its own hyphen ("… chính trị" / "- xã hội;")', () => {
    const doc = textDoc('t.txt', 'Noi nhan:\n- Kiem toan nha nuoc;\n- Co quan trung uong cua cac to chuc\nchinh tri\n- xa hoi;\n- Luu: VT, KSTT (2b).\nTHU TUONG\nPham Minh Chinh\n');
    assignDocRegions(doc);
    expect(structure(doc, new Reporter('t')).recipients).toEqual(['Kiem toan nha nuoc;', 'Co quan trung uong cua cac to chuc chinh tri - xa hoi;', 'Luu: VT, KSTT (2b).']);
  });

  it('keeps "- Kiểm toán nhà nước;" apart from an item before it that lost its end in lower case', () => {
    const doc = textDoc('t.txt', 'Nơi nhận:\n- Tòa án nhân dân tối cao;\n- Viện kiểm sát nhân dân tối\n- Kiểm toán nhà nước;\n- Phòng Tài chính\n- Kế hoạch huyện;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐào Mỹ\n');
    expect(structure(doc, new Reporter('t')).recipients).toEqual([
      'Tòa án nhân dân tối cao;',
      'Viện kiểm sát nhân dân tối',
      'Kiểm toán nhà nước;',
      'Phòng Tài chính - Kế hoạch huyện;',
      'Lưu: VT.',
    ]);
  });

  it('joins "- Ban Thi đua" / "- Khen thưởng Trung ương (b/c);" (no unit opens after the hyphen), not "- Sở Nội vụ" after an item that lost its ";"', () => {
    const doc = textDoc('t.txt', 'Nơi nhận:\n- Ban Thi đua\n- Khen thưởng Trung ương (b/c);\n- Các Sở, ban, ngành\n- Sở Nội vụ;\n- Lưu: VT, NV.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐào Mỹ\n');
    assignDocRegions(doc);
    expect(structure(doc, new Reporter('t')).recipients).toEqual(['Ban Thi đua - Khen thưởng Trung ương (b/c);', 'Các Sở, ban, ngành', 'Sở Nội vụ;', 'Lưu: VT, NV.']);
  });

  it('joins a wrapped word an old OCR put a speck before ("Chinh" / "• phu;"), and opens an item at "- Cổng TTĐT" after an item that lost its ";"', () => {
    const doc = textDoc('t.txt', 'Noi nhan:\n- Thu tuong, cac Pho Thu tuong Chinh\n• phu;\n- CVP, cac PCVP UBND\n- Cong TTDT tinh;\n- Luu: VT, TH.\nTHU TUONG\nPham Minh Chinh\n');
    assignDocRegions(doc);
    expect(structure(doc, new Reporter('t')).recipients).toEqual(['Thu tuong, cac Pho Thu tuong Chinh phu;', 'CVP, cac PCVP UBND', 'Cong TTDT tinh;', 'Luu: VT, TH.']);
  });

  it('takes no footnote printed under the closing for a recipient', () => {
    const doc = textDoc('t.txt', 'Nơi nhận: - Bộ Công an; - Lưu: VT, KGVX.\tTM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Văn Lâu\n[1] Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội.\n');
    assignDocRegions(doc);
    const result = structure(doc, new Reporter('t'));
    expect(result.recipients).toEqual(['Bộ Công an;', 'Lưu: VT, KGVX.']);
    expect(result.signer?.name).toBe('Trần Văn Lâu');
  });

  it('drops the marks a seal leaves at a signature line’s ends, and joins an item wrapped after an abbreviation’s period', () => {
    const { result: sealed } = structureOfScan([[
      ['Nơi nhận:', 295, 2131, 571],
      ['“THỦ TƯỚNG', 1480, 2107, 2050],
      ['- Các sở, ban, ngành;', 295, 2190, 900],
      ['- Các phòng, Ban, TT thuộc VP.', 295, 2250, 1050],
      ['UBND tỉnh;', 330, 2310, 620],
      ['- Lưu: VỊ, NV (V-10b).', 295, 2370, 760],
      ['Phạm Minh Chính', 1486, 2506, 2058],
    ]]);
    expect(sealed.signer).toEqual({ capacity: null, title: 'THỦ TƯỚNG', name: 'Phạm Minh Chính' });
    expect(sealed.recipients).toEqual(['Các sở, ban, ngành;', 'Các phòng, Ban, TT thuộc VP. UBND tỉnh;', 'Lưu: VT, NV (V-10b).']);
  });

  it('finds the list under a label the OCR misread ("Nuĩ nhậm:", bold italic at 200 dpi)', () => {
    const { result: misread } = structureOfScan([[
      ['Nuĩ nhậm:', 303, 2170, 520],
      ['KT. CHỦ TỊCH', 1560, 2133, 2001],
      ['- Văn phòng Chính phủ;', 306, 2233, 850],
      ['PHÓ CHỦ TỊCH', 1544, 2223, 2017],
      ['- Lưu: VT, KGVX.', 304, 2333, 860],
      ['Lê Trường Sơn', 1559, 2548, 2000],
    ]]);
    expect(misread.recipients).toEqual(['Văn phòng Chính phủ;', 'Lưu: VT, KGVX.']);
    expect(misread.signer).toEqual({ capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Trường Sơn' });
  });
});

describe('a Party committee plan', () => {
  it('reads its number the Party way round and its capacity written T/M', () => {
    const text = [
      'ĐẢNG BỘ TỈNH NGHỆ AN\tĐẢNG CỘNG SẢN VIỆT NAM',
      'BAN THƯỜNG VỤ TỈNH ỦY',
      'Số 112-KH/TU\tNghệ An, ngày 05 tháng 3 năm 2024',
      'KẾ HOẠCH',
      'thực hiện Chỉ thị số 25-CT/TW của Ban Bí thư về công tác dân vận',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Quán triệt sâu sắc nội dung Chỉ thị đến cán bộ, đảng viên.',
      'Nơi nhận:',
      '- Ban Dân vận Trung ương (b/c);',
      '- Lưu VPTU.\tT/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ',
      'Nguyễn Văn Thông',
    ].join('\n');
    const doc = textDoc('party.txt', text);
    assignDocRegions(doc);
    const result = structure(doc, new Reporter('party.txt'));
    expect(result.number).toBe('112-KH/TU');
    expect(result.signer).toEqual({ capacity: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn Thông' });
    expect(result.recipients).toEqual(['Ban Dân vận Trung ương (b/c);', 'Lưu VPTU.']);
  });
});

describe('the body a capacity signs for', () => {
  it('gets back a syllable restoration marked as another word ("NHÂN ĐÀN"), and keeps the printed tone placement', () => {
    const read = (capacity: string) => {
      const doc = textDoc('t.txt', `Nơi nhận:\n- Lưu: VT.\n${capacity}\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị Nguyệt\n`);
      assignDocRegions(doc);
      return structure(doc, new Reporter('t')).signer?.capacity;
    };
    expect(read('TM. ỦY BAN NHÂN ĐÀN')).toBe('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH');
    expect(read('TM. UỶ BAN NHÂN DÂN')).toBe('TM. UỶ BAN NHÂN DÂN KT. CHỦ TỊCH');
  });
});
