/**
 * PDF → pages, decided page by page: a page with a good text layer is read as text
 * with positions (pdf.js text items, placed in 300-dpi page pixels); a page without
 * one (a scan) is rendered at 300 dpi and goes to OCR. A text layer that an old
 * OCR left without diacritics is not trusted either: that page is rendered and
 * OCR'd again, and a diagnostic says so.
 */
import { PDFParse } from 'pdf-parse';
import sharp from 'sharp';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Line, Page, Word } from '../model/document.ts';
import { KehoachError, type Reporter } from '../diagnostics/diagnostic.ts';
import { diacriticRatio, STRIPPED_TEXT_RATIO } from '../text/vietnamese.ts';
import { estimateDpi } from './image.ts';
import { printGrey } from '../preprocess/ink.ts';

export const RENDER_DPI = 300;
const POINTS_PER_INCH = 72;
/** letters a page's text layer needs before we call it text rather than a scan with stray marks */
const MIN_TEXT_LETTERS = 40;
const MAX_PAGES = 500;

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function pdfError(file: string, error: unknown): KehoachError {
  const name = (error as { name?: string })?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password|encrypt/i.test(message)) {
    return new KehoachError({ code: 'ingest/encrypted-pdf', file, reason: 'encrypted PDF', hint: 'remove the password (e.g. qpdf --decrypt in.pdf out.pdf) and rerun', cause: error });
  }
  return new KehoachError({ code: 'ingest/corrupt-pdf', file, reason: `corrupt or unreadable PDF (${message.split('\n')[0]})`, cause: error });
}

/** Groups pdf.js text items into lines (same baseline), left to right, with boxes in page pixels at `dpi`. */
export function textItemsToLines(items: TextItem[], pageNumber: number, pageHeightPt: number, dpi: number): Line[] {
  const scale = dpi / POINTS_PER_INCH;
  const placed = items
    .filter((item) => item.str.trim().length > 0)
    .map((item) => {
      const fontHeight = Math.abs(item.transform[3]) || item.height || 10;
      const x = item.transform[4];
      const baseline = item.transform[5];
      return {
        text: item.str.normalize('NFC'),
        l: x * scale,
        r: (x + item.width) * scale,
        t: (pageHeightPt - baseline - fontHeight * 0.8) * scale,
        b: (pageHeightPt - baseline + fontHeight * 0.2) * scale,
        baseline,
        fontHeight,
      };
    })
    .sort((a, b) => b.baseline - a.baseline || a.l - b.l);
  const rows: (typeof placed)[] = [];
  for (const item of placed) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].baseline - item.baseline) < row[0].fontHeight * 0.4) row.push(item);
    else rows.push([item]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.l - b.l);
    // a wide gap on one baseline separates the header's two columns: make them separate lines
    const segments: (typeof row)[] = [[row[0]]];
    for (let i = 1; i < row.length; i++) {
      const gap = row[i].l - row[i - 1].r;
      if (gap > row[i].fontHeight * scale * 3) segments.push([row[i]]);
      else segments[segments.length - 1].push(row[i]);
    }
    for (const segment of segments) {
      const index = lines.length;
      const words: Word[] = [];
      let text = '';
      for (const item of segment) {
        const joiner = text && !text.endsWith(' ') && !item.text.startsWith(' ') && item.l - (segment[segment.indexOf(item) - 1]?.r ?? item.l) > item.fontHeight * scale * 0.15 ? ' ' : '';
        text += joiner + item.text;
        // split the item into words, giving each a share of the item's width by its characters
        const parts = item.text.split(/(\s+)/);
        const charWidth = (item.r - item.l) / Math.max(1, item.text.length);
        let offset = 0;
        for (const part of parts) {
          if (part.trim()) {
            words.push({ text: part, bbox: { l: Math.round(item.l + offset * charWidth), t: Math.round(item.t), r: Math.round(item.l + (offset + part.length) * charWidth), b: Math.round(item.b) }, confidence: 1, line: index });
          }
          offset += part.length;
        }
      }
      text = text.replace(/\s+/g, ' ').trim();
      if (!text) continue;
      lines.push({
        id: `p${pageNumber}-l${index}`,
        page: pageNumber,
        text,
        original: text,
        bbox: {
          l: Math.round(Math.min(...segment.map((s) => s.l))),
          t: Math.round(Math.min(...segment.map((s) => s.t))),
          r: Math.round(Math.max(...segment.map((s) => s.r))),
          b: Math.round(Math.max(...segment.map((s) => s.b))),
        },
        confidence: 1,
        block: index,
        words,
      });
    }
  }
  return lines;
}

export type PdfPageDecision = 'text' | 'scan' | 'stripped-text';

/** Whether a page's text layer is good text, absent (a scan), or stripped of diacritics by an old OCR. */
export function decidePdfPage(text: string): PdfPageDecision {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_TEXT_LETTERS) return 'scan';
  // text that is not Vietnamese at all (an English page) keeps its layer; only stripped Vietnamese is re-read
  const looksVietnamese = /\b(cua|va|cac|nhung|duoc|trong|thuc hien|ke hoach|nam|ngay|thang)\b/i.test(text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd'));
  if (looksVietnamese && diacriticRatio(text) < STRIPPED_TEXT_RATIO) return 'stripped-text';
  return 'text';
}

