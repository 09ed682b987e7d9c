import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/model/plan.ts';
import { fixProvince, repairUnitNames } from '../../src/normalize/unit-repair.ts';

const task = (id: string, implementer: string[], coordinators: string[] = []): Task => ({
  id, groupTitle: null, no: null, sub: null, lead: null, content: 'Tổ chức thực hiện', implementer, coordinators, supervisor: [],
  deadlineText: null, due: null, recurrence: null, product: null, source: { kind: 'prose', section: id },
});

// unit names as the old-OCR text of 2623/QĐ-TTg and 0129/KH-UBND Đắk Lắk came out of restoration
describe('repairUnitNames: unit names put right from the names the same plan prints', () => {
  it('completes a name an OCR cut at the line end from the one the plan prints in full', () => {
    const tasks = repairUnitNames([task('II.1', ['Bộ Công an', 'Bộ Tư pháp']), task('II.7', ['Bộ Công']), task('II.8', ['Bộ Công'], ['Sở Nội'])], ['Sở Nội vụ;', 'Lưu: VT.']);
    expect(tasks.map((t) => t.implementer)).toEqual([['Bộ Công an', 'Bộ Tư pháp'], ['Bộ Công an'], ['Bộ Công an']]);
    expect(tasks[2].coordinators).toEqual(['Sở Nội vụ']);
    expect(tasks[1].canonical?.implementer).toEqual(['Bộ Công an']);
  });

  it('reads a unit ending in "tính" as ending in its level "tỉnh" (an OCR\'s and the restorer\'s slip)', () => {
    expect(repairUnitNames([task('IV.8', ['Bộ Chỉ huy Quân sự tính'], ['Công an tĩnh'])]).map((t) => [t.implementer, t.coordinators])).toEqual([[['Bộ Chỉ huy Quân sự tỉnh'], ['Công an tỉnh']]]);
  });

  it('spells a province at the end of a unit\'s name as the province is spelled', () => {
    expect(repairUnitNames([task('IV.12', ['Công ty Điện lực Dak Lak'])])[0].implementer).toEqual(['Công ty Điện lực Đắk Lắk']);
  });

  it('leaves names that end where names end, and collectives, as they are', () => {
    const tasks = [
      task('1', ['Ủy ban nhân dân xã, phường']),
      task('2', ['Ủy ban nhân dân xã, phường, đặc khu']),
      task('3', ['Các sở, ban, ngành']),
      task('4', ['Các sở, ban, ngành cấp tỉnh']),
      task('5', ['Sở Tài chính']),
    ];
    expect(repairUnitNames(tasks)).toEqual(tasks);
  });

  it('does not guess between two longer names', () => {
    const tasks = [task('1', ['Sở Khoa học và Công']), task('2', ['Sở Khoa học và Công nghệ']), task('3', ['Sở Khoa học và Công Thương'])];
    expect(repairUnitNames(tasks)[0].implementer).toEqual(['Sở Khoa học và Công']);
  });
});

describe('fixProvince: a recipient or unit ending in a province', () => {
  it('spells the province and keeps what closes the item', () => {
    expect(fixProvince('Báo và Phát thanh, Truyền hình Dak Lak;')).toBe('Báo và Phát thanh, Truyền hình Đắk Lắk;');
    expect(fixProvince('UBND tỉnh Ha Tinh (b/c);')).toBe('UBND tỉnh Hà Tĩnh (b/c);');
    expect(fixProvince('Sở Nội vụ;')).toBe('Sở Nội vụ;');
  });
});
