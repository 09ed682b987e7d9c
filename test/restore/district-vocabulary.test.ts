import { describe, expect, it } from 'vitest';
import { sharedRestorer } from './helpers.ts';

/**
 * District and ward plans' own wording, which the corpus (laws, decrees, Wikipedia)
 * under-represents: the administrative supplement of the build (dictionaries/sources/
 * admin-supplement.ts) must make it win over the corpus' frequent look-alikes
 * ("dân quân", "tháng lại", "phát đồng"). Sentences written for the test, not taken
 * from an evaluated plan.
 */
describe('district and ward vocabulary in stripped and old-OCR text', () => {
  it('reads "quan"/"huyen" after a unit name as the district', async () => {
    const restorer = await sharedRestorer();
    const cases: Array<[string, string]> = [
      ['Chu tich UBND quan va cac doan the quan', 'Chủ tịch UBND quận và các đoàn thể quận'],
      ['Cac phong, ban, nganh, doan the huyen', 'Các phòng, ban, ngành, đoàn thể huyện'],
      ['Hoi dong Thi dua - Khen thuong quan', 'Hội đồng Thi đua - Khen thưởng quận'],
      ['Hoi dong TDKT quan', 'Hội đồng TĐKT quận'],
      ['Cac don vi hiep quan', 'Các đơn vị hiệp quản'],
    ];
    const restored = restorer.restoreLines(cases.map(([raw]) => raw));
    restored.forEach((line, i) => expect(line.text).toBe(cases[i][1]));
  });

  it('reads the emulation movement terms of plans', async () => {
    const restorer = await sharedRestorer();
    const cases: Array<[string, string]> = [
      ['phan dau hoan thanh thang lai cac chi tieu ke hoach', 'phấn đấu hoàn thành thắng lợi các chỉ tiêu kế hoạch'],
      ['Doi mdi noi dung, hinh thuc thi dua', 'Đổi mới nội dung, hình thức thi đua'],
      ['To chuc phat dong thi dua chao mung', 'Tổ chức phát động thi đua chào mừng'],
      ['Gan bien cong trinh chao mung Dai hoi', 'Gắn biển công trình chào mừng Đại hội'],
      ['thuc hien phong trao Dan van kheo', 'thực hiện phong trào Dân vận khéo'],
    ];
    const restored = restorer.restoreLines(cases.map(([raw]) => raw));
    restored.forEach((line, i) => expect(line.text).toBe(cases[i][1]));
  });
});

describe('old-OCR spans and codes of district and ward plans', () => {
  it('reads "ir" before a vowel as ư even where <unk> is likely ("phirong" → phường)', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('Doi Trat tu xay dung do thi phirong').text).toBe('Đội Trật tự xây dựng đô thị phường');
    expect(restorer.restoreLine('UBND cac phirong, xa').text).toBe('UBND các phường, xã');
  });

  it('keeps upper-case parts of a code and short capitals in a stripped line as they are', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('Thuc hien Chuong trinh CTr/TU').text).toBe('Thực hiện Chương trình CTr/TU');
    expect(restorer.restoreLine('Luu: VT, VI').text).toBe('Lưu: VT, VI');
    expect(restorer.restoreLine('TT. TU, TT. HDND quan').text).toBe('TT. TU, TT. HĐND quận');
    expect(restorer.restoreLine('Cum thi dua so VIII cua thanh pho').text).toBe('Cụm thi đua số VIII của thành phố');
  });

  it('still restores two-letter words of a heading in capitals beside other capitals', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('UY BAN NHAN DAN QUAN\tCONG HOA XA HOI CHU NGHIA VIET NAM Doc lap - Tu do').text).toBe(
      'ỦY BAN NHÂN DÂN QUẬN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do',
    );
  });
});
