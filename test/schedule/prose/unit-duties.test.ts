import { describe, expect, it } from 'vitest';
import { data, tasksOfText } from './helpers.ts';

describe('a unit as a heading under TỔ CHỨC THỰC HIỆN, its duties as bullets', () => {
  const tasks = tasksOfText(data('dongthap-552-units.txt'));

  it('gives one task per bullet, lettered in order, the unit as groupTitle and implementer', () => {
    expect(tasks.map((t) => t.id)).toEqual(['p-V.1-a', 'p-V.1-b', 'p-V.1-c', 'p-V.1-d', 'p-V.1-e', 'p-V.2-a', 'p-V.2-b', 'p-V.2-c', 'p-V.2-d', 'p-V.3-a', 'p-V.3-b', 'p-V.3-c']);
    const t = tasks[5];
    expect([t.groupTitle, t.no, t.sub]).toEqual(['Sở Nông nghiệp và Môi trường', '2', 'a']);
    expect(t.implementer).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(t.content).toMatch(/^Chủ trì, phối hợp triển khai các chương trình đổi mới công nghệ/);
    expect(t.content).not.toMatch(/^- |[.;]$/);
  });

  it('reads a recurrence written inside the sentence', () => {
    expect([tasks[4].deadlineText, tasks[4].recurrence, tasks[4].due]).toEqual(['Định kỳ hằng năm', 'yearly', null]);
    expect(tasks[0].deadlineText).toBeNull();
  });
});

