/**
 * Full person names in text with marks: a run of three or four capitalised syllables,
 * with no punctuation inside, that opens with a known surname ("Hồ Thị Nguyên Thảo").
 * Two-syllable runs are left out: they are mostly places ("Lâm Đồng", "Hà Nội").
 */
import { canonicalSyllable } from '../../src/text/vietnamese.ts';
import { SURNAMES } from '../sources/surnames.ts';

const SURNAME_SET = new Set(SURNAMES.map((s) => canonicalSyllable(s.toLowerCase())));
const TITLE = /^\p{Lu}\p{Ll}*$/u;
/**
 * The last syllables of a monarch's posthumous or temple name ("Hán Vũ Đế", "Lê Thánh
 * Tông", "Lý Thái Tổ"): titles, not given names. History articles name hundreds of them,
 * which made "Đế" the commoner given name by far (54 names against "Đệ"'s 3) and read an
 * old OCR's "Nguyen Van De" as "Nguyễn Văn Đế".
 */
const REGNAL_TITLES = new Set(['đế', 'tông', 'tổ']);

/** Each full name in the text as canonical lower-case syllables. */
export function personNames(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.normalize('NFC').split('\n')) {
    const tokens = line.split(/\s+/).filter(Boolean);
    let run: string[] = [];
    const flush = () => {
      if (run.length >= 3 && run.length <= 4 && SURNAME_SET.has(run[0]) && !run.slice(1).some((s) => REGNAL_TITLES.has(s))) out.push(run);
      run = [];
    };
    for (const token of tokens) {
      const m = /^([("“]?)(.*?)([.,;:!?)"”]*)$/u.exec(token)!;
      const core = m[2];
      if (m[1] !== '') flush();
      if (TITLE.test(core) && core.length <= 7) {
        run.push(canonicalSyllable(core.toLowerCase()));
        if (m[3] !== '') flush();
      } else flush();
    }
    flush();
  }
  return out;
}
