/** One row of `npm run eval`: every section returns these, the runner prints them as one table. */
export interface EvalRow {
  metric: string;
  input: string;
  value: number | string;
  target?: string;
  n?: number;
}

/** A measure as the table prints it: three decimals. */
export const round = (x: number): number => Math.round(x * 1000) / 1000;
