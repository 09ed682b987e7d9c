/**
 * How text becomes language-model units. The dictionary build and the restorer share
 * this module so the model is trained on exactly the units the decoder scores.
 *
 * A whitespace token is a core with leading and trailing punctuation. The core is a
 * lower-cased syllable, an upper-case abbreviation (the syllables it stands for when
 * expansions.ts knows them, "UBND" → ủy ban nhân dân; else its own unit "<KBNN>" or, if
 * rare, RARE_ABBREVIATION: context the model knows rather than <unk>), a number (<num>)
 * or anything else (<unk>: codes with digits, foreign words). Sentence-final punctuation closes the sentence (</s> … <s>); any
 * other punctuation is one boundary unit (<p>).
 */
import { canonicalSyllable } from '../text/vietnamese.ts';
import { hasSyllableLetters } from './syllable-shape.ts';
import { ABBREVIATION_EXPANSIONS } from './expansions.ts';

export const BOS = '<s>';
export const EOS = '</s>';
export const UNK = '<unk>';
export const NUM = '<num>';
export const PUNCT = '<p>';
/** Class units, in the id order the model uses (ids 0–4). */
export const CLASS_UNITS = [BOS, EOS, UNK, NUM, PUNCT] as const;
export const BOS_ID = 0;
export const EOS_ID = 1;
export const UNK_ID = 2;
export const NUM_ID = 3;
export const PUNCT_ID = 4;

export interface TokenParts {
  lead: string;
  core: string;
  trail: string;
}

const LEAD = /^[^\p{L}\p{N}]+/u;
const TRAIL = /[^\p{L}\p{N}]+$/u;

/** "“Kỷ" → lead "“", core "Kỷ"; "2021;" → core "2021", trail ";". */
export function splitToken(token: string): TokenParts {
  const lead = LEAD.exec(token)?.[0] ?? '';
  if (lead.length === token.length) return { lead: token, core: '', trail: '' };
  const rest = token.slice(lead.length);
  const trail = TRAIL.exec(rest)?.[0] ?? '';
  return { lead, core: rest.slice(0, rest.length - trail.length), trail };
}

export const NUMBER = /^\d+(?:[.,/]\d+)*$/;
export const LETTERS = /^\p{L}+$/u;
const SENTENCE_END = /[.!?…]/;

// upper-case letters, possibly joined by & - / ("GD&ĐT", "HĐND-UBND"), two letters at least
const UPPER_LETTERS = /^(?=(?:.*\p{Lu}){2})\p{Lu}[\p{Lu}&/-]{1,14}$/u;

/**
 * The unit of an upper-case abbreviation: "<" + its letters without marks + ">" ("HĐND"
 * and an OCR's "HDND" are one unit); null for a core that is no abbreviation (upper-case
 * syllables of headings, marked or not, "CHỦ", "VIET", stay syllables).
 */
export function abbreviationUnit(core: string): string | null {
  if (!UPPER_LETTERS.test(core) || /[&/-]$/.test(core)) return null;
  if (hasSyllableLetters(core.toLowerCase())) return null;
  return `<${core.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/Đ/g, 'D')}>`;
}

/** The syllables an abbreviation unit stands for ("<UBND>" → ủy ban nhân dân), if expansions.ts knows them. */
export function abbreviationSyllables(unit: string): string[] | undefined {
  return ABBREVIATION_EXPANSIONS[unit.slice(1, -1)]?.split(' ');
}

/**
 * The unit of abbreviations too rare to have their own ("PCT", "TĐKT"): still an
 * abbreviation, which predicts its neighbours better than <unk> (mostly foreign words).
 * Its "_" keeps any abbreviation from being spelled like it.
 */
export const RARE_ABBREVIATION = '<ABBREVIATION_>';

/** True for a unit made by abbreviationUnit, and for RARE_ABBREVIATION. */
export function isAbbreviationUnit(unit: string): boolean {
  return unit.length > 3 && unit.startsWith('<') && unit !== UNK && unit !== NUM && unit === unit.toUpperCase();
}

/** The model units of a token core: a canonical lower-case syllable, an abbreviation's units, <num> or <unk>. */
export function coreUnits(core: string): string[] {
  if (NUMBER.test(core)) return [NUM];
  const abbreviation = abbreviationUnit(core);
  if (abbreviation !== null) return abbreviationSyllables(abbreviation) ?? [abbreviation];
  if (LETTERS.test(core)) return [canonicalSyllable(core.toLowerCase())];
  return [UNK];
}

/** True when punctuation ends a sentence. */
export function endsSentence(punct: string): boolean {
  return SENTENCE_END.test(punct);
}

/**
 * Splits a line of corpus text into sentences of units (without <s>/</s>). A token's
 * lead punctuation gives <p>; its trail gives <p>, or ends the sentence.
 */
export function lineToSentences(line: string): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length > 0) sentences.push(current);
    current = [];
  };
  for (const token of line.normalize('NFC').split(/\s+/)) {
    if (token === '') continue;
    const { lead, core, trail } = splitToken(token);
    if (core === '' && endsSentence(lead)) {
      close();
      continue;
    }
    if (lead !== '') current.push(PUNCT);
    if (core !== '') current.push(...coreUnits(core));
    if (trail !== '') {
      if (endsSentence(trail)) close();
      else current.push(PUNCT);
    }
  }
  close();
  return sentences;
}
