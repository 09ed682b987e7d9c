/**
 * A name's syllable whose marks an OCR misread, put right from how often people are called
 * so (dictionaries/data/names.tsv): a syllable no person has, in any position, whose letters
 * are far more often one marking of them in its position ("Tháo" → Thảo, "Vấn" → Văn). A
 * syllable some person has is kept: a rare name stays. The recipient list's drafters
 * ("Lưu: VT, NC (TP, Loạn)") and a scan's signer are read so.
 */
import type { NamePosition, NameTable } from '../restore/person-names.ts';
import { canonicalSyllable, stripDiacritics } from '../text/vietnamese.ts';

/** Weight of a syllable's count in the kindred position (a given name is often a middle name, and back), as person-names.ts weighs it. */
const OTHER_POSITION = 0.25;
const KINDRED: Record<NamePosition, NamePosition[]> = { S: [], M: ['G'], G: ['M'] };
/** A word before a name is dropped when the next is a surname this many times more often … */
const SURNAME_RATIO = 20;
/** … and one at least this often. */
const SURNAME_MIN = 10;

/**
 * "Chi Huỳnh Minh Tuấn", "Anh Nguyễn Thành Điệu": a seal's letters read as a capitalised
 * word before the name. A name opens with its surname; a first word people rarely have as
 * one, before a word they often do, is dropped (three words at least stay a name).
 */
function dropLeadBeforeSurname(words: string[], names: NameTable): string[] {
  if (words.length < 4) return words;
  const surname = (w: string) => names.counts.S.get(canonicalSyllable(w.toLowerCase())) ?? 0;
  const [lead, next] = [surname(words[0]), surname(words[1])];
  return next >= SURNAME_MIN && next > lead * SURNAME_RATIO ? words.slice(1) : words;
}

/** A syllable is replaced only by one this often chosen … */
const NAME_MIN = 5;
/** … and this many times more often than any other marking of its letters. */
const NAME_RATIO = 3;

/** The likelier marking of a capitalised name syllable in its position, or undefined to keep it. */
export function likelierNameSyllable(word: string, position: NamePosition, names: NameTable): string | undefined {
  const seen = canonicalSyllable(word.toLowerCase());
  const { counts } = names;
  if ((counts.S.get(seen) ?? 0) + (counts.M.get(seen) ?? 0) + (counts.G.get(seen) ?? 0) > 0) return undefined;
  const key = stripDiacritics(seen);
  const weight = (s: string) => (counts[position].get(s) ?? 0) + OTHER_POSITION * KINDRED[position].reduce((sum, p) => sum + (counts[p].get(s) ?? 0), 0);
  const ranked = [...new Set([position, ...KINDRED[position]].flatMap((p) => [...counts[p].keys()]))]
    .filter((s) => stripDiacritics(s) === key)
    .map((s) => ({ s, w: weight(s) }))
    .sort((a, b) => b.w - a.w);
  const [best, second] = ranked;
  if (!best || best.w < NAME_MIN || (second && second.w * NAME_RATIO > best.w)) return undefined;
  return best.s[0].toUpperCase() + best.s.slice(1);
}

/** The place of the i-th of a name's n words: the first a surname, the last a given name, those between middle names. */
export const positionOf = (i: number, n: number): NamePosition => (i === 0 ? 'S' : i === n - 1 ? 'G' : 'M');

/**
 * A person's full name ("Hồ Thị Nguyên Tháo") with each syllable read in its position:
 * the first a surname, the last a given name, those between middle names.
 */
export function repairPersonName(name: string | null, names: NameTable): string | null {
  if (!name) return name;
  const words = dropLeadBeforeSurname(name.split(' '), names);
  if (words.length < 2) return name;
  return words
    .map((word, i) => {
      if (!/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(word)) return word;
      return likelierNameSyllable(word, positionOf(i, words.length), names) ?? word;
    })
    .join(' ');
}
