/**
 * schedule: table cells → tasks (CONTRACT.md, "A task").
 *
 * Per schedule table (rows.ts: page tables joined, header read): each body row is
 * a group row (spans the table, or a Roman number / upper-case title with the
 * other cells empty), a task row (a number in the TT column), a sub-item row
 * (under a task whose TT cell spans it, or opening with "a)", "-"), or the rest
 * of a row cut by a page break. Rows with sub-items give one task per sub-item,
 * with the row's lead-in in `lead`; sub-items written inside one cell ("a) …\nb) …")
 * are split the same way when another cell lists per-item values too.
 */
import type { Reporter } from '../diagnostics/diagnostic.ts';
import type { Table } from '../model/document.ts';
import { unionBBox, type BBox } from '../model/geometry.ts';
import type { Provenance, Task } from '../model/plan.ts';
import { foldKey } from '../text/vietnamese.ts';
import { buildTask, groupSlug, oneLine, SUB_MARKER, withoutMarker, type TaskCells } from './build-task.ts';
import type { ColumnRole } from './columns.ts';
import { flat, scheduleTables, type BodyRow, type CellRef, type ScheduleTable } from './rows.ts';

export interface ScheduleContext {
  planYear: number | null;
  reporter: Reporter;
}

type RoleText = Partial<Record<ColumnRole, string>> & { extra: Record<string, string> };

/** One row's texts by role, with where it is and how well it was read. */
interface RowTexts {
  texts: RoleText;
  refs: Array<CellRef | null>;
  page: number;
  boxes: BBox[];
  confidence: number;
}

interface LogicalRow {
  groupTitle: string | null;
  groupSlug: string | null;
  no: string | null;
  main: RowTexts;
  subs: RowTexts[];
}

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV)\.?$/;
const NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;
/** Roman numerals as OCR misreads them ("IHI", "Il", "1I") */
const ROMAN_LIKE = /^[IVXHl|1]{1,5}\.?$/;
const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/**
 * Roman-numbered groups run I, II, III …: a numeral the OCR misread ("IHI", "I"
 * where II is due) is put back by its place in the run.
 */
function renumberGroup(title: string, romanGroups: number): string {
  const m = /^([IVXHl|1]{1,5})\.\s/.exec(title);
  if (!m || romanGroups >= ROMANS.length) return title;
  const expected = ROMANS[romanGroups];
  return m[1] === expected ? title : `${expected}. ${title.slice(m[0].length)}`;
}
const GROUP_WORDS = /^(?:quy|thang|nam|giai doan|dot|6 thang|nhiem vu|cac nhiem vu|linh vuc|nhom|phan|hoc ky|ca nam|tu thang)(?![a-z])/;

function rowTexts(row: BodyRow, table: ScheduleTable): RowTexts {
  const texts: RoleText = { extra: {} };
  const boxes: BBox[] = [];
  const confidences: number[] = [];
  row.cells.forEach((ref, col) => {
    const role = table.roles[col];
    const text = ref?.cell.text.normalize('NFC').trim() ?? '';
    if (role && role !== 'note') texts[role] = text;
    else texts.extra[table.headers[col] || `Cột ${col + 1}`] = text;
    if (ref?.cell.bbox && ref.top && ref.cell.rowSpan === 1) boxes.push(ref.cell.bbox);
    if (ref && text) confidences.push(ref.cell.confidence);
  });
  if (boxes.length === 0) for (const ref of row.cells) if (ref?.cell.bbox) boxes.push(ref.cell.bbox);
  const confidence = confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : 0.5;
  return { texts, refs: row.cells, page: row.page, boxes, confidence };
}

const isUpper = (text: string) => {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.filter((ch) => ch === ch.toLocaleUpperCase('vi')).length / letters.length >= 0.8;
};

/** A group row's title, or null when the row is not one. */
function groupTitleOf(row: BodyRow, table: ScheduleTable): string | null {
  const distinct = [...new Set(row.cells.filter((x): x is CellRef => x !== null).map((x) => x.cell))];
  const filled = distinct.filter((cell) => flat(cell.text));
  // one cell across (nearly) the whole table
  if (filled.length === 1 && filled[0].colSpan >= Math.max(2, row.cells.length - 1)) return flat(filled[0].text);
  const noCol = table.roles.indexOf('no');
  const contentCol = table.roles.indexOf('content');
  if (contentCol < 0) return null;
  const no = noCol >= 0 ? flat(row.cells[noCol]?.cell.text) : '';
  const content = flat(row.cells[contentCol]?.cell.text);
  // a content cell merged across the columns to its right ("I" | "NHÓM GIẢI PHÁP …" over four columns) fills no other column
  const others = row.cells.filter((x, col) => col !== noCol && col !== contentCol && x && x.cell !== row.cells[contentCol]?.cell && x.cell !== row.cells[noCol]?.cell && flat(x.cell.text));
  if (others.length > 0 || !content || NUMBER.test(no)) return null;
  if (ROMAN.test(no) || /^[A-Z]\.?$/.test(no) || ROMAN_LIKE.test(no)) return `${no.replace(/\.$/, '')}. ${content}`;
  if (!no && (isUpper(content) || GROUP_WORDS.test(foldKey(content))) && content.length < 120) return content;
  return null;
}

