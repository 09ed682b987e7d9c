/**
 * Unit lists of schedule cells → units (CONTRACT.md, "A task").
 *
 * `splitUnits` splits where a list of units is written ("; ", line breaks that
 * start a new unit, "," and "và" between two whole units) and nowhere else, so
 * names that hold a comma, a hyphen or "và" stay whole: "Các phòng, ban, ngành",
 * "Phòng Tài chính - Kế hoạch", "Sở Thông tin và Truyền thông". A unit begins with
 * a head word ("Sở", "Phòng", "UBND", "các …"); a piece that does not is part of
 * the unit before it. Parentheses that name a part of a unit stay; those that
 * state a role ("(chủ trì)") are dropped.
 *
 * `canonicalUnit` expands abbreviations (`abbreviations.ts`) to one spelling per
 * unit, for grouping tasks by unit.
 */
import { canonicalText, foldKey } from '../text/vietnamese.ts';
import { UNIT_ABBREVIATIONS, UNIT_SPELLINGS } from './abbreviations.ts';

/** Words (folded) a unit name starts with. Multi-word heads are listed whole. */
const HEADS = [
  'so', 'phong', 'ban', 'bo', 'cuc', 'chi cuc', 'vien', 'truong', 'dai', 'bao', 'hoi', 'hoi dong', 'lien doan', 'lien hiep',
  'cong doan', 'doan', 'tinh doan', 'thanh doan', 'huyen doan', 'quan doan', 'uy ban', 'ubnd', 'hdnd', 'van phong', 'cong an',
  'trung tam', 'benh vien', 'quan uy', 'huyen uy', 'thanh uy', 'tinh uy', 'dang uy', 'mat tran', 'mttq', 'ubmttq', 'co quan',
  'doanh nghiep', 'to chuc', 'lanh dao', 'chu tich', 'pho chu tich', 'd/c', 'dong chi', 'thuong truc', 'bchqs', 'bo chi huy',
  'ngan hang', 'kho bac', 'chi nhanh', 'dien luc', 'cum', 'toa an', 'vien kiem sat', 'thanh tra', 'hiep hoi', 'hop tac xa',
  'dia phuong', 'don vi', 'nha truong', 'cac', 'nhung', 'toan the', 'bql', 'bqlda', 'hdtdkt', 'lldl', 'ldld', 'nganh',
];
const HEAD_RE = new RegExp(`^(?:${[...HEADS].sort((a, b) => b.length - a.length).map((h) => h.replace(/\//g, '\\/')).join('|')})(?![a-z])`);

/** Heads that name a person or leadership: what follows a comma after them still belongs to them ("Lãnh đạo Quận ủy, UBND quận"). */
const LEADER_RE = /^(?:lanh dao|chu tich|pho chu tich|d\/c|dong chi|thuong truc|dai dien|thu truong)(?![a-z])/;

/** Heads whose name goes on after "và" ("Văn phòng HĐND và UBND quận" is one office). */
const OF_BOTH_RE = /^(?:van phong|thuong truc|lanh dao)(?![a-z])/;

/** Parentheses that state the unit's role, not a part of it. */
const ROLE_PAREN_RE = /^\(\s*(?:co quan |don vi )?(?:thuong truc|chu tri|phoi hop|dau moi|tham muu|to chuc thuc hien|thuc hien|chiu trach nhiem|theo chuc nang[^)]*|neu co)\s*\)$/;

