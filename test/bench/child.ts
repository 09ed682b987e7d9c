/** One side of the pipeline benchmark, run in its own process: prints one JSON line. */
import { createWorker, OEM } from 'tesseract.js';
import os from 'node:os';
import { createServices, extract } from '../../pipelines/index.ts';
import { vieLanguagePath } from '../../src/ocr/engine.ts';
import { ingest } from '../../src/ingest/index.ts';

const [mode, documentsJson] = process.argv.slice(2);
const documents: string[][] = JSON.parse(documentsJson);
const workers = Math.min(4, os.availableParallelism());

const started = performance.now();
let pages = 0;
if (mode === 'extract') {
  const services = await createServices({ workers });
  for (const files of documents) {
    const { plan } = await extract(files, services);
    pages += plan.source.pages;
  }
  await services.close();
} else {
  // bare tesseract.js: the same page images (as ingest decodes them), the same model, the same number of workers
  const pool = await Promise.all(Array.from({ length: workers }, () => createWorker('vie', OEM.LSTM_ONLY, { langPath: vieLanguagePath(), gzip: true, cacheMethod: 'none' })));
  const images: Buffer[] = [];
  for (const files of documents) for (const page of (await ingest(files)).pages) if (page.image) images.push(page.image);
  let next = 0;
  await Promise.all(
    pool.map(async (worker) => {
      while (next < images.length) {
        const image = images[next++];
        await worker.recognize(image);
        pages++;
      }
    }),
  );
  await Promise.all(pool.map((w) => w.terminate()));
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ pages, ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
