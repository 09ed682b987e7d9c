/**
 * Pattern 1: a duty followed by its labelled lines.
 *
 *   2. Kiểm tra, xử lý hoạt động quảng cáo          ← the duty (the section's title)
 *   Đơn vị chủ trì: Công chức Văn hóa - Xã hội.      ← labels
 *   Thời gian thực hiện: Hằng tháng.
 *
 * A section's paragraphs are read in order into groups: duty text, then the labels
 * that follow it; text after a label opens the next group (unless it carries on the
 * label: a lower-case wrap, or the "+ …" list of a label left empty). One group is one
 * duty, named by the section's title and its own text under it (a "Nội dung: …"
 * label's value is kept in `extra`, or names the duty that has no title); several groups are the section's sub-duties
 * a, b, … A paragraph that closes with its own labels ("… (Đơn vị chủ trì: …)") is
 * a duty by itself. Children "a) Đơn vị chủ trì: …" count as the section's labels.
 */
import type { Section } from '../../model/plan.ts';
import { dutyText, type ProseDuty } from './build-duty.ts';
import { type Label, type LabelRole, readLabels } from './labels.ts';
import { pointsToAnnex } from './section-kinds.ts';

export interface Place {
  /** number path of the section: "II.3" */
  path: string;
  /** title of the section that holds this one */
  parentTitle: string | null;
}

interface Group {
  texts: string[];
  labels: Label[];
  /** the labels closed the duty's own paragraph */
  inline: boolean;
}

/** Roles that assign a duty (a "Nội dung:" label alone does not). */
const ASSIGNING: LabelRole[] = ['implementer', 'coordinators', 'supervisor', 'deadline', 'product'];

/** Children that are only label lines ("a) Đơn vị chủ trì: …"): they belong to the section. */
export function labelChildren(section: Section): Section[] {
  const labels = section.children.filter((c) => {
    const text = c.title ?? c.paragraphs[0];
    if (!text || c.children.length) return false;
    const read = readLabels(text);
    return read.labels.length > 0 && read.before === '' && c.paragraphs.slice(c.title ? 0 : 1).every((p) => readLabels(p).before === '');
  });
  // "1. Chủ đề thi đua; 2. Thời gian thực hiện: …; 3. Nội dung thi đua": one numbered label
  // among parts that are not labels describes the whole campaign, it does not make the
  // section a duty; lettered label lines ("a) Đơn vị chủ trì: …") are the section's own
  const lettered = labels.every((c) => /^[a-zđ]$/i.test(c.number ?? ''));
  return lettered || labels.length * 2 >= section.children.length ? labels : [];
}

export function labelledDuties(section: Section, place: Place): ProseDuty[] {
  const fromChildren = labelChildren(section).flatMap((c) => [c.title, ...c.paragraphs].filter((t): t is string => Boolean(t)));
  const groups = readGroups([...section.paragraphs, ...fromChildren]).filter((g) => g.labels.some((l) => ASSIGNING.includes(l.role)));
  if (groups.length === 0 || pointsToAnnex(section)) return [];
  const base = section.confidence ?? 1;
  const one = groups.length === 1;
  return groups.flatMap((group, i): ProseDuty[] => {
    const contentLabel = valueOf(group, 'content');
    const ownText = group.texts.map(dutyText).filter(Boolean).join('; ');
    // one group under a titled section: the title is the duty, the text its description
    const named = (one || (i === 0 && !ownText)) && section.title ? section.title : ownText || contentLabel;
    if (!named) return [];
    // the duty is its title and its own text, without the label lines (issue #7): a "Nội dung: …"
    // label's value names the duty only when nothing else does, else it is kept in `extra`
    const description = named === section.title ? ownText : '';
    const content = description && description !== named ? `${dutyText(named)}. ${description}` : named;
    const contentHead = group.labels.find((l) => l.role === 'content')?.head;
    const extra = contentLabel && contentLabel !== named && contentHead ? { [contentHead]: contentLabel } : undefined;
    const implementer = valueOf(group, 'implementer');
    return [
      {
        section: place.path,
        groupTitle: one ? place.parentTitle : (section.title ?? place.parentTitle),
        no: section.number,
        sub: one ? null : String.fromCharCode(97 + i),
        content,
        implementer,
        coordinators: valueOf(group, 'coordinators'),
        supervisor: valueOf(group, 'supervisor'),
        product: valueOf(group, 'product'),
        deadline: valueOf(group, 'deadline'),
        ...(extra ? { extra } : {}),
        provenance: section.provenance,
        // no implementer label: the duty is plain, but who does it is unknown
        confidence: base * (implementer ? 1 : 0.8) * (group.labels.some((l) => l.fuzzy) ? 0.9 : 1),
      },
    ];
  });
}

function valueOf(group: Group, role: LabelRole): string {
  return group.labels
    .filter((l) => l.role === role && l.value)
    .map((l) => l.value)
    .join('; ');
}

/** Paragraphs → groups of duty text and the labels after it. */
function readGroups(paragraphs: string[]): Group[] {
  const groups: Group[] = [];
  let current: Group = { texts: [], labels: [], inline: false };
  // the label whose value goes on in the next paragraph: left empty (a list follows), or cut mid-sentence
  let open: { label: Label; list: boolean; marker: string } | null = null;
  const close = () => {
    if (current.texts.length || current.labels.length) groups.push(current);
    current = { texts: [], labels: [], inline: false };
  };
  for (const paragraph of paragraphs) {
    const text = paragraph.trim();
    const read = readLabels(text);
    if (read.labels.length && read.before) {
      // "… (Đơn vị chủ trì: …; thời gian: …)": a duty with its labels in one paragraph
      close();
      groups.push({ texts: [read.before], labels: read.labels, inline: true });
      open = null;
      continue;
    }
    if (read.labels.length) {
      current.labels.push(...read.labels);
      const last = read.labels[read.labels.length - 1];
      const marker = /^[-+•]/.exec(text)?.[0] ?? '';
      open = last.value === '' ? { label: last, list: true, marker } : /[.;:!?)]$/.test(text) ? null : { label: last, list: false, marker };
      continue;
    }
    if (open && carriesOn(open, text)) {
      const value = open.list ? dutyText(text) : text.replace(/[.;]$/, '');
      open.label.value = open.label.value ? `${open.label.value}${open.list ? '; ' : ' '}${value}` : value;
      if (!open.list) open = /[.;:!?)]$/.test(text) ? null : open;
      continue;
    }
    open = null;
    if (current.labels.length) close();
    current.texts.push(text);
  }
  close();
  return groups;
}

/** Text that still belongs to the open label: an item of the list it opened, or the rest of its cut sentence. */
function carriesOn(open: { label: Label; list: boolean; marker: string }, text: string): boolean {
  const marker = /^[-+•]/.exec(text)?.[0] ?? '';
  if (open.list) return marker !== '' && marker !== open.marker && (marker === '+' || open.marker === '');
  // a cut value goes on in lower case; an upper-case line is more likely the next duty, except
  // in a "Nội dung:" value, whose long lists wrap anywhere ("… khoản 3" / "Điều 6; khoản 5 …")
  return marker === '' && (/^\p{Ll}/u.test(text) || (open.label.role === 'content' && readLabels(text).labels.length === 0));
}
