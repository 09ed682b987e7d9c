/**
 * The library API: the same pipelines the CLI runs, plus the schemas and the
 * restorer. Create the services once and reuse them for many documents.
 *
 *   const services = await createServices();
 *   const { plan } = await extract(['plan-p1.png', 'plan-p2.png'], services);
 *   await services.close();
 */
export { extract, createServices, type PipelineServices, type RunOptions } from '../pipelines/index.ts';
export { restore, createRestorer, type Restorer, type RestoreOptions, type RestoredLine } from './restore/restorer.ts';
export { PlanSchema, TaskSchema, SectionSchema, planJsonSchema, type Plan, type Task, type Section } from './model/plan.ts';
export { KehoachError, ExitCode, type Diagnostic } from './diagnostics/diagnostic.ts';
export { normalizeDeadline } from './normalize/deadline.ts';
export { splitUnits, canonicalUnit } from './normalize/units.ts';
