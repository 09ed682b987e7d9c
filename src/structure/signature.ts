/**
 * The closing block: the signature (capacity "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
 * the signer's title, the name) and "Nơi nhận:" with one recipient per "- " item.
 * On a scan the two sit side by side and OCR may read either first or interleave
 * them; in text input they can share one line ("Nơi nhận: - A; - B <TAB> TM. …").
 */
import type { Provenance } from '../model/plan.ts';
import { canonicalSyllable, foldKey, foldedLetters, stripDiacritics } from '../text/vietnamese.ts';
import { startsWithUnitHead } from '../normalize/units.ts';
import type { FieldLog } from './field-log.ts';
import { editDistance } from '../text/edit-distance.ts';
import { CAPACITY, CAPACITY_MARK, CAPACITY_MARK_WITH_COMMA, GLUED_CAPACITY_MARK, RECIPIENTS_LABEL, RECIPIENTS_LABEL_AT_START, SIGNER_TITLES, SIGNER_TITLES_PRINTED, SIGNING_BODIES_PRINTED } from './keywords.ts';
import { joinWrapped } from './metadata.ts';
import { mergeProvenance } from './provenance.ts';
import { type Segment, isDebris, isMostlyUpper } from './segments.ts';
import { isSyllableShape } from '../restore/syllable-shape.ts';

export interface Signer {
  capacity: string | null;
  title: string | null;
  name: string | null;
}

/** Where the closing block starts: the first capacity line or recipients label after `from`, or -1. */
export function findClosing(stream: readonly Segment[], from: number): number {
  for (let i = from; i < stream.length; i++) {
    const seg = stream[i];
    if (isCapacity(seg) || startsWithRecipients(seg) || (seg.line.region === 'signature' || seg.line.region === 'recipients')) return i;
  }
  return -1;
}

export function isCapacity(seg: Segment): boolean {
  return CAPACITY.test(seg.key) && isMostlyUpper(seg.text.slice(0, 24));
}

function startsWithRecipients(seg: Segment): boolean {
  if (RECIPIENTS_LABEL_AT_START.test(seg.key)) return true;
  return /n[o0]\S?i\s*nh\S{1,2}n\s*:/.test(seg.key);
}

