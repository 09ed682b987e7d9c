/**
 * Vietnamese person names read from text without marks ("Pham Van Thinh", an OCR's
 * "Trirong Canh Tuyen"). The language model guesses a name's syllables from the words
 * around them and gets them wrong ("Phạm Văn Thinh", "Họ Thì Nguyên Thảo"); a name is
 * better read position by position from how often each syllable is a surname, a middle
 * or a given name (dictionaries/data/names.tsv, mined from the corpus by
 * dictionaries/build-names.ts). Each syllable's readings come from the candidate
 * generator, so OCR confusions ("ir" → ư) are read through; a reading's cost (log10)
 * weighs against its name frequency.
 */
import { canonicalSyllable, stripDiacritics } from '../text/vietnamese.ts';
import type { Candidate, CandidateGenerator } from './candidates.ts';
import { UNK_ID } from './lm-tokens.ts';

export type NamePosition = 'S' | 'M' | 'G';

export interface NameTable {
  /** position → canonical syllable → number of distinct corpus names with it there */
  counts: Record<NamePosition, Map<string, number>>;
  /** stripped keys of surnames that are also common capitalised words ("Văn", "Công") */
  ambiguousSurnames: Set<string>;
}

/**
 * Surnames that are also common words written with a capital in administrative text
 * ("Văn phòng", "Công an", "Quang Trung", "Long An"): they open a name only where the
 * text says a name follows (the signer's line, after "đồng chí"), never in any run of
 * capitals.
 */
const AMBIGUOUS_SURNAMES = ['Văn', 'Công', 'Phương', 'Sơn', 'Hoa', 'Quang', 'Long', 'Hồng', 'Giang', 'Kim', 'Thi', 'Chung', 'Quan', 'Trang', 'Yên', 'Hạ', 'Ma', 'Kỳ', 'Đồng', 'Mai', 'Vi', 'Ninh', 'Thái', 'Đường', 'Tôn', 'Bồ', 'Phó', 'Chu', 'Ông', 'Mạc', 'Tống'];

/** Stripped letters of a surname that are also an office opening a unit's name: Bộ/Bồ, Vụ/Vũ, Tổ/Tô, Sở, Cục, Ban, Hội, Đoàn. */
const OFFICE_KEYS = new Set(['bo', 'vu', 'to', 'so', 'cuc', 'ban', 'hoi', 'doan', 'chi']);

export function parseNameTable(text: string, ambiguous: readonly string[] = AMBIGUOUS_SURNAMES): NameTable {
  const counts: NameTable['counts'] = { S: new Map(), M: new Map(), G: new Map() };
  for (const line of text.split('\n')) {
    const [kind, syllable, n] = line.split('\t');
    if (kind === 'S' || kind === 'M' || kind === 'G') counts[kind].set(syllable, Number(n));
  }
  return { counts, ambiguousSurnames: new Set(ambiguous.map((s) => stripDiacritics(s).toLowerCase())) };
}

/** log10 cost of a reading's letters per unit of name frequency (log10): a rule costs more than frequency can repay unless the name is common. */
const READING_WEIGHT = 1.5;
/** Counts in the other positions count this much (a middle name is often a given name too). */
const OTHER_POSITION = 0.25;
const SMOOTHING = 0.5;
/** Weight of a reading's rarity as a name against the model's context (see NameReading.options). */
const NAME_WEIGHT = 4;
/**
 * Readings this much rarer as a name (log10) than the best are no reading of the name at
 * all: five times rarer. The model knows some people of its corpus by name ("Trần Thị Thu
 * Hường" gives the trigram "thị thu hường") and a few words that look like names ("thanh
 * điệu", a tone): with every reading left to it, it read "Pham Thi Thu Huong" as "Hường"
 * (given name 2 against Hương's 14) and "Nguyen Thanh Dieu" as "Điệu" (a given name of
 * none). Held-out corpus names lose two that only the model knew (Tôn Dật Tiên, Chu Ân Lai).
 */
