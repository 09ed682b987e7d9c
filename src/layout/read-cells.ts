/**
 * Table grids + page image → `Table`s with cell text.
 *
 * Two ways to read a cell, chosen by `mode` (measured on the fixtures' table pages,
 * see test/eval/tasks.ts; the better one is the default):
 * - 'cells': each cell cropped from the page (rules painted white) and read on its
 *   own as one block — no text of a neighbour can leak in, and tesseract sees each
 *   cell's lines as lines.
 * - 'words': the table area read once, every word put in the cell that holds its
 *   centre — one OCR call per table, but tesseract's line finding runs across cells.
 *
 * Lines inside a cell are kept as "\n"-separated lines (the schedule stage joins
 * them); each line goes through the restorer when one is given.
 */
import sharp from 'sharp';
import type { Cell, Table, Word } from '../model/document.ts';
import type { BBox } from '../model/geometry.ts';
import type { OcrEngine, OcrLine } from '../ocr/engine.ts';
import { meanConfidence } from '../ocr/confidence.ts';
import { countStrokes, rereadRomanNumber } from '../ocr/roman.ts';
import { foldedLetters } from '../text/vietnamese.ts';
import { cellAt, removeRules, type GridCell, type TableGrid } from './grid.ts';

/** What this module needs of a restorer (src/restore/restorer.ts). */
export interface LineRestorer {
  restoreLine(line: string): { text: string };
}

export type CellReadMode = 'cells' | 'words';

export interface ReadCellsOptions {
  mode?: CellReadMode;
  /** words already read from the rule-free page image; used by 'words' mode instead of a fresh OCR */
  words?: Word[];
}

export const DEFAULT_CELL_READ_MODE: CellReadMode = 'cells';

/** Words → text lines: words whose vertical middles fall within one line's band, left to right. */
export function wordsToLines(words: Word[]): string[] {
  const sorted = [...words].sort((a, b) => (a.bbox.t + a.bbox.b) / 2 - (b.bbox.t + b.bbox.b) / 2);
  const lines: Array<{ mid: number; height: number; words: Word[] }> = [];
  for (const w of sorted) {
    const mid = (w.bbox.t + w.bbox.b) / 2;
    const height = w.bbox.b - w.bbox.t;
    const line = lines.find((l) => Math.abs(l.mid - mid) < Math.max(6, Math.min(l.height, height) * 0.55));
    if (line) {
      line.words.push(w);
      line.mid = (line.mid * (line.words.length - 1) + mid) / line.words.length;
    } else lines.push({ mid, height, words: [w] });
  }
  return lines
    .sort((a, b) => a.mid - b.mid)
    .map((l) =>
      l.words
        .sort((a, b) => a.bbox.l - b.bbox.l)
        .map((w) => w.text)
        .join(' '),
    );
}

/** A token that is no word: marks and lone letters without a vowel ("`", "^.", "Z", "~^”"). */
function isJunkToken(token: string): boolean {
  if (/^\d+[.,)]?$/.test(token)) return false;
  const letters = token.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return true;
  return letters.length === 1 && !/[aeiouyàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]/iu.test(token) && token.length <= 3;
}

/** Drops runs of three or more junk tokens (rule remnants, speckle read as marks) inside a line. */
function dropJunkRuns(line: string): string {
  const tokens = line.split(/\s+/);
  const keep = tokens.map(() => true);
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && (isJunkToken(tokens[j]) || /^\d$/.test(tokens[j]))) j++;
    const marks = tokens.slice(i, j).filter((t) => !/\p{L}|\d/u.test(t)).length;
    if (j - i >= 3 && marks >= 2) for (let k = i; k < j; k++) keep[k] = false;
    i = Math.max(j, i + 1);
  }
  return tokens.filter((_, k) => keep[k]).join(' ');
}

