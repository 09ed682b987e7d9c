/**
 * Restore stage: every line's text is restored (diacritics, OCR noise), page by
 * page with cross-line context; the original is kept on the line, and the words
 * of an OCR'd line get their restored text back by index (the restorer never
 * splits or merges whitespace-separated tokens).
 */
import type { Doc, Line, Page } from '../model/document.ts';
import type { Restorer } from './restorer.ts';
import type { Task } from '../model/plan.ts';
import { stripDiacritics } from '../text/vietnamese.ts';
import { canonicalUnits } from '../normalize/units.ts';

function restoreLinesOf(lines: Line[], restorer: Restorer): { lines: Line[]; changed: number } {
  if (lines.length === 0) return { lines, changed: 0 };
  const restored = restorer.restoreLines(lines.map((l) => l.text));
  let changed = 0;
  const out = lines.map((line, i) => {
    const result = restored[i];
    changed += result.changed;
    const tokens = result.text.split(/\s+/).filter(Boolean);
    const words = line.words && tokens.length === line.words.length ? line.words.map((w, j) => ({ ...w, text: tokens[j] })) : line.words;
    const lowConfidence = result.tokens.filter((t) => t.confidence < 0.6 && t.text !== t.original);
    return { ...line, original: line.original ?? line.text, text: result.text, words, ...(lowConfidence.length ? { lowConfidence } : {}) };
  });
  return { lines: out, changed };
}

export function restoreDoc(doc: Doc, restorer: Restorer): Doc {
  let total = doc.restoredSyllables ?? 0;
  const pages: Page[] = doc.pages.map((page) => {
    // a born-digital text layer already has its diacritics: restoring it could only damage it
    if (page.kind === 'pdf-text') return page;
    // lines of one OCR block run on together; restore block by block so context does not jump across columns
    const byBlock = new Map<number, Line[]>();
    for (const line of page.lines) {
      const key = line.bbox ? line.block : 0;
      if (!byBlock.has(key)) byBlock.set(key, []);
      byBlock.get(key)!.push(line);
    }
    const restoredById = new Map<string, Line>();
    for (const group of byBlock.values()) {
      const { lines, changed } = restoreLinesOf(group, restorer);
      total += changed;
      for (const line of lines) restoredById.set(line.id, line);
    }
    return { ...page, lines: page.lines.map((l) => restoredById.get(l.id) ?? l) };
  });
  return { ...doc, pages, restoredSyllables: total };
}

/**
 * Old-OCR text loses line context inside table cells: a cell wrapped as
 * "Phong Noi" / "vu" restores "vu" alone (→ "vũ"). Once a task's cells are joined,
 * each value is restored again as one phrase, from its letters only (the source
 * had no diacritics to keep), so the whole unit name is its context.
 */
export function restoreTaskPhrases(task: Task, restorer: Restorer): Task {
  // a task's values are text of their own (no word boxes): syllables an OCR glued together ("thircpham") are parted first
  const letters = (text: string) => (restorer.splitGlued ? restorer.splitGlued(stripDiacritics(text)) : stripDiacritics(text));
  const phrase = (text: string) => (restorer.restorePhrase ?? restorer.restoreLine).call(restorer, letters(text)).text;
  // a unit's name ends in its level ("… Thống kê phường"), where the plain phrase would read "phương"
  const unit = (text: string) => restoreUnitWords((restorer.restoreUnitName ?? restorer.restoreLine).call(restorer, letters(text)).text);
  const units = { implementer: task.implementer.map(unit), coordinators: task.coordinators.map(unit), supervisor: task.supervisor.map(unit) };
  return {
    ...task,
    ...units,
    canonical: canonicalUnits(units),
    content: phrase(task.content),
    lead: task.lead ? phrase(task.lead) : task.lead,
    product: task.product ? phrase(task.product) : task.product,
  };
}

