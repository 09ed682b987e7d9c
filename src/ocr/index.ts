/**
 * OCR stage: every page that has an image (a scan, a rendered PDF page) is read
 * into lines of words with boxes and confidences. Pages that already have text
 * (a PDF text layer, a text file) pass through.
 */
import type { Doc, Line, Page } from '../model/document.ts';
import type { OcrEngine, OcrLine } from './engine.ts';
import { orderColumns } from './columns.ts';
import { countStrokes, rereadRomanNumber } from './roman.ts';

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
      if (!reread) return line;
      const words = [{ ...first, text: reread }, ...line.words.slice(1)];
      return { ...line, words, text: words.map((w) => w.text).join(' ') };
    }),
  );
}

async function rereadBare(image: Buffer, word: OcrLine['words'][number]): Promise<string | null> {
  const strokes = await countStrokes(image, word);
  return strokes >= 1 && strokes <= 3 ? `${'I'.repeat(strokes)}.` : null;
}

/** Ð (U+00D0, Icelandic eth) looks like Đ and tesseract sometimes answers with it. */
function normalizeOcrText(lines: OcrLine[]): OcrLine[] {
  const fix = (t: string) => t.replace(/\u00D0/g, '\u0110').replace(/\u00F0/g, '\u0111');
  return lines.map((line) => (/[\u00D0\u00F0]/.test(line.text) ? { ...line, text: fix(line.text), words: line.words.map((w) => ({ ...w, text: fix(w.text) })) } : line));
}

export async function ocrPage(page: Page, engine: OcrEngine, image: Buffer | undefined = page.image): Promise<Page> {
  if (!image) return page;
  const result = await engine.recognize(image, { psm: 'auto' });
  const lines = await fixRomanNumbers(normalizeOcrText(result.lines), image);
  return { ...page, lines: toPageLines(page.number, orderColumns(lines)), ocrConfidence: result.confidence };
}

export async function ocr(doc: Doc, engine: OcrEngine): Promise<Doc> {
  const pages = await Promise.all(doc.pages.map((page) => ocrPage(page, engine)));
  return { ...doc, pages };
}
