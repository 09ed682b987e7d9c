import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/diagnostics/diagnostic.ts';
import type { Cell, Table } from '../../src/model/document.ts';
import { TaskSchema } from '../../src/model/plan.ts';
import { scheduleTasks } from '../../src/schedule/index.ts';
import { assignRoles } from '../../src/schedule/columns.ts';

/**
 * A page table from rows of cell texts. `null` marks a grid position covered by a
 * span: by the cell above when `spanUp`, else by the cell to the left.
 */
function table(id: string, page: number, rows: Array<Array<string | null | { up: true }>>, colWidths?: number[]): Table {
  const cols = rows[0].length;
  const widths = colWidths ?? new Array(cols).fill(100);
  const lefts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const cells: Cell[] = [];
  const owner: Cell[][] = rows.map(() => new Array(cols));
  rows.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text === null) {
        const left = owner[r][c - 1];
        left.colSpan = c - left.col + 1;
        owner[r][c] = left;
      } else if (typeof text === 'object') {
        const above = owner[r - 1][c];
        above.rowSpan = r - above.row + 1;
        owner[r][c] = above;
      } else {
        const cell: Cell = { row: r, col: c, rowSpan: 1, colSpan: 1, text, confidence: 0.9, bbox: { l: lefts[c], t: r * 50, r: lefts[c] + widths[c], b: r * 50 + 50 } };
        cells.push(cell);
        owner[r][c] = cell;
      }
    }),
  );
  for (const cell of cells) cell.bbox = { ...cell.bbox!, r: lefts[cell.col + cell.colSpan - 1] + widths[cell.col + cell.colSpan - 1], b: (cell.row + cell.rowSpan) * 50 };
  const total = widths.reduce((a, b) => a + b, 0);
  return { id, page, rows: rows.length, cols, cells, confidence: 0.95, bbox: { l: 0, t: 0, r: total, b: rows.length * 50 } };
}

const UP = { up: true } as const;
const ctx = (planYear: number | null = 2021) => ({ planYear, reporter: new Reporter('test') });

describe('column roles come from header wording, in any order', () => {
  it('tells "Đơn vị chủ trì" from "Chủ trì, chỉ đạo"', () => {
    expect(assignRoles(['Chủ trì, chỉ đạo', 'TT', 'Đơn vị chủ trì', 'Nội dung công việc', 'Thời hạn'])).toEqual(['supervisor', 'no', 'implementer', 'content', 'deadline']);
  });
  it('reads the usual wordings', () => {
    expect(assignRoles(['STT', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'CHỦ TRÌ', 'PHỐI HỢP', 'THỜI GIAN'])).toEqual(['no', 'content', 'implementer', 'coordinators', 'deadline']);
    expect(assignRoles(['TT', 'Nội dung/nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Sản phẩm dự kiến', 'Ghi chú'])).toEqual([
      'no', 'content', 'implementer', 'coordinators', 'deadline', 'product', 'note',
    ]);
    expect(assignRoles(['TT', 'Nhiệm vụ', 'Lãnh đạo phụ trách', 'Tiến độ', 'Kinh phí'])).toEqual(['no', 'content', 'supervisor', 'deadline', null]);
    expect(assignRoles(['Thoi gian hoan thanh', 'Don vi phoi hop', 'Don vi thuc hien', 'Noi dung cong viec', 'TT'])).toEqual(['deadline', 'coordinators', 'implementer', 'content', 'no']);
  });
});

