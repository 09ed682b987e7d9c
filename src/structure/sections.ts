/**
 * The section tree: roman "I." > arabic "1." > dotted "1.1." (> "1.1.1.") > letter "a)",
 * with paragraphs. A number is a heading only where it can be one: at the start of a
 * line, followed by a capital (or nothing, the words then on the next line), and in
 * sequence with its siblings ("2021 - 2026; …" or "30/6/2021" are running text). A
 * numbered item whose words run on as a sentence gets `title: null` and its words as
 * a paragraph; a short title line (often upper case, no final period) is the title.
 * Numbers keep what is printed: a document with two "II" sections keeps both.
 */
import type { Section } from '../model/plan.ts';
import { foldKey, stripDiacritics } from '../text/vietnamese.ts';
import { editDistance } from '../text/edit-distance.ts';
import { round } from './field-log.ts';
import { STANDARD_HEADINGS } from './keywords.ts';
import { appendLine, continues, labelValue, measureLines, tidy } from './paragraphs.ts';
import { mergeProvenance } from './provenance.ts';
import { type Segment, isDebris, isMostlyUpper } from './segments.ts';

export type HeadingKind = 'roman' | 'arabic' | 'letter';

export interface HeadingMatch {
  kind: HeadingKind;
  /** as the gold convention writes it: "I", "1", "1.1", "a" */
  number: string;
  /** roman 1, arabic 2, dotted 3 (1.1) or 4 (1.1.1), letter 5 */
  level: number;
  /** ordinal among siblings (I → 1, b → 2, 1.3 → 3) */
  ordinal: number;
  /** the words after the number on the same line */
  rest: string;
  /** the number was dug out from OCR debris before it */
  salvaged?: boolean;
}

const ROMAN = /^([IVXl]{1,5})\s*[.,]\s*(.*)$/u;
const ARABIC = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s*(?:[.)]|:(?=\s+\p{Lu}))\s*(.*)$/u;
const DOTTED_BARE = /^(\d{1,2}(?:\.\d{1,2}){1,3})\s+(\p{Lu}.*)$/u;
/** an item opening with a figure ("1. 100% trường …"): the number's dot must be followed by a space ("1.5 triệu" is not one) */
const ARABIC_FIGURE = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.\s+(\d[\d.,]*%?\s+\p{L}.*)$/u;
const LETTER = /^([a-zđ])\s*\)\s*(.+)$/u;
const LETTERS = 'abcdđeghiklmnopqrstuvxy';
/** debris an OCR put before a heading's number ("a A • /*< f /y r 7y2. Nâng cao…") */
const SALVAGE = /^(.{1,40}?)(\d{1,2})\s*\.\s+(\p{Lu}.*)$/u;

/** A heading can open with a capital, a quote or bracket — not with a lower-case word or a digit. */
const OPENS_TITLE = /^($|[\p{Lu}"“'‘(\[])/u;

export function matchHeading(text: string): HeadingMatch | null {
  const t = text.trim();
  let m = ROMAN.exec(t);
  if (m && OPENS_TITLE.test(m[2])) {
    const number = m[1].replace(/l/g, 'I');
    const ordinal = romanValue(number);
    if (ordinal > 0 && ordinal <= 30) return { kind: 'roman', number, level: 1, ordinal, rest: m[2].trim() };
  }
  m = ARABIC.exec(t) ?? DOTTED_BARE.exec(t);
  if (m && !OPENS_TITLE.test(m[2])) m = ARABIC_FIGURE.exec(t);
  if (m && (OPENS_TITLE.test(m[2]) || ARABIC_FIGURE.test(t))) {
    const parts = m[1].split('.');
    return { kind: 'arabic', number: m[1], level: 1 + parts.length, ordinal: Number(parts[parts.length - 1]), rest: m[2].trim() };
  }
  m = LETTER.exec(t);
  if (m && OPENS_TITLE.test(m[2])) {
    return { kind: 'letter', number: m[1], level: 5, ordinal: LETTERS.indexOf(m[1]) + 1, rest: m[2].trim() };
  }
  return null;
}

/** A heading number behind OCR debris (no real word before it). */
function salvageHeading(text: string): HeadingMatch | null {
  const m = SALVAGE.exec(text.trim());
  if (!m || /\p{L}{3,}/u.test(m[1])) return null;
  return { kind: 'arabic', number: m[2], level: 2, ordinal: Number(m[2]), rest: m[3].trim(), salvaged: true };
}

function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]];
    const next = v[s[i + 1]] ?? 0;
    total += cur < next ? -cur : cur;
  }
  // reject non-canonical spellings ("IIII", "VX")
  return toRoman(total) === s ? total : 0;
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, glyph] of table) while (n >= value) {
    out += glyph;
    n -= value;
  }
  return out;
}

