/**
 * Candidate syllables for one token core, each with a cost (log10 penalty, ≥ 0):
 *   1. every inventory syllable that strips to the token's letters; the marks the token
 *      does carry are evidence (a mismatch costs), not truth;
 *   2. readings through the OCR confusion table ("thirc" → "thưc" → thực, "ciia" → của),
 *      at most two rules per token;
 *   3. for letters that are no syllable at all, inventory keys one edit away;
 *   4. the token as it is, when it is not a known syllable (a name, a rare word).
 * Results are cached per core and mode: text repeats its syllables.
 */
import { canonicalSyllable, splitTone, stripDiacritics } from '../text/vietnamese.ts';
import { isSyllableShape } from './syllable-shape.ts';
import { UNK_ID } from './lm-tokens.ts';
import type { RestoreData } from './data.ts';

/**
 * stripped: the line lost its marks (old systems, OCR without Vietnamese); marked: it has
 * them; capitals: it has them and is in capitals (a heading), where an OCR misreads marks
 * most ("THỤC HIỆN", "NỘI DỰNG", "TRIẾN KHAI"): marked costs, no extra for marked tokens.
 */
export type EvidenceMode = 'stripped' | 'marked' | 'capitals';

export interface Candidate {
  /** model unit id; UNK_ID for the token kept as it is */
  unit: number;
  /** canonical lower-case text */
  text: string;
  cost: number;
}

interface ModeCosts {
  /** a bare letter where the candidate has a mark */
  bare: number;
  /** a d where the candidate has đ: the stroke is the mark a Vietnamese OCR loses most */
  bareStroke: number;
  /** a mark that differs from the candidate's */
  wrong: number;
  /** extra cost of OCR-confusion readings of a token that is a valid syllable already */
  ruleOnValid: number;
  /** keeping a token that is no known syllable: its letters are one / are none */
  keepValidKey: number;
  keepInvalidKey: number;
  /** keeping a marked token of syllable shape the inventory lacks (a rare word, a name) */
  keepMarked: number;
}

const COSTS: Record<'stripped' | 'marked', ModeCosts> = {
  stripped: { bare: 0, bareStroke: 0, wrong: 1.0, ruleOnValid: 0.8, keepValidKey: 5, keepInvalidKey: 2.5, keepMarked: 1.0 },
  // an unmarked syllable in marked text is mostly written so ("nhận thay", "Cấp ngay"):
  // 1.5 per missing mark (1.2: real-plan damage 0.07 %, 1.5: 0.05 %; dev text with 10 %
  // of its words stripped 99.60 → 99.54 % right)
  marked: { bare: 1.5, bareStroke: 1.2, wrong: 2.0, ruleOnValid: Infinity, keepValidKey: 3, keepInvalidKey: 1.5, keepMarked: 0.6 },
};
const EDIT_COST = 2.2;
/** A confusion reading this cheap (one "ir" → ư, "6" → ô, "0" → o) makes keeping the letters GARBLED_KEEP_EXTRA dearer. */
const CHEAP_READING = 0.5;
/**
 * A dot below read as a descender, the commonest misreading an old OCR leaves in text
 * without marks ("mpt", "hpi", "thupc" for một, hội, thuộc; "hpp" for hợp): letters of no
 * syllable that one such reading makes one are garbled Vietnamese too.
 */
const DESCENDER_READINGS: ReadonlyArray<[seen: string, meant: string]> = [['p', 'o'], ['g', 'o']];
const GARBLED_KEEP_EXTRA = 2;
/**
 * Multiplier of mark costs for a token that carries marks in marked text: correct text
 * has both "hàng tháng" and "hằng tháng", names both "Thúy" and "Thủy"; changing what a
 * writer marked needs strong evidence (real-plan damage 0.13 → 0.08 %, mixed text with
 * 10 % of syllables stripped still 99.8 % right). 2 cut damage further but no longer
 * mended "Dáng bộ" → "Đảng bộ", a typical tesseract misreading.
 */
const MARKED_TOKEN_FACTOR = 1.5;
/**
 * A Vietnamese OCR sees a circumflex but misreads the letter under it ("Nông cao" for
 * "Nâng cao", "Lỗ hội" for "Lễ hội"): in marked text â, ê, ô may stand for one another,
 * tone kept, at this cost (a letter changed where its mark was right).
 */
