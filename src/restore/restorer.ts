/**
 * Restores Vietnamese text that lost or garbled its diacritics: stripped text from old
 * systems, text an OCR without Vietnamese read ("Thirc hien", "ciia"), and text with
 * some wrong marks. Guarantees:
 *   - every output line has the same whitespace and the same number of tokens, in the
 *     same order, as its input line (the OCR stage maps tokens to word boxes by index);
 *   - only letters of syllables and of known abbreviations change; punctuation, numbers,
 *     dates, code shapes, case pattern and foreign-language stretches are kept;
 *   - one tone placement for the whole text: the input's where it shows one, else modern.
 */
import type { RestoredToken } from '../model/document.ts';
import { detectTonePlacement, diacriticRatio, canonicalSyllable, hasVietnameseDiacritics, stripDiacritics } from '../text/vietnamese.ts';
import { loadRestoreData, type RestoreData } from './data.ts';
import { CandidateGenerator, type Candidate, type EvidenceMode } from './candidates.ts';
import { decodeSentence, DEFAULT_WEIGHTS, type Choice, type DecodeWeights } from './decode.ts';
import { NUM_ID, PUNCT_ID, UNK_ID, RARE_ABBREVIATION, abbreviationSyllables, abbreviationUnit, endsSentence, splitToken } from './lm-tokens.ts';
import { segmentLine, trailingSpace, restoreCode, foldAbbreviation, type LineToken, type TokenSegmentation } from './segment.ts';
import { findForeignTokens, foreignCoreFacts, type ForeignCoreFacts } from './foreign.ts';
import { findNameTokens, findStrippedNames } from './names.ts';
import { PersonNameReader } from './person-names.ts';
import { PlaceNameReader, findStrippedPlaces, type PlaceFinding } from './place-names.ts';
import { renderSyllable, caseShape, SHAPE_SAMPLE, type CaseShape, type Placement } from './case.ts';

export type { RestoredToken };

export interface RestoreOptions {
  placement?: 'auto' | 'modern' | 'old';
  /** tokens below this confidence are reported as low-confidence by the stage (default 0.6) */
  lowConfidenceBelow?: number;
}

export interface RestoredLine {
  text: string;
  original: string;
  tokens: RestoredToken[];
  /** syllables changed */
  changed: number;
}

export interface Restorer {
  restoreLine(line: string): RestoredLine;
  /**
   * One unit's name as a phrase of its own ("Van phong - Thong ke phuong"): a name ends
   * in the level of its administrative unit more than anywhere else (→ phường, not the
   * commoner "phương"). Optional: a restorer without it restores the name as a line.
   */
  restoreUnitName?(name: string): RestoredLine;
  /**
   * The text with syllables an OCR glued together parted by a space ("thircpham" →
   * "thirc pham", "vdphat" → "vd phat"); changes the token count, so only for text
   * without word boxes. Optional.
   */
  splitGlued?(text: string): string;
  /**
   * A task value of its own, restored from stripped old OCR: as restoreLine, but letters
   * two cheap misreadings make a syllable are garbled Vietnamese, not kept. Optional.
   */
  restorePhrase?(text: string): RestoredLine;
  restoreLines(lines: string[]): RestoredLine[];
  restoreText(text: string): string;
}

/** Share of marked words above which a line's marks are trusted as evidence. */
const MARKED_LINE_RATIO = 0.3;
const MAX_ALTERNATIVES = 4;
/** Highest candidate cost of a reading that makes a garbled token Vietnamese for the foreign-word test: a rule or two, no edit. */
const GARBLED_READING_COST = 1.5;

/**
 * log10 bonus of an administrative level as the last syllable of a unit's name. The
 * corpus (laws, provinces, Wikipedia) knows "phương" twelve times as often as "phường"
 * and has few ward units, so a name's last "phuong" read as "phương" unless told; 2
 * stays below the margin of the words that do end a name ("các địa phương" 6.5,
 * "cơ quan" 4.9, "đơn vị hiệp quản" 3.4).
 */
