/**
 * Ingest: input files → a Doc of pages. Several image files given together are the
 * pages of one document, in order. Every refusal is a KehoachError naming the file
 * and the reason; nothing here writes to stdout.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Doc, Page, SourceKind } from '../model/document.ts';
import { KehoachError, Reporter } from '../diagnostics/diagnostic.ts';
import { sniffFormat } from './sniff.ts';
import { ingestImage } from './image.ts';
import { ingestPdf } from './pdf.ts';
import { decodeText, textPages } from './text.ts';

/** 200 MB: larger than any plan's scan; a guard against reading a disk image by mistake. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

async function readInput(file: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new KehoachError({ code: 'ingest/not-found', file, reason: 'no such file' });
  }
  if (!info.isFile()) throw new KehoachError({ code: 'ingest/not-a-file', file, reason: 'not a regular file' });
  if (info.size === 0) throw new KehoachError({ code: 'ingest/empty-file', file, reason: 'file is empty (0 bytes)' });
  if (info.size > MAX_FILE_BYTES) throw new KehoachError({ code: 'ingest/too-large', file, reason: `file is ${Math.round(info.size / 1e6)} MB, over the ${MAX_FILE_BYTES / 1e6} MB limit` });
  return readFile(file);
}

export async function ingest(files: string[], reporter?: Reporter): Promise<Doc> {
  if (files.length === 0) throw new Error('ingest needs at least one file');
  const name = files[0];
  const report = reporter ?? new Reporter(name);
  const hash = createHash('sha256');
  const pages: Page[] = [];
  let kind: SourceKind | undefined;
  let text: string | undefined;
  for (const file of files) {
    const bytes = await readInput(file);
    hash.update(bytes);
    const format = sniffFormat(bytes, file);
    if (files.length > 1 && format !== 'png' && format !== 'jpeg' && format !== 'tiff') {
      throw new KehoachError({ code: 'ingest/mixed-inputs', file, reason: 'only page images can be given together as one document', exitCode: 2 });
    }
    if (format === 'png' || format === 'jpeg' || format === 'tiff') {
      pages.push(...(await ingestImage(file, bytes, pages.length + 1)));
      kind = 'image';
    } else if (format === 'pdf') {
      const pdfPages = await ingestPdf(file, bytes, report);
      pages.push(...pdfPages);
      kind = pdfPages.some((p) => p.kind === 'pdf-scanned') ? 'pdf-scanned' : 'pdf-text';
    } else if (format === 'text') {
      text = decodeText(file, bytes);
      if (!text.trim()) throw new KehoachError({ code: 'ingest/empty-file', file, reason: 'text file holds no text' });
      pages.push(...textPages(text));
      kind = 'text';
    } else {
      const ext = path.extname(file) || 'no extension';
      throw new KehoachError({ code: 'ingest/unsupported', file, reason: `unsupported input (${ext}; expected .png .jpg .jpeg .tif .tiff .pdf or .txt)` });
    }
  }
  return { file: path.basename(name), sha256: hash.digest('hex'), kind: kind!, pages, tables: [], diagnostics: report.diagnostics, text };
}
