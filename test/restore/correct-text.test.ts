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

  it('mends a wrong mark a Vietnamese OCR left', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('Ban Thường vụ Dáng bộ quận').text).toBe('Ban Thường vụ Đảng bộ quận');
  });
});
