/**
 * Names of administrative units below a province (wards, communes, districts) in text
 * without marks: "UBND phuong Dich Vong Hau", "PHUONG DICH VONG HAU", "xa Tan Lap". The
 * model reads a proper noun from the words around it and gets it wrong ("Dịch Vọng
 * Hầu"); a name that follows a level word is read instead from the corpus' names
 * (dictionaries/data/places.tsv, mined by dictionaries/build-places.ts):
 *   - letters that spell a mined name take its most frequent spelling, when that one
 *     dominates (DOMINANT × the next); else the mined spellings' syllables, the model
 *     choosing between them;
 *   - letters of no mined name are read syllable by syllable from how many mined names
 *     each reading is in (as person names are, person-names.ts), the model choosing
 *     between close ones.
 * A name read so is remembered for the text: the same letters in capitals elsewhere
 * without a level word ("Dich Vong Hau, ngay 08 thang 01 nam 2024") read the same.
 */
import { hasVietnameseDiacritics, stripDiacritics } from '../text/vietnamese.ts';
import type { Candidate, CandidateGenerator } from './candidates.ts';
import type { LineToken } from './segment.ts';
import { readingsByFrequency } from './person-names.ts';

export interface PlaceTable {
  /** stripped lower-case letters → mined spellings (canonical lower case), most frequent first */
  names: Map<string, Array<{ spelling: string[]; count: number }>>;
  /** canonical syllable → number of distinct mined names it is in */
  syllables: Map<string, number>;
}

export function parsePlaceTable(text: string): PlaceTable {
  const names: PlaceTable['names'] = new Map();
  const syllables = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [kind, value, n] = line.split('\t');
    if (kind === 'S') syllables.set(value, Number(n));
    else if (kind === 'N') {
      const key = stripDiacritics(value);
      const list = names.get(key) ?? [];
      list.push({ spelling: value.split(' '), count: Number(n) });
      names.set(key, list);
    }
  }
  for (const list of names.values()) list.sort((a, b) => b.count - a.count);
  return { names, syllables };
}

/** The most frequent spelling of a name's letters is the name when it is this many times as frequent as the next. */
const DOMINANT = 3;
const MAX_NAME = 4;

/** Level words without marks (tokens), and their spelling. */
const LEVELS: Array<[string[], string[]]> = [
  [['thi', 'tran'], ['thị', 'trấn']],
  [['thi', 'xa'], ['thị', 'xã']],
  [['thanh', 'pho'], ['thành', 'phố']],
  [['phuong'], ['phường']],
  [['quan'], ['quận']],
  [['huyen'], ['huyện']],
  [['xa'], ['xã']],
];
/** Letters before a level word that make it no level: "cong hoa xa hoi", "co quan", "Tong cuc". */
const NOT_LEVEL_AFTER = new Set(['hoa', 'co', 'hoi', 'tong', 'dong', 'si']);
/** In a line of capitals a level word opens a name at the line's start or after the council: "UY BAN NHAN DAN PHUONG …". */
const COUNCIL = /(^|\s)(ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)$/;
const CAPITALISED = /^\p{Lu}/u;

export class PlaceNameReader {
  constructor(
    private readonly table: PlaceTable,
    private readonly generator: CandidateGenerator,
  ) {}

  /**
   * The readings of a name's syllables (letters without marks), each a list of
   * candidates with costs; undefined when the table says nothing of them.
   */
  read(pieces: string[]): Candidate[][] | undefined {
    if (pieces.length < 2) return undefined;
    const key = pieces.map((p) => stripDiacritics(p).toLowerCase()).join(' ');
    const spellings = this.table.names.get(key);
    const candidates = pieces.map((p) => this.generator.candidates(p, 'stripped'));
    if (spellings) {
      const dominant = spellings.length === 1 || spellings[0].count >= DOMINANT * spellings[1].count;
      const chosen = dominant ? spellings.slice(0, 1) : spellings;
      const options = candidates.map((list, k) => list.filter((c) => chosen.some((s) => s.spelling[k] === c.text)).map((c) => ({ ...c, cost: 0 })));
      if (options.every((o) => o.length > 0)) return options;
    }
    // letters of no mined name: each syllable by how many names it is in
    let known = 0;
    const options = candidates.map((list) => {
      const read = readingsByFrequency(list, (syllable) => this.table.syllables.get(syllable) ?? 0);
      if (!read) return list;
      known++;
      return read.options;
    });
    return known === pieces.length ? options : undefined;
  }

  /** The level word's readings: its spelling alone. */
  level(piece: string, spelling: string): Candidate[] | undefined {
    const found = this.generator.candidates(piece, 'stripped').find((c) => c.text === spelling);
    return found ? [{ ...found, cost: 0 }] : undefined;
  }
}

/** Token index → its readings, for the names of units in a text's lines; letters of names read so, for the same letters elsewhere. */
export interface PlaceFinding {
  byLine: Array<Map<number, Candidate[]> | undefined>;
}

const letters = (t: LineToken) => stripDiacritics(t.core).toLowerCase();