export async function ingestPdf(file: string, bytes: Buffer, reporter: Reporter): Promise<Page[]> {
  let pdf: Awaited<ReturnType<typeof getDocument>['promise']>;
  try {
    pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false, stopAtErrors: true }).promise;
  } catch (error) {
    throw pdfError(file, error);
  }
  try {
    if (pdf.numPages === 0) throw new KehoachError({ code: 'ingest/empty-pdf', file, reason: 'PDF has no pages' });
    if (pdf.numPages > MAX_PAGES) throw new KehoachError({ code: 'ingest/too-many-pages', file, reason: `PDF has ${pdf.numPages} pages, more than the ${MAX_PAGES} a plan can have` });
    const pages: Page[] = [];
    const toRender: number[] = [];
    const toLayout: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      let page;
      let content;
      try {
        page = await pdf.getPage(n);
        content = await page.getTextContent();
      } catch (error) {
        throw pdfError(file, error);
      }
      const viewport = page.getViewport({ scale: 1 });
      const items = content.items.filter((i) => 'str' in i) as unknown as TextItem[];
      const decision = decidePdfPage(items.map((i) => i.str).join(' '));
      const width = Math.round((viewport.width * RENDER_DPI) / POINTS_PER_INCH);
      const height = Math.round((viewport.height * RENDER_DPI) / POINTS_PER_INCH);
      if (decision === 'text') {
        const lines = textItemsToLines(items, n, viewport.height, RENDER_DPI);
        pages.push({ number: n, kind: 'pdf-text', width, height, dpi: RENDER_DPI, transforms: [], lines, regions: [] });
        // a schedule table's rules are drawn, not written: such a page is rendered to find its grid
        if ((await drawnPaths(file, page)) >= MIN_TABLE_PATHS) toLayout.push(n);
      } else {
        if (decision === 'stripped-text') {
          reporter.warn('ingest/stripped-text-layer', `page ${n}: the text layer has no diacritics (an old OCR's); the page is OCR'd again`, { page: n });
        }
        pages.push({ number: n, kind: 'pdf-scanned', width, height, dpi: RENDER_DPI, transforms: [`rendered at ${RENDER_DPI} dpi`], lines: [], regions: [] });
        toRender.push(n);
      }
      page.cleanup();
    }
    if (toRender.length > 0) await renderPages(file, bytes, pages, toRender);
    if (toLayout.length > 0) await renderLayouts(file, bytes, pages, toLayout);
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/**
 * Paths a page draws before it is taken to hold a ruled table: a table's rules are many
 * paths (80–200 a page in the fixtures and the real plans drawn as PDFs), a page of text
 * draws none or the header's two or three rules. A false alarm costs one rendering,
 * which finds no grid.
 */
const MIN_TABLE_PATHS = 12;
/** How many paths (lines, rectangles) the page draws. */
async function drawnPaths(file: string, page: Awaited<ReturnType<Awaited<ReturnType<typeof getDocument>['promise']>['getPage']>>): Promise<number> {
  try {
    const ops = await page.getOperatorList();
    return ops.fnArray.filter((fn) => fn === OPS.constructPath).length;
  } catch (error) {
    throw pdfError(file, error);
  }
}

/** Renders text-layer pages that hold a table, greyscale at 300 dpi, for their rules alone. */
async function renderLayouts(file: string, bytes: Buffer, pages: Page[], numbers: number[]): Promise<void> {
  await renderEach(file, bytes, numbers, async (n, png) => {
    pages.find((p) => p.number === n)!.layoutImage = await sharp(png).greyscale().png({ compressionLevel: 1 }).toBuffer();
  });
}

/** Renders the scanned pages at 300 dpi: the page images the OCR reads. */
async function renderPages(file: string, bytes: Buffer, pages: Page[], numbers: number[]): Promise<void> {
  await renderEach(file, bytes, numbers, async (n, png) => {
    const { data, info, transforms } = await printGrey(sharp(png));
    const page = pages.find((p) => p.number === n)!;
    page.transforms = [...page.transforms, ...transforms.filter((t) => t !== 'greyscale')];
    page.image = data;
    page.width = info.width;
    page.height = info.height;
    page.dpi = estimateDpi(info.width, info.height, RENDER_DPI);
  });
}

/** Each of the pages rendered at 300 dpi with pdf-parse's screenshot helper, one at a time (memory). */
async function renderEach(file: string, bytes: Buffer, numbers: number[], use: (page: number, png: Buffer) => Promise<void>): Promise<void> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    for (const n of numbers) {
      const shot = await parser.getScreenshot({ partial: [n], scale: RENDER_DPI / POINTS_PER_INCH, imageDataUrl: false, imageBuffer: true });
      await use(n, Buffer.from(shot.pages[0].data));
    }
  } catch (error) {
    throw pdfError(file, error);
  } finally {
    await parser.destroy();
  }
}
