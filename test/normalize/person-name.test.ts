import { beforeAll, describe, expect, it } from 'vitest';
import { loadRestoreData } from '../../src/restore/data.ts';
import type { NameTable } from '../../src/restore/person-names.ts';
import { likelierNameSyllable, repairPersonName } from '../../src/normalize/person-name.ts';

let names: NameTable;
beforeAll(async () => {
  names = (await loadRestoreData()).names;
});

describe('a person\'s name with a mark misread', () => {
  it('reads a syllable no person has in its position as the marking of its letters people far more often have', () => {
    expect(repairPersonName('Hồ Thị Nguyên Tháo', names)).toBe('Hồ Thị Nguyên Thảo');
    expect(repairPersonName('Nguyễn Vấn Đề', names)).toBe('Nguyễn Văn Đề'); // Đề is a (rare) given name: kept
    expect(likelierNameSyllable('Loạn', 'G', names)).toBe('Loan');
  });

  it('drops a word a seal left before the surname', () => {
    expect(repairPersonName('Chi Huỳnh Minh Tuấn', names)).toBe('Huỳnh Minh Tuấn');
    expect(repairPersonName('Anh Nguyễn Thành Điệu', names)).toBe('Nguyễn Thành Điệu');
    expect(repairPersonName('Hồ Thị Nguyên Thảo', names)).toBe('Hồ Thị Nguyên Thảo');
    expect(repairPersonName('Tôn Nữ Thị Ninh', names)).toBe('Tôn Nữ Thị Ninh');
  });

  it('keeps names whose syllables people have, and what is no name', () => {
    for (const name of ['Phùng Thành Vinh', 'Trần Thị Diệu Thúy', 'Tạ Quang Đông', 'Đào Mỹ', 'Nguyễn Văn Đệ']) expect(repairPersonName(name, names)).toBe(name);
    expect(repairPersonName(null, names)).toBeNull();
    expect(repairPersonName('Hùng', names)).toBe('Hùng');
  });
});
