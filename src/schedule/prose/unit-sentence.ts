/**
 * A duty whose unit is the subject of its sentence, as "TỔ CHỨC THỰC HIỆN" often
 * writes them: "2. Sở Tài chính chủ trì, phối hợp với … bố trí kinh phí …",
 * "6. Giao Sở Tư pháp theo dõi, đôn đốc …", "- Đề nghị Ủy ban MTTQ tỉnh phát huy …",
 * "1. Căn cứ Kế hoạch này, các sở, ban, ngành … nghiên cứu triển khai …".
 *
 * The units run from the unit's head word to the first verb of duty written in lower
 * case: a capitalised word belongs to a name ("Sở Xây dựng chủ trì" → "Sở Xây dựng"),
 * and a head word alone is not yet a name ("Ban chỉ đạo tỉnh chủ trì" → "Ban chỉ đạo
 * tỉnh"). The duty is the rest of the sentence, from that verb. The plan's closing
 * words ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc …") are not duties.
 */
import { foldSameLength } from './fold.ts';
import { startsWithUnitHead } from './unit-heading.ts';

export interface UnitSentence {
  /** the units as printed, without "Đề nghị"/"Giao" */
  units: string;
  /** the duty, from its verb on, first letter capitalised */
  duty: string;
}

/** Verbs (folded) that end a unit's name and open its duty. */
const VERBS = [
  'chu tri', 'phoi hop', 'co trach nhiem', 'chiu trach nhiem', 'tham muu', 'can cu', 'xay dung', 'trien khai', 'thuc hien', 'to chuc',
  'bo tri', 'tang cuong', 'theo doi', 'kien toan', 'nghien cuu', 'chi dao', 'huong dan', 'ra soat', 'day manh', 'phat huy', 'tiep tuc',
  'chu dong', 'khan truong', 'quan tam', 'bao dam', 'dam bao', 'phan cong', 'kip thoi', 'thuong xuyen', 'la co quan', 'la don vi',
  'nang cao', 'ban hanh', 'cap nhat', 'bao cao', 'tong hop', 'don doc', 'kiem tra', 'giam sat', 'lanh dao', 'huy dong', 'van dong',
  'tuyen truyen', 'pho bien', 'theo chuc nang', 'trong pham vi', 'bang nhieu hinh thuc', 'tap trung', 'uu tien', 'long ghep', 'ho tro',
  'cung cap', 'phat dong', 'su dung', 'can', 'phai', 'nghiem tuc', 'tiep nhan', 'dieu phoi', 'phan bo', 'chuan bi', 'de xuat',
  'tham gia', 'giup', 'thong nhat', 'dieu hanh', 'quan ly', 'sang loc', 'cu can bo', 'tao dieu kien', 'khan cap', 'chiu', 'thuc thi',
  'thanh lap', 'gui', 'dinh ky', 'tham dinh', 'phat trien', 'xu ly', 'giai quyet', 'danh gia', 'tu van', 'trong viec', 'de', 'nham',
].map((v) => v.split(' '));
/** Verbs that always open the duty, even after a unit described by "được …". */
const STRONG = ['co trach nhiem', 'chiu trach nhiem'].map((v) => v.split(' '));

/** Head words that need a word after them to be a name ("viện nghiên cứu", "ban chỉ đạo"). */
const BARE_HEAD = new Set(['ban', 'vien', 'to', 'doi', 'hoi', 'so', 'phong', 'cuc', 'truong', 'trung tam']);

/**
 * Coordinators a unit's duty names where it opens: "Chủ trì, phối hợp với các sở, ngành,
 * địa phương xây dựng …" → "các sở, ngành, địa phương"; "Phối hợp với Sở Y tế thẩm định …"
 * → "Sở Y tế". A "phối hợp" further into the sentence may be someone else's, so only the
 * opening one is read.
 */
export function readCoordinators(duty: string): string | null {
  const text = duty.replace(/\s+/g, ' ').trim();
  const folded = foldSameLength(text);
  const lead = /^(?:chu tri(?:,\s*|\s+va\s+|\s+)?)?(?:chu dong\s+)?phoi hop(?:\s+chat che)?(?:\s+(?:voi|cung))?\s+/.exec(folded);
  if (!lead) return null;
  const rest = text.slice(lead[0].length);
  if (!startsWithUnitHead(rest)) return null;
  const end = verbAt(rest, folded.slice(lead[0].length));
  const units = (end === null ? rest : rest.slice(0, end)).replace(/[\s,;:.]+$/, '');
  return units && units.split(/\s+/).length <= 25 ? units : null;
}

/** "tổ chức" is a noun after these words or before these ("các tổ chức chính trị - xã hội", "tổ chức, cá nhân"). */
const ORG_NOUN_BEFORE = new Set(['cac', 'nhung', 'va', 'hoac', 'moi', 'cung']);
const ORG_NOUN_AFTER = /^(?:,|chinh tri|xa hoi|ca nhan|thanh vien|doan the|cung cap|tin dung|quoc te|dang|hoi|phi chinh phu|kinh te|lien quan|co lien quan|tu nguyen|thien nguyen)/;

