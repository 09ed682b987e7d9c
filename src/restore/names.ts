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
import type { Candidate } from './candidates.ts';
import type { PersonNameReader } from './person-names.ts';
import { stripDiacritics } from '../text/vietnamese.ts';

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

const BARE_TITLE = /^\p{Lu}\p{Ll}*$/u;
/**
 * Words after which a name follows, without marks: "Thứ trưởng", "đồng chí", "Đ/c",
 * "PCT UBND tỉnh", "Chủ tịch UBND huyện". After them a surname that is also a common
 * word ("Văn", "Mai") opens a name.
 */
const NAME_CUE = /(^|\s)(thu truong|bo truong|dong chi|d\/c|dc|ong|ba|chu tich|pho chu tich|giam doc|pho giam doc|pct|ct|bi thu|pho bi thu)( (ubnd|hdnd|ub|hd))?( (tinh|huyen|quan|xa|phuong|thi xa|thanh pho|tp))?$/;

/** An office, not a name, though its words are capitalised after a cue ("Đ/c Pho Chu tich"). */
const OFFICE = /^(pho |chu tich|giam doc|truong ban|truong phong|bi thu|thu truong|bo truong|uy vien|dong chi|chanh van phong|thuong truc)/;

/**
 * Person names in a line without marks (the signer's "Pham Van Thinh", "Thu truong Ta
 * Quang Dong;"): a run of three or four capitalised syllables (two after a cue or alone
 * on the line), unbroken by punctuation inside, that opens with a surname and whose every
 * syllable is a name syllable the table knows. Returns token index → the readings of its syllable a name uses, with their costs. A run of more
 * syllables is a heading or a unit's name, left to the model.
 */
export function findStrippedNames(tokens: LineToken[], reader: PersonNameReader): Map<number, Candidate[]> | undefined {
  let found: Map<number, Candidate[]> | undefined;
  const title = tokens.map((t) => t.kind === 'syllable' && t.pieces.length === 1 && t.lead === '' && BARE_TITLE.test(t.core) && t.core.length > 1);
  for (let i = 0; i < tokens.length; ) {
    if (!title[i]) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < tokens.length && title[e] && tokens[e - 1].trail === '') e++;
    const length = e - i;
    const before = tokens
      .slice(Math.max(0, i - 4), i)
      .map((t) => t.lead + t.core + t.trail)
      .join(' ');
    const cued = NAME_CUE.test(stripDiacritics(before).toLowerCase());
    // two capitalised syllables are mostly an office and its name ("Bo Cong an", "Vu Phap che"): a name only after a cue or alone on its line
    const alone = i === 0 && e === tokens.length;
    if (length <= 4 && (length >= 3 || (length === 2 && (cued || alone)))) {
      const pieces = tokens.slice(i, e).map((t) => t.core);
      const next = e < tokens.length && tokens[e - 1].trail === '' ? ' ' + tokens[e].core : '';
      if (!OFFICE.test(stripDiacritics(pieces.join(' ') + next).toLowerCase()) && reader.opensName(pieces[0], !cued, alone)) {
        const reading = reader.read(pieces);
        if (reading.known) {
          found ??= new Map();
          reading.options.forEach((c, k) => found!.set(i + k, c));
        }
      }
    }
    i = e;
  }
  return found;
}
