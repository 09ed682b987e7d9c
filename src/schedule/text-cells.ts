/**
 * Schedule rows from old-OCR text that holds the table's cells one after another
 * (gialam-hdtdkt-2019.ocr.txt): the header's cells, then for each row its TT
 * number on a line of its own (or opening the row's first line), then each cell's
 * wrapped lines in column order, with group rows ("Tháng 3", "Cả năm", "QUÝ II")
 * between rows and sub-rows opened by "a)", "b)".
 *
 * How it reads:
 * - the column order comes from the header wording (columns.ts `rolesInOrder`);
 * - a row starts at the TT number that is expected next (1, 2, 3 …; 1 again after
 *   a group), so page numbers and counts in the text are not taken for one;
 * - a line goes on with the cell before when it starts in lower case or that cell
 *   is unfinished ("Trước ngày", "Văn phòng HĐND và", "… trên"); otherwise it opens
 *   the next column its kind fits (a deadline the deadline column, a unit list a
 *   unit column), or, being plain content, the next column in order;
 * - a deadline-like line once the row's deadline is filled is the next group row.
 */
import type { Line } from '../model/document.ts';
import { startsWithUnitHead, unitEndsOpen } from '../normalize/units.ts';
import { foldKey } from '../text/vietnamese.ts';
import type { TaskCells } from './build-task.ts';
import { HEADER_WORDS, rolesInOrder, type ColumnRole } from './columns.ts';
import { normalizeDeadline } from '../normalize/deadline.ts';
import { DEADLINE_START, classify, groupTitle, isDebris, isUpper, letters, unGarble } from './text-lines.ts';

/** One row read from the text: its cells by role, and its sub-rows' own cells. */
export interface CellsRow {
  no: string;
  groupTitle: string | null;
  /** the row's own cells; with sub-rows, its content is their lead-in */
  cells: TaskCells;
  subs: Array<{ sub: string; cells: TaskCells }>;
  firstLine: number;
  lastLine: number;
  confidence: number;
}

