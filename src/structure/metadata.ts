/**
 * The document's metadata as Decree 30/2020 lays it out: the header (issuer in the
 * left column over "Số: …"; motto, place and date in the right column), the title
 * (trích yếu) under the type line, and the documents it implements ("Căn cứ …",
 * "Thực hiện …"). Works on segments, so the two header columns are read apart even
 * when the source put them on one line; labels are matched on the folded key.
 */
import type { Provenance } from '../model/plan.ts';
import { isSyllableShape } from '../restore/syllable-shape.ts';
import { foldKey, stripDiacritics } from '../text/vietnamese.ts';
import { readDate } from './date.ts';
import type { FieldLog } from './field-log.ts';
import { AUTHORITY, BASIS_START, DOCUMENT_REF, MOTTO } from './keywords.ts';
import { readNumber } from './number.ts';
import { correctPlace, correctProvinces, provinceName } from './places.ts';
import { mergeProvenance } from './provenance.ts';
import { type Segment, isDebris, isMostlyUpper, isUpper } from './segments.ts';

export interface HeaderReading {
  number: string | null;
  issuer: { parent: string | null; name: string | null };
  place: string | null;
  date: string | null;
}

/** Same length as the text (unlike foldKey, which collapses spaces), so offsets carry over. */
function looseKey(text: string): string {
  return stripDiacritics(text).toLowerCase();
}

const DASHES = /[-–—_*=.·]{3,}/g;

export function readHeader(header: readonly Segment[], log: FieldLog): HeaderReading {
  let number: string | null = null;
  let date: string | null = null;
  let place: string | null = null;
  let placeSeg: Segment | null = null;
  const used = new Set<Segment>();

  for (const seg of header) {
    if (number !== null) break;
    const n = readNumber(seg.text);
    if (!n) continue;
    number = n.number;
    used.add(seg);
    log.record('number', number, seg.provenance, n.confidence * seg.line.confidence);
  }
  if (number === null) log.record('number', null, undefined, 0, 'no "Số: …" number was found in the header');

  for (const seg of header) {
    const key = looseKey(seg.text);
    const reading = readDate(key);
    if (!reading) continue;
    used.add(seg);
    date = reading.iso;
    log.record('date', date, seg.provenance, reading.confidence * Math.max(seg.line.confidence, 0.5), reading.reason);
    place = placeBefore(seg.text, reading.at);
    placeSeg = seg;
    break;
  }
  if (date === null) log.record('date', null, undefined, 0, 'no date ("…, ngày … tháng … năm …") was found in the header');

  const issuerSegs = header.filter((s) => !used.has(s) && isIssuerLine(s));
  const issuerLines = issuerSegs.map((s) => cleanHeaderText(s.text).toUpperCase()).filter(Boolean);
  const issuer = groupIssuer(issuerLines);
  const prov = mergeProvenance(issuerSegs.map((s) => s.provenance));
  const lowest = Math.min(1, ...issuerSegs.map((s) => s.line.confidence));
  log.record('issuer', issuer.name, prov, issuer.name ? 0.9 * lowest : 0, issuer.name ? undefined : 'no issuer was found in the header');

  // the issuer's lines may name the province the place is one OCR slip from
  if (place) place = correctPlace(place, issuerLines.join(' '));
  if (place && placeSeg) log.record('place', place, placeSeg.provenance, 0.9 * placeSeg.line.confidence);
  else log.record('place', null, undefined, 0, 'no place was found before the date');
  return { number, issuer, place, date };
}

/**
 * An issuer whose header line lost its last word to the old OCR ("HỘI ĐỒNG THI ĐUA -
 * KHEN"): the body names the issuer again before the parent's locality ("Hội đồng Thi
 * đua - Khen thưởng huyện Gia Lâm xây dựng Kế hoạch"); the one to three words between
 * the header's name and that locality are its lost end. A complete name has none.
 */