/** Removes OCR debris a cell often carries: stray bars and dots from rule remnants. */
function cleanLine(line: string): string {
  return dropJunkRuns(line.normalize('NFC'))
    .replace(/^[|[\]{}_~—–\-=.,:'"`\s]+(?=\S)/u, (m) => (/^[-–—]\s/.test(m) ? m : ''))
    .replace(/[\s|[\]{}_~=]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function restoreLines(lines: string[], restorer?: LineRestorer): string[] {
  return lines
    .map(cleanLine)
    .filter((l) => /[\p{L}\p{N}]/u.test(l))
    .map((l) => (restorer ? restorer.restoreLine(l).text.normalize('NFC') : l));
}

/** Words after which a Roman numeral follows: "Quý III", "Học kỳ I", "Giai đoạn II". */
const ROMAN_AFTER = /^(?:quy|ky|doan)$/;
const ROMAN_AFTER_PAIR = /^(?:hoc ky|giai doan)$/;
/** Tokens tesseract makes of I-strokes, with what follows them: "II/2021", "H", "l,", "III". */
const STROKES_HEAD = /^([IlH|]{1,4})(?=$|[/.,;:)\-–]|\/)/;
/** Rough glyph widths (em) to find where the I's of "II/2021" end in the word's box. */
const GLYPH_WIDTH = (ch: string) => (/[Il|]/.test(ch) ? 0.4 : ch === 'H' ? 0.8 : ch === '/' ? 0.3 : /\d/.test(ch) ? 0.55 : 0.6);

/** Does the word before (and the one before it) call for a Roman numeral next? */
function romanExpected(before: string[]): boolean {
  const key = (t: string | undefined) => foldedLetters(t ?? '');
  const prev = key(before[before.length - 1]);
  if (!ROMAN_AFTER.test(prev)) return false;
  return prev === 'quy' || ROMAN_AFTER_PAIR.test(`${key(before[before.length - 2])} ${prev}`);
}

/** The box of the first `count` characters of a word, by their share of its width. */
function headBox(word: Word, count: number): Word {
  const chars = [...word.text];
  const total = chars.reduce((s, c) => s + GLYPH_WIDTH(c), 0);
  const head = chars.slice(0, count).reduce((s, c) => s + GLYPH_WIDTH(c), 0);
  const width = word.bbox.r - word.bbox.l;
  return { ...word, bbox: { ...word.bbox, r: word.bbox.l + Math.round((width * head) / total) } };
}

/**
 * The part of a word's box after a word space, when the box holds one: tesseract
 * sometimes swallows a lone "I" into the box of the word before ("kỳ" spanning "kỳ I")
 * without reading it. A space is a run of blank columns at least a fifth of the box height.
 */
async function trailingPart(crop: Buffer, word: Word): Promise<Word | null> {
  const width = word.bbox.r - word.bbox.l;
  const height = word.bbox.b - word.bbox.t;
  if (width < 8 || height < 8) return null;
  const { data, info } = await sharp(crop).extract({ left: word.bbox.l, top: word.bbox.t, width, height }).greyscale().raw().toBuffer({ resolveWithObject: true });
  const inked = Array.from({ length: info.width }, (_, x) => {
    for (let y = 0; y < info.height; y++) if (data[y * info.width + x] < 128) return true;
    return false;
  });
  const space = Math.max(4, Math.round(height * 0.2));
  let lastInk = inked.lastIndexOf(true);
  let blank = 0;
  for (let x = lastInk; x >= 0; x--) {
    if (inked[x]) {
      if (blank >= space) return { ...word, bbox: { ...word.bbox, l: word.bbox.l + x + 1, r: word.bbox.l + lastInk + 1 } };
      blank = 0;
    } else blank++;
  }
  return null;
}

/**
 * Roman numerals in a cell re-read by counting their I-strokes on the crop
 * (src/ocr/roman.ts): tesseract joins bold serif I's, so "Quý III" comes out
 * "Quý II", "QUÝ II/2021" as "QUÝ H/2021", and a lone "I" after "Học kỳ" is lost.
 * - a line-opening heading number ("IHI.", "I.") is re-read whole;
 * - after "Quý", "Học kỳ", "Giai đoạn" (on the line or ending the line before), the
 *   I's of the next token (before a "/") are counted;
 * - such a word with nothing read after it may hold the numeral in its own box.
 * `before` holds the last words of the cell's previous line.
 */
async function rereadRomanNumerals(crop: Buffer, line: OcrLine, before: string[]): Promise<string> {
  const words = line.words;
  if (words.length === 0) return line.text;
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const context = [...before, ...words.slice(0, i).map((x) => x.text)];
    const heading = i === 0 ? await rereadRomanNumber(crop, w) : null;
    const head = STROKES_HEAD.exec(w.text);
    if (heading) {
      out.push(heading);
      changed = true;
    } else if (head && romanExpected(context)) {
      const strokes = await countStrokes(crop, headBox(w, head[1].length));
      const roman = strokes >= 1 && strokes <= 3 ? 'I'.repeat(strokes) : head[1];
      if (roman !== head[1]) changed = true;
      out.push(roman + w.text.slice(head[1].length));
    } else out.push(w.text);
    // "Học kỳ" with no numeral after it: the numeral may sit unread in the box of "kỳ"
    const next = words[i + 1]?.text ?? '';
    if (romanExpected([...context, w.text]) && !STROKES_HEAD.test(next) && !/^(?:[IVX]+\b|\d)/.test(next)) {
      const tail = await trailingPart(crop, w);
      const strokes = tail ? await countStrokes(crop, tail) : 0;
      if (strokes >= 1 && strokes <= 3) {
        out.push('I'.repeat(strokes));
        changed = true;
      }
    }
  }
  return changed ? out.join(' ') : line.text;
}

/** Each line of a cell with its Roman numerals re-read, the line before giving context. */
async function rereadCellLines(crop: Buffer, lines: OcrLine[]): Promise<string[]> {
  const out: string[] = [];
  let before: string[] = [];
  for (const line of lines) {
    out.push(await rereadRomanNumerals(crop, line, before));
    before = line.words.slice(-2).map((w) => w.text);
  }
  return out;
}

/** The inside of a cell, clear of its rules. */
function innerBox(cell: GridCell, grid: TableGrid, width: number, height: number): BBox | null {
  const inset = Math.max(3, ...grid.rowLines.map((l) => l.thickness), ...grid.colLines.map((l) => l.thickness)) + 2;
  const box = {
    l: Math.max(0, cell.bbox.l + inset),
    t: Math.max(0, cell.bbox.t + inset),
    r: Math.min(width, cell.bbox.r - inset),
    b: Math.min(height, cell.bbox.b - inset),
  };
  return box.r - box.l >= 8 && box.b - box.t >= 8 ? box : null;
}

/** True when a crop holds (almost) no ink, so it needs no OCR. */
async function isBlank(crop: Buffer): Promise<boolean> {
  const { data } = await sharp(crop).raw().toBuffer({ resolveWithObject: true });
  let ink = 0;
  for (let i = 0; i < data.length; i++) if (data[i] < 128) ink++;
  return ink < 12;
}

async function readByCells(clean: Buffer, grid: TableGrid, engine: OcrEngine, restorer?: LineRestorer): Promise<Cell[]> {
  const { width, height } = await sharp(clean).metadata();
  return Promise.all(
    grid.cells.map(async (gc): Promise<Cell> => {
      const base: Cell = { row: gc.row, col: gc.col, rowSpan: gc.rowSpan, colSpan: gc.colSpan, bbox: gc.bbox, text: '', confidence: grid.confidence };
      const box = innerBox(gc, grid, width!, height!);
      if (!box) return base;
      // a white border gives tesseract the margin it expects around a block
      const crop = await sharp(clean)
        .extract({ left: box.l, top: box.t, width: box.r - box.l, height: box.b - box.t })
        .extend({ top: 12, bottom: 12, left: 12, right: 12, background: '#ffffff' })
        .greyscale()
        .withDensity(300) // tesseract reads the density; a crop without one is taken for 70 dpi
        .png({ compressionLevel: 1 })
        .toBuffer();
      if (await isBlank(crop)) return base;
      const result = await engine.recognize(crop, { psm: 'block' });
      const read = await rereadCellLines(crop, result.lines);
      const lines = restoreLines(read, restorer);
      return { ...base, text: lines.join('\n'), confidence: lines.length ? result.confidence : grid.confidence };
    }),
  );
}

async function readByWords(clean: Buffer, grid: TableGrid, engine: OcrEngine, restorer?: LineRestorer, pageWords?: Word[]): Promise<Cell[]> {
  let words = pageWords;
  if (!words) {
    const { width, height } = await sharp(clean).metadata();
    const left = Math.max(0, grid.bbox.l);
    const top = Math.max(0, grid.bbox.t);
    const rectangle = { left, top, width: Math.min(width!, grid.bbox.r) - left, height: Math.min(height!, grid.bbox.b) - top };
    words = (await engine.recognize(clean, { rectangle, psm: 'auto' })).words;
  }
  return cellsFromWords(grid, words, restorer);
}

/**
 * The tables of a born-digital PDF page: its grids (found on a rendering of the page)
 * filled with the text layer's own words, so no cell is read by OCR.
 */
export function textLayerTables(grids: TableGrid[], words: Word[]): Table[] {
  return grids.map((grid) => ({ id: grid.id, page: grid.page, bbox: grid.bbox, rows: grid.rows, cols: grid.cols, cells: cellsFromWords(grid, words), confidence: grid.confidence }));
}

/** Each word goes to the cell its middle falls in; a cell's words become its lines. */
function cellsFromWords(grid: TableGrid, words: Word[], restorer?: LineRestorer): Cell[] {
  const byCell = new Map<GridCell, Word[]>();
  for (const w of words) {
    const cell = cellAt(grid, (w.bbox.l + w.bbox.r) / 2, (w.bbox.t + w.bbox.b) / 2);
    if (cell) byCell.set(cell, [...(byCell.get(cell) ?? []), w]);
  }
  return grid.cells.map((gc) => {
    const ws = byCell.get(gc) ?? [];
    const lines = restoreLines(wordsToLines(ws), restorer);
    const confidence = ws.length ? meanConfidence(ws) : grid.confidence;
    return { row: gc.row, col: gc.col, rowSpan: gc.rowSpan, colSpan: gc.colSpan, bbox: gc.bbox, text: lines.join('\n'), confidence };
  });
}

/** Reads the text of every cell of the page's grids. `image` is the page image (rules may still be on it). */
export async function readTableCells(
  image: Buffer,
  grids: TableGrid[],
  engine: OcrEngine,
  restorer?: LineRestorer,
  options: ReadCellsOptions = {},
): Promise<Table[]> {
  if (grids.length === 0) return [];
  const clean = await removeRules(image, grids);
  const mode = options.mode ?? DEFAULT_CELL_READ_MODE;
  const tables: Table[] = [];
  for (const grid of grids) {
    const cells = mode === 'cells' ? await readByCells(clean, grid, engine, restorer) : await readByWords(clean, grid, engine, restorer, options.words);
    tables.push({ id: grid.id, page: grid.page, bbox: grid.bbox, rows: grid.rows, cols: grid.cols, cells, confidence: grid.confidence });
  }
  return tables;
}
