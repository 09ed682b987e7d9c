/**
 * Unit names in a plan's tasks put right from the plan itself, after restoration.
 *
 * An old OCR loses the last word of a line ("Sở Khoa học và Công" / "nghệ") and strips
 * the marks of names that are no Vietnamese syllables ("Dak Lak"); the restorer cannot
 * know either. The plan usually names the same unit in full elsewhere (another duty, the
 * "Nơi nhận" list), and names its province. So, within one plan:
 * - a unit whose last words spell a province is given that province's spelling
 *   ("Công ty Điện lực Dak Lak" → "… Đắk Lắk"), and one that ends in "tính" its level "tỉnh";
 * - a unit that is the first words of exactly one other unit of the plan, and whose last
 *   word ends no unit of the plan, is that unit ("Bộ Công" → "Bộ Công an"). A name that
 *   ends where names end ("Ủy ban nhân dân xã, phường" beside "…, phường, đặc khu") stays.
 *
 * Guarantees: pure; a unit is only ever replaced by a name the same plan prints; text with
 * correct names is left as it is.
 */
import type { Task } from '../model/plan.ts';
import { provinceName } from '../structure/places.ts';
import { foldKey } from '../text/vietnamese.ts';
import { canonicalUnits, splitUnits, unitEndsOpen } from './units.ts';

const ROLES = ['implementer', 'coordinators', 'supervisor'] as const;

export function repairUnitNames(tasks: Task[], recipients: string[] = []): Task[] {
  const withProvinces = tasks.map((task) => mapUnits(task, (unit) => fixProvince(provinceLevel(unit))));
  const known = [
    ...withProvinces.flatMap((t) => ROLES.flatMap((role) => t[role])),
    ...recipients.flatMap((r) => splitUnits(r.replace(/^[-+•]\s*/, '').replace(/\s*\([^)]*\)\s*[;.]?$/, ''))).map(fixProvince),
  ];
  const words = (unit: string) => foldKey(unit).split(/[^a-z0-9]+/).filter(Boolean);
  // the last words units of this plan end with
  const endings = new Map<string, number>();
  for (const unit of known) {
    const w = words(unit);
    // names, not a sentence a label ran into
    if (w.length && w.length <= 12) endings.set(w[w.length - 1], (endings.get(w[w.length - 1]) ?? 0) + 1);
  }
  const complete = (unit: string): string => {
    const w = words(unit);
    if (w.length < 2) return unit;
    // a cut name stops on a word of its proper part ("Bộ Công", "Sở Nội") or one that cannot end it
    // ("… Biên phòng thành"); a collective ("Các sở, ban, ngành") may be complete as it is
    const last = unit.split(/\s+/).pop()!;
    if (!/^\p{Lu}/u.test(last) && !unitEndsOpen(unit) && w[w.length - 1] !== 'thanh') return unit;
    const key = w.join(' ');
    const longer = new Map<string, string>();
    for (const other of known) {
      const o = words(other);
      if (o.length > w.length && o.length <= w.length + 3 && o.slice(0, w.length).join(' ') === key) longer.set(o.join(' '), other);
    }
    if (longer.size !== 1) return unit;
    // the unit's own copies end with its last word too: any other unit ending so makes it a name of its own
    const ownCopies = known.filter((k) => words(k).join(' ') === key).length;
    if ((endings.get(w[w.length - 1]) ?? 0) > ownCopies) return unit;
    return [...longer.values()][0];
  };
  return withProvinces.map((task) => mapUnits(task, complete));
}

/**
 * "Bộ Chỉ huy Quân sự tính" → "… tỉnh": no unit's name ends in "tính", "tĩnh" or "tình"; an
 * OCR or the restorer reads the province level so (both are words, so neither sees it).
 */
function provinceLevel(unit: string): string {
  return unit.replace(/(?<=\s)(?:tính|tĩnh|tinh|tình|tịnh)$/u, 'tỉnh');
}

/** "Công ty Điện lực Dak Lak" → "Công ty Điện lực Đắk Lắk": the last one to four words, when they spell a province (a closing ";" or "(b/c);" kept). */
export function fixProvince(text: string): string {
  const [, unit, tail] = /^(.*?)(\s*(?:\([^()]*\))?\s*[;.,]*)$/u.exec(text) ?? [text, text, ''];
  return fixProvinceAtEnd(unit) + tail;
}

function fixProvinceAtEnd(unit: string): string {
  const parts = unit.split(' ');
  for (let n = Math.min(4, parts.length - 1); n >= 1; n--) {
    const tail = parts.slice(-n).join(' ');
    const name = provinceName(tail);
    if (name && name !== tail) return [...parts.slice(0, -n), name].join(' ');
    if (name) return unit;
  }
  return unit;
}

function mapUnits(task: Task, fix: (unit: string) => string): Task {
  const units = { implementer: task.implementer.map(fix), coordinators: task.coordinators.map(fix), supervisor: task.supervisor.map(fix) };
  const changed = ROLES.some((role) => units[role].some((u, i) => u !== task[role][i]));
  return changed ? { ...task, ...units, canonical: canonicalUnits(units) } : task;
}
