/**
 * A heading that names the units a group of duties is for: "Sở Tư pháp:",
 * "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh", "Đề nghị Ủy ban Mặt trận Tổ quốc …",
 * "UBND các huyện, thành phố". It begins with a unit's head word and says no more
 * than names: a verb of duty ("chủ trì", "triển khai", "có trách nhiệm") makes it a
 * sentence, and a heading that names a kind of work ("Tổ chức tuyên truyền") is not
 * a unit.
 */
import { foldSameLength } from './fold.ts';

/**
 * Head words (folded, as regex) a unit's name starts with. A few are also the first
 * syllable of a verb once folded ("Sở"/"Sơ kết", "Bộ"/"Bổ sung", "Phòng"/"Phòng,
 * chống", "Báo"/"Bảo đảm"): those exclude the verb.
 */
const HEADS = [
  'so(?! ket| hoa)', 'phong(?!,? chong| ngua)', 'ban(?! hanh)', 'bo(?! sung| tri)', 'cuc', 'chi cuc', 'vien', 'truong', 'dai(?! hoi| dien)',
  'bao(?! dam| ve| cao| quan| tri| ton| dong)', 'hoi', 'lien doan', 'lien hiep', 'cong doan', 'doan', 'tinh doan', 'thanh doan', 'huyen doan',
  'uy ban', 'ubnd', 'hdnd', 'ubmttq', 'mttq', 'mat tran', 'van phong', 'cong an', 'trung tam', 'benh vien', 'quan uy', 'huyen uy',
  'thanh uy', 'tinh uy', 'dang uy', 'co quan', 'doanh nghiep', 'bo chi huy', 'bchqs', 'ngan hang', 'kho bac', 'chi nhanh', 'dien luc',
  'cong ty', 'tong cong ty', 'toa an', 'vien kiem sat', 'thanh tra', 'hiep hoi', 'hop tac xa', 'dia phuong', 'don vi', 'nha truong',
  'thu truong', 'giam doc', 'chu tich', 'lanh dao', 'thuong truc', 'bao hiem', 'hai quan', 'bo doi', 'ban chi huy', 'ban chi dao',
  'ban quan ly', 'to dan pho', 'to cong tac', 'to giup viec', 'doi (?:trat tu|kiem tra|quan ly|thanh nien|cong tac|tuyen truyen)',
  'cong chuc', 'can bo', 'nguoi dung dau', 'thanh vien', 'tap doan', 'quy (?:ho tro|phat trien|bao tro)', 'hoc vien', 'thong tan xa',
];
/** "Các …" opens a unit only before a unit noun ("Các sở, ban, ngành", not "Các nội dung"). */
const PLURAL_NOUNS =
  'cap uy|cap|so|ban|nganh|co quan|don vi|dia phuong|phong|xa|phuong|huyen|quan|thi xa|thanh pho|tinh|doanh nghiep|to chuc|hoi|doan|truong|thanh vien|bo|cuc|chi cuc|trung tam|cong ty|hiep hoi|tap the|ca nhan|luc luong|phuong tien|co so|hop tac xa';
const HEAD_RE = new RegExp(`^(?:${HEADS.join('|')})(?![a-z])|^(?:cac|nhung|tat ca (?:cac)?)\\s*(?:${PLURAL_NOUNS})(?![a-z])`);

/** True when a text begins with a unit's head word ("Sở …", "UBND …", "các sở, ban, ngành"). */
export function startsWithUnitHead(text: string): boolean {
  return HEAD_RE.test(foldSameLength(text.trim()));
}

/** Words of a duty or a kind of work: a heading with them is not a list of names. */
const DUTY_WORDS =
  /(?<![a-z])(?:chu tri|phoi hop voi|trien khai|thuc hien|co trach nhiem|chiu trach nhiem|tham muu|xay dung|to chuc thuc hien|bao cao|kiem tra|tuyen truyen|huong dan|theo doi|la co quan|can cu|tang cuong|day manh|nang cao|ra soat|ban hanh)(?![a-z])/;

/** Leads that address a unit without being part of its name. */
const ADDRESS = /^(?:de nghi|giao|yeu cau|kinh de nghi)\s+/;

/**
 * The folded text with its capitalised words blanked: a verb capitalised inside a heading
 * is part of a name ("Sở Xây dựng", "Ban Chỉ đạo"), not a duty.
 */
function lowerCaseWords(printed: string, folded: string): string {
  return folded.replace(/\S+/g, (word, at: number) => (at > 0 && printed[at] !== printed[at].toLowerCase() ? '_'.repeat(word.length) : word));
}

export interface UnitHeading {
  /** the heading as printed, without its closing ":" (the duties' groupTitle) */
  title: string;
  /** the units' names, without "Đề nghị" */
  units: string;
}

/** The units a heading names, or null when it is not a unit heading. */
export function readUnitHeading(title: string | null): UnitHeading | null {
  if (!title) return null;
  const printed = title.replace(/\s+/g, ' ').trim().replace(/\s*[:.]$/, '').trim();
  if (!printed || /[.!?]/.test(printed.replace(/\([^)]*\)/g, ''))) return null;
  // "Các sở, ngành có liên quan; Ủy ban nhân dân các xã, phường": a list of units, each opening with its head word
  if (printed.includes(';') && !printed.split(';').every((part) => HEAD_RE.test(foldSameLength(part.trim()).replace(ADDRESS, '')))) return null;
  const folded = foldSameLength(printed);
  const address = ADDRESS.exec(folded);
  const names = address ? printed.slice(address[0].length) : printed;
  const namesFolded = foldSameLength(names);
  if (!HEAD_RE.test(namesFolded) || DUTY_WORDS.test(lowerCaseWords(names, namesFolded).replace(/\([^)]*\)/g, ''))) return null;
  if (names.split(/\s+/).length > 30) return null;
  return { title: printed, units: names };
}

/**
 * A running paragraph that opens with its unit and a colon: "Đề nghị Công ty Điện lực
 * Đắk Lắk: Khẩn trương kiểm tra …" → the heading and the duty after the colon.
 */
export function splitUnitLead(paragraph: string): { heading: UnitHeading; duty: string } | null {
  const colon = paragraph.indexOf(':');
  if (colon < 3 || colon > 200) return null;
  const heading = readUnitHeading(paragraph.slice(0, colon));
  const duty = paragraph.slice(colon + 1).trim();
  return heading && duty ? { heading, duty } : null;
}
