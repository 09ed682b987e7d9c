/**
 * Blanks regions of a page image (paints them white). The page-level OCR does not
 * need to read what the table reader reads cell by cell: blanking the tables saves
 * that time and keeps interleaved cell text out of the page's lines.
 */
import sharp from 'sharp';
import type { BBox } from '../model/geometry.ts';

export async function maskRegions(image: Buffer, boxes: readonly BBox[], margin = 4): Promise<Buffer> {
  if (boxes.length === 0) return image;
  const { width = 0, height = 0 } = await sharp(image).metadata();
  const overlays = boxes.map((box) => {
    const left = Math.max(0, Math.floor(box.l - margin));
    const top = Math.max(0, Math.floor(box.t - margin));
    const w = Math.max(1, Math.min(width - left, Math.ceil(box.r - box.l + 2 * margin)));
    const h = Math.max(1, Math.min(height - top, Math.ceil(box.b - box.t + 2 * margin)));
    return { input: { create: { width: w, height: h, channels: 3 as const, background: '#ffffff' } }, left, top };
  });
  return sharp(image).composite(overlays).greyscale().png({ compressionLevel: 1 }).toBuffer();
}