const UNIT_END_BONUS = 2;
/** Shortest token splitGlued parts: two syllables of two letters and one more. */
const GLUED_MIN_LENGTH = 5;
/** A whole token with a reading this cheap (rules or one edit) is one garbled syllable, never parted. */
const GLUED_WHOLE_READING_COST = 2.5;
const ADMIN_LEVELS = new Set(['phường', 'quận', 'huyện', 'xã', 'tỉnh']);

/** One restorable core: where it sits and what the decoder chose. */
interface Slot {
  line: number;
  token: number;
  piece: number;
  candidates: Candidate[];
  choice?: { ranked: number[]; confidence: number };
  /** the slot's line lost its marks */
  stripped?: boolean;
}

interface Decoded {
  slots: Slot[];
  /** each sentence's choices, in order */
  sentences: Choice[][];
}

/** What restoreLines knows of its lines before decoding them. */
interface LineFacts {
  /** the line lost its marks (diacriticRatio below MARKED_LINE_RATIO) */
  stripped: boolean[];
  /** the line is in capitals */
  upper: boolean[];
  /** the names of wards, communes and districts in the stripped lines, read from places.tsv */
  places?: PlaceFinding;
}

/** A second decoding: some slots' candidates changed; the other sentences keep the first decoding's choices. */
interface DecodeBias {
  previous: Choice[][];
  candidates(line: number, token: number, piece: number): Candidate[] | undefined;
}

/** Confidence of a reading the document remembers, and below which a reading may follow the memory. */
const SURE_READING = 0.9;
const UNSURE_READING = 0.9;
/** log10 cost the rivals of a remembered reading pay (seed old OCR 96.95 % right at 1, 97.02 at 1.5, 2 no better). */
const DOCUMENT_SENSE_COST = 1.5;

export async function createRestorer(options: RestoreOptions = {}): Promise<Restorer> {
  const placement = options.placement ?? 'auto';
  if (!['auto', 'modern', 'old'].includes(placement)) {
    throw new TypeError(`Expected placement to be 'auto', 'modern' or 'old' but received ${JSON.stringify(placement)} of type ${typeof placement}`);
  }
  const data = await loadRestoreData();
  return new SyllableRestorer(data, placement);
}

/** Library API: restores a whole text, line by line with context across wrapped lines. */
export async function restore(text: string, options?: RestoreOptions): Promise<string> {
  return (await createRestorer(options)).restoreText(text);
}

export class SyllableRestorer implements Restorer {
  private readonly generator: CandidateGenerator;
  private readonly nameReader: PersonNameReader;
  private readonly placeReader: PlaceNameReader;
  private readonly isSyllableKey: (key: string) => boolean;

  constructor(
    private readonly data: RestoreData,
    private readonly placement: 'auto' | 'modern' | 'old',
    private readonly weights: DecodeWeights = DEFAULT_WEIGHTS,
  ) {
    this.generator = new CandidateGenerator(data);
    this.isSyllableKey = (key) => data.byKey.has(key);
    this.nameReader = new PersonNameReader(data.names, this.generator);
    this.placeReader = new PlaceNameReader(data.places, this.generator);
  }

  private readonly foreignCache = new Map<string, ForeignCoreFacts>();

  /** foreignCoreFacts of a core, cached: text repeats its syllables. */
  private readonly foreignFacts = (core: string): ForeignCoreFacts => {
    let found = this.foreignCache.get(core);
    if (found === undefined) {
      found = foreignCoreFacts(core, this.isSyllableKey, this.readsAsSyllable);
      if (this.foreignCache.size > 200_000) this.foreignCache.clear();
      this.foreignCache.set(core, found);
    }
    return found;
  };

  // segmentation of a whitespace token, which depends on the token alone: text repeats its tokens
  private readonly segmentCache = new Map<string, TokenSegmentation>();

  /** True when a cheap OCR-confusion reading of the token is a syllable ("tir" → tư): garbled Vietnamese, not English. */
  private readonly readsAsSyllable = (core: string): boolean =>
    this.generator.candidates(core, 'stripped').some((c) => c.unit !== UNK_ID && c.cost <= GARBLED_READING_COST);

  restoreLine(line: string): RestoredLine {
    return this.restoreLines([line])[0];
  }

