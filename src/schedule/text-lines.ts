/**
 * What a line of an old-OCR schedule table says, whatever the layout the OCR left
 * it in: header wording, group rows, debris, and the kind of a cell's text
 * (deadline, unit list, content). Shared by the interleaved reader (text-table.ts)
 * and the cells-in-order reader (text-cells.ts).
 */
import type { Line } from '../model/document.ts';
import { normalizeDeadline } from '../normalize/deadline.ts';
import { startsWithUnitHead } from '../normalize/units.ts';
import { foldKey } from '../text/vietnamese.ts';

export type Kind = 'number' | 'group' | 'deadline' | 'unit' | 'content';

/** Words of the header row, with the OCR's usual misreadings of them. */
export const HEADER_VOCABULARY = new Set('tt stt chu chii tri chi dao thoi thai gian hoan thanh don vi vj v| thuc thirc thu*c thyc hien phoi hop dung cong vice viec'.split(' '));
export const CAPTION = /^(?:bieu|phu luc|tien do)(?![a-z])|(?:^|\s)bieu (?:tien do|thuc hien|thug hien)/;
export const GROUP_START = /^(?:quy|thang|nam|6 thang|dot|giai doan|cac nhiem vu|nhiem vu|linh vuc|nhom)(?![a-z])/;
export const DEADLINE_START = /^(?:thang|quy|truoc|tru\S{0,3}c|tu thang|tu ngay|hang|hang thang|thuong|dinh ky|theo|tuan|nam \d|ca nam|dau nam|cuoi nam|6 thang|sau|khi|trong thang|hoc ky|giai doan|\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?|\d{4})(?![a-z])/;
export const SUPERVISOR = /^(?:lanh dao|chu tich|pho chu tich|d\/c|dong chi|thuong truc|h\S?i\s+d\S{1,3}[ge]|truong ban|ban chi dao|cum thi dua)(?![a-z])/;
export const ROMAN_TAIL = /\s*(I{1,3}|IV|V|VI{1,3}|IX|X)$/;


export function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}