describe('units as headings with lettered duties (PHÂN CÔNG NHIỆM VỤ)', () => {
  const tasks = tasksOfText(data('cantho-153-lettered.txt'));

  it('keeps the printed letters, đ included, as sub and in the section path', () => {
    const police = tasks.filter((t) => t.groupTitle === 'Công an thành phố');
    expect(police.map((t) => t.sub)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h']);
    expect(police[4].source).toEqual({ kind: 'prose', section: 'IV.1.đ' });
    expect(police[4].id).toBe('p-IV.1.đ');
  });

  it('takes a unit with one sentence and no letters as one duty', () => {
    const justice = tasks.filter((t) => t.implementer.includes('Sở Tư pháp'));
    expect(justice).toHaveLength(1);
    // the duty is the numbered item itself: no sub letter, grouped under PHÂN CÔNG NHIỆM VỤ
    expect([justice[0].id, justice[0].sub, justice[0].groupTitle]).toEqual(['p-IV.4', null, 'PHÂN CÔNG NHIỆM VỤ']);
    expect(justice[0].content).toMatch(/^Thực hiện chức năng thường trực/);
  });

  it('gives a lettered duty that lists its projects one task with the list', () => {
    const h = tasks.find((t) => t.id === 'p-IV.1.h')!;
    expect(h.content).toMatch(/các dự án.*: Dự án 1: .*; Dự án 9: /);
  });
});

describe('units with a colon, and a unit and its duty on one numbered line', () => {
  const tasks = tasksOfText(data('daklak-129-colon-units.txt'));

  it('reads "Sở Công Thương:" as the unit and "Đề nghị …: duty" as a unit with one duty', () => {
    expect(tasks[0].groupTitle).toBe('Sở Công Thương');
    const power = tasks.find((t) => t.id === 'p-IV.12')!;
    expect(power.groupTitle).toBe('PHÂN CÔNG NHIỆM VỤ');
    expect(power.implementer).toEqual(['Công ty Điện lực Đắk Lắk']);
    expect(power.content).toMatch(/^Khẩn trương kiểm tra, khắc phục sự cố lưới điện/);
  });

  it('splits a heading that names several units', () => {
    const front = tasks.find((t) => t.id === 'p-IV.11-a')!;
    expect(front.implementer).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị - xã hội']);
  });

  it('does not take the closing rule for everyone (item 15) for a unit duty', () => {
    expect(tasks.some((t) => t.source.kind === 'prose' && t.source.section === 'IV.15')).toBe(false);
  });
});

describe('deadlines inside the sentences of unit duties', () => {
  const head = 'ỦY BAN NHÂN DÂN TỈNH X\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 9/KH-UBND\tX, ngày 02 tháng 11 năm 2024\nKẾ HOẠCH\nPHÒNG, CHỐNG THIÊN TAI NĂM 2024\n';
  const tasks = tasksOfText(
    `${head}I. MỤC ĐÍCH, YÊU CẦU\nChủ động phòng ngừa, ứng phó kịp thời trước ngày 01/12/2024.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp:\n- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2024;\n- Kiểm tra việc thực hiện trong Quý III/2025;\n- Định kỳ 6 tháng báo cáo kết quả.\n2. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh\n- Thực hiện theo Nghị quyết số 66-NQ/TW ngày 30/4/2024 của Bộ Chính trị; hoàn thành trước 30/6./.\n`,
  );

  it('finds "trước ngày 15/12/2024", "trong Quý III/2025", "định kỳ 6 tháng", "trước 30/6" and keeps them in the content', () => {
    expect(tasks.map((t) => [t.deadlineText, t.due, t.recurrence])).toEqual([
      ['trước ngày 15/12/2024', { start: null, end: '2024-12-15' }, null],
      ['trong Quý III/2025', { start: '2025-07-01', end: '2025-09-30' }, null],
      ['Định kỳ 6 tháng', null, 'semiannual'],
      ['hoàn thành trước 30/6', { start: null, end: '2024-06-30' }, null],
    ]);
    expect(tasks[0].content).toBe('Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2024');
  });

  it('does not take the date of a cited resolution for a deadline, nor a purpose for a duty', () => {
    expect(tasks[3].deadlineText).toBe('hoàn thành trước 30/6');
    expect(tasks[3].implementer).toEqual(['Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh']);
    expect(tasks).toHaveLength(4);
  });
});

describe('an organisation section whose title an old OCR damaged', () => {
  const head = 'UY BAN NHAN DAN TINH X\tCONG HOA XA HOI CHU NGHIA VIET NAM\nSo: 9/KH-UBND\tX, ngay 02 thang 11 nam 2025\nKE HOACH\nTRUYEN THONG VE GIAM NGHEO NAM 2025\n';
  const body = 'I. MUC DICH, YEU CAU\n1. Muc dich\nNang cao nhan thuc.\nV. {TITLE}\n1. So Nong nghiep va Moi truong\n- Chu tri tham muu, to chuc trien khai thuc hien Ke hoach nay.\n- Tong hop, bao cao ket qua.\n2. So Tai chinh\nPhoi hop voi cac co quan, don vi lien quan trien khai thuc hien.\n';

  it('still reads its units\' duties when "TO CHUC THUC HIEN" lost its last word ("TO CHUC Thirc")', () => {
    const tasks = tasksOfText(head + body.replace('{TITLE}', 'TO CHUC Thirc'));
    expect(tasks.map((t) => [t.id, t.implementer])).toEqual([
      ['p-V.1-a', ['So Nong nghiep va Moi truong']],
      ['p-V.1-b', ['So Nong nghiep va Moi truong']],
      ['p-V.2', ['So Tai chinh']],
    ]);
  });

  it('reads them when the title is unreadable, because most of its items are units', () => {
    expect(tasksOfText(head + body.replace('{TITLE}', '~» ■')).map((t) => t.id)).toEqual(['p-V.1-a', 'p-V.1-b', 'p-V.2']);
  });
});

describe('shapes of unit duties from more real plans (wording of 4385/QĐ-BVHTTDL, 552/KH-UBND Đồng Tháp, 980/KH-UBND Nghệ An)', () => {
  const head = 'ỦY BAN NHÂN DÂN TỈNH X\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 9/KH-UBND\tX, ngày 02 tháng 11 năm 2025\nKẾ HOẠCH\nTHỰC HIỆN QUY HOẠCH NĂM 2025\n';

  it('takes a unit\'s sentence ending with ":" as the lead-in of its lettered duties, not a duty', () => {
    const tasks = tasksOfText(
      `${head}IV. TỔ CHỨC THỰC HIỆN\n3. Sở Văn hóa, Thể thao và Du lịch\nChủ trì, phối hợp với các cơ quan có liên quan tham mưu cho Ủy ban nhân dân tỉnh:\na) Tổ chức thực hiện quản lý nhà nước về văn hóa, thể thao tại địa phương;\nb) Rà soát, điều chỉnh các quy hoạch, kế hoạch trên địa bàn.\n`,
    );
    expect(tasks.map((t) => [t.id, t.lead])).toEqual([
      ['p-IV.3.a', 'Chủ trì, phối hợp với các cơ quan có liên quan tham mưu cho Ủy ban nhân dân tỉnh'],
      ['p-IV.3.b', 'Chủ trì, phối hợp với các cơ quan có liên quan tham mưu cho Ủy ban nhân dân tỉnh'],
    ]);
  });

  it('gives each unit named as the subject of its own paragraph under a titled item its own duty', () => {
    const tasks = tasksOfText(
      `${head}VI. TỔ CHỨC THỰC HIỆN\n1. Công tác theo dõi, kiểm tra\nSở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.\nCác sở, ban, ngành, Ủy ban nhân dân xã, phường định kỳ kiểm tra, đánh giá tình hình thực hiện.\n`,
    );
    expect(tasks.map((t) => [t.id, t.implementer, t.groupTitle])).toEqual([
      ['p-VI.1-a', ['Sở Khoa học và Công nghệ'], 'Công tác theo dõi, kiểm tra'],
      ['p-VI.1-b', ['Các sở, ban, ngành', 'Ủy ban nhân dân xã, phường'], 'Công tác theo dõi, kiểm tra'],
    ]);
  });

  it('splits "tổ chức chính trị - xã hội" off a list of offices, and reads "thường xuyên" as continuous only where it opens the duty', () => {
    const tasks = tasksOfText(
      `${head}IV. TỔ CHỨC THỰC HIỆN\n1. Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chịu trách nhiệm thực hiện Kế hoạch này.\n2. Sở Y tế\n- Thường xuyên rà soát, cập nhật dữ liệu.\n- Chỉ đạo Báo tỉnh thường xuyên tuyên truyền về Kế hoạch.\n`,
    );
    expect(tasks[0].implementer).toEqual(['Các sở, ban, ngành', 'tổ chức chính trị - xã hội', 'Ủy ban nhân dân các xã, phường']);
    expect(tasks.slice(1).map((t) => t.recurrence)).toEqual(['continuous', null]);
  });
});

describe('more unit shapes (wording of 556/KH-UBND Đồng Tháp and 0129/KH-UBND Đắk Lắk)', () => {
  const head = 'ỦY BAN NHÂN DÂN TỈNH X\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 9/KH-UBND\tX, ngày 02 tháng 11 năm 2025\nKẾ HOẠCH\nỨNG PHÓ MƯA LŨ NĂM 2025\n';

  it('reads a heading that lists units with ";" as those units', () => {
    const tasks = tasksOfText(`${head}IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\nBố trí kinh phí thực hiện.\n2. Các sở, ngành có liên quan; Ủy ban nhân dân các xã, phường\nCăn cứ vào chức năng, nhiệm vụ của đơn vị, đề xuất, triển khai thực hiện các nhiệm vụ.\n`);
    expect(tasks.map((t) => t.implementer)).toEqual([['Sở Tài chính'], ['Các sở, ngành có liên quan', 'Ủy ban nhân dân các xã, phường']]);
  });

  it('takes a bullet of a note that names its unit as subject, and not the bullets that name none', () => {
    const tasks = tasksOfText(
      `${head}III. PHƯƠNG ÁN HỖ TRỢ\n4. Phương án tổ chức cấp phát\nLưu ý:\n- Việc triển khai cứu trợ được thực hiện theo phương châm “4 tại chỗ”.\n- UBND xã, phường thực hiện trực ban phòng chống thiên tai 24/24, duy trì thông tin liên lạc thông suốt.\n`,
    );
    expect(tasks.map((t) => [t.implementer, t.content.slice(0, 30)])).toEqual([[['UBND xã, phường'], 'Thực hiện trực ban phòng chống']]);
  });
});
