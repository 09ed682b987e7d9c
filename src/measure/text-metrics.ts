/**
 * Text accuracy measures shared by eval and tests: character error rate and
 * syllable accuracy, both on NFC text with the canonical tone placement, so
 * "hoà"/"hòa" count as the same.
 */
import { canonicalText } from '../text/vietnamese.ts';
import { editDistance } from '../text/edit-distance.ts';

export { editDistance };

function comparable(text: string): string {
  return canonicalText(text).replace(/\s+/g, ' ').trim();
}

/** Character error rate of `hypothesis` against `reference`: edits / reference length (whitespace folded). */
export function characterErrorRate(hypothesis: string, reference: string): number {
  const ref = [...comparable(reference)];
  const hyp = [...comparable(hypothesis)];
  return ref.length ? editDistance(hyp, ref) / ref.length : hyp.length ? 1 : 0;
}

export function syllables(text: string): string[] {
  return comparable(text).split(' ').filter(Boolean);
}

/**
 * Share of reference syllables read right, after aligning the two sequences
 * (1 − syllable error rate, floored at 0): a lost or extra word costs one, not a shift of everything after it.
 */
export function syllableAccuracy(hypothesis: string, reference: string): { accuracy: number; errors: number; total: number } {
  const ref = syllables(reference);
  const hyp = syllables(hypothesis);
  const errors = editDistance(hyp, ref);
  return { accuracy: ref.length ? Math.max(0, 1 - errors / ref.length) : 1, errors, total: ref.length };
}
