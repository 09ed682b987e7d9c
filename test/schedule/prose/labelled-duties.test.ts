import { describe, expect, it } from 'vitest';
import { TaskSchema } from '../../../src/model/plan.ts';
import { stripDiacritics } from '../../../src/text/vietnamese.ts';
import { data, tasksOfText } from './helpers.ts';

describe('a numbered duty followed by "Đơn vị chủ trì / phối hợp / Thời gian thực hiện" lines', () => {
  const tasks = tasksOfText(data('bacninh-141-labelled.txt'));

  it('gives one task per duty of NHIỆM VỤ, GIẢI PHÁP and none for the purposes or targets above it', () => {
    expect(tasks.map((t) => t.id)).toEqual(['p-III.1', 'p-III.2', 'p-III.3', 'p-III.4-a', 'p-III.4-b', 'p-III.4-c']);
    for (const t of tasks) expect(TaskSchema.safeParse(t).success).toBe(true);
  });

  it('names a titled duty by its title, under the parent section, with units split from the label lines', () => {
    const t = tasks[0];
    expect(t.content).toBe('Rà soát, kiện toàn đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật trên địa bàn tỉnh đáp ứng yêu cầu nhiệm vụ');
    expect(t.groupTitle).toBe('NHIỆM VỤ, GIẢI PHÁP');
    expect(t.source).toEqual({ kind: 'prose', section: 'III.1' });
    expect(t.implementer).toEqual(['Các Sở, ngành, đơn vị', 'UBND cấp xã']);
    expect(t.canonical?.implementer).toEqual(['Các Sở, ngành, đơn vị', 'Ủy ban nhân dân cấp xã']);
    expect(t.coordinators).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
    expect([t.deadlineText, t.due, t.recurrence]).toEqual(['Thường xuyên', null, 'continuous']);
    expect(t.extra?.['Nội dung']).toMatch(/^Thường xuyên rà soát/);
  });

  it('splits a section whose bullets each carry their own labels into sub-duties a, b, c', () => {
    const [a, b, c] = tasks.slice(3);
    expect(a.content).toMatch(/^Tăng cường công tác giáo dục chính trị.*; Nâng cao nhận thức, ý thức trách nhiệm/);
    expect(b.implementer).toEqual(['Sở Tư pháp']);
    expect(b.coordinators).toEqual(['Các cơ quan, đơn vị, địa phương liên quan']);
    expect(c.implementer).toEqual(['Sở Nội vụ']);
    expect(c.coordinators).toEqual(['Sở Tư pháp', 'các cơ quan, đơn vị, địa phương liên quan']);
    expect([b.groupTitle, b.no, b.sub]).toEqual(['Nâng cao phẩm chất, năng lực cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật', '4', 'b']);
    expect(b.recurrence).toBe('yearly');
  });

  it('reads the same duties from text an old OCR left without diacritics', () => {
    const folded = tasksOfText(stripDiacritics(data('bacninh-141-labelled.txt')));
    expect(folded.map((t) => t.id)).toEqual(tasks.map((t) => t.id));
    expect(folded[0].implementer).toEqual(['Cac So, nganh, don vi', 'UBND cap xa']);
    expect(folded[0].recurrence).toBe('continuous');
  });
});

describe('"- Cơ quan thực hiện: …" labels as bullets', () => {
  const tasks = tasksOfText(data('hcm-172-labels-and-negatives.txt'));

  it('gives the labelled duties of NỘI DUNG and skips the one that names no unit in a label', () => {
    expect(tasks.map((t) => t.source)).toEqual([
      { kind: 'prose', section: 'II.1' },
      { kind: 'prose', section: 'II.2' },
      { kind: 'prose', section: 'II.4' },
    ]);
  });

  it('keeps "Nội dung thực hiện" as the duty\'s description and reads the year it gives', () => {
    const t = tasks[1];
    expect(t.content).toBe('Tổ chức tập huấn, bồi dưỡng, hướng dẫn chuyên môn, nghiệp vụ');
    expect(t.extra?.['Nội dung thực hiện']).toMatch(/^Tổ chức tập huấn, bồi dưỡng/);
    expect(t.implementer).toEqual(['Sở Nội vụ', 'Sở Giáo dục và Đào tạo', 'Sở Tài chính']);
    expect(t.coordinators).toContain('Trung tâm Dịch vụ việc làm Thành phố (Sở Nội vụ)');
    expect(t.deadlineText).toBe('Năm 2025 và các năm tiếp theo');
  });

  it('cuts a unit where its label value runs on into a sentence', () => {
    expect(tasks[0].implementer[0]).toBe('Sở Nội vụ');
  });

  it('finds no duty in MỤC ĐÍCH, YÊU CẦU, KINH PHÍ or the running paragraphs of TỔ CHỨC THỰC HIỆN', () => {
    expect(tasks.every((t) => t.source.kind === 'prose' && t.source.section.startsWith('II.'))).toBe(true);
  });
});

describe('labels in other shapes (constructed from the real wording)', () => {
  const head = 'ỦY BAN NHÂN DÂN TỈNH X\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/KH-UBND\tX, ngày 02 tháng 01 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC TƯ PHÁP NĂM 2025\n';

  it('reads labels closing a paragraph in a parenthesis', () => {
    const [t] = tasksOfText(`${head}I. NHIỆM VỤ\n1. Tổ chức tập huấn nghiệp vụ hòa giải ở cơ sở (Đơn vị chủ trì: Sở Tư pháp; thời gian: Quý II/2025).\nII. TỔ CHỨC THỰC HIỆN\nCác sở, ngành triển khai thực hiện Kế hoạch này./.\n`);
    expect(t.content).toBe('Tổ chức tập huấn nghiệp vụ hòa giải ở cơ sở');
    expect(t.implementer).toEqual(['Sở Tư pháp']);
    expect(t.due).toEqual({ start: '2025-04-01', end: '2025-06-30' });
  });

  it('reads "a) Đơn vị chủ trì: …; b) Đơn vị phối hợp: …; c) Thời hạn hoàn thành: …" on one line', () => {
    const [t] = tasksOfText(`${head}I. NHIỆM VỤ\n1. Rà soát văn bản quy phạm pháp luật\na) Đơn vị chủ trì: Sở Tư pháp; b) Đơn vị phối hợp: Sở Nội vụ, Sở Tài chính; c) Thời hạn hoàn thành: trước 30/6.\n`);
    expect([t.implementer, t.coordinators, t.deadlineText, t.due]).toEqual([['Sở Tư pháp'], ['Sở Nội vụ', 'Sở Tài chính'], 'trước 30/6', { start: null, end: '2025-06-30' }]);
  });
});