const NAME_PRUNE = 0.7;
/** Highest cost of the reading that makes the first letters a surname ("Trirong": ir → ư). */
const OPENING_READING = 1;

export interface NameReading {
  /** chosen candidate per syllable */
  chosen: Candidate[];
  /**
   * per syllable, its readings a name uses, each costing how much rarer it is than the
   * best (log10 × NAME_WEIGHT): the model's context still chooses between close ones
   */
  options: Candidate[][];
  /** true when every syllable is a name syllable the table knows in some position */
  known: boolean;
}

export class PersonNameReader {
  constructor(
    private readonly table: NameTable,
    private readonly generator: CandidateGenerator,
  ) {}

  /** True when the letters may open a name: a surname the table knows (in any reading). */
  opensName(piece: string, strict: boolean, alone = false): boolean {
    const key = stripDiacritics(piece).toLowerCase();
    if (strict && this.table.ambiguousSurnames.has(key)) return false;
    // "Bo", "Vu", "To" are an office first ("Bộ trưởng Bộ Công Thương"): a name only on a line of its own
    if (!alone && OFFICE_KEYS.has(key)) return false;
    return this.generator.candidates(piece, 'stripped').some((c) => c.unit !== UNK_ID && c.cost <= OPENING_READING && (this.table.counts.S.get(c.text) ?? 0) > 0);
  }

  /**
   * The best reading of a name's syllables (surname first, given name last), from the
   * candidates of each; a syllable's reading that no name uses keeps the generator's cheapest.
   */
  read(pieces: string[]): NameReading {
    let known = true;
    const options: Candidate[][] = [];
    const chosen = pieces.map((piece, i) => {
      const position: NamePosition = i === 0 && pieces.length > 1 ? 'S' : i === pieces.length - 1 ? 'G' : 'M';
      const candidates = this.generator.candidates(piece, 'stripped');
      const read = readingsByFrequency(candidates, (syllable) => this.frequency(syllable, position));
      if (!read) {
        known = false;
        options.push(candidates);
        return candidates[0];
      }
      options.push(read.options);
      return read.best;
    });
    return { chosen, options, known };
  }

  private frequency(syllable: string, position: NamePosition): number {
    const own = this.table.counts[position].get(syllable) ?? 0;
    if (position === 'S') return own;
    const other = this.table.counts[position === 'M' ? 'G' : 'M'].get(syllable) ?? 0;
    return own + OTHER_POSITION * other;
  }
}

/**
 * A name syllable's readings weighed by how often each is a name syllable (`frequency`)
 * against what reading the letters so costs: the best, and the readings within
 * NAME_PRUNE of it, each costing how much rarer it is (log10 × NAME_WEIGHT), so the
 * model's context still chooses between close ones. Undefined when no reading is a name
 * syllable. Person names and the names of places are read so.
 */
export function readingsByFrequency(candidates: readonly Candidate[], frequency: (syllable: string) => number): { best: Candidate; options: Candidate[] } | undefined {
  let best: Candidate | undefined;
  let bestScore = -Infinity;
  const scored: Array<[Candidate, number]> = [];
  for (const c of candidates) {
    if (c.unit === UNK_ID) continue;
    const f = frequency(c.text);
    if (f === 0) continue;
    const score = Math.log10(f + SMOOTHING) - READING_WEIGHT * c.cost;
    scored.push([c, score]);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  if (!best) return undefined;
  return { best, options: scored.filter(([, score]) => bestScore - score <= NAME_PRUNE).map(([c, score]) => ({ ...c, cost: NAME_WEIGHT * (bestScore - score) })) };
}

/** A name's syllables as the reader would print them, for tests and measurement. */
export function nameKey(name: string): string {
  return name.split(/\s+/).map((s) => canonicalSyllable(s.toLowerCase())).join(' ');
}
