/**
 * How an OCR without Vietnamese misreads Vietnamese letters: `seen` is what it printed
 * (lower case), `meant` what the page said, `cost` a log10 penalty (≈ how unlikely the
 * misreading is). Letters that only lose their marks (ư → u, đ → d) need no rule: every
 * token already matches all syllables that strip to its letters.
 *
 * Written from the glyph shapes: a hook or horn read as a separate letter (ư → "ir",
 * "ii"), a dot below read as a descender (ọ → "p", ợ → "g"), marked vowels read as "d"
 * (ơ, ă, á), "m" split into "rn", and the usual I/l/1, O/0, ô/6 swaps.
 */
export interface OcrConfusion {
  seen: string;
  meant: string;
  cost: number;
}

export const OCR_CONFUSIONS: OcrConfusion[] = [
  // ư and its tones: hook read as r / i
  { seen: 'ir', meant: 'ư', cost: 0.4 },
  { seen: 'ii', meant: 'ư', cost: 0.7 },
  { seen: 'ii', meant: 'u', cost: 0.7 },
  { seen: 'l/', meant: 'ư', cost: 1.0 },
  // m split
  { seen: 'rn', meant: 'm', cost: 0.6 },
  { seen: 'm', meant: 'rn', cost: 1.6 },
  { seen: 'n', meant: 'ri', cost: 1.6 },
  // digits for letters
  { seen: '6', meant: 'ô', cost: 0.4 },
  { seen: '6', meant: 'ơ', cost: 0.8 },
  { seen: '0', meant: 'o', cost: 0.5 },
  { seen: '0', meant: 'ô', cost: 0.6 },
  { seen: '1', meant: 'l', cost: 0.8 },
  { seen: '1', meant: 'i', cost: 0.9 },
  { seen: '5', meant: 's', cost: 1.2 },
  // I / l
  { seen: 'i', meant: 'l', cost: 0.9 },
  { seen: 'l', meant: 'i', cost: 1.0 },
  { seen: 'l', meant: 't', cost: 1.4 },
  // dot below or hook read as a descender
  { seen: 'j', meant: 'ị', cost: 0.6 },
  { seen: 'p', meant: 'ọ', cost: 1.0 },
  { seen: 'q', meant: 'o', cost: 1.0 },
  { seen: 'g', meant: 'ợ', cost: 1.0 },
  { seen: 'g', meant: 'ọ', cost: 1.2 },
  { seen: 'y', meant: 'ỵ', cost: 1.4 },
  // marked vowels read as d
  { seen: 'd', meant: 'ơ', cost: 0.9 },
  { seen: 'd', meant: 'ă', cost: 1.0 },
  { seen: 'd', meant: 'á', cost: 1.0 },
  { seen: 'd', meant: 'ố', cost: 1.1 },
  { seen: 'd', meant: 'ớ', cost: 1.0 },
  { seen: 'd', meant: 'ờ', cost: 1.1 },
  { seen: 'd', meant: 'ở', cost: 1.2 },
  { seen: 'd', meant: 'ả', cost: 1.2 },
  { seen: 'd', meant: 'ề', cost: 1.3 },
  { seen: 'd', meant: 'à', cost: 1.0 },
  { seen: 'd', meant: 'ậ', cost: 1.2 },
  // horns and breves merged into the next letter
  { seen: 'a', meant: 'ơ', cost: 1.2 },
  { seen: 'a', meant: 'ớ', cost: 1.2 },
  { seen: 'e', meant: 'c', cost: 1.0 },
  { seen: 'c', meant: 'e', cost: 1.4 },
  { seen: 'b', meant: 'h', cost: 1.2 },
  { seen: 'h', meant: 'b', cost: 1.4 },
  { seen: 'cl', meant: 'd', cost: 1.0 },
  { seen: 'li', meant: 'h', cost: 1.2 },
  { seen: 'f', meant: 't', cost: 1.4 },
  { seen: 'tl', meant: 'th', cost: 1.4 },
];