  restoreUnitName(name: string): RestoredLine {
    return this.restoreLines([name], true)[0];
  }

  splitGlued(text: string): string {
    return text.replace(/\S+/gu, (token) => {
      const { lead, core, trail } = splitToken(token);
      const split = this.gluedSplit(core);
      return split ? lead + split + trail : token;
    });
  }

  /** "thirc pham" for "thircpham": lower-case letters that are no syllable, read as two that are. */
  private gluedSplit(core: string): string | undefined {
    if (core.length < GLUED_MIN_LENGTH || !/^\p{Ll}+$/u.test(core) || hasVietnameseDiacritics(core)) return undefined;
    const isSyllable = (part: string) => this.isSyllableKey(part) || this.readsAsSyllable(part);
    // letters some reading makes one syllable ("phirang": ir → ư, a → ơ) are garbled, not glued
    if (this.generator.candidates(core, 'stripped').some((c) => c.unit !== UNK_ID && c.cost <= GLUED_WHOLE_READING_COST)) return undefined;
    // both halves syllables, as written or through a cheap misreading ("vd": và); as written counts more
    let best: { at: number; score: number } | undefined;
    for (let at = 1; at < core.length; at++) {
      const a = core.slice(0, at);
      const b = core.slice(at);
      if (!isSyllable(a) || !isSyllable(b)) continue;
      const score = (this.isSyllableKey(a) ? 1 : 0) + (this.isSyllableKey(b) ? 1 : 0);
      if (!best || score > best.score) best = { at, score };
    }
    return best ? `${core.slice(0, best.at)} ${core.slice(best.at)}` : undefined;
  }

  restoreText(text: string): string {
    return this.restoreLines(text.split('\n'))
      .map((l) => l.text)
      .join('\n');
  }

  restorePhrase(text: string): RestoredLine {
    return this.restoreLines([text], false, true)[0];
  }

  /** unitName: see restoreUnitName; phrase: a value of its own from stripped old OCR, where letters a cheap reading makes a syllable are garbled */
  restoreLines(input: string[], unitName = false, phrase = unitName): RestoredLine[] {
    const lines = input.map((l) => l.normalize('NFC'));
    const placement: Placement = this.placement !== 'auto' ? this.placement : (detectTonePlacement(lines.join('\n')) ?? 'modern');
    const segmented = lines.map((l) => segmentLine(l, this.data.abbreviations, this.isSyllableKey, this.segmentCache));
    // the names of wards, communes and districts in lines without marks are read from the corpus' names
    const facts: LineFacts = { stripped: lines.map((l) => diacriticRatio(l) < MARKED_LINE_RATIO), upper: lines.map(isUpperLine) };
    if (facts.stripped.some(Boolean)) facts.places = findStrippedPlaces(segmented, facts.stripped, facts.upper, this.placeReader);
    const first = this.decode(lines, segmented, facts, unitName, phrase);
    // a reading the text makes with confidence elsewhere, between the same letters, settles an unsure one
    const bias = this.documentBias(first, segmented);
    const { slots } = bias ? this.decode(lines, segmented, facts, unitName, phrase, bias) : first;
    const byLine = lines.map(() => new Map<number, Slot[]>());
    for (const slot of slots) {
      const list = byLine[slot.line].get(slot.token);
      if (list) list.push(slot);
      else byLine[slot.line].set(slot.token, [slot]);
    }
    return lines.map((line, i) => this.render(line, input[i], segmented[i], byLine[i], placement));
  }

