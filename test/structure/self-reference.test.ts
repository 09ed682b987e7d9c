/**
 * A number or date the header lost, read from the plan's own appendix: "(Kèm theo Kế hoạch
 * số 08/KH-HĐTĐKT ngày 25/02/2019)". Inputs: the Gia Lâm fixture's old-OCR text with its
 * header damaged as a blot or a line-end loss would.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureOfText } from './helpers.ts';

const gialam = readFileSync(new URL('../../fixtures/text/gialam-hdtdkt-2019.ocr.txt', import.meta.url), 'utf8');

describe('the header\'s lost number and date, from the appendix that cites the plan', () => {
  it('takes the number the appendix cites when the header lost it, flagged for review', () => {
    const { result } = structureOfText(gialam.replace('So: 08/KH-HDTDKT\n', 'So:\n'));
    expect(result.number).toBe('08/KH-HĐTĐKT');
    expect(result.date).toBe('2019-02-25');
    expect(result.confidence.number).toBe(0.6);
    expect(result.lowConfidence.some((item) => item.path === 'number' && /Kèm theo/.test(item.reason))).toBe(true);
  });

  it('takes the date too when the header lost both', () => {
    const { result } = structureOfText(gialam.replace('So: 08/KH-HDTDKT\n', '').replace('Gia Lam, ngay 25 thang 02 nam 2019', 'Gia Lam,'));
    expect([result.number, result.date]).toEqual(['08/KH-HĐTĐKT', '2019-02-25']);
  });

  it('takes no date from a citation that gives only part of one (a draft\'s "ngày … tháng 02 năm 2019")', () => {
    const draft = gialam.replace('So: 08/KH-HDTDKT\n', '').replace('Gia Lam, ngay 25 thang 02 nam 2019', 'Gia Lam,').replace('ngay 25/02/2019)', 'ngay thang 02 nam 2019)');
    expect([structureOfText(draft).result.number, structureOfText(draft).result.date]).toEqual(['08/KH-HĐTĐKT', null]);
  });

  it('takes the date when the header lost it and the citation gives the header\'s number', () => {
    const { result } = structureOfText(gialam.replace('Gia Lam, ngay 25 thang 02 nam 2019', 'Gia Lam, ngay'));
    expect([result.number, result.date]).toEqual(['08/KH-HĐTĐKT', '2019-02-25']);
  });

  it('keeps what the header printed, and takes nothing from a citation of another plan or another date', () => {
    expect(structureOfText(gialam).result.number).toBe('08/KH-HĐTĐKT');
    const otherDate = gialam.replace('So: 08/KH-HDTDKT\n', '').replace('ngay 25/02/2019)', 'ngay 03/01/2019)');
    expect(structureOfText(otherDate).result.number).toBeNull();
    // the basis cites the city's plan: "Thực hiện Kế hoạch số …" is no citation of this one
    const noAppendix = gialam.replace('So: 08/KH-HDTDKT\n', '').replace('(Kem theo Ke hoach so 08/KH-HDTDKT ngay 25/02/2019)', '');
    expect(structureOfText(noAppendix).result.number).toBeNull();
  });
});
