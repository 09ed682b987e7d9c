/**
 * What a batch reads: files and folders → documents. Every supported file is one
 * document, except page images named like pages of one scan ("plan-p1.png",
 * "plan_02.jpg", "plan-page3.tif" in one folder), which are grouped in page order.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const SUPPORTED = /\.(png|jpe?g|tiff?|pdf|txt)$/i;
const PAGE_IMAGE = /^(.*?)[-_ ](?:p|page|trang)?(\d{1,3})\.(png|jpe?g|tiff?)$/i;

export interface BatchInput {
  /** a stable name for the outputs: the file's name, or the common stem of a page group */
  name: string;
  /** the files of the document, in page order */
  files: string[];
}

async function expand(entry: string, out: string[]): Promise<void> {
  const info = await stat(entry).catch(() => null);
  if (!info) {
    out.push(entry); // a missing input becomes an error record, not a silent skip
    return;
  }
  if (info.isDirectory()) {
    for (const child of (await readdir(entry)).sort()) {
      if (child.startsWith('.')) continue;
      const full = path.join(entry, child);
      const childInfo = await stat(full);
      if (childInfo.isDirectory() || SUPPORTED.test(child)) await expand(full, out);
    }
  } else out.push(entry);
}

export async function collectInputs(entries: string[]): Promise<BatchInput[]> {
  const files: string[] = [];
  for (const entry of entries) await expand(entry, files);
  const groups = new Map<string, Array<{ file: string; page: number }>>();
  const inputs: BatchInput[] = [];
  for (const file of [...new Set(files)]) {
    const match = PAGE_IMAGE.exec(path.basename(file));
    if (match) {
      const key = path.join(path.dirname(file), match[1]);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push({ file, page: Number(match[2]) });
    } else inputs.push({ name: path.basename(file), files: [file] });
  }
  for (const [key, pages] of groups) {
    pages.sort((a, b) => a.page - b.page);
    inputs.push(pages.length === 1 ? { name: path.basename(pages[0].file), files: [pages[0].file] } : { name: path.basename(key), files: pages.map((p) => p.file) });
  }
  // two inputs with one name (same file name in two folders) get their folder as a prefix
  const seen = new Map<string, number>();
  for (const input of inputs) seen.set(input.name, (seen.get(input.name) ?? 0) + 1);
  for (const input of inputs) if ((seen.get(input.name) ?? 0) > 1) input.name = `${path.basename(path.dirname(input.files[0]))}__${input.name}`;
  return inputs.sort((a, b) => a.name.localeCompare(b.name));
}
