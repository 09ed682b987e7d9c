/**
 * Deadlines written inside a duty's sentence: "… báo cáo UBND tỉnh trước ngày
 * 15/12/2024", "… trong Quý III/2025", "… hằng tháng", "định kỳ 6 tháng", "trước 30/6".
 *
 * Only a date led by a word that makes it a deadline ("trước", "chậm nhất", "trong",
 * "xong", "từ … đến") is taken, so the date of a cited document ("Nghị quyết số
 * 66-NQ/TW ngày 30/4/2025") is not; a recurrence word ("hằng năm") is taken unless it
 * qualifies money ("ngân sách hằng năm"). Phrases are returned as printed.
 */
import { foldSameLength } from './fold.ts';

const DAY = String.raw`(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:19|20)\d{2})?|ngay\s*\d{1,2}\s*thang\s*\d{1,2}(?:\s*nam\s*(?:19|20)\d{2})?`;
const PERIOD = String.raw`(?:thang|quy)\s*(?:[ivx]+|\d{1,2})(?:\s*(?:/|nam)\s*(?:19|20)\d{2})?|(?:6|sau)\s*thang\s*(?:dau|cuoi)\s*nam(?:\s*(?:19|20)\d{2})?|nam\s*(?:19|20)\d{2}`;
const DATE = `(?:${DAY}|${PERIOD})`;

/** Lead words that make the date after them a deadline. */
const LEADS = String.raw`truoc|cham nhat(?:\s*(?:la|vao))?|khong qua|han chot|xong(?:\s*truoc|\s*trong)?|hoan thanh(?:\s*truoc|\s*trong)?|trong|vao|tu`;

const PHRASES: RegExp[] = [
  // "từ ngày 10/02 đến ngày 24/02/2024", "từ tháng 3 đến tháng 6/2025"
  new RegExp(String.raw`(?<![a-z])tu\s*(?:${DATE})\s*(?:den|toi)\s*(?:het\s*)?(?:${DATE})`, 'g'),
  // "trước ngày 15/12/2024", "trong Quý III/2025", "xong trong tháng 12/2025"
  new RegExp(String.raw`(?<![a-z])(?:${LEADS})\s*(?:${DATE})(?![\d/])`, 'g'),
  // "hằng tháng", "hàng năm", "định kỳ 6 tháng", "định kỳ hằng quý"
  /(?<![a-z])(?:dinh ky\s*(?:hang\s*)?(?:\d+\s*)?(?:ngay|tuan|thang|quy|nam)|(?:hang|moi)\s*(?:ngay|tuan|thang|quy|nam))(?![a-z])/g,
  // "Thường xuyên rà soát …" opening the duty or one of its sentences: continuous work; inside a
  // clause it says how, not when ("chỉ đạo Báo … thường xuyên tuyên truyền"), and "chi thường
  // xuyên" is a budget line
  /(?:^|(?<=[.;:]\s*))\s*thuong xuyen(?![a-z])/g,
];

/** Words after which a recurrence word qualifies money or a plan, not the duty ("ngân sách hằng năm"). */
const NOT_THE_DUTY = /(?:ngan sach|du toan|kinh phi|chi thuong xuyen|nguon von|von)\s*(?:[a-z]+\s*){0,2}$/;

export interface SentenceDeadline {
  /** the phrases as printed, joined by ", " */
  text: string;
  /** character ranges of the phrases in the sentence */
  spans: Array<[number, number]>;
}

export function findSentenceDeadline(sentence: string): SentenceDeadline | null {
  const folded = foldSameLength(sentence.normalize('NFC'));
  const spans: Array<[number, number]> = [];
  for (const re of PHRASES) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const span: [number, number] = [m.index, m.index + m[0].length];
      if (spans.some(([a, b]) => span[0] < b && a < span[1])) continue;
      if (re !== PHRASES[0] && re !== PHRASES[1] && NOT_THE_DUTY.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "trong năm 2025" is the plan's whole year, said of nearly every duty: not a deadline
      if (/^(?:trong|vao|tu)\s*nam\s*\d/.test(m[0])) continue;
      spans.push(span);
    }
  }
  if (spans.length === 0) return null;
  spans.sort((a, b) => a[0] - b[0]);
  const text = spans.map(([a, b]) => sentence.slice(a, b).trim()).join(', ');
  return { text, spans };
}
