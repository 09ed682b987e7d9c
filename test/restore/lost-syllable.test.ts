import { beforeAll, describe, expect, it } from 'vitest';
import { loadRestoreData, type RestoreData } from '../../src/restore/data.ts';
import { lostClosingSyllable, planPhrases } from '../../src/restore/lost-syllable.ts';

let data: RestoreData;
beforeAll(async () => {
  data = await loadRestoreData();
});

describe('lostClosingSyllable: the half of a word a line lost at its end', () => {
  it('gives the closing syllable where the model is sure of it and the phrase ends after it', () => {
    expect(lostClosingSyllable(data, 'Viện kiểm sát nhân dân tối')).toBe('cao');
    expect(lostClosingSyllable(data, 'Cổng thông tin điện')).toBe('tử');
    expect(lostClosingSyllable(data, 'Sở Kế hoạch và Đầu')).toBe('tư');
    expect(lostClosingSyllable(data, 'Văn phòng Chính')).toBe('phủ');
  });

  it('guesses nothing for finished words, lost whole words or words with two likely ends', () => {
    expect(lostClosingSyllable(data, 'Ủy ban nhân dân')).toBeUndefined(); // "dân quận" is a word, but "nhân dân" is done
    expect(lostClosingSyllable(data, 'Đảng ủy')).toBeUndefined();
    expect(lostClosingSyllable(data, 'Các Sở, ban, ngành')).toBeUndefined(); // a whole word may have been lost, but nothing calls for one
    expect(lostClosingSyllable(data, 'UBND các xã, thị')).toBeUndefined(); // thị trấn or thị xã
    expect(lostClosingSyllable(data, 'Bộ trưởng (để bảo')).toBeUndefined(); // bảo đảm or bảo vệ
    expect(lostClosingSyllable(data, 'Lưu: VT, NNMT')).toBeUndefined();
    expect(lostClosingSyllable(data, '')).toBeUndefined();
  });

  it('gives the word a comma left waiting for, where the model is sure of it', () => {
    expect(lostClosingSyllable(data, 'Các Sở, ban,')).toBe('ngành');
    expect(lostClosingSyllable(data, 'Thường trực HĐND,')).toBeUndefined();
  });

  it('takes the plan\'s own phrase where it prints one closer and not the others', () => {
    const plan = planPhrases(data, 'Các xã, thị trấn báo cáo.\nUBND các xã, thị trấn.');
    expect(lostClosingSyllable(data, 'UBND các xã, thị', plan)).toBe('trấn');
    expect(lostClosingSyllable(data, 'UBND các xã, thị', planPhrases(data, 'Các xã, thị trấn.'))).toBeUndefined(); // printed once
  });
});
