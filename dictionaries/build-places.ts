/**
 * Builds dictionaries/data/places.tsv from ../shared/corpus/ (training split only; see
 * corpus-split.ts): the names of administrative units below a province that follow a
 * level word ("phường Dịch Vọng", "huyện Gia Lâm"; build/place-names.ts). Rows
 *   N <TAB> name <TAB> count      how often the name follows a level word
 *   S <TAB> syllable <TAB> count  in how many distinct names the syllable is
 * canonical lower case, most frequent first. Names of one syllable are left out (mostly
 * a word after a level word: "xã An toàn khu", "quận Công"), and so are names and
 * syllables seen once (typos, runs that went too far); the syllables still count every
 * distinct name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CORPUS_FOLDERS, splitFolder, corpusAvailable, CORPUS_DIR } from './corpus-split.ts';
import { placeNames } from './build/place-names.ts';

const OUT = new URL('./data/places.tsv', import.meta.url).pathname;
const MIN_COUNT = 2;

if (!corpusAvailable()) {
  process.stderr.write(`build:places: no corpus at ${CORPUS_DIR}; set KEHOACH_CORPUS to the folder holding legal-vlc/, vbpl/, viwiki/.\n`);
  process.exit(66);
}
const counts = new Map<string, number>();
for (const folder of CORPUS_FOLDERS)
  for (const file of splitFolder(folder).train)
    for (const { name } of placeNames(readFileSync(file, 'utf8'))) {
      // one syllable after a level word is mostly no name: "xã An toàn khu", "Xã Hội", "quận Công"
      if (name.length < 2) continue;
      const key = name.join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
const syllables = new Map<string, number>();
for (const name of counts.keys()) for (const s of new Set(name.split(' '))) syllables.set(s, (syllables.get(s) ?? 0) + 1);
const rows: string[] = [];
for (const [kind, table] of [['N', counts], ['S', syllables]] as const)
  for (const [text, n] of [...table].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) rows.push(`${kind}\t${text}\t${n}`);
writeFileSync(OUT, rows.join('\n') + '\n');
process.stderr.write(`build:places: ${counts.size} distinct names → ${rows.length} rows in places.tsv\n`);
