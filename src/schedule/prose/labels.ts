/**
 * Label lines of a duty stated in prose: "Đơn vị chủ trì (thực hiện): …", "Cơ quan
 * phối hợp: …", "Thời gian thực hiện: …", "Thời hạn hoàn thành: …", "Sản phẩm: …",
 * as lines of their own, as "a) Đơn vị chủ trì: …; b) Đơn vị phối hợp: …", or in a
 * parenthesis closing a paragraph ("… (Đơn vị chủ trì: Sở Tư pháp; thời gian: Quý II/2025)").
 *
 * A label's head (the words before ":") is read word by word against a small
 * vocabulary, each word folded and allowed one OCR slip ("phoi hpp"), so any
 * combination of the usual words is understood and nothing else is: "Thời gian thực
 * hiện Chương trình: …" is a sentence, not a label, because "chương trình" is not a
 * label word.
 */
import { foldSameLength, foldWords, nearWord } from './fold.ts';
import { startsWithUnitHead } from './unit-heading.ts';

export type LabelRole = 'implementer' | 'coordinators' | 'supervisor' | 'deadline' | 'product' | 'content';

export interface Label {
  role: LabelRole;
  /** the head as printed ("Đơn vị chủ trì thực hiện") */
  head: string;
  /** the value, one line, without end punctuation; "" when the label opens a list below it */
  value: string;
  /** true when a head word was read through an OCR slip */
  fuzzy: boolean;
}

/** Words a label head is made of (folded). */
const HEAD_WORDS = new Set(
  (
    'don vi co quan bo phan to chu tri phoi hop thuc hien tham muu chiu trach nhiem dau moi chinh thoi gian han hoan thanh ' +
    'san pham ket qua noi dung cong viec giam sat chi dao theo doi ban hanh trinh du kien ra tien do cac lien phu ' +
    'nguoi ca nhan cap tham gia thoi diem xong bao cao yeu cau nhiem vu'
  ).split(' '),
);

/** Roles by the word pairs that state them, in priority order ("Thời gian thực hiện" is a deadline). */
const ROLE_CUES: Array<[LabelRole, RegExp]> = [
  ['coordinators', /\b(?:phoi hop|tham gia)\b/],
  ['deadline', /\b(?:thoi gian|thoi han|thoi diem|tien do|han)\b/],
  ['product', /\b(?:san pham|ket qua|dau ra)\b/],
  ['content', /\b(?:noi dung|cong viec|nhiem vu|yeu cau)\b/],
  ['supervisor', /\b(?:giam sat|chi dao|theo doi)\b/],
  ['implementer', /\b(?:chu tri|thuc hien|trach nhiem|tham muu|dau moi|phu trach|don vi|co quan|bo phan)\b/],
];

const VOCABULARY = [...HEAD_WORDS];

/** The role a label head states, or null when the words are not a label's. */
export function labelRole(head: string): { role: LabelRole; fuzzy: boolean } | null {
  const words = foldWords(head);
  // one word is too little to tell a label from a sentence ("Hạn chế: …")
  if (words.length < 2 || words.length > 8) return null;
  let fuzzy = false;
  const known: string[] = [];
  for (const w of words) {
    if (HEAD_WORDS.has(w)) known.push(w);
    else {
      const near = VOCABULARY.find((v) => nearWord(w, v));
      if (!near) return null;
      known.push(near);
      fuzzy = true;
    }
  }
  const phrase = known.join(' ');
  const cue = ROLE_CUES.find(([, re]) => re.test(phrase));
  return cue ? { role: cue[0], fuzzy } : null;
}

/** A list marker at the start of a line: "- ", "+ ", "• ", "a) ", "b. ". */
export const MARKER = /^\s*(?:[-+•–*]\s*|[a-zđ]\s*\)\s*|[a-zđ]\.\s+)/i;

