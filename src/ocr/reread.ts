/**
 * Unsure lines read again, alone. Tesseract's page pass (PSM 3) reads a short line or a
 * line of capitals badly now and then, with a low confidence: "Thành phố;" on its own
 * under a recipient item came back as "dhãnh phối" (0.63), "- CT, PCT UBND TP" as "-ÔI,
 * PCTUBNDTP". Cut out alone, with a margin of paper round it and read as one line (PSM 7),
 * the same pixels read right and sure. Which margin reads best varies with the line (a
 * neighbour's ascenders leak into a tall one), so three margins are tried and the surest
 * reading wins, and only when it is clearly surer than the page pass's.
 */
import type { BBox } from '../model/geometry.ts';
import { splitAtColumnGaps } from './columns.ts';
import { meanConfidence } from './confidence.ts';
import { withWords, withWordsReadAgain } from './line.ts';
import type { OcrEngine, OcrLine } from './engine.ts';
import { isSyllableShape } from '../restore/syllable-shape.ts';

/** A line with a word under this confidence is read again. */
const UNSURE_WORD = 0.7;
/** Margins round the line, as shares of its height: left and right; above and below (kept off the neighbouring lines). */
const MARGINS: ReadonlyArray<{ side: number; band: number }> = [
  { side: 0.1, band: 0.1 },
  { side: 0.3, band: 0.15 },
  { side: 0.6, band: 0.35 },
];
/** The re-reading is taken when its mean word confidence beats the page pass's by this much … */
const GAIN = 0.05;
/** … and it kept this share of the line's letters (a margin that cut a word off reads surer but less). */
const KEPT_LETTERS = 0.8;
/** Lines lower than this (specks, rules' edges) are not worth a second pass. */
const MIN_HEIGHT = 12;

export interface ImageSize {
  width: number;
  height: number;
}

export const letters = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;

/**
 * A word that could be printed in a plan: punctuation, a number, a code in plain capitals
 * ("NN&MT", "VI"), or letters that make a Vietnamese syllable. "dhãnh" is none of these.
 */
export function isWellFormed(word: string): boolean {
  const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (!core || /\p{N}/u.test(core) || /^[A-ZĐ&]+$/u.test(core)) return true;
  // "b/c", "KH-UBND": each part a letter, a code or a syllable
  return core.split(/[-/]/).every((part) => [...part].length <= 1 || /^[A-ZĐ&]+$/u.test(part) || isSyllableShape(part.toLowerCase()));
}

export const malformed = (words: OcrLine['words']) => words.filter((w) => !isWellFormed(w.text)).length;

/** A line worth a second reading: an unsure word on it that is no syllable, number or code. */
export function isUnsure(line: OcrLine): boolean {
  return line.bbox.b - line.bbox.t >= MIN_HEIGHT && line.words.some((w) => w.confidence < UNSURE_WORD && !isWellFormed(w.text));
}

/**
 * The rectangle to read a line in: its box widened by the margin, but above and below
 * never past halfway to a line that shares its columns (that line's ink would be read too).
 */
export function lineWindow(line: OcrLine, others: readonly OcrLine[], size: ImageSize, margin: { side: number; band: number }): BBox {
  const height = line.bbox.b - line.bbox.t;
  let top = line.bbox.t - height * margin.band;
  let bottom = line.bbox.b + height * margin.band;
  for (const other of others) {
    if (other === line || other.bbox.r <= line.bbox.l || other.bbox.l >= line.bbox.r) continue;
    if (other.bbox.b <= line.bbox.t) top = Math.max(top, (other.bbox.b + line.bbox.t) / 2);
    else if (other.bbox.t >= line.bbox.b) bottom = Math.min(bottom, (line.bbox.b + other.bbox.t) / 2);
  }
  const l = Math.max(0, Math.round(line.bbox.l - height * margin.side));
  const r = Math.min(size.width, Math.round(line.bbox.r + height * margin.side));
  const t = Math.max(0, Math.round(top));
  const b = Math.min(size.height, Math.round(bottom));
  return { l, t, r, b };
}

/**
 * The line read alone as one line (PSM 7) in each of the three windows: the words of each
 * reading, in page coordinates (none for a window too small or a reading without words).
 */
export async function readAlone(line: OcrLine, others: readonly OcrLine[], image: Buffer, size: ImageSize, engine: OcrEngine): Promise<Array<OcrLine['words']>> {
  const readings = await Promise.all(
    MARGINS.map(async (margin) => {
      const box = lineWindow(line, others, size, margin);
      if (box.r - box.l < 4 || box.b - box.t < 4) return [];
      return (await engine.recognize(image, { psm: 'line', rectangle: { left: box.l, top: box.t, width: box.r - box.l, height: box.b - box.t } })).words;
    }),
  );
  return readings.filter((words) => words.length > 0);
}

/** The better of the line as read on the page and its best re-reading (its words in page coordinates). */
async function rereadLine(line: OcrLine, others: readonly OcrLine[], image: Buffer, size: ImageSize, engine: OcrEngine): Promise<OcrLine> {
  const readings = await readAlone(line, others, image, size, engine);
  const own = meanConfidence(line.words);
  let best: OcrLine['words'] | null = null;
  for (const words of readings) {
    const text = words.map((w) => w.text).join(' ');
    if (letters(text) < letters(line.text) * KEPT_LETTERS) continue;
    if (meanConfidence(words) < own + GAIN || malformed(words) >= malformed(line.words)) continue;
    if (!best || meanConfidence(words) > meanConfidence(best)) best = words;
  }
  if (!best) return line;
  const words = best.map((w) => ({ ...w, line: line.words[0]?.line ?? w.line }));
  return { ...withWords(line, words), confidence: meanConfidence(words) };
}

/**
 * Every unsure line of a page read again alone; the others as they are. A line tesseract
 * ran across two columns ("Thành phố;" of the recipients and the signer's name) is read
 * piece by piece, each column's piece on its own.
 */
export async function rereadUnsureLines(lines: OcrLine[], image: Buffer, size: ImageSize, engine: OcrEngine): Promise<OcrLine[]> {
  const pieced = lines.map((line) => splitAtColumnGaps(line));
  const allPieces = pieced.flat();
  return Promise.all(
    lines.map(async (line, i) => {
      const pieces = pieced[i];
      if (!pieces.some(isUnsure)) return line;
      const read = await Promise.all(pieces.map((piece) => (isUnsure(piece) ? rereadLine(piece, allPieces, image, size, engine) : piece)));
      if (read.every((piece, k) => piece === pieces[k])) return line;
      return withWordsReadAgain(line, read.flatMap((piece) => piece.words));
    }),
  );
}
