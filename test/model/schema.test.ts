import { describe, expect, it } from 'vitest';
import { PlanSchema, TaskSchema, planJsonSchema } from '../../src/model/plan.ts';

const task = {
  id: 't-q1-4a', groupTitle: 'QUÝ I/2021', no: '4', sub: 'a', content: 'Tổ chức Hội nghị tổng kết',
  implementer: ['Phòng Nội vụ'], coordinators: [], supervisor: [], deadlineText: 'Tháng 01/2021',
  due: { start: '2021-01-01', end: '2021-01-31' }, recurrence: null, product: null, source: { kind: 'table' },
};

describe('plan schema', () => {
  it('accepts a task in the shape of the contract', () => {
    expect(TaskSchema.safeParse(task).success).toBe(true);
  });
  it('rejects a due date that is not ISO', () => {
    expect(TaskSchema.safeParse({ ...task, due: { start: null, end: '15/6/2021' } }).success).toBe(false);
  });
  it('rejects a prose task without its section path', () => {
    expect(TaskSchema.safeParse({ ...task, source: { kind: 'prose' } }).success).toBe(false);
  });
  it('publishes a JSON Schema with the contract fields', () => {
    const schema = JSON.stringify(planJsonSchema());
    for (const field of ['schemaVersion', 'docType', 'number', 'issuer', 'basis', 'sections', 'signer', 'recipients', 'tasks', 'quality', 'lowConfidence', 'deadlineText', 'recurrence']) {
      expect(schema).toContain(`"${field}"`);
    }
    expect(PlanSchema.safeParse({}).success).toBe(false);
  });
});
