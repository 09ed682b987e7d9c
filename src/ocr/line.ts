/**
 * An OCR line with its words replaced (split, dropped, read again): its text follows its
 * words, and where words were read anew, its box and confidence follow them too.
 */
import { unionBBox } from '../model/geometry.ts';
import { meanConfidence } from './confidence.ts';
import type { OcrLine } from './engine.ts';

/** The line with these words and their text; box and confidence as they were. */
export function withWords(line: OcrLine, words: OcrLine['words']): OcrLine {
  return { ...line, words, text: words.map((w) => w.text).join(' ') };
}

/** A part of the line, or what is left of it: its box and confidence are its words' own. */
export function lineOfWords(line: OcrLine, words: OcrLine['words']): OcrLine {
  return { ...withWords(line, words), bbox: unionBBox(words.map((w) => w.bbox))!, confidence: meanConfidence(words) };
}

/** The line with words read again in it: its box grown to hold them, its confidence theirs. */
export function withWordsReadAgain(line: OcrLine, words: OcrLine['words']): OcrLine {
  return { ...withWords(line, words), bbox: unionBBox([line.bbox, ...words.map((w) => w.bbox)])!, confidence: meanConfidence(words) };
}

/**
 * The line's box cut in to its words' left and right edges. Tesseract's line box takes in
 * ink it read no word from (a seal's arc, a signature's stroke beside "CT-XH;"), and a
 * line that seems to run across both columns ends a recipient list in layout.
 */
export function fittedToWords(line: OcrLine): OcrLine {
  if (line.words.length === 0) return line;
  const l = Math.min(...line.words.map((w) => w.bbox.l));
  const r = Math.max(...line.words.map((w) => w.bbox.r));
  if (l <= line.bbox.l && r >= line.bbox.r) return line;
  return { ...line, bbox: { ...line.bbox, l: Math.max(line.bbox.l, l), r: Math.min(line.bbox.r, r) } };
}