  /**
   * One sense per document: a syllable's letters between the same neighbours' letters
   * ("cua DANG tren", "cua Dang;") mostly mean the same word all through a text. The
   * readings the first decoding chose with confidence are remembered by their letters and
   * either neighbour's; where the same letters were read unsure beside the same neighbour,
   * the remembered reading's rivals pay DOCUMENT_SENSE_COST. Letters without marks only:
   * marked text keeps its marks. Undefined when nothing is to change.
   */
  private documentBias(first: Decoded, segmented: LineToken[][]): DecodeBias | undefined {
    const memory = new Map<string, Set<number>>();
    const unsure: Slot[] = [];
    for (const slot of first.slots) {
      const t = segmented[slot.line][slot.token];
      if (t.pieces.length !== 1 || !slot.choice) continue;
      const chosen = slot.candidates[slot.choice.ranked[0]].unit;
      if (slot.choice.confidence >= SURE_READING) {
        if (chosen === UNK_ID) continue;
        for (const key of contextKeys(segmented, slot.line, slot.token)) {
          const units = memory.get(key);
          if (units) units.add(chosen);
          else memory.set(key, new Set([chosen]));
        }
      } else if (slot.choice.confidence < UNSURE_READING && slot.stripped) unsure.push(slot);
    }
    const biased = new Map<string, Candidate[]>();
    for (const slot of unsure) {
      const chosen = slot.candidates[slot.choice!.ranked[0]].unit;
      const remembered = new Set<number>();
      for (const key of contextKeys(segmented, slot.line, slot.token)) for (const unit of memory.get(key) ?? []) remembered.add(unit);
      // letters kept as written (a foreign word: "IoT") stay so: one sure "tốt" elsewhere must not spread
      if (chosen === UNK_ID || remembered.size === 0 || remembered.has(chosen) || !slot.candidates.some((c) => remembered.has(c.unit))) continue;
      biased.set(`${slot.line}:${slot.token}:${slot.piece}`, slot.candidates.map((c) => (remembered.has(c.unit) ? c : { ...c, cost: c.cost + DOCUMENT_SENSE_COST })));
    }
    if (biased.size === 0) return undefined;
    return { previous: first.sentences, candidates: (line, token, piece) => biased.get(`${line}:${token}:${piece}`) };
  }

