/**
 * The plan document: the published JSON (../shared/CONTRACT.md). These zod schemas
 * are the single source of truth; the TypeScript types are inferred from them and
 * `kehoach schema` prints them as JSON Schema. Field names are fixed by the
 * contract; new fields may be added, none renamed without a schemaVersion bump.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const ProvenanceSchema = z
  .object({
    page: z.number().int().min(1).optional().describe('page number, from 1'),
    bbox: z
      .tuple([z.number(), z.number(), z.number(), z.number()])
      .optional()
      .describe('[x, y, w, h] in page pixels at the page dpi, origin top-left'),
    chars: z.tuple([z.number().int(), z.number().int()]).optional().describe('character range [start, end) in a text input'),
  })
  .meta({ id: 'Provenance', description: 'Where a value came from: a page and box on a scan, or a character range of a text input.' });
export type Provenance = z.infer<typeof ProvenanceSchema>;

const confidence = z.number().min(0).max(1);

export type Section = {
  number: string | null;
  title: string | null;
  paragraphs: string[];
  children: Section[];
  provenance?: Provenance;
  confidence?: number;
};

export const SectionSchema: z.ZodType<Section> = z
  .lazy(() =>
    z.object({
      number: z.string().nullable().describe('"I", "1", "1.1", "a"; null for an unnumbered heading'),
      title: z.string().nullable().describe("the heading's own words; null when the number opens a running paragraph"),
      paragraphs: z.array(z.string()),
      children: z.array(SectionSchema),
      provenance: ProvenanceSchema.optional(),
      confidence: confidence.optional(),
    }),
  )
  .meta({ id: 'Section', description: 'A node of the heading tree (I., 1., 1.1., a)).' });

export const RecurrenceSchema = z.enum(['continuous', 'daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'yearly']);
export type Recurrence = z.infer<typeof RecurrenceSchema>;

export const DueSchema = z
  .object({ start: isoDate.nullable(), end: isoDate.nullable() })
  .meta({ id: 'Due', description: 'A deadline as an ISO date range; start may be null ("before 15/6").' });
export type Due = z.infer<typeof DueSchema>;

export const TaskSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('table'), table: z.string().optional() }),
  z.object({ kind: z.literal('prose'), section: z.string() }),
]);

export const TaskSchema = z
  .object({
    id: z.string(),
    groupTitle: z.string().nullable(),
    no: z.string().nullable(),
    sub: z.string().nullable(),
    lead: z.string().nullable().optional().describe("a row's lead-in sentence, for its sub-items"),
    content: z.string(),
    implementer: z.array(z.string()),
    coordinators: z.array(z.string()),
    supervisor: z.array(z.string()),
    canonical: z
      .object({ implementer: z.array(z.string()), coordinators: z.array(z.string()), supervisor: z.array(z.string()) })
      .optional()
      .describe('the same units with abbreviations expanded to one canonical name, for grouping'),
    deadlineText: z.string().nullable(),
    due: DueSchema.nullable(),
    recurrence: RecurrenceSchema.nullable(),
    product: z.string().nullable(),
    extra: z.record(z.string(), z.string()).optional().describe('columns of unknown role, under their header'),
    source: TaskSourceSchema,
    provenance: ProvenanceSchema.optional(),
    confidence: confidence.optional(),
  })
  .meta({ id: 'Task', description: 'One row (or sub-item) of a schedule table, or one duty stated in prose.' });
export type Task = z.infer<typeof TaskSchema>;

export const LowConfidenceSchema = z.object({
  path: z.string().describe('where in the plan: "date", "sections[1].title", "text:p2-l14"'),
  reason: z.string(),
  value: z.string().optional(),
  alternatives: z.array(z.string()).optional(),
  provenance: ProvenanceSchema.optional(),
});

export const QualitySchema = z
  .object({
    ocrConfidence: confidence.nullable().describe('mean OCR word confidence over OCR\'d pages; null when nothing was OCR\'d'),
    restoredSyllables: z.number().int().min(0).describe('syllables the restorer changed'),
    lowConfidence: z.array(LowConfidenceSchema),
    pages: z
      .array(z.object({ page: z.number().int(), kind: z.string(), ocrConfidence: confidence.nullable(), transforms: z.array(z.string()) }))
      .optional(),
  })
  .meta({ id: 'Quality', description: 'How much to trust the plan, and which values to review.' });
export type Quality = z.infer<typeof QualitySchema>;

export const SourceKindSchema = z.enum(['image', 'pdf-text', 'pdf-scanned', 'text']);

export const FieldWithProvenance = z.object({ provenance: ProvenanceSchema.optional(), confidence: confidence.optional() });

export const PlanSchema = z
  .object({
    schemaVersion: z.literal('1'),
    source: z.object({
      file: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      pages: z.number().int().min(0),
      kind: SourceKindSchema,
    }),
    status: z.enum(['success', 'partial']).optional().describe('partial: some pages or values could not be read'),
    docType: z.string().nullable().describe('"KẾ HOẠCH" for a plan; another type (QUYẾT ĐỊNH, …) or null when it is not one'),
    number: z.string().nullable(),
    issuer: z.object({ parent: z.string().nullable(), name: z.string().nullable() }),
    place: z.string().nullable(),
    date: isoDate.nullable(),
    title: z.string().nullable(),
    basis: z.array(z.string()),
    sections: z.array(SectionSchema),
    signer: z.object({ capacity: z.string().nullable(), title: z.string().nullable(), name: z.string().nullable() }).nullable(),
    recipients: z.array(z.string()),
    tasks: z.array(TaskSchema),
    quality: QualitySchema,
    warnings: z.array(z.string()),
    provenance: z
      .record(z.string(), ProvenanceSchema)
      .optional()
      .describe('provenance of the metadata fields, keyed by field name ("number", "date", …)'),
    confidence: z.record(z.string(), confidence).optional().describe('confidence of the metadata fields, keyed by field name'),
  })
  .meta({ id: 'Plan', description: 'A Vietnamese government plan (Kế hoạch) as structured data.' });
export type Plan = z.infer<typeof PlanSchema>;

/** The JSON Schema published by `kehoach schema`. */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