const HAT_SWAP_COST = 3;
const MAX_CANDIDATES = 16;
/** Places kept for readings through the confusion table beyond MAX_CANDIDATES (see generate). */
const READING_PLACES = 3;
const MAX_COST_SPREAD = 5.5;
const MAX_VARIANTS = 400;
const PLAIN_LETTERS = /^[a-z]+$/;

export class CandidateGenerator {
  private readonly cache = new Map<string, Candidate[]>();
  private deletions?: Map<string, string[]>;

  constructor(private readonly data: RestoreData) {}

  candidates(core: string, mode: EvidenceMode): Candidate[] {
    const cacheKey = mode + core;
    let found = this.cache.get(cacheKey);
    if (!found) {
      found = this.generate(core, mode);
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(cacheKey, found);
    }
    return found;
  }

  private readonly written = new Map<string, Candidate[] | undefined>();

  /** The token as written, as the one candidate, when it is a known syllable (a name's); else undefined. */
  asWritten(core: string): Candidate[] | undefined {
    if (this.written.has(core)) return this.written.get(core);
    const lower = canonicalSyllable(core.toLowerCase());
    const unit = this.data.unitId.get(lower);
    const found = unit === undefined ? undefined : [{ unit, text: lower, cost: 0 }];
    if (this.written.size > 100_000) this.written.clear();
    this.written.set(core, found);
    return found;
  }

  private generate(core: string, mode: EvidenceMode): Candidate[] {
    const costs = COSTS[mode === 'stripped' ? 'stripped' : 'marked'];
    const lower = canonicalSyllable(core.toLowerCase());
    const best = new Map<number, number>();
    const offer = (evidence: string, ruleCost: number, factor = 1) => {
      const group = this.data.byKey.get(stripDiacritics(evidence));
      if (!group) return false;
      for (const id of group) {
        const cost = ruleCost + factor * markCost(evidence, this.data.units[id], costs);
        if (cost < (best.get(id) ?? Infinity)) best.set(id, cost);
      }
      return true;
    };
    // in marked text a token that carries marks was written (or read) with them: its
    // marks are strong evidence, changing them takes more than a bare token's
    const factor = mode === 'marked' && lower !== stripDiacritics(lower) ? MARKED_TOKEN_FACTOR : 1;
    const valid = offer(lower, 0, factor);
    const exact = this.data.unitId.get(lower);
    // a token already spelled as a known syllable in marked text is taken at its word
    const trusted = mode !== 'stripped' && exact !== undefined;
    // cheapest OCR-confusion reading that is a syllable, for a token that is none
    let cheapestReading = Infinity;
    if (!trusted) {
      const extra = valid ? costs.ruleOnValid : 0;
      if (extra !== Infinity)
        for (const [variant, cost] of this.variants(lower)) if (offer(variant, cost + extra) && cost < cheapestReading) cheapestReading = cost;
      if (!valid) this.offerEdits(stripDiacritics(lower), (key) => offer(key, EDIT_COST));
    }
    if (mode !== 'stripped') for (const variant of hatSwaps(lower)) offer(variant, HAT_SWAP_COST, factor);
    const list: Candidate[] = [...best].map(([unit, cost]) => ({ unit, text: this.data.units[unit], cost }));
    list.sort((a, b) => a.cost - b.cost || a.unit - b.unit);
    // far costlier readings never win against the cheapest one; dropping them keeps the lattice small
    const kept = list.slice(0, MAX_CANDIDATES).filter((c) => c.cost <= list[0].cost + MAX_COST_SPREAD);
    // letters that many syllables share ("dan": dân, dần, đàn, đan …) fill the list at no
    // cost and would crowd out every misreading ("dan" for đơn, a → ơ): the cheapest
    // readings of other letters keep a few places of their own
    if (list.length > MAX_CANDIDATES) {
      const own = stripDiacritics(lower);
      let added = 0;
      for (let i = MAX_CANDIDATES; i < list.length && added < READING_PLACES; i++) {
        const c = list[i];
        if (c.cost > list[0].cost + MAX_COST_SPREAD) break;
        if (stripDiacritics(c.text) !== own) {
          kept.push(c);
          added++;
        }
      }
    }
    if (exact === undefined) {
      const marked = lower !== stripDiacritics(lower);
      let keep = marked && isSyllableShape(lower) ? costs.keepMarked : valid ? costs.keepValidKey : costs.keepInvalidKey;
      // letters of no syllable that one cheap misreading makes one ("phirong": "ir" for ư)
      // are garbled Vietnamese, not a word of their own: <unk>, which the model finds
      // likely after many contexts, must not keep them
      const garbled = cheapestReading <= CHEAP_READING || (mode === 'stripped' && this.dotBelowAsDescender(lower));
      if (!valid && garbled && !isSyllableShape(lower)) keep += GARBLED_KEEP_EXTRA;
      kept.push({ unit: UNK_ID, text: lower, cost: keep });
    }
    return kept;
  }

