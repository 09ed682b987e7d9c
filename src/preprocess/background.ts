/**
 * An unevenly lit page → paper of one tone. A flatbed scan of a bound archive copy
 * has a shadow from the binding, and aged paper is tinted unevenly; tesseract
 * thresholds a page once, so text in the shadow turns into black blots and the
 * header, signature and recipients beside the binding are lost. The paper's tone
 * is estimated from a small copy of the page with the print closed over, and each
 * pixel is divided by it. Evenly lit pages are left as they are.
 */
import sharp from 'sharp';

/** the small copy is this many times smaller: the paper's tone changes slowly */
const SHRINK = 8;
/** print narrower than this (in page inches) is closed over: a text line with its gap, a bold title letter */
const CLOSE_INCHES = 0.2;
/** a page whose paper varies by fewer grey levels than this (5th to 95th percentile) is evenly lit */
const MIN_UNEVENNESS = 24;

export interface FlattenedPage {
  image: Buffer;
  /** the paper's spread in grey levels that was flattened, or null when the page was left as it is */
  unevenness: number | null;
}

export async function flattenBackground(image: Buffer, dpi: number): Promise<FlattenedPage> {
  const { width = 0, height = 0 } = await sharp(image).metadata();
  const smallWidth = Math.max(8, Math.round(width / SHRINK));
  const smallHeight = Math.max(8, Math.round(height / SHRINK));
  // the small copy straight from the file (a JPEG shrinks on load): most pages stop here, evenly lit
  const small = await sharp(image)
    .greyscale()
    .resize(smallWidth, smallHeight, { fit: 'fill', kernel: 'linear' })
    .extractChannel(0) // sharp widens one-channel input to three
    .raw()
    .toBuffer();
  const radius = Math.max(2, Math.round(((dpi > 0 ? dpi : 300) * CLOSE_INCHES) / SHRINK));
  // closing: the brightest nearby value (print gone), then the darkest of those (the shadow's edge back in place)
  const paper = minFilter(maxFilter(small, smallWidth, smallHeight, radius), smallWidth, smallHeight, radius);
  extendToBorders(paper, smallWidth, smallHeight, radius);
  const unevenness = greyPercentile(paper, 0.95) - greyPercentile(paper, 0.05);
  if (unevenness < MIN_UNEVENNESS) return { image, unevenness: null };

  const full = await sharp(image).greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const paperFull = await sharp(paper, { raw: { width: smallWidth, height: smallHeight, channels: 1 } })
    .blur(1) // the closing leaves steps of one small pixel
    .resize(full.info.width, full.info.height, { fit: 'fill', kernel: 'cubic' })
    .extractChannel(0)
    .raw()
    .toBuffer();
  const out = Buffer.alloc(full.info.width * full.info.height);
  for (let i = 0; i < out.length; i++) {
    const tone = Math.max(paperFull[i], 16);
    out[i] = Math.min(255, Math.round((full.data[i] * 255) / tone));
  }
  const png = await sharp(out, { raw: { width: full.info.width, height: full.info.height, channels: 1 } }).png({ compressionLevel: 1 }).toBuffer();
  return { image: png, unevenness };
}

function maxFilter(data: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  return squareFilter(data, width, height, radius, true);
}

function minFilter(data: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  return squareFilter(data, width, height, radius, false);
}

/** The largest (or smallest) value in a square around each pixel, as a row pass then a column pass; the small copy is a few hundred pixels a side. */
function squareFilter(data: Uint8Array, width: number, height: number, radius: number, largest: boolean): Uint8Array {
  const pass = (from: Uint8Array, along: number, across: number, stride: number, step: number): Uint8Array => {
    const to = new Uint8Array(from.length);
    for (let a = 0; a < across; a++) {
      const base = a * step;
      for (let i = 0; i < along; i++) {
        let v = from[base + i * stride];
        const last = Math.min(along - 1, i + radius);
        for (let k = Math.max(0, i - radius); k <= last; k++) {
          const w = from[base + k * stride];
          if (largest ? w > v : w < v) v = w;
        }
        to[base + i * stride] = v;
      }
    }
    return to;
  };
  return pass(pass(data, width, height, 1, width), height, width, width, 1);
}

/**
 * Within `radius` of a border the closing reads the paper from further in, which is
 * brighter where a shadow falls towards the edge: a dark strip would stay, and tesseract
 * reads it as letters ("MM") on every line. There the paper is continued along the
 * slope the next `radius` pixels show, when that is darker.
 */
function extendToBorders(paper: Uint8Array, width: number, height: number, radius: number): void {
  if (width <= 2 * radius || height <= 2 * radius) return;
  const extend = (at: (i: number) => number, count: number) => {
    const inner = paper[at(radius)];
    const slope = (inner - paper[at(2 * radius)]) / radius;
    for (let i = 0; i < radius && i < count; i++) {
      const continued = Math.round(inner + slope * (radius - i));
      paper[at(i)] = Math.max(0, Math.min(paper[at(i)], continued));
    }
  };
  for (let y = 0; y < height; y++) {
    extend((i) => y * width + i, width); // left
    extend((i) => y * width + (width - 1 - i), width); // right
  }
  for (let x = 0; x < width; x++) {
    extend((i) => i * width + x, height); // top
    extend((i) => (height - 1 - i) * width + x, height); // bottom
  }
}

/** The grey value below which `share` of the pixels lie. */
export function greyPercentile(data: Uint8Array, share: number): number {
  const counts = new Uint32Array(256);
  for (const v of data) counts[v]++;
  return histogramPercentile(counts, data.length, share);
}

/** The grey value below which `share` of `total` counted pixels lie, from their 256-bin histogram. */
export function histogramPercentile(counts: Uint32Array, total: number, share: number): number {
  let seen = 0;
  for (let v = 0; v < 256; v++) if ((seen += counts[v]) >= total * share) return v;
  return 255;
}
