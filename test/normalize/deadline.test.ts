import { describe, expect, it } from 'vitest';
import { normalizeDeadline, planYear, yearOf, restoreDeadlineWords } from '../../src/normalize/deadline.ts';

type Row = [input: string, start: string | null, end: string | null, recurrence: string | null, ctx?: { planYear: number | null; groupYear?: number | null }];
const NO_DUE = 'none';
const Y2021 = { planYear: 2021 };

/** input → expected due (start, end; NO_DUE for due null) and recurrence, plan year 2021 unless given */
const TABLE: Row[] = [
  ['Tháng 3/2021', '2021-03-01', '2021-03-31', null],
  ['Tháng 01/2021', '2021-01-01', '2021-01-31', null],
  ['Thang\n01/2021', '2021-01-01', '2021-01-31', null],
  ['Tháng 2/2021', '2021-02-01', '2021-02-28', null],
  ['Tháng 2/2024', '2024-02-01', '2024-02-29', null],
  ['Tháng 1 năm 2022', '2022-01-01', '2022-01-31', null],
  ['Tháng 3', '2021-03-01', '2021-03-31', null],
  ['Tháng 3', '2024-03-01', '2024-03-31', null, { planYear: 2021, groupYear: 2024 }],
  ['03/2021', '2021-03-01', '2021-03-31', null],
  ['Quý II', '2021-04-01', '2021-06-30', null],
  ['Quý II/2019', '2019-04-01', '2019-06-30', null],
  ['Quy II/2019', '2019-04-01', '2019-06-30', null],
  ['Quý IV', '2021-10-01', '2021-12-31', null],
  ['Quý III Năm 2026', '2026-07-01', '2026-09-30', null],
  ['Quý IV/2025- Quý II/2026', '2025-10-01', '2026-06-30', null],
  ['Quý I và Quý III', NO_DUE, null, null],
  // a year that ends a law's name is not a time
  ['Theo tiến độ được giao của Luật An ninh mạng 2025', NO_DUE, null, null],
  // open-ended stretches: a start and no end
  ['Năm 2025 và các năm tiếp theo', '2025-01-01', null, null],
  ['Quý IV/2025 và các năm tiếp theo', '2025-10-01', null, null],
  ['Từ 01/7/2025', '2025-07-01', null, null],
  ['Giai đoạn 2026-2030 và những năm tiếp theo', '2026-01-01', null, null],
  ['Từ năm 2026 trở đi', '2026-01-01', null, null],
  ['Từ tháng 10/2025 đến khi tổ chức thành công Đại hội', '2025-10-01', null, null],
  ['Từ tháng 3/2025 đến hết năm', '2025-03-01', '2025-12-31', null],
  ['Quý I, Quý II', '2021-01-01', '2021-06-30', null],
  ['Học kỳ I năm học 2023 - 2024', '2023-09-01', '2024-01-15', null],
  ['Năm học 2023-2024', '2023-09-01', '2024-05-31', null],
  ['Quý 1/2022', '2022-01-01', '2022-03-31', null],
  ['Trước ngày 15/6/2021', null, '2021-06-15', null],
  ['Truoc ngay 15/6/2021', null, '2021-06-15', null],
  ['Trudc\n30/6/2021', null, '2021-06-30', null],
  ['Trước 30/9', null, '2021-09-30', null],
  ['Trước 30/9', null, '2023-09-30', null, { planYear: 2023 }],
  ['Trước 30/6/2021', null, '2021-06-30', null],
  ['Trước ngày 30/11/2025', null, '2025-11-30', null],
  ['Truoc\n20/01/2021', null, '2021-01-20', null],
  ['Trước tháng 6/2021', null, '2021-05-31', null],
  ['Theo KH của TP (Dự kiến trước 30/6/2021)', null, '2021-06-30', null],
  ['Theo KH \ncua TP (Du \nkien trudc \n30/6/2021)', null, '2021-06-30', null],
  ['Từ tháng 4 đến tháng 6', '2021-04-01', '2021-06-30', null],
  ['Từ tháng 4 đến tháng 6/2022', '2022-04-01', '2022-06-30', null],
  ['Tháng 12 đến tháng 2/2022', '2021-12-01', '2022-02-28', null],
  ['Tháng 3/2021 đến trước 15/4/2021', '2021-03-01', '2021-04-15', null],
  ['Thang 3/2021 r den tnxoc 15/4/2021', '2021-03-01', '2021-04-15', null],
  ['Từ ngày 01/3 đến ngày 15/3/2024', '2024-03-01', '2024-03-15', null],
  ['Ngày 15 tháng 6 năm 2021', '2021-06-15', '2021-06-15', null],
  ['6 tháng đầu năm', '2021-01-01', '2021-06-30', null],
  ['6 tháng cuối năm', '2021-07-01', '2021-12-31', null],
  ['6 thang dau nam 2022', '2022-01-01', '2022-06-30', null],
  ['Năm 2021', '2021-01-01', '2021-12-31', null],
  ['2026', '2026-01-01', '2026-12-31', null],
  ['2025', '2025-01-01', '2025-12-31', null],
  ['2025 - 2035', '2025-01-01', '2035-12-31', null],
  ['2025 - 2030', '2025-01-01', '2030-12-31', null],
  ['Giai đoạn 2021-2025', '2021-01-01', '2025-12-31', null],
  ['Thường xuyên', NO_DUE, null, 'continuous'],
  ['Thuong\nxuyen', NO_DUE, null, 'continuous'],
  ['Hằng tháng', NO_DUE, null, 'monthly'],
  ['Hàng tháng', NO_DUE, null, 'monthly'],
  ['Hang thang \n\nThuong \nxuyen', NO_DUE, null, 'monthly'],
  ['Hằng quý', NO_DUE, null, 'quarterly'],
  ['Định kỳ 6 tháng', NO_DUE, null, 'semiannual'],
  ['Hằng năm', NO_DUE, null, 'yearly'],
  ['Hàng năm', NO_DUE, null, 'yearly'],
  ['Hằng tuần', NO_DUE, null, 'weekly'],
  ['Hằng ngày (từ 10/02 đến 24/02/2024)', '2024-02-10', '2024-02-24', 'daily'],
  ['Quý I hằng năm', '2021-01-01', '2021-03-31', 'yearly'],
  ['Trước ngày 20 hằng tháng', NO_DUE, null, 'monthly'],
  ['Tuần đầu tháng 12', '2021-12-01', '2021-12-07', null],
  ['Tuần cuối tháng 3/2024', '2024-03-25', '2024-03-31', null],
  ['Tuần thứ 2 tháng 5', '2021-05-08', '2021-05-14', null],
  ['Khi có thiên tai xảy ra', NO_DUE, null, null],
  ['Sau Tết Nguyên đán', NO_DUE, null, null],
  ['Sau khi có Quy chế của TW', NO_DUE, null, null],
  ['Theo tiến độ KH của TP', NO_DUE, null, null],
  ['Tháng 5, 6', '2021-05-01', '2021-06-30', null],
  ['Tháng 2, 3/2021', '2021-02-01', '2021-03-31', null],
  ['Thang 2, \n3/2021', '2021-02-01', '2021-03-31', null],
  ['Cả năm', '2021-01-01', '2021-12-31', null],
  ['Trong tháng 12/2024', '2024-12-01', '2024-12-31', null],
  ['Đầu năm', '2021-01-01', '2021-03-31', null],
  ['Cuối năm', '2021-10-01', '2021-12-31', null],
  ['Đầu tháng 3', '2021-03-01', '2021-03-10', null],
  ['Cuối tháng 2/2024', '2024-02-21', '2024-02-29', null],
  ['Tháng 02', '2024-02-01', '2024-02-29', null, { planYear: 2024 }],
  ['Tháng 3', '2021-03-01', '2021-03-31', null, { planYear: null, groupYear: 2021 }],
];

