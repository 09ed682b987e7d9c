/**
 * Builds dictionaries/data/names.tsv from ../shared/corpus/ (training split only; see
 * corpus-split.ts): in how many distinct full names each syllable is a surname (S), a middle name (M) or a
 * given name (G, the last syllable) of the full person names of the corpus
 * (build/person-names.ts). Rows "S|M|G <TAB> syllable <TAB> count", canonical lower
 * case, sorted; syllables seen once in a position are left out (typos, foreign names).
 * Every listed surname has its S row, even unseen (count 0).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CORPUS_FOLDERS, splitFolder, corpusAvailable, CORPUS_DIR } from './corpus-split.ts';
import { personNames } from './build/person-names.ts';
import { SURNAMES } from './sources/surnames.ts';
import { canonicalSyllable } from '../src/text/vietnamese.ts';
import { isSyllableShape } from '../src/restore/syllable-shape.ts';

const OUT = new URL('./data/names.tsv', import.meta.url).pathname;
const MIN_COUNT = 2;

if (!corpusAvailable()) {
  process.stderr.write(`build:names: no corpus at ${CORPUS_DIR}; set KEHOACH_CORPUS to the folder holding legal-vlc/, vbpl/, viwiki/.\n`);
  process.exit(66);
}
const counts = { S: new Map<string, number>(), M: new Map<string, number>(), G: new Map<string, number>() };
const add = (kind: keyof typeof counts, s: string) => counts[kind].set(s, (counts[kind].get(s) ?? 0) + 1);
// distinct names, each counted once: a text names its people again and again ("Hồ Chí Minh")
const distinct = new Set<string>();
for (const folder of CORPUS_FOLDERS)
  for (const file of splitFolder(folder).train)
    for (const name of personNames(readFileSync(file, 'utf8'))) if (name.every(isSyllableShape)) distinct.add(name.join(' '));
const names = distinct.size;
for (const full of distinct) {
      const name = full.split(' ');
      add('S', name[0]);
      name.slice(1, -1).forEach((s) => add('M', s));
      add('G', name[name.length - 1]);
    }
const rows: string[] = [];
for (const kind of ['S', 'M', 'G'] as const) {
  const keep = new Map([...counts[kind]].filter(([, n]) => n >= MIN_COUNT));
  if (kind === 'S') for (const s of SURNAMES) if (!keep.has(canonicalSyllable(s.toLowerCase()))) keep.set(canonicalSyllable(s.toLowerCase()), 0);
  for (const [s, n] of [...keep].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) rows.push(`${kind}\t${s}\t${n}`);
}
writeFileSync(OUT, rows.join('\n') + '\n');
process.stderr.write(`build:names: ${names} full names → ${rows.length} rows in names.tsv\n`);
