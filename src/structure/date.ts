/**
 * The date line of the header: "<place>, ngày 02 tháng 01 năm 2021" (Decree 30),
 * read on the folded key and tolerant of OCR damage: the labels misread
 * ("ngayo2>£ thdngOj ndm 2021") and digits read as letters (o/O→0, l/I/i/j→1,
 * S→5, Z→2, B→8, g→9). A reading that needed letter-for-digit guesses, or that had to
 * give up a part, comes with a lower confidence and a reason.
 */

const LETTER_DIGITS: Record<string, string> = { o: '0', d: '0', q: '0', l: '1', i: '1', j: '1', '|': '1', '!': '1', s: '5', z: '2', b: '8', g: '9', t: '7' };

export interface DateReading {
  /** ISO date, or null when not even the year could be read */
  iso: string | null;
  confidence: number;
  /** set when the reading is partial or guessed */
  reason?: string;
  /** where in the key the date expression starts (the place is before it) */
  at: number;
}

const DAY = /\bng\S?[aàd]?[yv]/g; // ngày, ngay, ngdy, ngav
const MONTH = /th\S{0,2}ng/; // tháng, thang, thdng
const YEAR = /\bn\S{0,2}m\b|\bn\S?rn\b|\bnam/; // năm, ndm, nărn

/** Reads the first "ngày … tháng … năm …" (or "dd/mm/yyyy" after a comma) in a folded key. */
export function readDate(key: string): DateReading | null {
  for (const m of key.matchAll(DAY)) {
    const rest = key.slice(m.index! + m[0].length);
    const month = MONTH.exec(rest);
    if (!month || month.index > 12) continue;
    const afterMonth = rest.slice(month.index + month[0].length);
    const year = YEAR.exec(afterMonth);
    if (!year || year.index > 10) continue;
    const d = digitsOf(rest.slice(0, month.index), 2);
    const mo = digitsOf(afterMonth.slice(0, year.index), 2);
    const y = digitsOf(afterMonth.slice(year.index + year[0].length), 4);
    return build(d, mo, y, m.index!);
  }
  const numeric = /,\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(key);
  if (numeric) {
    const clean = (s: string) => ({ value: s, guessed: false });
    return build(clean(numeric[1]), clean(numeric[2]), clean(numeric[3]), numeric.index + 1);
  }
  return null;
}

interface Digits {
  value: string;
  guessed: boolean;
}

/**
 * The first `max` digits of a damaged token, letters read as the digits they resemble;
 * a number the OCR broke with a space ("2 020", "1 0") is read whole while it is short
 * of `max` digits (a guess: the confidence drops as for letters).
 */
function digitsOf(chunk: string, max: number): Digits {
  let value = '';
  let guessed = false;
  let started = false;
  const chars = [...chunk.trim()];
  for (const [k, ch] of chars.entries()) {
    const next = chars[k + 1] ?? '';
    const digitNext = /\d/.test(next) || (LETTER_DIGITS[next] !== undefined && !/\p{L}/u.test(chars[k + 2] ?? ''));
    if (ch === ' ' && started && value.length < max && digitNext) {
      guessed = true;
      continue;
    }
    if (/\d/.test(ch)) {
      value += ch;
      started = true;
    } else if (LETTER_DIGITS[ch] !== undefined && (started || value === '') && /[\p{L}|!]/u.test(ch)) {
      // a letter counts only inside or at the start of the number token
      value += LETTER_DIGITS[ch];
      guessed = true;
      started = true;
    } else if (started) break;
    if (value.length >= max) break;
  }
  return { value, guessed };
}

function build(d: Digits, m: Digits, y: Digits, at: number): DateReading {
  const day = Number(d.value);
  const month = Number(m.value);
  const year = Number(y.value);
  const yearOk = y.value.length === 4 && year >= 1945 && year <= 2100;
  const monthOk = m.value.length > 0 && month >= 1 && month <= 12;
  const dayOk = d.value.length > 0 && day >= 1 && day <= daysIn(month, year);
  if (!yearOk) return { iso: null, confidence: 0, reason: 'the year of the date could not be read', at };
  if (!monthOk || !dayOk) {
    // a partial reading: the year (and the month if it reads) with the first day; flagged for review
    const mm = monthOk ? month : 1;
    return {
      iso: `${year}-${pad(mm)}-01`,
      confidence: 0.2,
      reason: `only the ${monthOk ? 'month and year' : 'year'} of the date could be read`,
      at,
    };
  }
  const guessed = d.guessed || m.guessed || y.guessed;
  return {
    iso: `${year}-${pad(month)}-${pad(day)}`,
    confidence: guessed ? 0.6 : 0.97,
    reason: guessed ? 'digits of the date were read from letters, or numbers broken by a space, the OCR put in their place' : undefined,
    at,
  };
}

function daysIn(month: number, year: number): number {
  if (!(month >= 1 && month <= 12)) return 31;
  return new Date(Date.UTC(year || 2000, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