describe('scheduleTasks reads rows into tasks', () => {
  const header = ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Chủ trì, chỉ đạo', 'Thời gian hoàn thành'];
  const page1 = table('p3-t1', 3, [
    header,
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
    ['QUÝ I/2021', null, null, null, null, null],
    ['1', 'Xây dựng, ban hành Kế\nhoạch cải cách hành chính', 'Phòng Nội\nvụ', 'Các phòng,\nban, ngành\nquận;\nUBND các\nphường', 'Chủ tịch\nUBND\nquận', 'Tháng\n01/2021'],
    ['2', 'Rà soát thủ tục', 'Văn phòng\nHĐND và\nUBND\nquận', 'Phòng Tư\npháp', 'PCT UBND quận phụ trách', 'Tháng 3/2021'],
    ['3', 'Kiện toàn đội ngũ', 'Phòng Nội vụ', 'UBND các phường', UP, 'Quý I'],
    ['4', 'Tổ chức tuyên truyền:', '', '', 'PCT UBND quận phụ trách', ''],
    [UP, 'a) Trên Cổng thông tin', 'Phòng Văn\nhóa và\nThông tin', '', UP, 'a) Quý II'],
    [UP, 'b) Trên loa truyền thanh', 'UBND các phường', '', UP, 'b) Hằng\ntháng'],
    ['QUÝ II/2021', null, null, null, null, null],
    ['5', 'Khảo sát mức độ hài lòng của người dân', 'Phòng Nội vụ (cơ quan thường trực)', 'UBND các phường', 'Chủ tịch UBND quận', 'Trước ngày\n15/6/2021'],
    ['6', 'Kiểm tra công tác cải cách', 'Phòng Nội vụ', 'Phòng Tư pháp', 'PCT UBND quận', 'Từ tháng 4'],
  ]);
  // the next page: the header is repeated; row 6 goes on from the page before
  const page2 = table('p4-t1', 4, [
    header,
    ['', 'hành chính tại các phường', '', '', '', 'đến tháng 6'],
    ['7', 'Sơ kết 6 tháng', 'Phòng Nội vụ', 'Các phòng, ban, ngành quận', 'Chủ tịch UBND quận', '6 tháng đầu năm'],
  ]);
  const tasks = scheduleTasks([page1, page2], ctx());

  it('gives one task per row and per sub-item, none for group or numbering rows', () => {
    expect(tasks.map((t) => `${t.no}${t.sub ?? ''}`)).toEqual(['1', '2', '3', '4a', '4b', '5', '6', '7']);
    for (const t of tasks) expect(TaskSchema.safeParse(t).success).toBe(true);
  });

  it('sets group titles and stable ids', () => {
    expect(tasks.map((t) => t.groupTitle)).toEqual(['QUÝ I/2021', 'QUÝ I/2021', 'QUÝ I/2021', 'QUÝ I/2021', 'QUÝ I/2021', 'QUÝ II/2021', 'QUÝ II/2021', 'QUÝ II/2021']);
    expect(tasks.map((t) => t.id)).toEqual(['t-q1-1', 't-q1-2', 't-q1-3', 't-q1-4a', 't-q1-4b', 't-q2-5', 't-q2-6', 't-q2-7']);
  });

  it('joins multi-line cells and splits units', () => {
    expect(tasks[0].content).toBe('Xây dựng, ban hành Kế hoạch cải cách hành chính');
    expect(tasks[0].coordinators).toEqual(['Các phòng, ban, ngành quận', 'UBND các phường']);
    expect(tasks[1].implementer).toEqual(['Văn phòng HĐND và UBND quận']);
    expect(tasks[5].implementer).toEqual(['Phòng Nội vụ']);
    expect(tasks[0].canonical?.coordinators).toEqual(['Các phòng, ban, ngành quận', 'Ủy ban nhân dân các phường']);
  });

  it('applies a merged cell to every row it spans', () => {
    expect(tasks[2].supervisor).toEqual(['PCT UBND quận phụ trách']);
    expect(tasks[4].supervisor).toEqual(['PCT UBND quận phụ trách']);
  });

  it('gives sub-items their own cells, the lead-in and the inherited ones', () => {
    const [a, b] = [tasks[3], tasks[4]];
    expect(a.lead).toBe('Tổ chức tuyên truyền:');
    expect(a.content).toBe('Trên Cổng thông tin');
    expect(a.implementer).toEqual(['Phòng Văn hóa và Thông tin']);
    expect(a.deadlineText).toBe('Quý II');
    expect(a.due).toEqual({ start: '2021-04-01', end: '2021-06-30' });
    expect(b.recurrence).toBe('monthly');
    expect(b.due).toBeNull();
  });

  it('joins a row cut by a page break and skips the repeated header', () => {
    expect(tasks[6].content).toBe('Kiểm tra công tác cải cách hành chính tại các phường');
    expect(tasks[6].deadlineText).toBe('Từ tháng 4 đến tháng 6');
    expect(tasks[6].due).toEqual({ start: '2021-04-01', end: '2021-06-30' });
    expect(tasks[7].due).toEqual({ start: '2021-01-01', end: '2021-06-30' });
  });

  it('normalises deadlines with the group year and keeps provenance', () => {
    expect(tasks[0].due).toEqual({ start: '2021-01-01', end: '2021-01-31' });
    expect(tasks[5].due).toEqual({ start: null, end: '2021-06-15' });
    expect(tasks[0].provenance).toEqual({ page: 3, bbox: [0, 150, 600, 50] });
    expect(tasks[0].source).toEqual({ kind: 'table' });
  });

  it('keeps columns of unknown role under their header', () => {
    const t = table('p1-t1', 1, [
      ['STT', 'Nhiệm vụ', 'Kinh phí', 'Ghi chú', 'Thời hạn'],
      ['1', 'Mua sắm thiết bị', '200 triệu', 'Ngân sách tỉnh', 'Quý III/2024'],
    ]);
    const [task] = scheduleTasks([t], ctx(2024));
    expect(task.extra).toEqual({ 'Kinh phí': '200 triệu', 'Ghi chú': 'Ngân sách tỉnh' });
    expect(task.due).toEqual({ start: '2024-07-01', end: '2024-09-30' });
  });

  it('splits sub-items written inside one cell when another cell lists per-item units', () => {
    const t = table('p1-t1', 1, [
      ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian'],
      ['4', 'Thực hiện các phong trào:\na) Dân vận khéo\nb) Vì người nghèo', 'a) Phòng Tư pháp\nb) Phòng Lao động - TB&XH', 'Tháng 01/2021'],
      ['5', 'Tuyên truyền:\n- trên báo\n- trên đài', 'Phòng Văn hóa và Thông tin', 'Hằng quý'],
    ]);
    const tasks2 = scheduleTasks([t], ctx());
    expect(tasks2.map((x) => `${x.no}${x.sub ?? ''}`)).toEqual(['4a', '4b', '5']);
    expect(tasks2[1].implementer).toEqual(['Phòng Lao động - TB&XH']);
    expect(tasks2[1].lead).toBe('Thực hiện các phong trào:');
    expect(tasks2[1].due).toEqual({ start: '2021-01-01', end: '2021-01-31' });
  });

  it('reads a misread number header and a garbled number from the run of numbers', () => {
    const t = table('p1-t1', 1, [
      ['TI', 'Nội dung', 'Thời hạn'],
      ['1', 'Rà soát', 'Quý I'],
      ['Là', 'Kiểm tra', 'Quý II'],
      [UP, UP, UP],
    ]);
    expect(scheduleTasks([t], ctx()).map((x) => x.no)).toEqual(['1', '2']);
  });

  it('numbers Roman group rows by their run when the OCR misreads one', () => {
    const t = table('p1-t1', 1, [
      ['STT', 'Nhiệm vụ', 'Thời gian'],
      ['I', 'HẠ TẦNG', ''],
      ['1', 'Rà soát', 'Quý I'],
      ['I', 'DẠY HỌC', ''],
      ['2', 'Kiểm tra', 'Quý II'],
      ['IHI', 'QUẢN TRỊ', ''],
      ['3', 'Báo cáo', 'Quý III'],
    ]);
    expect(scheduleTasks([t], ctx()).map((x) => x.groupTitle)).toEqual(['I. HẠ TẦNG', 'II. DẠY HỌC', 'III. QUẢN TRỊ']);
  });

  it('writes a quarter the OCR read as a digit like the other quarters of the table', () => {
    const t = table('p1-t1', 1, [
      ['TT', 'Nội dung', 'Thời gian'],
      ['QUÝ 1/2021', null, null],
      ['1', 'Rà soát', 'Tháng 1'],
      ['QUÝ II/2021', null, null],
      ['2', 'Kiểm tra', 'Tháng 4'],
    ]);
    expect(scheduleTasks([t], ctx()).map((x) => x.groupTitle)).toEqual(['QUÝ I/2021', 'QUÝ II/2021']);
  });

  it('gives no tasks for a table without a schedule header', () => {
    const t = table('p1-t1', 1, [
      ['Họ và tên', 'Chức vụ'],
      ['Nguyễn Văn A', 'Chủ tịch'],
    ]);
    const reporter = new Reporter('x');
    expect(scheduleTasks([t], { planYear: 2021, reporter })).toEqual([]);
    expect(reporter.diagnostics.map((d) => d.code)).toContain('schedule/no-schedule-table');
  });
});

