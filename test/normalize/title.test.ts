import { beforeAll, describe, expect, it } from 'vitest';
import { loadRecipientData, type RecipientData } from '../../src/normalize/recipients.ts';
import { restoreLostVowels } from '../../src/normalize/title.ts';

let data: RecipientData;
beforeAll(async () => {
  data = await loadRecipientData();
});

describe('a title word whose vowel the OCR lost', () => {
  it('gives back the one vowel that makes a word with its neighbour ("TM NHÌN" → TẦM NHÌN)', () => {
    expect(restoreLostVowels('THỜI KỲ 2021-2030, TM NHÌN ĐẾN NĂM 2045', data.isWordPair)).toBe('THỜI KỲ 2021-2030, TẦM NHÌN ĐẾN NĂM 2045');
  });
  it('leaves codes, which make no word with theirs, and titles without such a run', () => {
    for (const title of ['KẾ HOẠCH CỦA UBND TP HÀ NỘI', 'ĐẢM BẢO ATTP NĂM 2025', 'VỀ PHÁT TRIỂN KT-XH NĂM 2025', 'CÔNG TÁC PCCC VÀ CNCH', 'Tổ chức các phong trào thi đua']) {
      expect(restoreLostVowels(title, data.isWordPair)).toBe(title);
    }
    expect(restoreLostVowels(null, data.isWordPair)).toBeNull();
  });
});