const NAME = /^(\p{Lu}[\p{Ll}\p{M}]*\.?\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$/u;
/** "Lưu: VT, …" (the archive copy), folded, its bullet or not: always the list's last item. */
const ARCHIVE = /^[-–+•]?\s*l\S{0,2}u\s*:/;

interface Piece {
  text: string;
  provenance: Provenance;
  recipient: boolean;
}

export function readClosing(segs: readonly Segment[], log: FieldLog): { signer: Signer | null; recipients: string[] } {
  const pieces = cutPieces(segs);
  const recipients = readRecipients(pieces.filter((p) => p.recipient));
  const signer = readSigner(pieces.filter((p) => !p.recipient));
  const rprov = mergeProvenance(pieces.filter((p) => p.recipient).map((p) => p.provenance));
  log.record('recipients', recipients.length ? recipients.join(' | ') : null, rprov, recipients.length ? 0.85 : 0, recipients.length ? undefined : 'no "Nơi nhận:" list was found');
  const sprov = mergeProvenance(pieces.filter((p) => !p.recipient).map((p) => p.provenance));
  const complete = signer && signer.title && signer.name;
  log.record('signer', signer ? [signer.capacity, signer.title, signer.name].filter(Boolean).join(' / ') : null, sprov, complete ? 0.85 : signer ? 0.5 : 0, complete ? undefined : 'the signature block was not read in full');
  return { signer, recipients };
}

/**
 * Cuts the closing segments into signature pieces and recipient pieces: a label glued
 * after signature text ("CHU TICHNoi nhan:") is cut off; lines after the label are
 * recipients while they are "- " items or their wrapped continuations.
 */
function cutPieces(segs: readonly Segment[]): Piece[] {
  const pieces: Piece[] = [];
  let inList = false;
  let listClosed = false;
  let done = false;
  for (const seg of segs) {
    // OCR debris near the signature is dropped (a lone ";" too), but not a wrapped recipient's tail ("(b/c);")
    if (isDebris(seg.text) && !(/;$|^\(.*\)[;.]?$/.test(seg.text) && /[\p{L}\d]/u.test(seg.text))) continue;
    // a footnote printed under the closing ("[1] Nghị quyết số 163/2024/QH15 …") is neither list nor signature
    if (/^\[\d{1,2}\]\s/.test(seg.text)) continue;
    const key = seg.key;
    const region = seg.line.region;
    const item = /^[-–+•]/.test(seg.text);
    // after the name only the rest of the list may follow (a scan's last items sit below the name);
    // a seal's specks in the signature's column there ("sự:", "n") are passed over, not an end
    if (done && region === 'signature' && !isCapacity(seg)) continue;
    if (done && !(region === 'recipients' || (inList && item))) break;
    const folded = stripDiacritics(seg.text).toLowerCase();
    const label = RECIPIENTS_LABEL.exec(folded) ?? RECIPIENTS_LABEL_AT_START.exec(folded);
    if (label && !listClosed) {
      const before = seg.text.slice(0, label.index).trim();
      const after = seg.text.slice(label.index + label[0].length).trim();
      if (before) pieces.push({ text: before, provenance: seg.provenance, recipient: false });
      if (after) pieces.push({ text: after, provenance: seg.provenance, recipient: true });
      inList = true;
      continue;
    }
    const last = pieces.filter((p) => p.recipient).pop();
    const wraps = !!last && !/[;.]$/.test(last.text) && !isMostlyUpper(seg.text) && !NAME.test(seg.text);
    // text input has no geometry, its regions are guessed: an item of the open list (or its wrapped tail) is a recipient
    if (region === 'recipients' || (inList && (item || wraps) && !seg.line.bbox)) {
      pieces.push({ text: seg.text, provenance: seg.provenance, recipient: true });
      if (ARCHIVE.test(key)) [inList, listClosed] = [false, true];
      continue;
    }
    if (region === 'signature' || seg.column === 'right' || isCapacity(seg)) {
      pieces.push({ text: seg.text, provenance: seg.provenance, recipient: false });
      done ||= signed(pieces);
      continue;
    }
    if (inList) {
      if (item || wraps) {
        pieces.push({ text: seg.text, provenance: seg.provenance, recipient: true });
        // "Lưu: VT, …" (the archive copy) is always the last recipient
        if (ARCHIVE.test(key)) [inList, listClosed] = [false, true];
        continue;
      }
      inList = false;
      listClosed = true;
    }
    if (done) break;
    pieces.push({ text: seg.text, provenance: seg.provenance, recipient: false });
    done ||= signed(pieces);
  }
  return pieces;
}

const ENDS_WITH_NAME = /(^|\s)(\p{Lu}[\p{Ll}\p{M}]+\.?\s+){1,4}\p{Lu}[\p{Ll}\p{M}]+$/u;

/** The block ends with the signer's name: a Title Case run after the capacity or title. */
function signed(pieces: readonly Piece[]): boolean {
  const own = pieces.filter((p) => !p.recipient);
  const last = own[own.length - 1];
  // (a seal's smear after the name, "Tạ Quang Đông - ~—", is no part of the line)
  const lastText = last ? repairSignatureLine(last.text) : '';
  if (!last || !ENDS_WITH_NAME.test(lastText)) return false;
  const before = own.slice(0, -1).map((p) => p.text).join(' ') + ' ' + lastText.replace(ENDS_WITH_NAME, '');
  return /\p{Lu}{2,}/u.test(before);
}

/** One recipient per "- " item, kept as printed without the leading "- "; wrapped items joined. */
function readRecipients(pieces: readonly Piece[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    // a one-line list ("- A; - B; - Lưu: VT") is cut where an item ends and "- " opens the next
    const items = piece.text.split(/(?<=[;.)])\s*[-–•]\s+/);
    items.forEach((raw, i) => {
      const text = raw.trim();
      if (!text) return;
      const opens = /^[-–+•]\s*/.test(text) || i > 0 || out.length === 0;
      // a bullet the OCR pushed onto the end of the line before ("…, thành phố; -") is not part of the item
      // so is a seal's lone letter read after the item's end ("TTUB: CT, các PCT; ị", "Mục V;ị")
      // and a seal's speck read as an opening quote no quote closes ("“Ban Thi đua …")
      const clean = archiveCodes(text.replace(/^[-–+•]\s*/, '').replace(/^[“"‘](?=\p{Lu})(?!.*[”"’])/u, '').replace(/(?<=[;.,])\s*[-–•]$/, '').replace(/(?<=[;.])\s+\p{L}$|(?<=;)[\p{Ll}]$/u, '').trim());
      if (!clean) return;
      // "- Cơ quan … các tổ chức chính trị" / "- xã hội;", "- Ban Thi đua" / "- Khen thưởng Trung ương;": a
      // name's own hyphen the OCR put at a line start (what follows it opens no unit of its own)
      const open = out.length > 0 && !/[;.:]$/.test(out[out.length - 1]);
      const hyphenated =
        open && (/^[-–]\s*\p{Ll}/u.test(text) || (/^[-–]\s*\p{Lu}\p{Ll}/u.test(text) && !opensRecipient(clean) && endsInNamePart(out[out.length - 1])));
      // "… các Phó Thủ tướng Chính" / "• phủ;": a speck an old OCR read as a bullet before a wrapped word (items open with a capital)
      const speck = open && /^•\s*\p{Ll}/u.test(text);
      if (speck) out[out.length - 1] = joinWrapped(out[out.length - 1], clean);
      else if (hyphenated) out[out.length - 1] = `${out[out.length - 1]} - ${clean}`;
      else if (opens || (/[;.]$/.test(out[out.length - 1]) && !endsInAbbreviation(out[out.length - 1]))) out.push(clean);
      else out[out.length - 1] = joinWrapped(out[out.length - 1], clean);
    });
  }
  return out;
}

