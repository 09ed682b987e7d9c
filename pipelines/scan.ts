/**
 * scan: page images or a PDF → plan. Reads like DESIGN.md's diagram:
 * ingest → preprocess → tables found on the image → OCR of the rest of the page →
 * restore → tables read cell by cell → layout (regions) → structure → schedule → emit.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import PQueue from 'p-queue';
import type { Doc, Table } from '../src/model/document.ts';
import type { Plan } from '../src/model/plan.ts';
import { Reporter } from '../src/diagnostics/diagnostic.ts';
import { ingest } from '../src/ingest/index.ts';
import { preprocess } from '../src/preprocess/index.ts';
import { ocrPage } from '../src/ocr/index.ts';
import { restoreDoc } from '../src/restore/stage.ts';
import { findTables, type TableGrid } from '../src/layout/grid.ts';
import { maskRegions } from '../src/preprocess/mask.ts';
import { readTableCells, textLayerTables } from '../src/layout/read-cells.ts';
import { markTableLines } from '../src/layout/table-lines.ts';
import { assignRegions } from '../src/layout/regions.ts';
import { drawOverlay } from '../src/layout/overlay.ts';
import { structure } from '../src/structure/index.ts';
import { scheduleTasks } from '../src/schedule/index.ts';
import { planYear } from '../src/normalize/deadline.ts';
import { proseTasks } from '../src/schedule/prose/index.ts';
import { assemblePlan } from '../src/emit/plan.ts';
import { repairUnitNames } from '../src/normalize/unit-repair.ts';
import { docText, loadRecipientData, repairRecipients } from '../src/normalize/recipients.ts';
import { rereadSignerName } from '../src/normalize/signer-reread.ts';
import { dropTitleSpecks, repairTitleLetters } from '../src/normalize/title.ts';
import type { PipelineServices, RunOptions } from './context.ts';

/** pages preprocessed, found and read at once: enough to keep the OCR pool busy, few enough for memory */
const PAGES_IN_FLIGHT = 2;

export interface ScanResult {
  plan: Plan;
  doc: Doc;
}

export async function runScan(files: string[], services: PipelineServices, options: RunOptions = {}): Promise<ScanResult> {
  const reporter = new Reporter(path.basename(files[0]));
  let doc = await ingest(files, reporter);
  // a page scanned a quarter turn off is turned whichever way the OCR reads better
  const judge = async (image: Buffer) => {
    const read = await (await services.ocr()).recognize(image, { psm: 'auto' });
    return read.confidence * Math.min(1, read.words.length / 30);
  };
  doc = await preprocess(doc, { judge });

  // pages run side by side (a few at a time, for memory); the OCR pool bounds the OCR work
  const pageQueue = new PQueue({ concurrency: PAGES_IN_FLIGHT });
  const read = await Promise.all(
    doc.pages.map((page) =>
      pageQueue.add(async () => {
        if (!page.image) {
          // a text-layer page: a table's grid is found on its rendering, and filled with the layer's words below
          const { layoutImage, ...textPage } = page;
          return { page: textPage, grids: layoutImage ? await findTables(layoutImage, page) : ([] as TableGrid[]) };
        }
        const grids = await findTables(page.image, page);
        // the tables are read cell by cell below; the page OCR reads the rest
        const ocrImage = await maskRegions(page.image, grids.map((g) => g.bbox));
        return { page: await ocrPage(page, await services.ocr(), ocrImage), grids };
      }),
    ),
  );
  doc = restoreDoc({ ...doc, pages: read.map((r) => r.page) }, services.restorer);

  const tables: Table[] = (
    await Promise.all(
      read.map(async ({ page, grids }) => {
        if (grids.length === 0) return [];
        if (!page.image) return textLayerTables(grids, page.lines.flatMap((l) => l.words ?? []));
        return readTableCells(page.image, grids, await services.ocr(), services.restorer);
      }),
    )
  ).flat();
  doc = { ...doc, tables };
  for (const page of doc.pages) {
    markTableLines(page, tables);
    assignRegions(page);
  }

  const structured = structure(doc, reporter);
  const year = planYear(structured.title, structured.date);
  const tableTasks = scheduleTasks(doc.tables, { planYear: year, reporter });
  // a duty the table already lists is not repeated from the prose
  const tasks = [...tableTasks, ...proseTasks(structured.sections, { planYear: year, tableTasks })];
  // recipients: the level and office words and the codes an OCR misreads in short items ("UBMTTQVN tính", "Lưu: VT, NG."), provinces spelled
  const recipientData = await loadRecipientData();
  structured.recipients = repairRecipients(structured.recipients, recipientData, { planText: docText(doc) });
  // the signer's name with a mark misread ("Nguyên Tháo"): read syllable by syllable from how often people are called so,
  // and read again from the image when some syllable is no name at all ("Bào Mỹ" under a seal)
  if (structured.signer) structured.signer = { ...structured.signer, name: await rereadSignerName(doc, structured.signer.name, await services.ocr(), recipientData.names) };
  // a title read from a faded copy: specks read as stops and quotes, a marked vowel dropped ("TM NHÌN"), a letter read as a digit ("1ÍCH")
  structured.title = repairTitleLetters(dropTitleSpecks(structured.title), recipientData.isWordPair);
  // unit names an OCR cut or left unmarked, put right from the names the same plan prints
  const plan = assemblePlan(doc, structured, repairUnitNames(tasks, structured.recipients));

  if (options.overlayDir) await writeOverlays(doc, options.overlayDir);
  return { plan, doc };
}

async function writeOverlays(doc: Doc, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const stem = path.parse(doc.file).name;
  for (const page of doc.pages) {
    if (!page.image) continue;
    const png = await drawOverlay(page.image, page, doc.tables.filter((t) => t.page === page.number));
    await writeFile(path.join(dir, `${stem}.p${page.number}.overlay.png`), png);
  }
}
