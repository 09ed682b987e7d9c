/**
 * Schedule rows from text an older OCR produced, without geometry (the seed's
 * appendix): the OCR read the ruled table line by line across the columns, so the
 * cells of one row are interleaved and glued ("Thang 2/2021Phong Noi vu10.").
 *
 * What the text still gives, and what this reads it from:
 * - the region: a caption ("BIỂU", "PHỤ LỤC", "TIẾN ĐỘ") or a header line with the
 *   column wording (TT, Nội dung công việc, Đơn vị thực hiện …), to the end or to
 *   "Nơi nhận";
 * - rows: the TT numbers, which run 1, 2, 3 … and restart after a group row
 *   ("QUÝ II/2021", an upper-case line); a number is sought only where it is
 *   expected, so dates and counts are not taken for one;
 * - cells: pieces split where cells were glued, each judged a deadline (it parses
 *   as one), a unit list (it opens with a unit head word) or content; wrapped lines
 *   joined by their length (a line that filled its column goes on);
 * - where a tall row's text spills past its number, the pieces nearest the next
 *   number up to one content, one deadline and four unit lists go with it.
 * Every task carries a confidence that says how sure the reading is (≤ 0.85).
 */
import type { Reporter } from '../diagnostics/diagnostic.ts';
import type { Line } from '../model/document.ts';
import type { Task } from '../model/plan.ts';
import { foldKey } from '../text/vietnamese.ts';
import { buildTask, groupSlug, type TaskCells } from './build-task.ts';
import {
  FUZZY_UNIT_HEAD, SUPERVISOR, classify, dropLeadingDebris, groupTitle, isDebris, isHeaderPiece, letters, tableRegion, unglue, type Kind,
} from './text-lines.ts';
import { cellsInOrderNumbers, readCellsInOrder } from './text-cells.ts';

export interface TextTableContext {
  planYear: number | null;
  reporter?: Reporter;
}

interface Piece {
  kind: Kind;
  text: string;
  line: number;
  /** length of the piece's last physical line (pieces grow by joining wrapped lines) */
  lastLength: number;
}

interface TextRow {
  no: string;
  groupTitle: string | null;
  groupSlug: string | null;
  pieces: Piece[];
  firstLine: number;
  lastLine: number;
  /** the row's text was cut from its neighbour's by role counts, not by a number */
  split: boolean;
}

/** "… năm 2021 Phong Noi vu": a short unit name read after the content on its line. */
function splitTrailingUnit(text: string): string[] {
  const words = text.trim().split(/\s+/);
  if (words.length < 3 || /,/.test(words.slice(-5).join(' '))) return [text];
  for (let k = Math.max(1, words.length - 5); k <= words.length - 2; k++) {
    const tail = words.slice(k).join(' ');
    if (/^\p{Lu}/u.test(tail) && FUZZY_UNIT_HEAD.test(foldKey(tail)) && !/[,;]$/.test(words[k - 1])) return [words.slice(0, k).join(' '), tail];
  }
  return [text];
}

/**
 * "… đoàn thể quận các phường": a list of units whose comma the OCR lost. "các" right
 * after an administrative level opens the next unit (no unit's name goes on "quận các");
 * the comma goes back so the units split there. Folding keeps NFC lengths, so offsets carry over.
 */
export function commaBeforeList(text: string): string {
  const folded = foldKey(text);
  if (folded.length !== text.length) return text;
  let out = '';
  let from = 0;
  for (const m of folded.matchAll(/(?<![\p{L}])(?:quan|huyen|phuong|xa|thi tran|tinh|thanh pho)(?= cac )/gu)) {
    const end = m.index + m[0].length;
    out += text.slice(from, end) + ',';
    from = end;
  }
  return out + text.slice(from);
}

/** Finds the expected row number in a line: "vu1.", "01/20214.", "8.", "5. To chuc". */
function findNumber(text: string, expected: number): { at: number; length: number } | null {
  const n = String(expected);
  const re = new RegExp(`(?:(?<=\\/(?:19|20)\\d{2})|(?<![\\d/.,]))${n}\\s?\\.(?![\\d/])`, 'g');
  let best: { at: number; length: number } | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // a number in running text ("năm 2020 1. …") is rare; prefer one at the end or start of the line
    const atEdge = m.index + m[0].length >= text.trimEnd().length || m.index === text.length - text.trimStart().length;
    const glued = /[\p{L})]$/u.test(text.slice(0, m.index)) || /\/\d{4}$/.test(text.slice(0, m.index));
    if (atEdge || glued) best = { at: m.index, length: m[0].length };
  }
  return best;
}

