import { beforeAll, describe, expect, it } from 'vitest';
import { loadRecipientData, type RecipientData } from '../../src/normalize/recipients.ts';
import { dropTitleSpecks, repairTitleLetters } from '../../src/normalize/title.ts';

let data: RecipientData;
beforeAll(async () => {
  data = await loadRecipientData();
});

describe('title words misread in bold capitals', () => {
  it('gives back the one vowel that makes a word with its neighbour ("TM NHÌN" → TẦM NHÌN)', () => {
    expect(repairTitleLetters('THỜI KỲ 2021-2030, TM NHÌN ĐẾN NĂM 2045', data.isWordPair)).toBe('THỜI KỲ 2021-2030, TẦM NHÌN ĐẾN NĂM 2045');
  });
  it('reads a digit among marked capitals as the letter that makes a word with its neighbour ("THÀNH 1ÍCH" → THÀNH TÍCH)', () => {
    expect(repairTitleLetters('ĐỢT THI ĐUA LẬP THÀNH 1ÍCH CHÀO MỪNG ĐẠI HỘI', data.isWordPair)).toBe('ĐỢT THI ĐUA LẬP THÀNH TÍCH CHÀO MỪNG ĐẠI HỘI');
  });
  it('splits two words read as one where one split makes a word, a letter read twice at the join left out ("DỰAÁN" → DỰ ÁN)', () => {
    expect(repairTitleLetters('THỰC HIỆN CÁC DỰAÁN, TIỂU DỰ ÁN THUỘC CHƯƠNG TRÌNH', data.isWordPair)).toBe('THỰC HIỆN CÁC DỰ ÁN, TIỂU DỰ ÁN THUỘC CHƯƠNG TRÌNH');
    expect(repairTitleLetters('PHÁT TRIỂN KINHTẾ XÃ HỘI', data.isWordPair)).toBe('PHÁT TRIỂN KINH TẾ XÃ HỘI');
    // the space kept, the letter read twice ("AÁN": the one reading that makes a word with DỰ)
    expect(repairTitleLetters('THỰC HIỆN CÁC DỰ AÁN, TIỂU DỰ ÁN', data.isWordPair)).toBe('THỰC HIỆN CÁC DỰ ÁN, TIỂU DỰ ÁN');
  });
  it('leaves codes, which make no word with theirs, numbers, and titles without such a run', () => {
    for (const title of ['KẾ HOẠCH CỦA UBND TP HÀ NỘI', 'ĐẢM BẢO ATTP NĂM 2025', 'VỀ PHÁT TRIỂN KT-XH NĂM 2025', 'CÔNG TÁC PCCC VÀ CNCH', 'Tổ chức các phong trào thi đua', 'CHƯƠNG TRÌNH 1A VÀ QUỐC LỘ 1Á', 'GIAI ĐOẠN 2021-2030', 'CHƯƠNG TRÌNH OCOP', 'ỨNG DỤNG CNTT, AI VÀ IOT', 'PHÒNG CHỐNG HIV/AIDS']) {
      expect(repairTitleLetters(title, data.isWordPair)).toBe(title);
    }
    expect(repairTitleLetters(null, data.isWordPair)).toBeNull();
  });
});

describe('specks a faded copy put into a title in capitals', () => {
  it('drops stops after marked words inside it, stray quotes, and stops trailing it', () => {
    expect(dropTitleSpecks('PHÁT ĐỘNG ĐỢT THI ĐUA LẬP. THÀNH TÍCH CHÀO MỪNG')).toBe('PHÁT ĐỘNG ĐỢT THI ĐUA LẬP THÀNH TÍCH CHÀO MỪNG');
    expect(dropTitleSpecks("THỰC HIỆN CHƯƠNG. 'TRÌNH “NÂNG CAO CHẤT LƯỢNG” GIAI ĐOẠN. 2025 - 2035")).toBe('THỰC HIỆN CHƯƠNG TRÌNH “NÂNG CAO CHẤT LƯỢNG” GIAI ĐOẠN 2025 - 2035');
    expect(dropTitleSpecks('CÁC NGÀNH KINH TẾ MŨI NHỌN..')).toBe('CÁC NGÀNH KINH TẾ MŨI NHỌN');
    expect(dropTitleSpecks('CÁC DỰ ÁN,. TIỂU DỰ ÁN')).toBe('CÁC DỰ ÁN, TIỂU DỰ ÁN');
    expect(dropTitleSpecks("TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026-2030 '")).toBe('TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026-2030');
  });

  it('keeps abbreviations\' stops, quotation marks, and titles in sentence case', () => {
    for (const title of ['KẾ HOẠCH CỦA UBND TP. HỒ CHÍ MINH', 'V/V HỖ TRỢ NHU YẾU PHẨM', 'CHƯƠNG TRÌNH “NÂNG CAO CHẤT LƯỢNG”', 'Tổ chức các phong trào. Thi đua']) {
      expect(dropTitleSpecks(title)).toBe(title);
    }
    expect(dropTitleSpecks(null)).toBeNull();
  });
});
