/**
 * Layout regions of a page (Decree 30/2020 layout): the two header columns, the title
 * block under the type line, the body, the signature (right) and "Nơi nhận" (left)
 * at the end, and page furniture (page numbers, running headers). Sets `line.region`
 * on every line and, for scanned pages, fills `page.regions` with one box per run of
 * lines of a kind.
 *
 * Guarantees: the header columns are told apart by x position, never mixed (a line
 * the OCR ran across both keeps the column of its centre; structure cuts it at the
 * word gap); lines in a table (`inTable`) get 'table'. Text pages (no boxes) get what
 * the wording tells: header lines before the type line, title, signature, recipients.
 */
import type { Doc, Line, Page, Region, RegionKind } from '../model/document.ts';
import { unionBBox } from '../model/geometry.ts';
import { foldKey, stripDiacritics } from '../text/vietnamese.ts';
import { CAPACITY, MOTTO, RECIPIENTS_LABEL_AT_START } from '../structure/keywords.ts';

export interface RegionContext {
  /** folded texts repeated at the top or bottom of several pages (running headers/footers) */
  runningTexts?: ReadonlySet<string>;
}

const TYPE_NAMES = /^(ke hoach|quyet dinh|cong van|thong bao|bao cao|to trinh|chi thi|nghi quyet|chuong trinh|huong dan|phuong an|de an|quy che|cong dien)$/;
const DATE_LINE = /,\s*ng\S{1,3}\s*\S{0,4}\s*th\S{0,2}ng/;
const RECIPIENTS_GLUED = /\p{Lu}{2}N[o0]\S?i\s*nh\S{1,2}n\s*:/u;
const BASIS_OR_HEADING = /^(can cu|th\S{1,3}c hien|theo|[ivx]+\s*[.,]|\d+\s*[.)])/;
/** The basis words open a title too when it is printed in capitals ("THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG …"); a heading's number never does. */
const HEADING_NUMBER = /^([ivx]+\s*[.,]|\d+\s*[.)])/;

/** The share of a line's words of two letters or more that hold a lower-case letter. */
function lowerCaseWordShare(text: string): number {
  const words = text.match(/[\p{L}\d]{2,}/gu) ?? [];
  return words.length ? words.filter((w) => /\p{Ll}/u.test(w)).length / words.length : 0;
}

/** A line that opens the text under the title: a heading, or the basis in running text. */
function endsTitle(key: string, text: string): boolean {
  return text === text.toUpperCase() ? HEADING_NUMBER.test(key) : BASIS_OR_HEADING.test(key);
}
const PAGE_NUMBER = /^[-–—\s]*(trang\s*)?\d{1,3}(\s*\/\s*\d{1,3})?[-–—\s]*$/i;

/** Regions of every page, then running headers/footers marked across pages. */
export function assignDocRegions(doc: Doc): void {
  const runningTexts = findRunningTexts(doc.pages);
  for (const page of doc.pages) assignRegions(page, { runningTexts });
}

export function assignRegions(page: Page, context: RegionContext = {}): void {
  const scanned = page.lines.some((l) => l.bbox);
  if (scanned) assignScanned(page, context);
  else assignText(page);
  if (scanned) page.regions = regionRuns(page);
}

/** The letters of a type line: "KẾ HOẠCH n" (a seal's letter after it, in lower case) is the type line "ke hoach". */
function typeKey(text: string): string {
  return foldKey(text.replace(/(?<=\p{Lu})\s+\p{Ll}{1,2}\s*$/u, '')).replace(/[^a-z ]/g, '').trim();
}

function typeLineIndex(lines: readonly Line[], limit: number): number {
  return lines.slice(0, limit).findIndex((l) => TYPE_NAMES.test(typeKey(l.text)));
}

function assignScanned(page: Page, context: RegionContext): void {
  const lines = page.lines;
  const boxes = unionBBox(lines.flatMap((l) => (l.bbox ? [l.bbox] : [])))!;
  const W = page.width || boxes.r;
  const H = page.height || boxes.b;
  const typeAt = typeLineIndex(lines, 30);
  const typeTop = typeAt >= 0 ? lines[typeAt].bbox!.t : page.number === 1 ? 0.2 * H : 0;

  let titleOpen = typeAt >= 0;
  let titleInCapitals = false;
  let closing: 'none' | 'open' = 'none';
  let signatureLeft = W;
  let recipientsTop = Infinity;
  // a line across both columns under the closing block (a footnote, a note) ends the recipients: the list never reaches the signature's column
  let recipientsEnded = false;
  lines.forEach((line, i) => {
    const key = foldKey(line.text);
    const box = line.bbox;
    if (line.inTable) return void (line.region = 'table');
    if (!box) return void (line.region = 'body');
    const centre = (box.l + box.r) / 2;
    const nearEdge = box.b < 0.08 * H || box.t > 0.92 * H;
    if ((nearEdge && PAGE_NUMBER.test(line.text)) || (nearEdge && context.runningTexts?.has(runningKey(line.text)))) {
      return void (line.region = 'furniture');
    }
    if (box.b <= typeTop + 1 && i !== typeAt) {
      line.region = headerColumn(box.l, box.r, centre, W);
      return;
    }
    if (i === typeAt) return void (line.region = 'title');
    if (titleOpen) {
      const centred = Math.abs(centre - W / 2) < 0.1 * W && box.r - box.l < 0.85 * W;
      // a title in capitals does not go on in sentence case (the justified text under it looks centred too)
      const sentenceAfterCapitals = titleInCapitals && lowerCaseWordShare(line.text) > 0.5;
      if (centred && !endsTitle(key, line.text) && !sentenceAfterCapitals) {
        titleInCapitals ||= lowerCaseWordShare(line.text) === 0;
        return void (line.region = 'title');
      }
      titleOpen = false;
    }
    if (RECIPIENTS_LABEL_AT_START.test(key)) {
      closing = 'open';
      recipientsTop = box.t;
      return void (line.region = 'recipients');
    }
    if (CAPACITY.test(key) && box.l > 0.35 * W) {
      closing = 'open';
      signatureLeft = Math.min(signatureLeft, box.l - 0.05 * W);
      return void (line.region = 'signature');
    }
    if (closing === 'open') {
      const across = box.l < 0.4 * W && box.r > Math.max(signatureLeft, 0.5 * W) + 0.1 * W && !/^[-–+•]/.test(line.text);
      if (across && box.t > recipientsTop) recipientsEnded = true;
      if (box.l >= Math.min(signatureLeft, 0.4 * W)) line.region = 'signature';
      else if (box.t >= recipientsTop - 2 && centre < 0.5 * W && !recipientsEnded) line.region = 'recipients';
      else line.region = 'body';
      return;
    }
    line.region = 'body';
  });
}

