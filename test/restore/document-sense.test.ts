import { describe, expect, it } from 'vitest';
import { sharedRestorer } from './helpers.ts';

/** Sentences written for the test, not taken from an evaluated plan. */
describe('one sense per document in text without marks', () => {
  it('reads unsure letters as the text reads them elsewhere beside the same neighbour', async () => {
    const restorer = await sharedRestorer();
    // alone, "cua dang tren" reads "của đăng trên" (đăng trên báo): the text's sure "của Đảng" settles it
    const alone = restorer.restoreLine('Nghi quyet Dai hoi lan thu XIII cua Dang tren dia ban tinh').text;
    expect(alone).toContain('của Đăng trên');
    const lines = [
      'Thuc hien Nghi quyet Dai hoi lan thu XIII cua Dang; Chi thi cua Bo Chinh tri ve Dai hoi dang bo cac cap.',
      'Quan triet Nghi quyet cua Dang va cac chu truong cua Dang.',
      'Nghi quyet Dai hoi lan thu XIII cua Dang tren dia ban tinh.',
    ];
    const restored = restorer.restoreLines(lines).map((l) => l.text);
    expect(restored[2]).toBe('Nghị quyết Đại hội lần thứ XIII của Đảng trên địa bàn tỉnh.');
  });

  it('keeps text with marks and letters kept as written', async () => {
    const restorer = await sharedRestorer();
    const lines = ['Đăng trên báo của Đảng và đăng trên cổng thông tin.', 'Phat trien dich vu IoT trong cac khu cong nghiep.', 'Ket noi IoT trong cac nha may.'];
    const restored = restorer.restoreLines(lines).map((l) => l.text);
    expect(restored[0]).toBe(lines[0]);
    expect(restored[2]).toContain('IoT trong');
  });
});
