/**
 * Structure stage: a `Doc` (lines in reading order, restored text, layout regions
 * if known) → the plan's metadata, basis, section tree, signer and recipients, each
 * value with provenance and confidence; values a reviewer should check are listed in
 * `lowConfidence`. Pure: reads the model, reports through the `Reporter`, never throws
 * on bad content. Works the same on scans (regions, boxes) and on text (no geometry).
 *
 * Reading order of a Decree 30 document, which the zones below follow:
 *   header (issuer | motto, number | place+date) → type line → title → basis
 *   → numbered sections → signature and "Nơi nhận:".
 */
import type { Doc } from '../model/document.ts';
import type { Provenance, Section } from '../model/plan.ts';
import type { Reporter } from '../diagnostics/diagnostic.ts';
import { findDocTypeLine, readDocType } from './doctype.ts';
import { FieldLog } from './field-log.ts';
import { MOTTO } from './keywords.ts';
import { reconcileTitleDocumentNumbers, reconcileTitleNumbers } from './title-numbers.ts';
import { type HeaderReading, type TitleReading, completeIssuer, readBasis, readHeader, readTitle } from './metadata.ts';
import { readNumber } from './number.ts';
import { matchHeading, readSections } from './sections.ts';
import { findClosing, readClosing } from './signature.ts';
import { type Segment, readingStream } from './segments.ts';
import { readDate } from './date.ts';
import { foldKey, stripDiacritics } from '../text/vietnamese.ts';
import { readSelfReference } from './self-reference.ts';

export { toProvenance } from './provenance.ts';
export { textDoc } from './text-doc.ts';

export interface StructureResult {
  docType: string | null;
  number: string | null;
  issuer: { parent: string | null; name: string | null };
  place: string | null;
  date: string | null;
  title: string | null;
  basis: string[];
  sections: Section[];
  signer: { capacity: string | null; title: string | null; name: string | null } | null;
  recipients: string[];
  provenance: Record<string, Provenance>;
  confidence: Record<string, number>;
  lowConfidence: Array<{ path: string; reason: string; value?: string; provenance?: Provenance }>;
  warnings: string[];
}

export function structure(doc: Doc, reporter: Reporter): StructureResult {
  const stream = readingStream(doc);
  const log = new FieldLog();

  const typeLine = findTypeLineIndex(stream);
  const headerEnd = typeLine >= 0 ? typeLine : guessHeaderEnd(stream);
  const header = readHeader(stream.slice(0, headerEnd), log);
  const docType = readDocType(stream, header.number);
  if (docType.docType) log.record('docType', docType.docType, typeLine >= 0 ? stream[typeLine].provenance : undefined, docType.confidence);

  const isHeading = (s: Segment) => matchHeading(s.text) !== null;
  const title =
    typeLine >= 0
      ? readTitle(stream, typeLine + 1, isHeading, header.issuer.name, log)
      : letterSummary(stream.slice(0, headerEnd), headerEnd, log);

  const closingAt = findClosing(stream, title.end);
  const bodyEnd = closingAt >= 0 ? closingAt : stream.length;
  const { sections: ownSections, preamble } = readSections(stream.slice(title.end, bodyEnd));
  const basis = readBasis(preamble, log, title.gluedBasis);
  const closing = closingAt >= 0 ? readClosing(stream.slice(closingAt), log) : { signer: null, recipients: [] };
  // a decision that issues a plan carries it after its own signature: the plan's sections are the body
  const attached = ownSections.length === 0 && closingAt >= 0 ? attachedPlanSections(stream, closingAt, isHeading) : null;
  const sections = attached ?? ownSections;
  if (closingAt < 0) {
    log.record('signer', null, undefined, 0, 'no signature block was found');
    log.record('recipients', null, undefined, 0, 'no "Nơi nhận:" list was found');
  }

  // the header's issuer may have lost its last word; the body names it in full
  const issuer = completeIssuer(header.issuer, stream.slice(title.end, bodyEnd));
  if (issuer.completed) log.record('issuer', issuer.name, log.provenance.issuer, 0.6, `the header's issuer ends short; "${issuer.completed}" taken from the same name in the body`);

  // a number or date the header lost, as the plan's own appendix cites it ("Kèm theo Kế hoạch số …")
  const { number, date } = citedNumberAndDate(header, stream.slice(title.end), docType.docType, log);

  const warnings = [...docType.warnings];
  if (!docType.english && sections.length === 0) warnings.push('no numbered sections were found');
  for (const w of warnings) reporter.warn('structure/document', w);
  for (const item of log.lowConfidence) {
    reporter.info('structure/low-confidence', `${item.path}: ${item.reason}`, { page: item.provenance?.page });
  }

  // a roman number the bold title lost an I of, read again from the body's same words
  // and a document number it cites, read as the body cites it ("QĐ-1TG" for QĐ-TTG)
  const bodyText = [title.gluedBasis?.text ?? '', ...stream.slice(title.end, bodyEnd).map((seg) => seg.text)].join('\n');
  const titleText = title.title ? reconcileTitleDocumentNumbers(reconcileTitleNumbers(title.title, bodyText), bodyText) : null;
  if (titleText !== title.title) log.record('title', titleText, log.provenance.title, 0.7, 'a number of the title was read as the body prints it');

  return {
    docType: docType.docType,
    number,
    issuer: { parent: issuer.parent, name: issuer.name },
    place: header.place,
    date,
    title: titleText,
    basis,
    sections,
    signer: closing.signer,
    recipients: closing.recipients,
    provenance: log.provenance,
    confidence: log.confidence,
    lowConfidence: log.lowConfidence,
    warnings,
  };
}