/** An address before the units: "Đề nghị", "Giao", "UBND tỉnh giao", "Yêu cầu". */
const ADDRESS = /^(?:(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)\s+)?(?:kinh\s+)?(?:de nghi|giao|yeu cau)\s+/;
/** Words that open the plan's closing remarks, a condition or a rule for everyone ("Tất cả lực lượng … phải tuân thủ"), not a duty. */
const NOT_A_DUTY = /^(?:trong qua trinh|tren day|neu|truong hop|ke hoach nay|qua trinh|tat ca)(?![a-z])/;

const MARKER = /^\s*(?:[-+•]\s*|\(?[0-9a-zđ]{1,3}[.)]\s+)/i;

/** The plan's closing words, a condition or a rule for everyone: never a duty. */
export function isClosingRemark(text: string): boolean {
  const folded = foldSameLength(text.replace(MARKER, '').trim());
  return NOT_A_DUTY.test(folded) || /neu co (?:kho khan|vuong mac|phat sinh)/.test(folded.slice(0, 160));
}

export function readUnitSentence(text: string): UnitSentence | null {
  if (isClosingRemark(text)) return null;
  let rest = text.replace(MARKER, '').replace(/\s+/g, ' ').trim();
  let folded = foldSameLength(rest);
  const address = ADDRESS.exec(folded);
  if (address) {
    rest = rest.slice(address[0].length);
    folded = folded.slice(address[0].length);
  }
  if (!startsWithUnitHead(rest)) {
    // "Căn cứ Kế hoạch này, các sở, ban, ngành …": the units come after a lead clause
    const lead = /^(?:can cu|tren co so|theo|dong thoi|ngoai ra|sau khi|truoc khi|khi|trong qua trinh trien khai)(?![a-z])/.exec(folded);
    if (!lead) return null;
    // "Trên cơ sở kết quả …, giao Sở Y tế thành lập …": an address may follow the comma too
    const after = (m: RegExpMatchArray) => m.index! + m[0].length + (ADDRESS.exec(folded.slice(m.index! + m[0].length))?.[0].length ?? 0);
    const comma = [...folded.slice(0, 200).matchAll(/,\s*/g)].find((m) => startsWithUnitHead(rest.slice(after(m))));
    if (!comma) return null;
    const from = after(comma);
    rest = rest.slice(from);
    folded = folded.slice(from);
  }
  const end = verbAt(rest, folded);
  if (!end) return null;
  const units = rest.slice(0, end).replace(/[\s,;:]+$/, '');
  const duty = rest.slice(end).replace(/[\s.;]+$/, '');
  if (!units || !duty) return null;
  return { units, duty: duty[0].toUpperCase() + duty.slice(1) };
}

/** Where the first lower-case verb of duty starts, past at least one word after the head word. */
function verbAt(printed: string, folded: string): number | null {
  const words = [...folded.matchAll(/[^\s]+/g)].map((m) => ({ at: m.index!, text: m[0].replace(/[,;:.]+$/, ''), raw: m[0] }));
  // "Các cơ quan được phân công chủ trì … có trách nhiệm …": verbs right after "được" describe the unit
  const passive = words.findIndex((w) => w.text === 'duoc');
  const strong = passive > 0 ? words.findIndex((w, k) => k > passive && k <= 40 && STRONG.some((v) => v.every((x, j) => words[k + j]?.text === x))) : -1;
  if (strong > 0) return words[strong].at;
  for (let i = 1; i < words.length && i <= 40; i++) {
    const first = printed[words[i].at];
    if (first !== first.toLowerCase()) continue;
    if (passive >= 0 && i > passive && i <= passive + 3) continue;
    // a head word alone is not a name yet ("Ban chỉ đạo", "Tổ công tác", "…, viện nghiên cứu")
    if (i === 1 && !/^(?:ubnd|hdnd|ubmttq|mttq|bchqs)$/.test(words[0].text)) continue;
    if (BARE_HEAD.has(words[i - 1].text) && (i === 1 || /[,;]$/.test(words[i - 2].raw) || /^(?:cac|va)$/.test(words[i - 2].text))) continue;
    for (const verb of VERBS) {
      if (!verb.every((w, k) => words[i + k]?.text === w && (k === verb.length - 1 || !/[,;:.]$/.test(words[i + k].raw)))) continue;
      if (verb.join(' ') === 'to chuc' && isOrgNoun(words, i)) continue;
      if (/[,;]$/.test(words[i - 1].raw) && verb.length === 1) continue;
      return words[i].at;
    }
  }
  return null;
}

function isOrgNoun(words: Array<{ text: string; raw: string }>, i: number): boolean {
  if (ORG_NOUN_BEFORE.has(words[i - 1].text) || /,$/.test(words[i - 1].raw)) return true;
  const after = words.slice(i + 1, i + 4).map((w) => w.raw).join(' ');
  return /,$/.test(words[i + 1]?.raw ?? '') || ORG_NOUN_AFTER.test(after);
}