/** The header columns: left (issuer, number) is roughly the left 45 % of the page; right holds motto, place and date. */
function headerColumn(l: number, r: number, centre: number, W: number): RegionKind {
  if (r <= 0.55 * W) return 'header-left';
  if (l >= 0.35 * W) return 'header-right';
  return centre < 0.45 * W ? 'header-left' : 'header-right';
}

function assignText(page: Page): void {
  const lines = page.lines;
  const typeAt = page.number === 1 ? typeLineIndex(lines, 30) : -1;
  let titleOpen = typeAt >= 0;
  let closing: 'none' | 'recipients' | 'signature' = 'none';
  let archived = false;
  lines.forEach((line, i) => {
    const key = foldKey(line.text);
    if (line.inTable) return void (line.region = 'table');
    if (PAGE_NUMBER.test(line.text)) return void (line.region = 'furniture');
    if (i < typeAt) {
      line.region = MOTTO.test(key) || (DATE_LINE.test(key) && !/^s\S{0,2}\s*:/.test(key)) ? 'header-right' : 'header-left';
      return;
    }
    if (i === typeAt) return void (line.region = 'title');
    if (titleOpen && i === typeAt + 1) return void (line.region = 'title');
    if (titleOpen && !endsTitle(key, line.text) && line.text === line.text.toUpperCase()) return void (line.region = 'title');
    titleOpen = false;
    // a decision that issues a plan: after its signature and recipients, "KẾ HOẠCH" opens the plan itself
    if (closing !== 'none' && TYPE_NAMES.test(typeKey(line.text)) && line.text === line.text.toUpperCase()) closing = 'none';
    // the label may sit at the end of a signature line the old OCR ran it onto ("CHU TICHNoi nhan:")
    else if (RECIPIENTS_LABEL_AT_START.test(key) || RECIPIENTS_GLUED.test(stripDiacritics(line.text))) closing = 'recipients';
    else if (CAPACITY.test(key)) closing = 'signature';
    else if (closing === 'recipients' && !/^[-–+•]/.test(line.text) && (line.text === line.text.toUpperCase() || archived)) closing = 'signature';
    line.region = closing === 'none' ? 'body' : closing;
    // "Nơi nhận: …<TAB>TM. ỦY BAN NHÂN DÂN …": the two closing columns on one line; the structure
    // stage reads them column by column, so the line gets no one region
    if (closing !== 'none' && line.text.includes('\t')) line.region = undefined;
    // "Lưu: …" (the archive copy) ends the list
    archived = closing === 'recipients' && /^[-–+•]?\s*l\S{0,2}u\s*:/.test(key);
  });
}

/** One region per run of consecutive lines of the same kind. */
function regionRuns(page: Page): Region[] {
  const regions: Region[] = [];
  let run: { kind: RegionKind; lines: Line[] } | null = null;
  const flush = () => {
    if (!run) return;
    const bbox = unionBBox(run.lines.flatMap((l) => (l.bbox ? [l.bbox] : [])));
    if (bbox) regions.push({ kind: run.kind, page: page.number, bbox });
  };
  for (const line of page.lines) {
    const kind = line.region ?? 'body';
    if (run && run.kind === kind) run.lines.push(line);
    else {
      flush();
      run = { kind, lines: [line] };
    }
  }
  flush();
  return regions;
}

function runningKey(text: string): string {
  return foldKey(text).replace(/\d+/g, '#');
}

/** Texts (digits ignored) at the top or bottom of at least two pages: running headers and footers. */
function findRunningTexts(pages: readonly Page[]): Set<string> {
  const seen = new Map<string, number>();
  for (const page of pages) {
    const H = page.height;
    if (!H) continue;
    const keys = new Set(
      page.lines.filter((l) => l.bbox && (l.bbox.b < 0.08 * H || l.bbox.t > 0.92 * H)).map((l) => runningKey(l.text)),
    );
    for (const k of keys) if (k.replace(/[#\W]/g, '').length >= 3) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([k]) => k));
}
