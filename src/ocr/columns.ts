/**
 * Reading order for side-by-side blocks. Tesseract joins words on one baseline
 * into one line even when they belong to two columns (the header's issuer and the
 * national motto; "Nơi nhận" and the signature block). A line is cut where the
 * gap between two words is far wider than any word space, and a band of such
 * two-sided lines is read column by column: the whole left column, then the right.
 */
import type { OcrLine } from './engine.ts';
import { unionBBox } from '../model/geometry.ts';

/** a gap wider than this many line heights separates columns (a justified word space is under one) */
const COLUMN_GAP_LINE_HEIGHTS = 2;

function lineHeight(line: OcrLine): number {
  const heights = line.words.map((w) => w.bbox.b - w.bbox.t).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? line.bbox.b - line.bbox.t;
}

function segmentOf(line: OcrLine, words: OcrLine['words']): OcrLine {
  return {
    text: words.map((w) => w.text).join(' '),
    bbox: unionBBox(words.map((w) => w.bbox))!,
    confidence: words.reduce((s, w) => s + w.confidence, 0) / words.length,
    block: line.block,
    words,
  };
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
  return pieces.length === 1 ? [line] : pieces.map((p) => segmentOf(line, p));
}

/**
 * Splits two-column lines and reorders each band of them: a band starts at a line
 * that splits in two and runs on while lines split at about the same place or lie
 * wholly on one side of it; it is read left column first, then right.
 */
export function orderColumns(lines: OcrLine[]): OcrLine[] {
  const out: OcrLine[] = [];
  let band: { splitX: number; left: OcrLine[]; right: OcrLine[] } | null = null;
  const flush = () => {
    if (band) out.push(...band.left, ...band.right);
    band = null;
  };
  for (const line of lines) {
    const pieces = splitAtColumnGaps(line);
    if (pieces.length === 2) {
      const splitX = (pieces[0].bbox.r + pieces[1].bbox.l) / 2;
      const tolerance = (pieces[1].bbox.l - pieces[0].bbox.r) / 2;
      if (!band || Math.abs(band.splitX - splitX) > Math.max(tolerance, lineHeight(line) * 4)) {
        flush();
        band = { splitX, left: [], right: [] };
      }
      band.left.push(pieces[0]);
      band.right.push(pieces[1]);
      continue;
    }
    if (pieces.length > 2) {
      // three or more columns on a line: a table row or a form; keep the pieces in order
      flush();
      out.push(...pieces);
      continue;
    }
    const current = band as { splitX: number; left: OcrLine[]; right: OcrLine[] } | null;
    if (current && line.bbox.r < current.splitX) current.left.push(line);
    else if (current && line.bbox.l > current.splitX) current.right.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out;
}
