/**
 * Words the page pass glued where a space was printed: after a comma or a stop ("Lưu:
 * VT,NC." for "VT, NC."; "CT.08KH" for "CT. 08 KH"), or between a number and a word.
 * Times sets these spaces narrow and tesseract drops them now and then. Whether a space
 * was printed is in the image: a column of paper there as wide as a space, not the sliver
 * between characters set tight ("VH,TT&DL" and "1A", printed so, stay one word).
 */
import type { OcrLine } from './engine.ts';
import { withWords } from './line.ts';
import { columnHasInk, pageGrey, type Grey } from './page-grey.ts';

/** A gap this wide (share of the word's height) is a space; characters set tight leave a third of it. */
const SPACE_SHARE = 0.17;
/** Between a number and a word no punctuation narrows the gap: a space there is wider ("1SO" for ISO, I and S set close, stays). */
const NUMBER_SPACE_SHARE = 0.28;
type Word = OcrLine['words'][number];

/** The paper columns inside a box: [start, end) runs of columns with no ink between its top and bottom. */
function paperRuns(grey: Grey, box: Word['bbox']): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let x = Math.max(0, box.l); x <= Math.min(grey.width, box.r); x++) {
    // (the box's right edge closes an open run)
    const inked = x === Math.min(grey.width, box.r) || columnHasInk(grey, x, box.t, box.b);
    if (!inked && start < 0) start = x;
    if (inked && start >= 0) {
      runs.push([start, x]);
      start = -1;
    }
  }
  return runs;
}

/** Whether a space may have been lost after `chars[i]`: punctuation before a letter or number (not inside a decimal), or a number meeting a word. */
function mayBreakAfter(chars: readonly string[], i: number): boolean {
  const [before, here, after] = [chars[i - 1] ?? '', chars[i], chars[i + 1] ?? ''];
  const letter = (c: string) => /\p{L}/u.test(c);
  const digit = (c: string) => /\p{N}/u.test(c);
  if (/[,;.]/.test(here)) return (letter(before) && (letter(after) || digit(after))) || (digit(before) && letter(after));
  // a number against a word of two letters or more ("08KH"); one letter is the number's own ("V-10b", "1A")
  return (digit(here) && letter(after) && letter(chars[i + 2] ?? '')) || (letter(here) && letter(before) && digit(after));
}

/** A word with a place where a space may have been lost: the only words worth a look at the image. */
function mayBeGlued(text: string): boolean {
  const chars = [...text];
  return chars.some((_, i) => i < chars.length - 1 && mayBreakAfter(chars, i));
}

/**
 * The word as the words it is: cut where a break may be lost and a paper gap as wide as
 * a space lies near where the characters before it would end.
 */
export function splitWordAtSpaces(word: Word, grey: Grey): Word[] {
  const chars = [...word.text];
  const width = word.bbox.r - word.bbox.l;
  const height = word.bbox.b - word.bbox.t;
  const runs = paperRuns(grey, word.bbox).filter(([a, b]) => b - a >= Math.max(2, height * SPACE_SHARE));
  if (runs.length === 0) return [word];
  const out: Word[] = [];
  let from = 0; // first char of the current piece
  let left = word.bbox.l;
  for (let i = 0; i < chars.length - 1; i++) {
    if (!mayBreakAfter(chars, i)) continue;
    const expected = word.bbox.l + (width * (i + 1)) / chars.length;
    const slack = (width / chars.length) * 1.5;
    const wide = (/[,;.]/.test(chars[i]) ? SPACE_SHARE : NUMBER_SPACE_SHARE) * height;
    const gap = runs.find(([a, b]) => a > left && b - a >= wide && Math.abs((a + b) / 2 - expected) <= slack);
    if (!gap) continue;
    out.push({ ...word, text: chars.slice(from, i + 1).join(''), bbox: { ...word.bbox, l: left, r: gap[0] } });
    from = i + 1;
    left = gap[1];
  }
  if (out.length === 0) return [word];
  out.push({ ...word, text: chars.slice(from).join(''), bbox: { ...word.bbox, l: left } });
  return out;
}

/** Every line's words glued at a comma taken apart where the image shows the space. */
export async function splitAtCommaSpaces(lines: OcrLine[], image: Buffer): Promise<OcrLine[]> {
  if (!lines.some((line) => line.words.some((w) => mayBeGlued(w.text)))) return lines;
  const grey = await pageGrey(image);
  return lines.map((line) => {
    if (!line.words.some((w) => mayBeGlued(w.text))) return line;
    const words = line.words.flatMap((w) => (mayBeGlued(w.text) ? splitWordAtSpaces(w, grey) : [w]));
    return words.length === line.words.length ? line : withWords(line, words);
  });
}
