/**
 * Words the page pass dropped. Tesseract's page pass (PSM 3) now and then leaves a short
 * word out of a line it otherwise reads well: "- VPUBND TP (2C, 3C);" came back as
 * "VPUBND (2G, 3O);", with a gap of two word heights where "TP" is printed. A gap between
 * two words far wider than a space, with a word's worth of ink in it, holds such a word:
 * the stretch of the line round it (up to the gaps of paper that part columns) is read
 * again alone, as reread.ts reads an unsure line, and the reading is taken when it has a
 * sure, well-formed word in the gap and keeps what the page pass read.
 */
import { COLUMN_GAP_LINE_HEIGHTS, lineHeight } from './columns.ts';
import { meanConfidence } from './confidence.ts';
import type { OcrEngine, OcrLine } from './engine.ts';
import { lineOfWords, withWordsReadAgain } from './line.ts';
import { inkedColumns, type Grey } from './page-grey.ts';
import { isWellFormed, letters, malformed, readAlone, type ImageSize } from './reread.ts';

type Word = OcrLine['words'][number];

/** A gap this wide (in word heights) is more than any space, a justified line's too. */
const WIDE_GAP = 1.2;
/** Columns of ink over this share of a word height make a word (a table's rule is a few pixels wide). */
const WORD_INK = 0.4;
/** Paper kept off the words either side of the gap, in word heights (their edges' grey). */
const EDGE = 0.1;
/** A word read in the gap must be this sure … */
const SURE_WORD = 0.8;
/** … and the whole re-reading no less sure than the page pass's by more than this. */
const CONFIDENCE_SLACK = 0.05;

interface Gap {
  /** index of the word before the gap, in the line's words sorted left to right */
  after: number;
  l: number;
  r: number;
  inked: boolean;
}

/** The gaps of a line wider than a space, and whether ink lies in each. */
export function wideGaps(words: readonly Word[], height: number, grey: Grey): Gap[] {
  const gaps: Gap[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i].bbox, words[i + 1].bbox];
    if (b.l - a.r < WIDE_GAP * height) continue;
    const inside = { l: Math.round(a.r + EDGE * height), r: Math.round(b.l - EDGE * height), t: Math.min(a.t, b.t), b: Math.max(a.b, b.b) };
    gaps.push({ after: i, l: a.r, r: b.l, inked: inkedColumns(grey, inside) >= WORD_INK * height });
  }
  return gaps;
}

const centre = (w: Word) => (w.bbox.l + w.bbox.r) / 2;

/** The stretch's best re-reading that fills an inked gap, or null. */
function fillingReading(stretch: readonly Word[], gaps: readonly Gap[], readings: ReadonlyArray<readonly Word[]>): readonly Word[] | null {
  const own = meanConfidence(stretch);
  const ownLetters = letters(stretch.map((w) => w.text).join(' '));
  let best: readonly Word[] | null = null;
  for (const words of readings) {
    const fills = gaps.some((gap) => words.some((w) => centre(w) > gap.l && centre(w) < gap.r && w.confidence >= SURE_WORD && isWellFormed(w.text)));
    if (!fills || letters(words.map((w) => w.text).join(' ')) < ownLetters) continue;
    if (malformed([...words]) > malformed([...stretch]) || meanConfidence(words) < own - CONFIDENCE_SLACK) continue;
    if (!best || meanConfidence(words) > meanConfidence(best)) best = words;
  }
  return best;
}

/** A line with its dropped words read back in, or the line as it was. */
async function readDroppedWords(line: OcrLine, lines: readonly OcrLine[], image: Buffer, size: ImageSize, engine: OcrEngine, grey: Grey): Promise<OcrLine> {
  const words = [...line.words].sort((a, b) => a.bbox.l - b.bbox.l);
  const height = lineHeight(line);
  const gaps = wideGaps(words, height, grey);
  if (!gaps.some((gap) => gap.inked)) return line;
  // stretches: the runs of words between paper gaps as wide as a column gap
  const cuts = gaps.filter((gap) => !gap.inked && gap.r - gap.l > COLUMN_GAP_LINE_HEIGHTS * height).map((gap) => gap.after);
  const stretches: Array<{ from: number; to: number }> = [];
  let from = 0;
  for (const cut of [...cuts, words.length - 1]) {
    stretches.push({ from, to: cut });
    from = cut + 1;
  }
  let out = words;
  for (const { from: first, to: last } of stretches) {
    const inked = gaps.filter((gap) => gap.inked && gap.after >= first && gap.after < last);
    if (inked.length === 0) continue;
    const stretch = words.slice(first, last + 1);
    const reading = fillingReading(stretch, inked, await readAlone(lineOfWords(line, stretch), lines, image, size, engine));
    if (!reading) continue;
    const lineIndex = stretch[0].line;
    out = [...out.filter((w) => !stretch.includes(w)), ...reading.map((w) => ({ ...w, line: lineIndex }))].sort((a, b) => a.bbox.l - b.bbox.l);
  }
  if (out === words) return line;
  return withWordsReadAgain(line, out);
}

/** Every line of a page with a gap that holds ink read again there; the others as they are. */
export async function readDroppedWordsOfPage(lines: OcrLine[], image: Buffer, size: ImageSize, engine: OcrEngine, grey: Grey): Promise<OcrLine[]> {
  return Promise.all(lines.map((line) => (line.words.length < 2 ? line : readDroppedWords(line, lines, image, size, engine, grey))));
}
