/**
 * Builds the restoration data in dictionaries/data/ from ../shared/corpus/ (training
 * split only; see corpus-split.ts):
 *   syllables.tsv      model units in id order with corpus counts (class units first)
 *   lm.bin             pruned Kneser-Ney syllable trigram model (lm-format.ts)
 *   words.txt          multi-syllable words: corpus collocations + administrative vocabulary
 *   abbreviations.tsv  stripped form → spelling of upper-case abbreviations
 *   ocr-confusions.tsv seen → meant → cost
 *   manifest.json      what was built from what
 * Output is sorted and deterministic: the same corpus gives the same bytes.
 */
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { CORPUS_FOLDERS, splitFolder, corpusAvailable, CORPUS_DIR } from './corpus-split.ts';
import { readCorpus } from './build/read-corpus.ts';
import { estimateKneserNey } from './build/kneser-ney.ts';
import { writeLm } from './build/write-lm.ts';
import { findCollocations } from './build/collocations.ts';
import { ADMIN_VOCABULARY } from './sources/admin-vocabulary.ts';
import { ADMIN_SUPPLEMENT, SUPPLEMENT_WEIGHT } from './sources/admin-supplement.ts';
import { ABBREVIATIONS } from './sources/abbreviations.ts';
import { OCR_CONFUSIONS } from './sources/ocr-confusions.ts';
import { CLASS_UNITS, UNK_ID, RARE_ABBREVIATION, isAbbreviationUnit } from '../src/restore/lm-tokens.ts';
import { isSyllableShape } from '../src/restore/syllable-shape.ts';
import { canonicalSyllable, stripDiacritics } from '../src/text/vietnamese.ts';

const OUT = new URL('./data/', import.meta.url).pathname;
const MIN_SYLLABLE_COUNT = 2;
/** abbreviations seen this often are model units ("<UBND>"); rarer ones stay <unk> */
const MIN_ABBREVIATION_COUNT = 20;
const PRUNE = { minTrigram: Number(process.env.MIN_TRIGRAM ?? 2), minBigram: Number(process.env.MIN_BIGRAM ?? 2) };

const log = (msg: string) => process.stderr.write(`build:dict ${msg}\n`);
const byCountThenText = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

if (!corpusAvailable()) {
  process.stderr.write(`build:dict: no corpus at ${CORPUS_DIR}; set KEHOACH_CORPUS to the folder holding legal-vlc/, vbpl/, viwiki/.\n`);
  process.exit(66);
}
mkdirSync(OUT, { recursive: true });
const started = Date.now();
const files = CORPUS_FOLDERS.flatMap((f) => splitFolder(f).train);
const corpus = readCorpus(files, ADMIN_SUPPLEMENT, SUPPLEMENT_WEIGHT);
log(`read ${files.length} training files and ${ADMIN_SUPPLEMENT.length} supplement lines ×${SUPPLEMENT_WEIGHT}, ${corpus.ids.length} units in ${corpus.sentenceEnds.length} sentences`);

// inventory: corpus syllables of a Vietnamese shape and frequent abbreviations, plus the administrative vocabulary's syllables
const counts = new Map<string, number>();
corpus.units.forEach((u, i) => {
  if (corpus.counts[i] >= MIN_SYLLABLE_COUNT && isSyllableShape(u)) counts.set(u, corpus.counts[i]);
  else if (corpus.counts[i] >= MIN_ABBREVIATION_COUNT && isAbbreviationUnit(u)) counts.set(u, corpus.counts[i]);
});
for (const phrase of ADMIN_VOCABULARY)
  for (const s of phrase.split(' ')) {
    const c = canonicalSyllable(s);
    if (!counts.has(c)) counts.set(c, 0);
  }
