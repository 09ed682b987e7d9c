/**
 * What a section of a plan is for, read from its title: the organisation section
 * ("TỔ CHỨC THỰC HIỆN", "TRÁCH NHIỆM THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ"), where units
 * head their duties; sections that assign nothing (purposes, requirements, targets,
 * funding, basis, scope); and sections whose duties are in an annexed table
 * ("(có biểu chi tiết kèm theo)"), which must not be repeated as prose.
 */
import type { Section } from '../../model/plan.ts';
import { foldWords } from './fold.ts';

const folded = (text: string | null) => foldWords(text ?? '').join(' ');

/** "TỔ CHỨC THỰC HIỆN" and its usual variants. */
export function isOrganisation(section: Section): boolean {
  const t = folded(section.title);
  // also inside a longer title: "THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN", "KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN"
  if (/^trach nhiem cua cac/.test(t)) return true;
  // an old OCR's "TO CHUC Thirc" (the line's last word lost, "ư" read "ir") restored as "TỔ CHỨC Thức"
  if (section.number && /^[ivx]+$/i.test(section.number) && /^to chuc th[a-z]{0,4}(?: h[a-z]{0,3})?$/.test(t)) return true;
  return /(?:^|\s)(?:to chuc thuc hien|trach nhiem (?:thuc hien|to chuc)|phan cong (?:nhiem vu|thuc hien|trach nhiem)|giao nhiem vu|nhiem vu cua cac)(?:\s|$)/.test(t);
}

/** Sections that state why, what for, with what money or on what basis: no duty in them. */
export function assignsNothing(section: Section): boolean {
  if (isOrganisation(section)) return false;
  const t = folded(section.title);
  return /^(?:muc dich|yeu cau|muc tieu|quan diem|kinh phi|nguon kinh phi|du toan|can cu|co so|pham vi|doi tuong|thuc trang|tinh hinh|ket qua|danh gia|chi tieu|nguyen tac|y nghia|giai thich|tieu chi|tieu chuan|hinh thuc khen thuong|cach thuc xep hang)/.test(t);
}

/** "KINH PHÍ THỰC HIỆN", "NGUỒN KINH PHÍ": the rules of money, and sometimes a unit told to find it. */
export function isFunding(section: Section): boolean {
  return /^(?:kinh phi|nguon kinh phi|du toan)/.test(folded(section.title));
}

/** "(có biểu chi tiết kèm theo)", "(chi tiết tại Phụ lục kèm theo)": the duties are in a table. */
const IN_ANNEX = /(?:bieu|phu luc)[^.;]{0,40}kem theo|kem theo[^.;]{0,20}(?:bieu|phu luc)|(?:chi tiet|cu the) (?:tai|theo|o) (?:bieu|phu luc)/;

export function pointsToAnnex(section: Section): boolean {
  return IN_ANNEX.test(folded([section.title ?? '', ...section.paragraphs].join(' ')));
}