export function completeIssuer(
  issuer: HeaderReading['issuer'],
  body: readonly Segment[],
): HeaderReading['issuer'] & { completed?: string } {
  if (!issuer.name || !issuer.parent) return issuer;
  const locality = /(?:uy ban nhan dan|ubnd)\s+((?:tinh|thanh pho|quan|huyen|thi xa|thi tran|xa|phuong)\s.+)$/.exec(looseKey(issuer.parent).trim());
  if (!locality) return issuer;
  const text = body.map((s) => s.text).join(' ');
  const pattern = (words: string) => looseKey(words).trim().split(/\s*-\s*|\s+/).map(escapeRegExp).join('\\s*-?\\s*');
  const m = new RegExp(`(${pattern(issuer.name)})\\s+((?:[a-z]+\\s+){1,3}?)${pattern(locality[1])}\\b`).exec(looseKey(text));
  if (!m) return issuer;
  const start = m.index + m[1].length;
  const lost = text.slice(start, start + m[0].length - m[1].length).trim().split(/\s+/).slice(0, -locality[1].trim().split(/\s+/).length);
  if (lost.length === 0) return issuer;
  const completed = lost.join(' ').toUpperCase();
  return { parent: issuer.parent, name: `${issuer.name} ${completed}`, completed };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The place: the words before ", ngày", without a "Số: …" the OCR put on the same line. */
function placeBefore(text: string, at: number): string | null {
  let before = text.slice(0, at);
  const n = readNumber(before);
  if (n) before = before.slice(n.end);
  before = before.replace(/^.*\t/, '').replace(/[,.\s]+$/, '').replace(/^[\s,.:;-]+/, '');
  const words = before.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 7) return null;
  return words.join(' ');
}

function isIssuerLine(seg: Segment): boolean {
  // a line cut at the column gap knows its column; a whole line goes by its region
  if (seg.column === 'right') return false;
  if (seg.column === undefined && (seg.line.region === 'header-right' || seg.rightHalf)) return false;
  if (MOTTO.test(seg.key) || /^v\s*\/\s*v\b/.test(seg.key) || isDebris(seg.text)) return false;
  const clean = cleanHeaderText(seg.text);
  // issuer lines are printed upper case; the first lines are kept even when the OCR lower-cased some letters
  return clean.length > 1 && (isMostlyUpper(clean) || seg.index < 3);
}

function cleanHeaderText(text: string): string {
  return text
    .replace(DASHES, ' ')
    .replace(STRAY_DOTS, (dotted, word: string) => (isSyllableShape(word.toLowerCase()) ? word : dotted))
    .replace(/\s+/g, ' ')
    .trim();
}

/** dots after a whole word of the issuer's name ("THỂ THAO.. VÀ"): specks a scan left, not an abbreviation's ("TP.") */
const STRAY_DOTS = /(\p{L}{2,})[.·]+(?=[\s,]|$)/gu;

const LEVELS = /^(tinh|thanh pho|quan|huyen|thi xa|thi tran|xa|phuong|dac khu|va)\b/;
const INCOMPLETE = /(^(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|bo|so|ban)$)|( va|,)$/;
const SECOND_BODY = /\s(hoi dong|so|phong|van phong|ban chi dao|ban|truong|trung tam|chi cuc|cuc)\s/;
/** "HUYỆN ỦY NAM ĐÀN", "TỈNH ỦY …": a level's Party committee, a body of its own under "ĐẢNG BỘ TỈNH …", not a level that goes on the line before. */
const PARTY_COMMITTEE = /^(tinh|huyen|quan|thi|xa|phuong) uy\b/;

/**
 * Header-left lines → parent body and issuer. A line that cannot stand alone
 * ("ỦY BAN NHÂN DÂN" over "TỈNH BẮC NINH", "SỞ GIÁO DỤC VÀ" over "ĐÀO TẠO") is joined to
 * the next; of the bodies that remain the last is the issuer, the ones above it its parent.
 */
