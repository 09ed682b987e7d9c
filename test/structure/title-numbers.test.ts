import { describe, expect, it } from 'vitest';
import { reconcileTitleNumbers } from '../../src/structure/title-numbers.ts';

const TITLE = 'TRIỂN KHAI ĐỢT THI ĐUA CHÀO MỪNG ĐẠI HỘI LẦN THỨ XIV CỦA ĐẢNG; HOÀN THÀNH CÁC MỤC TIÊU, NHIỆM VỤ NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XII CỦA ĐẢNG TRÊN ĐỊA BÀN TỈNH';
const BODY = 'Thi đua chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; hoàn thành thắng lợi các mục tiêu, nhiệm vụ Nghị quyết Đại hội lần thứ XIII của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh.';

describe('roman numbers of a bold title read again from the body', () => {
  it('gives back the I the title lost where the body prints the same words', () => {
    expect(reconcileTitleNumbers(TITLE, BODY)).toBe(TITLE.replace('LẦN THỨ XII CỦA', 'LẦN THỨ XIII CỦA'));
  });

  it('changes no numeral the body prints too, none more than one I away, and none without the same words around it', () => {
    // XIV stays: the body's "lần thứ XIII của Đảng" is no I away from it
    expect(reconcileTitleNumbers(TITLE.replace('XII CỦA', 'XIII CỦA'), BODY)).toBe(TITLE.replace('XII CỦA', 'XIII CỦA'));
    expect(reconcileTitleNumbers(TITLE, `${BODY} Đại hội lần thứ XII của Đảng đã xác định.`)).toBe(TITLE);
    expect(reconcileTitleNumbers(TITLE, 'Kế hoạch thực hiện Nghị quyết số 12 của Tỉnh ủy khóa XIII.')).toBe(TITLE);
  });
});
