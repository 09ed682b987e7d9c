/**
 * The plan as its own appendix cites it: "(Kèm theo Kế hoạch số 08/KH-HĐTĐKT ngày
 * 25/02/2019 của …)". A header the scan blotted, or an old OCR whose line lost its last
 * word ("…, ngày 20 tháng 11 năm 2025 Số:"), leaves the number or the date unread; the
 * appendix printed them again. Only a citation of the document's own type, with a serial,
 * counts: "Thực hiện Kế hoạch số 05/KH-UBND" cites another plan, and a draft's "Kèm theo
 * Kế hoạch số: …" has no number yet.
 */
import { foldKey, stripDiacritics } from '../text/vietnamese.ts';
import type { Provenance } from '../model/plan.ts';
import { readDate } from './date.ts';
import { normalizeNumber } from './number.ts';
import type { Segment } from './segments.ts';

export interface SelfReference {
  number: string;
  /** ISO date the citation gives, when it gives one */
  date: string | null;
  provenance: Provenance;
}

/** "kem theo ke hoach so 08/KH-HDTDKT ngay 25/02/2019" on the loose key (same length as the text). */
const CITATION = /kem theo\s+(?:the\s+)?([a-z ]{2,20}?)\s+so\s*:?\s*(\d[0-9oils]{0,5}\s*\/\s*[a-z0-9đ&.-]+(?:\s?-\s?[a-z0-9đ&.]+)*)(?:\s+ngay\s+(.{0,40}))?/;
const NUMERIC_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;

/** The first citation of a `docType` document ("KẾ HOẠCH") with a serial, in `segments` (the body and appendices). */
export function readSelfReference(segments: readonly Segment[], docType: string | null): SelfReference | null {
  if (!docType) return null;
  const type = foldKey(docType);
  for (const seg of segments) {
    const key = stripDiacritics(seg.text).toLowerCase(); // same length as the text: offsets carry over
    const m = CITATION.exec(key);
    if (!m || foldKey(m[1]) !== type) continue;
    const start = m.index + m[0].indexOf(m[2]);
    const number = normalizeNumber(seg.text.slice(start, start + m[2].length));
    return { number, date: m[3] ? citedDate(m[3]) : null, provenance: seg.provenance };
  }
  return null;
}

/** "25/02/2019 của …" or "18 tháng 11 năm 2025 của …" → ISO, or null. */
function citedDate(after: string): string | null {
  const numeric = NUMERIC_DATE.exec(after);
  if (numeric) {
    const [, d, m, y] = numeric.map(Number);
    return d >= 1 && d <= 31 && m >= 1 && m <= 12 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
  }
  const iso = readDate(`ngay ${after}`)?.iso ?? null;
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null;
}
