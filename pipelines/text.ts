/**
 * text: text an older OCR produced (no geometry) → plan:
 * ingest → restore → tables (TAB-separated grids, or rows recovered from an old OCR's
 * interleaved text) → structure → emit.
 */
import path from 'node:path';
import type { Doc } from '../src/model/document.ts';
import type { Plan } from '../src/model/plan.ts';
import { Reporter } from '../src/diagnostics/diagnostic.ts';
import { ingest } from '../src/ingest/index.ts';
import { restoreDoc, restoreJoinedTitle, restoreTaskPhrases } from '../src/restore/stage.ts';
import { correctProvinces } from '../src/structure/places.ts';
import { diacriticRatio, STRIPPED_TEXT_RATIO } from '../src/text/vietnamese.ts';
import { assignRegions } from '../src/layout/regions.ts';
import { recoverTextTable } from '../src/schedule/text-table.ts';
import { scheduleTasks } from '../src/schedule/index.ts';
import { tabTables } from '../src/layout/tab-tables.ts';
import { structure } from '../src/structure/index.ts';
import { planYear } from '../src/normalize/deadline.ts';
import { proseTasks } from '../src/schedule/prose/index.ts';
import { assemblePlan } from '../src/emit/plan.ts';
import { repairUnitNames } from '../src/normalize/unit-repair.ts';
import { docText, loadRecipientData, repairRecipients } from '../src/normalize/recipients.ts';
import type { PipelineServices } from './context.ts';

export async function runText(file: string, services: PipelineServices): Promise<{ plan: Plan; doc: Doc }> {
  const reporter = new Reporter(path.basename(file));
  let doc = await ingest([file], reporter);
  doc = restoreDoc(doc, services.restorer);

  const allLines = doc.pages.flatMap((p) => p.lines);
  // the plan's year is needed for year-less deadlines; a first look at the header gives it
  const header = structure(doc, new Reporter(doc.file));
  const year = planYear(header.title, header.date);
  // a table whose cells are TAB-separated (copied from a Word file or a PDF) is read as a grid; an old OCR's interleaved one is recovered
  const tabbed = tabTables(allLines);
  const table = recoverTextTable(allLines.filter((line) => !tabbed.tableLines.has(line.id)), { planYear: year, reporter });
  for (const page of doc.pages) {
    page.lines = page.lines.map((line) => {
      const inTable = tabbed.tableLines.get(line.id) ?? (table.tableLines.has(line.id) ? 'text-table' : undefined);
      return inTable ? { ...line, inTable } : line;
    });
    assignRegions(page);
  }
  doc = { ...doc, tables: tabbed.tables };

  const structured = structure(doc, reporter);
  const tableTasks = [...scheduleTasks(tabbed.tables, { planYear: year, reporter }), ...table.tasks];
  let tasks = [...tableTasks, ...proseTasks(structured.sections, { planYear: year, tableTasks })];
  // text without diacritics: each task value restored again as one phrase, whole (cells wrap mid-name)
  const stripped = diacriticRatio(doc.text ?? '') < STRIPPED_TEXT_RATIO;
  if (stripped) tasks = tasks.map((task) => restoreTaskPhrases(task, services.restorer));
  // short recipient items give the model little context: their level and office words, codes and drafters' names are put right
  if (stripped) structured.recipients = repairRecipients(structured.recipients, await loadRecipientData(), { planText: docText(doc), linesLoseWords: true });
  // a title wrapped over lines is restored again whole (its province names put right again after)
  if (stripped && structured.title) structured.title = correctProvinces(restoreJoinedTitle(structured.title, services.restorer));
  // unit names an OCR cut or left unmarked, put right from the names the same plan prints
  return { plan: assemblePlan(doc, structured, repairUnitNames(tasks, structured.recipients)), doc };
}
