/**
 * A reviewer's picture of one page: the scan with the layout regions, each table's
 * grid and cells, each column's role (from the schedule header) and the words OCR
 * was unsure of (confidence < 0.6), drawn as an SVG laid over the page image.
 */
import sharp from 'sharp';
import type { Page, RegionKind, Table } from '../model/document.ts';
import type { BBox } from '../model/geometry.ts';
import type { ColumnRole } from '../schedule/columns.ts';
import { scheduleTables } from '../schedule/rows.ts';

/** Column roles per table id; when absent they are read from the tables' headers. */
export type TableRoles = Record<string, Array<ColumnRole | null>>;

const LOW_CONFIDENCE = 0.6;

const REGION_COLOURS: Record<RegionKind, string> = {
  'header-left': '#1f77b4',
  'header-right': '#17becf',
  title: '#9467bd',
  body: '#7f7f7f',
  signature: '#8c564b',
  recipients: '#bcbd22',
  table: '#2ca02c',
  furniture: '#c7c7c7',
};

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

function rect(box: BBox, style: string): string {
  return `<rect x="${box.l}" y="${box.t}" width="${Math.max(1, box.r - box.l)}" height="${Math.max(1, box.b - box.t)}" ${style}/>`;
}

function label(x: number, y: number, text: string, colour: string, size: number): string {
  return `<text x="${x}" y="${y}" font-family="DejaVu Sans, sans-serif" font-size="${size}" fill="${colour}" stroke="#ffffff" stroke-width="${size / 8}" paint-order="stroke">${escapeXml(text)}</text>`;
}

function rolesFromHeaders(tables: Table[]): TableRoles {
  const roles: TableRoles = {};
  for (const schedule of scheduleTables(tables)) for (const id of schedule.parts) roles[id] = schedule.roles;
  return roles;
}

/** The overlay SVG for a page of `width` × `height` pixels. */
export function overlaySvg(page: Page, tables: Table[], roles: TableRoles, width: number, height: number): string {
  const size = Math.max(12, Math.round(Math.max(width, height) / 140));
  const parts: string[] = [];
  for (const region of page.regions) {
    const colour = REGION_COLOURS[region.kind];
    parts.push(rect(region.bbox, `fill="${colour}" fill-opacity="0.06" stroke="${colour}" stroke-width="3" stroke-dasharray="12 6"`));
    parts.push(label(region.bbox.l + 4, region.bbox.t + size, region.kind, colour, size));
  }
  for (const table of tables) {
    if (table.bbox) parts.push(rect(table.bbox, 'fill="none" stroke="#d62728" stroke-width="4"'));
    for (const cell of table.cells) {
      if (!cell.bbox) continue;
      const merged = cell.rowSpan > 1 || cell.colSpan > 1;
      parts.push(rect(cell.bbox, `fill="${merged ? '#ff7f0e' : '#2ca02c'}" fill-opacity="0.08" stroke="${merged ? '#ff7f0e' : '#2ca02c'}" stroke-width="2"`));
    }
    const tableRoles = roles[table.id] ?? [];
    for (let col = 0; col < table.cols; col++) {
      const top = table.cells.filter((c) => c.col === col && c.colSpan === 1 && c.bbox).sort((a, b) => a.row - b.row)[0];
      if (!top?.bbox) continue;
      parts.push(label(top.bbox.l + 4, Math.max(size, top.bbox.t - 6), tableRoles[col] ?? 'extra', '#d62728', size));
    }
  }
  for (const line of page.lines)
    for (const word of line.words ?? [])
      if (word.confidence < LOW_CONFIDENCE) parts.push(rect(word.bbox, 'fill="#ff0000" fill-opacity="0.15" stroke="#ff0000" stroke-width="2"'));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${parts.join('')}</svg>`;
}

/** Draws the overlay on the page image and returns a PNG. */
export async function drawOverlay(image: Buffer, page: Page, tables: Table[], taskRoles?: TableRoles): Promise<Buffer> {
  const { width, height } = await sharp(image).metadata();
  const svg = overlaySvg(page, tables, taskRoles ?? rolesFromHeaders(tables), width!, height!);
  return sharp(image)
    .toColourspace('srgb')
    .composite([{ input: Buffer.from(svg), top: 0, left: 0 }])
    .png()
    .toBuffer();
}
