/**
 * The signer's name read again from the image when what the page pass read is no name
 * people have. The name is printed bold under a signature and a seal; the page pass,
 * reading the whole page at once, takes letters from the ink around it ("Phu Vấn Thính"
 * for Phạm Văn Thịnh, "Bào Mỹ" for Đào Mỹ). Read alone as one line (ocr/reread.ts's
 * windows), the same print often comes out right.
 *
 * A re-reading is taken only when it names as many words, each a small edit from the page's
 * reading, and more of its syllables are what people are called in their place (surname
 * first, given name last; dictionaries/data/names.tsv).
 */
import type { Doc, Line } from '../model/document.ts';
import type { OcrEngine } from '../ocr/engine.ts';
import { readAlone } from '../ocr/reread.ts';
import type { NamePosition, NameTable } from '../restore/person-names.ts';
import { canonicalSyllable, foldKey } from '../text/vietnamese.ts';
import { editDistance } from '../text/edit-distance.ts';
import { repairPersonName } from './person-name.ts';

/** A word of the re-reading may differ from the page's by this many letters (marks aside): "Phu" → "Phạm". */
const MAX_WORD_EDITS = 2;

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/** The position of the i-th of n name words. */
const positionOf = (i: number, n: number): NamePosition => (i === 0 ? 'S' : i === n - 1 ? 'G' : 'M');

/** How many of the name's syllables people have in their place (a middle and a given name stand for each other). */
export function namedSyllables(words: readonly string[], names: NameTable): number {
  return words.filter((word, i) => {
    const s = canonicalSyllable(word.toLowerCase());
    const position = positionOf(i, words.length);
    const places: NamePosition[] = position === 'S' ? ['S'] : ['M', 'G'];
    return places.some((p) => (names.counts[p].get(s) ?? 0) > 0);
  }).length;
}

/** The run of `count` capitalised words in a reading that lies closest, letter by letter, to `name`. */
function nameIn(words: readonly string[], name: readonly string[]): string[] | null {
  const clean = words.map((w) => w.replace(/[^\p{L}\p{M}]+$/u, '').replace(/^[^\p{L}]+/u, ''));
  let best: { run: string[]; edits: number } | null = null;
  for (let start = 0; start + name.length <= clean.length; start++) {
    const run = clean.slice(start, start + name.length);
    if (!run.every((w) => NAME_WORD.test(w))) continue;
    const distances = run.map((w, i) => editDistance(foldKey(w), foldKey(name[i])));
    if (distances.some((d) => d > MAX_WORD_EDITS)) continue;
    const edits = distances.reduce((a, b) => a + b, 0);
    if (!best || edits < best.edits) best = { run, edits };
  }
  return best?.run ?? null;
}

/** The page line the name was read from: the last signature line whose letters hold it. */
function nameLine(doc: Doc, name: string): { line: Line; page: Doc['pages'][number] } | null {
  const key = foldKey(name);
  for (const page of [...doc.pages].reverse()) {
    const line = [...page.lines].reverse().find((l) => l.bbox && l.words?.length && foldKey(l.text).includes(key));
    if (line) return { line, page };
  }
  return null;
}

/**
 * The signer's name (as structure read it, repaired by repairPersonName), read again from
 * the page image when some syllable of it is no name; unchanged otherwise.
 */
export async function rereadSignerName(doc: Doc, name: string | null, engine: OcrEngine, names: NameTable): Promise<string | null> {
  if (!name) return name;
  const read = name.split(' ');
  const repaired = (repairPersonName(name, names) ?? name).split(' ');
  const own = namedSyllables(repaired, names);
  if (read.length < 2 || own === read.length) return repairPersonName(name, names);
  const found = nameLine(doc, name);
  const image = found?.page.image;
  if (!found || !image) return repairPersonName(name, names);
  const { line, page } = found;
  const ocrLine = { text: line.text, bbox: line.bbox!, confidence: line.confidence, block: line.block, words: line.words! };
  const others = page.lines.filter((l) => l !== line && l.bbox && l.words).map((l) => ({ text: l.text, bbox: l.bbox!, confidence: l.confidence, block: l.block, words: l.words! }));
  const readings = await readAlone(ocrLine, others, image, { width: page.width, height: page.height }, engine);
  let best = { words: repaired, named: own };
  for (const words of readings) {
    const run = nameIn(
      words.map((w) => w.text),
      read,
    );
    if (!run) continue;
    const candidate = (repairPersonName(run.join(' '), names) ?? run.join(' ')).split(' ');
    const named = namedSyllables(candidate, names);
    if (named > best.named) best = { words: candidate, named };
  }
  return best.words.join(' ');
}
