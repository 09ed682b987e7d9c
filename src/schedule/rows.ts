/**
 * Tables (one per page) → schedule tables: joined across page breaks, header read,
 * body rows as dense arrays of cell references (a merged cell appears in every row
 * and column it spans, so a merged unit cell applies to each row it covers).
 */
import type { Cell, Table } from '../model/document.ts';
import type { BBox } from '../model/geometry.ts';
import { assignRoles, bestRole, looksLikeHeader, type ColumnRole } from './columns.ts';

export interface CellRef {
  cell: Cell;
  table: Table;
  /** true in the first row the cell covers */
  top: boolean;
}

export interface BodyRow {
  page: number;
  cells: Array<CellRef | null>;
}

export interface ScheduleTable {
  roles: Array<ColumnRole | null>;
  headers: string[];
  rows: BodyRow[];
  /** ids of the page tables joined into this one */
  parts: string[];
}

/** Cell text with its lines joined by spaces. */
export function flat(text: string | undefined): string {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Rows of a page table as dense arrays of cell references. */
export function denseRows(table: Table): Array<Array<CellRef | null>> {
  const rows: Array<Array<CellRef | null>> = Array.from({ length: table.rows }, () => new Array(table.cols).fill(null));
  for (const cell of table.cells)
    for (let r = cell.row; r < Math.min(table.rows, cell.row + cell.rowSpan); r++)
      for (let c = cell.col; c < Math.min(table.cols, cell.col + cell.colSpan); c++) rows[r][c] = { cell, table, top: r === cell.row };
  return rows;
}

/** Left edge of each column as a share of the table's width (from single-column cells). */
function columnEdges(table: Table): number[] | null {
  if (!table.bbox) return null;
  const width = table.bbox.r - table.bbox.l;
  const edges: number[] = [];
  for (let c = 0; c < table.cols; c++) {
    const lefts = table.cells.filter((x) => x.col === c && x.bbox).map((x) => (x.bbox as BBox).l);
    if (lefts.length === 0) return null;
    edges.push((Math.min(...lefts) - table.bbox.l) / width);
  }
  return edges;
}

/** True when `next` continues `prev` after a page break: same columns at the same places. */
function continues(prev: Table, next: Table): boolean {
  if (prev.cols !== next.cols) return false;
  if (next.page < prev.page) return false;
  const a = columnEdges(prev);
  const b = columnEdges(next);
  if (!a || !b) return true;
  return a.every((x, i) => Math.abs(x - b[i]) < 0.04);
}

/** How many rows at the top of a table are its header (0 when none). */
function headerDepth(rows: Array<Array<CellRef | null>>): number {
  for (let r = 0; r < Math.min(3, rows.length); r++) {
    if (looksLikeHeader(rows[r].map((x) => (x?.top ? flat(x.cell.text) : '')))) {
      // a header cell spanning down, or a second row of sub-headers ("Chủ trì" | "Phối hợp" under "Đơn vị thực hiện")
      let depth = r + 1;
      const spanned = rows[r].some((x) => x && x.cell.row + x.cell.rowSpan > r + 1);
      if (spanned && r + 1 < rows.length) depth = Math.max(depth, ...rows[r].map((x) => (x ? x.cell.row + x.cell.rowSpan : 0)));
      return depth;
    }
  }
  return 0;
}

/** Header text of each column: the sub-header when it names a role, else parent and sub-header together. */
function columnHeaders(rows: Array<Array<CellRef | null>>, depth: number, cols: number): string[] {
  return Array.from({ length: cols }, (_, c) => {
    const parts: string[] = [];
    for (let r = 0; r < depth; r++) {
      const text = flat(rows[r][c]?.cell.text);
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    const last = parts[parts.length - 1] ?? '';
    return parts.length > 1 && bestRole(last).score >= 0.5 ? last : parts.join(' ');
  });
}

/** "(1) (2) (3)…" under the header: column numbers, not a task (a cell or two may be misread). */
export function isNumberingRow(cells: string[]): boolean {
  const filled = cells.filter(Boolean);
  const numbers = filled.filter((t) => /^[([]?\d{1,2}[)\]]?$/.test(t.replace(/\s+/g, ''))).length;
  return filled.length >= cells.length / 2 && numbers >= 2 && numbers >= 0.6 * filled.length && filled.every((t) => t.length <= 5);
}

/** When no header says "TT", the column whose cells are mostly row numbers is the number column. */
function numberColumn(roles: Array<ColumnRole | null>, body: Array<Array<CellRef | null>>): Array<ColumnRole | null> {
  if (roles.includes('no') || body.length === 0) return roles;
  let best = -1;
  let bestShare = 0.5;
  roles.forEach((role, col) => {
    if (role !== null) return;
    const texts = body.map((row) => (row[col]?.top ? flat(row[col]!.cell.text) : '')).filter(Boolean);
    const share = texts.length ? texts.filter((t) => /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVX]{1,4}\.?)$/.test(t)).length / texts.length : 0;
    if (share > bestShare) [best, bestShare] = [col, share];
  });
  return best < 0 ? roles : roles.map((r, i) => (i === best ? 'no' : r));
}

/**
 * Joins page tables into schedule tables: a table whose columns match the one
 * before continues it (a repeated header is skipped); a table with a header of
 * its own and other columns starts a new one. Tables without a header that
 * continue nothing are not schedule tables.
 */
export function scheduleTables(tables: Table[]): ScheduleTable[] {
  const ordered = [...tables].sort((a, b) => a.page - b.page || (a.bbox?.t ?? 0) - (b.bbox?.t ?? 0));
  const out: ScheduleTable[] = [];
  let current: (ScheduleTable & { last: Table }) | null = null;
  for (const table of ordered) {
    const rows = denseRows(table);
    const depth = headerDepth(rows);
    let body = rows.slice(depth);
    if (depth > 0) {
      const headers = columnHeaders(rows, depth, table.cols);
      const roles = numberColumn(assignRoles(headers), rows.slice(depth));
      // a repeated header may be misread in a cell or two; the columns' places decide
      const agreeing = current ? roles.filter((r, i) => r === current!.roles[i]).length : 0;
      const sameAsCurrent = current && continues(current.last, table) && agreeing >= table.cols - 1;
      if (!sameAsCurrent) {
        if (!roles.includes('content')) {
          current = null;
          continue;
        }
        current = { roles, headers, rows: [], parts: [], last: table };
        out.push(current);
      }
    } else if (!current || !continues(current.last, table)) {
      current = null;
      continue;
    }
    if (body.length && isNumberingRow(body[0].map((x) => (x?.top ? flat(x.cell.text) : '')))) body = body.slice(1);
    current!.rows.push(...body.map((cells) => ({ page: table.page, cells })));
    current!.parts.push(table.id);
    current!.last = table;
  }
  return out.map(({ roles, headers, rows, parts }) => ({ roles, headers, rows, parts }));
}
