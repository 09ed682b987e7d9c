/**
 * Reading order for side-by-side blocks. Tesseract joins words on one baseline
 * into one line even when they belong to two columns (the header's issuer and the
 * national motto; "Nơi nhận" and the signature block). A line is cut where the
 * gap between two words is far wider than any word space, and a band of such
 * two-sided lines is read column by column: the whole left column, then the right.
 */
import type { OcrLine } from './engine.ts';
import { lineOfWords } from './line.ts';

/** a gap wider than this many line heights separates columns (a justified word space is under one) */
export const COLUMN_GAP_LINE_HEIGHTS = 2;

export function lineHeight(line: OcrLine): number {
  const heights = line.words.map((w) => w.bbox.b - w.bbox.t).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? line.bbox.b - line.bbox.t;
}

/** Cuts a line at gaps wider than two line heights; returns the pieces left to right (one piece when there is none). */
export function splitAtColumnGaps(line: OcrLine): OcrLine[] {
  const words = [...line.words].sort((a, b) => a.bbox.l - b.bbox.l);
  if (words.length < 2) return [line];
  const minGap = lineHeight(line) * COLUMN_GAP_LINE_HEIGHTS;
  const pieces: OcrLine['words'][] = [[words[0]]];
  for (let i = 1; i < words.length; i++) {
    if (words[i].bbox.l - words[i - 1].bbox.r > minGap) pieces.push([words[i]]);
    else pieces[pieces.length - 1].push(words[i]);
  }
  return pieces.length === 1 ? [line] : pieces.map((p) => lineOfWords(line, p));
}

/**
 * Splits two-column lines and reorders each band of them: a band starts at a line
 * that splits in two and runs on while lines split between its columns or lie
 * wholly within one of them (left of where the right column starts, or right of
 * where the left column ends); it is read left column first, then right.
 */
export function orderColumns(lines: OcrLine[]): OcrLine[] {
  const out: OcrLine[] = [];
  interface Band {
    /** right edge of the left column so far */
    leftEnd: number;
    /** left edge of the right column so far */
    rightStart: number;
    left: OcrLine[];
    right: OcrLine[];
  }
  let band: Band | null = null;
  const flush = () => {
    if (band) out.push(...band.left, ...band.right);
    band = null;
  };
  for (const line of lines) {
    const pieces = splitAtColumnGaps(line);
    const current = band as Band | null;
    if (pieces.length === 2) {
      const [left, right] = pieces;
      if (!current || left.bbox.r >= current.rightStart || right.bbox.l <= current.leftEnd) {
        flush();
        band = { leftEnd: left.bbox.r, rightStart: right.bbox.l, left: [left], right: [right] };
      } else {
        current.left.push(left);
        current.right.push(right);
        current.leftEnd = Math.max(current.leftEnd, left.bbox.r);
        current.rightStart = Math.min(current.rightStart, right.bbox.l);
      }
      continue;
    }
    if (pieces.length > 2) {
      // three or more columns on a line: a table row or a form; keep the pieces in order
      flush();
      out.push(...pieces);
      continue;
    }
    if (current && line.bbox.r < current.rightStart) {
      current.left.push(line);
      current.leftEnd = Math.max(current.leftEnd, line.bbox.r);
    } else if (current && line.bbox.l > current.leftEnd) {
      current.right.push(line);
      current.rightStart = Math.min(current.rightStart, line.bbox.l);
    } else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out;
}
