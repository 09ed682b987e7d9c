/**
 * Roman numbers in a title checked against the body. Tesseract reads bold serif I's
 * that touch at their serifs as one fewer ("LẦN THỨ XIII" → "XII", as it reads "III." →
 * "II." in headings), and the title is printed bold; the body repeats the phrase in
 * regular type, which it reads right ("… Nghị quyết Đại hội lần thứ XIII của Đảng").
 * A title numeral is replaced only when the body prints the same words around it (three
 * before, two after) with a numeral one I more or fewer, and never the title's own.
 */
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
