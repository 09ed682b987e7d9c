/**
 * Measures the person-name reader on held-out names: the distinct full names of the
 * corpus' development split (every 20th file; names.tsv never saw them), stripped of
 * their marks and restored (1) alone on a line, as a signer's name, and (2) after
 * "Thu truong", as in a list of recipients — by the restorer without the name table
 * (the language model alone) and with it. Prints exact-name and syllable accuracy.
 *   npx tsx dictionaries/eval-names.ts
 */
import { readFileSync } from 'node:fs';
import { CORPUS_FOLDERS, splitFolder } from './corpus-split.ts';
import { personNames } from './build/person-names.ts';
import { loadRestoreData } from '../src/restore/data.ts';
import { SyllableRestorer } from '../src/restore/restorer.ts';
import { parseNameTable } from '../src/restore/person-names.ts';
import { canonicalSyllable, stripDiacritics } from '../src/text/vietnamese.ts';

const names = new Set<string>();
for (const folder of CORPUS_FOLDERS) for (const file of splitFolder(folder).dev) for (const n of personNames(readFileSync(file, 'utf8'))) names.add(n.join(' '));
const data = await loadRestoreData();
const withNames = new SyllableRestorer(data, 'modern');
const without = new SyllableRestorer({ ...data, names: parseNameTable('') }, 'modern');
const title = (n: string) => n.split(' ').map((s) => s[0].toUpperCase() + s.slice(1)).join(' ');
const key = (s: string) => s.split(' ').map((x) => canonicalSyllable(x.toLowerCase())).join(' ');
const show = process.env.SHOW === '1';
for (const [label, frame] of [['alone on a line', (n: string) => [n, '']], ['after "Thu truong"', (n: string) => ['Thu truong ' + n + ';', 'Thứ trưởng ']]] as const) {
  for (const [which, restorer] of [['model only', without], ['with names.tsv', withNames]] as const) {
    let exact = 0;
    let syllables = 0;
    let right = 0;
    for (const n of names) {
      const gold = title(n);
      const [line, prefix] = frame(stripDiacritics(gold));
      const out = restorer.restoreLine(line).text.slice(prefix.length).replace(/;$/, '');
      const a = key(out).split(' ');
      const b = key(gold).split(' ');
      b.forEach((s, i) => (syllables++, (right += a[i] === s ? 1 : 0)));
      if (key(out) === key(gold)) exact++;
      else if (show && which === 'with names.tsv') console.log(`  ${gold} → ${out}`);
    }
    console.log(`${label}, ${which}: ${names.size} dev names, exact ${(exact / names.size).toFixed(3)}, syllables ${(right / syllables).toFixed(3)}`);
  }
}
