/**
 * OCR stage: every page that has an image (a scan, a rendered PDF page) is read
 * into lines of words with boxes and confidences. Pages that already have text
 * (a PDF text layer, a text file) pass through.
 */
import type { Doc, Line, Page } from '../model/document.ts';
import type { OcrEngine, OcrLine } from './engine.ts';
import { orderColumns } from './columns.ts';
import { rereadRomanNumber } from './roman.ts';

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

/** Re-reads a line-opening roman heading number from the image where tesseract joins its I's ("H." for "II."). */
async function fixRomanNumbers(lines: OcrLine[], image: Buffer): Promise<OcrLine[]> {
  return Promise.all(
    lines.map(async (line) => {
      const first = line.words[0];
      const reread = first ? await rereadRomanNumber(image, first) : null;
      if (!reread) return line;
      const words = [{ ...first, text: reread }, ...line.words.slice(1)];
      return { ...line, words, text: words.map((w) => w.text).join(' ') };
    }),
  );
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
