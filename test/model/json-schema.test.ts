import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../src/model/plan.ts';
import { createServices, extract } from '../../pipelines/index.ts';

// What a downstream system does with `kehoach schema`: compile it with a standard validator and check plans.
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(planJsonSchema());
const services = createServices({ workers: 1 });
afterAll(async () => (await services).close());

describe('the published JSON Schema', () => {
  it.each(['fixtures/text/dichvonghau-ubnd-2024.ocr.txt', 'fixtures/pdf/hatinh-bcd-2025-text.pdf'])('accepts the plan kehoach writes for %s', async (file) => {
    const { plan } = await extract([new URL(`../../${file}`, import.meta.url).pathname], await services);
    const valid = validate(JSON.parse(JSON.stringify(plan)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a plan whose task has a date that is not ISO', () => {
    const gold = JSON.parse(readFileSync(new URL('../../fixtures/expected/hoangmai-cchc-2021.plan.json', import.meta.url), 'utf8'));
    const plan = {
      schemaVersion: '1',
      source: { file: 'x.png', sha256: 'a'.repeat(64), pages: 1, kind: 'image' },
      ...gold,
      quality: { ocrConfidence: 0.9, restoredSyllables: 0, lowConfidence: [] },
      warnings: [],
    };
    expect(validate(plan)).toBe(true);
    plan.tasks[0].due = { start: null, end: '15/6/2021' };
    expect(validate(plan)).toBe(false);
  });
});
