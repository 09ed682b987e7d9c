/** Lines that lie inside a table's box belong to the table: structure skips them. */
import type { Page, Table } from '../model/document.ts';

export function markTableLines(page: Page, tables: Table[]): void {
  const boxes = tables.filter((t) => t.page === page.number && t.bbox).map((t) => ({ id: t.id, box: t.bbox! }));
  if (boxes.length === 0) return;
  page.lines = page.lines.map((line) => {
    if (!line.bbox) return line;
    const cx = (line.bbox.l + line.bbox.r) / 2;
    const cy = (line.bbox.t + line.bbox.b) / 2;
    const inside = boxes.find(({ box }) => cx >= box.l && cx <= box.r && cy >= box.t && cy <= box.b);
    return inside ? { ...line, inTable: inside.id, region: 'table' } : line;
  });
}