/** A token that may be a syllable of a name: capitalised letters without marks, nothing before them. */
function nameToken(t: LineToken): boolean {
  return t.kind === 'syllable' && t.pieces.length === 1 && t.lead === '' && CAPITALISED.test(t.core) && !hasVietnameseDiacritics(t.core);
}

/** First letters of the level words (lower case): most tokens are no level word, found without more. */
const LEVEL_INITIALS = new Set(LEVELS.map(([words]) => words[0].charCodeAt(0)));

/** The level word at i: its token count and spelling, or undefined. */
function levelAt(tokens: LineToken[], i: number): [number, string[]] | undefined {
  const core = tokens[i].core;
  if (core.length < 2 || core.length > 6 || !LEVEL_INITIALS.has(core.charCodeAt(0) | 32)) return undefined;
  for (const [words, spelling] of LEVELS) {
    if (i + words.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = tokens[i + k];
      // a token with marks is never the bare letters
      if (t.kind !== 'syllable' || t.pieces.length !== 1 || t.core.toLowerCase() !== words[k] || (k > 0 && t.lead !== '') || t.trail !== '') ok = false;
    }
    if (ok) return [words.length, spelling];
  }
  return undefined;
}

/** True when a level word at i opens another name ("… Tan Lap Huyen Dan Phuong"); a level's letters that end a name are its syllable ("Dan Phuong"). */
function opensName(tokens: LineToken[], i: number): boolean {
  const level = levelAt(tokens, i);
  if (!level) return false;
  const next = tokens[i + level[0]];
  return next !== undefined && nameToken(next);
}

/**
 * The names of units after level words in the lines marked stripped (their marks lost),
 * then the same letters, two syllables or more, in a capitalised run elsewhere in those
 * lines. upper: the line is in capitals.
 */
export function findStrippedPlaces(segmented: LineToken[][], stripped: boolean[], upper: boolean[], reader: PlaceNameReader): PlaceFinding | undefined {
  let found: PlaceFinding | undefined;
  const set = (line: number, token: number, candidates: Candidate[]) => {
    found ??= { byLine: segmented.map(() => undefined) };
    (found.byLine[line] ??= new Map()).set(token, candidates);
  };
  // the letters of names read after a level word → their readings
  const memory = new Map<string, Candidate[][]>();
  segmented.forEach((tokens, line) => {
    if (!stripped[line]) return;
    for (let i = 0; i < tokens.length; i++) {
      const level = levelAt(tokens, i);
      if (!level) continue;
      const [n, spelling] = level;
      const before = i > 0 ? tokens[i - 1] : undefined;
      if (before && before.trail === '' && tokens[i].lead === '' && NOT_LEVEL_AFTER.has(letters(before))) continue;
      if (upper[line] && i > 0) {
        const head = tokens
          .slice(0, i)
          .map((t) => stripDiacritics(t.lead + t.core + t.trail).toLowerCase())
          .join(' ');
        if (!COUNCIL.test(head)) continue;
      }
      // the run of capitalised syllables after the level word, to punctuation, a word in lower case or the next level
      let e = i + n;
      // a tab or a wide gap parts cells of a header joined on one line ("UY BAN NHAN DAN QUAN\tCONG HOA …")
      while (e < tokens.length && e - (i + n) <= MAX_NAME && tokens[e].space === ' ' && nameToken(tokens[e]) && !opensName(tokens, e)) {
        e++;
        if (tokens[e - 1].trail !== '') break;
      }
      const length = e - (i + n);
      if (length < 2 || length > MAX_NAME) continue;
      // a run that goes on in capitals is a heading's words, not a name
      if (e < tokens.length && tokens[e - 1].trail === '' && tokens[e].space === ' ' && nameToken(tokens[e]) && !opensName(tokens, e)) continue;
      const pieces = tokens.slice(i + n, e).map((t) => t.core);
      const options = reader.read(pieces);
      if (!options) continue;
      options.forEach((o, k) => set(line, i + n + k, o));
      for (let k = 0; k < n; k++) {
        const l = reader.level(tokens[i + k].core, spelling[k]);
        if (l) set(line, i + k, l);
      }
      if (length >= 2) memory.set(pieces.map((p) => stripDiacritics(p).toLowerCase()).join(' '), options);
      i = e - 1;
    }
  });
  if (memory.size === 0) return found;
  // the same letters elsewhere, as a run of their own ("Dich Vong Hau, ngay …")
  const lengths = new Set([...memory.keys()].map((k) => k.split(' ').length));
  segmented.forEach((tokens, line) => {
    if (!stripped[line]) return;
    for (let i = 0; i < tokens.length; i++) {
      if (found?.byLine[line]?.has(i) || !nameToken(tokens[i]) || (i > 0 && nameToken(tokens[i - 1]) && tokens[i - 1].trail === '' && tokens[i].space === ' ')) continue;
      let e = i + 1;
      while (e < tokens.length && nameToken(tokens[e]) && tokens[e - 1].trail === '' && tokens[e].space === ' ') e++;
      const length = e - i;
      if (!lengths.has(length)) continue;
      const options = memory.get(
        tokens
          .slice(i, e)
          .map(letters)
          .join(' '),
      );
      if (options) options.forEach((o, k) => set(line, i + k, o));
      i = e - 1;
    }
  });
  return found;
}

