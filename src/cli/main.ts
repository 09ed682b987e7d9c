/**
 * The command line (CONTRACT.md). Argv only: the work is in `pipelines/`.
 * Data goes to stdout; logs, diagnostics and errors to stderr. Exit codes are the
 * one table in `src/diagnostics/diagnostic.ts` (0 done, 1 input failed, 2 usage).
 */
import { readFile, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ExitCode, KehoachError } from '../diagnostics/diagnostic.ts';
import { planJsonSchema } from '../model/plan.ts';
import cliProgress from 'cli-progress';
import { createServices, extract } from '../../pipelines/index.ts';
import { runBatch } from '../../pipelines/batch.ts';
import { planText } from '../emit/text.ts';
import { createRestorer } from '../restore/restorer.ts';

const program = new Command();
program
  .name('kehoach')
  .description('Turns scanned Vietnamese government plans (Kế hoạch) into structured, validated JSON, offline.')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  .showHelpAfterError('(run kehoach --help for usage)');

program
  .command('extract')
  .description('one document → one plan JSON on stdout (several page images given together are one document, in order)')
  .argument('<file...>', '.png .jpg .jpeg .tif .tiff .pdf or .txt (text an older OCR produced)')
  .option('-o, --output <file>', 'write the result to this file instead of stdout')
  .addOption(new Option('--format <format>', 'json: the plan; text: the restored text, one paragraph per line').choices(['json', 'text']).default('json'))
  .option('--overlay <dir>', 'write one PNG per scanned page with regions, table cells and low-confidence words drawn')
  .option('--workers <n>', 'OCR workers (default: the cores, at most 4)', (v) => positiveInt(v, '--workers'))
  .action(async (files: string[], opts: { output?: string; format: 'json' | 'text'; overlay?: string; workers?: number }) => {
    const services = await createServices({ workers: opts.workers });
    try {
      const { plan, doc } = await extract(files, services, { overlayDir: opts.overlay });
      for (const warning of plan.warnings) process.stderr.write(`kehoach: ${doc.file}: warning: ${warning}\n`);
      const out = opts.format === 'text' ? planText(plan, doc) : JSON.stringify(plan, null, 2) + '\n';
      await writeOutput(out, opts.output);
    } finally {
      await services.close();
    }
  });

program
  .command('batch')
  .description('many inputs → <out>/<name>.plan.json each, <out>/manifest.jsonl, <out>/errors.ndjson; resumable (done inputs are skipped)')
  .argument('<input...>', 'files and folders; page images named <plan>-p1.png, <plan>-p2.png … are one document')
  .requiredOption('--out <dir>', 'the folder for results and records')
  .option('--concurrency <n>', 'documents in flight at once (default 1; OCR uses every core either way)', (v) => positiveInt(v, '--concurrency'))
  .option('--queue <url>', 'a job queue (redis://…) for many workers: not in this version')
  .action(async (inputs: string[], opts: { out: string; concurrency?: number; queue?: string }) => {
    if (opts.queue) throw new CommanderError(ExitCode.usage, 'kehoach.usage', 'error: --queue (workers on a shared queue) is not in this version; run batch without it');
    const services = await createServices();
    const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'kehoach batch [{bar}] {value}/{total} {name}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
    try {
      const summary = await runBatch(inputs, services, {
        outDir: opts.out,
        concurrency: opts.concurrency,
        onStart: (total) => bar?.start(total, 0, { name: '' }),
        onProgress: ({ input, outcome, message }) => {
          bar?.increment({ name: input.name });
          if (outcome === 'error') process.stderr.write(`${bar ? '\n' : ''}kehoach: ${message}\n`);
        },
      });
      bar?.stop();
      process.stderr.write(`kehoach batch: ${summary.total} inputs: ${summary.done} done, ${summary.skipped} skipped (done before), ${summary.errors} errors\n`);
      if (summary.errors > 0) process.exitCode = ExitCode.batchPartial;
    } finally {
      await services.close();
    }
  });

program
  .command('restore')
  .description('text without (or with damaged) diacritics → restored text, line for line, on stdout')
  .argument('[file]', 'a UTF-8 text file, or - (default) for standard input')
  .action(async (file: string | undefined) => {
    const source = !file || file === '-' ? 'stdin' : file;
    let text: string;
    try {
      text = !file || file === '-' ? await readStdin() : await readFile(file, 'utf8');
    } catch {
      throw new KehoachError({ code: 'cli/unreadable', file: source, reason: 'cannot be read' });
    }
    const restorer = await createRestorer();
    process.stdout.write(restorer.restoreText(text.normalize('NFC')));
  });

program
  .command('schema')
  .description('print the JSON Schema of the plan document')
  .action(() => {
    process.stdout.write(JSON.stringify(planJsonSchema(), null, 2) + '\n');
  });

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CommanderError(ExitCode.usage, 'kehoach.usage', `error: ${flag} expects a whole number ≥ 1, got "${value}"`);
  return n;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes to a temp file and renames, so a failed run never leaves half a result. */
async function writeOutput(data: string, output: string | undefined): Promise<void> {
  if (!output) {
    process.stdout.write(data);
    return;
  }
  const temp = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
  await writeFile(temp, data);
  await rename(temp, output);
}

async function main(): Promise<number> {
  try {
    await program.parseAsync(process.argv);
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.ok;
      if (error.code === 'kehoach.usage') process.stderr.write(`${error.message}\n`);
      return ExitCode.usage;
    }
    if (error instanceof KehoachError) {
      process.stderr.write(`kehoach: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`kehoach: ${message}\n`);
    return ExitCode.inputFailed;
  }
}

process.exitCode = await main();
