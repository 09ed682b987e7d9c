/**
 * OCR stage: every page that has an image (a scan, a rendered PDF page) is read
 * into lines of words with boxes and confidences. Pages that already have text
 * (a PDF text layer, a text file) pass through.
 */
import type { Doc, Line, Page } from '../model/document.ts';
import type { OcrEngine, OcrLine } from './engine.ts';
import { meanConfidence } from './confidence.ts';
import { orderColumns } from './columns.ts';
import { rereadUnsureLines } from './reread.ts';
import { readDroppedWordsOfPage } from './dropped-words.ts';
import { pageGrey } from './page-grey.ts';
import { splitAtCommaSpaces } from './comma-space.ts';
import { fittedToWords, lineOfWords, withWords } from './line.ts';
import { countStrokes, rereadRomanNumber, rereadRomanWord } from './roman.ts';
import { isSyllableShape } from '../restore/syllable-shape.ts';
import { hasVietnameseDiacritics, stripDiacritics, toModernTone, toOldTone, toneMarkCount } from '../text/vietnamese.ts';

export function toPageLines(pageNumber: number, ocrLines: OcrLine[]): Line[] {
  return ocrLines.map((line, index) => ({
    id: `p${pageNumber}-l${index}`,
    page: pageNumber,
    text: line.text,
    original: line.text,
    bbox: line.bbox,
    confidence: line.confidence,
    block: line.block,
    words: line.words.map((w) => ({ ...w, line: index })),
  }));
}

/** I-strokes without their period before a word in capitals ("II TIÊU CHÍ …" for "III. TIÊU CHÍ …"): a roman heading whose period the OCR lost. */
const BARE_STROKES = /^[I|]{1,4}$/;
const CAPS_WORD = /^[\p{Lu}\p{M}]{2,}[,:]?$/u;

/** Re-reads a line-opening roman heading number from the image where tesseract joins its I's ("H." for "II.") or loses its period. */
async function fixRomanNumbers(lines: OcrLine[], image: Buffer): Promise<OcrLine[]> {
  return Promise.all(
    lines.map(async (line) => {
      const first = line.words[0];
      const bare = !!first && BARE_STROKES.test(first.text) && CAPS_WORD.test(line.words[1]?.text ?? '');
      const reread = first ? (bare ? await rereadBare(image, first) : await rereadRomanNumber(image, first)) : null;
      // roman numbers inside the line ("lần thứ XII" for XIII)
      const inside = await Promise.all(line.words.slice(1).map((w) => rereadRomanWord(image, w)));
      if (!reread && inside.every((r) => r === null)) return line;
      const words = line.words.map((w, k) => ({ ...w, text: (k === 0 ? reread : inside[k - 1]) ?? w.text }));
      return withWords(line, words);
    }),
  );
}

async function rereadBare(image: Buffer, word: OcrLine['words'][number]): Promise<string | null> {
  const strokes = await countStrokes(image, word);
  return strokes >= 1 && strokes <= 3 ? `${'I'.repeat(strokes)}.` : null;
}

/**
 * Two words the OCR glued where a tight bold line left little space ("TIỂU DỰÁN", "LẦN
 * THỨXII", "SởY tế"): a token that is no Vietnamese syllable but splits in exactly one way
 * into two that are, in capitals with a diacritic or at a lower-to-upper case change, is
 * two words again (the box shared by letter count). Acronyms ("UBND", "HĐND") split into no
 * two syllables and stay.
 */
function splitGlued(line: OcrLine): OcrLine {
  const words = splitGluedWords(line.words);
  return words.length === line.words.length ? line : withWords(line, words);
}

export function splitGluedWords(words: OcrLine['words']): OcrLine['words'] {
  const out: OcrLine['words'] = [];
  for (const w of words) {
    const parts = gluedParts(w.text);
    if (!parts) {
      out.push(w);
      continue;
    }
    const width = w.bbox.r - w.bbox.l;
    const cut = w.bbox.l + Math.round((width * [...parts[0]].length) / [...w.text].length);
    out.push({ ...w, text: parts[0], bbox: { ...w.bbox, r: cut } }, { ...w, text: parts[1], bbox: { ...w.bbox, l: cut } });
  }
  return out;
}

