/**
 * The syllable an old OCR lost at a line end. Old OCRs drop the last word of some lines
 * (see shared/seed/); two kinds of loss leave a trace in what is left:
 * - the line ends inside a word: "Viện kiểm sát nhân dân tối" was "… tối cao;". Where the
 *   line's last syllable opens a word and the syllable trigram model leaves little doubt
 *   which syllable closes it, and the phrase then ends, that syllable is the lost one;
 * - the line ends in a comma, which no list item or phrase ends in: "Các Sở, ban," was
 *   "… ban, ngành;". The loss is sure; the model need only be sure of the syllable.
 * The plan's own text is evidence too: a plan that prints "xã, thị trấn" twice and never
 * "xã, thị xã" lost "trấn" after "UBND các xã, thị", where the model alone wavers.
 * A whole lost word after a finished one ("Các Sở, ban, ngành" that was "… ngành TP;") is
 * not guessed: nothing in the line calls for it.
 */
import { pairKey, type RestoreData } from './data.ts';
import { BOS, CLASS_UNITS, EOS, EOS_ID, PUNCT_ID, lineToSentences } from './lm-tokens.ts';

/** The closing syllable must follow the line's last two units this often (the word is surely unfinished) … */
const MIN_PROBABILITY = 0.5;
/** … after a comma, where the loss itself is sure, this often … */
const MIN_PROBABILITY_AFTER_COMMA = 0.3;
/** … and, weighed by how often the phrase ends right after it, hold this share among the syllables that close the word. */
const MIN_SHARE = 0.6;
/** The plan decides alone when it prints the context followed by one closer this often, and by anything else (another syllable, a stop, the sentence's end) at most … */
const MIN_PLAN_COUNT = 2;
/** … this share of the time. */
const MAX_PLAN_OTHERS = 0.2;

const probability = (logProb: number) => 10 ** logProb;

/** How often the plan prints each unit (the sentence's end too) after each pair of units: "x y" → z → count. */
export type PlanPhrases = Map<string, Map<number, number>>;

/**
 * The plan's own trigrams of model units (restored text), for lostClosingSyllable; those of
 * `judged` (the lines being completed, which the plan's text holds too) are taken out: a
 * cut line is no evidence that its phrase ends there.
 */
export function planPhrases(data: RestoreData, planText: string, judged = ''): PlanPhrases {
  const phrases: PlanPhrases = new Map();
  const count = (text: string, by: number) => {
    for (const line of text.split('\n')) {
      for (const sentence of lineToSentences(line)) {
        const ids = [BOS, ...sentence, EOS].map((u) => data.unitId.get(u));
        for (let i = 2; i < ids.length; i++) {
          const [x, y, z] = [ids[i - 2], ids[i - 1], ids[i]];
          if (x === undefined || y === undefined || z === undefined) continue;
          const next = phrases.get(`${x} ${y}`) ?? new Map<number, number>();
          next.set(z, (next.get(z) ?? 0) + by);
          phrases.set(`${x} ${y}`, next);
        }
      }
    }
  };
  count(planText, 1);
  count(judged, -1);
  return phrases;
}

/**
 * The syllable (lower case, as the model spells it) that the text lost at its end, when
 * the text was cut right after a word's first syllable or right after a comma; undefined
 * when nothing is sure. `text` is restored text.
 */
export function lostClosingSyllable(data: RestoreData, text: string, plan?: PlanPhrases): string | undefined {
  const trimmed = text.trim();
  const afterComma = /,$/.test(trimmed);
  if (!afterComma && !/\p{L}$/u.test(trimmed)) return undefined;
  const sentences = lineToSentences(trimmed);
  const units = sentences[sentences.length - 1] ?? [];
  const y = data.unitId.get(units[units.length - 1] ?? '');
  const x = data.unitId.get(units.length > 1 ? units[units.length - 2] : BOS);
  if (x === undefined || y === undefined) return undefined;
  if (afterComma ? y !== PUNCT_ID : y < CLASS_UNITS.length) return undefined;
  // after a word's first syllable, what closes it forms a word with it; after a comma, any syllable opens the next word
  const closes = (z: number) => z >= CLASS_UNITS.length && (afterComma || data.wordPairs.has(pairKey(y, z)));

  // the plan's own phrase: one closer, and the phrase seldom ends or goes on otherwise (then the word was surely unfinished)
  const printed = plan?.get(`${x} ${y}`);
  if (printed) {
    const [top, count] = [...printed].reduce((a, b) => (b[1] > a[1] ? b : a));
    const total = [...printed.values()].reduce((sum, n) => sum + Math.max(0, n), 0);
    if (closes(top) && count >= MIN_PLAN_COUNT && total - count <= total * MAX_PLAN_OTHERS) return data.units[top];
  }

  const closers = data.lm
    .successors(x, y)
    .filter((next) => closes(next.unit))
    .map((next) => ({ ...next, weight: probability(next.logProb) * endsAfter(data, y, next.unit) }));
  const best = closers.reduce<(typeof closers)[number] | undefined>((a, b) => (a && a.weight >= b.weight ? a : b), undefined);
  const total = closers.reduce((sum, c) => sum + c.weight, 0);
  const floor = afterComma ? MIN_PROBABILITY_AFTER_COMMA : MIN_PROBABILITY;
  if (!best || probability(best.logProb) < floor || best.weight < total * MIN_SHARE) return undefined;
  return data.units[best.unit];
}

/** How often a phrase ends (punctuation or the sentence's end) after units y, z. */
function endsAfter(data: RestoreData, y: number, z: number): number {
  return data.lm
    .successors(y, z)
    .filter((next) => next.unit === PUNCT_ID || next.unit === EOS_ID)
    .reduce((sum, next) => sum + probability(next.logProb), 0);
}
