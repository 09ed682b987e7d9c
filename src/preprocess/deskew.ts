/**
 * Skew of a page, measured on a downscaled, thresholded copy: the angle (within
 * ±maxDegrees) at which dark pixels projected onto the vertical axis give the
 * sharpest row profile (text lines and table rules line up). Coarse search, then a
 * fine one around the best coarse angle.
 */
import sharp from 'sharp';

const WORK_WIDTH = 900;

export async function measureSkew(image: Buffer, maxDegrees = 5): Promise<number> {
  return (await measureLineProfile(image, maxDegrees)).degrees;
}

/**
 * The skew and how sharp the row profile is at it (sum of squared row counts over
 * squared ink): high when text lines run across the page, low when they run down.
 */
export async function measureLineProfile(image: Buffer, maxDegrees = 5): Promise<{ degrees: number; sharpness: number }> {
  const { data, info } = await sharp(image).greyscale().resize({ width: WORK_WIDTH, withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  // dark pixels, with a threshold relative to the page's own brightness
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += data[i];
  const threshold = Math.min(160, (sum / data.length) * 0.6);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x] < threshold) {
        xs.push(x - width / 2);
        ys.push(y);
      }
    }
  }
  if (xs.length < 200) return { degrees: 0, sharpness: 0 };
  const score = (degrees: number): number => {
    const t = Math.tan((degrees * Math.PI) / 180);
    const bins = new Float64Array(height * 2 + 1);
    for (let i = 0; i < xs.length; i++) {
      const row = Math.round(ys[i] - xs[i] * t + height / 2);
      if (row >= 0 && row < bins.length) bins[row]++;
    }
    let s = 0;
    for (let i = 0; i < bins.length; i++) s += bins[i] * bins[i];
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  for (let d = -maxDegrees; d <= maxDegrees + 1e-9; d += 0.5) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  const coarse = best;
  for (let d = coarse - 0.5; d <= coarse + 0.5 + 1e-9; d += 0.05) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return { degrees: Math.round(best * 100) / 100, sharpness: (bestScore / (xs.length * xs.length)) * height };
}
