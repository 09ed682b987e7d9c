/**
 * How text becomes language-model units. The dictionary build and the restorer share
 * this module so the model is trained on exactly the units the decoder scores.
 *
 * A whitespace token is a core with leading and trailing punctuation. The core is a
 * lower-cased syllable, a number (<num>) or anything else (<unk>: codes, abbreviations,
 * foreign words). Sentence-final punctuation closes the sentence (</s> … <s>); any
 * other punctuation is one boundary unit (<p>).
 */
import { canonicalSyllable } from '../text/vietnamese.ts';

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

/** The model unit of a token core: a canonical lower-case syllable, <num> or <unk>. */
export function coreUnit(core: string): string {
  if (NUMBER.test(core)) return NUM;
  if (LETTERS.test(core)) return canonicalSyllable(core.toLowerCase());
  return UNK;
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
    if (core !== '') current.push(coreUnit(core));
    if (trail !== '') {
      if (endsSentence(trail)) close();
      else current.push(PUNCT);
    }
  }
  close();
  return sentences;
}
