import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/structure/date.ts';
import { normalizeNumber, readNumber } from '../../src/structure/number.ts';

describe('dates in the header', () => {
  it('reads a clean date with high confidence', () => {
    expect(readDate('ha noi, ngay 18 thang 11 nam 2025')).toMatchObject({ iso: '2025-11-18' });
    expect(readDate('ha noi, ngay 18 thang 11 nam 2025')!.confidence).toBeGreaterThan(0.9);
  });

  it('reads digits the OCR turned into letters, with a lower confidence and a reason', () => {
    const r = readDate('long bien, ngayo2>£ thdngoj ndm 2021s6: 03 /kh')!;
    expect(r.iso).toBe('2021-01-02');
    expect(r.confidence).toBeLessThan(0.7);
    expect(r.reason).toMatch(/letters/);
  });

  it('reads a number the OCR broke with a space, with a lower confidence', () => {
    const r = readDate('hue, ngay 1 o thang 1 0 nam 2 020')!;
    expect(r.iso).toBe('2020-10-10');
    expect(r.confidence).toBeLessThan(0.7);
    // a full number is not run on into what follows
    expect(readDate('ha noi, ngay 15 thang 3 nam 2019 so 12')!.iso).toBe('2019-03-15');
  });

  it('falls back to a partial reading when the day is lost', () => {
    const r = readDate('gia lam, ngay ** thang 02 nam 2019')!;
    expect(r.iso).toBe('2019-02-01');
    expect(r.reason).toBe('only the month and year of the date could be read');
  });
});

describe('document numbers', () => {
  it('reads a symbol with spaces around its dash, a serial with letters for digits, and a Party committee number', () => {
    expect(readNumber('S6: 12/KH - UBND')?.number).toBe('12/KH-UBND');
    expect(readNumber('So: 17 /KH - HDND')?.number).toBe('17/KH-HĐND');
    expect(readNumber('So: 3S/KH-UBND')?.number).toBe('35/KH-UBND');
    expect(readNumber('Số: 112-KH/TU')?.number).toBe('112-KH/TU');
    expect(readNumber('Số: 12/2021/QĐ-UBND Hà Nội')?.number).toBe('12/2021/QĐ-UBND');
    // the place after the number is no part of it
    expect(readNumber('Số: 45/KH-UBND Hoàng Mai, ngày 18')?.number).toBe('45/KH-UBND');
  });

  it('removes spaces and restores Đ in known agency codes', () => {
    expect(normalizeNumber('03 /KH-HDTDKT')).toBe('03/KH-HĐTĐKT');
    expect(normalizeNumber('12/NQ-HDND')).toBe('12/NQ-HĐND');
    expect(normalizeNumber('112/KH-SGDDT')).toBe('112/KH-SGDĐT');
    expect(normalizeNumber('2623/QĐ-TTg')).toBe('2623/QĐ-TTg');
    expect(normalizeNumber('141/KH-UBND')).toBe('141/KH-UBND');
  });

  it('finds the number behind a misread "Số:" label', () => {
    expect(readNumber('nam 2021S6: 03 /KH-HDTDKT')?.number).toBe('03/KH-HĐTĐKT');
    expect(readNumber('So: 08/KH-HDTDKT')?.number).toBe('08/KH-HĐTĐKT');
  });
});