  /** Builds sentences over the lines (wrapped sentences continue), decodes each, returns the slots and each sentence's choices. */
  private decode(lines: string[], segmented: LineToken[][], facts: LineFacts, unitName = false, phrase = false, bias?: DecodeBias): Decoded {
    const slots: Slot[] = [];
    const sentences: Choice[][] = [];
    let sentenceBiased = false;
    let positions: Candidate[][] = [];
    let sentenceSlots: Array<Slot | null> = [];
    const fixed = (unit: number) => {
      positions.push(fixedPosition(unit));
      sentenceSlots.push(null);
    };
    const close = () => {
      if (positions.length > 0) {
        // a unit's name: its last syllable, when nothing but punctuation follows it, leans to an administrative level
        if (unitName && lastSlotEndsText(sentenceSlots, segmented)) {
          const last = positions.length - 1;
          positions[last] = leanToLevel(positions[last]);
          sentenceSlots[last]!.candidates = positions[last];
        }
        // a second decoding decodes again only the sentences it biased
        const choices = bias && !sentenceBiased ? bias.previous[sentences.length] : decodeSentence(positions, this.data, this.weights);
        sentences.push(choices);
        choices.forEach((choice, p) => {
          const slot = sentenceSlots[p];
          if (slot) slot.choice = choice;
        });
      }
      positions = [];
      sentenceSlots = [];
      sentenceBiased = false;
    };
    const lineCases = lines.map(lineCase);
    segmented.forEach((tokens, lineIndex) => {
      if (lineIndex > 0 && !continuesSentence(lines[lineIndex - 1], lines[lineIndex], lineCases[lineIndex - 1], lineCases[lineIndex])) close();
      const upper = facts.upper[lineIndex];
      const mode: EvidenceMode = facts.stripped[lineIndex] ? 'stripped' : upper ? 'capitals' : 'marked';
      const foreign = findForeignTokens(tokens, this.isSyllableKey, this.readsAsSyllable, this.foreignFacts);
      // names keep their written syllables where the marks are trusted evidence; so do
      // unmarked capitals in a line of lower case ("TT. Tỉnh ủy", "CA tỉnh"): abbreviations
      const trustMarks = mode === 'marked';
      const names = trustMarks ? findNameTokens(tokens) : undefined;
      // a person's name in a line without marks is read by name frequencies, not by the model
      const personNames = mode === 'stripped' && !upper ? findStrippedNames(tokens, this.nameReader) : undefined;
      const placeNames = facts.places?.byLine[lineIndex];
      tokens.forEach((t, tokenIndex) => {
        if (t.lead !== '') {
          if (t.core === '' && endsSentence(t.lead)) {
            close();
            return;
          }
          fixed(PUNCT_ID);
        }
        const abbreviation = this.abbreviationUnits(t.core, t.kind === 'syllable');
        if (abbreviation) abbreviation.forEach(fixed);
        // a list marker ("c) …" at the line start) is a letter of the alphabet, not a syllable: kept as written
        else if (tokenIndex === 0 && isListMarker(t)) fixed(this.data.unitId.get(t.core) ?? UNK_ID);
        else if (
          ((trustMarks || (mode === 'stripped' && !upper && isShortCapitals(t.core) && !besideCapitals(tokens, tokenIndex))) && isCapitalsAbbreviation(t)) ||
          (trustMarks && isMixedCaseAbbreviation(t))
        )
          fixed(this.data.unitId.get(RARE_ABBREVIATION) ?? UNK_ID);
        else if (t.kind === 'syllable' && !foreign[tokenIndex]) {
          t.pieces.forEach((piece, pieceIndex) => {
            if (pieceIndex > 0) fixed(PUNCT_ID);
            const written = names?.[tokenIndex] ? this.generator.asWritten(piece) : undefined;
            const person = placeNames?.get(tokenIndex) ?? personNames?.get(tokenIndex);
            let candidates = person ?? written ?? this.generator.candidates(piece, mode);
            // a stripped line that ends "…;" is an item of a list, mostly a unit ("Ngành giáo dục & đào tạo Quan;"): its name's end leans to a level
            if (mode === 'stripped' && tokenIndex === tokens.length - 1 && pieceIndex === t.pieces.length - 1 && t.trail.startsWith(';')) candidates = leanToLevel(candidates);
            // a unit's name is Vietnamese words: letters two misreadings make a syllable ("trirang": trường) are garbled, not a name to keep
            if (phrase && mode === 'stripped') candidates = garbledInName(candidates);
            const biased = bias?.candidates(lineIndex, tokenIndex, pieceIndex);
            if (biased) {
              candidates = biased;
              sentenceBiased = true;
            }
            const slot: Slot = { line: lineIndex, token: tokenIndex, piece: pieceIndex, candidates, stripped: mode === 'stripped' };
            slots.push(slot);
            positions.push(slot.candidates);
            sentenceSlots.push(slot);
          });
        } else if (t.kind === 'number') fixed(NUM_ID);
        else if (t.core !== '') fixed(UNK_ID);
        if (t.trail !== '') {
          if (endsSentence(t.trail)) close();
          else fixed(PUNCT_ID);
        }
      });
    });
    close();
    return { slots, sentences };
  }

  private readonly abbreviationCache = new Map<string, { ids: number[]; rare: boolean } | null>();

  /**
   * The model units of an upper-case abbreviation, as in training (lm-tokens coreUnits):
   * the syllables it stands for ("UBND", an OCR's "UBNĐ" → ủy ban nhân dân), else its own
   * unit, else RARE_ABBREVIATION. Context for the syllables around it; the token itself is
   * never decoded. Undefined for anything else, and for a token the segmenter took for a
   * syllable that the model knows no abbreviation for: garbled capitals ("HQI" for HỘI)
   * are decoded.
   */
  private abbreviationUnits(core: string, syllableLike: boolean): number[] | undefined {
    // most tokens are lower case: no abbreviation starts with two lower-case letters' worth of one
    if (core.length < 2 || !isUpperCode(core.charCodeAt(1))) return undefined;
    let found = this.abbreviationCache.get(core);
    if (found === undefined) {
      const unit = abbreviationUnit(core);
      found = null;
      if (unit !== null) {
        const expanded = abbreviationSyllables(unit)?.map((s) => this.data.unitId.get(s));
        const own = this.data.unitId.get(unit);
        const rare = this.data.unitId.get(RARE_ABBREVIATION);
        if (expanded && expanded.every((id) => id !== undefined)) found = { ids: expanded as number[], rare: false };
        else if (own !== undefined) found = { ids: [own], rare: false };
        else if (rare !== undefined) found = { ids: [rare], rare: true };
      }
      if (this.abbreviationCache.size > 10_000) this.abbreviationCache.clear();
      this.abbreviationCache.set(core, found);
    }
    return found === null || (found.rare && syllableLike) ? undefined : found.ids;
  }