/** The order most schedule tables use, for a header the OCR lost. */
const DEFAULT_ORDER: ColumnRole[] = ['content', 'deadline', 'implementer', 'coordinators', 'supervisor'];
const ROW_NUMBER = /^(\d{1,2})\s*[.)]?$/;
const ROW_NUMBER_OPENING = /^(\d{1,2})(?:\s*[.)]\s*|\s+)(?=\p{Lu})(.+)$/u;
const SUB_MARKER = /^([a-zđ])\s*\)\s*/u;
const LONE_ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|X)\s*\.?$/;
const LEADERS = /^(?:lanh dao|chu tich|pho chu tich|pct|d\/c|dong chi|thuong truc)(?![a-z])/;
/** A group row numbered in Roman: "II. DẠY HỌC VÀ KIỂM TRA, ĐÁNH GIÁ". */
const ROMAN_GROUP = /^(?:I{1,3}|IV|VI{0,3}|IX|X)\.\s+\p{Lu}/u;
/** Words a content line does not end on unless its sentence goes on. */
const CONTENT_OPEN = /(?:[,\-–(“"]|(?:^|\s)(?:va|cua|cac|tai|voi|tren|trong|cho|ve|theo|thuoc|den|(?<!dien )tu|nhu|o|la|de|nham|ngay))$/;
/** A deadline is unfinished while it ends on one of these ("Tuần đầu" + "tháng 3"). */
const DEADLINE_OPEN = /(?:[,\-–(/]|(?:^|\s)(?:(?<!hang )(?:ngay|thang|quy|tuan)|truoc|tru\S{0,3}c|tu|den|dau|cuoi|giua|hang|trong|sau|tuan|dot|hoc ky|va))$/;

/** Unit names that need what follows ("Thành viên" + "Hội đồng TĐKT huyện"). */
const UNIT_OPEN = /(?:^|\s)(?:thanh vien|truong|thu truong|dai dien|mot so|toan the)$/;

/** Heads that name a unit for sure, unlike "Báo cáo …" (a product) or "Tổ chức …" (a duty). */
const NAMED_UNIT = /^(?:phong|so|ubnd|uy ban|van phong|ban|trung tam|cong an|hoi|truong|cuc|chi cuc|vien|huyen doan|tinh doan|thanh doan|bo|cong chuc|doi)(?:\s|$)/;

type LineKind = 'deadline' | 'leader' | 'unit' | 'content';

/** Stray marks the OCR made of rules and speckle: tokens with no letter or digit ("|", "■", "_", "•~’"). */
function cleanLine(text: string): string {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .filter((t) => /[\p{L}\p{N}]/u.test(t) || /^[-–(“"]$/.test(t))
    .join(' ')
    .trim();
}

/** OCR debris (most tokens no syllables), but not a sub-row marker or a leader ("a) Tháng", "Đ/c Chủ"). */
function isNoise(text: string): boolean {
  const body = text.replace(SUB_MARKER, '');
  if (!body) return true;
  return kindOf(body) === 'content' && isDebris(body);
}

function kindOf(text: string): LineKind {
  const folded = unGarble(foldKey(text));
  if (LEADERS.test(folded)) return 'leader';
  const kind = classify(text);
  // a deadline's first words alone on their line ("Tuần đầu", "Trước ngày", "Hằng") open the deadline cell
  if (kind === 'deadline' || (DEADLINE_START.test(folded) && text.length <= 24)) return 'deadline';
  if (kind === 'unit' || startsWithUnitHead(text) || /^(?:hoi dong|cong chuc|thanh vien|truong cac)(?:\s|$)/.test(folded)) return 'unit';
  return 'content';
}

/** Does a line of this kind fit a column of this role? */
function fits(kind: LineKind, role: ColumnRole): boolean {
  if (role === 'no') return false;
  if (kind === 'deadline') return role === 'deadline';
  if (kind === 'leader') return role === 'supervisor' || role === 'implementer' || role === 'coordinators';
  if (kind === 'unit') return role === 'implementer' || role === 'coordinators' || role === 'supervisor';
  return role !== 'deadline';
}

/** A header line: its words (OCR confusions undone) are header wording. */
function isHeaderLine(text: string): boolean {
  const words = unGarble(foldKey(text)).split(/[^a-z]+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || /\d/.test(text)) return false;
  return words.filter((w) => HEADER_WORDS.has(w)).length / words.length >= 0.7;
}

/** The header: where it ends and the column roles it names, in order. */
function readHeader(lines: string[]): { end: number; roles: ColumnRole[] } {
  let start = -1;
  let end = 0;
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const text = lines[i];
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    if (isHeaderLine(text)) {
      if (start < 0) start = i;
      end = i + 1;
    } else if (start >= 0) break;
  }
  if (start < 0) return { end: 0, roles: DEFAULT_ORDER };
  const roles = rolesInOrder(unGarble(foldKey(lines.slice(start, end).join(' ')))).filter((r) => r !== 'no');
  return { end, roles: roles.includes('content') && roles.length >= 2 ? roles : DEFAULT_ORDER };
}

/** The row number a line opens with, when it is the one expected (or the next, or 1 after a group). */
function rowNumber(text: string, expected: number, afterGroup: boolean): { value: number; rest: string } | null {
  const m = ROW_NUMBER.exec(text) ?? ROW_NUMBER_OPENING.exec(text);
  if (!m) return null;
  const value = Number(m[1]);
  const ok = value === expected || value === expected + 1 || (afterGroup && value === 1);
  return ok ? { value, rest: (m[2] ?? '').trim() } : null;
}

/** How many lines read as row numbers in order, alone on their line or opening it. */
export function cellsInOrderNumbers(lines: Line[]): number {
  let expected = 1;
  let count = 0;
  for (const line of lines) {
    const text = cleanLine(line.text);
    const n = rowNumber(text, expected, count > 0);
    if (n) {
      count++;
      expected = n.value + 1;
    }
  }
  return count;
}

interface CellState {
  role: ColumnRole;
  text: string;
}

/** Lines of one row (or sub-row) → cells by role, walking the columns in header order. */
class RowReader {
  cells: CellState[] = [];
  constructor(private readonly roles: ColumnRole[]) {}

  private get current(): CellState | undefined {
    return this.cells[this.cells.length - 1];
  }

  private columnIndex(): number {
    return this.current ? this.roles.indexOf(this.current.role) : -1;
  }

  has(role: ColumnRole): boolean {
    return this.cells.some((c) => c.role === role && c.text);
  }

  /** Is the cell being read unfinished, so that the next line goes on with it? */
  open(): boolean {
    const cell = this.current;
    if (!cell) return false;
    const folded = foldKey(cell.text);
    if (/\([^)]*$/.test(cell.text)) return true;
    if (cell.role === 'deadline') {
      const read = normalizeDeadline(cell.text, { planYear: 2000 });
      // "Quý I và Quý" reads as a deadline and is still unfinished
      return DEADLINE_OPEN.test(folded) || (!(read.due || read.recurrence) && !/\d/.test(folded) && folded.split(' ').length <= 2);
    }
    if (cell.role === 'content' || cell.role === 'product' || cell.role === 'note') return CONTENT_OPEN.test(folded);
    const unit = unGarble(folded);
    // "Đ/c Phó" + "Chủ tịch": a leader named by a title alone is not finished
    const leaderTitleOnly = LEADERS.test(unit) && !/\s/.test(unit.replace(/^(?:d\/c|dong chi)\s*/, ''));
    return unitEndsOpen(unit) || UNIT_OPEN.test(unit) || /[;,]$/.test(cell.text) || leaderTitleOnly;
  }

  /** Takes a line: it goes on with the current cell or opens the next column it fits ('row': the row's first line; 'cell': opens a cell). */
  take(text: string, how: 'row' | 'cell' | 'line'): void {
    if (how === 'row' || !this.current) {
      // a row's first line is its first column, whatever it reads like ("Tổ chức …" is no unit here)
      const role = how === 'row' ? this.roles[0] : this.nextRole(kindOf(text));
      this.cells.push({ role: role ?? this.roles[0], text });
      return;
    }
    if (how === 'cell') {
      // a sub-row marker ("b) Tháng 5/2019") always opens a cell
      this.cells.push({ role: this.nextRole(kindOf(text)) ?? this.current.role, text });
      return;
    }
    // a line that starts in lower case goes on; so does one that starts with a number, unless it is a
    // deadline of its own ("6 tháng đầu năm", "30/6/2023") — a year alone ("2019") is a wrapped word
    const numbered = /^\d/.test(text) && (/^\d{1,2}\s*\/\s*\d/.test(text) || (/^\d+\s+\p{L}/u.test(text) && kindOf(text) === 'deadline'));
    const lower = /^\p{Ll}/u.test(text) || (/^\d/.test(text) && !numbered);
    if (lower || this.open()) {
      this.current.text += ` ${text}`;
      return;
    }
    const kind = kindOf(text);
    // plain text goes on with content and with a unit name ("Trường Cao đẳng" + "Sư phạm Nam" + "Định"),
    // except that a closed content cell is followed by a text column next to it ("Sản phẩm")
    const textColumn = (r: ColumnRole | undefined) => r === 'product' || r === 'note';
    const at = this.columnIndex();
    let role: ColumnRole | null;
    const nextIsText = textColumn(this.roles[at + 1]) && !this.has(this.roles[at + 1]);
    if (this.current.role === 'content' && nextIsText && (kind === 'content' || (kind === 'unit' && !NAMED_UNIT.test(unGarble(foldKey(text)))))) role = this.roles[at + 1];
    else if (kind === 'content' && this.current.role === 'content') role = null;
    else if (kind === 'content' && /^(?:implementer|coordinators|supervisor)$/.test(this.current.role)) role = null;
    else role = this.nextRole(kind);
    if (role) this.cells.push({ role, text });
    else this.current.text += ` ${text}`;
  }

  /** The next column a line of this kind fits, after the current one; else an empty one of its kind. */
  private nextRole(kind: LineKind): ColumnRole | null {
    const at = this.columnIndex();
    // a leader ("Đ/c Chủ tịch") is the supervisor when the table has that column
    if (kind === 'leader' && this.roles.indexOf('supervisor') > at && !this.has('supervisor')) return 'supervisor';
    const later = this.roles.slice(at + 1).find((r) => fits(kind, r) && !this.has(r));
    if (later) return later;
    if (kind === 'content') return null;
    const earlier = this.roles.find((r) => fits(kind, r) && !this.has(r));
    if (earlier) return earlier;
    // what fits no column of its kind any more is a remark: the text column after ("Ghi chú")
    return this.roles.slice(at + 1).find((r) => (r === 'note' || r === 'product') && !this.has(r)) ?? null;
  }

  /** Would a line open a column of this row, or is the row done with it (a deadline once the deadline is read)? */
  wouldBeGroup(text: string): boolean {
    if (!this.current || /^[\p{Ll}\d]/u.test(text) || this.open()) return false;
    if (kindOf(text) !== 'deadline' || !this.has('deadline') || text.length > 40) return false;
    const read = normalizeDeadline(text, { planYear: 2000 });
    return Boolean(read.due || read.recurrence); // "Cả năm", "Tháng 4 - Tháng 6"; not "Theo" opening a remark
  }

  result(): TaskCells {
    const by = (role: ColumnRole) =>
      this.cells
        .filter((c) => c.role === role)
        .map((c) => c.text)
        .join(role === 'content' ? ' ' : '; ');
    const extra = Object.fromEntries(this.cells.filter((c) => c.role === 'product' || c.role === 'note').map((c) => [c.role, c.text]));
    return {
      content: by('content'),
      deadline: by('deadline'),
      implementer: by('implementer'),
      coordinators: by('coordinators'),
      supervisor: by('supervisor'),
      product: by('product'),
      ...(extra.note ? { extra: { 'Ghi chú': extra.note } } : {}),
    };
  }
}

/**
 * A single unit list that starts "Các …" in a table with both unit columns is the
 * coordinators: the implementer is one specific unit (its cell is often merged
 * across rows and read once).
 */
function placeUnits(cells: TaskCells, roles: ColumnRole[]): TaskCells {
  if (!roles.includes('coordinators') || !cells.implementer || cells.coordinators) return cells;
  if (!/^(?:cac|truong cac|thanh vien)\s/.test(unGarble(foldKey(cells.implementer)))) return cells;
  return { ...cells, implementer: '', coordinators: cells.implementer };
}

function inherit(own: TaskCells, row: TaskCells): TaskCells {
  const pick = (k: keyof Omit<TaskCells, 'extra'>) => (own[k] as string | undefined) || (row[k] as string | undefined) || '';
  return {
    content: own.content,
    deadline: pick('deadline'),
    implementer: pick('implementer'),
    coordinators: own.implementer && !own.coordinators && row.coordinators ? row.coordinators : pick('coordinators'),
    supervisor: pick('supervisor'),
    product: pick('product'),
  };
}

function confidenceOf(cells: TaskCells): number {
  let c = 0.45;
  if (cells.content) c += 0.1;
  if (cells.deadline) c += 0.15;
  if (cells.implementer || cells.coordinators) c += 0.1;
  if (cells.supervisor) c += 0.05;
  return Math.min(0.85, c);
}

/** Reads the rows of a cells-in-order table from the lines of its region. */
export function readCellsInOrder(lines: Line[]): CellsRow[] {
  const texts = lines.map((l) => cleanLine(l.text));
  const { end, roles } = readHeader(texts);
  const rows: CellsRow[] = [];
  let group: string | null = null;
  let groupOpen = false;
  let repeatedHeader = false;
  let expected = 1;
  let current: { no: string; group: string | null; reader: RowReader; subs: Array<{ sub: string; reader: RowReader }>; first: number; last: number } | null = null;

  const finish = () => {
    if (!current) return;
    const rowCells = placeUnits(current.reader.result(), roles);
    const subs = current.subs.map((s) => {
      const cells = inherit(placeUnits(s.reader.result(), roles), rowCells);
      return { sub: s.sub, cells };
    });
    rows.push({
      no: current.no,
      groupTitle: current.group,
      cells: rowCells,
      subs,
      firstLine: current.first,
      lastLine: current.last,
      confidence: confidenceOf(subs.length ? subs[0].cells : rowCells) - (subs.length ? 0.1 : 0),
    });
    current = null;
  };

  for (let i = end; i < texts.length; i++) {
    const text = texts[i];
    if (!text || (letters(text) === 0 && !/\d/.test(text))) continue;
    const number = rowNumber(text, expected, groupOpen);
    if (number) {
      finish();
      expected = number.value + 1;
      groupOpen = false;
      current = { no: String(number.value), group, reader: new RowReader(roles), subs: [], first: i, last: i };
      if (number.rest) current.reader.take(number.rest, 'row');
      continue;
    }
    const reader: RowReader | undefined = current ? (current.subs.length ? current.subs[current.subs.length - 1].reader : current.reader) : undefined;
    const open = reader?.open() ?? false;
    // a number or a numeral alone ends an unfinished cell ("Từ tháng 4 đến tháng" + "6", "Quý I và Quý" + "III");
    // otherwise it is a page number, or a count, or the number of a group row whose title follows
    if (!open && (ROW_NUMBER.test(text) || LONE_ROMAN.test(text))) continue;
    // the header again after a page break: from its "TT" through its header wording
    if (!open && /^s?tt$/i.test(text)) repeatedHeader = true;
    if (repeatedHeader && isHeaderLine(text)) continue;
    repeatedHeader = false;
    // a group row: an upper-case title anywhere, or a period once the row has its deadline
    const upperGroup = isUpper(text) ? (ROMAN_GROUP.test(text) ? text : groupTitle(text)) : null;
    if (upperGroup || (reader ? reader.wouldBeGroup(text) : kindOf(text) === 'deadline' || /^(?:ca nam|nhiem vu|cac nhiem vu)/.test(foldKey(text)))) {
      finish();
      group = upperGroup ?? text;
      groupOpen = true;
      continue;
    }
    if (groupOpen && !current) {
      if (/^\p{Ll}/u.test(text) && group) group = `${group} ${text}`;
      continue; // between a group row and its first number: nothing else belongs to a row
    }
    if (!current || isNoise(text)) continue;
    current.last = i;
    const sub = SUB_MARKER.exec(text);
    if (sub) {
      const letter = sub[1];
      const body = text.slice(sub[0].length);
      let item = current.subs.find((s) => s.sub === letter);
      if (!item) {
        item = { sub: letter, reader: new RowReader(roles) };
        current.subs.push(item);
        item.reader.take(body, kindOf(body) === 'content' ? 'row' : 'cell');
      } else item.reader.take(body, 'cell');
      continue;
    }
    const into = current.subs.length ? current.subs[current.subs.length - 1].reader : current.reader;
    into.take(text, into.cells.length ? 'line' : 'row');
  }
  finish();
  return withMergedCells(rows, roles);
}

/**
 * A row without its implementer or supervisor, though its other units were read: that
 * cell is merged with a neighbouring row's and its text was read once, in the row above
 * (top-aligned) or below (centred). The row takes it from the row above in its group,
 * else from the row below, less sure.
 */
function withMergedCells(rows: CellsRow[], roles: ColumnRole[]): CellsRow[] {
  const out: CellsRow[] = [];
  rows.forEach((row, i) => {
    let cells = row.cells;
    if (row.subs.length === 0 && (cells.implementer || cells.coordinators || cells.supervisor)) {
      for (const role of ['implementer', 'supervisor'] as const) {
        if (cells[role] || !roles.includes(role)) continue;
        // the row above as already completed: a cell merged over three rows reaches the third
        const near = [out[i - 1], rows[i + 1]].find((r) => r && r.groupTitle === row.groupTitle && r.cells[role]);
        if (near) cells = { ...cells, [role]: near.cells[role] };
      }
    }
    out.push(cells === row.cells ? row : { ...row, cells, confidence: row.confidence - 0.1 });
  });
  return out;
}