/** Words after which a name is not finished, so a line break there is a wrap. */
const OPEN_ENDINGS = /(?:^|\s)(?:va|cua|thuoc|cac|nhung|tai|voi|hoi dong|lanh dao|van phong|uy ban|trung tam|chi cuc|lien doan|cong doan|ban quan ly|co quan|don vi|(?<!van phong |thuoc )so|phong|ban|(?<!can )bo|cuc|vien|truong|hoi|chu tich|(?<!thanh )pho|d\/c|dong chi)$|[,&\-–(/]$/;

/** True when a unit name ending here is not finished ("Văn phòng HĐND và", "Phòng Tài chính -"): the next line goes on with it. */
export function unitEndsOpen(text: string): boolean {
  return OPEN_ENDINGS.test(foldKey(text.trim()));
}

/** True when `text` opens with a unit head word ("Phòng", "UBND", "Các …", "Hội đồng"), with or without diacritics. */
export function startsWithUnitHead(text: string): boolean {
  const w = words(text);
  if (w.length === 1 && isAcronym(w[0])) return true;
  return HEAD_RE.test(foldKey(text)) && (w.length >= 2 || /^\p{Lu}/u.test(text.trim()));
}

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

function isAcronym(word: string): boolean {
  return /^[\p{Lu}Đ&\-]{3,}$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

/** True when `piece` reads as a whole unit on its own (the right side of a "," or "và"). */
function startsUnit(piece: string, { lowercaseHeads }: { lowercaseHeads: boolean }): boolean {
  const w = words(piece);
  if (w.length === 0) return false;
  if (w.length === 1 && isAcronym(w[0])) return true; // "QLĐT", "TTPTQĐ"
  const folded = foldKey(piece);
  if (!HEAD_RE.test(folded)) return false;
  const first = w[0];
  const capital = /^\p{Lu}/u.test(first);
  if (/^(?:cac|nhung)$/.test(foldKey(first))) return w.length >= 2; // "các phường"
  // "Các sở, ban, ngành, tổ chức chính trị - xã hội": a body of another kind, not one more kind of office
  if (/^to chuc chinh tri/.test(folded)) return true;
  if (!capital && !lowercaseHeads) return false; // "ban", "đơn vị" inside "Các phòng, ban, đơn vị"
  // "Sở", "Viện" alone open a list of kinds ("Sở, ban, ngành có liên quan")
  return true;
}

/** True when `piece` is already a whole unit (the left side of a "," or "và"). */
function isWholeUnit(piece: string): boolean {
  const w = words(piece);
  if (w.length === 0) return false;
  if (w.length === 1) return isAcronym(w[0]) || /^\p{Lu}/u.test(w[0]);
  return true;
}

/** Splits `text` at top-level occurrences of `sep` (not inside parentheses or quotes). */
function splitTopLevel(text: string, sep: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0) {
      sep.lastIndex = i;
      const m = sep.exec(text);
      if (m && m.index === i) {
        parts.push(text.slice(from, i));
        from = i + m[0].length;
        i = from - 1;
      }
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** Joins the lines of a cell, keeping a break only where the next line starts a new unit. */
function joinWrappedLines(text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const out: string[] = [];
  for (const line of lines) {
    const bullet = /^[-+•*]\s*/.test(line);
    const prev = out[out.length - 1];
    // "… tổ chức chính trị" / "- xã hội": a name's own hyphen at a line start, not a bullet (units open with a capital)
    if (prev !== undefined && /^[-–]\s*\p{Ll}/u.test(line)) {
      out[out.length - 1] = `${prev} - ${line.replace(/^[-–]\s*/, '')}`;
      continue;
    }
    const newUnit =
      prev === undefined ||
      bullet ||
      (!LEADER_RE.test(foldKey(prev)) &&
      (/^[\p{Lu}]/u.test(line) && !OPEN_ENDINGS.test(foldKey(prev)) && words(prev).length >= 2 && startsUnit(line, { lowercaseHeads: false })));
    if (newUnit) out.push(line.replace(/^[-+•*]\s*/, ''));
    else out[out.length - 1] = `${prev} ${line}`;
  }
  return out;
}

/** Merges comma pieces back into units: a piece that does not start a unit belongs to the one before. */
function mergePieces(pieces: string[], joiner: string, lowercaseHeads: boolean): string[] {
  const units: string[] = [];
  for (const raw of pieces) {
    const piece = raw.trim();
    if (!piece) continue;
    const prev = units[units.length - 1];
    const prevKey = prev === undefined ? '' : foldKey(prev);
    const leader =
      prev !== undefined && (LEADER_RE.test(prevKey) || (lowercaseHeads && OF_BOTH_RE.test(prevKey) && /^\p{Lu}/u.test(piece))) && !LEADER_RE.test(foldKey(piece));
    if (prev !== undefined && (leader || !(isWholeUnit(prev) && startsUnit(piece, { lowercaseHeads })))) {
      units[units.length - 1] = `${prev}${joiner}${piece}`;
    } else units.push(piece);
  }
  return units;
}

function cleanUnit(unit: string): string {
  let u = unit.replace(/\s+/g, ' ').trim();
  // drop role parentheses, keep the others
  u = u.replace(/\([^()]*\)/g, (p) => (ROLE_PAREN_RE.test(foldKey(p)) ? '' : p));
  u = u.replace(/^[-+•*–.,;:\s]+/, '').replace(/[.,;:\s]+$/, '');
  return u.replace(/\s+/g, ' ').trim();
}

/** Splits a unit cell into units. */
export function splitUnits(text: string): string[] {
  // ". " before a lower-case word is a comma the OCR misread ("các phường. các trường"): no name holds one
  const nfc = text.normalize('NFC').trim().replace(/\.\s+(?=\p{Ll})/gu, ', ');
  if (!nfc) return [];
  const units: string[] = [];
  for (const line of joinWrappedLines(nfc)) {
    for (const part of splitTopLevel(line, /\s*;\s*/y)) {
      const byComma = mergePieces(splitTopLevel(part, /\s*,\s*/y), ', ', false);
      for (const unit of byComma) {
        // joined back as printed: text an old OCR left without diacritics keeps its "va"
        const joiner = /\s+và\s+/.test(unit) || !/\s+va\s+/.test(unit) ? ' và ' : ' va ';
        const byAnd = mergePieces(splitTopLevel(unit, /\s+(?:và|va)\s+/y), joiner, true);
        units.push(...byAnd);
      }
    }
  }
  return units.map(cleanUnit).filter((u) => /\p{L}/u.test(u));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Abbreviations as regexes over folded text: whole tokens, "&" may be spaced. */
const ABBREVIATION_RES = [...UNIT_ABBREVIATIONS]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([abbr, full]) => {
    const pattern = escapeRe(foldKey(abbr)).replace(/\\?&/g, '\\s*&\\s*').replace(/-/g, '\\s*-\\s*');
    return { re: new RegExp(`(?<![\\p{L}\\d])${pattern}(?![\\p{L}\\d])`, 'giu'), full };
  });

const SPELLING_RES = UNIT_SPELLINGS.map((spelling) => {
  // "và", "-", "," and "&" between the words are interchangeable ("Tài nguyên - Môi trường")
  const ws = foldKey(spelling).split(/[^a-z0-9]+/).filter((w) => w && w !== 'va');
  return { re: new RegExp(`(?<![\\p{L}])${ws.map(escapeRe).join('[\\s,\\-–&]+(?:va\\s+)?')}(?![\\p{L}])`, 'giu'), spelling };
});

/**
 * Rewrites `text` at spans found on its folded twin. Folding keeps string length
 * for NFC Vietnamese (one letter → one letter), so offsets carry over.
 */
function replaceOnFolded(text: string, re: RegExp, by: string): string {
  const folded = foldKey(text);
  if (folded.length !== text.length) return text;
  let out = '';
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    out += text.slice(from, m.index) + by;
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}

/** One canonical name per unit: abbreviations expanded, one spelling, modern tone marks, capital first letter. */
export function canonicalUnit(name: string): string {
  let text = canonicalText(name.normalize('NFC')).replace(/\s+/g, ' ').trim();
  for (const { re, full } of ABBREVIATION_RES) text = replaceOnFolded(text, re, full);
  for (const { re, spelling } of SPELLING_RES) text = replaceOnFolded(text, re, spelling);
  text = text.replace(/\s*-\s*/g, ' - ').replace(/\s+/g, ' ').trim();
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** The canonical names of a task's three unit lists, for grouping by unit. */
export function canonicalUnits(units: { implementer: string[]; coordinators: string[]; supervisor: string[] }): {
  implementer: string[];
  coordinators: string[];
  supervisor: string[];
} {
  return { implementer: units.implementer.map(canonicalUnit), coordinators: units.coordinators.map(canonicalUnit), supervisor: units.supervisor.map(canonicalUnit) };
}
