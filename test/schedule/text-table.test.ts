import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/model/document.ts';
import { textPages } from '../../src/ingest/text.ts';
import { scoreTasks } from '../../src/measure/task-score.ts';
import { commaBeforeList, recoverTextTable } from '../../src/schedule/text-table.ts';

/** The lines of a text as the text pipeline gets them from ingest. */
const linesOf = (text: string): Line[] => textPages(text).flatMap((page) => page.lines);

/** A small appendix as an OCR without geometry reads it: cells of a row interleaved, glued, numbers at the row's end. */
const TEXT = `KẾ HOẠCH
Triển khai công tác văn thư năm 2022
BIEU TIEN DO THUC HIEN
Chu tri,
chi dao
Thoi gian
hoan thanhDon vi phoi hopDon vi thuc hienNoi dung cong viecTT
QUY I/2022I
Lanh dao
UBND huyen
Cac phong, ban,
nganh huyen
Thang
02/2022Ra soat danh muc ho so luu tru cua cac co quan Phong Noi vu1.
Lanh dao UBND huyen
Truoc
30/3/2022Tap huan nghiep vu van thu cho can bo Van phong HDND-UBND2.
QUY II/2022II
Chu tich
UBND huyen
Cac xa, thi tran
Hang thang
Kiem tra cong tac van thu luu tru tai cac xa Phong Noi vu1.
Noi nhan:
- Nhu tren;`;

describe('recoverTextTable reads schedule rows from text without geometry', () => {
  const lines = linesOf(TEXT);
  const { tasks, tableLines } = recoverTextTable(lines, { planYear: 2022 });

  it('finds the rows by their numbers and the group rows', () => {
    expect(tasks.map((t) => `${t.groupTitle}|${t.no}`)).toEqual(['QUÝ I/2022|1', 'QUÝ I/2022|2', 'QUÝ II/2022|1']);
  });

  it('tells deadlines, units and content apart', () => {
    expect(tasks[0].content).toBe('Ra soat danh muc ho so luu tru cua cac co quan');
    expect(tasks[0].implementer).toEqual(['Phong Noi vu']);
    expect(tasks[0].due).toEqual({ start: '2022-02-01', end: '2022-02-28' });
    expect(tasks[1].due).toEqual({ start: null, end: '2022-03-30' });
    expect(tasks[2].recurrence).toBe('monthly');
    expect(tasks[0].supervisor.join(' ')).toMatch(/Lanh dao UBND huyen/);
  });

  it('marks the table lines and says how sure it is', () => {
    expect(tableLines.has('p1-l0')).toBe(false);
    expect(tableLines.has('p1-l8')).toBe(true);
    expect(tableLines.has('p1-l22')).toBe(true);
    expect(tableLines.has('p1-l23')).toBe(false); // "Nơi nhận" ends the table
    for (const t of tasks) expect(t.confidence).toBeLessThanOrEqual(0.85);
    expect(tasks[0].provenance?.chars?.[0]).toBeGreaterThan(0);
  });

  it('finds nothing in text without a table', () => {
    expect(recoverTextTable(linesOf('KẾ HOẠCH\nI. MỤC ĐÍCH\n1. Nâng cao chất lượng'), { planYear: 2022 }).tasks).toEqual([]);
  });
});

/**
 * Rows 10–12 of the seed appendix as the old OCR left them (row numbers made 1–3 so the
 * excerpt stands alone): a content cell's last wrapped line opens like a unit
 * ("Hoi dong nhan dan cac cap", "UBND quan") and still belongs to the content.
 */
const WRAPPED = `BIEU THUG HIEN CAC NHIEM VU
Thoi gian
hoan thanhDon vj phoi hopDon vi thirc hien • • •Noi dung cong viceTT
QUY 1/2021I
Xay dung va trien khai ke hoach phat dong thi dua to
chuc thanh cong bau cu Dai bieu Quoc hoi va dai bieu
Hoi dong nhan dan cac cap
Hoi d6ng TDKT
quan
Cac phong, ban, dan
vi, doan the quan, cac
phudng
Thang 2/2021Phong Noi vu1.
Lanh dao Quan
uy - HDND -
UBND quan
To chuc Hoi nghi tong ket phong trao thi dua nam 2020,
phat dong thi dua hoan thanh xuat sac nhiem vu nam
2021
Thang
02/2021Phong Noi vu2.
Lanh dao
UBND quan
Thanh lap Ildi dong thi dua co quan UBND quan, xay
dung quy che boat dong ciia Hoi dong thi dua ca quan
UBND quan
Thang 2/2021Phong Noi vu3.`;

describe('recoverTextTable keeps a content cell\'s wrapped last line', () => {
  const { tasks } = recoverTextTable(linesOf(WRAPPED), { planYear: 2021 });
  it('even when it opens like a unit', () => {
    expect(tasks.map((t) => t.no)).toEqual(['1', '2', '3']);
    expect(tasks[0].content).toMatch(/va dai bieu Hoi dong nhan dan cac cap$/);
    expect(tasks[2].content).toMatch(/Hoi dong thi dua ca quan UBND quan$/);
    expect(tasks[2].supervisor.join(' ')).toMatch(/Lanh dao UBND quan/);
  });
  it('a leader list ending in "-" goes on to its next line', () => {
    expect(tasks[1].supervisor).toEqual(['Lanh dao Quan uy - HDND - UBND quan']);
  });
});