/** Pieces of the region's lines, with numbers found where expected and group rows marked. */
export function piecesOf(lines: Line[]): Piece[] {
  const pieces: Piece[] = [];
  let expected = 1;
  lines.forEach((line, index) => {
    const text = line.text.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (letters(text) === 0 && !/\d/.test(text)) return;
    const title = groupTitle(text);
    if (title) {
      pieces.push({ kind: 'group', text: title, line: index, lastLength: title.length });
      expected = 1;
      return;
    }
    const parts: Array<{ text: string; number?: boolean }> = [];
    const found = findNumber(text, expected) ?? findNumber(text, expected + 1);
    if (found) {
      const value = Number(text.slice(found.at, found.at + found.length).replace(/\D/g, ''));
      parts.push({ text: text.slice(0, found.at) }, { text: String(value), number: true }, { text: text.slice(found.at + found.length) });
      expected = value + 1;
    } else parts.push({ text });
    // the unit read just before the number, after the content on its line: "… năm 2021 Phong Noi vu1."
    for (const [k, part] of parts.entries()) {
      const beforeNumber = found !== null && k === 0;
      if (part.number) {
        pieces.push({ kind: 'number', text: part.text, line: index, lastLength: part.text.length });
        continue;
      }
      const glued = unglue(part.text);
      if (beforeNumber && glued.length) glued.push(...splitTrailingUnit(glued.pop()!));
      for (const piece of glued) {
        const folded = foldKey(piece);
        // debris: stray marks, lone letters, page furniture
        if (letters(piece) < 3 && !/\d{1,2}\s*\/\s*\d{2,4}|(?:19|20)\d{2}/.test(piece)) continue;
        if (isDebris(piece) || isHeaderPiece(folded)) continue;
        // "7vi": a diacritic the OCR read as a digit, glued to the word
        const clean = dropLeadingDebris(piece).replace(/^\d(?=\p{Ll})/u, '');
        pieces.push({ kind: classify(clean), text: clean, line: index, lastLength: clean.length });
      }
    }
  });
  return joinWrapped(pieces);
}

