/**
 * Case and tone placement of a restored syllable follow the original token: UPPER
 * headings stay upper, a capital first letter stays, the rest is lower case.
 */
import { toOldTone } from '../text/vietnamese.ts';

export type Placement = 'modern' | 'old';

export function renderSyllable(restored: string, original: string, placement: Placement): string {
  const text = placement === 'old' ? toOldTone(restored) : restored;
  const letters = [...original].filter((c) => c.toLowerCase() !== c.toUpperCase());
  const upper = letters.filter((c) => c === c.toUpperCase()).length;
  if (letters.length >= 2 && upper * 2 > letters.length) return text.toUpperCase();
  // an "I" the OCR read for "l" ("Ion" → lớn) is no capital
  if (original.startsWith('I') && text.startsWith('l')) return text;
  if (letters.length > 0 && letters[0] === letters[0].toUpperCase()) return text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}
