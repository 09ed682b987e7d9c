/**
 * Tables in text whose cells are separated by TABs: a table copied out of a Word file
 * or a born-digital PDF keeps one row per line, its cells apart. Unlike an old OCR's
 * interleaved table (schedule/text-table.ts) the grid is all there: each TAB-separated
 * line is a row, each piece a cell, and the table goes to the schedule stage as a scan's
 * table does. A row with fewer cells (a group title, "I" | "NHÓM GIẢI PHÁP …") has its
 * last cell spanning the columns left.
 */
import type { Cell, Line, Table } from '../model/document.ts';

/** a table's first row has at least this many cells (the header's two columns make two) */
const MIN_COLUMNS = 3;
/** and the table at least this many rows, its header included */
const MIN_ROWS = 2;

/** The TAB-separated tables of the lines, and each table line's table id. */
export function tabTables(lines: readonly Line[]): { tables: Table[]; tableLines: Map<string, string> } {
  const tables: Table[] = [];
  const tableLines = new Map<string, string>();
  let run: Line[] = [];
  const flush = () => {
    if (run.length >= MIN_ROWS) {
      const table = toTable(run, tables.length + 1);
      tables.push(table);
      for (const line of run) tableLines.set(line.id, table.id);
    }
    run = [];
  };
  for (const line of lines) {
    const cells = cellsOf(line.text).length;
    // a table opens at a line of three or more cells; inside it, a line with a TAB is a row (a group title has two)
    if (cells >= MIN_COLUMNS || (run.length > 0 && cells >= 2 && line.page === run[0].page)) run.push(line);
    else flush();
  }
  flush();
  return { tables, tableLines };
}

function cellsOf(text: string): string[] {
  return text.includes('\t') ? text.split('\t').map((c) => c.trim()) : [text.trim()];
}

function toTable(rows: Line[], index: number): Table {
  const cols = Math.max(...rows.map((line) => cellsOf(line.text).length));
  const cells: Cell[] = [];
  rows.forEach((line, row) => {
    const texts = cellsOf(line.text);
    let offset = 0;
    texts.forEach((text, col) => {
      // where the cell's text sits in the file: the line's span, past the cells and TABs before it
      const at = line.text.indexOf(text, offset);
      offset = at + text.length;
      const colSpan = col === texts.length - 1 ? cols - col : 1;
      const span: [number, number] | undefined = line.span && at >= 0 ? [line.span[0] + at, line.span[0] + at + text.length] : undefined;
      cells.push({ row, col, rowSpan: 1, colSpan, text, confidence: 1, ...(span ? { span } : {}) });
    });
  });
  return { id: `t${index}`, page: rows[0].page, rows: rows.length, cols, cells, confidence: 1 };
}
