/**
 * The provinces and centrally-governed cities of Viet Nam (the 63 before the 2025
 * merger; the 34 after it kept names from among them, Huế aside), as printed. An old
 * OCR strips their marks and the restorer cannot always put them back: names of
 * minority languages are no Vietnamese syllables ("Dak Lak" for Đắk Lắk) and a name
 * is no phrase the language model knows ("Cắn Thơ"). In the slots of a plan that name
 * a province (the place before the date, "TỈNH …"/"THÀNH PHỐ …" in the issuer and the
 * title) letters that fold to one of these names are that name.
 */
import { editDistance } from '../text/edit-distance.ts';
import { foldedLetters, stripDiacritics } from '../text/vietnamese.ts';
import { isSyllableShape } from '../restore/syllable-shape.ts';

const PROVINCES = [
  'Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Thừa Thiên Huế', 'An Giang', 'Bà Rịa - Vũng Tàu',
  'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận',
  'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam',
  'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên',
  'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình',
  'Thái Nguyên', 'Thanh Hóa', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

const BY_LETTERS = new Map(PROVINCES.map((name) => [foldedLetters(name), name]));
const LONGEST = Math.max(...PROVINCES.map((p) => p.split(/\s+/).length));

/** The province whose name `text` spells, marks aside ("Dak Lak" → "Đắk Lắk"), or null. */
export function provinceName(text: string): string | null {
  const key = foldedLetters(text);
  return key.length >= 3 ? (BY_LETTERS.get(key) ?? null) : null;
}

const LEVEL_PREFIX = /^((?:thành phố|tỉnh|tp\.?)\s+)/iu;

/**
 * The one province among `named` whose letters are a single OCR slip from `text`'s ("Cùn
 * Thơ": ầ read as ù), or null when none or several are.
 */
function nearProvince(text: string, named: readonly string[]): string | null {
  const key = foldedLetters(text);
  const near = named.filter((name) => editDistance(foldedLetters(name), key) === 1);
  return near.length === 1 ? near[0] : null;
}

/** The provinces whose names `text` spells somewhere (marks and spaces aside). */
function provincesIn(text: string): string[] {
  const key = foldedLetters(text);
  return PROVINCES.filter((name) => foldedLetters(name).length >= 4 && key.includes(foldedLetters(name)));
}

/**
 * A place as printed before the date ("Dak Lak", "Thành phố Cắn Thơ") with a province's
 * name put right; else as it is. `context` (the issuer's lines) may name the province: a
 * place one letter from a province it names is that province ("Cùn Thơ" under "THÀNH PHỐ
 * CẦN THƠ"); a district named in its own right stays ("Gia Lâm" is one letter from Gia
 * Lai, a province no Hà Nội issuer names).
 */
export function correctPlace(place: string, context = ''): string {
  const prefix = LEVEL_PREFIX.exec(place)?.[1] ?? '';
  const rest = place.slice(prefix.length);
  const name = provinceName(rest) ?? nearProvince(rest, provincesIn(context));
  if (name) return prefix + name;
  return looksDamaged(place) ? (damagedPlace(place, provincesIn(context)) ?? place) : place;
}

/** A place read with marks that are no letters or letters that make no syllable ("„Cần TL", "z„ . Nghệ ' »"): an italic line read badly. */
function looksDamaged(place: string): boolean {
  return place
    .split(/\s+/)
    .filter(Boolean)
    .some((word) => /[^\p{L}-]/u.test(word) || !isSyllableShape(word.toLowerCase()));
}

/** A damaged place's letters may be this share of the name's letters away from it … */
const DAMAGED_DISTANCE = 0.5;

/**
 * "„Cần TL" under "THÀNH PHỐ CẦN THƠ" → "Cần Thơ", "“Thành phố HỆ : ií Minh" → "Thành phố
 * Hồ Chí Minh": the one province the issuer names with one of its syllables read whole or
 * by its first three letters, whose letters the damaged place's (or those from that
 * syllable on: "Zx .. CầnT") are within half the name of. The level word read before it stays.
 */
function damagedPlace(place: string, named: readonly string[]): string | null {
  const clean = place.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const prefix = LEVEL_PREFIX.exec(clean)?.[1] ?? '';
  const words = clean.slice(prefix.length).split(/[^\p{L}]+/u).map(foldedLetters).filter(Boolean);
  const near = named.filter((name) => {
    const syllables = name.split(/\s+/).map(foldedLetters);
    // the first word read that is one of the name's syllables, or opens one ("CầnT" for Cần Thơ), and junk before it ("Zx .. CầnT")
    const from = words.findIndex((w) => syllables.some((s) => w === s || (w.length >= 3 && s.length >= 3 && w.slice(0, 3) === s.slice(0, 3))));
    if (from < 0) return false;
    const within = (read: string[]) => editDistance(foldedLetters(name), read.join('')) <= foldedLetters(name).length * DAMAGED_DISTANCE;
    return within(words) || within(words.slice(from));
  });
  return near.length === 1 ? prefix + near[0] : null;
}

/**
 * Text with the province named after "tỉnh"/"thành phố" (any case, marks or none) put
 * right: the one to four words that follow, when they spell a province's name, are that
 * name, in capitals when they were ("TỈNH DAK LAK" → "TỈNH ĐẮK LẮK"), and the level word
 * before it "tỉnh" ("TÍNH ĐẮK LẮK").
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
      // before a province's name the level word is "tỉnh", whatever mark the OCR gave it ("TÍNH ĐẮK LẮK")
      if (level === 1) words[i] = words[i] === words[i].toUpperCase() ? 'TỈNH' : words[i][0] === 'T' ? 'Tỉnh' : 'tỉnh';
      break;
    }
  }
  return words.join('');
}