/** Appends the texts of a row cut by a page break to the row it continues. */
function appendTexts(into: RowTexts, more: RowTexts): void {
  for (const [role, text] of Object.entries(more.texts)) {
    if (role === 'extra' || typeof text !== 'string' || !text) continue;
    const key = role as ColumnRole;
    into.texts[key] = [into.texts[key], text].filter(Boolean).join('\n');
  }
  for (const [header, text] of Object.entries(more.texts.extra)) if (text) into.texts.extra[header] = [into.texts.extra[header], text].filter(Boolean).join('\n');
}

/** Rows of one schedule table → logical rows (task rows with their sub-item rows), group titles set. */
function logicalRows(table: ScheduleTable): LogicalRow[] {
  const noCol = table.roles.indexOf('no');
  const contentCol = table.roles.indexOf('content');
  const out: LogicalRow[] = [];
  let group: { title: string | null; slug: string | null } = { title: null, slug: null };
  let groups = 0;
  let romanGroups = 0;
  let previousPage = -1;
  for (const row of table.rows) {
    const samePage = row.page === previousPage;
    previousPage = row.page;
    // nothing new in this row: empty, or every cell runs down from the row above
    if (row.cells.every((x) => !x || !flat(x.cell.text) || !x.top)) continue;
    let title = groupTitleOf(row, table);
    if (title) {
      groups++;
      if (/^[IVXHl|1]{1,5}\.\s/.test(title)) title = renumberGroup(title, romanGroups++);
      group = { title, slug: groupSlug(title, groups) };
      continue;
    }
    const texts = rowTexts(row, table);
    const noRef = noCol >= 0 ? row.cells[noCol] : null;
    const noText = noRef?.top ? flat(noRef.cell.text) : '';
    const last = out[out.length - 1];
    let no = NUMBER.exec(noText)?.[1] ?? null;
    // a number cell the OCR garbled ("Là" for 11) takes its place in the run, the row before + 1
    if (no === null && noText && last?.no && /^\d+$/.test(last.no) && !SUB_MARKER.test(noText)) no = String(Number(last.no) + 1);
    const content = contentCol >= 0 ? flat(row.cells[contentCol]?.cell.text) : '';
    const spannedNo = noRef && !noRef.top && last && last.main.refs[noCol]?.cell === noRef.cell;
    if (no === null && last && (spannedNo || SUB_MARKER.test(content))) {
      last.subs.push(texts);
      continue;
    }
    if (no === null && last && !samePage && noCol >= 0) {
      // the rest of a row cut by the page break
      appendTexts(last.subs.length ? last.subs[last.subs.length - 1] : last.main, texts);
      continue;
    }
    out.push({ groupTitle: group.title, groupSlug: group.slug, no, main: texts, subs: [] });
  }
  return romanQuarters(out);
}

const QUARTER_DIGIT = /^(QU\S)\s+([1-4])(?=\s*\/|\s|$)/u;

/**
 * "QUÝ 1/2021" among "QUÝ II/2021", "QUÝ III/2021": the table writes quarters in
 * Roman numerals and the OCR read an I as 1; the odd one is written like the rest.
 */
function romanQuarters(rows: LogicalRow[]): LogicalRow[] {
  const titles = new Set(rows.map((r) => r.groupTitle ?? ''));
  const roman = [...titles].some((t) => /^QU\S\s+(?:I{1,3}|IV)(?=\s*\/|\s|$)/u.test(t));
  if (!roman) return rows;
  return rows.map((r) => (r.groupTitle && QUARTER_DIGIT.test(r.groupTitle) ? { ...r, groupTitle: r.groupTitle.replace(QUARTER_DIGIT, (_, q: string, n: string) => `${q} ${ROMANS[Number(n) - 1]}`) } : r));
}

const ROLE_KEYS: Array<Exclude<ColumnRole, 'no' | 'content' | 'note'>> = ['implementer', 'coordinators', 'supervisor', 'deadline', 'product'];

function toCells(texts: RoleText): TaskCells {
  return {
    content: texts.content ?? '',
    implementer: texts.implementer,
    coordinators: texts.coordinators,
    supervisor: texts.supervisor,
    deadline: texts.deadline,
    product: texts.product,
    extra: texts.extra,
  };
}

