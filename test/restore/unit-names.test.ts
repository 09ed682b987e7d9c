import { describe, expect, it } from 'vitest';
import { sharedRestorer } from './helpers.ts';
import { restoreTaskPhrases, restoreUnitWords } from '../../src/restore/stage.ts';
import type { Task } from '../../src/model/plan.ts';

describe("a unit's name restored as a phrase", () => {
  it('ends in the administrative level, not the commoner word of the same letters', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreUnitName!('Van phong - Thong ke phuong').text).toBe('Văn phòng - Thống kê phường');
    expect(restorer.restoreUnitName!('Ban Chi dao ve sinh moi truong phuong.').text).toBe('Ban Chỉ đạo vệ sinh môi trường phường.');
    expect(restorer.restoreUnitName!('Hoi dong TBKT quan').text).toBe('Hội đồng TĐKT quận');
    // letters two misreadings make a word ("trirang": ir → ư, a → ơ) are garbled in a name, not kept
    expect(restorer.restoreUnitName!('cac trirang').text).toBe('các trường');
  });

  it('keeps the words that do end a name, and the level only at the end', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreUnitName!('Cac dia phuong').text).toBe('Các địa phương');
    expect(restorer.restoreUnitName!('Cac co quan').text).toBe('Các cơ quan');
    expect(restorer.restoreUnitName!('Cac don vi hiep quan').text).toBe('Các đơn vị hiệp quản');
    expect(restorer.restoreUnitName!('Phuong an').text).toBe('Phương án');
  });

  it('is what restoreTaskPhrases uses for implementer, coordinators and supervisor', async () => {
    const restorer = await sharedRestorer();
    const task = { content: 'Tong ve sinh', implementer: ['Van phong - Thong ke phuong'], coordinators: ['Cong an phuong'], supervisor: [], lead: null, product: null } as unknown as Task;
    const out = restoreTaskPhrases(task, restorer);
    expect(out.implementer).toEqual(['Văn phòng - Thống kê phường']);
    expect(out.coordinators).toEqual(['Công an phường']);
  });
});

describe('syllables an OCR glued together, in a task value', () => {
  it('parts letters that are no syllable into two that are, and leaves garbled single syllables whole', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.splitGlued!('Thi dua “An todn thircpham”;')).toBe('Thi dua “An todn thirc pham”;');
    expect(restorer.splitGlued!('hoi nhdp vdphat trien')).toBe('hoi nhdp vd phat trien');
    // garbled, not glued: one syllable through misreadings ("phirang" → phường), a name in capitals, a word as it is
    expect(restorer.splitGlued!('cac phirang, Facebook, website, truong')).toBe('cac phirang, Facebook, website, truong');
  });

  it('restores the parted syllables with the task phrase (d read for à, ậ)', async () => {
    const restorer = await sharedRestorer();
    const task = { content: 'Thi dua “An todn thircpham”;', implementer: [], coordinators: [], supervisor: [], lead: null, product: null } as unknown as Task;
    expect(restoreTaskPhrases(task, restorer).content).toBe('Thi đua “An toàn thực phẩm”;');
    expect(restorer.restoreLine('hoi nhdp vd phat trien').text).toBe('hội nhập và phát triển');
  });
});

describe('an item of a list in stripped text ("…;")', () => {
  it('ends in a level when its letters allow, and keeps the words that end so', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('- Nganh giao duc &dao tao Quan;').text).toBe('- Ngành giáo dục &đào tạo Quận;');
    expect(restorer.restoreLine('- Cac don vi hiep quan;').text).toBe('- Các đơn vị hiệp quản;');
    expect(restorer.restoreLine('- Cac co quan, dia phuong;').text).toBe('- Các cơ quan, địa phương;');
  });
});

describe('a task value restored as a phrase', () => {
  it('reads letters two cheap misreadings make a syllable instead of keeping them', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restorePhrase!('Phoi hop voi cac trirang hoc').text).toBe('Phối hợp với các trường học');
  });
});

describe('restoreUnitWords: level and office words of short list items without marks', () => {
  // recipients of real plans (Đắk Lắk, Nghệ An, HCM City, Đồng Tháp) as the restorer left them from stripped text
  const cases: Array<[string, string]> = [
    ['UBMTTQVN tính và Hội, đoàn thể tỉnh;', 'UBMTTQVN tỉnh và Hội, đoàn thể tỉnh;'],
    ['CA tính, BCHQS tỉnh;', 'CA tỉnh, BCHQS tỉnh;'],
    ['Cổng Thông tin điện tử tính;', 'Cổng Thông tin điện tử tỉnh;'],
    ['Thường trực Thành úy;', 'Thường trực Thành ủy;'],
    ['Chánh VP, Phố CVP (NC) UBND tỉnh;', 'Chánh VP, Phó CVP (NC) UBND tỉnh;'],
    ['Chanh, các PCVP UBND tỉnh;', 'Chánh, các PCVP UBND tỉnh;'],
    ['Số: NN&MT, TC, VH,TT&DL, GD&ĐT;', 'Sở: NN&MT, TC, VH,TT&DL, GD&ĐT;'],
    // a harsh copy's tesseract reading (HCM City, Cần Thơ)
    ['Các sở, ban, ngành, đoàn thể Thanh phối...', 'Các sở, ban, ngành, đoàn thể Thành phối...'],
    ['Phòng GDĐT các huyện, thanh phố;', 'Phòng GDĐT các huyện, thành phố;'],
    ['Cống Thông tin điện tử thành phố;', 'Cổng Thông tin điện tử thành phố;'],
    ['Ban Thí đua - Khen thưởng Trung ương (b/c);', 'Ban Thi đua - Khen thưởng Trung ương (b/c);'],
  ];
  for (const [input, want] of cases) it(`${input} → ${want}`, () => expect(restoreUnitWords(input)).toBe(want));

  it('leaves words that are not a unit\'s level or office as they are', () => {
    for (const text of ['Công tác tính toán;', 'Phố Trần Thái Tông', 'Số: 03/KH-UBND', 'Thành ủy;', 'Nguyễn Thị Thanh Phố', 'Thanh tra thành phố', 'Cống thoát nước']) expect(restoreUnitWords(text)).toBe(text);
  });
});