  private render(line: string, original: string, tokens: LineToken[], slots: Map<number, Slot[]>, placement: Placement): RestoredLine {
    let text = '';
    let changed = 0;
    const restored: RestoredToken[] = [];
    tokens.forEach((t, i) => {
      text += t.space;
      const offset = text.length;
      const pieceSlots = slots.get(i);
      let core = t.core;
      let confidence = 1;
      let alternatives: string[] = [];
      if (pieceSlots) {
        const readings = pieceSlots.map((slot) => {
          const piece = t.pieces[slot.piece];
          const shape = this.caseShapeOf(piece);
          const ranked = slot.choice!.ranked;
          const top = Math.min(ranked.length, MAX_ALTERNATIVES + 1);
          const out = new Array<string>(top);
          for (let r = 0; r < top; r++) out[r] = this.renderCandidate(slot.candidates[ranked[r]], piece, shape, placement);
          // a piece changed when its best reading is another syllable than its own letters
          const best = slot.candidates[ranked[0]];
          if (best.unit !== UNK_ID && best.text !== this.canonicalLower(piece)) changed++;
          return out;
        });
        const join = (chosen: string[]) => chosen.map((p, k) => (k > 0 ? t.joins[k - 1] : '') + p).join('');
        if (readings.length === 1) {
          core = readings[0][0];
          confidence = pieceSlots[0].choice!.confidence;
          alternatives = readings[0].slice(1);
        } else {
          core = join(readings.map((r) => r[0]));
          confidence = Math.min(...pieceSlots.map((slot) => slot.choice!.confidence));
          // alternatives: the token with one piece read otherwise, least sure piece first
          const order = pieceSlots.map((_, k) => k).sort((a, b) => pieceSlots[a].choice!.confidence - pieceSlots[b].choice!.confidence);
          alternatives = order.flatMap((k) => readings[k].slice(1).map((alt) => join(readings.map((r, j) => (j === k ? alt : r[0])))));
        }
        // distinct, not the chosen core, at most MAX_ALTERNATIVES, with the token's punctuation
        const distinct: string[] = [];
        for (const a of alternatives) {
          if (distinct.length === MAX_ALTERNATIVES) break;
          if (a !== core && !distinct.includes(a)) distinct.push(a);
        }
        alternatives = distinct.map((a) => t.lead + a + t.trail);
      } else if (t.kind === 'abbreviation' || t.kind === 'code') {
        core = restoreCode(t.core, this.data.abbreviations);
      }
      const token = t.lead + core + t.trail;
      text += token;
      if (t.kind === 'syllable' || t.kind === 'abbreviation' || t.kind === 'code') {
        restored.push({ original: t.lead + t.core + t.trail, text: token, confidence, alternatives, offset });
      }
    });
    text += trailingSpace(line);
    return { text, original, tokens: restored, changed };
  }

  private readonly canonicalCache = new Map<string, string>();
  private readonly shapeCache = new Map<string, CaseShape>();

  /** caseShape of a piece, cached: text repeats its syllables. */
  private caseShapeOf(piece: string): CaseShape {
    let found = this.shapeCache.get(piece);
    if (found === undefined) {
      found = caseShape(piece);
      if (this.shapeCache.size > 200_000) this.shapeCache.clear();
      this.shapeCache.set(piece, found);
    }
    return found;
  }

  /** canonicalSyllable of the lower-cased piece, cached: text repeats its syllables. */
  private canonicalLower(piece: string): string {
    let found = this.canonicalCache.get(piece);
    if (found === undefined) {
      found = canonicalSyllable(piece.toLowerCase());
      if (this.canonicalCache.size > 200_000) this.canonicalCache.clear();
      this.canonicalCache.set(piece, found);
    }
    return found;
  }

  // rendered readings by unit, case shape and placement: rendering re-derives tones and case
  private readonly renderCache = new Map<number, string>();

