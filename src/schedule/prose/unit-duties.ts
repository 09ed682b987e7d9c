/**
 * Pattern 2: under "TỔ CHỨC THỰC HIỆN", a unit as a heading and its duties below.
 *
 *   1. Sở Y tế                                      ← the unit (groupTitle, implementer)
 *   - Tham mưu Ban Chỉ đạo tổ chức triển khai …;    ← duty a
 *   - Tổng hợp kết quả, báo cáo … trước ngày 10/3.  ← duty b (deadline in the sentence)
 *
 * Duties are the heading's bullets ("- ", or "+ " when there is no "- "), else its
 * sentences (paragraphs), and its lettered children ("a) Chủ trì, phối hợp …"). A
 * paragraph ending with ":" before the bullets is their lead-in (`lead`); another
 * plain paragraph among bullets is a remark (the plan's closing words often follow
 * the last unit's bullets); a lower-case paragraph is the wrapped tail of the one before. Bullets are lettered
 * a, b, … in order; lettered children keep their printed letter.
 */
import type { Section } from '../../model/plan.ts';
import { dutyText, type ProseDuty } from './build-duty.ts';
import { readLabels } from './labels.ts';
import { findSentenceDeadline } from './sentence-deadline.ts';
import type { Place } from './labelled-duties.ts';
import type { UnitHeading } from './unit-heading.ts';
import { isClosingRemark, readUnitSentence } from './unit-sentence.ts';

interface Item {
  text: string;
  marker: string;
  /** the lettered child section it came from, if any */
  child?: Section;
}

export function unitDuties(section: Section, heading: UnitHeading, place: Place, opening?: string, fromSentence = false): ProseDuty[] {
  const paragraphs = opening ? [opening, ...section.paragraphs.slice(1)] : section.paragraphs;
  // the plan's closing words ("Trong quá trình thực hiện, nếu có khó khăn …") often follow the last unit
  let items = joinWraps(paragraphs.map((p) => ({ text: p.trim(), marker: /^[-+•]/.exec(p.trim())?.[0] ?? '' }))).filter((i) => !isClosingRemark(i.text));
  const bulletMark = items.some((i) => i.marker === '-') ? '-' : items.some((i) => i.marker === '+') ? '+' : items.some((i) => i.marker === '•') ? '•' : '';
  const duties: Array<{ item: Item; lead: string | null; own?: boolean }> = [];
  let lead: string | null = null;
  // "2. Sở Tài chính chủ trì, … . Đồng thời …": a unit's sentence and what follows it are one duty
  // its deadline is the first sentence's ("… xong trong tháng 12/2025. Định kỳ báo cáo hằng năm …")
  let firstDeadline: string | undefined;
  if (fromSentence && !bulletMark && items.length > 1) {
    firstDeadline = findSentenceDeadline(items[0].text)?.text;
    items = [{ text: items.map((i) => dutyText(i.text)).join('. '), marker: '' }];
  }
  // "1. Các cơ quan, đơn vị … xây dựng kế hoạch …." then bullets: the sentence is a duty of its own
  if (opening && bulletMark && items[0]?.marker === '' && !/:$/.test(items[0].text)) {
    duties.push({ item: items[0], lead: null, own: true });
    items = items.slice(1);
  }
  for (const [i, item] of items.entries()) {
    if (bulletMark && item.marker !== bulletMark) {
      // a lead-in before the bullets, or a sub-point of the bullet before
      if (item.marker === '' && /:$/.test(item.text) && items.slice(i + 1).some((n) => n.marker === bulletMark)) lead = dutyText(item.text);
      else if (duties.length && item.marker) duties[duties.length - 1].item.text += `; ${dutyText(item.text)}`;
      // other plain paragraphs among bullets are remarks (often the plan's closing words), not duties
      continue;
    }
    duties.push({ item, lead: bulletMark ? lead : null });
  }
  const lettered = section.children.filter((c) => /^[a-zđ]$/i.test(c.number ?? ''));
  // "Chủ trì, phối hợp … tham mưu cho Ủy ban nhân dân tỉnh:" then "a) …", "b) …": the lead-in of the lettered duties
  let letteredLead: string | null = null;
  if (lettered.length && !bulletMark && duties.length && /:$/.test(duties[duties.length - 1].item.text)) letteredLead = dutyText(duties.pop()!.item.text);
  const base = (section.confidence ?? 1) * 0.95;
  const bullets = duties.filter((d) => !d.own);
  const out: ProseDuty[] = duties.map(({ item, lead, own }) => duty(item.text, own ? null : String.fromCharCode(97 + bullets.findIndex((d) => d.item === item)), place.path, lead, base));
  if (firstDeadline && out.length === 1 && !out[0].deadline) out[0].deadline = firstDeadline;
  for (const child of lettered) {
    const text = joinWraps([child.title, ...child.paragraphs].filter((t): t is string => Boolean(t)).map((t) => ({ text: t.trim(), marker: '' }))).map((i) => i.text);
    if (text.length === 0) continue;
    // "h) Chủ trì … bao gồm:" then its list: one duty, its list included
    const list = text.slice(1);
    const isList = list.length > 0 && (/:$/.test(text[0]) || list.every((t) => /^[-+•]/.test(t) || /^\p{Lu}/u.test(t)));
    const content = isList ? `${text[0].replace(/:$/, '')}: ${list.map(dutyText).join('; ')}` : text[0];
    const sub = letterFree(out, child.number!.toLowerCase());
    out.push({ ...duty(content, sub, `${place.path}.${child.number}`, letteredLead, (child.confidence ?? 1) * 0.95), provenance: child.provenance ?? section.provenance });
  }
  // one duty that is the numbered item itself ("3. Sở Tài chính chủ trì …"), not one of its bullets:
  // no sub letter, grouped under the section that holds the item (CONTRACT.md, "source")
  const itself = out.length === 1 && lettered.length === 0 && !bulletMark;
  return out.map((d) => ({
    ...d,
    groupTitle: itself ? place.parentTitle : heading.title,
    no: section.number,
    sub: itself ? null : d.sub,
    implementer: heading.units,
    provenance: d.provenance ?? section.provenance,
  }));
}