/** Candidate label heads: at the start, or after ";", ".", ",", "(" (a list marker may follow). */
const HEAD_AT = /(^|[;.,(]\s*)((?:[-+•]\s*|[a-zđ]\s*\)\s*)?)([^:;().,\d][^:;().\d]{1,69}?)\s*:/giu;

/** End punctuation of a value or a duty line. */
export function trimEnd(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?:\s*(?:\.\/\.|[;.,:]))+$/u, '')
    .trim();
}

export interface LabelledText {
  /** the text before the first label (the duty, when the labels close its paragraph) */
  before: string;
  labels: Label[];
}

/** Reads the labels of one paragraph. `before` is the whole text when it holds none. */
export function readLabels(paragraph: string): LabelledText {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const closing = /\(([^()]*)\)\s*(?:\.\/\.|[.;])?\s*$/u.exec(text);
  if (closing && closing.index > 0) {
    const inner = labelList(closing[1]);
    if (inner.length && inner.start === 0) return { before: trimEnd(text.slice(0, closing.index)), labels: inner.labels };
    const assigned = assignmentInParens(closing[1]);
    if (assigned.length) return { before: trimEnd(text.slice(0, closing.index)), labels: assigned };
  }
  const list = labelList(text);
  if (!list.length) return { before: text, labels: [] };
  return { before: text.slice(0, list.start).replace(MARKER, '').trim(), labels: list.labels };
}

/** The labels a text holds from its first label head on, and where that head starts. */
function labelList(text: string): { labels: Label[]; start: number; length: number } {
  const heads: Array<{ at: number; valueAt: number; head: string; role: LabelRole; fuzzy: boolean }> = [];
  HEAD_AT.lastIndex = 0;
  for (let m = HEAD_AT.exec(text); m; m = HEAD_AT.exec(text)) {
    const reading = labelRole(m[3]);
    if (!reading) {
      HEAD_AT.lastIndex = m.index + 1; // a longer false head may hide a true one after a comma
      continue;
    }
    heads.push({ at: m.index + m[1].length, valueAt: m.index + m[0].length, head: m[3].trim(), ...reading });
  }
  const labels = heads.map((h, i) => ({
    role: h.role,
    head: h.head,
    value: trimEnd(text.slice(h.valueAt, i + 1 < heads.length ? heads[i + 1].at : text.length).replace(MARKER, '')),
    fuzzy: h.fuzzy,
  }));
  return { labels, start: heads[0]?.at ?? -1, length: labels.length };
}

/**
 * An assignment closing a duty in a parenthesis without label heads: "(Sở Tư pháp chủ trì,
 * phối hợp với các cơ quan liên quan; thời gian: Quý II/2025)", "(Công an tỉnh chủ trì;
 * hoàn thành trước ngày 30/6/2025)": the units before "chủ trì" lead it, those after
 * "phối hợp (với)" join it, and what follows the ";" is its time.
 */
function assignmentInParens(inner: string): Label[] {
  const folded = foldSameLength(inner);
  const lead = /^(.{3,150}?)\s+chu tri(?![a-z])/.exec(folded);
  if (!lead || !startsWithUnitHead(inner) || lead[1].split(/\s+/).length > 20 || /[;:]/.test(lead[1])) return [];
  const labels: Label[] = [{ role: 'implementer', head: 'chủ trì', value: trimEnd(inner.slice(0, lead[1].length)), fuzzy: false }];
  const [first, ...rest] = inner.slice(lead[0].length).split(';');
  const coordinators = /^\s*,?\s*(?:va\s+)?phoi hop(?:\s+(?:voi|cung))?\s+/.exec(foldSameLength(first));
  if (coordinators) labels.push({ role: 'coordinators', head: 'phối hợp', value: trimEnd(first.slice(coordinators[0].length)), fuzzy: false });
  const time = rest.join(';').trim();
  if (time) {
    const timed = labelList(time);
    if (timed.length && timed.start === 0) labels.push(...timed.labels);
    else labels.push({ role: 'deadline', head: 'thời gian', value: trimEnd(time), fuzzy: false });
  }
  return labels;
}
