/**
 * Preprocess: every scanned page becomes an upright, greyscale, contrast-normalised
 * image at about 300 dpi, the conditions tesseract's LSTM reads best. Each
 * transform is recorded on the page; boxes found later are in the preprocessed
 * page's pixels, which is what the overlay draws on.
 */
import PQueue from 'p-queue';
import sharp from 'sharp';
import type { Doc, Page } from '../model/document.ts';
import { flattenBackground, greyPercentile } from './background.ts';
import { measureSkew } from './deskew.ts';
import { readLineOrientation, turnUpright, type ReadabilityJudge } from './orientation.ts';
import { isUpsideDown } from './upside-down.ts';

export interface PreprocessOptions {
  /** reads a strip of a page turned a quarter both ways; without it, such pages stay as scanned */
  judge?: ReadabilityJudge;
}

export const TARGET_DPI = 300;
/** below this a scan is upsampled: tesseract loses small diacritics under ~250 dpi */
const UPSAMPLE_BELOW_DPI = 250;
/** skews smaller than this are left alone: rotating resamples the whole page */
const MIN_SKEW_DEGREES = 0.15;

export async function preprocessPage(page: Page, options: PreprocessOptions = {}): Promise<Page> {
  if (!page.image) return page;
  const transforms = [...page.transforms];
  let image = page.image;
  let dpi = page.dpi;
  let { width, height } = page;

  // before anything reads ink from grey: a binding's shadow would be ink to the skew, the layout and tesseract
  const flattened = await flattenBackground(image, dpi);
  if (flattened.unevenness !== null) {
    image = flattened.image;
    transforms.push(`uneven paper flattened (${flattened.unevenness} grey levels)`);
  }

  if (dpi > 0 && dpi < UPSAMPLE_BELOW_DPI) {
    const factor = TARGET_DPI / dpi;
    const resized = await sharp(image).resize({ width: Math.round(width * factor), kernel: 'lanczos3' }).png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
    image = resized.data;
    ({ width, height } = resized.info);
    transforms.push(`upsampled ${dpi}→${TARGET_DPI} dpi`);
    dpi = TARGET_DPI;
  }

  const orientation = options.judge ? await readLineOrientation(image) : null;
  if (options.judge && orientation?.quarterTurned) {
    const upright = await turnUpright(image, options.judge);
    image = upright.image;
    [width, height] = [height, width];
    transforms.push(`turned ${upright.degrees}° upright`);
  }

  const skew = orientation && !orientation.quarterTurned ? orientation.skew : await measureSkew(image);
  if (Math.abs(skew) >= MIN_SKEW_DEGREES) {
    // sharp rotates clockwise for positive angles; a page skewed by +a needs -a
    const rotated = await sharp(image).rotate(-skew, { background: { r: 255, g: 255, b: 255 } }).png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
    image = rotated.data;
    ({ width, height } = rotated.info);
    transforms.push(`deskewed ${skew}°`);
  }

  // a sheet fed the wrong way round: after deskewing, which keeps lines level either way up
  if (await isUpsideDown(image)) {
    image = await sharp(image).rotate(180).png({ compressionLevel: 1 }).toBuffer();
    transforms.push('turned 180° upright');
  }

  // stretching between the 1st and 99th percentiles needs ink in 1 % of the page: on a page that is
  // mostly blank (a closing page) the 1st percentile is paper, and the stretch blackens JPEG noise
  if ((await darkPercentile(image, 0.01)) > 128) {
    const grey = await sharp(image).greyscale().png({ compressionLevel: 1 }).toBuffer();
    transforms.push('contrast kept (little ink)');
    return { ...page, image: grey, width, height, dpi, transforms };
  }
  const normalised = await sharp(image).greyscale().normalise({ lower: 1, upper: 99 }).png({ compressionLevel: 1 }).toBuffer();
  transforms.push('contrast normalised');
  return { ...page, image: normalised, width, height, dpi, transforms };
}

/** The grey value below which `share` of the page's pixels lie. */
async function darkPercentile(image: Buffer, share: number): Promise<number> {
  return greyPercentile(await sharp(image).greyscale().raw().toBuffer(), share);
}

/** pages prepared at once: sharp works on its own threads; a few pages keep both cores busy */
const PAGES_IN_FLIGHT = 2;

export async function preprocess(doc: Doc, options: PreprocessOptions = {}): Promise<Doc> {
  const queue = new PQueue({ concurrency: PAGES_IN_FLIGHT });
  const pages: Page[] = await Promise.all(doc.pages.map((page) => queue.add(() => preprocessPage(page, options)) as Promise<Page>));
  return { ...doc, pages };
}
