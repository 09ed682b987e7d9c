/**
 * Diagnostics ride on the document (vfile-style): bad content is reported, not
 * thrown. `KehoachError` is thrown only when an input cannot be processed at all;
 * its message names the file and the reason, and it carries an exit code.
 */
import type { BBox } from '../model/geometry.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** `stage/kebab-case`, e.g. `ingest/encrypted-pdf` */
  code: string;
  message: string;
  file: string;
  page?: number;
  bbox?: BBox;
  span?: [number, number];
  hint?: string;
}

/** Exit codes of the CLI (CONTRACT.md); one table, used by `src/cli/` and the README. */
export const ExitCode = {
  ok: 0,
  inputFailed: 1,
  usage: 2,
  batchPartial: 3,
} as const;

export class KehoachError extends Error {
  readonly code: string;
  readonly file: string;
  readonly hint?: string;
  readonly exitCode: number;

  constructor(options: { code: string; file: string; reason: string; hint?: string; exitCode?: number; cause?: unknown }) {
    super(`${options.file}: ${options.reason}${options.hint ? `; ${options.hint}` : ''}`, { cause: options.cause });
    this.name = 'KehoachError';
    this.code = options.code;
    this.file = options.file;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? ExitCode.inputFailed;
  }

  toDiagnostic(): Diagnostic {
    return { severity: 'error', code: this.code, message: this.message, file: this.file, hint: this.hint };
  }
}

/** Collects diagnostics for one document, capping repeats of a code on a page. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  private readonly counts = new Map<string, number>();

  constructor(readonly file: string, private readonly maxPerCodeAndPage = 5) {}

  report(d: Omit<Diagnostic, 'file'>): void {
    const key = `${d.code}@${d.page ?? ''}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    if (n <= this.maxPerCodeAndPage) this.diagnostics.push({ ...d, file: this.file });
  }

  warn(code: string, message: string, extra: Partial<Diagnostic> = {}): void {
    this.report({ severity: 'warning', code, message, ...extra });
  }

  info(code: string, message: string, extra: Partial<Diagnostic> = {}): void {
    this.report({ severity: 'info', code, message, ...extra });
  }
}
