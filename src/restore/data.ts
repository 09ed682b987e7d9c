/**
 * The restoration data, loaded once per process from dictionaries/data/ next to this
 * module (never from a corpus folder: users have none). The model is mapped onto typed
 * arrays; the small tables are parsed from tab-separated text.
 */
import { readFile } from 'node:fs/promises';
import { LanguageModel } from './language-model.ts';
import { canonicalSyllable, stripDiacritics } from '../text/vietnamese.ts';
import { parseNameTable, type NameTable } from './person-names.ts';
import { parsePlaceTable, type PlaceTable } from './place-names.ts';

const PAIR = 16384;

export interface OcrConfusion {
  seen: string;
  meant: string;
  cost: number;
}

export interface RestoreData {
  lm: LanguageModel;
  /** model units by id: class units (ids 0–4), then canonical lower-case syllables */
  units: string[];
  unitId: Map<string, number>;
  /** corpus count per unit id */
  counts: Uint32Array;
  /** stripped key ("duoc") → syllable ids, most frequent first */
  byKey: Map<string, number[]>;
  /** x·2^14 + y for every adjacent syllable pair inside a known word */
  wordPairs: Set<number>;
  /** stripped form ("HDTDKT") → spelling ("HĐTĐKT") */
  abbreviations: Map<string, string>;
  confusions: OcrConfusion[];
  /** how often each syllable is a surname, middle or given name (names.tsv) */
  names: NameTable;
  /** names of administrative units below a province and their syllables (places.tsv) */
  places: PlaceTable;
}

const dataUrl = (file: string) => new URL(`../../dictionaries/data/${file}`, import.meta.url);
const rows = (text: string) => text.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));

export function pairKey(x: number, y: number): number {
  return x * PAIR + y;
}

/** Whether two syllables, in order, are two syllables of a word of the word list ("thành phố"), any case and tone placement. */
export type WordPairTest = (first: string, second: string) => boolean;

export function wordPairTest(data: Pick<RestoreData, 'unitId' | 'wordPairs'>): WordPairTest {
  const unit = (syllable: string) => data.unitId.get(canonicalSyllable(syllable.toLowerCase()));
  return (first, second) => {
    const [x, y] = [unit(first), unit(second)];
    return x !== undefined && y !== undefined && data.wordPairs.has(pairKey(x, y));
  };
}

/** Reads the data afresh (benchmarks time this); use loadRestoreData() otherwise. */
export async function readRestoreData(): Promise<RestoreData> {
  const [lmBytes, syllablesText, wordsText, abbreviationsText, confusionsText, namesText, placesText] = await Promise.all([
    readFile(dataUrl('lm.bin')),
    readFile(dataUrl('syllables.tsv'), 'utf8'),
    readFile(dataUrl('words.txt'), 'utf8'),
    readFile(dataUrl('abbreviations.tsv'), 'utf8'),
    readFile(dataUrl('ocr-confusions.tsv'), 'utf8'),
    readFile(dataUrl('names.tsv'), 'utf8'),
    readFile(dataUrl('places.tsv'), 'utf8'),
  ]);
  const lm = new LanguageModel(lmBytes);
  const syllableRows = rows(syllablesText);
  const units = syllableRows.map((r) => r[0]);
  const counts = Uint32Array.from(syllableRows, (r) => Number(r[1]));
  const unitId = new Map(units.map((u, i) => [u, i]));
  const byKey = new Map<string, number[]>();
  units.forEach((u, id) => {
    if (u.startsWith('<')) return;
    const key = stripDiacritics(u);
    const list = byKey.get(key);
    if (list) list.push(id);
    else byKey.set(key, [id]);
  });
  const wordPairs = new Set<number>();
  for (const line of wordsText.split('\n')) {
    const ids = line.split(' ').map((s) => unitId.get(s));
    for (let i = 0; i + 1 < ids.length; i++) {
      const x = ids[i];
      const y = ids[i + 1];
      if (x !== undefined && y !== undefined) wordPairs.add(pairKey(x, y));
    }
  }
  const abbreviations = new Map(rows(abbreviationsText).map(([k, f]) => [k, f] as [string, string]));
  const confusions = rows(confusionsText).map(([seen, meant, cost]) => ({ seen, meant, cost: Number(cost) }));
  const names = parseNameTable(namesText);
  const places = parsePlaceTable(placesText);
  return { lm, units, unitId, counts, byKey, wordPairs, abbreviations, confusions, names, places };
}

let cached: Promise<RestoreData> | undefined;

/** The data, loaded on first use and shared by every restorer of the process. */
export function loadRestoreData(): Promise<RestoreData> {
  cached ??= readRestoreData();
  cached.catch(() => (cached = undefined));
  return cached;
}
