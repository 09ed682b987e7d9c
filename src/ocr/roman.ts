/**
 * Roman heading numbers re-read from the image. Tesseract's LSTM reads bold serif
 * "II." as "H." and "III." as "II.": adjacent I's touch at their serifs and the
 * model sees one wider letter. When a line opens with a token that could only be
 * I-strokes and a period, we count the strokes ourselves: ink columns in the
 * middle band of the glyphs (where serifs do not reach), each run one "I".
 */
import sharp from 'sharp';
import type { Word } from '../model/document.ts';

/** tokens tesseract makes of "I", "II", "III" (H: two I's joined at the serifs); not "1.", an arabic heading */
const I_STROKES_TOKEN = /^[IlH|]{1,4}[.,]$/;

export function looksLikeIStrokes(text: string): boolean {
  return I_STROKES_TOKEN.test(text);
}

/** Number of separate vertical strokes in the middle band of a word's box (its final period excluded). */
export async function countStrokes(image: Buffer, word: Word): Promise<number> {
  const width = word.bbox.r - word.bbox.l;
  const height = word.bbox.b - word.bbox.t;
  if (width < 4 || height < 8) return 0;
  // the middle band: above the period, below and above the serifs
  const top = Math.round(word.bbox.t + height * 0.35);
  const bandHeight = Math.max(2, Math.round(height * 0.3));
  const { data, info } = await sharp(image).extract({ left: Math.max(0, word.bbox.l), top, width, height: bandHeight }).greyscale().raw().toBuffer({ resolveWithObject: true });
  const inked: boolean[] = [];
  for (let x = 0; x < info.width; x++) {
    let dark = 0;
    for (let y = 0; y < info.height; y++) if (data[y * info.width + x] < 128) dark++;
    inked.push(dark >= info.height * 0.6);
  }
  let strokes = 0;
  for (let x = 0; x < inked.length; x++) if (inked[x] && !inked[x - 1]) strokes++;
  return strokes;
}

/**
 * The roman number a line-opening token stands for, re-read from the image:
 * "H." with two strokes → "II.", "II." with three → "III.". Null when the token is
 * not I-strokes or the count is implausible (then the OCR reading stands).
 */
export async function rereadRomanNumber(image: Buffer, word: Word): Promise<string | null> {
  if (!looksLikeIStrokes(word.text)) return null;
  const strokes = await countStrokes(image, word);
  if (strokes < 1 || strokes > 3) return null;
  const reread = `${'I'.repeat(strokes)}${word.text.slice(-1)}`;
  return reread === word.text ? null : reread;
}

/** Roman numbers 1–39 as printed in plans ("XIII", "XIV", "VIII"). */
const ROMAN_NUMBER = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
/** A roman number ending in I's, inside a line, with its punctuation. */
const ROMAN_WORD = /^([XVI]*I)([.,;:)]*)$/;

/**
 * A roman number inside a line ("lần thứ XIII", "khóa XV") re-read from the image when
 * it lost an I: tesseract reads "XIII" as "XII" in regular type too. In the middle band
 * an X and an I are one stroke each and a V two; a word with one stroke more than its
 * reading is its reading with one more I, when that is a roman number. Null otherwise.
 */
export async function rereadRomanWord(image: Buffer, word: Word): Promise<string | null> {
  const joined = JOINED_I_WORD.exec(word.text);
  if (joined) return rereadJoinedIs(image, word, joined[1], joined[2]);
  const m = ROMAN_WORD.exec(word.text);
  if (!m || m[1].length < 2 || !ROMAN_NUMBER.test(m[1]) || !ROMAN_NUMBER.test(`${m[1]}I`)) return null;
  const strokes = await countStrokes(image, word);
  return strokes === romanStrokes(m[1]) + 1 ? `${m[1]}I${m[2]}` : null;
}

/** A roman number with an X or V whose joined I's were read "H" ("XIH" for XIII in bold type). */
const JOINED_I_WORD = /^((?=[XVIH]*[XV])(?=[XVIH]*H)[XVIH]+)([.,;:)]*)$/;

/** "XIH" → "XIII": each H two I's, when the strokes in the middle band count so and it makes a roman number. */
async function rereadJoinedIs(image: Buffer, word: Word, letters: string, punctuation: string): Promise<string | null> {
  const reading = letters.replace(/H/g, 'II');
  if (!ROMAN_NUMBER.test(reading)) return null;
  return (await countStrokes(image, word)) === romanStrokes(reading) ? `${reading}${punctuation}` : null;
}

/** The upright strokes a roman number shows in the middle band: a V two, an I or X one. */
function romanStrokes(roman: string): number {
  return [...roman].reduce((n, ch) => n + (ch === 'V' ? 2 : 1), 0);
}
