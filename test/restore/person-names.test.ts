import { describe, expect, it } from 'vitest';
import { sharedRestorer } from './helpers.ts';

describe('person names in text without marks', () => {
  it('reads a signer\'s name alone on its line by name frequencies, through OCR misreadings', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('Pham Van Thinh').text).toBe('Phạm Văn Thịnh');
    expect(restorer.restoreLine('Ho Thi Nguyen Thao').text).toBe('Hồ Thị Nguyên Thảo');
    expect(restorer.restoreLine('Dao My').text).toBe('Đào Mỹ');
    expect(restorer.restoreLine('Trirong Canh Tuyen').text).toMatch(/^Trương Cảnh Tuy/);
  });

  it('keeps the name table\'s reading where the model knows a person or a word of those letters', async () => {
    const restorer = await sharedRestorer();
    // "thị thu hường" is a trigram of the corpus, "thanh điệu" a word (a tone): Hương and Diệu are the common given names
    expect(restorer.restoreLine('Pham Thi Thu Huong').text).toBe('Phạm Thị Thu Hương');
    expect(restorer.restoreLine('Nguyen Thanh Dieu').text).toMatch(/ Diệu$/);
    // a monarch's "… Đế" is no given name: "De" is Đệ
    expect(restorer.restoreLine('Nguyen Van De').text).toBe('Nguyễn Văn Đệ');
  });

  it('reads a name after a title in a list of recipients', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('- Thu truong Ta Quang Dong;').text).toMatch(/ Tạ Quang Đông;$/);
    expect(restorer.restoreLine('- PCT UBND tinh Phung Thanh Vinh;').text).toMatch(/^- PCT UBND tỉnh Phùng Th/);
  });

  it('leaves offices and places that look like names to the model', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('Theo de nghi cua Bo truong Bo Cong an;').text).toBe('Theo đề nghị của Bộ trưởng Bộ Công an;');
    expect(restorer.restoreLine('D/c Pho Chu tich UBND').text).toBe('Đ/c Phó Chủ tịch UBND');
    expect(restorer.restoreLine('Quan Long Bien').text).toBe('Quận Long Biên');
  });

  it('never changes a name that has its marks', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('Đồng chí Trần Thị Diệu Thúy, Phó Chủ tịch UBND tỉnh').text).toBe('Đồng chí Trần Thị Diệu Thúy, Phó Chủ tịch UBND tỉnh');
  });
});
