/**
 * Paragraphs from lines: a line that does not end a sentence continues on the next
 * (across OCR line breaks and page breaks); a bullet ("-", "+") or a capitalised
 * line after a short line opens a new paragraph. Whether a line is "short" is read
 * from its box on a scan (it stops before the right margin) or, for wrapped text,
 * from its length against the document's usual line length. Born-digital text with
 * one paragraph per line is recognised by its long lines and never re-joined.
 */
import type { Segment } from './segments.ts';

export interface LineMeasure {
  /** text input whose lines were wrapped at a fixed width (old OCR), not one paragraph per line */
  wrapped: boolean;
  /** typical length of a full line in characters (wrapped text) */
  fullLength: number;
  /** typical right edge of a full line, 0–1 of the page width (scans) */
  rightEdge: number;
}

export function measureLines(segs: readonly Segment[]): LineMeasure {
  const lengths = segs.map((s) => s.text.length).sort((a, b) => a - b);
  const p80 = lengths[Math.floor(lengths.length * 0.8)] ?? 0;
  const rights = segs.flatMap((s) => (s.x ? [s.x[1]] : [])).sort((a, b) => a - b);
  const rightEdge = rights[Math.floor(rights.length * 0.8)] ?? 1;
  return { wrapped: p80 > 0 && p80 < 140, fullLength: p80, rightEdge };
}

const BULLET = /^[-–+•*]\s*/;
const LABEL_LINE = /^\p{Lu}[^.:;!?]{2,40}:\s/u;
const SENTENCE_END = /([.!?:;…]|\.\/\.)["”’)]*$/;

/** Does `next` carry on the paragraph that `prev` ends? (Headings are checked by the caller.) */
export function continues(prev: Segment, next: Segment, m: LineMeasure): boolean {
  // "… các tổ chức chính trị" / "- xã hội …": a name's own hyphen that a full line pushed to the next
  if (/^[-–]\s*\p{Ll}/u.test(next.text) && !SENTENCE_END.test(prev.text.trim()) && isFull(prev, m)) return true;
  if (BULLET.test(next.text)) return false;
  if (/^\p{Ll}/u.test(next.text)) return true;
  // on a scan a paragraph opens with a first-line indent
  if (next.indented) return false;
  // a quotation introduced by a colon ("… chủ đề của Quận:" / "“Năm Dân vận khéo …”")
  if (/:$/.test(prev.text.trim()) && /^["“‘']/.test(next.text)) return true;
  if (SENTENCE_END.test(prev.text.trim())) return false;
  // on a scan, a full line that ends no sentence runs on to a line at the body margin, even one
  // that reads like a label ("… các nhiệm vụ được giao tại" / "Tiểu dự án 1 thuộc Dự án 7: “Truyền …")
  if (prev.x && next.atMargin && reachesRightEdge(prev, m)) return true;
  // a "Label: value" line ("Đơn vị chủ trì: …", "Thời gian thực hiện: …") opens its own paragraph
  if (LABEL_LINE.test(next.text)) return false;
  if (prev.x && next.x) return reachesRightEdge(prev, m);
  return fillsWrappedLength(prev, m);
}

/** A line whose box runs to the page's usual right edge (a scan, a PDF). */
function reachesRightEdge(line: Segment, m: LineMeasure): boolean {
  return !!line.x && line.x[1] >= m.rightEdge - 0.04;
}

/** A line of wrapped text about as long as its full lines. */
function fillsWrappedLength(line: Segment, m: LineMeasure): boolean {
  return m.wrapped && line.text.length >= m.fullLength * 0.85;
}

/** A full line: to the right edge when it has a box, else to the usual length of wrapped text. */
function isFull(line: Segment, m: LineMeasure): boolean {
  return line.x ? reachesRightEdge(line, m) : fillsWrappedLength(line, m);
}

/**
 * A short bullet label whose value the source put on the next line ("- Dự án 7 (Tiểu
 * dự án 2):" / "Nâng cao hiệu quả truyền thông …"): the one line between it and the
 * next bullet or heading is its value, not a paragraph of its own.
 */
export function labelValue(prev: Segment, next: Segment, after: Segment | undefined, isHeading: (s: Segment) => boolean): boolean {
  if (!BULLET.test(prev.text) || !/:$/.test(prev.text.trim()) || prev.text.length > 60) return false;
  if (BULLET.test(next.text) || LABEL_LINE.test(next.text)) return false;
  return !after || BULLET.test(after.text) || isHeading(after);
}

/** Joins a wrapped line onto the paragraph, repairing a word hyphenated across the break. */
export function appendLine(paragraph: string, line: string): string {
  const a = paragraph.replace(/\s+$/, '');
  const b = line.trim();
  if (!a) return b;
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s+([,;:])/g, '$1').trim();
}
