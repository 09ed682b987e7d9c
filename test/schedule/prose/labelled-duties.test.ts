import { describe, expect, it } from 'vitest';
import { TaskSchema } from '../../../src/model/plan.ts';
import { stripDiacritics } from '../../../src/text/vietnamese.ts';
import { data, tasksOfText } from './helpers.ts';

describe('a numbered duty followed by "Đơn vị chủ trì / phối hợp / Thời gian thực hiện" lines', () => {
  const tasks = tasksOfText(data('bacninh-141-labelled.txt'));

  it('gives one task per duty of NHIỆM VỤ, GIẢI PHÁP and none for the purposes or targets above it', () => {
    expect(tasks.filter((t) => t.source.kind === "prose" && !t.source.section.startsWith('IV')).map((t) => t.id)).toEqual(['p-III.1', 'p-III.2', 'p-III.3', 'p-III.4-a', 'p-III.4-b', 'p-III.4-c']);
    for (const t of tasks) expect(TaskSchema.safeParse(t).success).toBe(true);
  });

  it('names a titled duty by its title and its own text, under the parent section, with units split from the label lines', () => {
    const t = tasks[0];
    expect(t.content).toMatch(/^Rà soát, kiện toàn đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật trên địa bàn tỉnh đáp ứng yêu cầu nhiệm vụ\. Thường xuyên rà soát/);
    expect(t.content).not.toMatch(/Đơn vị (?:chủ trì|phối hợp)|Thời gian/);
    expect(t.groupTitle).toBe('NHIỆM VỤ, GIẢI PHÁP');
    expect(t.source).toEqual({ kind: 'prose', section: 'III.1' });
    expect(t.implementer).toEqual(['Các Sở, ngành, đơn vị', 'UBND cấp xã']);
    expect(t.canonical?.implementer).toEqual(['Các Sở, ngành, đơn vị', 'Ủy ban nhân dân cấp xã']);
    expect(t.coordinators).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
    expect([t.deadlineText, t.due, t.recurrence]).toEqual(['Thường xuyên', null, 'continuous']);
  });

  it('splits a section whose bullets each carry their own labels into sub-duties a, b, c', () => {
    const [a, b, c] = tasks.slice(3, 6);
    expect(a.content).toMatch(/^Tăng cường công tác giáo dục chính trị.*; Nâng cao nhận thức, ý thức trách nhiệm/);
    expect(b.implementer).toEqual(['Sở Tư pháp']);
    expect(b.coordinators).toEqual(['Các cơ quan, đơn vị, địa phương liên quan']);
    expect(c.implementer).toEqual(['Sở Nội vụ']);
    expect(c.coordinators).toEqual(['Sở Tư pháp', 'các cơ quan, đơn vị, địa phương liên quan']);
    expect([b.groupTitle, b.no, b.sub]).toEqual(['Nâng cao phẩm chất, năng lực cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật', '4', 'b']);
    expect(b.recurrence).toBe('yearly');
  });

  it('reads "Sở Tài chính chủ trì, …" in TỔ CHỨC THỰC HIỆN as that unit\'s duty', () => {
    const finance = tasks.find((t) => t.id === 'p-IV.2')!;
    expect(finance.implementer).toEqual(['Sở Tài chính']);
    expect(finance.content).toMatch(/^Chủ trì, phối hợp với các Sở, ban, ngành/);
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

  it('gives the labelled duties of NỘI DUNG, and the one that names its unit as the subject of a sentence', () => {
    const content = tasks.filter((t) => t.source.kind === 'prose' && t.source.section.startsWith('II.'));
    expect(content.map((t) => t.id)).toEqual(['p-II.1', 'p-II.2', 'p-II.3', 'p-II.4']);
    expect(content[2].content).toMatch(/^Xây dựng các văn bản quy phạm pháp luật quy định chi tiết các nội dung được giao trong Luật Việc làm\. Sở, ban, ngành thuộc/);
    expect(content[2].implementer).toEqual(['Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố']);
  });

  it('keeps a "Nội dung thực hiện" label out of the duty\'s content (in extra) and reads the year it gives', () => {
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

  it('finds no duty in MỤC ĐÍCH, YÊU CẦU or the money rules of KINH PHÍ, but the units KINH PHÍ tells to act', () => {
    expect(tasks.every((t) => t.source.kind === 'prose' && /^(?:II|III|IV)\./.test(t.source.section))).toBe(true);
    const funding = tasks.filter((t) => t.source.kind === 'prose' && t.source.section.startsWith('III.'));
    expect(funding.map((t) => t.implementer)).toEqual([['Sở Tài chính'], ['Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này']]);
  });

  it('takes the numbered paragraphs of TỔ CHỨC THỰC HIỆN led by a unit as that unit\'s duty, from its verb on', () => {
    const organisation = tasks.filter((t) => t.source.kind === 'prose' && t.source.section.startsWith('IV.'));
    expect(organisation.map((t) => t.implementer)).toEqual([['Sở Nội vụ'], ['Các cơ quan, đơn vị được giao chủ trì']]);
    expect(organisation[0].content).toMatch(/^Chịu trách nhiệm về việc báo cáo, đề nghị ban hành/);
  });
});

describe('labels in other shapes (constructed from the real wording)', () => {
  const head = 'ỦY BAN NHÂN DÂN TỈNH X\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/KH-UBND\tX, ngày 02 tháng 01 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC TƯ PHÁP NĂM 2025\n';

  it('reads an assignment closing a duty in a parenthesis without label heads ("(Sở Nội vụ chủ trì, phối hợp với …; thời gian: …)")', () => {
    const tasks = tasksOfText(
      `${head}II. NỘI DUNG\n1. Tổ chức hội nghị quán triệt Luật Việc làm cho cán bộ, công chức (Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, các cơ quan liên quan; thời gian: Quý II/2025).\n2. Rà soát văn bản quy phạm pháp luật của tỉnh (Sở Tư pháp chủ trì; hoàn thành trước ngày 30/6/2025).\n3. Tuyên truyền về Luật trên các phương tiện thông tin đại chúng (theo kế hoạch của tỉnh).\n`,
    );
    expect(tasks.map((t) => [t.content, t.implementer, t.coordinators, t.due])).toEqual([
      ['Tổ chức hội nghị quán triệt Luật Việc làm cho cán bộ, công chức', ['Sở Nội vụ'], ['Sở Tư pháp', 'các cơ quan liên quan'], { start: '2025-04-01', end: '2025-06-30' }],
      ['Rà soát văn bản quy phạm pháp luật của tỉnh', ['Sở Tư pháp'], [], { start: null, end: '2025-06-30' }],
    ]);
  });

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

describe('a duty whose "Nội dung:" value wraps onto lines in capitals (2623/QĐ-TTg)', () => {
  const head = 'THỦ TƯỚNG CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 2623/QĐ-TTg\tHà Nội, ngày 29 tháng 11 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN\n';
  const tasks = tasksOfText(
    `${head}II. NỘI DUNG\n1. Xây dựng Nghị định của Chính phủ\n- Nghị định quy định chi tiết một số điều Luật Bảo vệ dữ liệu cá nhân\n+ Nội dung: quy định chi tiết: khoản 2, khoản 3 Điều 2; khoản 5 Điều 4; khoản 3\nĐiều 6; khoản 5 Điều 9; khoản 3 Điều 17\n+ Cơ quan chủ trì: Bộ Công an.\n+ Cơ quan phối hợp: Văn phòng Chính phủ, Bộ Tư pháp và các cơ quan có liên quan.\n+ Thời hạn ban hành: trước ngày 01 tháng 01 năm 2026.\n- Nghị định xử phạt vi phạm hành chính trong lĩnh vực an ninh mạng và bảo vệ dữ liệu cá nhân.\n+ Nội dung: bao gồm quy định chi tiết khoản 7 Điều 8 của Luật Bảo vệ dữ liệu cá nhân.\n+ Cơ quan chủ trì: Bộ Công an.\n+ Thời hạn ban hành: Theo tiến độ được giao của Luật An ninh mạng 2025.\n`,
  );

  it('keeps the wrapped value with its label, so the labels after it belong to the duty above', () => {
    expect(tasks.map((t) => [t.id, t.content, t.implementer, t.due])).toEqual([
      ['p-II.1-a', 'Nghị định quy định chi tiết một số điều Luật Bảo vệ dữ liệu cá nhân', ['Bộ Công an'], { start: null, end: '2026-01-01' }],
      ['p-II.1-b', 'Nghị định xử phạt vi phạm hành chính trong lĩnh vực an ninh mạng và bảo vệ dữ liệu cá nhân', ['Bộ Công an'], null],
    ]);
    expect(tasks[0].extra?.['Nội dung']).toMatch(/khoản 3 Điều 6; khoản 5 Điều 9/);
  });
});
