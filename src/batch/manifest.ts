/**
 * The batch's records on disk: `manifest.jsonl` (one line per document that
 * finished, keyed by the content hash of its files) and `errors.ndjson` (one line
 * per document that could not be processed). A re-run skips what the manifest
 * says is done and whose output is still there, so a batch is resumable.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ManifestRecord {
  name: string;
  files: string[];
  sha256: string;
  output: string;
  pages: number;
  tasks: number;
  status: 'success' | 'partial';
  ms: number;
}

export interface ErrorRecord {
  name: string;
  files: string[];
  code: string;
  message: string;
}

/** Hash of the document's files, in order: the key a re-run recognises a document by. */
export async function contentHash(files: string[]): Promise<string | null> {
  const hash = createHash('sha256');
  for (const file of files) {
    if (!existsSync(file)) return null;
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

export class Manifest {
  private readonly done = new Map<string, ManifestRecord>();

  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<Manifest> {
    const manifest = new Manifest(dir);
    const file = path.join(dir, 'manifest.jsonl');
    if (existsSync(file)) {
      for (const line of (await readFile(file, 'utf8')).split('\n')) {
        if (!line.trim()) continue;
        try {
          const record = JSON.parse(line) as ManifestRecord;
          manifest.done.set(record.sha256, record);
        } catch {
          // a line cut by an interrupted run: that document is simply done again
        }
      }
    }
    return manifest;
  }

  /** The finished record of a document with this content, when its output is still on disk. */
  finished(sha256: string): ManifestRecord | undefined {
    const record = this.done.get(sha256);
    return record && existsSync(path.join(this.dir, record.output)) ? record : undefined;
  }

  async recordDone(record: ManifestRecord): Promise<void> {
    this.done.set(record.sha256, record);
    await appendFile(path.join(this.dir, 'manifest.jsonl'), JSON.stringify(record) + '\n');
  }

  async clearErrors(): Promise<void> {
    await writeFile(path.join(this.dir, 'errors.ndjson'), '');
  }

  async recordError(record: ErrorRecord): Promise<void> {
    await appendFile(path.join(this.dir, 'errors.ndjson'), JSON.stringify(record) + '\n');
  }
}