/** Level words that end a unit's name ("… tỉnh", "Thành ủy"), and the words they follow. */
const UNIT_WORD_FIXES: Array<{ re: RegExp; by: string }> = [
  // "UBMTTQVN tính", "CA tính", "Báo và PTTH tính;", "Điện lực tĩnh": the unit's province
  { re: /(?<=(?:^|[\s(])(?:\p{Lu}[\p{L}&.]*|lực|Nam|quan|thể|Hội|ngành|ban|viên|đoàn|tử))\s+(?:tính|tĩnh|tinh|tình|tịnh)(?=\s*(?:[;,.)]|và\s|$))/gu, by: ' tỉnh' },
  // "Thành úy", "Tỉnh uỷ", "Huyện úy": the Party committee of a level
  { re: /(?<=(?:^|\s)(?:Thành|Tỉnh|Huyện|Quận|Thị|Đảng|Xã|Phường)\s+)(?:úy|uý|uy|ùy|uỳ|ụy|uỵ|ũy|uỹ)(?![\p{L}])/gu, by: 'ủy' },
  // "Thanh phố", "thanh phối…" (its ";" read as "i…"): the city; "thanh phố" is no word
  { re: /(?<=^|[\s(])Thanh(?=\s+phố)/gu, by: 'Thành' },
  { re: /(?<=^|[\s(])thanh(?=\s+phố)/gu, by: 'thành' },
  // "Ban Thí đua - Khen thưởng": the emulation and commendation council ("thí đua" is no word)
  { re: /(?<=^|[\s(“"])Th[íìỉĩị](?=\s+đua\b)/gu, by: 'Thi' },
  // "Cống Thông tin điện tử": the portal ("cống" is a drain)
  { re: /(?<=^|[\s(-])Cống(?=\s+[Tt]hông\s+tin)/gu, by: 'Cổng' },
  // "Phố CVP", "Phố Giám đốc": the deputy
  { re: /(?<=(?:^|[\s,(]))Phố(?=\s+(?:CVP|CT|GĐ|GD|TGĐ|TP|TB|Chủ tịch|Chánh|Giám đốc|Trưởng|Thủ tướng|Bí thư|Viện trưởng)(?![\p{L}]))/gu, by: 'Phó' },
  // "Chanh, các PCVP": the office's head
  { re: /(?<=^|[\s(])Chanh(?=\s*(?:,|VP|Văn phòng|Thanh tra)(?![\p{L}]))/gu, by: 'Chánh' },
  // "Số: NN&MT, TC, …", "Số VHTTDL/…": the departments (a number label has no list after it)
  { re: /(?<=^|[\s/])(?:Số|So)(?=\s*(?::\s*\p{Lu}{2}|\s\p{Lu}{3,}(?![\p{Ll}])))/gu, by: 'Sở' },
];

/**
 * The level and office words of a unit's name or a recipient that the language model gets
 * wrong in short list items without marks, and tesseract in short items with them
 * ("UBMTTQVN tính" → "tỉnh", "Thường trực Thành úy" → "ủy", "Phố CVP" → "Phó CVP"): put
 * right where the words around them make the reading certain. Words with the right marks
 * are left as they are.
 */
export function restoreUnitWords(text: string): string {
  let out = text;
  for (const { re, by } of UNIT_WORD_FIXES) out = out.replace(re, by);
  return out;
}

/**
 * A title an old OCR wrapped over several lines was restored line by line, each line's
 * first and last words without the words across the break ("… TRUYỀN" / "THỐNG VỀ …"
 * for TRUYỀN THÔNG). Once structure has joined it, it is restored again whole, from its
 * letters, so every word has its neighbours. For text that had no marks only.
 */
export function restoreJoinedTitle(title: string, restorer: Restorer): string {
  const joined = restorer.restoreLine(stripDiacritics(title));
  // the first reading had the whole text around it ("… CỦA ĐẢNG" read as in the body): where the joined one is unsure, it stays
  const before = title.split(/(\s+)/);
  const after = joined.text.split(/(\s+)/);
  if (before.length !== after.length) return joined.text;
  const confidence = new Map(joined.tokens.map((t) => [t.offset, t.confidence]));
  let offset = 0;
  return after
    .map((part, i) => {
      const at = offset;
      offset += part.length;
      return (confidence.get(at) ?? 1) < SURE_JOINED_READING ? before[i] : part;
    })
    .join('');
}

/** Confidence of a reading of the joined title that replaces the first reading of its token: likelier than all its rivals together. */
const SURE_JOINED_READING = 0.5;