describe('normalizeDeadline reads the deadline forms plans use', () => {
  it.each(TABLE)('%s', (input, start, end, recurrence, ctx) => {
    const got = normalizeDeadline(input, ctx ?? Y2021);
    if (start === NO_DUE) expect(got.due).toBeNull();
    else expect(got.due).toEqual({ start, end });
    expect(got.recurrence).toBe(recurrence);
    expect(got.confidence).toBeGreaterThan(0.5);
  });

  it('has at least 60 forms in its table', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it('gives no due and a low confidence for text that is not a deadline', () => {
    const got = normalizeDeadline('Phòng Nội vụ', Y2021);
    expect(got.due).toBeNull();
    expect(got.confidence).toBeLessThan(0.5);
  });

  it('gives no due for a yearless date when no year is known', () => {
    const got = normalizeDeadline('Trước 30/9', { planYear: null });
    expect(got.due).toBeNull();
  });
});

describe('planYear finds the year a plan is for', () => {
  it.each([
    ['Thực hiện công tác thi đua, khen thưởng năm 2021', '2021-01-02', 2021],
    ['Tổ chức Tết Giáp Thìn 2024', '2023-12-20', 2024],
    ['Phát triển hạ tầng 5G đến năm 2030', '2025-11-24', 2025],
    ['Triển khai giai đoạn 2021-2025', '2020-12-01', 2020],
    ['Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng', '2025-11-18', 2025],
    [null, '2025-11-18', 2025],
    ['Kế hoạch phòng chống dịch', null, null],
  ] as const)('%s (%s) → %s', (title, date, year) => {
    expect(planYear(title, date)).toBe(year);
  });
});

describe('yearOf reads the year of a group row', () => {
  it.each([
    ['QUÝ I/2021', 2021],
    ['QUY 11/2021', 2021],
    ['THÁNG 02/2024', 2024],
    ['I. LĨNH VỰC GIÁO DỤC', null],
  ] as const)('%s → %s', (title, year) => {
    expect(yearOf(title)).toBe(year);
  });
});

describe('restoreDeadlineWords: the time words of a deadline with their marks put right', () => {
  // as the seed's old OCR and the restorer left them (../shared/seed, fixtures/text)
  const cases: Array<[string, string]> = [
    ['Thắng 01/2021', 'Tháng 01/2021'],
    ['Thẳng 01/2021', 'Tháng 01/2021'],
    ['Trudc 15/01/2020', 'Trước 15/01/2020'],
    ['Thắng 3/2021 đến tnxoc 15/4/2021', 'Tháng 3/2021 đến trước 15/4/2021'],
    ['Quỹ I/2024', 'Quý I/2024'],
    ['Tuần đầu thắng 3', 'Tuần đầu tháng 3'],
    ['Hang thang', 'Hằng tháng'],
    ['Tu ngay 10/02 den 24/02/2024', 'Từ ngày 10/02 đến 24/02/2024'],
    ['Dinh ky 6 thang', 'Định kỳ 6 tháng'],
  ];
  for (const [input, want] of cases) it(`${input} → ${want}`, () => expect(restoreDeadlineWords(input)).toBe(want));

  it('leaves correct phrases, names and words that are no time words as they are', () => {
    for (const text of ['Sau Tết Nguyên đán', 'Hàng năm', 'Chủ nhật tuần cuối hằng tháng', 'Thắng lợi', 'Thường xuyên', 'Theo kế hoạch của Thành phố']) {
      expect(restoreDeadlineWords(text)).toBe(text);
    }
  });
});
