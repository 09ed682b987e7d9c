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

/**
 * Label "Số:" with OCR variants, then the number token: a serial (digits, or the letters
 * an OCR reads for them beside at least one digit: "1O5", "3S"), a slash, the symbol
 * ("KH-UBND", also with spaces around its dash: "KH - UBND"). Party committees number
 * the other way round: "Số 112-KH/TU".
 */
const NUMBER =
  /(?:^|[^\p{L}])S[ốoóòỏõọôồổỗộơ06ỐOÓÔ]\s*[:.;]?\s*((?:\d[0-9OoIlS]{0,5}|[OoIlS]{1,2}\d[0-9OoIlS]{0,4})\s*(?:\/\s*[\p{L}\d][\p{L}\d&.]*(?:\s?[-–]\s?[\p{L}\d][\p{L}\d&.]*)*(?:\/[\p{L}\d&.\-]+)*|-\s?[\p{Lu}]{1,4}\/[\p{L}\d&.\-]+))/u;

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
  const damaged = /[OoIlS]/.test(raw.split(/[/-]/)[0]) || /\s/.test(raw);
  return { number, at: m.index, end: start + raw.length, confidence: damaged ? 0.8 : 0.95 };
}

export function normalizeNumber(raw: string): string {
  const compact = raw.replace(/\s+/g, '').replace(/[.,;]+$/, '');
  // "112-KH/TU": the serial ends at the dash
  const party = /^([0-9OoIlS]+)-(\p{Lu}{1,4}\/.+)$/u.exec(compact);
  if (party) return `${serialDigits(party[1])}-${symbolCodes(party[2])}`.normalize('NFC');
  const [serial, ...rest] = compact.split('/');
  return `${serialDigits(serial)}/${symbolCodes(rest.join('/'))}`.normalize('NFC');
}

/** The serial's digits, the letters an OCR reads for them put back. */
function serialDigits(serial: string): string {
  return serial.replace(/[Oo]/g, '0').replace(/[Il]/g, '1').replace(/S/g, '5');
}

/** Each code of the symbol ("KH-HDTDKT") with its Đ put back where the table knows it. */
function symbolCodes(symbol: string): string {
  return symbol.replace(/[\p{L}\d&]+/gu, (part) => restoreD(part));
}

function restoreD(part: string): string {
  if (/Đ/.test(part) || !/D/.test(part)) return part;
  return D_CODES[part] ?? part;
}
