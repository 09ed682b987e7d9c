/**
 * A text input (an old OCR's output, or born-digital text) as a one-page `Doc`:
 * one `Line` per non-blank input line, trimmed, with its character range in the
 * input (`span`) so every value can be traced back. No geometry.
 */
import type { Doc, Line } from '../model/document.ts';

export function textDoc(file: string, text: string): Doc {
  const source = text.normalize('NFC');
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of source.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const content = raw.replace(/\r$/, '');
    const trimmed = content.trim();
    if (!trimmed) continue;
    const lead = content.length - content.trimStart().length;
    lines.push({
      id: `p1-l${lines.length}`,
      page: 1,
      text: trimmed,
      original: trimmed,
      span: [start + lead, start + lead + trimmed.length],
      confidence: 1,
      block: 0,
    });
  }
  return {
    file,
    sha256: '',
    kind: 'text',
    pages: [{ number: 1, kind: 'text', width: 0, height: 0, dpi: 0, transforms: [], lines, regions: [] }],
    tables: [],
    diagnostics: [],
    text: source,
  };
}
