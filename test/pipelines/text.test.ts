/**
 * The text pipeline (`kehoach extract file.txt`) on a decision that issues a plan, in the
 * layout of born-digital text (header and closing columns joined by a TAB): the decision's
 * signer, and the plan it issues read as the body, with its duties.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServices } from '../../pipelines/context.ts';
import { runText } from '../../pipelines/text.ts';

const TEXT = [
  'THỦ TƯỚNG CHÍNH PHỦ -------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
  'Số: 2623/QĐ-TTg\tHà Nội, ngày 29 tháng 11 năm 2025',
  'QUYẾT ĐỊNH',
  'BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN',
  'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân.',
  'Điều 2. Quyết định này có hiệu lực thi hành từ ngày ký ban hành.',
  'Nơi nhận: - Ban Bí thư Trung ương Đảng; - Các bộ, cơ quan ngang bộ; - Lưu: VT, KSTT (2b).\tTHỦ TƯỚNG Phạm Minh Chính',
  'KẾ HOẠCH',
  'TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Bộ trưởng Bộ Công an có trách nhiệm giúp Thủ tướng Chính phủ theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch này.',
  '2. Bộ Tài chính chủ trì, phối hợp với các bộ bố trí kinh phí thực hiện Kế hoạch trước ngày 31/12/2025.',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'kehoach-text-'));
const services = createServices();
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await (await services).close();
});

describe('a decision that issues a plan, as born-digital text', () => {
  const file = join(dir, 'qd.txt');
  writeFileSync(file, TEXT);
  const run = services.then((s) => runText(file, s));

  it('reads the decision\'s signer from the closing line and the plan\'s sections as the body', async () => {
    const { plan } = await run;
    expect(plan.docType).toBe('QUYẾT ĐỊNH');
    expect(plan.signer?.name).toBe('Phạm Minh Chính');
    expect(plan.recipients).toHaveLength(3);
    expect(plan.sections.map((s) => s.number)).toEqual(['I', 'II']);
  });

  it('gives the duties of its TỔ CHỨC THỰC HIỆN', async () => {
    const { plan } = await run;
    expect(plan.tasks.map((t) => [t.id, t.implementer, t.due])).toEqual([
      ['p-II.1', ['Bộ trưởng Bộ Công an'], null],
      ['p-II.2', ['Bộ Tài chính'], { start: null, end: '2025-12-31' }],
    ]);
  });
});

describe('a plan whose appendix table was copied with its cells TAB-separated', () => {
  // the wording and columns of the Hà Nội and Nghệ An appendices: a group row with two cells, a header with the column names
  const text = [
    'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
    'Số: 980/KH-UBND\tNghệ An, ngày 18 tháng 11 năm 2025',
    'KẾ HOẠCH',
    'Triển khai thi hành Nghị định về phòng thủ dân sự',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Bảo đảm thống nhất, đồng bộ.',
    'Nơi nhận: - Các sở, ban, ngành; - Lưu: VT, NC.\tTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Đệ',
    'PHỤ LỤC',
    'TT\tNội dung thực hiện\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
    'I\tKIỆN TOÀN CƠ CHẾ CHỈ ĐẠO, ĐIỀU HÀNH PHÒNG THỦ DÂN SỰ',
    '1\tTổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã\tBộ CHQS tỉnh\tSở Nội vụ; UBND các xã, phường\tQuý IV/2025',
    '2\tHướng dẫn phương pháp thống kê phù hợp với lĩnh vực quản lý\tSở, ban, ngành, tổ chức chính trị - xã hội\tCơ quan liên quan\tNăm 2026',
    '3\tDiễn tập phòng thủ dân sự các cấp\tBan Chỉ huy Phòng thủ dân sự cấp tỉnh\tCơ quan, địa phương liên quan\tHằng năm',
  ].join('\n');
  const file = join(dir, 'tabbed.txt');
  writeFileSync(file, text);
  const run = services.then((s) => runText(file, s));

  it('reads each row as a task with its units, its deadline as a range and its group', async () => {
    const { plan, doc } = await run;
    expect(doc.tables).toHaveLength(1);
    const rows = plan.tasks.filter((t) => t.source.kind === 'table');
    expect(rows.map((t) => [t.implementer, t.coordinators, t.due, t.recurrence])).toEqual([
      [['Bộ CHQS tỉnh'], ['Sở Nội vụ', 'UBND các xã, phường'], { start: '2025-10-01', end: '2025-12-31' }, null],
      [['Sở, ban, ngành', 'tổ chức chính trị - xã hội'], ['Cơ quan liên quan'], { start: '2026-01-01', end: '2026-12-31' }, null],
      [['Ban Chỉ huy Phòng thủ dân sự cấp tỉnh'], ['Cơ quan, địa phương liên quan'], null, 'yearly'],
    ]);
    expect(rows[0].groupTitle).toMatch(/^I\. KIỆN TOÀN/);
    // each task points at its row's characters in the file
    const [start, end] = rows[0].provenance!.chars!;
    expect(text.slice(start, end)).toContain('Tổ chức lại Ban Chỉ huy');
  });
});

describe('a plan as an old OCR left it, its title wrapped mid-phrase', () => {
  const file = join(dir, 'old.txt');
  writeFileSync(
    file,
    [
      'UY BAN NHAN DAN',
      'THANH PHO CAN THO',
      'So: 159/KH-UBND',
      'CONG HOA XA HOI CHU NGHIA VIET NAM',
      'Doc lap - Tu do - Hanh phuc',
      'Can Tho, ngay 19 thang 11 nam 2025',
      'KE HOACH',
      'TRUYEN',
      'THONG VE GIAM NGHEO DA CHIEU THUOC CHUONG TRINH MUC TIEU QUOC GIA GIAM NGHEO BEN VUNG NAM 2025',
      'I. MUC DICH, YEU CAU',
      '1. Muc dich',
      'Nang cao nhan thuc cua nguoi dan ve giam ngheo.',
    ].join('\n'),
  );

  it('restores the joined title whole, each word beside its neighbours across the break', async () => {
    const { plan } = await runText(file, await services);
    expect(plan.title).toBe('TRUYỀN THÔNG VỀ GIẢM NGHÈO ĐA CHIỀU THUỘC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2025');
  });
});