/** Splits a line where two cells were glued: "2021Phong", "vuHuong", "TPCac". */
export function unglue(text: string): string[] {
  return text
    .replace(/(?<=[\p{Ll}\d)”"’;:,])(?=\p{Lu}\p{Ll})/gu, '\u0000')
    .replace(/(?<=\p{Lu}{2,})(?=\p{Lu}\p{Ll}{2,})/gu, '\u0000')
    // a deadline cell read on the same line after a space: "TDKT quan Thang"
    .replace(/(?<=[”"])\s+(?=\p{Lu})/gu, '\u0000') // a cell after a quoted title: "… phát triển” Các ngành"
    .replace(/(?<=\p{Ll})-\s+(?=\p{Lu}\p{Ll}*\s[^\n]*[“"])/gu, '\u0000') // "Phong Y te- Thi dua “An toan …”"
    .replace(/(?<=\S)\s+(?=(?:Thang|Tháng|Truoc|Trước|Trudc|Quy|Quý)(?:\s|$))/gu, '\u0000')
    .split('\u0000')
    .map((s) => s.trim())
    .filter(Boolean);
}


/** Unit heads as old OCR spells them ("Hdi ddng", "Hoi d6ng", "Phong", "Ban quan ly"). */
export const FUZZY_UNIT_HEAD = /^(?:ph\S?ng\s+\S|h\S?i\s+d\S{1,3}[ge](?:\s|$)|ban\s+(?:quan ly|ql)|van phong\s|lien doan\s|trung tam\s|cong an\s|ubnd\s)/;

export function isHeaderPiece(folded: string): boolean {
  const words = folded.split(/[^a-z|*]+/).filter(Boolean);
  if (words.length === 0 || folded.length > 45 || /\d/.test(folded)) return false;
  return words.filter((w) => HEADER_VOCABULARY.has(w)).length / words.length >= 0.7 || /noi dung cong vi/.test(folded);
}

/** True for OCR debris: most tokens are not syllables ("fciV'v' i", "^ 7 r"). */
export function isDebris(text: string): boolean {
  // tokens without letters (numbers, dates, dashes) say nothing either way
  const tokens = text.split(/\s+/).filter((t) => /\p{L}/u.test(t));
  if (tokens.length === 0) return !/\d/.test(text);
  const good = tokens.filter((t) => /^[(“"']?\p{L}{2,}[.,;:)”"'’-]*$/u.test(t) && /[aeiouyăâêôơư]|\p{Lu}{2,}/iu.test(stripMarks(t)));
  return good.length / tokens.length < 0.6 && !/\d{1,2}\s*\/\s*\d{1,4}/.test(text);
}


/** Drops stray marks before the first word: "^ X /y fvj, doan the quan" → "fvj, doan the quan". */
export function dropLeadingDebris(text: string): string {
  const tokens = text.trim().split(/\s+/);
  while (tokens.length > 1 && (tokens[0].match(/\p{L}/gu) ?? []).length <= 1 && !/^\d/.test(tokens[0]) && !/^[“"(]\p{L}/u.test(tokens[0])) tokens.shift();
  return tokens.join(' ');
}

export function stripMarks(t: string): string {
  return t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function isUpper(text: string): boolean {
  const ls = text.match(/\p{L}/gu) ?? [];
  return ls.length >= 3 && ls.filter((c) => c === c.toLocaleUpperCase('vi')).length / ls.length >= 0.85;
}

/** A group row's title from an upper-case line, e.g. "QUY 11/2021II" → "QUÝ II/2021". */
export function groupTitle(text: string): string | null {
  const trimmed = text.trim();
  if (!isUpper(trimmed)) return null;
  const folded = foldKey(trimmed);
  if (!GROUP_START.test(folded) && !ROMAN_TAIL.test(trimmed)) return null;
  if (!GROUP_START.test(folded) && letters(trimmed) < 12) return null;
  let title = trimmed.replace(ROMAN_TAIL, '').trim();
  // OCR reads Roman numerals of quarters as digits: "QUY 11/2021" is QUÝ II/2021
  const quarter = /^(\S+)\s+(1{1,3}|1V|IV|I{1,3})(?=\s*\/|\s|$)/u.exec(title);
  if (quarter && foldKey(quarter[1]) === 'quy') title = `QUÝ ${quarter[2].replace(/1/g, 'I')}${title.slice(quarter[0].length)}`;
  const month = /^(\S+)(?=\s+\d)/u.exec(title);
  if (month && foldKey(month[1]) === 'thang') title = `THÁNG${title.slice(month[0].length)}`;
  return title;
}

export function classify(text: string): Kind {
  const folded = foldKey(text);
  if (DEADLINE_START.test(folded) && text.length <= 48) {
    const d = normalizeDeadline(text, { planYear: 2000 });
    if (d.due || d.recurrence || d.confidence >= 0.7 || /^(?:thang|truoc|tru\S{0,3}c|theo|hang|thuong|tu)$/.test(folded)) return 'deadline';
  }
  if (/^to chuc\s/.test(folded) && text.length > 30) return 'content';
  if ((startsWithUnitHead(text) || FUZZY_UNIT_HEAD.test(folded)) && text.length <= 60 && !/^(?:cac|nhung)\s+(?:noi dung|nhiem vu|phong trao|hoat dong)/.test(folded)) return 'unit';
  if (/^\p{Lu}{3,}$/u.test(text.replace(/[&\-,.]/g, ''))) return 'unit'; // a lone acronym: "DTXD", "QLDT"
  return 'content';
}


/** The region of the table: from its caption or first header line to "Nơi nhận" or the end. */
/** Captions of annexes that are not schedules: score sheets, criteria, lists, forms, estimates. */
const NOT_A_SCHEDULE = /^(?:(?:phu luc\s*[ivx\d]*\s*[:.-]?\s*)?(?:thang diem|bang diem|bang cham diem|tieu chi|tieu chuan|danh sach|danh muc|mau|bieu mau|du toan|tong hop kinh phi|kinh phi)|stt tieu chi)(?![a-z])/;

export function tableRegion(lines: Line[]): { from: number; to: number } | null {
  let from = -1;
  for (let i = 0; i < lines.length; i++) {
    const folded = foldKey(lines[i].text);
    if (CAPTION.test(folded) && isUpper(lines[i].text)) {
      // "PHỤ LỤC / THANG ĐIỂM THI ĐUA …": an annex of another kind (scores, lists, forms) holds no tasks
      if (lines.slice(i, i + 3).some((l) => NOT_A_SCHEDULE.test(foldKey(l.text)))) continue;
      from = i;
      break;
    }
    const headerHits = unglue(lines[i].text).filter((p) => isHeaderPiece(foldKey(p))).length;
    if (headerHits >= 2 && /noi dung/.test(folded)) {
      from = i;
      break;
    }
  }
  if (from < 0) return null;
  let to = lines.length;
  for (let i = from + 1; i < lines.length; i++) if (/^noi nhan\s*:?/.test(foldKey(lines[i].text))) to = i;
  return { from, to: to > from ? to : lines.length };
}


/**
 * A folded text with old OCR's usual confusions undone, for matching wording (not
 * for output): "ư" read as "ir" ("thirc" → "thuc"), "ộ"/"ợ" as "p" right after the
 * initial consonants ("Npi dung", "phoi hpp"), "ủ" as "ii" ("chii tri", "ciia"), "m" as "rn" ("Trung tarn"), "vị" as "vj".
 */
export function unGarble(folded: string): string {
  return folded
    .split(' ')
    .map((w) => {
      let x = w.replace(/ir/g, 'u').replace(/ii/g, 'u').replace(/rn/g, 'm').replace(/^vj$|^v\|$/, 'vi');
      // no Vietnamese syllable has "p" right after its initial consonants: it stands for the vowel
      x = x.replace(/^(ngh|ch|gh|gi|kh|ng|nh|ph|th|tr|[bcdghklmnrstvx])p(?=[a-z]{0,3}$)/, '$1o');
      return x;
    })
    .join(' ');
}
