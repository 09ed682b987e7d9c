/**
 * A title's word whose vowel the OCR lost: tesseract drops a heavily marked capital in
 * bold type ("TM NHÌN" for TẦM NHÌN: the Ầ carries a circumflex and a grave). A run of
 * two or three capitals without a vowel, between title words, is given back the one vowel
 * that makes it a word with its neighbour (dictionaries/data/words.txt), when exactly one
 * does. Codes in titles ("UBND TP", "CNTT") make no word with theirs and stay.
 */
import type { WordPairTest } from '../restore/data.ts';
import { isSyllableShape } from '../restore/syllable-shape.ts';

/** Every vowel letter with every tone mark, lower case. */
const VOWELS = [...'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ'];
const VOWELLESS_CAPITALS = /^[B-DF-HJ-NP-TV-XZĐ]{2,3}$/u;

/** The syllables one vowel put into `consonants` makes ("tm" → tâm, tầm, tìm, …). */
function withOneVowel(consonants: string): string[] {
  const out: string[] = [];
  for (let at = 1; at <= consonants.length; at++)
    for (const v of VOWELS) {
      const s = consonants.slice(0, at) + v + consonants.slice(at);
      if (isSyllableShape(s)) out.push(s);
    }
  return out;
}

export function restoreLostVowels(title: string | null, isWordPair: WordPairTest): string | null {
  if (!title) return title;
  const words = title.split(' ');
  const bare = (w: string | undefined) => (w ?? '').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return words
    .map((word, i) => {
      const core = bare(word);
      if (!VOWELLESS_CAPITALS.test(core)) return word;
      const [before, after] = [bare(words[i - 1]).toLowerCase(), bare(words[i + 1]).toLowerCase()];
      const fits = withOneVowel(core.toLowerCase()).filter((s) => (before && isWordPair(before, s)) || (after && isWordPair(s, after)));
      return fits.length === 1 ? word.replace(core, fits[0].toUpperCase()) : word;
    })
    .join(' ');
}