export function groupIssuer(lines: readonly string[]): { parent: string | null; name: string | null } {
  const bodies: string[] = [];
  for (const line of lines) {
    const key = stripDiacritics(line).toLowerCase();
    const last = bodies.length ? stripDiacritics(bodies[bodies.length - 1]).toLowerCase() : '';
    if (bodies.length && (INCOMPLETE.test(last) || (LEVELS.test(key) && !PARTY_COMMITTEE.test(key)) || splitsProvince(last, key))) bodies[bodies.length - 1] += ` ${line}`;
    else bodies.push(line);
  }
  const whole = bodies.map((b) => correctProvinces(completeFormula(b)));
  if (whole.length === 1) return splitMerged(whole[0]);
  if (whole.length === 0) return { parent: null, name: null };
  return { parent: whole.slice(0, -1).join(' '), name: whole[whole.length - 1] };
}

/** "… TỈNH ĐẮK" over "LẮK": a province's name the column broke (the words after the level and the next line spell it). */
function splitsProvince(last: string, key: string): boolean {
  const m = /\b(?:tinh|thanh pho)\s+(.+)$/.exec(last);
  return !!m && provinceName(m[1]) === null && provinceName(`${m[1]} ${key}`) !== null;
}

/**
 * "ỦY BAN NHÂN TỈNH …": the People's Committee or Council formula, its last word lost to
 * the OCR at a line end, before the level of its unit: the formula is put back whole.
 */
function completeFormula(body: string): string {
  const m = /^((?:uy ban|hoi dong) nhan)\s+(?=(?:tinh|thanh pho|quan|huyen|thi xa|thi tran|xa|phuong|dac khu)\b)/.exec(stripDiacritics(body).toLowerCase());
  if (!m) return body;
  const upper = body === body.toUpperCase();
  return `${body.slice(0, m[1].length)} ${upper ? 'DÂN' : 'dân'} ${body.slice(m[0].length)}`;
}

/** One text line holding both bodies ("UBND QUẬN LONG BIÊN HỘI ĐỒNG THI ĐUA…"): cut before the second. */
function splitMerged(line: string): { parent: string | null; name: string } {
  const key = stripDiacritics(line).toLowerCase();
  const parent = /^(uy ban nhan dan|ubnd) (tinh|thanh pho|quan|huyen|thi xa|xa|phuong)\s/.exec(key);
  if (parent) {
    const second = SECOND_BODY.exec(key.slice(parent[0].length));
    if (second) {
      const cut = parent[0].length + second.index;
      return { parent: line.slice(0, cut).trim(), name: line.slice(cut).trim() };
    }
  }
  return { parent: null, name: line };
}

export interface TitleReading {
  title: string | null;
  /** stream index just after the title */
  end: number;
  /** a basis paragraph the source glued onto the title line */
  gluedBasis?: { text: string; segment: Segment };
}

/** A sentence-case basis run onto an upper-case title. */
const BASIS_IN_TITLE = /\s(?:Căn cứ|Thực hiện|Theo|Thi hành)(?:\s|$)/u;

