/**
 * Damage on correct text as the pipeline meets it: every fixture page's gold text
 * (fixtures/expected/<name>.p<N>.txt: headers, bullets, "Nơi nhận" lists, signatures
 * with names, tables' cells) restored page by page, line by line, must come back with
 * every syllable as it was.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedRestorer, syllables } from './helpers.ts';

const EXPECTED = new URL('../../fixtures/expected/', import.meta.url).pathname;
const pages = existsSync(EXPECTED) ? readdirSync(EXPECTED).filter((f) => /\.p\d+\.txt$/.test(f)).sort() : [];

describe.skipIf(pages.length === 0)('fixture pages gold text', () => {
  it('comes back with every syllable unchanged', async () => {
    const restorer = await sharedRestorer();
    const changed: string[] = [];
    for (const page of pages) {
      const lines = readFileSync(EXPECTED + page, 'utf8').normalize('NFC').split('\n');
      restorer.restoreLines(lines).forEach((r, i) => {
        const want = syllables(lines[i]);
        const got = syllables(r.text);
        want.forEach((s, k) => {
          if (got[k] !== s) changed.push(`${page}: ${s} → ${got[k]} in "${lines[i]}"`);
        });
      });
    }
    expect(changed).toEqual([]);
  });
});
