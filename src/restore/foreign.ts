/**
 * Finds stretches of another language (mostly English names of bodies and documents)
 * so the restorer leaves them alone. A run of unmarked letter tokens counts as foreign
 * when most of its tokens are no Vietnamese syllable and it holds an English function
 * word: stripped Vietnamese ("to chuc thanh cong") is mostly valid syllables, garbled
 * OCR ("ciia", "dugc") has no English function words in a row. A garbled token that
 * one cheap OCR confusion turns into a syllable ("tir" → tư, "phirong" → phường) counts
 * as Vietnamese: "trat tir do thi" is no English for holding "do".
 */
import { hasVietnameseDiacritics, stripDiacritics } from '../text/vietnamese.ts';
import type { LineToken } from './segment.ts';

const ENGLISH_FUNCTION_WORDS = new Set(
  ('the of and to in is are was were be been for on with by this that these those as at from it its an or will has have had ' +
    'not we you they he she his her our their which who can all more also into than other may no shall should would must ' +
    'under about between such each any only if do does')
    .split(' '),
);

/** What the foreign-word test asks of a token's core: marked, no syllable (as written or through a cheap reading), an English function word. */
export interface ForeignCoreFacts {
  marked: boolean;
  invalid: boolean;
  functionWord: boolean;
}

/** The facts of one core; a restorer caches them (they depend on the core alone). */
export function foreignCoreFacts(core: string, isSyllableKey: (key: string) => boolean, readsAsSyllable: (core: string) => boolean = () => false): ForeignCoreFacts {
  const lower = core.toLowerCase();
  return {
    marked: hasVietnameseDiacritics(core),
    invalid: !isSyllableKey(stripDiacritics(lower)) && !readsAsSyllable(core),
    functionWord: ENGLISH_FUNCTION_WORDS.has(lower),
  };
}

export function findForeignTokens(
  tokens: LineToken[],
  isSyllableKey: (key: string) => boolean,
  readsAsSyllable: (core: string) => boolean = () => false,
  factsOf: (core: string) => ForeignCoreFacts = (core) => foreignCoreFacts(core, isSyllableKey, readsAsSyllable),
): boolean[] {
  const foreign = new Array<boolean>(tokens.length).fill(false);
  // letter tokens without Vietnamese marks, in order; a marked token breaks the run
  let run: number[] = [];
  const closeRun = () => {
    if (run.length === 0) return;
    const facts = run.map((i) => factsOf(tokens[i].core));
    const invalid = facts.map((f) => f.invalid);
    const functionWord = facts.map((f) => f.functionWord);
    // a token looks foreign when it is no syllable or an English function word; one
    // syllable-looking word between two foreign-looking ones ("Home" in "of Home Affairs") joins them
    const looks = run.map((_, k) => invalid[k] || functionWord[k]);
    const bridged = looks.map((l, k) => l || (k > 0 && k + 1 < run.length && looks[k - 1] && looks[k + 1]));
    for (let k = 0; k < run.length; ) {
      if (!bridged[k]) {
        k++;
        continue;
      }
      let e = k;
      let bad = 0;
      let fw = 0;
      while (e < run.length && bridged[e]) {
        if (invalid[e]) bad++;
        if (functionWord[e]) fw++;
        e++;
      }
      if (e - k >= 2 && fw >= 1 && bad * 2 >= e - k) for (let j = k; j < e; j++) foreign[run[j]] = true;
      k = e;
    }
    run = [];
  };
  tokens.forEach((t, i) => {
    if (t.kind !== 'syllable') return;
    if (factsOf(t.core).marked) closeRun();
    else run.push(i);
  });
  closeRun();
  return foreign;
}
