import { describe, expect, it } from 'vitest';
import { decodeText, textPages } from '../../src/ingest/text.ts';
import { KehoachError } from '../../src/diagnostics/diagnostic.ts';

describe('textPages', () => {
  const text = ' UBND QUAN LONG BIEN\r\n\nKE HOACH\fTrang hai\n';
  const pages = textPages(text);
  it('gives each non-empty line its character range in the file', () => {
    const [first] = pages[0].lines;
    expect(first.text).toBe('UBND QUAN LONG BIEN');
    expect(text.slice(...first.span!)).toBe('UBND QUAN LONG BIEN');
    expect(text.slice(...pages[0].lines[1].span!)).toBe('KE HOACH');
  });
  it('starts a new page at a form feed', () => {
    expect(pages).toHaveLength(2);
    expect(pages[1].lines[0]).toMatchObject({ page: 2, text: 'Trang hai' });
    expect(text.slice(...pages[1].lines[0].span!)).toBe('Trang hai');
  });
});

describe('decodeText', () => {
  it('refuses binary content, naming the file', () => {
    expect(() => decodeText('scan.txt', Buffer.from([0x50, 0x00, 0x01]))).toThrow(KehoachError);
    expect(() => decodeText('scan.txt', Buffer.from([0x50, 0x00, 0x01]))).toThrow(/scan\.txt: file has binary content/);
  });
  it('refuses text in a legacy 8-bit encoding', () => {
    const tcvn3 = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0xb8 : 0x61)));
    expect(() => decodeText('old.txt', tcvn3)).toThrow(/old\.txt: text is not UTF-8/);
  });
  it('returns NFC text without a byte-order mark', () => {
    expect(decodeText('a.txt', Buffer.from('\uFEFFHo\u0300a', 'utf8'))).toBe('Hòa');
  });
});
