/**
 * text: text an older OCR produced (no geometry) → plan:
 * ingest → restore → table rows recovered from the text → structure → emit.
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
  const table = recoverTextTable(allLines, { planYear: year, reporter });
  for (const page of doc.pages) {
    page.lines = page.lines.map((line) => (table.tableLines.has(line.id) ? { ...line, inTable: 'text-table' } : line));
    assignRegions(page);
  }

  const structured = structure(doc, reporter);
  let tasks = [...table.tasks, ...proseTasks(structured.sections, { planYear: year, tableTasks: table.tasks })];
  // text without diacritics: each task value restored again as one phrase, whole (cells wrap mid-name)
  const stripped = diacriticRatio(doc.text ?? '') < STRIPPED_TEXT_RATIO;
  if (stripped) tasks = tasks.map((task) => restoreTaskPhrases(task, services.restorer));
  // short recipient items give the model little context: their level and office words, codes and drafters' names are put right
  if (stripped) structured.recipients = repairRecipients(structured.recipients, await loadRecipientData(), { planText: docText(doc) });
  // a title wrapped over lines is restored again whole (its province names put right again after)
  if (stripped && structured.title) structured.title = correctProvinces(restoreJoinedTitle(structured.title, services.restorer));
  // unit names an OCR cut or left unmarked, put right from the names the same plan prints
  return { plan: assemblePlan(doc, structured, repairUnitNames(tasks, structured.recipients)), doc };
}
