/**
 * Vietnamese text primitives used by every stage: NFC, diacritic stripping, and a
 * canonical tone placement so "hoà"/"hòa" and "thuỷ"/"thủy" compare equal.
 *
 * A syllable is split into base letters (keeping the vowel-quality marks of
 * ă â ê ô ơ ư and đ) and one of six tones; the tone is then put back on the vowel
 * the chosen placement rule names.
 */

const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const; // sắc huyền hỏi ngã nặng
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

const VOWELS = new Set('aăâeêioôơuưyAĂÂEÊIOÔƠUƯY');
const QUALITY_VOWELS = new Set('ăâêôơưĂÂÊÔƠƯ');

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Removes every diacritic, đ → d: "Thực hiện" → "Thuc hien". */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Lower-case, stripped key for fuzzy matching of labels and headers. */
export function foldKey(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The text's letters alone, folded ("PHÓ CI TỦ TỊCH" → "phocitutich"): for matching words an OCR split or glued where it liked. */
export function foldedLetters(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(/[^a-z]/g, '');
}

/** True when the string holds at least one letter with a Vietnamese diacritic (or đ). */
export function hasVietnameseDiacritics(text: string): boolean {
  return /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i.test(text.normalize('NFC'));
}

/**
 * Share of alphabetic words that carry a diacritic. Vietnamese prose runs around
 * 0.6–0.8; text an old OCR or an old system stripped is near 0.
 */
export function diacriticRatio(text: string): number {
  const words = text.normalize('NFC').match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  let marked = 0;
  for (const w of words) if (hasVietnameseDiacritics(w)) marked++;
  return marked / words.length;
}

/** Below this share of words with diacritics, Vietnamese text was stripped (an old OCR, an old system). */
export const STRIPPED_TEXT_RATIO = 0.15;

/** How many tone marks the text carries (a syllable carries one at most). */
export function toneMarkCount(text: string): number {
  return [...text.normalize('NFD')].filter((ch) => TONE_MARKS.indexOf(ch as (typeof TONE_MARKS)[number]) > 0).length;
}

/** Splits a syllable into its letters without tone and its tone. */
export function splitTone(syllable: string): { base: string; tone: Tone } {
  let tone: Tone = 0;
  const decomposed = syllable.normalize('NFD');
  let base = '';
  for (const ch of decomposed) {
    const t = TONE_MARKS.indexOf(ch as (typeof TONE_MARKS)[number]);
    if (t > 0) tone = t as Tone;
    else base += ch;
  }
  return { base: base.normalize('NFC'), tone };
}

/** Index (in code points of the NFC base) of the vowel that carries the tone. */
function toneVowelIndex(base: string, placement: 'modern' | 'old'): number {
  const chars = [...base];
  const lower = chars.map((c) => c.toLowerCase());
  // vowel cluster: the first run of vowels, skipping the u of "qu" and the i of "gi"
  let start = lower.findIndex((c) => VOWELS.has(c));
  if (start < 0) return -1;
  if (start > 0 && ((lower[start - 1] === 'q' && lower[start] === 'u') || (lower[start - 1] === 'g' && lower[start] === 'i'))) {
    if (start + 1 < lower.length && VOWELS.has(lower[start + 1])) start += 1;
  }
  let end = start;
  while (end + 1 < lower.length && VOWELS.has(lower[end + 1])) end++;
  const hasFinal = end + 1 < lower.length;
  const cluster = lower.slice(start, end + 1).join('');
  // a vowel with a quality mark takes the tone (the last one, for ươ)
  for (let i = end; i >= start; i--) if (QUALITY_VOWELS.has(lower[i])) return i;
  if (start === end) return start;
  if (hasFinal) return end;
  if (cluster.length === 3) return start + 1; // oai, oay, uya, uyu → middle
  // open oa/oe/uy: the older placement marks the second vowel ("hoà", "thuỷ"), the modern one the first ("hòa", "thủy")
  if (placement === 'old' && (cluster === 'oa' || cluster === 'oe' || cluster === 'uy')) return end;
  return start;
}

/** Puts `tone` on `base` by the chosen placement rule. */
export function applyTone(base: string, tone: Tone, placement: 'modern' | 'old' = 'modern'): string {
  if (tone === 0) return base.normalize('NFC');
  const chars = [...base.normalize('NFC')];
  const at = toneVowelIndex(chars.join(''), placement);
  if (at < 0) return base.normalize('NFC');
  chars[at] = (chars[at].normalize('NFD') + TONE_MARKS[tone]).normalize('NFC');
  return chars.join('').normalize('NFC');
}

/** The syllable with its tone placed by the modern rule ("hoà" → "hòa", "thuỷ" → "thủy"). */
export function toModernTone(syllable: string): string {
  const { base, tone } = splitTone(syllable);
  return applyTone(base, tone, 'modern');
}

/** The syllable with its tone placed by the older rule ("hòa" → "hoà"). */
export function toOldTone(syllable: string): string {
  const { base, tone } = splitTone(syllable);
  return applyTone(base, tone, 'old');
}

/** Canonical form for comparing syllables: NFC, modern tone placement. */
export function canonicalSyllable(syllable: string): string {
  return toModernTone(syllable.normalize('NFC'));
}

/** Canonical form of a whole text, syllable by syllable (letters only; the rest untouched). */
export function canonicalText(text: string): string {
  return text.normalize('NFC').replace(/\p{L}+/gu, (w) => canonicalSyllable(w));
}

/** Which placement a text uses where it shows one: counts oa/oe/uy open syllables with the tone on the first vowel. */
export function detectTonePlacement(text: string): 'modern' | 'old' | null {
  let old = 0;
  let modern = 0;
  for (const w of text.normalize('NFC').match(/\p{L}+/gu) ?? []) {
    const { base, tone } = splitTone(w);
    if (tone === 0) continue;
    const o = applyTone(base, tone, 'old');
    const m = applyTone(base, tone, 'modern');
    if (o === m) continue;
    if (w === o) old++;
    else if (w === m) modern++;
  }
  if (old === 0 && modern === 0) return null;
  return old > modern ? 'old' : 'modern';
}
