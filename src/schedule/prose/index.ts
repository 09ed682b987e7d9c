/**
 * Tasks stated in prose (CONTRACT.md, "A task": `source: {kind: "prose", section}`).
 *
 * Walks the section tree once. Sections that assign nothing (purposes, targets,
 * criteria, basis; funding but for a unit it tells to act) are skipped with everything
 * under them. Everywhere else a duty followed by labelled lines is a task
 * (labelled-duties.ts). Under "TỔ CHỨC THỰC HIỆN" (and its variants, or a section
 * whose items are mostly units) a heading that names units heads their duties
 * (unit-duties.ts), as does a paragraph opening "Sở Tư pháp: …" or a sentence whose
 * subject is a unit ("2. Sở Tài chính chủ trì …", unit-sentence.ts). A duty with no
 * label whose paragraph or bullet names its unit as the subject is a task too, except
 * in a plan with a schedule table, whose sections sum the table up. A roman part's own
 * paragraphs and the plan's closing words are not tasks.
 *
 * Guarantees: pure, never throws, NFC in and out; every section gives its duties
 * through one reader only; a duty that a schedule table already lists (given in
 * `context.tableTasks`) or whose section points to an annexed table is not repeated.
 */
import type { Section, Task } from '../../model/plan.ts';
import { buildDuty, dutyText, type ProseDuty } from './build-duty.ts';
import { foldWords } from './fold.ts';
import { labelChildren, labelledDuties, type Place } from './labelled-duties.ts';
import { assignsNothing, isFunding, isOrganisation, pointsToAnnex } from './section-kinds.ts';
import { findSentenceDeadline } from './sentence-deadline.ts';
import { subjectBullets, unitDuties } from './unit-duties.ts';
import { readUnitHeading, splitUnitLead, type UnitHeading } from './unit-heading.ts';
import { readUnitSentence } from './unit-sentence.ts';

export interface ProseContext {
  /** the year the plan is for (`planYear(title, date)`), for dates written without one */
  planYear: number | null;
  /** tasks read from the plan's schedule tables: a prose duty that repeats one is dropped */
  tableTasks?: Task[];
}

export function proseTasks(sections: Section[], context: ProseContext): Task[] {
  const duties: ProseDuty[] = [];
  const visit = (section: Section, index: number, path: string[], parent: Section | null, inOrganisation: boolean) => {
    const here = sectionPath(section, index, path, parent);
    const place: Place = { path: here.join('.'), parentTitle: parent?.title ?? null };
    if (assignsNothing(section)) {
      // "2. Sở Tài chính chủ trì … bố trí kinh phí" under KINH PHÍ still gives that unit a duty
      if (isFunding(section)) section.children.forEach((c, i) => unitSentenceDuty(c, sectionPath(c, i, here, section), section));
      return;
    }
    // a section whose items are mostly units ("1. Sở Y tế", "2. Sở Tài chính") assigns duties, whatever its (damaged) title
    const organisation = inOrganisation || isOrganisation(section) || unitsHead(section);
    if (organisation) {
      const unit = unitOf(section);
      if (unit && !pointsToAnnex(section)) {
        duties.push(...unitDuties(unit.section ?? section, unit.heading, place, unit.opening, Boolean(unit.section)));
        // lettered children were read as the unit's duties; other children may be units of their own
        section.children.filter((c) => !/^[a-zđ]$/i.test(c.number ?? '')).forEach((c, i) => visit(c, i, here, section, organisation));
        return;
      }
    }
    const labelled = labelledDuties(section, place);
    duties.push(...labelled);
    // duties that name their unit as the subject of a sentence (outside the organisation section,
    // not in a plan with a schedule table: there the sections sum up what the table lists)
    if (labelled.length === 0 && !pointsToAnnex(section) && (organisation || !context.tableTasks?.length)) {
      duties.push(...subjectDuties(section, place, organisation));
    }
    const labelLines = new Set(labelChildren(section));
    section.children.forEach((c, i) => {
      if (!labelLines.has(c)) visit(c, i, here, section, organisation);
    });
  };
  const unitSentenceDuty = (section: Section, path: string[], parent: Section) => {
    const unit = unitOf(section);
    if (unit?.section) duties.push(...unitDuties(unit.section, unit.heading, { path: path.join('.'), parentTitle: parent.title }, unit.opening, true));
  };
  sections.forEach((s, i) => visit(s, i, [], null, false));
  const tasks = duties.map((d) => buildDuty(d, context));
  return dropRepeats(uniqueIds(tasks), context.tableTasks ?? []);
}

/** Most of a section's numbered children are headed by units (at least two of them). */
function unitsHead(section: Section): boolean {
  const units = section.children.filter((c) => readUnitHeading(c.title)).length;
  return units >= 2 && units * 2 > section.children.length;
}

/**
 * The unit a section is headed by: its title, a first paragraph "Sở Tư pháp: …" under an
 * untitled number, or the subject of its first sentence ("Sở Tài chính chủ trì …"); then
 * `opening` is the duty that sentence states and `section` the section read with it first.
 */
