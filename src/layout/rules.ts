/**
 * Ruling lines of a page image: long dark runs along one direction.
 *
 * Guarantees: tolerant of a residual skew (the slope is measured first, then the
 * image is read along that slope), of broken lines (gaps up to `gap` pixels are
 * bridged) and of scanner noise (runs shorter than `minLength` are ignored).
 * Works on a binary mask; `direction: 'vertical'` reads the mask transposed, so
 * one code path serves both.
 */

/** A binary page: 1 = ink. */
export interface Mask {
  width: number;
  height: number;
  ink: Uint8Array;
}

/**
 * One ruling line. For a horizontal rule `offset` is y at x = 0 and the line runs
 * y = offset + x·slope; for a vertical rule `offset` is x at y = 0 and x = offset + y·slope.
 * `segments` are the inked stretches along the line (x ranges for horizontal, y for vertical).
 */
export interface Rule {
  direction: 'horizontal' | 'vertical';
  offset: number;
  slope: number;
  thickness: number;
  segments: Array<[number, number]>;
}

export interface RuleOptions {
  /** shortest inked run that counts as part of a rule, in pixels */
  minLength: number;
  /** longest break bridged inside a rule, in pixels */
  gap: number;
  /** largest skew looked for, in degrees */
  maxSkewDegrees?: number;
}

/** Otsu's threshold over a greyscale histogram, clamped so a blank page does not invent ink. */
export function inkThreshold(grey: Uint8Array): number {
  const hist = new Float64Array(256);
  for (let i = 0; i < grey.length; i++) hist[grey[i]]++;
  const total = grey.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i];
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t];
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t];
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return Math.min(200, Math.max(90, threshold));
}

export function toMask(grey: Uint8Array, width: number, height: number): Mask {
  const threshold = inkThreshold(grey);
  const ink = new Uint8Array(width * height);
  for (let i = 0; i < ink.length; i++) ink[i] = grey[i] <= threshold ? 1 : 0;
  return { width, height, ink };
}

/** Reads the mask along rows (horizontal) or columns (vertical) without copying it. */
function view(mask: Mask, direction: Rule['direction']) {
  const { width, height, ink } = mask;
  return direction === 'horizontal'
    ? { along: width, across: height, at: (a: number, c: number) => ink[c * width + a] }
    : { along: height, across: width, at: (a: number, c: number) => ink[a * width + c] };
}

/**
 * The slope of the rules: the shear that makes the ink of long straight runs
 * line up best (sharpest projection profile).
 */
function measureSlope(mask: Mask, direction: Rule['direction'], minRun: number, maxSkewDegrees: number): number {
  const v = view(mask, direction);
  // sample the pixels of long runs read straight along the axis
  const samples: number[] = [];
  for (let c = 0; c < v.across; c++) {
    let start = -1;
    for (let a = 0; a <= v.along; a++) {
      const on = a < v.along && v.at(a, c) === 1;
      if (on && start < 0) start = a;
      else if (!on && start >= 0) {
        if (a - start >= minRun) for (let s = start; s < a; s += 3) samples.push(s, c);
        start = -1;
      }
    }
  }
  if (samples.length < 20) return 0;
  const maxSlope = Math.tan((maxSkewDegrees * Math.PI) / 180);
  const steps = Math.ceil(maxSkewDegrees / 0.05);
  let best = 0;
  let bestScore = -1;
  const bins = new Float64Array(v.across + 2 * Math.ceil(v.along * maxSlope) + 4);
  const shift = Math.ceil(v.along * maxSlope) + 2;
  for (let k = -steps; k <= steps; k++) {
    const slope = (k / steps) * maxSlope;
    bins.fill(0);
    for (let i = 0; i < samples.length; i += 2) bins[Math.round(samples[i + 1] - samples[i] * slope) + shift]++;
    let score = 0;
    for (let i = 0; i < bins.length; i++) score += bins[i] * bins[i];
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) < 1e-9 && Math.abs(slope) < Math.abs(best))) {
      bestScore = score;
      best = slope;
    }
  }
  return best;
}

