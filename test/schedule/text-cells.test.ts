import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/model/document.ts';
import { textPages } from '../../src/ingest/text.ts';
import { scoreTasks, type TaskLike } from '../../src/measure/task-score.ts';
import { rolesInOrder } from '../../src/schedule/columns.ts';
import { recoverTextTable } from '../../src/schedule/text-table.ts';
import { unGarble } from '../../src/schedule/text-lines.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** A fixture's old-OCR text: the table's cells one after another, the TT number alone on its line. */
const TEXT = readFileSync(path.join(ROOT, 'fixtures/text/gialam-hdtdkt-2019.ocr.txt'), 'utf8');
const GOLD = (JSON.parse(readFileSync(path.join(ROOT, 'fixtures/expected/gialam-hdtdkt-2019.text.plan.json'), 'utf8')) as { tasks: Array<TaskLike & { source: { kind: string } }> }).tasks.filter(
  (t) => t.source.kind === 'table',
);

/** The lines of a text as the text pipeline gets them from ingest. */
const linesOf = (text: string): Line[] => textPages(text).flatMap((page) => page.lines);

describe('recoverTextTable on a table whose cells come one after another', () => {
  const { tasks, tableLines } = recoverTextTable(linesOf(TEXT), { planYear: 2019 });

  it('finds every row by its number, the group rows between them and the sub-rows', () => {
    expect(tasks.map((t) => `${t.groupTitle}|${t.no}${t.sub ?? ''}`)).toEqual([
      'Thang 3|1', 'Thang 3|2', 'Thang 3|3', 'Thang 4 - Thang 6|4a', 'Thang 4 - Thang 6|4b', 'Thang 4 - Thang 6|5', 'Ca nam|6', 'Ca nam|7', 'Ca nam|8',
    ]);
    const s = scoreTasks(GOLD, tasks);
    expect(s.recall).toBe(1);
    expect(s.dueExact).toBe(1);
  });

  it('cuts wrapped lines into cells by the header column order', () => {
    expect(tasks[0].content).toBe('To chuc Hpi nghi trien khai cong tac thi dua, khen thuong nam 2019');
    expect(tasks[0].deadlineText).toBe('Tuần đầu tháng 3'); // "Tuần đầu" alone on its line is unfinished
    expect(tasks[0].implementer).toEqual(['Phong Npi vu']);
    expect(tasks[0].coordinators).toEqual(['Van phong HDND va UBND huyen']);
    expect(tasks[0].supervisor).toEqual(['D/c Chu tich UBND huyen']);
    // a content line ending on "trên" goes on even when the next starts with a unit word ("Đài …")
    expect(tasks[6].content).toMatch(/tren Dai Phat thanh huyen$/);
    expect(tasks[6].implementer).toEqual(['Trung tarn Van hoa - Thong tin va The thao huyen']);
    expect(tasks[7].coordinators).toEqual(['Thanh vien Hpi dong TDKT huyen']);
  });

  it('gives a row without its implementer the one of the row above (a merged cell read once)', () => {
    expect(tasks[1].implementer).toEqual(['Phong Npi vu']);
    expect(tasks[2].implementer).toEqual(['Phong Npi vu']);
    expect(tasks[2].coordinators).toEqual(['Truong cac cum, khoi thi dua']);
    expect(tasks[1].confidence!).toBeLessThan(tasks[0].confidence!);
    expect(tasks[3].implementer).toEqual(['Phong Van hoa va Thong tin']); // sub-rows keep their own
  });

  it('gives sub-rows their own cells and the row its lead and inherited cells', () => {
    const [a, b] = tasks.filter((t) => t.no === '4');
    expect(a.lead).toBe('Phat dpng cac dot thi dua cao diem:');
    expect(a.deadlineText).toBe('Tháng 4/2019');
    expect(b.implementer).toEqual(['Huyen doan', 'Phong Giao duc va Dao tao']);
    expect(b.supervisor).toEqual(['D/c Pho Chu tich UBND huyen']);
    expect(b.coordinators).toEqual(['Cac co quan, don vi thuoc huyen']);
  });

  it('keeps the table lines and says it is not sure', () => {
    expect(tableLines.has('p1-l0')).toBe(false);
    expect(tableLines.has('p1-l120')).toBe(true);
    for (const t of tasks) expect(t.confidence).toBeLessThanOrEqual(0.85);
  });

  it('reads the same rows when each number opens its row’s first line ("1. Tổ chức …")', () => {
    const lines = TEXT.split('\n');
    const joined: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (/^\d{1,2}$/.test(lines[i]) && i > 80 && /^\p{Lu}/u.test(lines[i + 1] ?? '')) joined.push(`${lines[i]}. ${lines[++i]}`);
      else joined.push(lines[i]);
    }
    const again = recoverTextTable(linesOf(joined.join('\n')), { planYear: 2019 }).tasks;
    expect(again.map((t) => `${t.no}${t.sub ?? ''}|${t.content}`)).toEqual(tasks.map((t) => `${t.no}${t.sub ?? ''}|${t.content}`));
  });
});

/** The table plans' gold page texts: each its own column order (a "Sản phẩm" column, units before the deadline), groups and page breaks. */
describe.each(['namdinh-sgddt-2023', 'hoangmai-cchc-2021', 'gialam-hdtdkt-2019'])('recoverTextTable on the gold page text of %s', (name) => {
  const pages: string[] = [];
  for (let p = 1; existsSync(path.join(ROOT, `fixtures/expected/${name}.p${p}.txt`)); p++) pages.push(readFileSync(path.join(ROOT, `fixtures/expected/${name}.p${p}.txt`), 'utf8'));
  const plan = JSON.parse(readFileSync(path.join(ROOT, `fixtures/expected/${name}.plan.json`), 'utf8')) as { tasks: Array<TaskLike & { source: { kind: string } }> };
  const gold = plan.tasks.filter((t) => t.source.kind === 'table');
  const year = Number(/\d{4}$/.exec(name)![0]);

  it('finds every row, its deadline and its units', () => {
    const { tasks } = recoverTextTable(linesOf(pages.join('\n')), { planYear: year });
    const s = scoreTasks(gold, tasks);
    expect(s.f1).toBe(1);
    expect(s.dueExact).toBe(1);
    expect(s.unitsExact).toBe(1);
    expect(s.contentSyllables).toBe(1);
  });
});

describe('header wording and old-OCR confusions', () => {
  it('reads column roles in their order from header lines', () => {
    expect(rolesInOrder(unGarble('tt npi dung thoi gian co quan chu tri co quan phoi hpp lanh dao phu trach'))).toEqual([
      'no', 'content', 'deadline', 'implementer', 'coordinators', 'supervisor',
    ]);
  });

  it('undoes "ộ" read as "p", "ư" as "ir", "m" as "rn"', () => {
    expect(unGarble('hpi dong thirc hien trung tarn phpi hpp')).toBe('hoi dong thuc hien trung tam phoi hop');
    expect(unGarble('phong thupc')).toBe('phong thupc'); // a word with its vowel keeps its p
  });
});