/**
 * The other way round: one syllable tesseract cut in two at a wide letter ("GIẢM NGH ÈO"
 * for NGHÈO). Two neighbouring words of letters, at least one of them no syllable, whose
 * letters together are one, with less room between them than half the line's usual space,
 * are one word again (their boxes joined). Two syllables are never joined.
 */
function joinSplit(line: OcrLine): OcrLine {
  const words = joinSplitWords(line.words);
  return words.length === line.words.length ? line : withWords(line, words);
}

export function joinSplitWords(words: OcrLine['words']): OcrLine['words'] {
  if (words.length < 2) return words;
  const gaps = words.slice(1).map((w, i) => w.bbox.l - words[i].bbox.r).sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)];
  const out: OcrLine['words'] = [words[0]];
  for (const w of words.slice(1)) {
    const prev = out[out.length - 1];
    const head = /^[\p{L}\p{M}]+$/u.test(prev.text) ? prev.text : null;
    const tail = /^([\p{L}\p{M}]+)[.,;:!?)”"]*$/u.exec(w.text)?.[1];
    const sameCase = head && tail && (head + tail === (head + tail).toUpperCase() || tail === tail.toLowerCase());
    const gap = w.bbox.l - prev.bbox.r;
    const joined = head && tail && sameCase ? joinedSyllable(head, tail, gap, usual) : null;
    if (joined) {
      out[out.length - 1] = {
        ...prev,
        text: joined + w.text.slice(tail!.length),
        confidence: Math.min(prev.confidence, w.confidence),
        bbox: { l: prev.bbox.l, t: Math.min(prev.bbox.t, w.bbox.t), r: w.bbox.r, b: Math.max(prev.bbox.b, w.bbox.b) },
      };
    } else out.push(w);
  }
  return out;
}

/**
 * The one syllable two pieces make, or null: pieces closer than half the line's usual
 * space, one of them no syllable, whose letters together are one; or pieces whose boxes
 * touch where the OCR read the letter at the cut twice ("NGHỀ" + "ÈO" for NGH|ÈO).
 */
function joinedSyllable(head: string, tail: string, gap: number, usual: number): string | null {
  if (gap < Math.max(2, usual / 2) && !(syllable(head) && syllable(tail)) && syllable(head + tail)) return head + tail;
  const overlap = head.slice(0, -1) + tail;
  const same = (a: string, b: string) => stripDiacritics(a).toLowerCase() === stripDiacritics(b).toLowerCase();
  if (gap <= Math.max(1, usual / 8) && head.length > 1 && same(head.at(-1)!, tail[0]) && !syllable(head + tail) && syllable(overlap)) return overlap;
  return null;
}

/** A syllable's shape with its tone mark where one of the two spelling rules puts it ("ọoc" has it on the wrong vowel). */
function syllable(text: string): boolean {
  const lower = text.toLowerCase();
  return isSyllableShape(lower) && (toModernTone(lower) === lower || toOldTone(lower) === lower);
}

