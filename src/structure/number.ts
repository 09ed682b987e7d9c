/**
 * The document number ("Số: 03/KH-HĐTĐKT"), as printed, with what an OCR without
 * Vietnamese support breaks put back: spaces around the slash removed, the label
 * misread ("S6:", "So:", "Sô"), and Đ in the usual agency codes when it came out as D
 * (HDTDKT → HĐTĐKT, HDND → HĐND, SGDDT → SGDĐT, QD → QĐ). A code the table does not
 * know is left as printed.
 */

const D_CODES: Record<string, string> = {
  QD: 'QĐ', ND: 'NĐ', HDND: 'HĐND', HD: 'HĐ', HDTDKT: 'HĐTĐKT', TDKT: 'TĐKT', BTDKT: 'BTĐKT', SGDDT: 'SGDĐT',
  GDDT: 'GDĐT', PGDDT: 'PGDĐT', BCD: 'BCĐ', LDTBXH: 'LĐTBXH', SLDTBXH: 'SLĐTBXH', CD: 'CĐ', DU: 'ĐU', DTN: 'ĐTN',
  HDQT: 'HĐQT', HDTV: 'HĐTV', DHDCD: 'ĐHĐCĐ', VPDK: 'VPĐK', DBQH: 'ĐBQH', DDBQH: 'ĐĐBQH', HDPH: 'HĐPH', TLD: 'TLĐ', LDLD: 'LĐLĐ',
};

/** Label "Số:" with OCR variants, then the number token. */
const NUMBER = /(?:^|[^\p{L}])S[ốoóòỏõọôồổỗộơ06ỐOÓÔ]\s*[:.;]?\s*([0-9OoIl]{1,6}\s*\/\s*[\p{L}\d][\p{L}\d&.\-/]*)/u;

export interface NumberReading {
  number: string;
  /** offset of the match in the text */
  at: number;
  end: number;
  confidence: number;
}

export function readNumber(text: string): NumberReading | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const raw = m[1];
  const number = normalizeNumber(raw);
  const start = m.index + m[0].indexOf(raw);
  const damaged = /[OoIl]/.test(raw.split('/')[0]) || /\s/.test(raw);
  return { number, at: m.index, end: start + raw.length, confidence: damaged ? 0.8 : 0.95 };
}

export function normalizeNumber(raw: string): string {
  const [serial, ...rest] = raw.replace(/\s+/g, '').replace(/[.,;]+$/, '').split('/');
  const digits = serial.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
  const code = rest.join('/').replace(/[\p{L}\d&]+/gu, (part) => restoreD(part));
  return `${digits}/${code}`.normalize('NFC');
}

function restoreD(part: string): string {
  if (/Đ/.test(part) || !/D/.test(part)) return part;
  return D_CODES[part] ?? part;
}