/**
 * "Ban Thi đua" / "- Khen thưởng …": two capitalised parts of one name meet at a hyphen
 * ("Tài chính - Kế hoạch", "Lao động - Thương binh"), so a capital opens one of the last
 * two words before it. "Viện kiểm sát nhân dân tối" / "- Kiểm toán nhà nước;" is an item
 * that lost its end, and the next item.
 */
function endsInNamePart(item: string): boolean {
  return item.split(/\s+/).slice(-2).some((word) => /^\p{Lu}/u.test(word));
}

/**
 * "Các phòng, Ban, TT thuộc VP." / "UBND tỉnh;": the period of an abbreviation ("VP.",
 * "TT.") at a line end does not end the item when the next line opens with no "- ".
 * The archive line ("Lưu: VT, NV.") is the list's last, so its period always ends it.
 */
function endsInAbbreviation(item: string): boolean {
  return /(?:^|[\s,(])\p{Lu}{1,4}\.$/u.test(item) && !ARCHIVE.test(foldKey(item));
}

/** Words a recipient's name opens with: a unit's head word, an officer, the archive line. */
function opensRecipient(text: string): boolean {
  return startsWithUnitHead(text) || /^(?:giam doc|pho|truong|thu truong|bi thu|chanh|tong|ban|luu|dong chi|d\/c|website|cong thong tin|cong ttdt|cong an|cong ty)(?![a-z])/.test(foldKey(text));
}

/**
 * "Lưu: VT, …": VT (văn thư, the archive) is the code every archive line opens with;
 * an OCR reads its T as I or 1 ("Lưu: VI, NV."). Other codes are the drafting
 * unit's own and are kept as printed.
 */
export function archiveCodes(item: string): string {
  return (
    item
      .replace(/^(L\S{1,3}u\s*:\s*)V[IÌÍỈĨỊ1l|](?=\s*[,.;]|\s*$)/u, '$1VT')
      // "TT." (thường trực, the standing office) before the body it heads: an OCR reads its T as I or l
      .replace(/(^|[\s,;])T[Il1|]\.(?=\s*\p{Lu})/gu, '$1TT.')
  );
}

/**
 * The signer from the signature pieces: capacity lines (TM./KT./TL./Q.), then the
 * title ("PHÓ CHỦ TỊCH"), then the name (a short Title Case line). When a text input
 * put it all on one line, the name is the trailing Title Case words and the title the
 * longest known title just before it.
 */
function readSigner(raw: readonly Piece[]): Signer | null {
  if (raw.length === 0) return null;
  const pieces = raw.map((p) => ({ ...p, text: repairSignatureLine(p.text) }));
  const words = pieces.map((p) => p.text.replace(/\s+/g, ' ').trim()).join(' ').split(' ').filter(Boolean);
  // the name: the last run of 2–6 Title Case words (no digits)
  let nameStart = words.length;
  while (nameStart > 0 && /^\p{Lu}[\p{Ll}\p{M}]+\.?$/u.test(words[nameStart - 1])) nameStart--;
  let name: string | null = null;
  if (words.length - nameStart >= 2) {
    const run = words.slice(nameStart);
    const take = run.slice(-Math.min(run.length, 5));
    // (a stop read after the name is none of it: "Hồ Thị Nguyên Thảo.")
    name = take.join(' ').replace(/(?<=\p{L}{2})\.$/u, '');
    nameStart = words.length - take.length;
  } else nameStart = words.length;
  const head = words.slice(0, nameStart);
  // the capacity chain: runs that open with TM. / KT. / TL. / Q. …
  const key = head.map((w) => stripDiacritics(w).toLowerCase());
  let capacityEnd = -1;
  let title: string | null = null;
  let signsFor: string | null = null;
  const marks = key.flatMap((w, i) => (CAPACITY_MARK.test(w) ? [i] : []));
  const lastMark = marks.length ? marks[marks.length - 1] : -1;
  // the title: the first known title after the last capacity mark's own words
  for (let i = Math.max(0, lastMark + 1); i < head.length; i++) {
    const found = SIGNER_TITLES.find((t) => key.slice(i, i + t.split(' ').length).join(' ') === t);
    if (!found) continue;
    const len = found.split(' ').length;
    // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH": the words right after the mark belong to the capacity
    if (i === lastMark + 1 && lastMark >= 0 && i + len < head.length && SIGNER_TITLES.some((t) => key.slice(i + len).join(' ').startsWith(t))) {
      continue;
    }
    // a known title is printed one way: its canonical spelling undoes OCR and restoration slips ("CHỮ TICH")
    title = isMostlyUpper(head.slice(i, i + len).join(' ')) ? SIGNER_TITLES_PRINTED[SIGNER_TITLES.indexOf(found)] : head.slice(i, i + len).join(' ');
    capacityEnd = i;
    // "x1: BỘ TRƯỞNG" / "THỨ TRƯỞNG": a head's title whose KT. a seal blotted, then its deputy's title: the deputy signs for the head
    const deputy = deputyTitle(found);
    if (deputy && key.slice(i + len, i + len + deputy.split(' ').length).join(' ') === deputy) {
      signsFor = `KT. ${SIGNER_TITLES_PRINTED[SIGNER_TITLES.indexOf(found)]}`;
      title = SIGNER_TITLES_PRINTED[SIGNER_TITLES.indexOf(deputy)];
    }
    // an explanatory line after the title ("CHỦ TỊCH UBND QUẬN") is not the title
    break;
  }
  if (capacityEnd < 0) {
    // no known title: the last upper-case line is the title, the lines before it the capacity
    const upper = pieces.filter((p) => isMostlyUpper(p.text) && !CAPACITY.test(stripDiacritics(p.text).toLowerCase()));
    title = upper.length ? upper[0].text.trim() : null;
    capacityEnd = lastMark >= 0 ? head.length : 0;
    if (title) {
      const at = head.join(' ').indexOf(title);
      if (at >= 0) capacityEnd = head.join(' ').slice(0, at).split(' ').filter(Boolean).length;
    }
  }
  // (the blotted mark's remains, "x1:", are no part of the chain)
  const chainWords = marks.length ? head.slice(marks[0], capacityEnd).filter((w, k) => !signsFor || CAPACITY_MARK.test(key[marks[0] + k]) || (w.match(/\p{L}/gu) ?? []).length >= 2) : [];
  const chain = [chainWords.join(' ').replace(/\s+/g, ' ').trim(), signsFor].filter(Boolean).join(' ') || null;
  const capacity = chain && deputySignsFor(dropSealLetters(markedBodies(chain)), title);
  if (!capacity && !title && !name) return null;
  return { capacity, title, name };
}

/** "TM. ỦY BAN NHÂN DÂN xL. KT. CHỦ TỊCH": a seal's letters read between the parts of a chain in capitals (a word with lower-case letters) are none of it. */
function dropSealLetters(chain: string): string {
  if (!isMostlyUpper(chain)) return chain;
  return chain
    .split(' ')
    .filter((w) => !/\p{Ll}/u.test(w))
    .join(' ');
}

/**
 * "TM. ỦY BAN NHÂN DÂN ..XITE.CHU TỊCH" over the title PHÓ CHỦ TỊCH: the deputy signs for
 * the head (KT.), and the seal blotted the mark into the head's title. A chain without KT.
 * that goes on after its body into the head's letters, with a few letters of smear before
 * them, ends in "KT. <head>".
 */
function deputySignsFor(chain: string, title: string | null): string {
  if (!title || /\bKT\./u.test(chain)) return chain;
  const folded = foldKey(title);
  const head = SIGNER_TITLES.find((t) => deputyTitle(t) === folded);
  if (!head) return chain;
  const headLetters = head.replace(/ /g, '');
  const words = chain.split(' ');
  const letters = (ws: readonly string[]) => foldedLetters(ws.join(' '));
  for (let at = words.length - 1; at > 0; at--) {
    const tail = letters(words.slice(at));
    if (tail.length > headLetters.length + MAX_SMEAR_LETTERS) break;
    const before = foldKey(words.slice(0, at).join(' '));
    if (tail.endsWith(headLetters) && SIGNING_BODIES_PRINTED.some((b) => before.endsWith(foldKey(b)))) {
      return `${words.slice(0, at).join(' ')} KT. ${SIGNER_TITLES_PRINTED[SIGNER_TITLES.indexOf(head)]}`;
    }
  }
  return chain;
}

/** Letters of smear a seal may leave before a head's title whose KT. it blotted. */
const MAX_SMEAR_LETTERS = 5;

/** The folded title of a head's deputy ("bo truong" → "thu truong", "chu tich" → "pho chu tich"), when the list knows it. */
function deputyTitle(head: string): string | undefined {
  const deputy = head === 'bo truong' ? 'thu truong' : `pho ${head}`;
  return SIGNER_TITLES.includes(deputy) ? deputy : undefined;
}

/**
 * OCR slips in a signature line that the title and capacity matching cannot see
 * through: a seal's specks at its ends (stripSpecks), the name line's damage
 * (repairNameLine), a misread capacity mark (repairCapacityMark), and a title line with a
 * doubled or misread letter ("PHO GIÁM ĐÓỌOC"), also after a capacity mark ("KT. CHU
 * TỊCH") → the known title it is closest to.
 */
export function repairSignatureLine(text: string): string {
  const line = repairCapacityMark(repairNameLine(stripSpecks(text)));
  if (!isMostlyUpper(line)) return line;
  if (!CAPACITY.test(stripDiacritics(line).toLowerCase())) return knownTitle(line) ?? line;
  const [mark, rest] = [/^\S+/u.exec(line)![0], line.replace(/^\S+\s*/u, '')];
  const title = rest && !CAPACITY.test(stripDiacritics(rest).toLowerCase()) ? knownTitle(rest) : null;
  return title ? `${mark} ${title}` : line;
}

/** A seal's ring leaves marks and lone letters at a line's ends ("“THỦ TƯỚNG", "c KI.CHU TỊCH .", "Huỳnh Minh Tuấn ˆ"). */
function stripSpecks(text: string): string {
  return text
    .replace(/^[\s“”"'‘’`´~»«■|•_*^\p{Sk}\p{Lm}-]+(?=\S)|[\s“”"'‘’`´~»«■|•_*^\p{Sk}\p{Lm}\-–—]+$/gu, '')
    .replace(/^(?:[\p{Ll}.,;:·]\s+)+(?=\p{Lu})/u, '')
    .replace(/(?<=\p{Lu})\s+[.,;:·]$/u, '');
}

/** The name line read under a seal: what follows the name cut, a name's word read in two or in lower case put back. */
function repairNameLine(text: string): string {
  return (
    text
      // a seal's letters read after a name ("Trần Chí Hùng ng", "… Nguyên Thảo Ọ", "Đào Mỹ \\ No", "Đào Mỹ: 0h", "Nguyễn Văn Đệ..."): a name ends in a capitalised word
      .replace(/(?<=\s\p{Lu}[\p{Ll}\p{M}]+)(?:\s+\p{Ll}{1,2}[.,;:]?|\s+\p{Lu}|\s*[^\p{L}\p{N}\s]+(?:\s+\S{1,3})*|\.{2,}|…)$/u, '')
      // "1rương Cảnh Tuyên": a name's capital read as the digit it looks like, where one letter makes a syllable of the word
      .replace(/^(\d)(\p{Ll}{2,})(?=(?: \p{Lu}[\p{Ll}\p{M}]+){1,4}$)/u, (word: string, digit: string, rest: string) => capitalForDigit(digit, rest) ?? word)
      // "Nguyễn Thị N guyệt": a name's capital read apart from the rest of its word
      .replace(/^((?:\p{Lu}[\p{Ll}\p{M}]+ )+)(\p{Lu}) (\p{Ll}{2,})$/u, '$1$2$3')
      // "Hồ thị Nguyên Thảo": a middle name read in lower case among capitalised ones
      .replace(/^(\p{Lu}[\p{Ll}\p{M}]+ )(\p{Ll}{2,4})(?=(?: \p{Lu}[\p{Ll}\p{M}]+){1,3}$)/u, (_, surname: string, middle: string) => surname + middle[0].toUpperCase() + middle.slice(1))
  );
}

/** Capitals a digit may stand for at a word's start in a name set in bold ("1rương": T). */
const CAPITALS_OF_DIGIT: Record<string, string[]> = { '0': ['O', 'Đ'], '1': ['T', 'I', 'L'], '5': ['S'], '6': ['G'], '7': ['T'], '8': ['B'] };

/** The one capital that, put for `digit`, makes `rest` a syllable ("1" + "rương" → "Trương"), or undefined. */
function capitalForDigit(digit: string, rest: string): string | undefined {
  const words = (CAPITALS_OF_DIGIT[digit] ?? []).map((c) => c + rest).filter((w) => isSyllableShape(w.toLowerCase()));
  return words.length === 1 ? words[0] : undefined;
}

/** A capacity mark misread: "KI." / "KÌ." / "KE." / "K7." for "KT.", glued to the title ("KT.CHU TỊCH"), its stop read as a comma ("KT, CHỦ TỊCH"). */
function repairCapacityMark(text: string): string {
  return (
    text
      // T's bar lost (I, 1, l) or its stem read as E/F's
      .replace(/^K[IÌÍĨỈỊ1l|EF7]\s*([.,])\s*(?=\p{Lu})/u, 'KT$1 ')
      // Times sets the space after the mark narrow
      .replace(GLUED_CAPACITY_MARK, '$1. ')
      .replace(CAPACITY_MARK_WITH_COMMA, '$1. ')
  );
}

/**
 * "TM. ỦY BAN NHÂN ĐÀN" → "… DÂN": a body the capacity signs for whose letters are a
 * known body's, with a syllable marked otherwise (restoration without context chose
 * another word). Only such syllables change: old and new tone placement stay as printed.
 */
function markedBodies(capacity: string): string {
  const words = capacity.split(' ');
  for (const printed of SIGNING_BODIES_PRINTED) {
    const body = printed.split(' ');
    for (let at = 0; at + body.length <= words.length; at++) {
      const here = words.slice(at, at + body.length);
      if (here.some((w, k) => foldKey(w) !== foldKey(body[k]))) continue;
      here.forEach((w, k) => {
        if (w === w.toUpperCase() && canonicalSyllable(w.toLowerCase()) !== canonicalSyllable(body[k].toLowerCase())) words[at + k] = body[k];
      });
    }
  }
  return words.join(' ');
}

/** The known title a line's letters are closest to: at most one slip per five letters, and never a mere prefix/suffix of a longer title line. */
function knownTitle(line: string): string | null {
  // letters only: an OCR splits a title's words where it likes ("PHÓ CI TỦ TỊCH")
  const key = foldedLetters(line);
  let best = -1;
  let bestDistance = Infinity;
  SIGNER_TITLES.forEach((t, k) => {
    const d = editDistance(key, t.replace(/ /g, ''));
    if (d < bestDistance) [best, bestDistance] = [k, d];
  });
  if (best < 0 || bestDistance > Math.floor(SIGNER_TITLES[best].replace(/ /g, '').length / 5)) return null;
  return SIGNER_TITLES_PRINTED[best];
}
