/**
 * Folding for matching wording in prose: diacritics off, lower case, and a few
 * misreadings an old OCR makes of Vietnamese letters ("thirc" for "thực", "hpp"
 * for "hợp", "dugc" for "được"), so labels and section titles read the same with
 * or without diacritics, restored or not.
 *
 * `foldSameLength` keeps one character per character of NFC input, so a span found
 * on the folded text is the same span of the printed text.
 */
import { foldKey, stripDiacritics } from '../../text/vietnamese.ts';
import { editDistance } from '../../text/edit-distance.ts';

/** Lower-case, diacritic-free, one character per input character (NFC input). */
export function foldSameLength(text: string): string {
  const folded = stripDiacritics(text).toLowerCase();
  return folded.length === text.length ? folded : text.toLowerCase();
}

/** OCR letter confusions seen in old scans of Vietnamese, undone on folded words. */
const OCR_CONFUSIONS: Array<[RegExp, string]> = [
  [/ir/g, 'u'], // ư → "ir": "thirc", "trirong"
  [/pp$/g, 'op'], // ợ → "pp": "hpp"
  [/0/g, 'o'],
  [/ugc$/g, 'uoc'], // ược → "ugc"
];

/** A folded word with OCR confusions undone. */
export function ocrWord(word: string): string {
  let w = word;
  for (const [re, by] of OCR_CONFUSIONS) w = w.replace(re, by);
  return w;
}

/** Folded words of a phrase, OCR confusions undone. */
export function foldWords(text: string): string[] {
  return foldKey(text)
    .split(/[^a-z0-9/]+/)
    .filter(Boolean)
    .map(ocrWord);
}

/** Edit distance of two short words, capped at 2 (only "0, 1 or more" matters here). */
export function nearWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 3 || Math.abs(a.length - b.length) > 1) return false;
  return editDistance(a, b) <= 1;
}