function gluedParts(token: string): [string, string] | null {
  const m = /^([\p{L}\p{M}]+)([.,;:!?)”"]*)$/u.exec(token.normalize('NFC'));
  if (!m) return null;
  const letters = [...m[1]];
  const caps = m[1] === m[1].toUpperCase();
  const caseChange = /\p{Ll}\p{Lu}/u.test(m[1]);
  if (letters.length < 3 || !(caseChange || (caps && hasVietnameseDiacritics(m[1])))) return null;
  // one syllable carries one tone mark at most ("DỰÁN" has two)
  if (!caseChange && toneMarkCount(m[1]) < 2 && isSyllableShape(m[1].toLowerCase())) return null;
  const splits: Array<[string, string]> = [];
  for (let k = 1; k < letters.length; k++) {
    const a = letters.slice(0, k).join('');
    const b = letters.slice(k).join('');
    if (caseChange && !(a.at(-1) === a.at(-1)!.toLowerCase() && b[0] === b[0].toUpperCase())) continue;
    if (toneMarkCount(a) > 1 || toneMarkCount(b) > 1) continue;
    if (syllable(a) && (syllable(b) || /^[IVX]+$/.test(b))) splits.push([a, b + m[2]]);
  }
  return splits.length === 1 ? splits[0] : null;
}

/**
 * Letters of other alphabets tesseract answers with for Vietnamese ones: Ð (U+00D0,
 * Icelandic eth) for Đ; Ñ (Spanish) for an N with a speck over it ("Ñ guyệt" under a seal).
 */
function normalizeOcrText(lines: OcrLine[]): OcrLine[] {
  const fix = (t: string) => t.replace(/\u00D0/g, '\u0110').replace(/\u00F0/g, '\u0111').replace(/\u00D1/g, 'N').replace(/\u00F1/g, 'n');
  return lines.map((line) => (/[\u00D0\u00F0\u00D1\u00F1]/.test(line.text) ? { ...line, text: fix(line.text), words: line.words.map((w) => ({ ...w, text: fix(w.text) })) } : line));
}

/** a word this much shorter than the line under it, and unsure, is that line's marks read apart */
const MARKS_HEIGHT_SHARE = 0.45;
const MARKS_MAX_CONFIDENCE = 0.75;

/**
 * Tesseract sometimes reads the tall marks over a bold title's letters ("CHUYỂN ĐỔI":
 * the hook over the circumflex) as words of their own, "mm" or "—", on the line above,
 * and they then join the title. Such a word is thin, unsure, and sits on the line under
 * it, within its width; it is dropped (the letters under it keep their own marks).
 */
export function dropStrayMarks(lines: OcrLine[]): OcrLine[] {
  const strayMarks = (word: OcrLine['words'][number], own: OcrLine) => {
    if (word.confidence >= MARKS_MAX_CONFIDENCE) return false;
    const height = word.bbox.b - word.bbox.t;
    return lines.some(
      (under) =>
        under !== own &&
        height < (under.bbox.b - under.bbox.t) * MARKS_HEIGHT_SHARE &&
        under.bbox.t >= word.bbox.t &&
        under.bbox.t <= word.bbox.b + height &&
        under.bbox.l <= word.bbox.l &&
        under.bbox.r >= word.bbox.r,
    );
  };
  return lines.flatMap((line) => {
    const words = line.words.filter((w) => !strayMarks(w, line));
    if (words.length === line.words.length) return [line];
    if (words.length === 0) return [];
    return [lineOfWords(line, words)];
  });
}

/**
 * One page read: tesseract's page pass, its stray marks dropped; then second looks at the
 * image (unsure lines read alone, words the pass dropped from a gap that holds ink, spaces
 * lost after commas, glued and split words, roman numbers counted from their strokes);
 * then the columns put in reading order.
 */
export async function ocrPage(page: Page, engine: OcrEngine, image: Buffer | undefined = page.image): Promise<Page> {
  if (!image) return page;
  const result = await engine.recognize(image, { psm: 'auto' });
  const grey = await pageGrey(image);
  const size = { width: grey.width, height: grey.height };
  const reread = await rereadUnsureLines(dropStrayMarks(normalizeOcrText(result.lines)), image, size, engine);
  const filled = await readDroppedWordsOfPage(reread, image, size, engine, grey);
  // the re-read lines are tesseract's words again: their Ð too
  const spaced = await splitAtCommaSpaces(normalizeOcrText(filled), image);
  const lines = (await fixRomanNumbers(spaced.map(splitGlued).map(joinSplit), image)).map(fittedToWords);
  const words = lines.flatMap((line) => line.words);
  const ocrConfidence = words.length ? meanConfidence(words) : result.confidence;
  return { ...page, lines: toPageLines(page.number, orderColumns(lines)), ocrConfidence };
}

export async function ocr(doc: Doc, engine: OcrEngine): Promise<Doc> {
  const pages = await Promise.all(doc.pages.map((page) => ocrPage(page, engine)));
  return { ...doc, pages };
}