/** The trích yếu: the lines under the type line, up to the basis, a rule, an authority line or a heading. */
export function readTitle(
  stream: readonly Segment[],
  from: number,
  isHeading: (s: Segment) => boolean,
  issuerName: string | null,
  log: FieldLog,
): TitleReading {
  const parts: Segment[] = [];
  let i = from;
  for (; i < stream.length && parts.length < 6; i++) {
    const seg = stream[i];
    if (seg.cells >= 3) break;
    if (/^[-–—_*=.\s]+$/.test(seg.text)) {
      if (parts.length) {
        i++;
        break;
      }
      continue;
    }
    if (isHeading(seg)) break;
    if (!/[\p{L}\d]/u.test(seg.text)) continue;
    if (parts.length === 0) {
      if (/^can cu\b/.test(seg.key)) break;
      parts.push(seg);
      continue;
    }
    if (!continuesTitle(parts[parts.length - 1], seg, issuerName)) break;
    parts.push(seg);
  }
  if (parts.length === 0) {
    log.record('title', null, undefined, 0, 'no title was found under the type line');
    return { title: null, end: from };
  }
  let title = parts
    .map((p, k) => {
      // the dash of a year range the title broke ("… 2025" / "- 2035, …") stays
      const range = k > 0 && /\d$/.test(parts[k - 1].text.trim()) && /^[-–]\s*\d/.test(p.text);
      return range ? p.text.replace(/[-–\s]+$/g, '') : p.text.replace(/^[-–\s]+|[-–\s]+$/g, '');
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  let gluedBasis: TitleReading['gluedBasis'];
  // an upper-case title with a sentence-case basis run onto it ("… DÂN SỰ Thực hiện Quyết định số …")
  const glued = BASIS_IN_TITLE.exec(title);
  if (glued && glued.index >= 8 && (isUpper(title.slice(0, glued.index)) || isUpperWords(title.slice(0, glued.index)))) {
    gluedBasis = { text: title.slice(glued.index).trim(), segment: parts[parts.length - 1] };
    title = title.slice(0, glued.index).trim();
  }
  // a title printed in capitals, with the words an old OCR lower-cased put back in capitals
  if (!isUpper(title) && isUpperWords(title)) title = title.toUpperCase();
  title = correctProvinces(title);
  const confidence = Math.min(...parts.map((p) => p.line.confidence)) * (parts.length > 4 ? 0.7 : 0.92);
  log.record('title', title, mergeProvenance(parts.map((p) => p.provenance)), confidence);
  return { title, end: i, gluedBasis };
}

/** Words in capitals but for one in four at most, a word of two letters or more ("PHÁT Động PHONG TRÀO"). */
function isUpperWords(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 2 && words.filter((w) => w === w.toUpperCase()).length >= 0.75 * words.length;
}

function noLowerCase(text: string): boolean {
  return /[\p{L}\d]/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Words a title line cannot end on: the title goes on in the next line. */
const OPEN_TITLE_END = /(?:^|\s)(?:cua|ve|va|cho|voi|tai|tren|den|theo|giua|thuoc|cac|nhung|so)$/;

function continuesTitle(prev: Segment, seg: Segment, issuerName: string | null): boolean {
  // a year range broken at its dash ("… GIAI ĐOẠN 2025" / "- 2035, ĐỊNH HƯỚNG …") is no bullet
  const rangeGoesOn = /\d$/.test(prev.text.trim()) && /^[-–]\s*\d/.test(seg.text);
  if (BASIS_START.test(seg.key) || (/^[-+•]/.test(seg.text) && !rangeGoesOn)) return false;
  // (not after a word that leaves the title open: "… NGÀY 04/9/2025 CỦA" / "THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH …")
  if (isUpper(seg.text) && !OPEN_TITLE_END.test(foldKey(prev.text)) && (AUTHORITY.test(seg.key) || (issuerName && seg.text.toUpperCase() === issuerName))) return false;
  if (/[.;:]$/.test(prev.text)) return false;
  if (/^\p{Ll}/u.test(seg.text)) return true;
  // an upper-case title broken over lines, down to a lone word or year ("… CHUYỂN ĐỔI" / "SỐ" / "2026");
  // an old OCR lower-cases a misread word now and then ("PHÁT Động … Thực HIỆN")
  if (isUpper(prev.text) && noLowerCase(seg.text)) return true;
  if (isUpperWords(prev.text) && (noLowerCase(seg.text) || isUpperWords(seg.text))) return true;
  // on a scan the title is centred, the basis under it runs the full measure; a title in capitals
  // does not go on in sentence case (the first line of the paragraph under it, indented, looks centred)
  if (seg.x && prev.x) {
    // "DÂN SỰ Thực hiện Quyết định …": the title's last words with the basis run onto their line (readTitle cuts it off)
    const glued = BASIS_IN_TITLE.exec(seg.text);
    if (isUpper(prev.text) && glued && glued.index > 0 && isUpper(seg.text.slice(0, glued.index))) return true;
    if ((isUpper(prev.text) || isUpperWords(prev.text)) && /\p{Ll}{2}/u.test(seg.text) && !isUpperWords(seg.text)) return false;
    const centre = (seg.x[0] + seg.x[1]) / 2;
    return Math.abs(centre - 0.5) < 0.08 && seg.x[1] - seg.x[0] < 0.75;
  }
  return false;
}

/**
 * The basis list: each "Căn cứ"/"Thực hiện"/"Theo" paragraph before the first heading
 * (joined over OCR line breaks), cut at ";" into documents; parts that are not a
 * document reference (the promulgation formula "… ban hành Kế hoạch … như sau:") are left out.
 */
export function readBasis(segs: readonly Segment[], log: FieldLog, glued?: TitleReading['gluedBasis']): string[] {
  const paragraphs: Array<{ text: string; provs: Provenance[] }> = [];
  if (glued) paragraphs.push({ text: glued.text, provs: [glued.segment.provenance] });
  // a title line that ends in the basis's first words ("… DÂN SỰ Thực hiện", "… DÂN SỰ Thực hiện Quyết định số … của Thủ tướng"): the basis goes on in the next lines
  let open = !!glued && BASIS_START.test(foldKey(glued.text)) && !/[;.:]$/.test(glued.text.trim());
  for (const seg of segs) {
    if (seg.cells >= 2 || isDebris(seg.text)) continue;
    if (BASIS_START.test(seg.key)) {
      paragraphs.push({ text: seg.text, provs: [seg.provenance] });
      open = true;
    } else if (open && !seg.indented && paragraphs.length && !/[;.:]$/.test(paragraphs[paragraphs.length - 1].text)) {
      const last = paragraphs[paragraphs.length - 1];
      last.text = joinWrapped(last.text, seg.text);
      last.provs.push(seg.provenance);
    } else open = false;
  }
  const basis: string[] = [];
  const provs: Provenance[] = [];
  for (const p of paragraphs) {
    for (const part of cutPromulgation(p.text).split(';')) {
      const doc = stripLead(part).replace(/[\s,.;:*]+$/, '').replace(/\s+/g, ' ').trim();
      const key = stripDiacritics(doc).toLowerCase();
      if (doc && (DOCUMENT_REF.test(key) || /^so\s*\d/.test(key))) {
        basis.push(doc);
        provs.push(...p.provs);
      }
    }
  }
  if (basis.length) log.record('basis', basis.join('; '), mergeProvenance(provs), 0.85);
  return basis;
}

/**
 * The promulgation sentence run onto the last basis item ("…năm 2021, Ủy ban nhân dân
 * quận Hoàng Mai xây dựng Kế hoạch … như sau:"): from the comma before a capitalised
 * subject that issues a plan to the end of the paragraph. Text input has no indent to
 * part them, and a scan's OCR may miss it.
 */
const PROMULGATION =
  /,\s+([^,;:]{2,160}?)\s(ban hanh|xay dung|trien khai|de ra|lap|thong nhat ban hanh|xay dung va ban hanh)\s(ke hoach|chuong trinh|phuong an|de an|huong dan)\b[^;]*$/;

export function cutPromulgation(text: string): string {
  const m = PROMULGATION.exec(looseKey(text));
  if (!m || !/^\p{Lu}/u.test(text.slice(m.index).replace(/^,\s+/, ''))) return text;
  return text.slice(0, m.index);
}

function stripLead(part: string): string {
  const text = part.trim();
  const key = stripDiacritics(text).toLowerCase();
  const m = BASIS_START.exec(key);
  return m ? text.slice(m[0].length).trim() : text;
}

/** Joins an OCR-wrapped line to the text before it, repairing a word hyphenated across the break. */
export function joinWrapped(before: string, after: string): string {
  const a = before.replace(/\s+$/, '');
  const b = after.replace(/^\s+/, '');
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}
