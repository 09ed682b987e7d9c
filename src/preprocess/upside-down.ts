/**
 * Pages fed into the scanner the wrong way round: read upside down, tesseract gives
 * nothing usable. Print tells which way is up: in each text line more ink stands above
 * the band of the lower-case letters (capitals, ascenders, and Vietnamese marks over
 * vowels) than hangs below it (descenders and the dot of "ạ"). Measured in upright
 * strips with a table's rules left out; a page with too few lines, or too little ink off
 * the lines' cores, is left as it is. On the 16 fixture page images: no upright page
 * turned; 15 of 16 turned pages found (a 150 dpi JPEG table page is left undecided).
 */
import sharp from 'sharp';

const WORK_WIDTH = 1200;
/** a page whose ink above over ink below is under this is upside down */
const UPSIDE_DOWN_RATIO = 0.75;
/** lines needed before the page's way up is judged (a near-empty page is left as it is) */
const MIN_LINES = 5;
/** the share of the ink outside the lines' cores needed to judge (rectangles and bars have none) */
const MIN_OFF_CORE_SHARE = 0.03;
/** a column inked down this share of the page, or a run this share of its width, is a rule */
const RULE_SHARE = 0.3;
/** upright strips the page is measured in */
const STRIPS = 4;

export async function isUpsideDown(image: Buffer): Promise<boolean> {
  const { data, info } = await sharp(image).greyscale().resize({ width: WORK_WIDTH, withoutEnlargement: true }).threshold(160).raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const dark = (x: number, y: number) => data[y * width + x] < 128;
  // a table's rules are no print: columns inked down most of the page (vertical rules) and long dark runs (horizontal ones) are left out
  const ruled = new Uint8Array(width);
  for (let x = 0; x < width; x++) {
    let ink = 0;
    for (let y = 0; y < height; y++) if (dark(x, y)) ink++;
    ruled[x] = ink > height * RULE_SHARE ? 1 : 0;
  }
  // the page in upright strips: a table's cells hold lines that do not line up across the page
  let above = 0;
  let below = 0;
  let total = 0;
  let lines = 0;
  const longRun = width * RULE_SHARE;
  const tallest = Math.round(height * 0.03);
  const stripWidth = Math.ceil(width / STRIPS);
  for (let left = 0; left < width; left += stripWidth) {
    const right = Math.min(width, left + stripWidth);
    const rows = new Float64Array(height);
    for (let y = 0; y < height; y++) {
      let ink = 0;
      for (let x = left; x < right; ) {
        if (!dark(x, y) || ruled[x]) {
          x++;
          continue;
        }
        const from = x;
        while (x < width && dark(x, y) && !ruled[x]) x++;
        // a run reaching past the strip is measured whole: a rule across the page is long, a word is not
        if (x - from < longRun) ink += Math.min(x, right) - from;
      }
      rows[y] = ink;
    }
    // a text line is a run of rows with ink; its core is the rows at least half as dense as its densest
    for (let y = 0; y < height; ) {
      while (y < height && rows[y] < 1) y++;
      const start = y;
      while (y < height && rows[y] >= 1) y++;
      const end = y;
      if (end - start < 6 || end - start > tallest) continue;
      const peak = Math.max(...rows.subarray(start, end));
      let coreTop = start;
      while (coreTop < end && rows[coreTop] < peak * 0.5) coreTop++;
      let coreBottom = end - 1;
      while (coreBottom > coreTop && rows[coreBottom] < peak * 0.5) coreBottom--;
      for (let r = start; r < coreTop; r++) above += rows[r];
      for (let r = coreBottom + 1; r < end; r++) below += rows[r];
      for (let r = start; r < end; r++) total += rows[r];
      lines++;
    }
  }
  return lines >= MIN_LINES && above + below >= total * MIN_OFF_CORE_SHARE && above < below * UPSIDE_DOWN_RATIO;
}
