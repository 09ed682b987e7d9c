/** One row of `npm run eval`: every section returns these, the runner prints them as one table. */
export interface EvalRow {
  metric: string;
  input: string;
  value: number | string;
  target?: string;
  n?: number;
}
