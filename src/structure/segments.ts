/**
 * The reading stream structure works on: the document's lines in reading order,
 * without table lines (`inTable`) and page furniture, each cut into segments where
 * the source joined two things on one line: the two header columns TAB-joined in
 * text input (or one OCR line spanning both columns of a scan, split at the word
 * gap), "Nơi nhận … <TAB> signature", and a table row's cells. A segment keeps its
 * line so provenance can point at it.
 */
import type { Doc, Line, Word } from '../model/document.ts';
import { unionBBox } from '../model/geometry.ts';
import type { Provenance } from '../model/plan.ts';
import { foldKey, hasVietnameseDiacritics } from '../text/vietnamese.ts';
import { toProvenance, xywh } from './provenance.ts';

export interface Segment {
  text: string;
  /** foldKey(text): stripped, lower case, for matching labels on damaged text */
  key: string;
  line: Line;
  /** position in the stream */
  index: number;
  /** for a line cut in two: which part */
  column?: 'left' | 'right';
  /** how many TAB-separated cells the source line has (≥ 3, or 2 outside the header/signature: a table row) */
  cells: number;
  provenance: Provenance;
  /** a line the layout put in the right half of the page (scans) */
  rightHalf?: boolean;
  /** horizontal position on a scan, 0–1 of the page width: left edge, right edge */
  x?: [number, number];
  /** a scan line that starts right of its page's body margin: the first line of a paragraph */
  indented?: boolean;
  /** a scan line that starts at its page's body margin: a wrapped line (or a paragraph printed without indent) */
  atMargin?: boolean;
}

const PAGE_NUMBER = /^[-–—\s]*(trang\s*)?\d{1,3}[-–—\s]*$/i;

export function readingStream(doc: Doc): Segment[] {
  const out: Segment[] = [];
  for (const page of doc.pages) {
    const margin = bodyMargin(page.lines, page.width);
    for (const line of page.lines) {
      if (line.inTable || line.region === 'furniture' || line.region === 'table') continue;
      const text = line.text.normalize('NFC');
      if (!text.trim()) continue;
      if (!line.bbox && PAGE_NUMBER.test(text)) continue; // a page number alone on a line of text input
      const width = page.width || 0;
      const x: [number, number] | undefined =
        line.bbox && width ? [line.bbox.l / width, line.bbox.r / width] : undefined;
      for (const cut of cutLine(line, text, width)) {
        const part = { ...cut, text: dropStrayMarks(cut.text) };
        if (!part.text) continue;
        out.push({
          ...part,
          key: foldKey(part.text),
          line,
          index: out.length,
          x: part.x ?? x,
          rightHalf: (part.x ?? x) ? (part.x ?? x)![0] > 0.4 : undefined,
          indented: margin !== null && !!x && line.region === 'body' && x[0] > margin + INDENT && x[0] < 0.35,
          atMargin: margin !== null && !!x && line.region === 'body' && Math.abs(x[0] - margin) < INDENT / 2,
        });
      }
    }
  }
  return out;
}

/** A first-line indent is 1–1.27 cm (≈ 0.05 of an A4 width); a wrapped line starts at the margin. */
const INDENT = 0.03;

/**
 * The left margin of a page's body text, 0–1 of the width: a low percentile of the
 * body lines' left edges (wrapped lines start there; first lines, headings and
 * bullets are indented). Null for text input or a page with too few body lines.
 */
function bodyMargin(lines: readonly Line[], width: number): number | null {
  if (!width) return null;
  const lefts = lines
    .filter((l) => l.bbox && !l.inTable && l.region === 'body' && l.bbox.r - l.bbox.l > 0.3 * width)
    .map((l) => l.bbox!.l / width)
    .sort((a, b) => a - b);
  if (lefts.length < 5) return null;
  return lefts[Math.floor(lefts.length * 0.2)];
}

type Part = Pick<Segment, 'text' | 'column' | 'cells' | 'provenance'> & { x?: [number, number] };

function cutLine(line: Line, text: string, width: number): Part[] {
  if (text.includes('\t')) return cutAtTabs(line, text);
  if (line.words && width && (line.region === 'header-left' || line.region === 'header-right')) {
    const split = splitWordsAtGap(line.words, width) ?? splitAtNationalTitle(line.words, width);
    if (split) {
      return split.map((words, i) => {
        const box = unionBBox(words.map((w) => w.bbox))!;
        return {
          text: words.map((w) => w.text).join(' '),
          column: i === 0 ? 'left' : 'right',
          cells: 2,
          provenance: { page: line.page, bbox: xywh(box) },
          x: [box.l / width, box.r / width] as [number, number],
        };
      });
    }
  }
  return [{ text: text.trim(), cells: 1, provenance: toProvenance(line) }];
}

