/**
 * Names of administrative units below a province in text with marks: the run of one to
 * four capitalised syllables after a level word ("phường Dịch Vọng", "Xã Tân Lập", "thị
 * trấn Văn Điển", "huyện Gia Lâm", "Thành phố Hồ Chí Minh"), and the run in capitals
 * after a level word that opens a header line or follows "ỦY BAN NHÂN DÂN" / "UBND"
 * ("ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ"). A run stops at punctuation, at a word in lower
 * case and at the next level word ("xã Tân Lập Huyện Đan Phượng" is two names).
 */
import { canonicalSyllable } from '../../src/text/vietnamese.ts';
import { isSyllableShape } from '../../src/restore/syllable-shape.ts';

/** Level words, lower case with marks, longest first. */
export const LEVELS = ['thị trấn', 'thị xã', 'thành phố', 'phường', 'quận', 'huyện', 'xã'] as const;
const MAX_NAME = 4;
/** Most names one level word heads in a list. */
const MAX_ITEMS = 30;
const TITLE = /^\p{Lu}\p{Ll}*$/u;
const UPPER = /^\p{Lu}+$/u;
/** Words before a level word that make it no level: "Cộng hòa xã hội", "cơ quan", "Tổng cục". */
const NOT_LEVEL_AFTER = new Set(['hòa', 'cơ', 'hội', 'tổng', 'đồng', 'sĩ']);

interface Token {
  lead: string;
  core: string;
  trail: string;
}

function tokenize(line: string): Token[] {
  return line
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => {
      const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(t)!;
      return { lead: m[1], core: m[2], trail: m[3] };
    });
}

/** Number of tokens of a level word starting at i (0 when none). */
function levelAt(tokens: Token[], i: number): number {
  for (const level of LEVELS) {
    const words = level.split(' ');
    if (i + words.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = tokens[i + k];
      if (t.core.toLowerCase() !== words[k] || (k > 0 && t.lead !== '') || (k < words.length - 1 && t.trail !== '')) ok = false;
    }
    if (ok) return words.length;
  }
  return 0;
}

/** The capitalised run from j (up to MAX_NAME + 1 syllables) and the index after it. */
function nameRun(tokens: Token[], j: number, shape: RegExp): [string[], number] {
  const run: string[] = [];
  for (; j < tokens.length && run.length <= MAX_NAME; j++) {
    const t = tokens[j];
    if (t.lead !== '' || !shape.test(t.core) || levelAt(tokens, j) > 0) break;
    const s = canonicalSyllable(t.core.toLowerCase());
    if (!isSyllableShape(s)) break;
    run.push(s);
    if (t.trail !== '') {
      j++;
      break;
    }
  }
  return [run, j];
}

export interface PlaceName {
  /** the level word, lower case with marks ("phường") */
  level: string;
  /** the name, canonical lower-case syllables */
  name: string[];
}

/** Each administrative unit's name in the text with its level word. */
export function placeNames(text: string): PlaceName[] {
  const out: PlaceName[] = [];
  for (const line of text.normalize('NFC').split('\n')) {
    const tokens = tokenize(line);
    const upperLine = line === line.toUpperCase();
    for (let i = 0; i < tokens.length; i++) {
      const n = levelAt(tokens, i);
      if (n === 0 || tokens[i + n - 1].trail !== '') continue;
      const before = i > 0 ? tokens[i - 1] : undefined;
      if (before && before.trail === '' && NOT_LEVEL_AFTER.has(before.core.toLowerCase())) continue;
      let shape = TITLE;
      if (upperLine) {
        // in capitals a level word opens a unit's name only at the line's start or after the council's name
        const head = tokens
          .slice(0, i)
          .map((t) => t.core)
          .join(' ');
        if (i > 0 && !/(^|\s)(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HĐND|HỘI ĐỒNG NHÂN DÂN)$/u.test(head)) continue;
        shape = UPPER;
      }
      const level = tokens
        .slice(i, i + n)
        .map((t) => t.core.toLowerCase())
        .join(' ');
      let [run, j] = nameRun(tokens, i + n, shape);
      // a list of names shares its level word: "các xã Tân Lập, Tân Hội và Hồng Hà"
      for (let items = 0; items < MAX_ITEMS; items++) {
        if (run.length === 0 || run.length > MAX_NAME) break;
        // a run that goes on in capitals past four syllables is a heading, not a name
        const next = tokens[j];
        if (next && tokens[j - 1].trail === '' && shape.test(next.core) && levelAt(tokens, j) === 0) break;
        out.push({ level, name: run });
        const parted = tokens[j - 1].trail;
        if (parted === ',' || parted === '') {
          if (parted === '' && tokens[j]?.core !== 'và') break;
          if (parted === '') j++;
        } else break;
        [run, j] = nameRun(tokens, j, shape);
      }
    }
  }
  return out;
}
