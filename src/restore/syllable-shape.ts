/**
 * Vietnamese syllable shape: initial consonant + vowel nucleus + final, one tone,
 * with the stop-final rule (c, ch, p, t take only sắc or nặng). Used by the
 * dictionary build to keep foreign words out of the inventory and by the
 * restorer to tell Vietnamese from other languages.
 */
import { splitTone, stripDiacritics } from '../text/vietnamese.ts';

const INITIALS = 'ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x';
const NUCLEUS = '[aăâeêioôơuưy]{1,3}';
const FINALS = 'ch|ng|nh|c|m|n|p|t';
const SHAPE = new RegExp(`^(?:${INITIALS})?(${NUCLEUS})(${FINALS})?$`);

/** Lower-case NFC syllable → true when it has a possible Vietnamese shape. */
export function isSyllableShape(syllable: string): boolean {
  const { base, tone } = splitTone(syllable);
  const m = SHAPE.exec(base);
  if (!m) return false;
  const nucleus = m[1];
  const final = m[2] ?? '';
  // a vowel with a quality mark appears at most twice (ươ, uô, iê…), never three
  if ((nucleus.match(/[ăâêôơư]/g) ?? []).length > 2) return false;
  if (/^(ch|c|p|t)$/.test(final) && tone !== 0 && tone !== 1 && tone !== 5) return false;
  if (/^(ch|c|p|t)$/.test(final) && tone === 0) return false;
  return true;
}

/**
 * Lower-case letters → true when some marking of them has a Vietnamese shape ("viet" →
 * việt): what stripped and upper-case text can hold. "ubnd", "pct" cannot.
 */
export function hasSyllableLetters(letters: string): boolean {
  return SHAPE.test(stripDiacritics(letters));
}