/** Rows 7–9 of the seed appendix (numbers made 1–3), a page break inside: row 8's supervisor cell is merged with row 9's, its text read once. */
const MERGED = `BIEU THUG HIEN CAC NHIEM VU
Thoi gian
hoan thanhDon vj phoi hopDon vi thirc hien • • •Noi dung cong viceTT
QUY 1/2021I
Hoi d6ng TDKT
quan
Cac phong, ban, don
vj, doan the quan, cac
phuong
Tham dinh, trinh ho so de nghi khen thudng tong ket
r *
cong tac nam 2020 cap Thanh pho, Trung uong
Truoc
20/01/2021Phong Noi vu1.
• i mi ■» 4
 Chu tri,
chi dao
Thoi gian
hoan thanh
• A •Don vj phoi hopDon vj thuc hienNoi dung cong viceTT
Cac phong, ban, dan
vi, doan the quan, cac
phirdng
Truac
20/01/2021Xet, de nghi cong nhan sang kien cap Thanh pho dot 1 Phong Noi vu2.
Hoi ddng TDKT
quan
Phong Noi vuHuong d§n dang ky bo sung danh hieu thi dua, hinh thuc
khen thuong nam 2021
Cac trudng MN, TH,
THCS thuoc quan
Thang
1/20213.`;

describe('recoverTextTable fills a supervisor cell merged across rows', () => {
  const { tasks } = recoverTextTable(linesOf(MERGED), { planYear: 2021 });
  it('from the neighbouring row, less sure', () => {
    expect(tasks.map((t) => t.no)).toEqual(['1', '2', '3']);
    expect(tasks[1].supervisor).toEqual(['Hoi ddng TDKT quan']);
    expect(tasks[1].confidence!).toBeLessThan(tasks[2].confidence!);
  });
});

const SEED = '/work/shared/seed';
describe.skipIf(!existsSync(SEED))('recoverTextTable on the seed appendix (old OCR, not restored)', () => {
  it('recovers at least 80 % of the QUÝ I task rows', () => {
    const gold = JSON.parse(readFileSync(`${SEED}/tasks-q1.json`, 'utf8'));
    const { tasks } = recoverTextTable(linesOf(readFileSync(`${SEED}/longbien-2021.ocr.txt`, 'utf8')), { planYear: 2021 });
    const q1 = tasks.filter((t) => t.groupTitle === 'QUÝ I/2021');
    const s = scoreTasks(gold, q1);
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
    expect(s.dueExact).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a unit list whose comma the OCR lost', () => {
  it('opens the next unit at "các" after an administrative level', () => {
    expect(commaBeforeList('Các phòng, ban, đơn vị, đoàn thể quận các phường')).toBe('Các phòng, ban, đơn vị, đoàn thể quận, các phường');
    expect(commaBeforeList('UBND huyện các xã, thị trấn')).toBe('UBND huyện, các xã, thị trấn');
    // nothing else moves: a name with "các" inside, a list already cut, text folding would shift
    expect(commaBeforeList('Trường các cấp thuộc quận')).toBe('Trường các cấp thuộc quận');
    expect(commaBeforeList('đoàn thể quận, các phường')).toBe('đoàn thể quận, các phường');
  });
});

describe('a tall row whose last cells run past its number', () => {
  it('gives an earlier "Các …" list back to the row before: a row has one list of coordinators', () => {
    const text = `BIEU TIEN DO THUC HIEN
Chu tri,
chi dao
Thoi gian
hoan thanhDon vi phoi hopDon vi thuc hienNoi dung cong viecTT
QUY I/2022I
Hoi dong
TDKT huyen
Cac xa, thi tran
Thang
01/2022Xay dung ke hoach thi dua nam 2022 Phong Noi vu1.
Thi dua "Dan van kheo" trong cac co quan
Phong Van hoa
Thang
02/20222.
Thi dua "An toan giao thong"
Moi don vi xay dung phong trao thi dua rieng
Cac phong, ban, nganh, don vi
Cac phong, ban, doan the huyen
Hoi dong
TDKT huyen
Thang
03/2022
Kien toan cac Cum thi dua thuoc huyen Phong Noi vu3.
Noi nhan:`;
    const { tasks } = recoverTextTable(linesOf(text), { planYear: 2022 });
    const third = tasks.find((t) => t.no === '3')!;
    expect(third.coordinators).toEqual(['Cac phong, ban, doan the huyen']);
    expect(tasks.filter((t) => t.no === '2').some((t) => t.coordinators.includes('Cac phong, ban, nganh, don vi') || t.implementer.includes('Cac phong, ban, nganh, don vi'))).toBe(true);
  });
});

describe('an annex that is not a schedule', () => {
  it('reads no tasks from a score sheet ("PHỤ LỤC / THANG ĐIỂM THI ĐUA", real wording of 157/KH-UBND Cần Thơ) and leaves its lines to the sections', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế chủ trì triển khai Kế hoạch này.',
      'PHỤ LỤC',
      'THANG ĐIỂM THI ĐUA PHONG TRÀO VẬN ĐỘNG THỰC HIỆN CHI TRẢ TRỢ GIÚP XÃ HỘI',
      'STT\tTIÊU CHÍ THI ĐUA\tĐIỂM CHUẨN\tHƯỚNG DẪN CHẤM ĐIỂM',
      '1\tTỷ lệ người hưởng trợ cấp xã hội chưa có tài khoản được tuyên truyền\t20\tĐạt 100%: 20 điểm',
      '2\tTỷ lệ người hưởng trợ cấp xã hội mở mới tài khoản ngân hàng\t30\tĐạt 85%: 30 điểm',
    ].join('\n');
    const lines = textPages(text).flatMap((p) => p.lines);
    const { tasks, tableLines } = recoverTextTable(lines, { planYear: 2025 });
    expect(tasks).toHaveLength(0);
    expect(tableLines.size).toBe(0);
  });
});
