import { describe, expect, it } from 'vitest';
import { sharedRestorer } from './helpers.ts';

/** Small deterministic PRNG so the random lines are the same on every run. */
function prng(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const PIECES = [
  'thuc', 'hien', 'ciia', 'dugc', 'ngudi', 'KE', 'HOACH', '03/KH-HDTDKT', '2021;', '“Ky', 'cuong”,', '-', '...', 'UBND',
  'd6ng', 'N0I', 'the', 'of', 'Committee', 'ngayo2>£', 'dua-khen', '(', ')', 'Đảng', 'bộ', 'xã', 'f', 'd', '£', '1.1.',
  'Hà', 'Nội', 'tarn', 'Ion', 'trpng', '@', '–', 'hoà', 'thuỷ', 'x', 'qua', 'gi', 'I.', 'II.', 'năm', '15/12',
];

describe('the token invariant', () => {
  it('keeps the number, order and spacing of whitespace-separated tokens on random lines', async () => {
    const restorer = await sharedRestorer();
    const random = prng(42);
    const lines = Array.from({ length: 300 }, () => {
      const n = 1 + Math.floor(random() * 14);
      let line = random() < 0.2 ? '  ' : '';
      for (let i = 0; i < n; i++) line += PIECES[Math.floor(random() * PIECES.length)] + (random() < 0.1 ? '\t ' : ' ');
      return random() < 0.5 ? line.trimEnd() : line;
    });
    const restored = restorer.restoreLines(lines);
    expect(restored).toHaveLength(lines.length);
    restored.forEach((r, i) => {
      const spaces = (s: string) => s.match(/\s+/g) ?? [];
      expect(r.original).toBe(lines[i]);
      expect(r.text.split(/\s+/).length).toBe(lines[i].split(/\s+/).length);
      expect(spaces(r.text)).toEqual(spaces(lines[i]));
    });
  });

  it('lists each syllable token with its offset in the restored line and a confidence', async () => {
    const restorer = await sharedRestorer();
    const line = restorer.restoreLine('  Thirc hien ke hoach 03/KH-HDTDKT, nam 2021');
    expect(line.tokens.map((t) => t.original)).toEqual(['Thirc', 'hien', 'ke', 'hoach', '03/KH-HDTDKT,', 'nam']);
    for (const t of line.tokens) {
      expect(line.text.slice(t.offset, t.offset + t.text.length)).toBe(t.text);
      expect(t.confidence).toBeGreaterThanOrEqual(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      expect(t.alternatives).not.toContain(t.text);
    }
  });

  it('keeps empty lines and blank text', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreText('\n  \nKE HOACH\n')).toBe('\n  \nKẾ HOẠCH\n');
  });
});