function unitOf(section: Section): { heading: UnitHeading; opening?: string; section?: Section } | null {
  // a heading whose children are themselves units ("1. Các sở, ngành" → "a) Sở Tư pháp") only groups them
  const childUnits = section.children.filter((c) => readUnitHeading(c.title)).length;
  if (childUnits > 0 && childUnits >= section.children.length / 2) return null;
  const heading = readUnitHeading(section.title);
  if (heading) return { heading };
  if (section.title === null && section.paragraphs.length) {
    const lead = splitUnitLead(section.paragraphs[0]);
    if (lead) return { heading: lead.heading, opening: lead.duty };
  }
  const first = section.title ?? section.paragraphs[0];
  const sentence = first ? readUnitSentence(first) : null;
  if (sentence) {
    const heading = { title: sentence.units, units: sentence.units };
    const paragraphs = section.title === null ? section.paragraphs : [section.title, ...section.paragraphs];
    return { heading, opening: sentence.duty, section: { ...section, title: null, paragraphs } };
  }
  return null;
}

/**
 * Duties whose units are the subjects of their sentences, in one section: its bullets
 * ("- Sở Nội vụ hướng dẫn …" under "2. Trách nhiệm thực hiện"; "Lưu ý: - UBND xã, phường
 * thực hiện trực ban …"), or its title and paragraphs ("3. Xây dựng các văn bản …" /
 * "Sở, ban, ngành … có trách nhiệm rà soát …"; "1. Công tác theo dõi, kiểm tra" / a
 * paragraph per unit). Under the organisation section bullets are the usual shape.
 */
function subjectDuties(section: Section, place: Place, organisation: boolean): ProseDuty[] {
  const readers = organisation ? [subjectBullets, subjectOfTitledDuty] : [subjectOfTitledDuty, subjectBullets];
  for (const read of readers) {
    const found = read(section, place);
    if (found.length) return found;
  }
  return [];
}

/**
 * A numbered duty whose first paragraph names who does it as the subject of a sentence:
 * the title is the duty, the sentence its description, its subject the implementer.
 */
function subjectOfTitledDuty(section: Section, place: Place): ProseDuty[] {
  // a part of the plan ("IV. TỔ CHỨC THỰC HIỆN") is no duty: its unnumbered paragraphs are the plan's general words
  if (!section.number || /^[IVX]+$/.test(section.number) || (section.title && readUnitHeading(section.title))) return [];
  const base = { section: place.path, groupTitle: place.parentTitle, no: section.number, sub: null, provenance: section.provenance, confidence: (section.confidence ?? 1) * 0.85 };
  if (section.title && section.paragraphs.length) {
    // "1. Công tác theo dõi, kiểm tra" / "Sở KHCN là cơ quan thường trực …" / "Các sở, ban, ngành … định kỳ …":
    // several units, each the subject of its own paragraph, are several duties under the title
    const sentences = section.paragraphs.map((p) => readUnitSentence(p));
    if (sentences.filter(Boolean).length >= 2) {
      const duties: ProseDuty[] = [];
      sentences.forEach((sentence, i) => {
        const last = duties[duties.length - 1];
        if (sentence) duties.push({ ...base, groupTitle: section.title, sub: String.fromCharCode(97 + duties.length), content: sentence.duty, implementer: sentence.units });
        else if (last) last.content += `. ${dutyText(section.paragraphs[i])}`;
      });
      return duties;
    }
    const sentence = sentences[0];
    if (!sentence) return [];
    const content = `${dutyText(section.title)}. ${dutyText(section.paragraphs.join(' '))}`;
    return [{ ...base, content, implementer: sentence.units, deadline: findSentenceDeadline(sentence.duty)?.text }];
  }
  // a leaf item that is one sentence: "a) Ủy ban nhân dân xã, phường huy động …", "b) Mở tài khoản: Ủy ban nhân dân xã, phường phối hợp …"
  const text = section.title ?? section.paragraphs[0];
  if (!text || section.children.length || section.paragraphs.length > 1) return [];
  const sentence = readUnitSentence(text);
  if (sentence) return [{ ...base, content: sentence.duty, implementer: sentence.units }];
  const colon = text.indexOf(':');
  const titled = colon > 0 && colon < 150 ? readUnitSentence(text.slice(colon + 1)) : null;
  return titled ? [{ ...base, content: dutyText(text), implementer: titled.units }] : [];
}

/**
 * The number path of a section, as the fixtures' gold writes it: "III.2", "III.2.a";
 * a child numbered "1.2" under "1" replaces its parent's number rather than adding to it.
 */
function sectionPath(section: Section, index: number, path: string[], parent: Section | null): string[] {
  const number = section.number ?? `s${index + 1}`;
  if (parent?.number && number.startsWith(`${parent.number}.`)) return [...path.slice(0, -1), number];
  return [...path, number];
}

/** Two duties of one section path with one sub would share an id: the later ones get a suffix. */
function uniqueIds(tasks: Task[]): Task[] {
  const seen = new Map<string, number>();
  return tasks.map((t) => {
    const n = seen.get(t.id) ?? 0;
    seen.set(t.id, n + 1);
    return n ? { ...t, id: `${t.id}~${n + 1}` } : t;
  });
}

/** Drops prose duties whose content a table task already states (the plan's annex repeats the sections). */
function dropRepeats(tasks: Task[], tableTasks: Task[]): Task[] {
  if (tableTasks.length === 0) return tasks;
  const tableWords = tableTasks.map((t) => new Set(foldWords(t.content)));
  return tasks.filter((t) => {
    const words = new Set(foldWords(t.content));
    return !tableWords.some((w) => dice(words, w) >= 0.8);
  });
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}
