/**
 * Scores for the structure stage, shared by the evaluation and the pipeline owner:
 * metadata fields against a gold plan (exact after NFC and canonical tone placement;
 * a diacritic-blind "folded" reading alongside, so structure can be judged apart from
 * restoration), and the heading tree's F1.
 */
import type { Section } from '../model/plan.ts';
import { canonicalText, foldKey } from '../text/vietnamese.ts';
import { similarity } from '../text/edit-distance.ts';

/** Gold metadata: the plan JSON shape (seed/plan.json) or a real-plans meta.json mapped onto it. */
export interface GoldMetadata {
  docType?: string | null;
  number?: string | null;
  issuer?: { parent: string | null; name: string | null } | string | null;
  place?: string | null;
  date?: string | null;
  title?: string | null;
  signer?: { capacity: string | null; title: string | null; name: string | null } | null;
  recipients?: string[];
  /** the documents the plan implements, one per gold item (scored only where a gold gives them) */
  basis?: string[];
}

export interface GoldSection {
  number: string | null;
  title: string | null;
  children: GoldSection[];
}

export interface FieldScore {
  field: string;
  /** equal after NFC and canonical tone placement (title and issuer: case-insensitive) */
  exact: boolean;
  /** equal once diacritics and case are dropped */
  folded: boolean;
  got: string | null;
  want: string | null;
}

type Scored = Omit<GoldMetadata, 'issuer'> & { issuer?: { parent: string | null; name: string | null } };

const canon = (s: string | null | undefined) => (s == null ? null : canonicalText(s.normalize('NFC')).replace(/\s+/g, ' ').trim());

/** Scores the fields the gold gives; fields the gold leaves out are not scored. */
export function scoreMetadata(result: Scored, gold: GoldMetadata): FieldScore[] {
  const out: FieldScore[] = [];
  const add = (field: string, got: string | null, want: string | null, caseless = false) => {
    const a = canon(got);
    const b = canon(want);
    const exact = caseless ? a?.toLowerCase() === b?.toLowerCase() : a === b;
    out.push({ field, exact, folded: (a === null ? null : foldKey(a)) === (b === null ? null : foldKey(b)), got, want });
  };
  if (gold.docType !== undefined) add('docType', result.docType ?? null, gold.docType);
  if (gold.number !== undefined) add('number', result.number ?? null, gold.number);
  if (gold.date !== undefined) add('date', result.date ?? null, gold.date);
  if (gold.place !== undefined) add('place', result.place ?? null, gold.place);
  if (gold.title !== undefined) add('title', result.title ?? null, gold.title, true);
  if (gold.issuer !== undefined) {
    const got = result.issuer ? [result.issuer.parent, result.issuer.name].filter(Boolean).join(' ') || null : null;
    const want = typeof gold.issuer === 'string' || gold.issuer === null ? gold.issuer : [gold.issuer.parent, gold.issuer.name].filter(Boolean).join(' ');
    add('issuer', got, want, true);
  }
  if (gold.signer !== undefined) {
    const s = (x: Scored['signer']) => (x ? [x.capacity, x.title, x.name].map((v) => v ?? '∅').join(' | ') : null);
    add('signer', s(result.signer ?? null), s(gold.signer));
  }
  if (gold.recipients !== undefined) add('recipients', (result.recipients ?? []).join('\n'), gold.recipients.join('\n'));
  if (gold.basis !== undefined) add('basis', (result.basis ?? []).join('\n'), gold.basis.join('\n'));
  return out;
}

/** Items of `got` that equal an item of `want`, each want item matched once (a list scored item by item: one slip fails only its item). */
export function sameItems(got: readonly string[], want: readonly string[]): number {
  const left = [...want];
  let same = 0;
  for (const item of got) {
    const at = left.indexOf(item);
    if (at >= 0) left.splice(at, 1), same++;
  }
  return same;
}

interface FlatHeading {
  path: string;
  title: string | null;
}

function flatten(sections: readonly GoldSection[], prefix = ''): FlatHeading[] {
  return sections.flatMap((s) => {
    const path = prefix ? `${prefix}/${s.number ?? '?'}` : `${s.number ?? '?'}`;
    return [{ path, title: s.title }, ...flatten(s.children ?? [], path)];
  });
}

export { similarity };

/**
 * Heading-tree F1: a predicted heading matches a gold one with the same number path
 * ("II/1/1.3") and, when the gold has a title, a title at least `threshold` similar on
 * canonical lower-case text (`folded`: diacritics dropped too). One-to-one, in order,
 * so a document with two "II" sections needs both.
 */
export function headingF1(
  resultSections: readonly GoldSection[],
  goldSections: readonly GoldSection[],
  options: { threshold?: number; folded?: boolean } = {},
): { precision: number; recall: number; f1: number; matched: number; predicted: number; gold: number } {
  const threshold = options.threshold ?? 0.8;
  const key = (t: string) => (options.folded ? foldKey(t) : canonicalText(t.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim());
  const got = flatten(resultSections);
  const want = flatten(goldSections);
  const used = new Set<number>();
  let matched = 0;
  for (const g of want) {
    const i = got.findIndex((p, k) => !used.has(k) && p.path === g.path && (g.title === null || (p.title !== null && similarity(key(p.title), key(g.title)) >= threshold)));
    if (i >= 0) {
      used.add(i);
      matched++;
    }
  }
  const precision = got.length ? matched / got.length : want.length ? 0 : 1;
  const recall = want.length ? matched / want.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, matched, predicted: got.length, gold: want.length };
}
