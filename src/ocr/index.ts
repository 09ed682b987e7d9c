/**
 * OCR stage: every page that has an image (a scan, a rendered PDF page) is read
 * into lines of words with boxes and confidences. Pages that already have text
 * (a PDF text layer, a text file) pass through.
 */
import type { Doc, Line, Page } from '../model/document.ts';
import type { OcrEngine, OcrLine } from './engine.ts';
import { orderColumns } from './columns.ts';

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

export async function ocrPage(page: Page, engine: OcrEngine, image: Buffer | undefined = page.image): Promise<Page> {
  if (!image) return page;
  const result = await engine.recognize(image, { psm: 'auto' });
  return { ...page, lines: toPageLines(page.number, orderColumns(result.lines)), ocrConfidence: result.confidence };
}

export async function ocr(doc: Doc, engine: OcrEngine): Promise<Doc> {
  const pages = await Promise.all(doc.pages.map((page) => ocrPage(page, engine)));
  return { ...doc, pages };
}
