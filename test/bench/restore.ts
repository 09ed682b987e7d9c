/**
 * Benchmark of restoration on one core: syllables per second on stripped dev text (median
 * of three passes after a warm-up pass, and the cold first pass on its own row),
 * data load time, resident memory; beside a dictionary-only baseline (the most frequent
 * syllable of each stripped key) run on the same text in the same process.
 * Without ../shared the text is the sentences of test/restore. Run alone: npx tsx test/bench/restore.ts
 */
import { pathToFileURL } from 'node:url';
import { readRestoreData, type RestoreData } from '../../src/restore/data.ts';
import { SyllableRestorer } from '../../src/restore/restorer.ts';
import { renderSyllable } from '../../src/restore/case.ts';
import { stripDiacritics } from '../../src/text/vietnamese.ts';
import { corpusAvailable } from '../../dictionaries/corpus-split.ts';
import { devAdministrativeLines, strippedAccuracy, syllablesOf } from '../eval/restore.ts';

export interface BenchRow {
  metric: string;
  value: number | string;
  baseline?: number | string;
  ratio?: number;
}

const FALLBACK_TEXT = [
  'Ủy ban nhân dân phường giao Phòng Nội vụ chủ trì, phối hợp với các đơn vị liên quan tổ chức hội nghị sơ kết.',
  'Các cơ quan, đơn vị báo cáo kết quả thực hiện kế hoạch về Ủy ban nhân dân quận trước ngày 15 tháng 12 năm 2021.',
  'Đẩy mạnh tuyên truyền, nâng cao nhận thức của cán bộ, công chức và người lao động về công tác thi đua, khen thưởng.',
];

/** Dictionary-only restorer: every syllable becomes the most frequent one with its letters. */
function baselineRestorer(data: RestoreData) {
  const restoreLines = (lines: string[]) =>
    lines.map((line) => ({
      text: line.replace(/\p{L}+/gu, (w) => {
        const best = data.byKey.get(stripDiacritics(w.toLowerCase()))?.[0];
        return best === undefined ? w : renderSyllable(data.units[best], w, 'modern');
      }),
    }));
  return { restoreLines };
}

const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;

export async function benchRestore(): Promise<BenchRow[]> {
  let t = performance.now();
  const data = await readRestoreData();
  const loadMs = performance.now() - t;
  const docs = corpusAvailable() ? devAdministrativeLines() : [Array.from({ length: 200 }, (_, i) => FALLBACK_TEXT[i % 3])];
  const stripped = docs.map((d) => d.map(stripDiacritics));
  const syllables = docs.flat().reduce((n, l) => n + syllablesOf(l).length, 0);
  const restorer = new SyllableRestorer(data, 'auto');
  const baseline = baselineRestorer(data);
  const pass = (run: (lines: string[]) => unknown) => {
    t = performance.now();
    for (const d of stripped) run(d);
    return syllables / ((performance.now() - t) / 1000);
  };
  // first pass: cold JIT and caches, as for one document; then the median of three
  // passes, as in a long batch (the JIT needs a few seconds of work to settle)
  const speed = (run: (lines: string[]) => unknown) => {
    const first = pass(run);
    const passes = [pass(run), pass(run), pass(run)].sort((a, b) => a - b);
    return { first, steady: passes[1] };
  };
  const restoreSpeed = speed((l) => restorer.restoreLines(l));
  const baseSpeed = speed((l) => baseline.restoreLines(l));
  const perSecond = restoreSpeed.steady;
  const basePerSecond = baseSpeed.steady;
  const accuracy = strippedAccuracy(restorer, docs);
  const baseAccuracy = strippedAccuracy(baseline as never, docs);
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  return [
    { metric: 'restore/syllables-per-second', value: Math.round(perSecond), baseline: Math.round(basePerSecond), ratio: round(perSecond / basePerSecond, 3) },
    { metric: 'restore/syllables-per-second-first-pass', value: Math.round(restoreSpeed.first), baseline: Math.round(baseSpeed.first), ratio: round(restoreSpeed.first / baseSpeed.first, 3) },
    {
      metric: 'restore/stripped-syllables-right-%',
      value: round((100 * accuracy.right) / accuracy.total, 2),
      baseline: round((100 * baseAccuracy.right) / baseAccuracy.total, 2),
      ratio: round(accuracy.right / baseAccuracy.right, 3),
    },
    { metric: 'restore/load-ms', value: round(loadMs) },
    { metric: 'restore/rss-mb', value: round(rssMb) },
    { metric: 'restore/bench-syllables', value: syllables },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await benchRestore()) console.log(JSON.stringify(row));
}
