import { describe, expect, it } from 'vitest';
import { reconcileTitleDocumentNumbers, reconcileTitleNumbers } from '../../src/structure/title-numbers.ts';

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

describe('a document number in the title read as the body cites it', () => {
  const body = 'Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ; Nghị quyết số 163/2024/QH15 của Quốc hội.';

  it('takes the body\'s symbol, in the title\'s capitals, for one a character off', () => {
    expect(reconcileTitleDocumentNumbers('THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-1TG NGÀY 04/9/2025 CỦA', body)).toBe('THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA');
    expect(reconcileTitleDocumentNumbers('Thực hiện Nghị quyết số 163/2024/QH1S,', body)).toBe('Thực hiện Nghị quyết số 163/2024/QH15,');
  });

  it('takes out a space read after the number\'s dash where the body cites the joined number', () => {
    expect(reconcileTitleDocumentNumbers('THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ- TTG NGÀY 04/9/2025 CỦA', body)).toBe('THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA');
    expect(reconcileTitleDocumentNumbers('KẾ HOẠCH SỐ 12/KH- UBND NĂM 2025', body)).toBe('KẾ HOẠCH SỐ 12/KH- UBND NĂM 2025'); // cited nowhere
  });

  it('keeps a number the body prints as the title does, or does not cite', () => {
    for (const title of ['THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025', 'KẾ HOẠCH SỐ 12/KH-UBND', 'GIAI ĐOẠN 2021-2030']) {
      expect(reconcileTitleDocumentNumbers(title, body)).toBe(title);
    }
  });
});
