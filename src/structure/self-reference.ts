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
/** readDate's confidence for a whole date, its digits read plainly or from letters; a partial one has less. */
const WHOLE_DATE = 0.6;

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

/** "25/02/2019 của …" or "18 tháng 11 năm 2025 của …" → ISO, read as the header's date is; null unless whole (a draft's "ngày tháng 02 năm 2019" gives only a month). */
function citedDate(after: string): string | null {
  // (the header's reader takes numbers after a comma, the words after "ngày")
  const reading = readDate(`ngay ${after}`) ?? readDate(`, ${after}`);
  return reading?.iso && reading.confidence >= WHOLE_DATE ? reading.iso : null;
}
