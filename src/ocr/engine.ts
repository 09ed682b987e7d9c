/**
 * The OCR engine: a small pool of tesseract.js workers with the Vietnamese LSTM
 * model (`@tesseract.js-data/vie`, best_int) loaded from node_modules, never from
 * the network. Workers are created once, reused across pages and recycled after
 * `recycleAfter` jobs (tesseract keeps some state between pages); p-queue bounds
 * the work in flight, and `close()` awaits every worker's termination.
 *
 * Boxes come back in the coordinates of the image given to `recognize`; confidences
 * are converted from tesseract's 0–100 to 0–1 here, once.
 */
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import PQueue from 'p-queue';
import { createWorker, OEM, PSM, type Worker as TesseractWorker } from 'tesseract.js';
import type { BBox } from '../model/geometry.ts';
import type { Word } from '../model/document.ts';
import { meanConfidence } from './confidence.ts';

export type PageSegmentation = 'auto' | 'block' | 'column' | 'line' | 'sparse';

export interface OcrOptions {
  /** region of the image to read, in image pixels */
  rectangle?: { left: number; top: number; width: number; height: number };
  /** how tesseract segments the image: 'auto' for a page, 'block' for a cell */
  psm?: PageSegmentation;
}

export interface OcrLine {
  text: string;
  bbox: BBox;
  confidence: number;
  /** tesseract block index: lines of one block belong together (a header column, a paragraph) */
  block: number;
  words: Word[];
}

export interface OcrResult {
  text: string;
  /** mean word confidence, 0–1 (0 when no word was read) */
  confidence: number;
  lines: OcrLine[];
  words: Word[];
}

export interface OcrEngine {
  recognize(image: Buffer, options?: OcrOptions): Promise<OcrResult>;
  close(): Promise<void>;
}

export interface OcrEngineOptions {
  /** number of workers; defaults to the cores available, at most 4 */
  workers?: number;
  /** jobs a worker runs before it is replaced */
  recycleAfter?: number;
}

const PSM_CODE: Record<PageSegmentation, PSM> = {
  auto: PSM.AUTO,
  block: PSM.SINGLE_BLOCK,
  column: PSM.SINGLE_COLUMN,
  line: PSM.SINGLE_LINE,
  sparse: PSM.SPARSE_TEXT,
};

/** The folder holding `vie.traineddata.gz` (LSTM best_int), resolved inside node_modules. */
export function vieLanguagePath(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@tesseract.js-data/vie/package.json');
  return path.join(path.dirname(packageJson), '4.0.0_best_int');
}

interface PooledWorker {
  worker: TesseractWorker;
  jobs: number;
  psm: PageSegmentation | null;
}

async function startWorker(): Promise<PooledWorker> {
  const worker = await createWorker('vie', OEM.LSTM_ONLY, {
    langPath: vieLanguagePath(),
    gzip: true,
    cacheMethod: 'none',
    logger: () => {},
    errorHandler: () => {},
  });
  // pages and cell crops reach tesseract as PNG buffers at 300 dpi (preprocess sees to it); saying so
  // keeps it from guessing a resolution from each crop (and from warning about it on stderr)
  await worker.setParameters({ user_defined_dpi: '300' });
  return { worker, jobs: 0, psm: null };
}

function toBBox(b: { x0: number; y0: number; x1: number; y1: number }): BBox {
  return { l: b.x0, t: b.y0, r: b.x1, b: b.y1 };
}

/** Flattens tesseract's blocks → paragraphs → lines → words into our lines and words. */
function flattenBlocks(blocks: TesseractBlock[] | null): { lines: OcrLine[]; words: Word[] } {
  const lines: OcrLine[] = [];
  const words: Word[] = [];
  (blocks ?? []).forEach((block, blockIndex) => {
    for (const paragraph of block.paragraphs ?? []) {
      for (const line of paragraph.lines ?? []) {
        const lineWords: Word[] = [];
        for (const w of line.words ?? []) {
          const text = w.text.normalize('NFC').trim();
          if (!text) continue;
          const word: Word = { text, bbox: toBBox(w.bbox), confidence: w.confidence / 100, line: lines.length };
          lineWords.push(word);
          words.push(word);
        }
        if (lineWords.length === 0) continue;
        lines.push({
          text: lineWords.map((w) => w.text).join(' '),
          bbox: toBBox(line.bbox),
          confidence: meanConfidence(lineWords),
          block: blockIndex,
          words: lineWords,
        });
      }
    }
  });
  return { lines, words };
}

interface TesseractBlock {
  paragraphs?: Array<{
    lines?: Array<{ bbox: { x0: number; y0: number; x1: number; y1: number }; words?: Array<{ text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }> }>;
  }>;
}

export async function createOcrEngine(options: OcrEngineOptions = {}): Promise<OcrEngine> {
  const size = Math.max(1, options.workers ?? Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
  const recycleAfter = options.recycleAfter ?? 50;
  const idle: PooledWorker[] = [];
  let started = 0;
  const queue = new PQueue({ concurrency: size });
  let closed = false;

  async function acquire(): Promise<PooledWorker> {
    const ready = idle.pop();
    if (ready) return ready;
    started++;
    return startWorker();
  }

  async function release(pooled: PooledWorker): Promise<void> {
    if (closed || pooled.jobs >= recycleAfter) {
      await pooled.worker.terminate();
      return;
    }
    idle.push(pooled);
  }

  async function run(image: Buffer, opts: OcrOptions): Promise<OcrResult> {
    const pooled = await acquire();
    try {
      const psm = opts.psm ?? 'auto';
      if (pooled.psm !== psm) {
        await pooled.worker.setParameters({ tessedit_pageseg_mode: PSM_CODE[psm] });
        pooled.psm = psm;
      }
      const result = await pooled.worker.recognize(image, opts.rectangle ? { rectangle: opts.rectangle } : {}, { text: true, blocks: true });
      pooled.jobs++;
      const { lines, words } = flattenBlocks(result.data.blocks as unknown as TesseractBlock[] | null);
      return { text: lines.map((l) => l.text).join('\n'), confidence: meanConfidence(words), lines, words };
    } finally {
      await release(pooled);
    }
  }

  return {
    recognize(image, opts = {}) {
      if (closed) return Promise.reject(new Error('OCR engine is closed'));
      return queue.add(() => run(image, opts)) as Promise<OcrResult>;
    },
    async close() {
      closed = true;
      await queue.onIdle();
      await Promise.all(idle.splice(0).map((p) => p.worker.terminate()));
      void started;
    },
  };
}
