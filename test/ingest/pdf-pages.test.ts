import { describe, expect, it } from 'vitest';
import { decidePdfPage, textItemsToLines } from '../../src/ingest/pdf.ts';
import { ingest } from '../../src/ingest/index.ts';

describe('decidePdfPage', () => {
  it('reads a page with a Vietnamese text layer as text', () => {
    expect(decidePdfPage('Thực hiện Kế hoạch số 03/KH-UBND ngày 10/12/2020 của Ủy ban nhân dân thành phố về công tác thi đua, khen thưởng năm 2021')).toBe('text');
  });
  it('OCRs a page whose text layer an old OCR left without diacritics', () => {
    expect(decidePdfPage('Thuc hien Ke hoach so 03/KH-UBND ngay 10/12/2020 cua Uy ban nhan dan thanh pho ve cong tac thi dua, khen thuong nam 2021')).toBe('stripped-text');
  });
  it('treats a page with a few stray characters as a scan', () => {
    expect(decidePdfPage(' 3 ')).toBe('scan');
  });
  it('keeps an English text layer as text (it is not stripped Vietnamese)', () => {
    expect(decidePdfPage('This letter confirms the meeting schedule for the committee and lists the attendees of the session.')).toBe('text');
  });
});

describe('textItemsToLines', () => {
  const item = (str: string, x: number, y: number, width: number) => ({ str, transform: [12, 0, 0, 12, x, y], width, height: 12 });
  it('groups items on one baseline into a line and places it in 300-dpi pixels, top-left origin', () => {
    const lines = textItemsToLines([item('Số: 03/KH-UBND', 72, 780, 90), item('Kế hoạch', 72, 700, 50)], 1, 842, 300);
    expect(lines.map((l) => l.text)).toEqual(['Số: 03/KH-UBND', 'Kế hoạch']);
    expect(lines[0].bbox!.l).toBe(300);
    expect(lines[0].bbox!.t).toBeLessThan(lines[1].bbox!.t);
    expect(lines[0].words!.map((w) => w.text)).toEqual(['Số:', '03/KH-UBND']);
  });
  it('keeps the two header columns on one baseline as separate lines', () => {
    const lines = textItemsToLines([item('ỦY BAN NHÂN DÂN', 60, 800, 110), item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 800, 240)], 1, 842, 300);
    expect(lines.map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });
});

describe('text-layer pages that hold a ruled table', () => {
  it('are rendered for their rules, and pages of text are not', async () => {
    const rendered = async (file: string) => (await ingest([file])).pages.filter((p) => p.layoutImage).map((p) => p.number);
    // the Hoàng Mai plan's table runs over pages 3 and 4; the Hà Tĩnh plan has none
    expect(await rendered('fixtures/pdf/hoangmai-cchc-2021-text.pdf')).toEqual([3, 4]);
    expect(await rendered('fixtures/pdf/hatinh-bcd-2025-text.pdf')).toEqual([]);
  });
});
