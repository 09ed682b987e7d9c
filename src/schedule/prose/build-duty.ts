/**
 * A duty found in prose → a Task (CONTRACT.md, "A task"): units split and made
 * canonical as for table tasks, the deadline read from its label or, failing that,
 * from the duty's own sentence, `source: {kind: "prose", section}` and a stable id
 * from the section path ("p-III.2", "p-III.2-a").
 */
import type { Provenance, Task } from '../../model/plan.ts';
import { normalizeDeadline, restoreDeadlineWords } from '../../normalize/deadline.ts';
import { canonicalUnits, splitUnits } from '../../normalize/units.ts';
import { foldSameLength } from './fold.ts';
import { MARKER, trimEnd } from './labels.ts';
import { findSentenceDeadline } from './sentence-deadline.ts';
import { startsWithUnitHead } from './unit-heading.ts';
import { readCoordinators } from './unit-sentence.ts';

export interface ProseDuty {
  /** number path of the section that states it: "III.2", "IV.1.a" */
  section: string;
  groupTitle: string | null;
  no: string | null;
  sub: string | null;
  lead?: string | null;
  content: string;
  /** unit texts as printed, by role (a label's value or a unit heading) */
  implementer?: string;
  coordinators?: string;
  supervisor?: string;
  product?: string;
  /** the deadline label's value; without one the content's sentence is searched */
  deadline?: string;
  extra?: Record<string, string>;
  provenance?: Provenance;
  confidence: number;
}

/** A duty's text without its list marker and end punctuation ("- …;" → "…"). */
export function dutyText(text: string): string {
  return trimEnd(text.replace(MARKER, ''));
}

/** Verbs that end a unit's name when a label's value runs on into a sentence ("Sở Nội vụ chủ trì tham mưu …"), unless "được" makes them describe it ("Các cơ quan được giao chủ trì"). */
const RUNS_ON = /(?<!duoc(?:\s[a-z]+){0,2})\s(?:chu tri|phoi hop voi|tham muu|chu dong|tien hanh|co trach nhiem|chiu trach nhiem|la co quan|la don vi|trong pham vi|theo chuc nang)(?![a-z])/;

/** Units of a label value or a heading, each cut where its name runs on into a sentence. */
export function unitsOf(text: string | undefined): string[] {
  if (!text) return [];
  const units = splitUnits(text);
  // a value that runs on into a sentence: keep its units, cut where the sentence starts, drop the sentence's other nouns
  const isSentence = units.some((unit) => RUNS_ON.test(foldSameLength(unit)));
  return units
    .map((unit) => {
      const runOn = RUNS_ON.exec(foldSameLength(unit));
      return runOn && runOn.index > 0 ? trimEnd(unit.slice(0, runOn.index)) : unit;
    })
    .filter((unit) => unit && (!isSentence || startsWithUnitHead(unit)));
}

export function buildDuty(duty: ProseDuty, context: { planYear: number | null }): Task {
  const inSentence = duty.deadline ? null : findSentenceDeadline(duty.content);
  const printed = duty.deadline ? dutyText(duty.deadline) || null : (inSentence?.text ?? null);
  const deadlineText = printed ? restoreDeadlineWords(printed) : null;
  const deadline = deadlineText ? normalizeDeadline(deadlineText, { planYear: context.planYear }) : null;
  const implementer = unitsOf(duty.implementer);
  // without a "phối hợp" label, a duty that opens "Chủ trì, phối hợp với X …" names them itself
  const coordinators = unitsOf(duty.coordinators ?? (duty.implementer ? (readCoordinators(duty.content) ?? undefined) : undefined));
  const supervisor = unitsOf(duty.supervisor);
  // a deadline read out of a sentence is a guess more than one under its own label
  const deadlineTrust = deadline ? (inSentence ? 0.5 + 0.4 * deadline.confidence : 0.6 + 0.4 * deadline.confidence) : 1;
  return {
    // a lettered section is its own sub: "p-IV.1.a", not "p-IV.1.a-a"
    id: duty.sub && !duty.section.endsWith(`.${duty.sub}`) ? `p-${duty.section}-${duty.sub}` : `p-${duty.section}`,
    groupTitle: duty.groupTitle,
    no: duty.no,
    sub: duty.sub,
    lead: duty.lead ?? null,
    content: duty.content,
    implementer,
    coordinators,
    supervisor,
    canonical: canonicalUnits({ implementer, coordinators, supervisor }),
    deadlineText,
    due: deadline?.due ?? null,
    recurrence: deadline?.recurrence ?? null,
    product: duty.product ? dutyText(duty.product) || null : null,
    ...(duty.extra && Object.keys(duty.extra).length ? { extra: duty.extra } : {}),
    source: { kind: 'prose', section: duty.section },
    ...(duty.provenance ? { provenance: duty.provenance } : {}),
    confidence: round(Math.max(0, Math.min(1, duty.confidence * deadlineTrust))),
  };
}

const round = (x: number) => Math.round(x * 100) / 100;