// the rare abbreviations share one unit, counted here
let rareAbbreviations = 0;
corpus.units.forEach((u, i) => {
  if (isAbbreviationUnit(u) && !counts.has(u)) rareAbbreviations += corpus.counts[i];
});
counts.set(RARE_ABBREVIATION, rareAbbreviations);
const syllables = [...counts].sort(byCountThenText);
const units = [...CLASS_UNITS.map((u) => [u, 0] as [string, number]), ...syllables];
const unitId = new Map(units.map(([u], i) => [u, i]));
CLASS_UNITS.forEach((u) => {
  const i = corpus.units.indexOf(u);
  if (i >= 0) units[unitId.get(u)!][1] = corpus.counts[i];
});
log(`inventory: ${syllables.length} syllables and abbreviations (${syllables.filter(([u]) => isAbbreviationUnit(u)).length})`);

// remap temporary ids; a rare abbreviation is RARE_ABBREVIATION, anything else outside the inventory <unk>
const remap = Int32Array.from(corpus.units, (u) => unitId.get(u) ?? (isAbbreviationUnit(u) ? unitId.get(RARE_ABBREVIATION)! : UNK_ID));
const ids = corpus.ids.map((t) => remap[t]);
const model = estimateKneserNey(ids, corpus.sentenceEnds, units.length, PRUNE);
log(`model: ${model.pairKeys.length} pairs, ${model.triLast.length} trigrams`);
writeFileSync(OUT + 'lm.bin', writeLm(model));
writeFileSync(OUT + 'syllables.tsv', units.map(([u, c]) => `${u}\t${c}\n`).join(''));

// words: collocations of the corpus and the administrative vocabulary
const words = new Set(findCollocations(ids, corpus.sentenceEnds, units.map(([u]) => u)));
for (const phrase of ADMIN_VOCABULARY) if (phrase.includes(' ')) words.add(phrase.split(' ').map(canonicalSyllable).join(' '));
const wordList = [...words].sort();
writeFileSync(OUT + 'words.txt', wordList.join('\n') + '\n');
log(`words: ${wordList.length}`);

// abbreviations: written ones, then the corpus' Đ-spellings that clearly beat their stripped form
const abbreviations = new Map<string, string>();
for (const form of ABBREVIATIONS) abbreviations.set(stripDiacritics(form), form);
for (const [form, n] of [...corpus.abbreviations].sort(byCountThenText)) {
  const key = stripDiacritics(form);
  if (key === form || n < 3 || abbreviations.has(key)) continue;
  if (isSyllableShape(form.toLowerCase()) || !/^[A-Z&-]+$/.test(key)) continue;
  if ((corpus.abbreviations.get(key) ?? 0) * 2 > n) continue;
  abbreviations.set(key, form);
}
const abbreviationRows = [...abbreviations].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
writeFileSync(OUT + 'abbreviations.tsv', abbreviationRows.map(([k, f]) => `${k}\t${f}\n`).join(''));
log(`abbreviations: ${abbreviationRows.length}`);

writeFileSync(OUT + 'ocr-confusions.tsv', OCR_CONFUSIONS.map((c) => `${c.seen}\t${c.meant}\t${c.cost}\n`).join(''));

const sizes = Object.fromEntries(
  ['lm.bin', 'syllables.tsv', 'words.txt', 'abbreviations.tsv', 'ocr-confusions.tsv'].map((f) => [f, statSync(OUT + f).size]),
);
writeFileSync(
  OUT + 'manifest.json',
  JSON.stringify(
    {
      corpus: Object.fromEntries(CORPUS_FOLDERS.map((f) => [f, splitFolder(f).train.length])),
      devSplit: 'every 20th file of each folder, sorted by name',
      supplement: { lines: ADMIN_SUPPLEMENT.length, weight: SUPPLEMENT_WEIGHT },
      units: units.length,
      trainingUnits: ids.length,
      prune: PRUNE,
      pairs: model.pairKeys.length,
      trigrams: model.triLast.length,
      sizes,
    },
    null,
    2,
  ) + '\n',
);
log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(sizes)}`);