/** One duty of the unit; its own labels ("(Thời gian: Quý II)") are read too. */
function duty(text: string, sub: string | null, path: string, lead: string | null, confidence: number): ProseDuty {
  const read = readLabels(text);
  const deadline = read.labels.find((l) => l.role === 'deadline')?.value;
  const coordinators = read.labels.find((l) => l.role === 'coordinators')?.value;
  return {
    section: path,
    groupTitle: null,
    no: null,
    sub,
    lead,
    content: dutyText(read.labels.length && read.before ? read.before : text),
    deadline,
    coordinators,
    confidence,
  };
}

/** The child's printed letter, unless a bullet already took it. */
function letterFree(taken: ProseDuty[], letter: string): string {
  if (!taken.some((d) => d.sub === letter)) return letter;
  let code = 97;
  while (taken.some((d) => d.sub === String.fromCharCode(code))) code++;
  return String.fromCharCode(code);
}

/** A lower-case paragraph without a marker is the wrapped tail of the one before. */
function joinWraps(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (prev && item.marker === '' && /^\p{Ll}/u.test(item.text) && !/[.!?]$/.test(prev.text)) prev.text = `${prev.text} ${item.text}`;
    else out.push({ ...item });
  }
  return out;
}

/**
 * Bullets of a section with no unit of its own, each naming its unit as the subject:
 *
 *   2. Trách nhiệm thực hiện
 *   - Sở Văn hóa, Thể thao và Du lịch phối hợp với … chỉ đạo …;   ← duty a of that Sở
 *   - Sở Nội vụ hướng dẫn khen thưởng Đợt thi đua; …               ← duty b of Sở Nội vụ
 *
 * Bullets that name no unit are left alone (they are remarks or the plan's closing words).
 */
export function subjectBullets(section: Section, place: Place): ProseDuty[] {
  const items = joinWraps(section.paragraphs.map((p) => ({ text: p.trim(), marker: /^[-+•]/.exec(p.trim())?.[0] ?? '' })));
  const out: ProseDuty[] = [];
  for (const item of items) {
    if (!item.marker) continue;
    const sentence = readUnitSentence(item.text);
    if (!sentence) continue;
    const base = (section.confidence ?? 1) * 0.9;
    out.push({
      ...duty(sentence.duty, String.fromCharCode(97 + out.length), place.path, null, base),
      groupTitle: section.title ?? place.parentTitle,
      no: section.number,
      implementer: sentence.units,
      provenance: section.provenance,
    });
  }
  return out;
}
