/**
 * Lines of the simulated old-OCR texts of real plans (fixtures/lib/old-ocr-plan.ts):
 * list markers, and an upper-case title wrapped over lines whose misread words came
 * out lower case ("Ciia", "Thirc") or whose last line is a year.
 */
import { describe, expect, it } from 'vitest';
import { sharedRestorer } from './helpers.ts';

describe('list markers of an old OCR', () => {
  it('keep their letter: "c)" is no misread "e)", "d)" no "a)"', async () => {
    const restorer = await sharedRestorer();
    const lines = restorer.restoreLines([
      'c) Phat hien, bieu duong, khen thuong kip thoi cac tap the, ca',
      'd) Kiem tra, giam sat danh gia trong qua trinh trien khai',
      'd) Tham muu Uy ban nhan dan thanh pho tong ket Ke hoach nay.',
    ]);
    expect(lines.map((l) => l.text)).toEqual([
      'c) Phát hiện, biểu dương, khen thưởng kịp thời các tập thể, cá',
      'd) Kiểm tra, giám sát đánh giá trong quá trình triển khai',
      'd) Tham mưu Ủy ban nhân dân thành phố tổng kết Kế hoạch này.',
    ]);
  });
});

describe('a title in capitals wrapped over lines', () => {
  it('reads on across a line with a lower-cased misread word ("XIV Ciia" / "DANG;")', async () => {
    const restorer = await sharedRestorer();
    const lines = restorer.restoreLines(['PHAT Dpng DOT THI DUA LAP THANH TICH CHAO MUNG DAI HOI LAN THU XIV Ciia', 'DANG; TANG TOC, BUT PHA']);
    expect(lines[1].text).toBe('ĐẢNG; TĂNG TỐC, BỨT PHÁ');
  });

  it('reads on onto a line of figures ("… ĐẾN NAM" / "2030")', async () => {
    const restorer = await sharedRestorer();
    const lines = restorer.restoreLines(['NGHIEP, CUM CONG NGHIEP TREN DIA BAN THANH PHO HA NOI DEN NAM', '2030']);
    expect(lines[0].text).toBe('NGHIỆP, CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI ĐẾN NĂM');
  });

  it('does not read a list of abbreviations as capitals going on into running text', async () => {
    const restorer = await sharedRestorer();
    const lines = restorer.restoreLines(['- VPUBTP: CVP, cac PCVP, cac phong, don', 'vi: DMPT, TH, TTDL&CNS;']);
    expect(lines.map((l) => l.text)).toEqual(['- VPUBTP: CVP, các PCVP, các phòng, đơn', 'vị: DMPT, TH, TTDL&CNS;']);
  });
});
