/**
 * Image files → pages. sharp reads PNG, JPEG and every page of a TIFF; each page
 * becomes a greyscale PNG at its own dpi. Hostile files are stopped at the door:
 * a pixel limit checked from the header (sharp's `limitInputPixels`) and
 * `failOn: 'warning'` so a truncated image is an error, not a half page.
 */
import sharp, { type Metadata } from 'sharp';
import type { Page } from '../model/document.ts';
import { KehoachError } from '../diagnostics/diagnostic.ts';
import { printGrey } from '../preprocess/ink.ts';

/** 120 megapixels: an A3 page at 600 dpi is 70 MP; a decompression bomb is far above. */
export const MAX_INPUT_PIXELS = 120_000_000;
/** Below this a page image cannot hold readable text. */
const MIN_SIDE = 200;

const A4_LONG_SIDE_INCHES = 11.69;

/** The page's dpi: from the file when it says (and is plausible), else from the page size assuming A4. */
export function estimateDpi(width: number, height: number, declared?: number): number {
  if (declared && declared >= 70 && declared <= 1200) {
    // files often say 72 dpi whatever they hold; trust the declaration only when the size agrees with A4/A3 at it
    const longInches = Math.max(width, height) / declared;
    if (longInches > 5 && longInches < 18) return Math.round(declared);
  }
  return Math.round(Math.max(width, height) / A4_LONG_SIDE_INCHES);
}

function imageError(file: string, reason: string, cause?: unknown): KehoachError {
  return new KehoachError({ code: 'ingest/bad-image', file, reason, cause });
}

function describeSharpError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return `image is larger than the ${MAX_INPUT_PIXELS / 1e6} megapixel limit`;
  if (/premature end|truncated|unexpected end|read error|not enough data|IDAT/i.test(message)) return 'image is truncated or damaged';
  if (/unsupported image format|bad seek|corrupt/i.test(message)) return 'image data is corrupt or not a supported image';
  return `image could not be decoded (${message.split('\n')[0]})`;
}

export async function ingestImage(file: string, bytes: Buffer, firstPageNumber = 1): Promise<Page[]> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch (error) {
    throw imageError(file, describeSharpError(error), error);
  }
  const width = meta.width ?? 0;
  const height = meta.pageHeight ?? meta.height ?? 0;
  if (width * height > MAX_INPUT_PIXELS) {
    throw imageError(file, `image of ${width}×${height} pixels is larger than the ${MAX_INPUT_PIXELS / 1e6} megapixel limit`);
  }
  if (width < MIN_SIDE || height < MIN_SIDE) throw imageError(file, `image of ${width}×${height} pixels is too small to hold a page of text`);
  const pageCount = meta.pages ?? 1;
  const pages: Page[] = [];
  for (let index = 0; index < pageCount; index++) {
    try {
      // the page's black print in grey (a colour scan's red seal and blue signature dropped)
      const { data, info, transforms } = await printGrey(sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'warning', page: index }));
      pages.push({
        number: firstPageNumber + index,
        kind: 'image',
        width: info.width,
        height: info.height,
        dpi: estimateDpi(info.width, info.height, meta.density),
        image: data,
        transforms,
        lines: [],
        regions: [],
      });
    } catch (error) {
      throw imageError(file, `${pageCount > 1 ? `page ${index + 1}: ` : ''}${describeSharpError(error)}`, error);
    }
  }
  return pages;
}
