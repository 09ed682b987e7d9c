/** Provenance in the contract's shape: `{page, bbox:[x,y,w,h]}` on a scan, `{page, chars:[start,end]}` for text. */
import type { Line } from '../model/document.ts';
import type { BBox } from '../model/geometry.ts';
import type { Provenance } from '../model/plan.ts';

export function xywh(box: BBox): [number, number, number, number] {
  return [Math.round(box.l), Math.round(box.t), Math.round(box.r - box.l), Math.round(box.b - box.t)];
}

export function toProvenance(line: Pick<Line, 'page' | 'bbox' | 'span'>): Provenance {
  if (line.bbox) return { page: line.page, bbox: xywh(line.bbox) };
  if (line.span) return { page: line.page, chars: [line.span[0], line.span[1]] };
  return { page: line.page };
}

/** One provenance covering several provenances of the same page (the first page wins). */
export function mergeProvenance(items: readonly Provenance[]): Provenance | undefined {
  if (items.length === 0) return undefined;
  const page = items[0].page;
  const same = items.filter((p) => p.page === page);
  const boxes = same.flatMap((p) => (p.bbox ? [p.bbox] : []));
  const chars = same.flatMap((p) => (p.chars ? [p.chars] : []));
  if (boxes.length) {
    const l = Math.min(...boxes.map((b) => b[0]));
    const t = Math.min(...boxes.map((b) => b[1]));
    const r = Math.max(...boxes.map((b) => b[0] + b[2]));
    const b = Math.max(...boxes.map((b) => b[1] + b[3]));
    return { page, bbox: [l, t, r - l, b - t] };
  }
  if (chars.length) return { page, chars: [Math.min(...chars.map((c) => c[0])), Math.max(...chars.map((c) => c[1]))] };
  return { page };
}
