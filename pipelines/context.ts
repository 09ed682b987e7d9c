/**
 * What a pipeline run needs besides its input: the OCR engine and the restorer are
 * created once and shared by every document of a run (loading them is the
 * expensive part, and a text input never needs OCR, so the engine starts on first
 * use); the reporter collects diagnostics for one document.
 */
import { createOcrEngine, type OcrEngine, type OcrEngineOptions } from '../src/ocr/engine.ts';
import { createRestorer, type Restorer } from '../src/restore/restorer.ts';

export interface PipelineServices {
  ocr(): Promise<OcrEngine>;
  restorer: Restorer;
  close(): Promise<void>;
}

export async function createServices(options: OcrEngineOptions = {}): Promise<PipelineServices> {
  const restorer = await createRestorer();
  let engine: Promise<OcrEngine> | undefined;
  return {
    restorer,
    ocr: () => (engine ??= createOcrEngine(options)),
    close: async () => {
      if (engine) await (await engine).close();
    },
  };
}

export interface RunOptions {
  /** write one overlay PNG per scanned page into this folder */
  overlayDir?: string;
}
