/** Provenance in the contract's shape: `{page, bbox: [x, y, w, h]}` for scans, `{chars: [start, end]}` for text. */
import type { BBox } from '../model/geometry.ts';
import type { Line } from '../model/document.ts';
import type { Provenance } from '../model/plan.ts';

export function bboxToXywh(box: BBox): [number, number, number, number] {
  return [Math.round(box.l), Math.round(box.t), Math.round(box.r - box.l), Math.round(box.b - box.t)];
}

export function lineProvenance(line: Pick<Line, 'page' | 'bbox' | 'span'>): Provenance {
  if (line.bbox) return { page: line.page, bbox: bboxToXywh(line.bbox) };
  if (line.span) return { page: line.page, chars: line.span };
  return { page: line.page };
}
