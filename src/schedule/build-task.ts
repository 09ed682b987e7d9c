/**
 * One task from the texts of its cells, by role: content, units split and made
 * canonical, deadline read into `due`/`recurrence`, unknown columns kept in
 * `extra`. Shared by the grid reader (index.ts) and the text reader (text-table.ts).
 */
import type { Provenance, Task } from '../model/plan.ts';
import { normalizeDeadline, yearOf, restoreDeadlineWords } from '../normalize/deadline.ts';
import { canonicalUnits, splitUnits } from '../normalize/units.ts';
import { foldKey } from '../text/vietnamese.ts';

export interface TaskCells {
  content: string;
  implementer?: string;
  coordinators?: string;
  supervisor?: string;
  deadline?: string;
  product?: string;
  /** header → text, for columns of no known role (and "Ghi chú") */
  extra?: Record<string, string>;
}

export interface TaskPlace {
  groupTitle: string | null;
  /** stable slug of the group for ids: "q1" for QUÝ I, "g2" for the second group */
  groupSlug: string | null;
  no: string | null;
  sub: string | null;
  lead?: string | null;
  /** running index of the row, for ids of unnumbered rows */
  index: number;
}

/** A sub-item marker at the start of a text: "a)", "b.", "-", "+", "•". */
export const SUB_MARKER = /^\s*(?:([a-zđ])\s*[).]|[-+•–*])\s+/i;

/** The text without its sub-item marker ("a) Quý II/2019" → "Quý II/2019"). */
export function withoutMarker(text: string): string {
  return text.replace(SUB_MARKER, '').trim();
}

export function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\s+/g, ' ').trim();
}

const QUARTER_SLUG: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', '1': '1', '2': '2', '3': '3', '4': '4' };

/** Slug of a group title for task ids. */
export function groupSlug(title: string | null, index: number): string | null {
  if (!title) return null;
  const folded = foldKey(title);
  const quarter = /^quy\s+(iv|iii|ii|i|[1-4])(?![a-z0-9])/.exec(folded);
  if (quarter && !/\bva\b/.test(folded)) return `q${QUARTER_SLUG[quarter[1]]}`;
  const month = /^thang\s+(\d{1,2})(?!\d)/.exec(folded);
  if (month && !/-|den/.test(folded)) return `m${Number(month[1])}`;
  return `g${index}`;
}

export function taskId(place: TaskPlace): string {
  const no = place.no ? place.no.replace(/[^\p{L}\p{N}.]/gu, '') : `r${place.index}`;
  return ['t', place.groupSlug, `${no}${place.sub ?? ''}`].filter(Boolean).join('-');
}

function units(text: string | undefined): string[] {
  return text ? splitUnits(withoutMarker(text)) : [];
}

export function buildTask(
  cells: TaskCells,
  place: TaskPlace,
  context: { planYear: number | null; provenance?: Provenance; cellConfidence?: number; source?: Task['source'] },
): { task: Task; deadlineConfidence: number | null } {
  // the time words' marks put right ("Thắng 3/2021" → "Tháng 3/2021"): an old OCR and the restorer miss them
  const deadlineText = restoreDeadlineWords(oneLine(withoutMarker(cells.deadline ?? ''))) || null;
  const deadline = deadlineText ? normalizeDeadline(deadlineText, { planYear: context.planYear, groupYear: yearOf(place.groupTitle) }) : null;
  const implementer = units(cells.implementer);
  const coordinators = units(cells.coordinators);
  const supervisor = units(cells.supervisor);
  const extra = Object.fromEntries(Object.entries(cells.extra ?? {}).filter(([, v]) => oneLine(v)).map(([k, v]) => [k, oneLine(v)]));
  const base = context.cellConfidence ?? 1;
  const confidence = base * (deadline ? 0.6 + 0.4 * deadline.confidence : 1);
  const task: Task = {
    id: taskId(place),
    groupTitle: place.groupTitle,
    no: place.no,
    sub: place.sub,
    lead: place.lead ?? null,
    content: oneLine(cells.content),
    implementer,
    coordinators,
    supervisor,
    canonical: canonicalUnits({ implementer, coordinators, supervisor }),
    deadlineText,
    due: deadline?.due ?? null,
    recurrence: deadline?.recurrence ?? null,
    product: oneLine(cells.product) || null,
    ...(Object.keys(extra).length ? { extra } : {}),
    source: context.source ?? { kind: 'table' },
    ...(context.provenance ? { provenance: context.provenance } : {}),
    confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
  };
  return { task, deadlineConfidence: deadline?.confidence ?? null };
}
