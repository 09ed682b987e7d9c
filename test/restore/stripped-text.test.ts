import { describe, expect, it } from 'vitest';
import { stripDiacritics } from '../../src/text/vietnamese.ts';
import { sharedRestorer, syllableAccuracy } from './helpers.ts';

// Written for this test, not taken from the corpus.
const SENTENCES = [
  'Ủy ban nhân dân phường Ngọc Thụy giao Phòng Nội vụ chủ trì, phối hợp với các đơn vị liên quan tổ chức hội nghị sơ kết.',
  'Các cơ quan, đơn vị báo cáo kết quả thực hiện kế hoạch về Ủy ban nhân dân quận trước ngày 15 tháng 12 năm 2021.',
  'Đẩy mạnh tuyên truyền, nâng cao nhận thức của cán bộ, công chức và người lao động về công tác thi đua, khen thưởng.',
  'Trong quá trình triển khai, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh kịp thời để được hướng dẫn.',
  'Tập trung giải quyết dứt điểm các vụ việc khiếu nại, tố cáo phức tạp, kéo dài ngay từ cơ sở.',
  'Bảo đảm kinh phí cho hoạt động của các cụm, khối thi đua theo quy định hiện hành.',
];

describe('restoring text stripped of its diacritics', () => {
  it('restores most syllables of administrative sentences that are not in the corpus', async () => {
    const restorer = await sharedRestorer();
    const restored = restorer.restoreLines(SENTENCES.map(stripDiacritics));
    let right = 0;
    let total = 0;
    SENTENCES.forEach((gold, i) => {
      const n = gold.match(/\p{L}+/gu)!.length;
      right += syllableAccuracy(restored[i].text, gold) * n;
      total += n;
    });
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });

  it('restores a short plain sentence exactly', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('Thuc hien ke hoach cua Uy ban nhan dan thanh pho').text).toBe(
      'Thực hiện kế hoạch của Ủy ban nhân dân thành phố',
    );
  });

  it('counts the syllables it changed', async () => {
    const restorer = await sharedRestorer();
    const line = restorer.restoreLine('nang cao chat luong');
    expect(line.text).toBe('nâng cao chất lượng');
    expect(line.changed).toBe(3);
  });

  it('uses the context of the next line when a sentence wraps', async () => {
    const restorer = await sharedRestorer();
    const [first, second] = restorer.restoreLines(['Hoi dong thi dua khen thuong thanh pho ban hanh ke', 'hoach thuc hien nhiem vu nam 2021.']);
    expect(first.text).toBe('Hội đồng thi đua khen thưởng thành phố ban hành kế');
    expect(second.text).toBe('hoạch thực hiện nhiệm vụ năm 2021.');
  });
});