/** A unit or deadline piece that ends here is not finished: the next line goes on with it. */
const ENDS_OPEN = /(?:[,\-–(&/]|(?:^|\s)(?:va|cua|cac|tai|voi|theo|thuoc|den|tu|hoi dong|lanh dao|van phong|uy ban|trung tam|ban quan ly|chu tich|d\/c|dong chi|co quan|phong|ban|don vi|thang|truoc|tru\S{0,3}c|du kien|kien|quy|so|kh|ke hoach|h\S?i\s+d\S{1,3}[ge]))$/;

function join(into: Piece, piece: Piece): void {
  into.text += ` ${piece.text}`;
  into.lastLength = piece.lastLength;
  into.line = piece.line;
}

/** The usual length of a content line: wrapped lines are about this long. */
function contentWidth(pieces: Piece[]): number {
  const lengths = pieces.filter((p) => p.kind === 'content').map((p) => p.text.length).sort((a, b) => a - b);
  return Math.max(30, lengths[Math.floor(lengths.length * 0.75)] ?? 30);
}

/**
 * Joins wrapped lines. Unit columns are narrow and content wide, so a short
 * continuation goes on an open unit list, a long one on the content; a line that
 * starts in upper case goes on only where the piece before is plainly unfinished
 * (a unit list ending in "," or a head word like "Hội đồng"; a content line that
 * filled its column).
 */
function joinWrapped(pieces: Piece[]): Piece[] {
  const width = contentWidth(pieces);
  const out: Piece[] = [];
  const lastOf = (kind: Kind) => {
    for (let i = out.length - 1; i >= 0; i--) {
      if (out[i].kind === 'number' || out[i].kind === 'group') return null;
      if (out[i].kind === kind) return out[i];
    }
    return null;
  };
  for (const [k, piece] of pieces.entries()) {
    const firstOnLine = k === 0 || pieces[k - 1].line !== piece.line;
    if (piece.kind === 'number' || piece.kind === 'group') {
      out.push(piece);
      continue;
    }
    const short = piece.text.length <= 0.55 * width;
    const lower = /^[\p{Ll}\d(]/u.test(piece.text);
    const deadline = lastOf('deadline');
    if (deadline && (ENDS_OPEN.test(foldKey(deadline.text)) || /\([^)]*$/.test(deadline.text)) && piece.text.length <= 24 && piece.kind !== 'unit') {
      join(deadline, piece);
      continue;
    }
    const unit = lastOf('unit');
    const content = lastOf('content');
    const unitOpen = unit !== null && ENDS_OPEN.test(foldKey(unit.text));
    if (unit && piece.kind === 'unit' && /^\p{Lu}{3,}$/u.test(piece.text.replace(/[&\-,.]/g, '')) && unit.line >= piece.line - 1) {
      join(unit, piece); // "Ban quan ly du an" + "DTXD"
      continue;
    }
    const contentOpen = content !== null && content.lastLength >= 0.6 * width && !/[.;:”"]$/.test(content.text);
    if (lower && deadline && /^(?:den|toi|truoc|tru\S{0,3}c|tnxoc|\d{1,2}\s*\/)/.test(foldKey(piece.text)) && piece.text.length <= 24) {
      join(deadline, piece); // "Tháng 3/2021" … "đến trước 15/4/2021"
      continue;
    }
    if (lower) {
      // a short line of list words ("vi, doan the quan, cac") goes on the unit list
      const listLike = short && /,|(?:^|\s)(?:cac|phuong|xa|quan|huyen|don vi|doan the|truong|lien quan)(?:\s|,|$)/.test(foldKey(piece.text));
      const into = short && unit && (unitOpen || listLike) ? unit : contentOpen ? content : short && unit ? unit : content;
      if (into) {
        join(into, piece);
        continue;
      }
    } else if (piece.kind !== 'deadline') {
      // "… năm 2021 Hoi dong" + "TDKT quan": a unit head glued to the end of a content line
      const head = content ? /\s((?:H\S?i\s+d\S{1,3}[ge]|Hội đồng|L\S{1,2}nh\s+d\S{1,2}o|Lãnh đạo|Ph\S{1,2}ng|Phòng))$/u.exec(content.text) : null;
      if (head && /^\p{Lu}{2,}(?:\s|$)/u.test(piece.text)) {
        content!.text = content!.text.slice(0, head.index);
        out.push({ ...piece, kind: 'unit', text: `${head[1]} ${piece.text}` });
        continue;
      }
      if (unitOpen && short && /(?:,|-|(?:^|\s)(?:h\S?i\s+d\S{1,3}[ge]|lanh dao|van phong|uy ban|ban quan ly|chu tich|d\/c|co quan|don vi|cac|va|cua|thuoc|so))$/.test(foldKey(unit!.text))) {
        join(unit!, piece);
        continue;
      }
      if (piece.kind === 'content' && contentOpen && content!.lastLength >= 0.75 * width && !/^[“"]/.test(piece.text)) {
        join(content!, piece);
        continue;
      }
      // a content line that filled its column goes on: its next line, though it opens like a unit
      // ("… và đại biểu" + "Hội đồng nhân dân các cấp", "… cơ quan" + "UBND quận"), is its last
      if (piece.kind === 'unit' && contentOpen && content!.lastLength >= 0.75 * width && piece.line === content!.line + 1 && piece.text.length <= 0.6 * width && firstOnLine) {
        join(content!, piece);
        continue;
      }
    }
    out.push({ ...piece });
  }
  return out;
}

/** Groups pieces into rows at the TT numbers; pieces past a tall row's number go back to it. */
function rowsOf(pieces: Piece[]): TextRow[] {
  const rows: TextRow[] = [];
  let group: { title: string | null; slug: string | null } = { title: null, slug: null };
  let groups = 0;
  let pending: Piece[] = [];
  const flushTo = (row: TextRow | undefined) => {
    if (row && pending.length) row.pieces.push(...pending);
    pending = [];
  };
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece.kind === 'group') {
      flushTo(rows[rows.length - 1]);
      groups++;
      group = { title: piece.text, slug: groupSlug(piece.text, groups) };
      continue;
    }
    if (piece.kind !== 'number') {
      pending.push(piece);
      continue;
    }
    // the row takes the pieces nearest its number; what is more than one row holds goes to the row before
    const previous = rows[rows.length - 1];
    const sameGroup = previous && previous.groupTitle === group.title;
    let cut = 0;
    let split = false;
    const previousContents = previous ? previous.pieces.filter((p) => p.kind === 'content').length : 0;
    const pendingDeadlines = pending.filter((p) => p.kind === 'deadline').length;
    if (sameGroup && (previousContents >= 2 || pendingDeadlines >= 2)) {
      const counts = { content: 0, deadline: 0, unit: 0 };
      // a row has one list of "Các …" units (its coordinators): an earlier one is the row before's
      let lists = 0;
      for (let k = pending.length - 1; k >= 0; k--) {
        const kind = pending[k].kind as 'content' | 'deadline' | 'unit';
        counts[kind]++;
        if (kind === 'unit' && /^C[aá]c\s/u.test(pending[k].text)) lists++;
        if (counts.content > 1 || counts.deadline > 1 || counts.unit > 4 || lists > 1) {
          cut = k + 1;
          split = true;
          break;
        }
      }
      if (cut > 0) previous.pieces.push(...pending.slice(0, cut));
    }
    const own = pending.slice(cut);
    pending = [];
    // pieces on the number's own line, after it, are the row's too
    while (i + 1 < pieces.length && pieces[i + 1].line === piece.line && pieces[i + 1].kind !== 'number' && pieces[i + 1].kind !== 'group') own.push(pieces[++i]);
    rows.push({
      no: piece.text,
      groupTitle: group.title,
      groupSlug: group.slug,
      pieces: own,
      firstLine: Math.min(piece.line, ...own.map((p) => p.line)),
      lastLine: Math.max(piece.line, ...own.map((p) => p.line)),
      split,
    });
  }
  flushTo(rows[rows.length - 1]);
  return rows;
}

/** Content pieces of a row with sub-items: a lead-in, then one item per piece (a quoted title splits off the lead). */
function subItems(contents: string[]): { lead: string | null; items: string[] } | null {
  if (contents.length < 3) return null;
  const first = contents[0];
  const quote = first.search(/[“"]/);
  if (quote > 10) return { lead: first.slice(0, quote).trim(), items: [first.slice(quote).trim(), ...contents.slice(1)] };
  if (/:$/.test(first)) return { lead: first.replace(/:$/, '').trim(), items: contents.slice(1) };
  return { lead: null, items: contents };
}

function cellsOf(row: TextRow): { cells: TaskCells; contents: string[]; confidence: number } {
  const contents = row.pieces.filter((p) => p.kind === 'content').map((p) => p.text);
  const deadlines = row.pieces.filter((p) => p.kind === 'deadline').map((p) => p.text);
  const units = row.pieces.filter((p) => p.kind === 'unit').map((p) => commaBeforeList(p.text.replace(/[;,]$/, '')));
  const supervisors = units.filter((u) => SUPERVISOR.test(foldKey(u)));
  const others = units.filter((u) => !supervisors.includes(u));
  // the implementer is the one specific unit (often glued to the number); lists of "các …" coordinate
  const specific = others.filter((u) => !/^(?:cac|nhung)\s/.test(foldKey(u)));
  const implementer = specific.length ? specific[specific.length - 1] : (others[0] ?? '');
  const coordinators = others.filter((u) => u !== implementer);
  let confidence = 0.45;
  if (deadlines.length === 1) confidence += 0.15;
  if (contents.length >= 1) confidence += 0.1;
  if (implementer) confidence += 0.1;
  if (supervisors.length) confidence += 0.05;
  if (row.split) confidence -= 0.15;
  return {
    cells: { content: contents.join(' '), implementer, coordinators: coordinators.join('; '), supervisor: supervisors.join('; '), deadline: deadlines[0] ?? '' },
    contents,
    confidence: Math.min(0.85, confidence),
  };
}

/** Tasks of a cells-in-order table (text-cells.ts): one per row, or one per sub-row with the row's cells inherited. */
function cellsInOrderTasks(regionLines: Line[], context: TextTableContext): Task[] {
  const tasks: Task[] = [];
  const slugs = new Map<string | null, string | null>();
  readCellsInOrder(regionLines).forEach((row, index) => {
    if (!slugs.has(row.groupTitle)) slugs.set(row.groupTitle, groupSlug(row.groupTitle, slugs.size + 1));
    const first = regionLines[row.firstLine];
    const last = regionLines[row.lastLine];
    const provenance = first?.span && last?.span ? { chars: [first.span[0], last.span[1]] as [number, number] } : { page: first?.page ?? 1 };
    const place = { groupTitle: row.groupTitle, groupSlug: slugs.get(row.groupTitle) ?? null, no: row.no, index: index + 1 };
    const options = { planYear: context.planYear, provenance, cellConfidence: row.confidence };
    if (row.subs.length === 0) tasks.push(buildTask(row.cells, { ...place, sub: null }, options).task);
    for (const s of row.subs) tasks.push(buildTask(s.cells, { ...place, sub: s.sub, lead: row.cells.content || null }, options).task);
  });
  return tasks;
}

/**
 * Which layout the OCR left the table in: cells one after another with the row
 * numbers on lines of their own (or opening a line), or rows interleaved across
 * the columns with the numbers glued to line ends — whichever finds more rows.
 */
function layoutOf(regionLines: Line[]): 'cells-in-order' | 'interleaved' {
  const interleaved = piecesOf(regionLines).filter((p) => p.kind === 'number').length;
  const inOrder = cellsInOrderNumbers(regionLines);
  return inOrder >= 2 && inOrder > interleaved ? 'cells-in-order' : 'interleaved';
}

/**
 * A row without a supervisor, between rows of its group that have one: the supervisor's
 * cell is merged across the rows and its text, centred in the span, was read once with a
 * neighbour. The row takes the next row's (else the previous row's), less sure.
 */
function withMergedSupervisors(rows: TextRow[], read: Array<ReturnType<typeof cellsOf>>): Array<ReturnType<typeof cellsOf>> {
  return read.map((r, i) => {
    if (r.cells.supervisor) return r;
    const near = [i + 1, i - 1].find((k) => rows[k]?.groupTitle === rows[i].groupTitle && read[k].cells.supervisor);
    return near === undefined ? r : { ...r, cells: { ...r.cells, supervisor: read[near].cells.supervisor }, confidence: r.confidence - 0.1 };
  });
}

/** Recovers the schedule table's tasks from text lines; `tableLines` holds the ids of the lines the table used. */
export function recoverTextTable(lines: Line[], context: TextTableContext): { tasks: Task[]; tableLines: Set<string> } {
  const region = tableRegion(lines);
  if (!region) return { tasks: [], tableLines: new Set() };
  const regionLines = lines.slice(region.from, region.to);
  const tableLines = new Set(regionLines.map((l) => l.id));
  if (layoutOf(regionLines) === 'cells-in-order') {
    const tasks = cellsInOrderTasks(regionLines, context);
    if (tasks.length === 0) context.reporter?.info('schedule/text-table-empty', 'a table caption or header was found in the text, but no numbered rows');
    return { tasks, tableLines };
  }
  const rows = rowsOf(piecesOf(regionLines));
  const read = withMergedSupervisors(rows, rows.map(cellsOf));
  const tasks: Task[] = [];
  rows.forEach((row, index) => {
    const { cells, contents, confidence } = read[index];
    const first = regionLines[row.firstLine];
    const last = regionLines[row.lastLine];
    const provenance = first?.span && last?.span ? { chars: [first.span[0], last.span[1]] as [number, number] } : { page: first?.page ?? 1 };
    const place = { groupTitle: row.groupTitle, groupSlug: row.groupSlug, no: row.no, index: index + 1 };
    const subs = subItems(contents);
    if (!subs) {
      tasks.push(buildTask(cells, { ...place, sub: null }, { planYear: context.planYear, provenance, cellConfidence: confidence }).task);
      return;
    }
    subs.items.forEach((item, i) => {
      const sub = String.fromCharCode(97 + i);
      const built = buildTask({ ...cells, content: item }, { ...place, sub, lead: subs.lead }, { planYear: context.planYear, provenance, cellConfidence: confidence - 0.1 });
      tasks.push(built.task);
    });
  });
  if (rows.length === 0) context.reporter?.info('schedule/text-table-empty', 'a table caption or header was found in the text, but no numbered rows');
  return { tasks, tableLines };
}
