/**
 * Roman numbers in a title checked against the body. Tesseract reads bold serif I's
 * that touch at their serifs as one fewer ("LẦN THỨ XIII" → "XII", as it reads "III." →
 * "II." in headings), and the title is printed bold; the body repeats the phrase in
 * regular type, which it reads right ("… Nghị quyết Đại hội lần thứ XIII của Đảng").
 * A title numeral is replaced only when the body prints the same words around it (three
 * before, two after) with a numeral one I more or fewer, and never the title's own.
 */
import { editDistance } from '../text/edit-distance.ts';
import { foldKey } from '../text/vietnamese.ts';

const ROMAN = /^([IVXLC]+)([.,;:)]*)$/;
const BEFORE = 3;
const AFTER = 2;

export function reconcileTitleNumbers(title: string, body: string): string {
  const words = title.split(/\s+/);
  const bodyWords = body.split(/\s+/).filter(Boolean);
  const key = (w: string | undefined) => (w === undefined ? undefined : foldKey(w).replace(/[^a-z0-9]/g, ''));
  const bodyKeys = bodyWords.map(key);
  let changed = false;
  words.forEach((word, i) => {
    const m = ROMAN.exec(word);
    if (!m || i < BEFORE || i + AFTER >= words.length) return;
    const context = (ws: Array<string | undefined>, at: number) => [...ws.slice(at - BEFORE, at), ...ws.slice(at + 1, at + 1 + AFTER)].join(' ');
    const want = context(words.map(key), i);
    const seen = new Map<string, number>();
    bodyWords.forEach((b, j) => {
      const r = ROMAN.exec(b);
      if (r && j >= BEFORE && context(bodyKeys, j) === want) seen.set(r[1], (seen.get(r[1]) ?? 0) + 1);
    });
    if (seen.has(m[1])) return;
    const oneStroke = [...seen.keys()].filter((r) => r.replace(/I/g, '') === m[1].replace(/I/g, '') && Math.abs(r.length - m[1].length) === 1);
    if (oneStroke.length !== 1) return;
    words[i] = oneStroke[0] + m[2];
    changed = true;
  });
  return changed ? words.join(' ') : title;
}

/** A document's number and symbol ("1899/QĐ-TTG", "163/2024/QH15"), with what trails it. */
const DOCUMENT_NUMBER = /^(\d{1,5}\/[\p{L}\d/&-]*[\p{L}\d])([.,;:)]*)$/u;

/**
 * A document number in a title checked against the body, which cites the same document
 * in regular type ("Thực hiện Quyết định số 1899/QĐ-TTg …"): a faded bold "QĐ-1TG" is one
 * character from the body's "QĐ-TTg", and takes its symbol (in capitals when the title is).
 * Only a symbol the body never prints for that number, one character from the one it does.
 */
export function reconcileTitleDocumentNumbers(title: string, body: string): string {
  const cited = new Map<string, Set<string>>();
  for (const word of body.split(/\s+/)) {
    const m = DOCUMENT_NUMBER.exec(word);
    if (!m) continue;
    const number = m[1].split('/')[0];
    cited.set(number, (cited.get(number) ?? new Set()).add(m[1]));
  }
  let changed = false;
  const words = joinSplitNumbers(title.split(/\s+/), cited);
  if (words.length !== title.split(/\s+/).length) changed = true;
  const read = words.map((word) => {
    const m = DOCUMENT_NUMBER.exec(word);
    if (!m) return word;
    const upper = m[1] === m[1].toUpperCase();
    const printed = [...(cited.get(m[1].split('/')[0]) ?? [])].map((c) => (upper ? c.toUpperCase() : c));
    if (printed.includes(m[1])) return word;
    const near = [...new Set(printed)].filter((c) => editDistance(c, m[1]) === 1);
    if (near.length !== 1) return word;
    changed = true;
    return near[0] + m[2];
  });
  return changed ? read.join(' ') : title;
}

/**
 * "1899/QĐ- TTG" → "1899/QĐ-TTG": a space the OCR read after a number's dash, taken out
 * where the joined number (case aside) is one the body cites, or one character from it.
 */
function joinSplitNumbers(words: string[], cited: ReadonlyMap<string, Set<string>>): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const joined = /^\d{1,5}\/\S*-$/u.test(words[i]) && words[i + 1] ? words[i] + words[i + 1] : null;
    const m = joined ? DOCUMENT_NUMBER.exec(joined) : null;
    const printed = m ? [...(cited.get(m[1].split('/')[0]) ?? [])].map((c) => c.toUpperCase()) : [];
    if (joined && m && printed.some((c) => editDistance(c, m[1].toUpperCase()) <= 1)) {
      out.push(joined);
      i++;
    } else out.push(words[i]);
  }
  return out;
}
