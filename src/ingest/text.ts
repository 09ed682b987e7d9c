/**
 * Text an older OCR produced → one page of lines, each with its character range in
 * the file (provenance for text input). Form feeds separate pages.
 */
import type { Line, Page } from '../model/document.ts';
import { KehoachError } from '../diagnostics/diagnostic.ts';

export function decodeText(file: string, bytes: Buffer): string {
  if (bytes.includes(0)) throw new KehoachError({ code: 'ingest/binary-text', file, reason: 'file has binary content, not text' });
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > Math.max(3, text.length * 0.01)) {
    throw new KehoachError({ code: 'ingest/not-utf8', file, reason: 'text is not UTF-8 (legacy TCVN3/VNI encodings are not supported yet)', hint: 'convert it to UTF-8 and rerun' });
  }
  return text.normalize('NFC');
}

/** Splits text into pages (form feeds) of lines with character spans into `text`. */
export function textPages(text: string): Page[] {
  const pages: Page[] = [];
  let page: Page = newPage(1);
  let offset = 0;
  for (const raw of text.split('\n')) {
    const segments = raw.split('\f');
    segments.forEach((segment, i) => {
      if (i > 0) {
        pages.push(page);
        page = newPage(pages.length + 1);
      }
      const start = offset;
      offset += segment.length + (i < segments.length - 1 ? 1 : 0);
      const content = segment.replace(/\r$/, '');
      if (content.trim()) {
        const lead = content.length - content.trimStart().length;
        page.lines.push({
          id: `p${page.number}-l${page.lines.length}`,
          page: page.number,
          text: content.trim(),
          original: content.trim(),
          span: [start + lead, start + lead + content.trim().length],
          confidence: 1,
          // text has no layout blocks: one block, so restoration reads across lines
          block: 0,
        });
      }
    });
    offset += 1; // the newline
  }
  pages.push(page);
  return pages.filter((p, i) => p.lines.length > 0 || i === 0);
}

function newPage(number: number): Page {
  return { number, kind: 'text', width: 0, height: 0, dpi: 0, transforms: [], lines: [], regions: [] };
}
