/**
 * A text input (an old OCR's output, or born-digital text) as a `Doc`, without
 * reading a file: the lines are ingest's (`textPages`), one per non-blank input
 * line, trimmed, with its character range in the input (`span`). No geometry.
 */
import type { Doc } from '../model/document.ts';
import { textPages } from '../ingest/text.ts';

export function textDoc(file: string, text: string): Doc {
  const source = text.normalize('NFC');
  return { file, sha256: '', kind: 'text', pages: textPages(source), tables: [], diagnostics: [], text: source };
}
