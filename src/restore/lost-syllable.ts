/**
 * The closing syllable of a word an old OCR lost at a line end: "Viện kiểm sát nhân dân
 * tối" was "… tối cao;". Old OCRs drop the last word of some lines (see shared/seed/);
 * where the line's last syllable opens a word and the syllable trigram model leaves little
 * doubt which syllable closes it, and the phrase then ends, that syllable is the lost one.
 * A whole lost word ("Các Sở, ban, ngành" that was "… ngành TP;") is not guessed: nothing
 * in the line calls for it.
 */
import { pairKey, type RestoreData } from './data.ts';
import { BOS, CLASS_UNITS, EOS_ID, PUNCT_ID, lineToSentences } from './lm-tokens.ts';

/** The closing syllable must follow the line's last two units this often (the word is surely unfinished) … */
const MIN_PROBABILITY = 0.5;
/** … and, weighed by how often the phrase ends right after it, hold this share among the syllables that close the word. */
const MIN_SHARE = 0.6;

const probability = (logProb: number) => 10 ** logProb;

/**
 * The syllable (lower case, as the model spells it) that closes the word `text` ends in,
 * when the text was cut right after that word's first syllable; undefined when nothing
 * is sure. `text` is restored text ending in a syllable, not in punctuation.
 */
export function lostClosingSyllable(data: RestoreData, text: string): string | undefined {
  if (!/\p{L}$/u.test(text.trim())) return undefined;
  const sentences = lineToSentences(text);
  const units = sentences[sentences.length - 1] ?? [];
  const y = data.unitId.get(units[units.length - 1] ?? '');
  const x = data.unitId.get(units.length > 1 ? units[units.length - 2] : BOS);
  if (x === undefined || y === undefined || y < CLASS_UNITS.length) return undefined;
  const closers = data.lm
    .successors(x, y)
    .filter((next) => next.unit >= CLASS_UNITS.length && data.wordPairs.has(pairKey(y, next.unit)))
    .map((next) => ({ ...next, weight: probability(next.logProb) * endsAfter(data, y, next.unit) }));
  const best = closers.reduce<(typeof closers)[number] | undefined>((a, b) => (a && a.weight >= b.weight ? a : b), undefined);
  const total = closers.reduce((sum, c) => sum + c.weight, 0);
  if (!best || probability(best.logProb) < MIN_PROBABILITY || best.weight < total * MIN_SHARE) return undefined;
  return data.units[best.unit];
}

/** How often a phrase ends (punctuation or the sentence's end) after syllables y, z. */
function endsAfter(data: RestoreData, y: number, z: number): number {
  return data.lm
    .successors(y, z)
    .filter((next) => next.unit === PUNCT_ID || next.unit === EOS_ID)
    .reduce((sum, next) => sum + probability(next.logProb), 0);
}
