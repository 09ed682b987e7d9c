/**
 * Geometry shared by every stage. Boxes are page pixels, origin top-left, at the
 * page's own dpi. Internally a box is `{ l, t, r, b }`; the JSON output writes the
 * contract's `[x, y, w, h]` (conversion lives in `src/emit/`).
 */
export interface BBox {
  l: number;
  t: number;
  r: number;
  b: number;
}

export function bboxWidth(box: BBox): number {
  return box.r - box.l;
}

export function bboxHeight(box: BBox): number {
  return box.b - box.t;
}

/** The smallest box holding all of `boxes`; undefined for an empty list. */
export function unionBBox(boxes: readonly BBox[]): BBox | undefined {
  if (boxes.length === 0) return undefined;
  let { l, t, r, b } = boxes[0];
  for (const box of boxes) {
    if (box.l < l) l = box.l;
    if (box.t < t) t = box.t;
    if (box.r > r) r = box.r;
    if (box.b > b) b = box.b;
  }
  return { l, t, r, b };
}

/** Overlap area of two boxes divided by the area of `inner` (0 when disjoint). */
export function coverage(inner: BBox, outer: BBox): number {
  const w = Math.min(inner.r, outer.r) - Math.max(inner.l, outer.l);
  const h = Math.min(inner.b, outer.b) - Math.max(inner.t, outer.t);
  if (w <= 0 || h <= 0) return 0;
  const area = bboxWidth(inner) * bboxHeight(inner);
  return area > 0 ? (w * h) / area : 0;
}

/** Maps a box found on a scaled or cropped copy back to page pixels. */
export function mapBBox(box: BBox, scale: number, offset: { x: number; y: number } = { x: 0, y: 0 }): BBox {
  return {
    l: Math.round(box.l / scale + offset.x),
    t: Math.round(box.t / scale + offset.y),
    r: Math.round(box.r / scale + offset.x),
    b: Math.round(box.b / scale + offset.y),
  };
}
