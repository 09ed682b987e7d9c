/**
 * The signer's name read again from the image when what the page pass read is no name
 * people have. The name is printed bold under a signature and a seal; the page pass,
 * reading the whole page at once, takes letters from the ink around it ("Phu Vấn Thính"
 * for Phạm Văn Thịnh, "Bào Mỹ" for Đào Mỹ). Read alone as one line (ocr/reread.ts's
 * windows), the same print often comes out right.
 *
 * A re-reading is taken only when it names as many words, each a small edit from the page's
 * reading, and more of its syllables are what people are called in their place (surname
 * first, given name last; dictionaries/data/names.tsv). Where no name was read at all (a
 * seal's mark inside it broke the run of capitalised words), the signature's last line that
 * looks like one is read alone, and its name taken when it reads as a person's.
 */
import type { Doc, Line } from '../model/document.ts';
import type { OcrEngine } from '../ocr/engine.ts';
import { readAlone } from '../ocr/reread.ts';
import type { NamePosition, NameTable } from '../restore/person-names.ts';
import { canonicalSyllable, foldKey } from '../text/vietnamese.ts';
import { editDistance } from '../text/edit-distance.ts';
import { positionOf, repairPersonName } from './person-name.ts';

/** A word of the re-reading may differ from the page's by this many letters (marks aside): "Phu" → "Phạm". */
const MAX_WORD_EDITS = 2;

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/** How many of the name's syllables people have in their place (a middle and a given name stand for each other). */
export function namedSyllables(words: readonly string[], names: NameTable): number {
  return words.filter((word, i) => {
    const s = canonicalSyllable(word.toLowerCase());
    const position = positionOf(i, words.length);
    const places: NamePosition[] = position === 'S' ? ['S'] : ['M', 'G'];
    return places.some((p) => (names.counts[p].get(s) ?? 0) > 0);
  }).length;
}

/** A reading's words without the marks around them ("“Huỳnh", "Mỹ:"). */
const bareWords = (words: readonly string[]) => words.map((w) => w.replace(/[^\p{L}\p{M}]+$/u, '').replace(/^[^\p{L}]+/u, ''));

/** The run of `count` capitalised words in a reading that lies closest, letter by letter, to `name`. */
function nameIn(words: readonly string[], name: readonly string[]): string[] | null {
  const clean = bareWords(words);
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

/** Words a name line's Title Case words may be: a capital, then letters with some in lower case ("Phùng", "NguyÊà"). */
const NAME_LIKE = /^\p{Lu}(?=.*\p{Ll})[\p{L}\p{M}]+$/u;

/**
 * The line a name was printed on when structure read none: the last signature line with
 * two words that look like a name's, each capitalised ("Phùng Thà 4h Vinh", "- Hô Thị
 * NguyÊà Thảo": a word the seal garbled broke the run).
 */
function unreadNameLine(doc: Doc): PageLine | null {
  return lastLine(doc, (l) => l.region === 'signature' && bareWords(l.text.split(/\s+/)).filter((w) => NAME_LIKE.test(w)).length >= 2);
}

type PageLine = { line: Line; page: Doc['pages'][number] };

/** The document's last OCR line (words and box) that passes `test`, with its page. */
function lastLine(doc: Doc, test: (line: Line) => boolean): PageLine | null {
  for (const page of [...doc.pages].reverse()) {
    const line = [...page.lines].reverse().find((l) => l.bbox && l.words?.length && test(l));
    if (line) return { line, page };
  }
  return null;
}

/** The name in a reading of a line no name was read from: its longest run of two to five capitalised words, most of them names in their place. */
function freshName(words: readonly string[], names: NameTable): string[] | null {
  const clean = bareWords(words);
  let best: string[] | null = null;
  for (let start = 0; start < clean.length; start++) {
    let end = start;
    while (end < clean.length && NAME_WORD.test(clean[end])) end++;
    const run = clean.slice(start, Math.min(end, start + 5));
    if (run.length >= 2 && (!best || run.length > best.length)) best = run;
  }
  if (!best) return null;
  const repaired = (repairPersonName(best.join(' '), names) ?? best.join(' ')).split(' ');
  // the first a surname, the last a given name ("Hồ Thị" is a name cut short), most in their place
  const given = names.counts.G.get(canonicalSyllable(repaired[repaired.length - 1].toLowerCase())) ?? 0;
  return namedSyllables(repaired, names) >= repaired.length - 1 && namedSyllables(repaired.slice(0, 1), names) === 1 && given > 0 ? repaired : null;
}

/** The page line the name was read from: the last signature line whose letters hold it. */
function nameLine(doc: Doc, name: string): PageLine | null {
  const key = foldKey(name);
  return lastLine(doc, (l) => foldKey(l.text).includes(key));
}

/**
 * The signer's name (as structure read it, repaired by repairPersonName), read again from
 * the page image when some syllable of it is no name; unchanged otherwise.
 */
export async function rereadSignerName(doc: Doc, name: string | null, engine: OcrEngine, names: NameTable): Promise<string | null> {
  if (!name) return readUnreadName(doc, engine, names);
  const read = name.split(' ');
  const repaired = (repairPersonName(name, names) ?? name).split(' ');
  const own = namedSyllables(repaired, names);
  if (read.length < 2 || own === read.length) return repairPersonName(name, names);
  const found = nameLine(doc, name);
  const image = found?.page.image;
  if (!found || !image) return repairPersonName(name, names);
  const readings = await readLineAlone(found, image, engine);
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

/**
 * No name was read ("Phùng Thà 4h Vinh", under a seal): the signature's last line that
 * looks like a name, read alone; the name its reading gives, when most of its syllables
 * are names in their place and the first is a surname. Null otherwise.
 */
async function readUnreadName(doc: Doc, engine: OcrEngine, names: NameTable): Promise<string | null> {
  const found = unreadNameLine(doc);
  const image = found?.page.image;
  if (!found || !image) return null;
  for (const words of await readLineAlone(found, image, engine)) {
    const name = freshName(
      words.map((w) => w.text),
      names,
    );
    if (name) return name.join(' ');
  }
  return null;
}

/** A page line read alone, as one line, in reread.ts's windows. */
function readLineAlone({ line, page }: PageLine, image: Buffer, engine: OcrEngine) {
  const asOcr = (l: Line) => ({ text: l.text, bbox: l.bbox!, confidence: l.confidence, block: l.block, words: l.words! });
  const others = page.lines.filter((l) => l !== line && l.bbox && l.words).map(asOcr);
  return readAlone(asOcr(line), others, image, { width: page.width, height: page.height }, engine);
}
