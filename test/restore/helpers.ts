/** Shared by the restore tests: one restorer per test process, syllable comparison. */
import { createRestorer, type Restorer } from '../../src/restore/restorer.ts';
import { canonicalSyllable } from '../../src/text/vietnamese.ts';

let restorer: Promise<Restorer> | undefined;
export function sharedRestorer(): Promise<Restorer> {
  restorer ??= createRestorer();
  return restorer;
}

export function syllables(text: string): string[] {
  return (text.normalize('NFC').match(/\p{L}+/gu) ?? []).map((s) => canonicalSyllable(s));
}

/** Share of syllables of `got` equal to `want`, position by position. */
export function syllableAccuracy(got: string, want: string): number {
  const a = syllables(got);
  const b = syllables(want);
  let right = 0;
  for (let i = 0; i < b.length; i++) if (a[i] === b[i]) right++;
  return right / b.length;
}
