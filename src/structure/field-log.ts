/** Where each metadata value came from and how sure we are; unsure values are listed for review. */
import type { Provenance } from '../model/plan.ts';

export interface LowConfidenceItem {
  path: string;
  reason: string;
  value?: string;
  provenance?: Provenance;
}

/** Below this a value goes to `lowConfidence` for a reviewer. */
export const REVIEW_BELOW = 0.7;

export class FieldLog {
  readonly provenance: Record<string, Provenance> = {};
  readonly confidence: Record<string, number> = {};
  readonly lowConfidence: LowConfidenceItem[] = [];

  record(path: string, value: string | null, provenance: Provenance | undefined, confidence: number, reason?: string): void {
    if (provenance) this.provenance[path] = provenance;
    this.confidence[path] = round(confidence);
    if (confidence < REVIEW_BELOW) {
      this.lowConfidence.push({
        path,
        reason: reason ?? (value === null ? `no ${path} was found` : `${path} read with low confidence`),
        ...(value !== null ? { value } : {}),
        ...(provenance ? { provenance } : {}),
      });
    }
  }

  flag(item: LowConfidenceItem): void {
    this.lowConfidence.push(item);
  }
}

export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
