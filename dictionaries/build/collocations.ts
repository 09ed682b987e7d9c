/**
 * Multi-syllable words from the corpus: adjacent syllable pairs seen often and far
 * more often than chance (pointwise mutual information), e.g. "thi đua", "khen thưởng".
 */
const B = 16384;
const FIRST_SYLLABLE_ID = 5;
const MIN_COUNT = 20;
const MIN_PMI = Math.log(20);

export function findCollocations(ids: Int32Array, sentenceEnds: Int32Array, units: string[]): string[] {
  const single = new Float64Array(units.length);
  const pairs: number[] = [];
  let start = 0;
  for (const end of sentenceEnds) {
    for (let i = start; i < end; i++) {
      single[ids[i]]++;
      if (i + 1 < end && ids[i] >= FIRST_SYLLABLE_ID && ids[i + 1] >= FIRST_SYLLABLE_ID) pairs.push(ids[i] * B + ids[i + 1]);
    }
    start = end;
  }
  const sorted = Uint32Array.from(pairs).sort();
  const total = ids.length;
  const words: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    const n = j - i;
    const y = sorted[i] % B;
    const x = (sorted[i] - y) / B;
    // words are syllables: an abbreviation unit ("<UBND>") joins none
    const syllables = !units[x].startsWith('<') && !units[y].startsWith('<');
    if (syllables && n >= MIN_COUNT && Math.log((n * total) / (single[x] * single[y])) >= MIN_PMI) words.push(`${units[x]} ${units[y]}`);
    i = j;
  }
  return words;
}
