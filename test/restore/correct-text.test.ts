import { describe, expect, it } from 'vitest';
import { sharedRestorer } from './helpers.ts';

describe('text that is already correct', () => {
  it('comes back unchanged', async () => {
    const restorer = await sharedRestorer();
    const lines = [
      'Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022;',
      'Giao Phòng Nội vụ (cơ quan Thường trực Hội đồng Thi đua - Khen thưởng quận) theo dõi, đôn đốc.',
      'Dáng đi của cô ấy rất đẹp.',
      '- Tổ chức Lễ kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2020).',
    ];
    const restored = (await sharedRestorer()).restoreLines(lines);
    expect(restorer).toBeDefined();
    restored.forEach((r, i) => {
      expect(r.text).toBe(lines[i]);
      expect(r.changed).toBe(0);
    });
  });

  it('keeps the marks a writer chose where another spelling is more common', async () => {
    // "hàng tháng" and "hằng tháng" are both correct; names carry whichever marks they carry
    const lines = [
      'Người cao tuổi hưởng trợ cấp hưu trí xã hội hàng tháng được rà soát đầy đủ.',
      'Bà Trần Thị Diệu Thúy dự hội nghị.',
    ];
    const restored = (await sharedRestorer()).restoreLines(lines);
    restored.forEach((r, i) => expect(r.text).toBe(lines[i]));
  });

  it('keeps unmarked syllables of marked text that a marked reading would suit better', async () => {
    const lines = [
      'Phấn đấu 70% số người hưởng trợ cấp (bao gồm người được ủy quyền nhận thay) nhận tiền qua tài khoản.',
      '1. Cấp ngay mì tôm, lương khô, nước uống cho Nhân dân vùng lũ.',
    ];
    const restored = (await sharedRestorer()).restoreLines(lines);
    restored.forEach((r, i) => expect(r.text).toBe(lines[i]));
  });

  it('mends a wrong mark a Vietnamese OCR left', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('Ban Thường vụ Dáng bộ quận').text).toBe('Ban Thường vụ Đảng bộ quận');
  });
});