interface Open {
  section: Section;
  level: number;
  kind: HeadingKind;
  /** last ordinal used by each child level */
  lastChild: Map<number, number>;
}

export interface SectionsReading {
  sections: Section[];
  /** stream index of the first heading, or -1 */
  firstHeading: number;
  /** segments before the first heading (basis, promulgation formula) */
  preamble: Segment[];
}

export function readSections(body: readonly Segment[]): SectionsReading {
  const segs = body.filter((s) => s.cells < 2 && (!isDebris(s.text) || matchHeading(s.text) !== null));
  const measure = measureLines(segs);
  const root: Open = { section: { number: null, title: null, paragraphs: [], children: [] }, level: 0, kind: 'roman', lastChild: new Map() };
  const stack: Open[] = [root];
  const preamble: Segment[] = [];
  let firstHeading = -1;
  /** the paragraph being built and the section it belongs to */
  let current: { section: Section; last: Segment } | null = null;

  // where each line stands, for the line before it (accept is asked of a line more than once)
  const positions = new Map(segs.map((s, i) => [s, i]));
  const accept = (seg: Segment): HeadingMatch | null => {
    const plain = matchHeading(seg.text);
    const h = plain ?? salvageHeading(seg.text);
    if (!h) return null;
    // "… Đại hội thi đua yêu nước toàn quốc lần thứ" / "XI.": a sentence's numeral wrapped onto a line of its own
    if (h.kind === 'roman' && !h.rest.trim() && wrapsOntoNumeral(segs[(positions.get(seg) ?? 0) - 1])) return null;
    if (h.kind === 'roman') return h; // roman numbers are kept as printed, slips included
    // an OCR reads an italic "a)" as "q)": out of sequence where "a)" is expected, it is "a)"
    if (h.kind === 'letter' && h.number === 'q' && (parentFor(stack, 5).lastChild.get(5) ?? 0) === 0) return { ...h, number: 'a', ordinal: 1 };
    // an OCR reads "i)" as "1)": right after "h)" it is the next letter
    if (h.kind === 'arabic' && h.number === '1' && /^1\s*\)/.test(seg.text.trim())) {
      const letters = parentFor(stack, 5);
      if (stack[stack.length - 1].kind === 'letter' && letters.lastChild.get(5) === LETTERS.indexOf('h') + 1) {
        return { kind: 'letter', number: 'i', level: 5, ordinal: LETTERS.indexOf('i') + 1, rest: h.rest };
      }
    }
    const parent = parentFor(stack, h.level);
    const expected = (parent.lastChild.get(h.level) ?? 0) + 1;
    // an OCR without Vietnamese reads "đ)" as "d)": after "d)" it is the next letter
    if (h.kind === 'letter' && h.number === 'd' && expected === LETTERS.indexOf('đ') + 1) return { ...h, number: 'đ', ordinal: expected };
    if (h.salvaged) return h.ordinal === expected && firstHeading >= 0 ? h : null;
    if (firstHeading < 0 && h.ordinal > 2) return null;
    return h.ordinal >= 1 && h.ordinal <= expected + 2 ? h : null;
  };

  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const h = accept(seg);
    if (!h) {
      if (firstHeading < 0) {
        preamble.push(seg);
        continue;
      }
      const owner = stack[stack.length - 1].section;
      const joins = (prev: Segment) => continues(prev, seg, measure) || labelValue(prev, seg, segs[i + 1], (s) => accept(s) !== null);
      if (current && current.section === owner && joins(current.last)) {
        const ps = owner.paragraphs;
        ps[ps.length - 1] = appendLine(ps[ps.length - 1], seg.text);
      } else owner.paragraphs.push(seg.text.trim());
      current = { section: owner, last: seg };
      continue;
    }
    if (firstHeading < 0) firstHeading = seg.index;

    // the heading's words: the rest of its line (or the next line when the number stands alone) and its wrapped lines
    const block: Segment[] = [seg];
    let text = h.rest;
    if (!text && i + 1 < segs.length && !accept(segs[i + 1])) {
      i++;
      block.push(segs[i]);
      text = segs[i].text.trim();
    }
    let last = block[block.length - 1];
    while (i + 1 < segs.length && !accept(segs[i + 1]) && !/:$/.test(text) && continues(last, segs[i + 1], measure)) {
      i++;
      block.push(segs[i]);
      text = appendLine(text, segs[i].text);
      last = segs[i];
    }
    text = tidy(text);

    const title = h.kind === 'roman' ? standardHeading(titleOf(h, text)) : titleOf(h, text);
    const parent = parentFor(stack, h.level);
    const expected = (parent.lastChild.get(h.level) ?? 0) + 1;
    parent.lastChild.set(h.level, h.ordinal);
    const lineConfidence = Math.min(...block.map((s) => s.line.confidence));
    const inSequence = h.kind === 'roman' || h.ordinal === expected;
    const section: Section = {
      number: h.number,
      title,
      paragraphs: title === null && text ? [text] : [],
      children: [],
      provenance: mergeProvenance(block.map((s) => s.provenance)),
      confidence: round(lineConfidence * (h.salvaged ? 0.6 : inSequence ? 0.95 : 0.7)),
    };
    while (stack.length > 1 && stack[stack.length - 1].level >= h.level) stack.pop();
    stack[stack.length - 1].section.children.push(section);
    stack.push({ section, level: h.level, kind: h.kind, lastChild: new Map() });
    // a heading with neither title nor text (a number alone whose text the OCR lost) has no paragraph to run on into
    current = title === null && section.paragraphs.length > 0 ? { section, last } : null;
  }

  // without any heading all text stays in the preamble; the caller warns that no sections were found
  return { sections: root.section.children, firstHeading, preamble };
}

