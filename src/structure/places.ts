/**
 * The provinces and centrally-governed cities of Viet Nam (the 63 before the 2025
 * merger; the 34 after it kept names from among them, Huế aside), as printed. An old
 * OCR strips their marks and the restorer cannot always put them back: names of
 * minority languages are no Vietnamese syllables ("Dak Lak" for Đắk Lắk) and a name
 * is no phrase the language model knows ("Cắn Thơ"). In the slots of a plan that name
 * a province (the place before the date, "TỈNH …"/"THÀNH PHỐ …" in the issuer and the
 * title) letters that fold to one of these names are that name.
 */
import { stripDiacritics } from '../text/vietnamese.ts';

const PROVINCES = [
  'Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Thừa Thiên Huế', 'An Giang', 'Bà Rịa - Vũng Tàu',
  'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận',
  'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam',
  'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên',
  'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình',
  'Thái Nguyên', 'Thanh Hóa', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** Letters only, lower case, no marks: "Bà Rịa - Vũng Tàu" → "bariavungtau". */
function letters(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(/[^a-z]/g, '');
}

const BY_LETTERS = new Map(PROVINCES.map((name) => [letters(name), name]));
const LONGEST = Math.max(...PROVINCES.map((p) => p.split(/\s+/).length));

/** The province whose name `text` spells, marks aside ("Dak Lak" → "Đắk Lắk"), or null. */
export function provinceName(text: string): string | null {
  const key = letters(text);
  return key.length >= 3 ? (BY_LETTERS.get(key) ?? null) : null;
}

const LEVEL_PREFIX = /^((?:thành phố|tỉnh|tp\.?)\s+)/iu;

/** A place as printed before the date ("Dak Lak", "Thành phố Cắn Thơ") with a province's name put right; else as it is. */
export function correctPlace(place: string): string {
  const prefix = LEVEL_PREFIX.exec(place)?.[1] ?? '';
  const name = provinceName(place.slice(prefix.length));
  return name ? prefix + name : place;
}

/**
 * Text with the province named after "tỉnh"/"thành phố" (any case, marks or none) put
 * right: the one to four words that follow, when they spell a province's name, are that
 * name, in capitals when they were ("TỈNH DAK LAK" → "TỈNH ĐẮK LẮK").
 */
export function correctProvinces(text: string): string {
  const words = text.split(/(\s+)/); // words at even indexes, the spaces between at odd ones
  for (let i = 0; i < words.length; i += 2) {
    const key = stripDiacritics(words[i]).toLowerCase();
    const level = key === 'tinh' ? 1 : key === 'thanh' && stripDiacritics(words[i + 2] ?? '').toLowerCase() === 'pho' ? 2 : 0;
    if (!level) continue;
    const from = i + 2 * level;
    for (let n = LONGEST; n >= 1; n--) {
      const to = from + 2 * (n - 1);
      if (to >= words.length) continue;
      const span = words.slice(from, to + 1).join('');
      const trail = /[^\p{L}]*$/u.exec(span)![0];
      const name = provinceName(span.slice(0, span.length - trail.length));
      if (!name || /[^\p{L}\s-]/u.test(span.slice(0, span.length - trail.length))) continue;
      const upper = span === span.toUpperCase();
      words.splice(from, to - from + 1, (upper ? name.toUpperCase() : name) + trail);
      break;
    }
  }
  return words.join('');
}
