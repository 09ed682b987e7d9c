/**
 * Builds dictionaries/data/codes.tsv from ../shared/corpus/ (training split only; see
 * corpus-split.ts): the office codes written in capitals ("UBND", "HĐND", "NN&MT", "KGVX")
 * and how often the corpus prints each one, in running text and in the "Nơi nhận:" lists
 * of its decrees. The recipient repair (src/normalize/recipients.ts) reads an OCR's damaged
 * code ("NG", "PIDS", "DMPT") as the frequent code it is one misreading away from.
 *
 * A code: two or more capitals (Đ among them), "&" allowed inside ("NN&MT"); a code joined
 * to another by "-" or "/" ("KH-UBND", "ĐBQH-HĐND") is counted as its parts. Lines without
 * a lower-case letter (headings, titles in capitals) are skipped: their capitals are words.
 * Roman numerals of I, V and X are left out. Rows "code <TAB> count <TAB> count in Nơi nhận lists", codes seen at least MIN_COUNT times,
 * sorted by count then code (deterministic).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { splitFolder, corpusAvailable, CORPUS_DIR } from './corpus-split.ts';

/** Administrative text only: Wikipedia's capitals are mostly foreign (ISBN, USD, NC for North Carolina). */
const ADMIN_FOLDERS = ['vbpl', 'legal-vlc'] as const;
const OUT = new URL('./data/codes.tsv', import.meta.url).pathname;
const MIN_COUNT = 2;
/** A "Nơi nhận" list longer than this has run into the next text. */
const MAX_LIST_LINES = 40;

if (!corpusAvailable()) {
  process.stderr.write(`build:codes: no corpus at ${CORPUS_DIR}; set KEHOACH_CORPUS to the folder holding legal-vlc/, vbpl/, viwiki/.\n`);
  process.exit(66);
}

// capitals (Đ too) with & inside, not touching other letters or digits
const CODE = /(?<![\p{L}\p{N}])[A-ZĐ][A-ZĐ&]*[A-ZĐ](?![\p{L}\p{N}])/gu;
const LOWER = /\p{Ll}/u;
/** Chapter and part numbers ("Chương IV", "Phần II"): no codes. */
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;

/** True when a word beside the match is a word in capitals with marks ("Mục 3. CHẾ ĐỘ QUẢN LÝ"): a heading's word, no code. */
function inHeading(line: string, at: number, length: number): boolean {
  const before = /(\S+)\s+$/u.exec(line.slice(0, at))?.[1] ?? '';
  const after = /^\s+(\S+)/u.exec(line.slice(at + length))?.[1] ?? '';
  return [before, after].some((w) => {
    const letters = w.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && letters === letters.toUpperCase() && /[^A-ZĐ]/u.test(letters);
  });
}

const all = new Map<string, number>();
const inLists = new Map<string, number>();
const add = (map: Map<string, number>, code: string) => map.set(code, (map.get(code) ?? 0) + 1);

for (const folder of ADMIN_FOLDERS)
  for (const file of splitFolder(folder).train) {
    const lines = readFileSync(file, 'utf8').split('\n');
    let listLeft = 0;
    for (const raw of lines) {
      const line = raw.trim();
      if (/^Nơi nhận\b/u.test(line)) listLeft = MAX_LIST_LINES;
      else if (listLeft > 0 && !/^[-+•*]/u.test(line)) listLeft = 0;
      const inList = listLeft > 0;
      if (listLeft > 0) listLeft--;
      if (!LOWER.test(line)) continue;
      for (const m of line.matchAll(CODE)) {
        if (inHeading(line, m.index, m[0].length)) continue;
        if (ROMAN.test(m[0])) continue;
        add(all, m[0]);
        if (inList) add(inLists, m[0]);
      }
    }
  }

const rows = [...all]
  .filter(([, n]) => n >= MIN_COUNT)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  .map(([code, n]) => `${code}\t${n}\t${inLists.get(code) ?? 0}`);
writeFileSync(OUT, rows.join('\n') + '\n');
process.stderr.write(`build:codes: ${all.size} codes → ${rows.length} rows in codes.tsv\n`);
