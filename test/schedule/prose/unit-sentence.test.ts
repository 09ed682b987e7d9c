import { describe, expect, it } from 'vitest';
import { readCoordinators, readUnitSentence } from '../../../src/schedule/prose/unit-sentence.ts';
import { stripDiacritics } from '../../../src/text/vietnamese.ts';

// Sentences from ../shared/real-plans (TỔ CHỨC THỰC HIỆN of plans from Bắc Ninh, Nghệ An, Đồng Tháp, HCM City, the Government)
describe('readUnitSentence: the unit that is the subject of a duty sentence', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['2. Sở Tài chính chủ trì, phối hợp với các Sở, ban, ngành, đơn vị và UBND cấp xã bố trí kinh phí.', 'Sở Tài chính', /^Chủ trì, phối hợp với các Sở/],
    ['6. Giao Sở Tư pháp theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch này;', 'Sở Tư pháp', /^Theo dõi, đôn đốc/],
    ['- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội phát huy mạnh mẽ', 'Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội', /^Phát huy/],
    ['1. Căn cứ Kế hoạch này, các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường nghiên cứu triển khai', 'các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường', /^Nghiên cứu triển khai/],
    ['1. Bộ trưởng Bộ Công an có trách nhiệm giúp Thủ tướng Chính phủ theo dõi', 'Bộ trưởng Bộ Công an', /^Có trách nhiệm/],
    ['Sở Xây dựng chủ trì, phối hợp với Sở Tài chính', 'Sở Xây dựng', /^Chủ trì/],
    ['Ban chỉ đạo tỉnh chỉ đạo các xã rà soát', 'Ban chỉ đạo tỉnh', /^Chỉ đạo các xã/],
    ['- Hội đồng Thi đua - Khen thưởng các cấp phân công rõ trách nhiệm', 'Hội đồng Thi đua - Khen thưởng các cấp', /^Phân công/],
    ['5. Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan tổ chức triển khai', 'Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan', /^Tổ chức triển khai/],
    ['Sau khi thực hiện mở tài khoản, Ủy ban nhân dân xã, phường phối hợp với các tổ chức chi trả dịch vụ ký kết hợp đồng', 'Ủy ban nhân dân xã, phường', /^Phối hợp với các tổ chức/],
    [
      'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức thành viên, Thủ trưởng sở, ban, ngành thành phố và Chủ tịch Ủy ban nhân dân xã, phường tổ chức quán triệt sâu rộng Chương trình',
      'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức thành viên, Thủ trưởng sở, ban, ngành thành phố và Chủ tịch Ủy ban nhân dân xã, phường',
      /^Tổ chức quán triệt/,
    ],
  ];
  for (const [text, units, duty] of cases) {
    it(text.slice(0, 60), () => {
      const read = readUnitSentence(text);
      expect(read?.units).toBe(units);
      expect(read?.duty).toMatch(duty);
    });
  }

  it('reads the same units in text an old OCR left without diacritics', () => {
    expect(readUnitSentence(stripDiacritics('2. Sở Tài chính chủ trì, phối hợp với các sở bố trí kinh phí'))?.units).toBe('So Tai chinh');
  });

  it('takes no closing remark, rule for everyone or duty without a unit for a unit duty', () => {
    for (const text of [
      '5. Trong quá trình triển khai thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, các sở, ban, ngành báo cáo UBND tỉnh',
      'Trên đây là Kế hoạch triển khai Đợt thi đua của UBND tỉnh',
      '15. Tất cả lực lượng, phương tiện tham gia thực hiện Kế hoạch này phải tuân thủ nghiêm quy định an toàn',
      '2. Tăng cường công tác tuyên truyền, phổ biến pháp luật',
      '1. Căn cứ chức năng, nhiệm vụ được giao, xây dựng kế hoạch cụ thể',
    ]) expect(readUnitSentence(text)).toBeNull();
  });
});

describe('readCoordinators: the units a duty opens by coordinating with', () => {
  // duties from the TỔ CHỨC THỰC HIỆN of real plans (Bắc Ninh, Đồng Tháp, Hà Nội, Cần Thơ)
  const cases: Array<[string, string | null]> = [
    ['Chủ trì, phối hợp với các Sở, ban, ngành, đơn vị và UBND cấp xã bố trí kinh phí chi thường xuyên', 'các Sở, ban, ngành, đơn vị và UBND cấp xã'],
    ['Phối hợp với Sở Giáo dục và Đào tạo chỉ đạo hệ thống y tế cơ sở', 'Sở Giáo dục và Đào tạo'],
    ['Phối hợp với doanh nghiệp, viện nghiên cứu, trường đại học tổ chức đào tạo theo nhu cầu xã hội', 'doanh nghiệp, viện nghiên cứu, trường đại học'],
    ['Phối hợp Sở Y tế thẩm định, lập thủ tục xét trình Chủ tịch', 'Sở Y tế'],
    ['Phối hợp với các cơ quan có thẩm quyền trong việc triển khai thực hiện nội dung quy hoạch', 'các cơ quan có thẩm quyền'],
    ['Chỉ đạo Báo tỉnh phối hợp với Sở Y tế tuyên truyền', null],
    ['Phối hợp chặt chẽ, hiệu quả trong công tác tuyên truyền', null],
  ];
  for (const [duty, want] of cases) it(duty.slice(0, 60), () => expect(readCoordinators(duty)).toBe(want));
});
