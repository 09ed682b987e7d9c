/**
 * Emit: the working document, its structure and its tasks → the plan document of
 * CONTRACT.md, validated against `PlanSchema` before anyone sees it. A plan that
 * fails validation is a bug in kehoach, reported as such, never written.
 */
import { z } from 'zod';
import type { Doc } from '../model/document.ts';
import { PlanSchema, type Plan, type Task } from '../model/plan.ts';
import type { StructureResult } from '../structure/index.ts';
import { lineProvenance } from './provenance.ts';

/** low-confidence syllables listed in `quality.lowConfidence` at most (the rest are counted) */
const MAX_LOW_CONFIDENCE_TOKENS = 100;
const LOW_TASK_CONFIDENCE = 0.6;

export function assemblePlan(doc: Doc, structure: StructureResult, tasks: Task[]): Plan {
  const ocrPages = doc.pages.filter((p) => p.ocrConfidence !== undefined);
  const ocrConfidence = ocrPages.length ? round(ocrPages.reduce((s, p) => s + (p.ocrConfidence ?? 0), 0) / ocrPages.length) : null;

  const lowConfidence: Plan['quality']['lowConfidence'] = [...structure.lowConfidence];
  let lowTokens = 0;
  for (const page of doc.pages) {
    for (const line of page.lines) {
      for (const token of line.lowConfidence ?? []) {
        lowTokens++;
        if (lowTokens > MAX_LOW_CONFIDENCE_TOKENS) continue;
        lowConfidence.push({
          path: `text:${line.id}`,
          reason: `restored "${token.original}" → "${token.text}" with confidence ${round(token.confidence)}`,
          value: token.text,
          alternatives: token.alternatives.slice(0, 3),
          provenance: lineProvenance(line),
        });
      }
    }
  }
  tasks.forEach((task, index) => {
    if ((task.confidence ?? 1) < LOW_TASK_CONFIDENCE) {
      lowConfidence.push({ path: `tasks[${index}]`, reason: `task read with confidence ${round(task.confidence ?? 0)}`, value: task.content.slice(0, 80), provenance: task.provenance });
    }
  });

  // structure reports through the same reporter whose diagnostics ride on the doc: one line per message
  const warnings = [...new Set([...structure.warnings, ...doc.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message)])];
  if (lowTokens > MAX_LOW_CONFIDENCE_TOKENS) warnings.push(`${lowTokens - MAX_LOW_CONFIDENCE_TOKENS} more low-confidence syllables are not listed`);

  const plan: Plan = {
    schemaVersion: '1',
    source: { file: doc.file, sha256: doc.sha256, pages: doc.pages.length, kind: doc.kind },
    status: doc.diagnostics.some((d) => d.severity === 'error') ? 'partial' : 'success',
    docType: structure.docType,
    number: structure.number,
    issuer: structure.issuer,
    place: structure.place,
    date: structure.date,
    title: structure.title,
    basis: structure.basis,
    sections: structure.sections,
    signer: structure.signer,
    recipients: structure.recipients,
    tasks,
    quality: {
      ocrConfidence,
      restoredSyllables: doc.restoredSyllables ?? 0,
      lowConfidence,
      pages: doc.pages.map((p) => ({ page: p.number, kind: p.kind, ocrConfidence: p.ocrConfidence === undefined ? null : round(p.ocrConfidence), transforms: p.transforms })),
    },
    warnings,
    provenance: structure.provenance,
    confidence: structure.confidence,
  };
  return validatePlan(plan, doc.file);
}

export function validatePlan(plan: unknown, file: string): Plan {
  const parsed = PlanSchema.safeParse(plan);
  if (!parsed.success) {
    throw new Error(`${file}: internal error: the plan does not match the schema (a bug in kehoach; please report it)\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
