/**
 * Scores for schedule tables against gold: task rows (precision, recall, F1),
 * cells exact, due exact, content syllable accuracy.
 *
 * Tasks are matched by their key (groupTitle, no, sub) first, folded so that a
 * lost diacritic in a group title does not break the match; the rest are matched
 * by content similarity (syllable overlap ≥ 0.5), best pairs first.
 */
import { canonicalText, foldKey } from '../text/vietnamese.ts';
import { editDistance } from '../text/edit-distance.ts';

export interface TaskLike {
  groupTitle: string | null;
  no: string | null;
  sub: string | null;
  content: string;
  lead?: string | null;
  implementer?: string[];
  coordinators?: string[];
  supervisor?: string[];
  deadlineText?: string | null;
  due?: { start: string | null; end: string | null } | null;
  recurrence?: string | null;
}

export interface TaskMatch<G extends TaskLike, P extends TaskLike> {
  gold: G;
  predicted: P;
  by: 'key' | 'content';
}

/** Text compared cell for cell: NFC, canonical tone placement, whitespace collapsed. */
export function cellKey(text: string): string {
  return canonicalText(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

function syllables(text: string): string[] {
  return cellKey(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Dice overlap of the syllable multisets of two texts (0–1). */
export function syllableOverlap(a: string, b: string, fold = false): number {
  const sa = syllables(fold ? foldKey(a) : a);
  const sb = syllables(fold ? foldKey(b) : b);
  if (sa.length === 0 && sb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const s of sa) counts.set(s, (counts.get(s) ?? 0) + 1);
  let common = 0;
  for (const s of sb) {
    const n = counts.get(s) ?? 0;
    if (n > 0) {
      common++;
      counts.set(s, n - 1);
    }
  }
  return (2 * common) / (sa.length + sb.length);
}

/**
 * Share of gold syllables read right, in order: 1 − (syllable edit distance / gold length),
 * floored at 0. `fold` compares without diacritics.
 */
export function syllableAccuracy(gold: string, predicted: string, fold = false): number {
  const g = syllables(fold ? foldKey(gold) : gold);
  const p = syllables(fold ? foldKey(predicted) : predicted);
  if (g.length === 0) return p.length === 0 ? 1 : 0;
  return Math.max(0, 1 - editDistance(g, p) / g.length);
}

const taskKey = (t: TaskLike) => [foldKey(t.groupTitle ?? ''), (t.no ?? '').trim(), (t.sub ?? '').trim()].join('|');

/** Pairs gold and predicted tasks: by key, then by content similarity. */
export function matchTasks<G extends TaskLike, P extends TaskLike>(gold: G[], predicted: P[]): Array<TaskMatch<G, P>> {
  const matches: Array<TaskMatch<G, P>> = [];
  const freeGold = new Set(gold);
  const freePred = new Set(predicted);
  for (const g of gold) {
    const p = [...freePred].find((q) => taskKey(q) === taskKey(g) && syllableOverlap(g.content, q.content, true) >= 0.3);
    if (p) {
      matches.push({ gold: g, predicted: p, by: 'key' });
      freeGold.delete(g);
      freePred.delete(p);
    }
  }
  const pairs: Array<{ g: G; p: P; score: number }> = [];
  for (const g of freeGold) for (const p of freePred) pairs.push({ g, p, score: syllableOverlap(g.content, p.content, true) });
  pairs.sort((a, b) => b.score - a.score);
  for (const { g, p, score } of pairs) {
    if (score < 0.5) break;
    if (!freeGold.has(g) || !freePred.has(p)) continue;
    matches.push({ gold: g, predicted: p, by: 'content' });
    freeGold.delete(g);
    freePred.delete(p);
  }
  return matches;
}

export interface TaskScores {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** matched tasks whose due (or null) equals gold's and whose recurrence equals gold's */
  dueExact: number;
  /** mean syllable accuracy of the content of matched tasks (with diacritics) */
  contentSyllables: number;
  /** the same without diacritics */
  contentSyllablesFolded: number;
  /** matched tasks whose every unit list equals gold's exactly */
  unitsExact: number;
  /** the same without diacritics: the units' cutting and roles, apart from restoration */
  unitsExactFolded: number;
}

const sameDue = (a: TaskLike['due'], b: TaskLike['due']) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sameList = (a: string[] = [], b: string[] = [], fold = false) => {
  const key = (x: string) => (fold ? foldKey(cellKey(x)) : cellKey(x));
  return a.length === b.length && a.every((x, i) => key(x) === key(b[i]));
};
const sameUnits = (g: TaskLike, p: TaskLike, fold = false) =>
  sameList(g.implementer, p.implementer, fold) && sameList(g.coordinators, p.coordinators, fold) && sameList(g.supervisor, p.supervisor, fold);

export function scoreTasks(gold: TaskLike[], predicted: TaskLike[]): TaskScores {
  const matches = matchTasks(gold, predicted);
  const n = matches.length;
  const precision = predicted.length ? n / predicted.length : gold.length ? 0 : 1;
  const recall = gold.length ? n / gold.length : 1;
  const mean = (f: (m: (typeof matches)[number]) => number) => (n ? matches.reduce((s, m) => s + f(m), 0) / n : 0);
  return {
    gold: gold.length,
    predicted: predicted.length,
    matched: n,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    dueExact: mean((m) => (sameDue(m.gold.due, m.predicted.due) && (m.gold.recurrence ?? null) === (m.predicted.recurrence ?? null) ? 1 : 0)),
    contentSyllables: mean((m) => syllableAccuracy(m.gold.content, m.predicted.content)),
    contentSyllablesFolded: mean((m) => syllableAccuracy(m.gold.content, m.predicted.content, true)),
    unitsExact: mean((m) => (sameUnits(m.gold, m.predicted) ? 1 : 0)),
    unitsExactFolded: mean((m) => (sameUnits(m.gold, m.predicted, true) ? 1 : 0)),
  };
}

/**
 * Cells exact: the share of gold cells (non-empty) whose text some predicted cell
 * has exactly (after `cellKey`), each predicted cell used once.
 */
export function cellsExact(gold: string[], predicted: string[]): { exact: number; n: number } {
  const pool = new Map<string, number>();
  for (const p of predicted) {
    const k = cellKey(p);
    if (k) pool.set(k, (pool.get(k) ?? 0) + 1);
  }
  const wanted = gold.map(cellKey).filter(Boolean);
  let hit = 0;
  for (const k of wanted) {
    const left = pool.get(k) ?? 0;
    if (left > 0) {
      hit++;
      pool.set(k, left - 1);
    }
  }
  return { exact: wanted.length ? hit / wanted.length : 1, n: wanted.length };
}
