/**
 * Measures the place-name reader on held-out names: the names of wards, communes and
 * districts after "phường", "xã", "huyện", "quận" in the corpus' development split
 * (every 20th file; places.tsv never saw those files), stripped of their marks and
 * restored (1) in running text, "phuong Dich Vong Hau", and (2) in a header line of
 * capitals, "UY BAN NHAN DAN PHUONG DICH VONG HAU" — by the restorer without the place
 * table (the language model alone) and with it; names the training split also has
 * (seen) and names it has not (unseen) apart. Prints exact-phrase accuracy.
 *   npx tsx dictionaries/eval-places.ts        (SHOW=1 prints the misses)
 */
import { readFileSync } from 'node:fs';
import { CORPUS_FOLDERS, splitFolder } from './corpus-split.ts';
import { placeNames } from './build/place-names.ts';
import { loadRestoreData } from '../src/restore/data.ts';
import { SyllableRestorer } from '../src/restore/restorer.ts';
import { parsePlaceTable } from '../src/restore/place-names.ts';
import { canonicalText, stripDiacritics } from '../src/text/vietnamese.ts';

const LEVELS = new Set(['phường', 'xã', 'huyện', 'quận']);
const phrases = new Map<string, { level: string; name: string }>();
for (const folder of CORPUS_FOLDERS)
  for (const file of splitFolder(folder).dev)
    for (const { level, name } of placeNames(readFileSync(file, 'utf8')))
      if (LEVELS.has(level) && name.length >= 2) phrases.set(`${level} ${name.join(' ')}`, { level, name: name.join(' ') });
const data = await loadRestoreData();
const withPlaces = new SyllableRestorer(data, 'modern');
const without = new SyllableRestorer({ ...data, places: parsePlaceTable('') }, 'modern');
const title = (n: string) => n.replace(/(^|\s)(\p{L})/gu, (_, s, c: string) => s + c.toUpperCase());
const show = process.env.SHOW === '1';
const frames: Array<[string, (level: string, name: string) => string]> = [
  ['running text', (level, name) => `${level} ${title(name)}`],
  ['header in capitals', (level, name) => `ỦY BAN NHÂN DÂN ${level} ${name}`.toUpperCase()],
];
for (const [label, frame] of frames)
  for (const group of ['seen', 'unseen'] as const) {
    const list = [...phrases.values()].filter(({ name }) => data.places.names.has(stripDiacritics(name)) === (group === 'seen'));
    for (const [which, restorer] of [['model only', without], ['with places.tsv', withPlaces]] as const) {
      let exact = 0;
      for (const { level, name } of list) {
        const gold = frame(level, name);
        const out = restorer.restoreLine(stripDiacritics(gold)).text;
        if (canonicalText(out) === canonicalText(gold)) exact++;
        else if (show && which === 'with places.tsv') console.log(`  ${gold} → ${out}`);
      }
      console.log(`${label}, ${group} in training, ${which}: ${list.length} dev phrases, exact ${(exact / Math.max(1, list.length)).toFixed(3)}`);
    }
  }