  private renderCandidate(candidate: Candidate, original: string, shape: CaseShape, placement: Placement): string {
    if (candidate.unit === UNK_ID) return original; // kept as it is
    const key = (candidate.unit * 4 + shape) * 2 + (placement === 'old' ? 1 : 0);
    let found = this.renderCache.get(key);
    if (found === undefined) {
      found = renderSyllable(candidate.text, SHAPE_SAMPLE[shape], placement);
      this.renderCache.set(key, found);
    }
    return found;
  }
}

const FIXED_POSITIONS = new Map<number, Candidate[]>();

/** The one-candidate position of a class unit (<p>, <num>, <unk>): shared, never changed. */
function fixedPosition(unit: number): Candidate[] {
  let found = FIXED_POSITIONS.get(unit);
  if (!found) FIXED_POSITIONS.set(unit, (found = [{ unit, text: '', cost: 0 }]));
  return found;
}

/** True when the next line carries on the previous one's sentence (a wrapped line); the cases say which line is in capitals. */
function continuesSentence(previous: string, next: string, previousCase: LineCase, nextCase: LineCase): boolean {
  const p = previous.trim();
  const n = next.trim();
  if (p === '' || n === '') return false;
  if (/[.!?…:;]["”)]?$/u.test(p)) return false;
  if (/^([-+•*–—]|\d+(\.\d+)*[.)]|[IVXLC]+\.|[a-zđ]\))(\s|$)/iu.test(n)) return false;
  // a title in capitals wraps onto a line of capitals, or onto its last figures ("… ĐẾN NĂM" / "2030")
  if (previousCase !== nextCase && previousCase !== 'none' && nextCase !== 'none') return false;
  return true;
}

type LineCase = 'upper' | 'lower' | 'none';

/**
 * A line's case for telling a title in capitals from the text under it: 'upper' when its
 * words of two letters or more are in capitals but for one in four, and those capitalised
 * (an old OCR writes a misread word of a capitals line so: "PHÁT Dpng … XIV Ciia"),
 * 'none' for a line without letters (figures), else 'lower'.
 */
function lineCase(line: string): LineCase {
  if (isUpperLine(line)) return 'upper';
  if (!/\p{L}/u.test(line)) return 'none';
  const words = line.match(/\p{L}{2,}/gu) ?? [];
  let upper = 0;
  for (const w of words) {
    if (w === w.toLowerCase()) return 'lower'; // misread words of a capitals line keep their capital ("Ciia"): a word in lower case is running text
    if (w === w.toUpperCase()) upper++;
  }
  return words.length >= 4 && upper >= 0.75 * words.length ? 'upper' : 'lower';
}

/** "c)", "đ)": one lower-case letter closed by a parenthesis, with nothing before it. */
function isListMarker(t: LineToken): boolean {
  return t.kind === 'syllable' && t.lead === '' && t.trail.startsWith(')') && /^\p{Ll}$/u.test(t.core);
}

/** A syllable-like token in capitals without marks ("TU", "CA"): in a lower-case line, an abbreviation. */
function isCapitalsAbbreviation(t: LineToken): boolean {
  return t.kind === 'syllable' && t.pieces.length === 1 && t.core.length >= 2 && t.core === t.core.toUpperCase() && !hasVietnameseDiacritics(t.core);
}

/**
 * "TTr", "TIr" (Thường trực), "TTg" (Thủ tướng): capitals, then lower case, no marks. A
 * Vietnamese word is lower case, capitalised or in capitals; where an OCR read marks (a
 * Vietnamese model), this shape is an abbreviation, not "Tư" with its ư read "Ir". (An old
 * OCR's stripped text writes words so: "CAu" for Câu.)
 */
function isMixedCaseAbbreviation(t: LineToken): boolean {
  return t.kind === 'syllable' && t.pieces.length === 1 && /^\p{Lu}{2,}\p{Ll}+$/u.test(t.core) && !hasVietnameseDiacritics(t.core);
}

/**
 * Two capitals or a Roman numeral ("VT" read "VI", "TU", "VIII"): in a stripped line of
 * lower case and away from other capitals, an abbreviation or a number, not a syllable to
 * mark ("VÌ", "TỪ"); longer capitals there may be a word of a heading an OCR ran into the
 * text, and so may two beside other capitals (cells of a header joined on one line).
 */
