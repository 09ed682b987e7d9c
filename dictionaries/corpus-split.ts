/**
 * The corpus and its development split. Every 20th file of each folder (sorted by
 * name) is held out for measurement and never trained on.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = process.env.KEHOACH_CORPUS ?? new URL('../../shared/corpus/', import.meta.url).pathname;
export const CORPUS_FOLDERS = ['legal-vlc', 'vbpl', 'viwiki'] as const;
export type CorpusFolder = (typeof CORPUS_FOLDERS)[number];

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'vbpl'));
}

/** Files of one folder, sorted, split into training and development. */
export function splitFolder(folder: CorpusFolder): { train: string[]; dev: string[] } {
  const dir = join(CORPUS_DIR, folder);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const train: string[] = [];
  const dev: string[] = [];
  files.forEach((f, i) => ((i + 1) % 20 === 0 ? dev : train).push(join(dir, f)));
  return { train, dev };
}
