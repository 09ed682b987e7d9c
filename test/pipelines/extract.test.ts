/**
 * Whole documents through `extract`, scored against their gold with the same
 * measures `npm run eval` reports. Thresholds sit below what the pipeline reads
 * today and far above what a broken stage would give.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createServices, extract } from '../../pipelines/index.ts';
import { PlanSchema, type Plan } from '../../src/model/plan.ts';
import { headingF1, scoreMetadata } from '../../src/measure/structure-score.ts';
import { scoreTasks } from '../../src/measure/task-score.ts';
import { PLAN_FIXTURES } from '../../fixtures/index.ts';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const gold = (name: string) => JSON.parse(readFileSync(root(`fixtures/expected/${name}.plan.json`), 'utf8'));
const services = createServices({ workers: 2 });
afterAll(async () => (await services).close());

function metadataExact(plan: Plan, want: ReturnType<typeof gold>): number {
  const scores = scoreMetadata(plan, { docType: want.docType, number: want.number, date: want.date, place: want.place, issuer: want.issuer, title: want.title });
  return scores.filter((s) => s.exact).length / scores.length;
}

describe('a scanned plan with a schedule table over two pages (four page images)', () => {
  const fixture = PLAN_FIXTURES.find((f) => f.name === 'hoangmai-cchc-2021')!;
  const run = services.then((s) => extract(fixture.pages.map((p) => root(p.file)), s));

  it('gives a valid plan with its metadata, headings, signer and recipients', async () => {
    const { plan } = await run;
    const want = gold(fixture.name);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.source).toMatchObject({ pages: 4, kind: 'image' });
    expect(metadataExact(plan, want)).toBe(1);
    expect(headingF1(plan.sections, want.sections).f1).toBeGreaterThanOrEqual(0.9);
    expect(plan.signer?.name).toBe(want.signer.name);
    expect(plan.recipients.length).toBe(want.recipients.length);
  });

  it('reads every table row, joining the table across the page break, with deadlines as ISO ranges', async () => {
    const { plan } = await run;
    const score = scoreTasks(gold(fixture.name).tasks, plan.tasks);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.dueExact).toBeGreaterThanOrEqual(0.85);
    const table = plan.tasks.filter((t) => t.source.kind === 'table');
    expect(table.every((t) => t.provenance?.bbox)).toBe(true);
    // the two unit duties of TỔ CHỨC THỰC HIỆN come beside the table's rows, not as rows
    const prose = plan.tasks.filter((t) => t.source.kind === 'prose');
    expect(prose.map((t) => [t.id, t.implementer])).toEqual([
      ['p-III.1', ['Phòng Nội vụ']],
      ['p-III.2', ['Thủ trưởng các phòng, ban, ngành quận', 'Chủ tịch UBND các phường']],
    ]);
  });
});

describe('a colour scan whose signed page carries a red seal and a blue signature', () => {
  const fixture = PLAN_FIXTURES.find((f) => f.name === 'hatinh-bcd-2025')!;
  const run = services.then((s) => extract(fixture.pages.map((p) => root(p.file)), s));

  it('drops the coloured ink and reads the signer and the recipients under it', async () => {
    const { plan, doc } = await run;
    const want = gold(fixture.name);
    expect(doc.pages[1].transforms.some((t) => t.startsWith('coloured ink dropped'))).toBe(true);
    expect(doc.pages[0].transforms.some((t) => t.startsWith('coloured ink dropped'))).toBe(false);
    expect(plan.signer).toEqual(want.signer);
    expect(plan.recipients).toEqual(want.recipients);
  });
});

describe('an aged archive copy: tinted paper and the binding\'s shadow over the header', () => {
  const fixture = PLAN_FIXTURES.find((f) => f.name === 'namdinh-sgddt-2023')!;
  const run = services.then((s) => extract(fixture.pages.map((p) => root(p.file)), s));

  it('flattens the paper of that page only and reads the header beside the shadow', async () => {
    const { plan, doc } = await run;
    const want = gold(fixture.name);
    expect(doc.pages.map((p) => p.transforms.some((t) => t.startsWith('uneven paper flattened')))).toEqual([true, false, false, false]);
    expect(metadataExact(plan, want)).toBe(1);
    expect(headingF1(plan.sections, want.sections).f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a born-digital PDF', () => {
  it('is read from its text layer, with no OCR, prose duties included', async () => {
    const { plan, doc } = await extract([root('fixtures/pdf/hatinh-bcd-2025-text.pdf')], await services);
    const want = gold('hatinh-bcd-2025');
    expect(plan.source.kind).toBe('pdf-text');
    expect(doc.pages.every((p) => p.ocrConfidence === undefined)).toBe(true);
    expect(metadataExact(plan, want)).toBe(1);
    const prose = scoreTasks(want.tasks, plan.tasks);
    expect(prose.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a born-digital PDF with a schedule table over a page break', () => {
  it('reads every row from the text layer into the grid found on a rendering, with no OCR', async () => {
    const { plan, doc } = await extract([root('fixtures/pdf/hoangmai-cchc-2021-text.pdf')], await services);
    const want = gold('hoangmai-cchc-2021');
    expect(doc.pages.every((p) => p.ocrConfidence === undefined && !p.image)).toBe(true);
    expect(doc.tables.length).toBeGreaterThanOrEqual(2);
    expect(metadataExact(plan, want)).toBe(1);
    const score = scoreTasks(want.tasks, plan.tasks);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.dueExact).toBeGreaterThanOrEqual(0.95);
    expect(score.unitsExact).toBeGreaterThanOrEqual(0.95);
  });
});

describe('text an old OCR produced without diacritics', () => {
  it('is restored and structured: number, date, title and headings', async () => {
    const { plan } = await extract([root('fixtures/text/dichvonghau-ubnd-2024.ocr.txt')], await services);
    const want = JSON.parse(readFileSync(root('fixtures/expected/dichvonghau-ubnd-2024.text.plan.json'), 'utf8'));
    expect(plan.source.kind).toBe('text');
    expect(plan.number).toBe(want.number);
    expect(plan.date).toBe(want.date);
    expect(plan.title).toBe(want.title);
    expect(plan.quality.restoredSyllables).toBeGreaterThan(300);
    expect(headingF1(plan.sections, want.sections).f1).toBeGreaterThanOrEqual(0.85);
    expect(plan.sections[0].provenance?.chars).toBeDefined();
  });
});