function isShortCapitals(core: string): boolean {
  const first = core.charCodeAt(0);
  if (first >= 97 && first <= 122) return false; // a lower-case letter: neither (most tokens)
  return /^\p{Lu}{2}$/u.test(core) || /^[IVXLC]+$/.test(core);
}

/** True when a neighbouring token is a word in capitals: the token is part of a heading ("CỘNG HÒA XA HỘI", "UY BAN"). */
function besideCapitals(tokens: LineToken[], i: number): boolean {
  const capitals = (t: LineToken | undefined) => t !== undefined && t.kind === 'syllable' && isCapitalsAbbreviation(t);
  return capitals(tokens[i - 1]) || capitals(tokens[i + 1]);
}

/** True for a code unit that is no lower-case letter: an upper-case letter, &, -, / (the second character of an abbreviation). */
function isUpperCode(code: number): boolean {
  if (code >= 97 && code <= 122) return false;
  if (code < 128) return true;
  const ch = String.fromCharCode(code);
  return ch === ch.toUpperCase();
}

function isUpperLine(line: string): boolean {
  if (line !== line.toUpperCase()) return false; // most lines, found without the letter scan
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

export { foldAbbreviation };

/** True when the sentence's last position is a syllable slot of the text's last token. */
function lastSlotEndsText(sentenceSlots: Array<Slot | null>, segmented: LineToken[][]): boolean {
  const slot = sentenceSlots[sentenceSlots.length - 1];
  if (!slot || slot.line !== segmented.length - 1 || slot.token !== segmented[slot.line].length - 1) return false;
  return slot.piece === segmented[slot.line][slot.token].pieces.length - 1;
}

/** The candidates with the readings other than an administrative level paying UNIT_END_BONUS (costs stay ≥ 0; only their differences count). */
function leanToLevel(candidates: Candidate[]): Candidate[] {
  if (!candidates.some((c) => ADMIN_LEVELS.has(c.text))) return candidates;
  return candidates.map((c) => (ADMIN_LEVELS.has(c.text) ? c : { ...c, cost: c.cost + UNIT_END_BONUS }));
}

/** Highest cost of a reading that makes letters in a unit's name garbled Vietnamese (two misreadings: "ir" → ư, "a" → ơ). */
const NAME_GARBLED_READING = 1.6;

/** The candidates with keeping the letters as they are made dearer when a cheap reading makes them a syllable. */
function garbledInName(candidates: Candidate[]): Candidate[] {
  const keep = candidates.findIndex((c) => c.unit === UNK_ID);
  if (keep < 0 || !candidates.some((c) => c.unit !== UNK_ID && c.cost <= NAME_GARBLED_READING)) return candidates;
  return candidates.map((c, i) => (i === keep ? { ...c, cost: c.cost + GARBLED_NAME_EXTRA } : c));
}
const GARBLED_NAME_EXTRA = 2;

/** Letters of a token's core, lower case without marks: what the document memory files a reading under. */
function lettersKey(t: LineToken): string {
  return stripDiacritics(t.core.toLowerCase());
}

/**
 * The keys of a one-piece token in its context: its letters with the previous token's
 * and with the next token's, where no punctuation stands between them (a line break does
 * not part them).
 */
function contextKeys(segmented: LineToken[][], line: number, token: number): string[] {
  const tokens = segmented[line];
  const t = tokens[token];
  const own = lettersKey(t);
  const keys: string[] = [];
  const previous = token > 0 ? tokens[token - 1] : line > 0 ? segmented[line - 1][segmented[line - 1].length - 1] : undefined;
  if (previous && previous.core !== '' && previous.trail === '' && t.lead === '') keys.push(`${lettersKey(previous)} ${own} `);
  const next = token + 1 < tokens.length ? tokens[token + 1] : segmented[line + 1]?.[0];
  if (next && next.core !== '' && t.trail === '' && next.lead === '') keys.push(` ${own} ${lettersKey(next)}`);
  return keys;
}