/** Splits a cell text at its sub-item markers: the text before the first marker, then one text per item. */
export function splitAtMarkers(text: string): { lead: string; items: Array<{ letter: string | null; text: string }> } {
  const lines = text.split(/\n/);
  const items: Array<{ letter: string | null; text: string }> = [];
  const lead: string[] = [];
  for (const line of lines) {
    const m = SUB_MARKER.exec(line);
    if (m) items.push({ letter: m[1]?.toLowerCase() ?? null, text: withoutMarker(line) });
    else if (items.length) items[items.length - 1].text += `\n${line}`;
    else lead.push(line);
  }
  return { lead: lead.join('\n'), items };
}

const letterAt = (i: number) => String.fromCharCode(97 + i);

/** Sub-items of a row written inside its cells, when the content has ≥ 2 markers and another cell gives per-item values. */
function inCellSubs(row: RowTexts): RowTexts[] | null {
  const content = splitAtMarkers(row.texts.content ?? '');
  if (content.items.length < 2) return null;
  const perItem = ROLE_KEYS.filter((k) => splitAtMarkers(row.texts[k] ?? '').items.length === content.items.length);
  if (perItem.length === 0 && content.items.some((it) => it.letter === null)) return null; // bullets without their own cells are one task
  row.texts.content = content.lead;
  return content.items.map((item, i) => {
    const texts: RoleText = { extra: {}, content: item.text };
    for (const k of perItem) texts[k] = splitAtMarkers(row.texts[k] ?? '').items[i].text;
    return { ...row, texts, boxes: row.boxes };
  });
}

function provenanceOf(row: RowTexts): Provenance {
  const box = unionBBox(row.boxes);
  if (box) return { page: row.page, bbox: [box.l, box.t, box.r - box.l, box.b - box.t] };
  // a table read from text: the row's characters in the file
  const spans = row.refs.flatMap((ref) => (ref?.cell.span ? [ref.cell.span] : []));
  return spans.length ? { page: row.page, chars: [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))] } : { page: row.page };
}

function tasksOf(row: LogicalRow, index: number, context: ScheduleContext): Task[] {
  const place = { groupTitle: row.groupTitle, groupSlug: row.groupSlug, no: row.no, index };
  const subs = row.subs.length ? row.subs : (inCellSubs(row.main) ?? []);
  if (subs.length === 0) {
    const { task } = buildTask(toCells(row.main.texts), { ...place, sub: null }, { planYear: context.planYear, provenance: provenanceOf(row.main), cellConfidence: row.main.confidence });
    return [task];
  }
  const lead = oneLine(row.main.texts.content) || null;
  return subs.map((sub, i) => {
    const marker = SUB_MARKER.exec(sub.texts.content ?? '');
    const letter = marker?.[1]?.toLowerCase() ?? letterAt(i);
    const texts: RoleText = { ...sub.texts, extra: { ...row.main.texts.extra } };
    // the sub-item's own cells win; empty ones inherit the row's
    for (const k of ROLE_KEYS) if (!oneLine(texts[k])) texts[k] = row.main.texts[k];
    for (const [h, v] of Object.entries(sub.texts.extra)) if (oneLine(v)) texts.extra[h] = v;
    texts.content = withoutMarker(sub.texts.content ?? '');
    const boxes = sub.boxes.length ? sub.boxes : row.main.boxes;
    const { task } = buildTask(toCells(texts), { ...place, sub: letter, lead }, { planYear: context.planYear, provenance: provenanceOf({ ...sub, boxes }), cellConfidence: sub.confidence });
    return task;
  });
}

/** Tasks of the schedule tables among `tables` (tables of other kinds give none). */
export function scheduleTasks(tables: Table[], context: ScheduleContext): Task[] {
  const tasks: Task[] = [];
  const schedules = scheduleTables(tables);
  if (tables.length > 0 && schedules.length === 0)
    context.reporter.info('schedule/no-schedule-table', `${tables.length} table(s) found, none with a schedule header (TT, Nội dung, Đơn vị thực hiện, Thời gian …)`);
  for (const table of schedules) {
    if (!table.roles.includes('deadline')) context.reporter.info('schedule/no-deadline-column', `schedule table ${table.parts.join('+')} has no deadline column`);
    logicalRows(table).forEach((row, i) => tasks.push(...tasksOf(row, i + 1, context)));
  }
  // ids are unique within a plan: a repeated id (two tables, same numbers) gets a suffix
  const seen = new Map<string, number>();
  for (const task of tasks) {
    const n = (seen.get(task.id) ?? 0) + 1;
    seen.set(task.id, n);
    if (n > 1) task.id = `${task.id}-${n}`;
  }
  for (const task of tasks)
    if (task.deadlineText && !task.due && !task.recurrence && (task.confidence ?? 1) < 0.7)
      context.reporter.warn('schedule/deadline-unread', `task ${task.id}: deadline "${task.deadlineText}" not understood`, { page: task.provenance?.page });
  return tasks;
}