interface Run {
  offset: number;
  from: number;
  to: number;
}

/** The rules of one direction. */
export function findRules(mask: Mask, direction: Rule['direction'], options: RuleOptions): Rule[] {
  const v = view(mask, direction);
  const slope = measureSlope(mask, direction, Math.max(20, Math.round(options.minLength / 2)), options.maxSkewDegrees ?? 1.5);
  const drift = Math.ceil(Math.abs(slope) * v.along) + 1;
  const runs: Run[] = [];
  for (let offset = -drift; offset < v.across + drift; offset++) {
    let start = -1;
    let lastOn = -1;
    let inked = 0;
    const close = () => {
      // a rule is nearly solid ink; a row through text is broken by letter and word spaces
      const length = lastOn - start + 1;
      if (start >= 0 && length >= options.minLength && inked >= 0.8 * length) runs.push({ offset, from: start, to: lastOn + 1 });
      start = -1;
      inked = 0;
    };
    for (let a = 0; a < v.along; a++) {
      const c = Math.round(offset + a * slope);
      // a pixel or its neighbour across: a thin line that wanders by half a pixel stays one run
      const on = c >= 0 && c < v.across && (v.at(a, c) === 1 || (c + 1 < v.across && v.at(a, c + 1) === 1));
      if (!on) continue;
      if (start >= 0 && a - lastOn - 1 > options.gap) close();
      if (start < 0) start = a;
      lastOn = a;
      inked++;
    }
    close();
  }
  return groupRuns(runs, direction, slope, options.gap);
}

/** Runs on neighbouring offsets that overlap along the line are one (thick) rule. */
function groupRuns(runs: Run[], direction: Rule['direction'], slope: number, gap: number): Rule[] {
  runs.sort((a, b) => a.offset - b.offset || a.from - b.from);
  const groups: Array<{ runs: Run[]; last: number }> = [];
  let active: typeof groups = [];
  for (const run of runs) {
    active = active.filter((g) => run.offset - g.last <= 2);
    const group = active.find(
      (g) => run.offset - g.last <= 2 && g.runs.some((r) => Math.abs(r.offset - run.offset) <= 6 && r.from <= run.to + gap && run.from <= r.to + gap),
    );
    if (group) {
      group.runs.push(run);
      group.last = run.offset;
    } else {
      const created = { runs: [run], last: run.offset };
      groups.push(created);
      active.push(created);
    }
  }
  return groups.map(({ runs: rs }) => {
    const weight = rs.reduce((s, r) => s + (r.to - r.from), 0);
    const offset = rs.reduce((s, r) => s + r.offset * (r.to - r.from), 0) / weight;
    const offsets = new Set(rs.map((r) => r.offset));
    return { direction, offset, slope, thickness: offsets.size, segments: mergeIntervals(rs.map((r) => [r.from, r.to] as [number, number]), gap) };
  });
}

export function mergeIntervals(intervals: Array<[number, number]>, gap: number): Array<[number, number]> {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + gap) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Share of [from, to] that the rule's segments cover. */
export function coveredShare(rule: Rule, from: number, to: number): number {
  if (to <= from) return 1;
  let covered = 0;
  for (const [a, b] of rule.segments) covered += Math.max(0, Math.min(b, to) - Math.max(a, from));
  return covered / (to - from);
}

/** Where a horizontal and a vertical rule cross (page pixels). */
export function crossing(h: Rule, v: Rule): { x: number; y: number } {
  // y = h.offset + x·h.slope ; x = v.offset + y·v.slope
  const y = (h.offset + v.offset * h.slope) / (1 - h.slope * v.slope);
  const x = v.offset + y * v.slope;
  return { x, y };
}

/** Position of a rule along its own axis at a point across (y of a horizontal rule at x; x of a vertical rule at y). */
export function ruleAt(rule: Rule, across: number): number {
  return rule.offset + across * rule.slope;
}
