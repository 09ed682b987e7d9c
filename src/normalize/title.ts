/**
 * Title words the OCR misread in bold capitals, put right where exactly one reading makes
 * a word with a neighbour (dictionaries/data/words.txt):
 * - a word whose vowel was lost: tesseract drops a heavily marked capital ("TM NHÌN" for
 *   TẦM NHÌN: the Ầ carries a circumflex and a grave); a run of two or three capitals
 *   without a vowel is given back one vowel;
 * - a letter read as a digit on a faded copy ("THÀNH 1ÍCH" for THÀNH TÍCH), or read twice
 *   ("DỰ AÁN" for DỰ ÁN);
 * - two words read as one, the space lost and, at most, a letter read twice where they meet
 *   ("DỰAÁN" for DỰ ÁN): split where exactly one split makes a word of two syllables.
 * Codes in titles ("UBND TP", "CNTT") and numbers ("2021-2030") make no word and stay.
 */
import type { WordPairTest } from '../restore/data.ts';
import { isSyllableShape } from '../restore/syllable-shape.ts';
import { hasVietnameseDiacritics, stripDiacritics, toneMarkCount } from '../text/vietnamese.ts';

/** Every vowel letter with every tone mark, lower case. */
const VOWELS = [...'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ'];
const VOWELLESS_CAPITALS = /^[B-DF-HJ-NP-TV-XZĐ]{2,3}$/u;
/** A vowel letter twice in a row ("AÁN"): no syllable but "xoong", "boong" has one. */
const DOUBLED_VOWEL = /([aeiuy])\1/;
/** One syllable's letters: its shape, one tone mark at most, no vowel letter doubled. */
const isOneSyllable = (lower: string) =>
  isSyllableShape(lower) && toneMarkCount(lower) <= 1 && !DOUBLED_VOWEL.test(stripDiacritics(lower));

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

/** Letters a digit stands for in bold capitals ("1ÍCH": T). */
const LETTERS_OF_DIGIT: Record<string, string[]> = { '0': ['o', 'ô', 'ơ', 'd'], '1': ['t', 'i', 'l'], '5': ['s'], '6': ['g', 'ô'], '7': ['t'], '8': ['b'] };
/** A word of capitals with one digit among its letters (with a marked capital beside it, it is no number and no code). */
const DIGIT_IN_CAPITALS = /^[\p{Lu}]*\d[\p{Lu}]*$/u;

/** The syllables `word` may be: one vowel put in, its digit read as a letter, or one letter read twice left out ("AÁN"). */
function readings(core: string): string[] {
  if (VOWELLESS_CAPITALS.test(core)) return withOneVowel(core.toLowerCase());
  if (/^\p{Lu}{3,}$/u.test(core) && !isOneSyllable(core.toLowerCase())) {
    const lower = core.toLowerCase();
    return [...new Set([...lower].map((_, at) => lower.slice(0, at) + lower.slice(at + 1)))].filter(isOneSyllable);
  }
  if (!DIGIT_IN_CAPITALS.test(core) || !hasVietnameseDiacritics(core)) return [];
  const at = core.search(/\d/);
  return (LETTERS_OF_DIGIT[core[at]] ?? []).map((letter) => (core.slice(0, at) + letter + core.slice(at + 1)).toLowerCase()).filter((s) => isSyllableShape(s));
}

/** A capitals word of no syllable this long may be two glued. */
const GLUED_MIN = 4;

/**
 * The two syllables a capitals word of none is, when exactly one split makes a word
 * ("DỰÁN" → DỰ ÁN); failing that, exactly one split with a letter at the join left out
 * ("DỰAÁN"). Undefined when no split, or more than one, does.
 */
function unglued(core: string, isWordPair: WordPairTest): string | undefined {
  if (core.length < GLUED_MIN || !/^\p{Lu}+$/u.test(core) || isOneSyllable(core.toLowerCase())) return undefined;
  const lower = core.toLowerCase();
  const splits = (skip: number) => {
    const out: string[] = [];
    for (let at = 1; at + skip < lower.length; at++) {
      const [left, right] = [lower.slice(0, at), lower.slice(at + skip)];
      if (isSyllableShape(left) && isSyllableShape(right) && isWordPair(left, right)) out.push(`${left} ${right}`.toUpperCase());
    }
    return out;
  };
  const whole = splits(0);
  if (whole.length) return whole.length === 1 ? whole[0] : undefined;
  const skipped = splits(1);
  return skipped.length === 1 ? skipped[0] : undefined;
}

export function repairTitleLetters(title: string | null, isWordPair: WordPairTest): string | null {
  if (!title) return title;
  const words = title.split(' ');
  const bare = (w: string | undefined) => (w ?? '').replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
  return words
    .map((word, i) => {
      const core = bare(word);
      const split = unglued(core, isWordPair);
      if (split) return word.replace(core, split);
      const options = readings(core);
      if (options.length === 0) return word;
      const [before, after] = [bare(words[i - 1]).toLowerCase(), bare(words[i + 1]).toLowerCase()];
      const fits = options.filter((s) => (before && isWordPair(before, s)) || (after && isWordPair(s, after)));
      return fits.length === 1 ? word.replace(core, fits[0].toUpperCase()) : word;
    })
    .join(' ');
}

/**
 * Specks a faded copy's noise puts into a title in capitals, read as punctuation: a stop
 * after a marked word inside the title ("LẬP. THÀNH TÍCH", "GIAI ĐOẠN. 2025"), a stray
 * quote or "!" against a word ("CHƯƠNG 'TRÌNH"), stops and quotes trailing the title
 * ("… MŨI NHỌN..", "… 2030 '"). Abbreviations keep their stop ("TP. HỒ CHÍ MINH"); the
 * title's own quotation marks (“ ”) and commas stay. A title not in capitals is left as it is.
 */
export function dropTitleSpecks(title: string | null): string | null {
  if (!title || /\p{Ll}/u.test(title)) return title;
  return title
    .split(' ')
    .map((word) => word.replace(/^['’‘!|]+(?=[\p{L}\d“])/u, '').replace(/(?<=[\p{L}\d”])['’‘!|]+$/u, ''))
    .filter((word) => !/^['’‘!|.]+$/u.test(word))
    .map((word, i, words) => (i < words.length - 1 && /^[\p{L}]+\.$/u.test(word) && hasVietnameseDiacritics(word) && word.length > 3 ? word.slice(0, -1) : word))
    .join(' ')
    // a speck after a comma ("DỰ ÁN,. TIỂU DỰ ÁN")
    .replace(/,\.(?=\s|$)/gu, ',')
    .replace(/(?<=[\p{L}\d”)])[.\s'’]+$/u, '');
}
