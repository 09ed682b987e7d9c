/**
 * Pages scanned a quarter turn off: a landscape appendix is often scanned on a
 * portrait page, its text lines running top to bottom. Lines of text make the row
 * profile of dark pixels sharp at the right skew; on a page turned a quarter the
 * column profile is the sharp one (on the fixture pages, upright pages give a
 * turned/upright sharpness ratio of 0.16–0.70, turned pages 1.4–6). Which quarter
 * (90° or 270°) cannot be told from the profile: the caller reads a strip both ways.
 */
import sharp from 'sharp';
import { measureLineProfile } from './deskew.ts';

const WORK_WIDTH = 900;
/** turned sharpness over upright sharpness above which the page is taken as turned */
const TURNED_RATIO = 1.2;

/**
 * Whether the page's lines run down (it needs a quarter turn), and the skew of the
 * page as it is: the upright profile is measured anyway, so deskew need not measure again.
 */
export async function readLineOrientation(image: Buffer): Promise<{ quarterTurned: boolean; skew: number }> {
  const small = await sharp(image).greyscale().resize({ width: WORK_WIDTH, withoutEnlargement: true }).png().toBuffer();
  const upright = await measureLineProfile(small);
  const turned = await measureLineProfile(await sharp(small).rotate(90).png().toBuffer());
  return { quarterTurned: upright.sharpness > 0 && turned.sharpness > upright.sharpness * TURNED_RATIO, skew: upright.degrees };
}

export async function needsQuarterTurn(image: Buffer): Promise<boolean> {
  return (await readLineOrientation(image)).quarterTurned;
}

/** Scores how well an image reads (higher is better): the pipeline passes an OCR-based judge. */
export type ReadabilityJudge = (image: Buffer) => Promise<number>;

/**
 * The page turned upright: 90° or 270°, whichever the judge reads better on the
 * middle band of the page (the whole page would cost a full OCR each way).
 */
export async function turnUpright(image: Buffer, judge: ReadabilityJudge): Promise<{ image: Buffer; degrees: 90 | 270 }> {
  const candidates: Array<{ degrees: 90 | 270; image: Buffer; score: number }> = [];
  for (const degrees of [90, 270] as const) {
    const turned = await sharp(image).rotate(degrees).png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
    const band = await sharp(turned.data)
      .extract({ left: 0, top: Math.round(turned.info.height * 0.35), width: turned.info.width, height: Math.round(turned.info.height * 0.3) })
      .png()
      .toBuffer();
    candidates.push({ degrees, image: turned.data, score: await judge(band) });
  }
  candidates.sort((a, b) => b.score - a.score);
  return { image: candidates[0].image, degrees: candidates[0].degrees };
}