/**
 * The header's number and date, with what it lost taken from the document's citation of
 * itself: the number when the citation's date does not contradict the header's, the date
 * when the citation's number is the header's.
 */
function citedNumberAndDate(header: HeaderReading, after: readonly Segment[], docType: string | null, log: FieldLog): { number: string | null; date: string | null } {
  const { number, date } = header;
  if (number !== null && date !== null) return { number, date };
  const cited = readSelfReference(after, docType);
  if (!cited) return { number, date };
  const why = (field: string) => `the header's ${field} was not read; taken from the document's citation of itself ("Kèm theo … số …")`;
  if (number === null && (date === null || cited.date === null || cited.date === date)) {
    log.record('number', cited.number, cited.provenance, 0.6, why('number'));
    if (date === null && cited.date !== null) log.record('date', cited.date, cited.provenance, 0.6, why('date'));
    return { number: cited.number, date: date ?? cited.date };
  }
  if (date === null && cited.date !== null && number !== null && foldKey(number) === foldKey(cited.number)) {
    log.record('date', cited.date, cited.provenance, 0.6, why('date'));
    return { number, date: cited.date };
  }
  return { number, date };
}

/** The type line ("KẾ HOẠCH"), looked for near the top only. */
function findTypeLineIndex(stream: readonly Segment[]): number {
  return readDocType(stream.slice(0, 30), null).at;
}

/** Without a type line: the header ends after the last number/date/motto line near the top. */
function guessHeaderEnd(stream: readonly Segment[]): number {
  let end = 0;
  stream.slice(0, 12).forEach((seg, i) => {
    const key = stripDiacritics(seg.text).toLowerCase();
    if (readNumber(seg.text) || readDate(key) || MOTTO.test(seg.key)) end = i + 1;
  });
  return end;
}

/** A letter (công văn) has no type line: its summary is the "V/v …" under the number. */
function letterSummary(header: readonly Segment[], end: number, log: FieldLog): TitleReading {
  const vv = header.find((s) => /^v\s*\/\s*v\b/.test(s.key));
  const title = vv ? vv.text.replace(/^V\s*\/\s*v\.?\s*:?\s*/i, '').trim() || null : null;
  log.record('title', title, vv?.provenance, title ? 0.8 : 0, title ? undefined : 'no type line and no "V/v" summary');
  return { title, end };
}

/**
 * The plan attached to a decision ("KẾ HOẠCH" / its title / "(Kèm theo Quyết định …)"
 * after the decision's "Nơi nhận"): its sections, read up to its own closing if it has one.
 */
function attachedPlanSections(stream: readonly Segment[], closingAt: number, isHeading: (s: Segment) => boolean): Section[] | null {
  const type = findDocTypeLine(stream.slice(closingAt), 80);
  if (!type || type.type !== 'KẾ HOẠCH') return null;
  // the attached plan's title is not the document's: read it into a log of its own
  const title = readTitle(stream, type.at + 1, isHeading, null, new FieldLog());
  const end = findClosing(stream, title.end);
  const { sections } = readSections(stream.slice(title.end, end >= 0 ? end : stream.length));
  return sections.length ? sections : null;
}
