/**
 * Deadline wording → ISO date range and recurrence (CONTRACT.md, "A task").
 *
 * Guarantees: works on text with or without diacritics (matching is done on
 * `foldKey`, so old-OCR "Thang 3/2021" reads like "Tháng 3/2021"); never throws;
 * a date without a year takes the year of a later date in the same phrase
 * ("từ 10/02 đến 24/02/2024"), else the group row's year, else the plan's year;
 * a phrase it cannot read gives `due: null` with a low confidence.
 *
 * How: find date "atoms" (a day, a week, a month, a quarter, a half-year, a year,
 * a span of years), then read the few words around them ("trước", "từ … đến",
 * "và"), then the recurrence words ("hằng tháng", "thường xuyên").
 */
import type { Recurrence } from '../model/plan.ts';
import { foldKey } from '../text/vietnamese.ts';

export interface DeadlineContext {
  planYear: number | null;
  /** the year the task's group row names ("QUÝ I/2021", "THÁNG 02/2024"), if any */
  groupYear?: number | null;
}

export interface NormalizedDeadline {
  due: { start: string | null; end: string | null } | null;
  recurrence: Recurrence | null;
  /** 0–1: how sure the reading is */
  confidence: number;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** A date expression found in the text; `span(year)` gives its first and last day. */
interface Atom {
  at: number;
  end: number;
  year: number | null;
  span: (year: number) => [Ymd, Ymd];
  /** the phrase said "trước" (before) just ahead of it */
  before?: boolean;
  after?: boolean;
}

const YEAR = '((?:19|20)\\d{2})';
/** "/2021", "-2021", " năm 2021", " 2021" after a month or quarter */
const YEAR_SUFFIX = `(?:\\s*(?:\\/|-|nam|,)?\\s*${YEAR}(?!\\d))?`;
const ROMAN = '(?:iv|1v|iii|111|ii|11|i|[1-4])';
const QUARTER_OF: Record<string, number> = { i: 1, '1': 1, ii: 2, '11': 2, '2': 2, iii: 3, '111': 3, '3': 3, iv: 4, '1v': 4, '4': 4 };

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function ymd(y: number, m: number, d: number): Ymd {
  return { y, m, d };
}

function iso(date: Ymd): string {
  return `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}

function compare(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

function monthSpan(m: number): (y: number) => [Ymd, Ymd] {
  return (y) => [ymd(y, m, 1), ymd(y, m, lastDayOfMonth(y, m))];
}

function monthsSpan(m1: number, m2: number): (y: number) => [Ymd, Ymd] {
  return (y) => [ymd(y, m1, 1), ymd(y, m2, lastDayOfMonth(y, m2))];
}

function validDay(d: number, m: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

const toYear = (s: string | undefined): number | null => (s ? Number(s) : null);

type AtomReader = { re: RegExp; read: (m: RegExpExecArray) => Omit<Atom, 'at' | 'end'>[] | null };

/** Readers in priority order: where two overlap, the earlier-starting, then longer, then earlier-listed wins. */
const READERS: AtomReader[] = [
  {
    // 15/6/2021, 15-6-2021, 15.6.2021
    re: /(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)/g,
    read: (m) => {
      const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return validDay(d, mo) ? [{ year: y, span: () => [ymd(y, mo, d), ymd(y, mo, d)] }] : null;
    },
  },
  {
    // ngày 15 tháng 6 năm 2021
    re: new RegExp(`ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})(?:\\s*nam\\s*${YEAR})?`, 'g'),
    read: (m) => {
      const [d, mo] = [Number(m[1]), Number(m[2])];
      return validDay(d, mo) ? [{ year: toYear(m[3]), span: (y) => [ymd(y, mo, d), ymd(y, mo, d)] }] : null;
    },
  },
  {
    // tuần đầu tháng 12, tuần cuối tháng 3/2024, tuần thứ 2 tháng 5
    re: new RegExp(`tuan\\s*(dau|cuoi|thu\\s*(?:[1-5]|nhat|hai|ba|tu))\\s*(?:cua\\s*)?thang\\s*(\\d{1,2})${YEAR_SUFFIX}`, 'g'),
    read: (m) => {
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) return null;
      const which = m[1].replace(/\s+/g, ' ');
      const nth = { 'thu nhat': 1, 'thu hai': 2, 'thu ba': 3, 'thu tu': 4 }[which] ?? (/\d/.test(which) ? Number(which.replace(/\D/g, '')) : 1);
      return [
        {
          year: toYear(m[3]),
          span: (y) => {
            const last = lastDayOfMonth(y, mo);
            if (which === 'cuoi') return [ymd(y, mo, last - 6), ymd(y, mo, last)];
            return [ymd(y, mo, Math.min(7 * (nth - 1) + 1, last)), ymd(y, mo, Math.min(7 * nth, last))];
          },
        },
      ];
    },
  },
  {
    // đầu / giữa / cuối tháng 3
    re: new RegExp(`(dau|giua|cuoi)\\s*thang\\s*(\\d{1,2})(?!\\d)${YEAR_SUFFIX}`, 'g'),
    read: (m) => {
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) return null;
      const part = m[1];
      return [
        {
          year: toYear(m[3]),
          span: (y) =>
            part === 'dau' ? [ymd(y, mo, 1), ymd(y, mo, 10)] : part === 'giua' ? [ymd(y, mo, 11), ymd(y, mo, 20)] : [ymd(y, mo, 21), ymd(y, mo, lastDayOfMonth(y, mo))],
        },
      ];
    },
  },
  {
    // 6 tháng đầu năm (2021), 6 tháng cuối năm, nửa đầu năm
    re: new RegExp(`(?:(?:6|sau)\\s*thang|nua)\\s*(dau|cuoi)\\s*(?:nam)?${YEAR_SUFFIX}`, 'g'),
    read: (m) => [{ year: toYear(m[2]), span: m[1] === 'dau' ? monthsSpan(1, 6) : monthsSpan(7, 12) }],
  },
  {
    // quý II, quý II/2019, quý I và (quý) III, quý III năm 2026
    re: new RegExp(`quy\\s*(${ROMAN}(?:\\s*(?:,|va|-|den)\\s*(?:quy\\s*)?${ROMAN})*)(?![a-z0-9])${YEAR_SUFFIX}`, 'g'),
    read: (m) => {
      const quarters = m[1].split(/\s*(?:,|va|-|den)\s*/).map((q) => QUARTER_OF[q.replace(/^quy\s*/, '')]);
      if (quarters.some((q) => !q)) return null;
      const year = toYear(m[2]);
      const last = quarters[quarters.length - 1];
      return quarters.map((q) => ({ year, span: (y: number) => monthsSpan(3 * q - 2, 3 * q)(q > last ? y - 1 : y) }));
    },
  },
  {
    // tháng 3, tháng 01/2021, tháng 5, 6, tháng 2, 3/2021, tháng 4 - 6/2021, tháng 1 năm 2021
    re: new RegExp(`thang\\s*(\\d{1,2}(?!\\d)(?:\\s*(?:,|va|-|den)\\s*(?:thang\\s*)?\\d{1,2}(?![\\d/.]\\d?\\d?[/.]))*)(?!\\d)${YEAR_SUFFIX}`, 'g'),
    read: (m) => {
      const months = m[1].split(/\s*(?:,|va|-|den)\s*/).map((s) => Number(s.replace(/^thang\s*/, '')));
      if (months.some((mo) => !(mo >= 1 && mo <= 12))) return null;
      const year = toYear(m[2]);
      const last = months[months.length - 1];
      // "tháng 12 đến tháng 2/2022": a month after the last one lies in the year before
      return months.map((mo) => ({ year, span: (y: number) => monthSpan(mo)(mo > last ? y - 1 : y) }));
    },
  },
  {
    // 03/2021 (a month and year without "tháng")
    re: /(?<![\d/.])(\d{1,2})\s*\/\s*((?:19|20)\d{2})(?!\d)/g,
    read: (m) => {
      const mo = Number(m[1]);
      return mo >= 1 && mo <= 12 ? [{ year: Number(m[2]), span: monthSpan(mo) }] : null;
    },
  },
  {
    // 30/9, 10/02 (day and month without year)
    re: /(?<![\d/.])(\d{1,2})\s*[/.]\s*(\d{1,2})(?![\d/.])/g,
    read: (m) => {
      const [d, mo] = [Number(m[1]), Number(m[2])];
      return validDay(d, mo) ? [{ year: null, span: (y) => [ymd(y, mo, Math.min(d, lastDayOfMonth(y, mo))), ymd(y, mo, Math.min(d, lastDayOfMonth(y, mo)))] }] : null;
    },
  },
  {
    // học kỳ I / II (năm học 2023 - 2024): the school year runs September to May
    re: new RegExp(`hoc\\s*ky\\s*(${ROMAN})(?![a-z0-9])(?:\\s*(?:,|-)?\\s*(?:nam\\s*hoc\\s*)?${YEAR}\\s*(?:-|–|den)\\s*${YEAR})?`, 'g'),
    read: (m) => {
      const term = QUARTER_OF[m[1]];
      if (term !== 1 && term !== 2) return null;
      const first = toYear(m[2]);
      return [
        {
          year: first,
          span: (y) => (term === 1 ? [ymd(y, 9, 1), ymd(y + 1, 1, 15)] : [ymd(y + 1, 1, 16), ymd(y + 1, 5, 31)]),
        },
      ];
    },
  },
  {
    // năm học 2023 - 2024
    re: new RegExp(`nam\\s*hoc\\s*${YEAR}\\s*(?:-|–|den)\\s*${YEAR}`, 'g'),
    read: (m) => [{ year: Number(m[1]), span: (y) => [ymd(y, 9, 1), ymd(y + 1, 5, 31)] }],
  },
  {
    // 2025 - 2035, giai đoạn 2021-2025, từ năm 2025 đến năm 2030
    re: new RegExp(`(?<![\\d/])${YEAR}\\s*(?:-|–|den|toi)\\s*(?:nam\\s*)?${YEAR}(?!\\d)`, 'g'),
    read: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      return a <= b ? [{ year: a, span: () => [ymd(a, 1, 1), ymd(b, 12, 31)] }] : null;
    },
  },
  {
    // năm 2021, 2026
    re: new RegExp(`(?<![\\d/.])${YEAR}(?![\\d/])`, 'g'),
    read: (m) => [{ year: Number(m[1]), span: monthsSpan(1, 12) }],
  },
  {
    // đầu năm, giữa năm, cuối năm, cả năm, trong năm (2024)
    re: new RegExp(`(dau|giua|cuoi|ca|trong|suot|quanh)\\s*nam(?![a-z])${YEAR_SUFFIX}`, 'g'),
    read: (m) => {
      const spans: Record<string, (y: number) => [Ymd, Ymd]> = {
        dau: monthsSpan(1, 3),
        giua: monthsSpan(6, 7),
        cuoi: monthsSpan(10, 12),
      };
      return [{ year: toYear(m[2]), span: spans[m[1]] ?? monthsSpan(1, 12) }];
    },
  },
];

/** Finds the date atoms of a folded phrase, left to right, without overlaps. */
/** A bare year that ends a document's name ("Luật An ninh mạng 2025"), not a time. */
const NAMED_YEAR = /(?:luat|bo luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|ke hoach|chuong trinh|de an|du an|chien luoc|quy hoach)(?:\s+[a-z]+){0,6}\s*$/;

function findAtoms(folded: string): Atom[] {
  const found: Array<Atom & { rank: number }> = [];
  READERS.forEach((reader, rank) => {
    reader.re.lastIndex = 0;
    for (let m = reader.re.exec(folded); m; m = reader.re.exec(folded)) {
      const atoms = reader.read(m);
      if (atoms) for (const a of atoms) found.push({ ...a, at: m.index, end: m.index + m[0].length, rank });
    }
  });
  found.sort((a, b) => a.at - b.at || b.end - a.end || a.rank - b.rank);
  const kept: Atom[] = [];
  let takenUntil = -1;
  let lastAt = -1;
  for (const a of found) {
    // several atoms of one match (a list "tháng 5, 6") share their position
    if (a.at === lastAt && kept.length && kept[kept.length - 1].end === a.end) kept.push(a);
    else if (a.at >= takenUntil) {
      kept.push(a);
      takenUntil = a.end;
      lastAt = a.at;
    }
  }
  return kept.filter((a) => !(/^(?:19|20)\d{2}$/.test(folded.slice(a.at, a.end).trim()) && NAMED_YEAR.test(folded.slice(Math.max(0, a.at - 60), a.at))));
}

/** "trước" and its OCR misreadings seen in old scans ("trudc", "truoc", "tnxoc"), folded. */
const BEFORE_WORD = 'truoc|tru[a-z0-9]{0,2}c|tr[a-z]{1,3}c|tnxoc';
const BEFORE = new RegExp(`(?:^|[^a-z])(?:${BEFORE_WORD}|cham nhat|khong qua|han chot)(?:\\s*(?:ngay|thoi han|han))?\\s*[:(]?\\s*$`);
const BEFORE_ALONE = new RegExp(`^(?:${BEFORE_WORD})$`);
const AFTER = /(?:^|[^a-z])(?:sau|tu sau)(?:\s*ngay)?\s*$/;
/** "Từ tháng 10/2025", "từ ngày 01/7/2025": a start, and no end unless a second date gives one. */
const FROM = /(?:^|[^a-z])tu(?:\s*(?:ngay|thang|nam))?\s*$/;
/** "… và các năm tiếp theo", "… trở đi", "… đến khi <event>": the work goes on past the date. */
const ONWARD = /^\s*(?:,\s*)?(?:va\s*(?:cac|nhung)\s*(?:nam|thang|quy)\s*(?:tiep theo|sau|ke tiep)|tro di|tro ve sau|den khi|cho den khi)(?![a-z])/;
/** "Từ tháng 3/2025 đến hết năm": the stretch ends with that year. */
const TO_YEAR_END = /^\s*(?:den|toi)\s*(?:het|cuoi)\s*nam(?!\s*\d)/;

const RECURRENCES: Array<[Recurrence, RegExp]> = [
  ['semiannual', /(?:dinh ky|hang|moi)\s*(?:6|sau)\s*thang|(?:6|sau)\s*thang\s*(?:mot|1)\s*lan|nua nam mot lan|6 thang\/lan/],
  ['daily', /(?:hang|moi)\s*ngay(?!\s*\d)|dinh ky\s*ngay/],
  ['weekly', /(?:hang|moi)\s*tuan|dinh ky\s*(?:hang\s*)?tuan|tuan\s*(?:mot|1)\s*lan/],
  ['monthly', /(?:hang|moi)\s*thang|dinh ky\s*(?:hang\s*)?thang|thang\s*(?:mot|1)\s*lan/],
  ['quarterly', /(?:hang|moi)\s*quy|dinh ky\s*(?:hang\s*)?quy|quy\s*(?:mot|1)\s*lan/],
  ['yearly', /(?:hang|moi)\s*nam(?![a-z])|dinh ky\s*(?:hang\s*)?nam|nam\s*(?:mot|1)\s*lan/],
  ['continuous', /thuong\s*xuyen|lien tuc|quanh nam|suot nam/],
];

/** Words that open an event or a dependency rather than a date. */
const EVENT = /(?:^|[^a-z])(?:khi|sau khi|ngay sau|sau tet|sau le|theo (?:ke hoach|kh|tien do|yeu cau|chi dao|lich|quy dinh|huong dan|thong bao|van ban)|kip thoi|dot xuat|tuy theo|can cu)(?![a-z])/;

/** The recurrence a phrase states: a specific period beats "thường xuyên"; among those, the first written. */
function findRecurrence(folded: string): Recurrence | null {
  let best: { r: Recurrence; at: number } | null = null;
  for (const [r, re] of RECURRENCES) {
    const m = re.exec(folded);
    if (!m) continue;
    if (r === 'continuous') {
      if (!best) best = { r, at: m.index };
    } else if (!best || best.r === 'continuous' || m.index < best.at) best = { r, at: m.index };
  }
  return best?.r ?? null;
}

/** Gives every atom a year: its own, else a neighbour's in the same phrase, else the context's. */
function resolveYears(atoms: Atom[], fallback: number | null): Array<[Ymd, Ymd]> | null {
  const years = atoms.map((a) => a.year);
  const spans: Array<[Ymd, Ymd]> = [];
  for (let i = 0; i < atoms.length; i++) {
    let y = years[i];
    let from: 'self' | 'later' | 'earlier' | 'context' = 'self';
    if (y === null) {
      const later = years.slice(i + 1).find((v) => v !== null);
      const earlier = [...years.slice(0, i)].reverse().find((v) => v !== null);
      if (later != null) [y, from] = [later, 'later'];
      else if (earlier != null) [y, from] = [earlier, 'earlier'];
      else if (fallback !== null) [y, from] = [fallback, 'context'];
      else return null;
    }
    let span = atoms[i].span(y);
    // "tháng 12 đến tháng 2/2022": the yearless start lies in the year before
    if (from === 'later') {
      const next = atoms.slice(i + 1).find((a) => a.year !== null)!;
      if (compare(span[0], next.span(next.year!)[0]) > 0) span = atoms[i].span(y - 1);
    }
    spans.push(span);
  }
  return spans;
}

const KNOWN_WORDS = new Set(
  'truoc sau ngay tu den va thang quy nam tuan dau cuoi giua ca trong hoan thanh du kien thuc hien thoi gian han chot cham nhat khong qua thu nhat hai ba tu nua giai doan hang moi dinh ky thuong xuyen lan mot cac cua tiep theo nhung'.split(
    ' ',
  ),
);

/** Share of the words outside the atoms that are not deadline vocabulary (0: fully explained). */
function unexplained(folded: string, atoms: Atom[]): number {
  let rest = '';
  let from = 0;
  for (const a of atoms) {
    rest += ' ' + folded.slice(from, a.at);
    from = Math.max(from, a.end);
  }
  rest += ' ' + folded.slice(from);
  const words = rest.match(/[a-z]+/g) ?? [];
  const unknown = words.filter((w) => !KNOWN_WORDS.has(w) && w.length > 1).length;
  return words.length ? unknown / Math.max(words.length, 3) : 0;
}

/**
 * Reads a deadline cell. `context.groupYear` (from the group row) wins over
 * `context.planYear` for dates written without a year.
 */
export function normalizeDeadline(text: string, context: DeadlineContext): NormalizedDeadline {
  const folded = foldKey(text.normalize('NFC')).replace(/[–—]/g, '-');
  if (!/[a-z0-9]/.test(folded)) return { due: null, recurrence: null, confidence: 0 };
  const recurrence = findRecurrence(folded);
  const atoms = findAtoms(folded);
  for (let i = 0; i < atoms.length; i++) {
    const lead = folded.slice(i === 0 ? 0 : atoms[i - 1].end, atoms[i].at);
    atoms[i].before = BEFORE.test(lead);
    atoms[i].after = !atoms[i].before && AFTER.test(lead);
  }
  const isEvent = EVENT.test(folded);
  const noise = unexplained(folded, atoms);

  if (atoms.length === 0) {
    if (recurrence) return { due: null, recurrence, confidence: noise > 0.5 ? 0.75 : 0.95 };
    return { due: null, recurrence: null, confidence: isEvent ? 0.8 : 0.2 };
  }

  const spans = resolveYears(atoms, context.groupYear ?? context.planYear ?? null);
  if (!spans) return { due: null, recurrence, confidence: 0.3 };

  const first = atoms[0];
  const single = atoms.length === 1 || atoms.every((a) => a.at === first.at);
  let start: Ymd | null = spans.reduce((min, s) => (compare(s[0], min) < 0 ? s[0] : min), spans[0][0]);
  let end: Ymd | null = spans.reduce((max, s) => (compare(s[1], max) > 0 ? s[1] : max), spans[0][1]);
  if (first.before) {
    // "trước 30/6" ends that day; "trước tháng 6" ends the day before June
    const [s0, e0] = spans[0];
    const isDay = compare(s0, e0) === 0;
    if (single) end = isDay ? e0 : dayBefore(s0);
    start = null;
  } else if (first.after && single) {
    end = null;
  } else if (single && end && TO_YEAR_END.test(folded.slice(first.end))) {
    end = ymd(end.y, 12, 31);
  } else if (single && ((FROM.test(folded.slice(0, first.at)) && !/(?:den|toi|-|va|,)/.test(folded.slice(first.at, first.end))) || ONWARD.test(folded.slice(first.end)))) {
    // an open-ended stretch: "Từ 01/7/2025", "Năm 2025 và các năm tiếp theo"
    end = null;
  }

  // "Quý I và Quý III": separate periods listed, no single deadline
  if (atoms.length > 1 && !first.before && listedApart(folded, atoms, spans)) return { due: null, recurrence, confidence: 0.75 };

  let confidence = 0.97;
  if (noise > 0.5) confidence -= 0.25;
  else if (noise > 0.2) confidence -= 0.1;
  if (isEvent) confidence -= 0.15;
  if (atoms.some((a) => a.year === null) && context.groupYear == null && context.planYear == null) confidence -= 0.2;
  return {
    due: { start: start ? iso(start) : null, end: end ? iso(end) : null },
    recurrence,
    confidence: Math.max(0.1, Math.round(confidence * 100) / 100),
  };
}

/** True when the atoms are a list ("và", ",") of periods with gaps between them, not one stretch of time. */
function listedApart(folded: string, atoms: Atom[], spans: Array<[Ymd, Ymd]>): boolean {
  const between = folded.slice(atoms[0].at, atoms[atoms.length - 1].end);
  if (/(?:^|[^a-z])(?:den|toi|tu)(?![a-z])|-/.test(between) || !/(?:^|[^a-z])va(?![a-z])|,/.test(between)) return false;
  const sorted = [...spans].sort((a, b) => compare(a[0], b[0]));
  for (let i = 1; i < sorted.length; i++) if (compare(sorted[i][0], dayAfter(sorted[i - 1][1])) > 0) return true;
  return false;
}

function dayAfter(date: Ymd): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + 1));
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function dayBefore(date: Ymd): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d - 1));
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Years a plan title names that are not the plan's own year ("đến năm 2030", "giai đoạn 2021-2025", a cited decision's date). */
const NOT_PLAN_YEAR = /(?:den|toi|tam nhin)\s*(?:nam\s*)?$|\d\s*[/.-]\s*$|so\s*\d*$/;

/**
 * The year a plan is for: "… năm 2024" or "… Tết Giáp Thìn 2024" in its title,
 * else a lone year in the title, else the year of its date.
 */
export function planYear(title: string | null, date: string | null): number | null {
  const dateYear = date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null;
  if (!title) return dateYear;
  const folded = foldKey(title);
  const candidates: Array<{ year: number; score: number }> = [];
  const re = /(?<![\d/.-])((?:19|20)\d{2})(?![\d/]|\s*-\s*(?:19|20)\d{2}|\s*-\s*\d{2}(?!\d))/g;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const lead = folded.slice(Math.max(0, m.index - 30), m.index);
    if (NOT_PLAN_YEAR.test(lead)) continue;
    if (/(?:^|\s)(?:den|toi|-)\s*$/.test(lead) && /(?:19|20)\d{2}\s*(?:den|toi|-)\s*$/.test(lead)) continue;
    const score = /nam\s*$/.test(lead) ? 3 : /tet\b/.test(lead) ? 2 : 1;
    candidates.push({ year: Number(m[1]), score });
  }
  candidates.sort((a, b) => b.score - a.score);
  return candidates[0]?.year ?? dateYear;
}

/** The year a group row names ("QUÝ I/2021", "THÁNG 02/2024", "Năm 2025"), or null. */
export function yearOf(groupTitle: string | null | undefined): number | null {
  if (!groupTitle) return null;
  const m = /(?<![\d])((?:19|20)\d{2})(?!\d)/.exec(foldKey(groupTitle));
  return m ? Number(m[1]) : null;
}

/**
 * A deadline phrase with the marks of its time words put right, whatever an old OCR or
 * the restorer left: "Thắng 3/2021" → "Tháng 3/2021", "Quỹ I/2024" → "Quý I/2024",
 * "Trudc 15/01" → "Trước 15/01", "Hang thang" → "Hằng tháng". A word is rewritten only
 * where the words around it make it a time word ("tháng" before a number, "trước" before
 * a date); names and other words are left as they are. The first letter keeps its case.
 */
export function restoreDeadlineWords(text: string): string {
  const parts = text.split(/(\s+)/);
  const words = parts.filter((_, i) => i % 2 === 0);
  const folded = words.map((w) => foldKey(w).replace(/[^a-z0-9/]/g, ''));
  const next = (i: number) => folded[i + 1] ?? '';
  const isNumber = (w: string) => /^(?:\d|[ivx]+$|[ivx]+\/|1v)/.test(w);
  const isDateStart = (w: string) => isNumber(w) || /^(?:ngay|thang|quy|nam|tuan|ngay\d)/.test(w);
  const fix = (i: number): string | null => {
    const w = folded[i];
    if (/^th[a-z]{0,2}ng$/.test(w) && w !== 'thuong' && (isNumber(next(i)) || /^(?:mot|hai|ba|dau|cuoi)$/.test(next(i)) || /^\d+$/.test(folded[i - 1] ?? ''))) return 'tháng';
    if (w === 'nam' && /^(?:dau|cuoi|ca|giua|thang)$/.test(folded[i - 1] ?? '') && !/^(?:19|20)\d\d/.test(next(i))) return 'năm';
    if (/^qu[a-z]?[yi]$/.test(w) && isNumber(next(i))) return 'quý';
    if (BEFORE_ALONE.test(w) && isDateStart(next(i))) return 'trước';
    if (w === 'ngay' && isNumber(next(i))) return 'ngày';
    if (w === 'nam' && /^(?:19|20)\d\d/.test(next(i))) return 'năm';
    if (/^(?:hang|moi)$/.test(w) && /^(?:ngay|tuan|thang|quy|nam)$/.test(next(i))) return w === 'moi' ? 'mỗi' : /à/.test(words[i].toLowerCase()) ? 'hàng' : 'hằng';
    if (/^(?:ngay|tuan|thang|quy|nam)$/.test(w) && /^(?:hang|moi)$/.test(folded[i - 1] ?? '')) return { ngay: 'ngày', tuan: 'tuần', thang: 'tháng', quy: 'quý', nam: 'năm' }[w]!;
    if (w === 'tuan' && /^(?:dau|cuoi|thu|giua|\d)/.test(next(i))) return 'tuần';
    if (/^(?:dau|cuoi|giua)$/.test(w) && /^(?:thang|nam|quy|tuan)$/.test(next(i))) return { dau: 'đầu', cuoi: 'cuối', giua: 'giữa' }[w]!;
    if (w === 'tu' && isDateStart(next(i))) return 'từ';
    if (w === 'den' && (isDateStart(next(i)) || next(i) === 'het')) return 'đến';
    if (w === 'dinh' && next(i) === 'ky') return 'định';
    if (w === 'ky' && folded[i - 1] === 'dinh') return 'kỳ';
    if (w === 'thuong' && next(i) === 'xuyen') return 'thường';
    if (w === 'xuyen' && folded[i - 1] === 'thuong') return 'xuyên';
    return null;
  };
  for (let i = 0; i < words.length; i++) {
    const word = fix(i);
    if (!word) continue;
    // keep what the word carries besides its letters ("(Trudc" → "(Trước"), and its first letter's case
    const m = /^([^\p{L}]*)(\p{L}+)(.*)$/u.exec(words[i]);
    if (!m) continue;
    const cased = /^\p{Lu}/u.test(m[2]) ? word[0].toUpperCase() + word.slice(1) : word;
    parts[i * 2] = m[1] + cased + m[3];
  }
  return parts.join('');
}