function cutAtTabs(line: Line, text: string): Part[] {
  const cells: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const cell of text.split('\t')) {
    const lead = cell.length - cell.trimStart().length;
    if (cell.trim()) cells.push({ text: cell.trim(), start: start + lead });
    start += cell.length + 1;
  }
  if (cells.length === 0) return [];
  const n = text.split('\t').length;
  return cells.map((c, i) => ({
    text: c.text,
    column: n === 2 ? (i === 0 ? 'left' : 'right') : undefined,
    cells: n,
    provenance: line.span
      ? { page: line.page, chars: [line.span[0] + c.start, line.span[0] + c.start + c.text.length] as [number, number] }
      : toProvenance(line),
  }));
}

/**
 * An OCR line whose columns came too close for a gap ("BỘ VĂN HÓA, THỂ THAO VÀ CỘNG HÒA
 * XÃ HỘI CHỦ NGHĨA VIỆT NAM"): the national title opens the right column, so the line is
 * cut before it when it starts in the middle band.
 */
function splitAtNationalTitle(words: readonly Word[], width: number): [Word[], Word[]] | null {
  const sorted = [...words].sort((a, b) => a.bbox.l - b.bbox.l);
  for (let i = 1; i + 1 < sorted.length; i++) {
    const x = sorted[i].bbox.l / width;
    if (x < 0.3 || x > 0.65) continue;
    if (foldKey(sorted[i].text) === 'cong' && foldKey(sorted[i + 1].text) === 'hoa') return [sorted.slice(0, i), sorted.slice(i)];
  }
  return null;
}

/**
 * An OCR line that runs across both header columns: cut it at the widest gap between
 * words when that gap lies in the middle band of the page, where the columns part.
 */
function splitWordsAtGap(words: readonly Word[], width: number): [Word[], Word[]] | null {
  const sorted = [...words].sort((a, b) => a.bbox.l - b.bbox.l);
  let best = -1;
  let bestGap = 0;
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i].bbox.l - sorted[i - 1].bbox.r;
    const mid = (sorted[i].bbox.l + sorted[i - 1].bbox.r) / 2 / width;
    if (mid > 0.3 && mid < 0.65 && gap > bestGap) {
      bestGap = gap;
      best = i;
    }
  }
  if (best < 0 || bestGap < width * 0.03) return null;
  return [sorted.slice(0, best), sorted.slice(best)];
}

/** A token of nothing but the marks an OCR makes of specks and rules ("»", "■", "|", "£", a lone "’"). */
const STRAY_TOKEN = /(?<=^|\s)[~»«■□▪¦|£•’‘_]+(?=\s|$)/gu;

/**
 * A line without the stray marks an old OCR scattered between its words ("2. | Yêu cầu",
 * "Cần ~ Thơ", "• III. NỘI DUNG"): they are no words, and would hide a heading's number or
 * split a name. A "•" that opens the line is a bullet unless a heading follows it.
 */
export function dropStrayMarks(text: string): string {
  if (!/[~»«■□▪¦|£•’‘_]/u.test(text)) return text;
  const bullet = /^\s*•\s+/.exec(text);
  let out = text.replace(STRAY_TOKEN, (mark, at: number) => (bullet && at === bullet[0].indexOf('•') ? mark : '')).replace(/ {2,}/g, ' ');
  if (bullet && /^[IVX]+\.|^\d{1,2}(\.\d{1,2})*\.\s|^[a-zđ]\)/u.test(out.slice(out.indexOf('•') + 1).trim())) out = out.replace('•', '');
  return out.trim();
}

/** True when the text has letters and none of them is lower case. */
export function isUpper(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Mostly upper case (OCR lower-cases a letter here and there). */
export function isMostlyUpper(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.7;
}

/**
 * A line of OCR debris: no run of three letters, no number, and not two short words
 * either (Vietnamese syllables are short: "Sở Y tế:" is a line, "I .1'" is not).
 */
export function isDebris(text: string): boolean {
  if (/\p{L}{3,}/u.test(text) || /\d{2,}/.test(text)) return false;
  // the last word of a wrapped line, alone on its line ("… UBND phường," / "xã"), is a word, not debris
  if (/^\p{Ll}{2}[.,;:]?$/u.test(text.trim()) && hasVietnameseDiacritics(text)) return false;
  return (text.match(/(?<![\p{L}\p{M}])[\p{L}\p{M}]{2}(?![\p{L}\p{M}])/gu) ?? []).length < 2;
}
