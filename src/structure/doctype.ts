/**
 * What kind of document this is (Decree 30/2020, Appendix III: the type name
 * stands alone, upper case, under the header). Matched on the folded key so OCR
 * damage ("KE HOACH", "KÉ HOẠCH") still reads; the printed name is a closed list,
 * so it is output in its proper spelling. A letter (công văn) has no type line but a
 * "V/v" summary under its number. An English page is not a Vietnamese plan at all.
 */
import { diacriticRatio } from '../text/vietnamese.ts';
import { type Segment, isMostlyUpper } from './segments.ts';
import { editDistance } from '../text/edit-distance.ts';

export const DOC_TYPES: Record<string, string> = {
  'ke hoach': 'KẾ HOẠCH',
  'quyet dinh': 'QUYẾT ĐỊNH',
  'cong van': 'CÔNG VĂN',
  'thong bao': 'THÔNG BÁO',
  'bao cao': 'BÁO CÁO',
  'to trinh': 'TỜ TRÌNH',
  'chi thi': 'CHỈ THỊ',
  'nghi quyet': 'NGHỊ QUYẾT',
  'chuong trinh': 'CHƯƠNG TRÌNH',
  'huong dan': 'HƯỚNG DẪN',
  'phuong an': 'PHƯƠNG ÁN',
  'de an': 'ĐỀ ÁN',
  'quy che': 'QUY CHẾ',
  'cong dien': 'CÔNG ĐIỆN',
  'thong tu': 'THÔNG TƯ',
  'nghi dinh': 'NGHỊ ĐỊNH',
};

/** The code letters of a document number ("03/KH-UBND" → KH) and the type they name. */
const NUMBER_CODES: Record<string, string> = {
  KH: 'KẾ HOẠCH', QD: 'QUYẾT ĐỊNH', QĐ: 'QUYẾT ĐỊNH', TB: 'THÔNG BÁO', BC: 'BÁO CÁO', TTR: 'TỜ TRÌNH',
  CT: 'CHỈ THỊ', NQ: 'NGHỊ QUYẾT', CTR: 'CHƯƠNG TRÌNH', HD: 'HƯỚNG DẪN', HĐ: 'HƯỚNG DẪN', PA: 'PHƯƠNG ÁN',
  ĐA: 'ĐỀ ÁN', DA: 'ĐỀ ÁN', CĐ: 'CÔNG ĐIỆN', CD: 'CÔNG ĐIỆN',
};

export interface DocTypeReading {
  docType: string | null;
  /** stream index of the type line, or -1 */
  at: number;
  confidence: number;
  warnings: string[];
  english: boolean;
}

/** The type line: the first short segment in the top of the stream whose letters spell a type. */
export function findDocTypeLine(segments: readonly Segment[], limit = 30): { type: string; at: number; exact: boolean } | null {
  for (const seg of segments.slice(0, limit)) {
    if (seg.cells >= 3) continue;
    const letters = seg.key.replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
    if (letters.length > 16) continue;
    for (const [key, type] of Object.entries(DOC_TYPES)) {
      if (letters === key) return { type, at: seg.index, exact: true };
      // a near spelling only on a line printed in capitals, as type lines are ("Công an;" in a wrapped recipients list is none)
      if (letters.replace(/ /g, '').length >= 6 && isMostlyUpper(seg.text) && editDistance(letters.replace(/ /g, ''), key.replace(/ /g, '')) <= 1) {
        return { type, at: seg.index, exact: false };
      }
    }
  }
  return null;
}

export function typeFromNumber(number: string | null): string | null {
  if (!number) return null;
  const code = number.split('/')[1]?.split('-')[0]?.toUpperCase();
  if (!code) return null;
  return NUMBER_CODES[code] ?? null;
}

const ENGLISH_WORDS = new Set(['and', 'of', 'is', 'with', 'which', 'are', 'from', 'this', 'will', 'shall', 'have', 'has', 'by', 'were', 'was']);

/** English prose: no diacritics and a fair share of English function words (chosen not to be stripped Vietnamese syllables). */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return false;
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return diacriticRatio(text) < 0.05 && english / words.length >= 0.05;
}

export function readDocType(segments: readonly Segment[], number: string | null): DocTypeReading {
  const all = segments.map((s) => s.text).join(' ');
  const line = findDocTypeLine(segments);
  const fromNumber = typeFromNumber(number);
  if (!line && looksEnglish(all)) {
    return { docType: null, at: -1, confidence: 0.9, warnings: ['not a Vietnamese plan: the text reads as English'], english: true };
  }
  const warnings: string[] = [];
  let docType = line?.type ?? fromNumber;
  let confidence = line ? (line.exact ? 0.95 : 0.8) : fromNumber ? 0.6 : 0;
  if (!docType && segments.slice(0, 20).some((s) => /^v\s*\/\s*v\b/.test(s.key))) {
    docType = 'CÔNG VĂN';
    confidence = 0.7;
  }
  if (line && fromNumber && fromNumber !== line.type && line.type !== 'QUYẾT ĐỊNH') {
    warnings.push(`the type line reads ${line.type} but the number's code says ${fromNumber}`);
    confidence = Math.min(confidence, 0.6);
  }
  if (!docType) warnings.push('not a plan: no document type line ("KẾ HOẠCH") was found');
  else if (docType !== 'KẾ HOẠCH') {
    const issuesPlan = docType === 'QUYẾT ĐỊNH' && segments.some((s) => /ban hanh ke hoach/.test(s.key));
    warnings.push(`not a plan: the document is a ${docType}${issuesPlan ? ' that issues a plan; the plan it issues is read as its body' : ''}`);
  }
  return { docType, at: line?.at ?? -1, confidence, warnings, english: false };
}