/** words a numeral follows in running text ("lần thứ XI", "khóa XV", "nhiệm kỳ", "Chương II") */
const BEFORE_NUMERAL = /\b(?:thu|khoa|lan|ky|ki|so|phan|chuong|muc|khu vuc)$/;

function wrapsOntoNumeral(prev: Segment | undefined): boolean {
  return !!prev && BEFORE_NUMERAL.test(foldKey(prev.text).trim());
}

function parentFor(stack: readonly Open[], level: number): Open {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].level < level) return stack[k];
  return stack[0];
}

/**
 * Title or running text? A title is short, has no sentence inside and does not end
 * with a period; a lead-in ending with ":" is a title (its items follow). Roman
 * headings are titles unless they plainly run on as sentences.
 */
function titleOf(h: HeadingMatch, text: string): string | null {
  if (!text) return null;
  if (/:$/.test(text)) return text.replace(/\s*:$/, '').trim() || null;
  const sentences = /[.!?…]["”’)]*\s+\p{Lu}/u.test(text);
  const endsSentence = /[.!?…]["”’)]*$/u.test(text) && !/\b(TP|Tp|v\.v|ĐT|TW)\.$/u.test(text);
  if (sentences || endsSentence) return null;
  // an item of a running enumeration ("a) Xây dựng …;") is not a title
  if (/[;,]$/.test(text)) return null;
  if (h.kind !== 'roman' && text.length > 260) return null;
  return text;
}

const STANDARD_KEYS = STANDARD_HEADINGS.map((t) => letterKey(t));

function letterKey(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * An upper-case roman title an OCR or the restorer damaged ("TO CHlTC THlTC HIỆN",
 * "KINH PHÍ Thực HIỆN") → the standard title it is close to, in its printed spelling.
 * The words before a parenthesis or colon are compared; what follows is kept.
 */
export function standardHeading(title: string | null): string | null {
  if (!title) return title;
  const cut = title.search(/\s*[(:]/);
  const head = cut > 0 ? title.slice(0, cut) : title;
  const key = letterKey(head);
  if (key.length < 6 || !isMostlyUpper(head)) return title;
  let best = -1;
  let bestDistance = Infinity;
  STANDARD_KEYS.forEach((k, i) => {
    const d = editDistance(key, k);
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  // about one slip in four letters (old OCR reads Ư as "lT", Ự as "l/")
  if (best < 0 || bestDistance > Math.floor(STANDARD_KEYS[best].length / 4)) return title;
  return STANDARD_HEADINGS[best] + (cut > 0 ? title.slice(cut) : '');
}