  /** Whether one "p" or "g" of the token read as the o it stands for (ọ, ợ: the dot read as a descender) makes a syllable's letters. */
  private dotBelowAsDescender(token: string): boolean {
    if (!PLAIN_LETTERS.test(token)) return false;
    return DESCENDER_READINGS.some(([seen, meant]) => {
      for (let at = token.indexOf(seen); at > 0; at = token.indexOf(seen, at + 1)) {
        if (this.data.byKey.has(token.slice(0, at) + meant + token.slice(at + 1))) return true;
      }
      return false;
    });
  }

  /** Readings of the token through one or two confusion rules, with their summed cost. */
  private variants(token: string): Map<string, number> {
    const out = new Map<string, number>();
    let frontier = new Map([[token, 0]]);
    for (let depth = 0; depth < 2; depth++) {
      const next = new Map<string, number>();
      for (const [text, cost] of frontier) {
        for (const rule of this.data.confusions) {
          for (let at = text.indexOf(rule.seen); at >= 0; at = text.indexOf(rule.seen, at + 1)) {
            const variant = text.slice(0, at) + rule.meant + text.slice(at + rule.seen.length);
            const c = cost + rule.cost;
            if (c < (out.get(variant) ?? Infinity) && out.size < MAX_VARIANTS) {
              out.set(variant, c);
              next.set(variant, c);
            }
          }
        }
      }
      frontier = next;
    }
    return out;
  }

  /** Inventory keys one insertion, deletion or substitution away (symmetric deletions). */
  private offerEdits(key: string, offer: (key: string) => void): void {
    if (!PLAIN_LETTERS.test(key) || key.length < 2) return;
    const index = (this.deletions ??= this.buildDeletions());
    const seen = new Set<string>();
    const visit = (k: string) => {
      if (!seen.has(k)) {
        seen.add(k);
        offer(k);
      }
    };
    for (const k of index.get(key) ?? []) visit(k);
    for (const d of deletions(key)) {
      if (this.data.byKey.has(d)) visit(d);
      for (const k of index.get(d) ?? []) visit(k);
    }
  }

  private buildDeletions(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const key of this.data.byKey.keys()) {
      for (const d of deletions(key)) {
        const list = index.get(d);
        if (list) {
          if (!list.includes(key)) list.push(key);
        } else index.set(d, [key]);
      }
    }
    return index;
  }
}

/** The token with the letter under one circumflex read as another (ô → â, ê). */
function hatSwaps(token: string): string[] {
  const nfd = token.normalize('NFD');
  const at = nfd.search(/[aeo]\u0302/);
  if (at < 0) return [];
  return ['a', 'e', 'o'].filter((v) => v !== nfd[at]).map((v) => (nfd.slice(0, at) + v + nfd.slice(at + 1)).normalize('NFC'));
}

function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/** Cost of reading `evidence` as `candidate` (same letters once stripped). */
export function markCost(evidence: string, candidate: string, costs: { bare: number; bareStroke?: number; wrong: number }): number {
  const e = splitTone(evidence);
  const c = splitTone(candidate);
  let cost = 0;
  if (e.tone !== c.tone) cost += e.tone === 0 ? costs.bare : costs.wrong;
  const eb = [...e.base];
  const cb = [...c.base];
  for (let i = 0; i < eb.length; i++) {
    if (eb[i] === cb[i]) continue;
    if (stripDiacritics(eb[i]) !== eb[i]) cost += costs.wrong;
    else cost += eb[i] === 'd' ? (costs.bareStroke ?? costs.bare) : costs.bare;
  }
  return cost;
}
