/**
 * The working document that flows through the stages (DESIGN.md): ingest fills
 * `pages`, OCR fills `words` and `lines`, restore rewrites line text (keeping the
 * original), layout fills `regions` and `tables`, structure and schedule build the
 * plan. Flat arrays with ids; later stages refer to earlier items by id.
 *
 * This model is internal and may grow; the published shape is `PlanSchema` in
 * `plan.ts`.
 */
import type { BBox } from './geometry.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export type SourceKind = 'image' | 'pdf-text' | 'pdf-scanned' | 'text';

/** A word read by OCR (or taken from a PDF text layer). */
export interface Word {
  text: string;
  bbox: BBox;
  /** 0–1 */
  confidence: number;
  /** index of the line in `Page.lines` */
  line: number;
}

/** Restoration result for one syllable-like token, kept for later stages and quality. */
export interface RestoredToken {
  original: string;
  text: string;
  /** 0–1: how sure the restorer is of `text` */
  confidence: number;
  /** other readings, best first */
  alternatives: string[];
  /** character offset of the token in the restored line */
  offset: number;
}

/** One line of text, from OCR, a PDF text layer or a text file. */
export interface Line {
  /** `p<page>-l<index>` */
  id: string;
  page: number;
  text: string;
  /** the text before restoration */
  original: string;
  /** absent for text input */
  bbox?: BBox;
  /** character range in the input file, for text input */
  span?: [number, number];
  /** 0–1 */
  confidence: number;
  /** OCR block; lines of one block belong together */
  block: number;
  /** words of the line (absent for text input) */
  words?: Word[];
  /** tokens the restorer was unsure of */
  lowConfidence?: RestoredToken[];
  /** the layout region the line was put in */
  region?: RegionKind;
  /** set by layout when the line lies inside a table (so structure skips it) */
  inTable?: string;
}

export type RegionKind =
  | 'header-left'
  | 'header-right'
  | 'title'
  | 'body'
  | 'signature'
  | 'recipients'
  | 'table'
  | 'furniture';

export interface Region {
  kind: RegionKind;
  page: number;
  bbox: BBox;
}

/** A table cell, in grid coordinates, with its text. */
export interface Cell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  bbox?: BBox;
  text: string;
  confidence: number;
  /** character range, for tables recovered from text input */
  span?: [number, number];
}

/** A table found on one page (a table over several pages is several of these; schedule joins them). */
export interface Table {
  id: string;
  page: number;
  bbox?: BBox;
  rows: number;
  cols: number;
  cells: Cell[];
  /** 0–1: how sure we are of the grid */
  confidence: number;
}

export interface Page {
  /** from 1 */
  number: number;
  kind: SourceKind;
  width: number;
  height: number;
  dpi: number;
  /** the page image (greyscale PNG/raw after preprocess) for scanned pages */
  image?: Buffer;
  /** a text-layer PDF page that holds a table, rendered: only its rules are read (the words come from the layer) */
  layoutImage?: Buffer;
  /** transforms applied by preprocess, in order, for a reviewer and for mapping boxes */
  transforms: string[];
  lines: Line[];
  regions: Region[];
  /** mean OCR word confidence of the page, 0–1 */
  ocrConfidence?: number;
}

export interface Doc {
  file: string;
  sha256: string;
  kind: SourceKind;
  pages: Page[];
  tables: Table[];
  diagnostics: Diagnostic[];
  /** the full text of a text input, for character-range provenance */
  text?: string;
  /** syllables the restorer changed, over the whole document */
  restoredSyllables?: number;
}
