/**
 * Case and tone placement of a restored syllable follow the original token: UPPER
 * headings stay upper, a capital first letter stays, the rest is lower case.
 */
import { toOldTone } from '../text/vietnamese.ts';

export type Placement = 'modern' | 'old';

/** How an original token is cased, as far as rendering cares. */
export const CaseShapes = {
  Lower: 0,
  Capital: 1,
  Upper: 2,
  /** an "I" the OCR read for "l" ("Ion" → lớn): a capital unless the reading starts with l */
  CapitalI: 3,
} as const;
export type CaseShape = (typeof CaseShapes)[keyof typeof CaseShapes];

/** A token of each shape: renderSyllable(text, SHAPE_SAMPLE[caseShape(original)]) = renderSyllable(text, original). */
export const SHAPE_SAMPLE = ['x', 'Xx', 'XX', 'Ix'] as const;

export function caseShape(original: string): CaseShape {
  let letters = 0;
  let upper = 0;
  let first = '';
  for (const c of original) {
    if (c.toLowerCase() === c.toUpperCase()) continue;
    if (letters === 0) first = c;
    letters++;
    if (c === c.toUpperCase()) upper++;
  }
  if (letters >= 2 && upper * 2 > letters) return CaseShapes.Upper;
  if (original.startsWith('I')) return CaseShapes.CapitalI;
  if (letters > 0 && first === first.toUpperCase()) return CaseShapes.Capital;
  return CaseShapes.Lower;
}

export function renderSyllable(restored: string, original: string, placement: Placement): string {
  const text = placement === 'old' ? toOldTone(restored) : restored;
  const shape = caseShape(original);
  if (shape === CaseShapes.Upper) return text.toUpperCase();
  // an "I" the OCR read for "l" ("Ion" → lớn) is no capital
  if (shape === CaseShapes.CapitalI && text.startsWith('l')) return text;
  if (shape !== CaseShapes.Lower) return text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}
