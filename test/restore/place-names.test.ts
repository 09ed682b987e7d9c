import { describe, expect, it } from 'vitest';
import { sharedRestorer } from './helpers.ts';
import { loadRestoreData } from '../../src/restore/data.ts';
import { CandidateGenerator } from '../../src/restore/candidates.ts';
import { PlaceNameReader, parsePlaceTable } from '../../src/restore/place-names.ts';
import { placeNames } from '../../dictionaries/build/place-names.ts';

describe('names of wards, communes and districts in text without marks', () => {
  it("reads a ward plan's issuer and place line from the mined names and their syllables", async () => {
    const restorer = await sharedRestorer();
    const text = ['UBND QUAN CAU GIAY', 'UY BAN NHAN DAN', 'PHUONG DICH VONG HAU', 'So: 27/KH-UBND', 'CONG HOA XA HOI CHU NGHIA VIET NAM', 'Doc lap - Tir do - Hanh phuc', 'Dich Vong Hau, ngay 08 thang 01 nam 2024'].join('\n');
    expect(restorer.restoreText(text).split('\n')).toEqual([
      'UBND QUẬN CẦU GIẤY',
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG DỊCH VỌNG HẬU',
      'Số: 27/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      // no level word on the place line: the name the header read is remembered for the text
      'Dịch Vọng Hậu, ngày 08 tháng 01 năm 2024',
    ]);
    expect(restorer.restoreLine('UY BAN NHAN DAN PHUONG DICH VONG HAU').text).toBe('ỦY BAN NHÂN DÂN PHƯỜNG DỊCH VỌNG HẬU');
    expect(restorer.restoreLine('UBND phuong Dich Vong Hau ban hanh Ke hoach').text).toBe('UBND phường Dịch Vọng Hậu ban hành Kế hoạch');
  });

  it('takes the spelling of a name the corpus knows, even where its last letters are a level word', async () => {
    const restorer = await sharedRestorer();
    // the model alone reads "Đàn Phương"
    expect(restorer.restoreLine('xa Tan Lap, huyen Dan Phuong').text).toBe('xã Tân Lập, huyện Đan Phượng');
    expect(restorer.restoreLine('Quan Long Bien').text).toBe('Quận Long Biên');
  });

  it('leaves words that only look like a level word and a name to the model', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('Theo de nghi cua co quan Trung uong').text).toBe('Theo đề nghị của cơ quan Trung ương');
    // cells of a header joined on one line by a tab: the issuer's level ends its cell
    expect(restorer.restoreLine('UY BAN NHAN DAN QUAN\tCONG HOA XA HOI CHU NGHIA VIET NAM').text).toBe('ỦY BAN NHÂN DÂN QUẬN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(restorer.restoreLine('KE HOACH DAM BAO TRAT TU TREN DIA BAN PHUONG NAM 2024').text).toBe('KẾ HOẠCH ĐẢM BẢO TRẬT TỰ TRÊN ĐỊA BÀN PHƯỜNG NĂM 2024');
  });

  it('never changes a name that has its marks', async () => {
    const restorer = await sharedRestorer();
    for (const line of ['Ủy ban nhân dân phường Dịch Vọng Hầu', 'UBND phường Dịch Vọng Hầu ban hành Kế hoạch', 'ỦY BAN NHÂN DÂN PHƯỜNG DỊCH VỌNG HẦU', 'Dịch Vọng Hầu, ngày 15 tháng 3 năm 2024'])
      expect(restorer.restoreLine(line).text).toBe(line);
  });

  it('leaves the choice to the model when no spelling of the letters dominates', async () => {
    const data = await loadRestoreData();
    const reader = new PlaceNameReader(parsePlaceTable('N\tlong biên\t10\nN\tlong biển\t5\nN\tgia lâm\t9\n'), new CandidateGenerator(data));
    expect(reader.read(['Gia', 'Lam'])!.map((o) => o.map((c) => c.text))).toEqual([['gia'], ['lâm']]);
    expect(reader.read(['Long', 'Bien'])!.map((o) => o.map((c) => c.text).sort())).toEqual([['long'], ['biên', 'biển']]);
    // letters of no name and syllables the table does not know: nothing to say
    expect(reader.read(['Xyz', 'Bien'])).toBeUndefined();
  });
});

describe('mining place names from text with marks', () => {
  it('takes the run of capitalised syllables after a level word, lists included, and no heading in capitals', () => {
    const names = (text: string) => placeNames(text).map((p) => `${p.level}: ${p.name.join(' ')}`);
    expect(names('gồm các xã Tân Lập, Tân Hội và Hồng Hà thuộc huyện Đan Phượng.')).toEqual(['xã: tân lập', 'xã: tân hội', 'xã: hồng hà', 'huyện: đan phượng']);
    expect(names('ỦY BAN NHÂN DÂN PHƯỜNG DỊCH VỌNG HẬU')).toEqual(['phường: dịch vọng hậu']);
    expect(names('tại phường Dịch Vọng Hậu Quận Cầu Giấy; Thành phố Hồ Chí Minh')).toEqual(['phường: dịch vọng hậu', 'quận: cầu giấy', 'thành phố: hồ chí minh']);
    expect(names('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual([]);
    expect(names('TRÊN ĐỊA BÀN PHƯỜNG NĂM 2024')).toEqual([]);
  });
});
