/**
 * A line as whitespace-separated tokens, each with the whitespace before it, its
 * punctuation and its core, and what kind of core it is. Restoration changes cores
 * only, so joining `space + lead + core + trail` always gives back a line with the
 * same tokens in the same places.
 */
import { NUMBER, splitToken } from './lm-tokens.ts';

export type CoreKind =
  | 'syllable' // letters (or letters with 0/1/6 an OCR put for o/l/ô): restored through the model
  | 'abbreviation' // upper-case letters the abbreviation table knows
  | 'code' // letters with digits or - / &: abbreviations inside are restored, shape kept
  | 'number'
  | 'none'; // punctuation only, or nothing we restore

export interface LineToken {
  /** whitespace before the token */
  space: string;
  lead: string;
  core: string;
  trail: string;
  kind: CoreKind;
  /** for syllable cores: the syllables ("dua-khen" → ["dua", "khen"]) and what joins them */
  pieces: string[];
  joins: string[];
}

const LETTERS = /^\p{L}+$/u;
// letters with a digit the OCR put for a letter ("d6ng", "N0I", "ph6"); at most two such digits
const LETTERS_WITH_LOOKALIKES = /^\p{L}[\p{L}016]*$/u;
const HAS_LETTER = /\p{L}/u;
const HAS_VOWEL = /[aăâeêioôơuưy]/iu;

/** What segmentLine makes of one whitespace token, whatever its place: cached by a restorer (never changed once made). */
export type TokenSegmentation = Omit<LineToken, 'space'>;

export function segmentLine(
  line: string,
  abbreviations: Map<string, string>,
  isSyllableKey: (key: string) => boolean,
  cache?: Map<string, TokenSegmentation>,
): LineToken[] {
  const tokens: LineToken[] = [];
  const re = /(\s*)(\S+)/gu;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (cache) {
      let found = cache.get(m[2]);
      if (found === undefined) {
        found = segmentToken(m[2], abbreviations, isSyllableKey);
        if (cache.size > 100_000) cache.clear();
        cache.set(m[2], found);
      }
      tokens.push({ space: m[1], lead: found.lead, core: found.core, trail: found.trail, kind: found.kind, pieces: found.pieces, joins: found.joins });
    } else tokens.push({ space: m[1], ...segmentToken(m[2], abbreviations, isSyllableKey) });
  }
  return tokens;
}

function segmentToken(token: string, abbreviations: Map<string, string>, isSyllableKey: (key: string) => boolean): TokenSegmentation {
  {
    const { lead, core, trail } = splitToken(token);
    let kind = classify(core, abbreviations, isSyllableKey);
    let pieces = kind === 'syllable' ? [core] : [];
    let joins: string[] = [];
    if (kind === 'code') {
      // "dua-khen", "Kinh/te": syllables joined by - or / are restored one by one
      const split = core.split(/([-/])/);
      const parts = split.filter((_, i) => i % 2 === 0);
      // … unless capitals stand beside lower case ("CTr/TU": Chương trình of the Tỉnh ủy):
      // a code, whose upper-case parts keep their shape
      if (parts.length > 1 && !mixesCapitals(parts) && parts.every((p) => classify(p, abbreviations, isSyllableKey) === 'syllable')) {
        kind = 'syllable';
        pieces = parts;
        joins = split.filter((_, i) => i % 2 === 1);
      }
    }
    return { lead, core, trail, kind, pieces, joins };
  }
}

/** True when one part is in capitals (two letters or more) and another has lower case. */
function mixesCapitals(parts: string[]): boolean {
  const capitals = parts.some((p) => p.length >= 2 && p === p.toUpperCase() && p !== p.toLowerCase());
  return capitals && parts.some((p) => p !== p.toUpperCase());
}

/** Whitespace at the end of the line, after the last token. */
export function trailingSpace(line: string): string {
  return /\s*$/u.exec(line)?.[0] ?? '';
}

function classify(core: string, abbreviations: Map<string, string>, isSyllableKey: (key: string) => boolean): CoreKind {
  if (core === '') return 'none';
  if (NUMBER.test(core)) return 'number';
  const key = foldAbbreviation(core);
  if (abbreviations.has(key) && !(LETTERS.test(core) && isSyllableKey(key.toLowerCase()))) return 'abbreviation';
  if (LETTERS.test(core) && strokeMisread(key, abbreviations)) return 'abbreviation';
  if (LETTERS.test(core)) {
    const upper = core.length >= 2 && core === core.toUpperCase();
    if (upper && !HAS_VOWEL.test(key)) return 'none'; // UBND, TP: an abbreviation we do not know
    return 'syllable';
  }
  if (LETTERS_WITH_LOOKALIKES.test(core) && (core.match(/\d/g) ?? []).length <= 2) return 'syllable';
  if (HAS_LETTER.test(core)) return 'code';
  return 'none';
}

/** Abbreviation table key: the form without marks, case kept ("HĐND" → "HDND"). */
export function foldAbbreviation(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Restores the abbreviations inside a code ("03/KH-HDTDKT" → "03/KH-HĐTĐKT"); separators and digits stay. */
export function restoreCode(core: string, abbreviations: Map<string, string>): string {
  const key = foldAbbreviation(core);
  const whole = abbreviations.get(key) ?? strokeMisread(key, abbreviations);
  if (whole) return whole;
  return core.replace(/[\p{L}&]+/gu, (part) => {
    if (part !== part.toUpperCase() || part.length < 2) return part;
    const partKey = foldAbbreviation(part);
    return abbreviations.get(partKey) ?? strokeMisread(partKey, abbreviations) ?? part;
  });
}

/**
 * An OCR reads the capital Đ as B ("TBKT", "HBND" for TĐKT, HĐND): capitals the table
 * does not know (four letters or more), with one B inside that as D makes an
 * abbreviation it knows, are that one.
 * Known abbreviations with a B (TBXH, UBND) are found before this is asked.
 */
function strokeMisread(key: string, abbreviations: Map<string, string>): string | undefined {
  // four capitals at least, B inside: "BTC" (Bộ Tài chính) is no "ĐTC"
  if (key.length < 4 || key !== key.toUpperCase() || !/^[A-Z&-]+$/.test(key) || abbreviations.has(key)) return undefined;
  for (let at = key.indexOf('B', 1); at >= 0; at = key.indexOf('B', at + 1)) {
    const found = abbreviations.get(key.slice(0, at) + 'D' + key.slice(at + 1));
    if (found && found[at] === 'Đ') return found;
  }
  return undefined;
}