const REAL = '/work/shared/real-plans';
describe.skipIf(!existsSync(REAL))('scheduleTasks on the schedule tables of real plans (rows.tsv)', () => {
  const plans = [
    { id: '192068354fd1ffe5', year: 2025 },
    { id: '31786b0833a4130d', year: 2025 },
    { id: 'c5d930a5fc8373cd', year: 2025 },
  ];
  it.each(plans)('$id: every task row is a task, group rows are groups', ({ id, year }) => {
    const rows = readFileSync(`${REAL}/${id}/rows.tsv`, 'utf8').trim().split('\n').map((l) => l.split('\t'));
    const width = rows[0].length;
    const padded = rows.map((r) => [...r, ...new Array(width).fill('')].slice(0, width));
    const tasks = scheduleTasks([table('p1-t1', 1, padded)], ctx(year));
    expect(tasks.map((t) => t.no)).toEqual(padded.filter((r) => /^\d+$/.test(r[0])).map((r) => r[0]));
    const groups = padded.slice(1).filter((r) => /^[IVX]+$/.test(r[0]));
    expect(new Set(tasks.map((t) => t.groupTitle)).size).toBe(Math.max(1, groups.length));
    for (const t of tasks) {
      expect(t.implementer.length).toBeGreaterThan(0);
      expect(t.due !== null || t.recurrence !== null || /sau khi|khi có/i.test(t.deadlineText ?? '')).toBe(true);
    }
  });
});
