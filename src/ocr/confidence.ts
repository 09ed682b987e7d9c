import type { Word } from '../model/document.ts';

/** The mean confidence of words, 0–1; 0 for none. (Kept apart from engine.ts: readers of words need not load tesseract.js.) */
export function meanConfidence(words: readonly Pick<Word, 'confidence'>[]): number {
  return words.length ? words.reduce((sum, w) => sum + w.confidence, 0) / words.length : 0;
}
