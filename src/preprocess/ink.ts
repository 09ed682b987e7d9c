/**
 * A scanned page in colour → the grey page of its black print. Issued plans are
 * printed black; a colour scan adds the red seal over the signature block and the
 * signer's blue pen, which tesseract reads as letters over the title and the name.
 * Used where a page is first decoded (ingest), the only place its colour is known.
 */
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { histogramPercentile } from './background.ts';

/** pixels whose channels differ by more than this are ink of a colour (a red seal, a blue pen), not black print */
const INK_SATURATION = 60;
/** below this share of coloured pixels a page is left as it is (JPEG colour noise, a coloured logo dot) */
const MIN_INK_SHARE = 0.0005;

/**
 * The page's grey, as a PNG. In a colour page with enough coloured ink, coloured pixels
 * are pushed towards paper by how coloured they are (black print under a seal stays
 * black: it has no colour of its own); the rest keep their grey. Other pages are
 * greyscaled as they are.
 */
export async function printGrey(decoded: Sharp): Promise<{ data: Buffer; info: OutputInfo; transforms: string[] }> {
  const plain = async () => ({ ...(await decoded.clone().greyscale().png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true })), transforms: ['greyscale'] });
  const meta = await decoded.metadata();
  if ((meta.channels ?? 1) - (meta.hasAlpha ? 1 : 0) < 3) return plain();
  const { data, info } = await decoded.clone().removeAlpha().toColourspace('srgb').raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  const pixels = info.width * info.height;
  const step = info.channels;
  let coloured = 0;
  for (let i = 0; i < data.length; i += step) {
    const max = Math.max(data[i], data[i + 1], data[i + 2]);
    const min = Math.min(data[i], data[i + 1], data[i + 2]);
    if (max - min > INK_SATURATION) coloured++;
  }
  if (coloured < pixels * MIN_INK_SHARE) return plain();
  const paper = paperTone(data, step);
  const grey = Buffer.alloc(pixels);
  for (let p = 0, i = 0; p < pixels; p++, i += step) {
    const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
    const max = Math.max(r, g, b);
    const saturation = max - Math.min(r, g, b);
    // half-way coloured → lifted half-way from its brightest channel to paper; fully coloured → paper
    const lift = Math.min(1, Math.max(0, (saturation - INK_SATURATION / 2) / INK_SATURATION));
    grey[p] = Math.round(lift > 0 ? max + (paper - max) * lift : 0.299 * r + 0.587 * g + 0.114 * b);
  }
  const out = await sharp(grey, { raw: { width: info.width, height: info.height, channels: 1 } }).toColourspace('b-w').png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  return { ...out, transforms: ['greyscale', `coloured ink dropped (${((coloured / pixels) * 100).toFixed(2)} % of pixels: seal, signature)`] };
}

/**
 * The paper's grey: the median of the uncoloured pixels (print covers far less than half
 * a page). An aged copy's paper is darker than white; a seal lifted to white on it would
 * be a white disc, which the flattening of uneven paper then reads as light.
 */
function paperTone(data: Buffer, step: number): number {
  const counts = new Uint32Array(256);
  let n = 0;
  for (let i = 0; i < data.length; i += step) {
    const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > INK_SATURATION / 2) continue;
    counts[Math.round(0.299 * r + 0.587 * g + 0.114 * b)]++;
    n++;
  }
  return histogramPercentile(counts, n, 0.5);
}
