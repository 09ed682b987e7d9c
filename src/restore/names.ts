/**
 * Proper names in text that has its marks (a Vietnamese OCR's, a typed document's):
 * "Phạm Thị Thu Hương", "Tạ Quang Đông", "Xã Đồng Xuân". The model predicts names
 * badly (any "Hương" after "Thu" looks like a rarer "Hường"), and their marks are the
 * writer's choice, so the restorer keeps a name syllable that is a known syllable as it
 * is written. A name is
 *   - a run of two or more capitalised syllables with no punctuation between them, or
 *   - a capitalised syllable after an honorific ("Ông", "bà", "Đ/c", "đồng chí").
 * A capitalised word that starts a sentence ("Dáng bộ" for "Đảng bộ") is no name.
 */
import type { LineToken } from './segment.ts';

const HONORIFIC = /^(ông|bà|đ\/c|đc|anh|chị)$/iu;
const TITLE = /^\p{Lu}\p{Ll}*$/u;

export function findNameTokens(tokens: LineToken[]): boolean[] {
  const name = new Array<boolean>(tokens.length).fill(false);
  const title = tokens.map((t) => t.kind === 'syllable' && t.pieces.length === 1 && TITLE.test(t.core));
  for (let i = 0; i < tokens.length; ) {
    if (!title[i]) {
      i++;
      continue;
    }
    // the run of capitalised syllables from i, unbroken by punctuation
    let e = i + 1;
    while (e < tokens.length && title[e] && tokens[e - 1].trail === '' && tokens[e].lead === '') e++;
    const afterHonorific = i > 0 && tokens[i - 1].trail === '' && tokens[i].lead === '' && isHonorific(tokens, i - 1);
    if (e - i >= 2 || afterHonorific) for (let k = i; k < e; k++) name[k] = true;
    i = e;
  }
  return name;
}

function isHonorific(tokens: LineToken[], i: number): boolean {
  const core = tokens[i].lead + tokens[i].core;
  if (HONORIFIC.test(core) || HONORIFIC.test(tokens[i].core)) return true;
  // "đồng chí"
  return /^chí$/iu.test(tokens[i].core) && i > 0 && /^đồng$/iu.test(tokens[i - 1].core);
}
