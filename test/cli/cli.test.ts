import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../src/model/plan.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}bin/kehoach.js`;

function kehoach(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('kehoach CLI', () => {
  it('prints help on stdout and exits 0', () => {
    const r = kehoach(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/extract/);
    expect(r.stdout).toMatch(/restore/);
    expect(r.stdout).toMatch(/schema/);
  });

  it('prints the JSON Schema of the plan', () => {
    const r = kehoach(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(JSON.stringify(schema)).toContain('"deadlineText"');
  });

  it('exits 2 on an unknown option, with the reason on stderr', () => {
    const r = kehoach(['extract', '--colour', 'fixtures/bad/empty.png']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown option/);
  });

  it('exits 2 on a format it does not know', () => {
    expect(kehoach(['extract', '--format', 'xml', 'fixtures/bad/empty.png']).code).toBe(2);
  });

  it.each([
    ['fixtures/bad/empty.png', /empty\.png: file is empty/],
    ['fixtures/bad/truncated.png', /truncated\.png: image is truncated or damaged/],
    ['fixtures/bad/corrupt.pdf', /corrupt\.pdf: corrupt or unreadable PDF/],
    ['fixtures/bad/encrypted.pdf', /encrypted\.pdf: encrypted PDF; remove the password/],
    ['fixtures/bad/huge-header.png', /huge-header\.png: /],
  ])('refuses %s with exit 1 and one line naming the file', (file, message) => {
    const r = kehoach(['extract', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('restores text from stdin, line for line', () => {
    const r = kehoach(['restore', '-'], 'Thuc hien Ke hoach cua Uy ban nhan dan\nHoi dong thi dua khen thuong\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Thực hiện Kế hoạch của Ủy ban nhân dân\nHội đồng thi đua khen thưởng\n');
  });
});

describe('kehoach extract on a bundled page', () => {
  it('prints a plan that validates, with the number, date and title of the page', () => {
    const r = kehoach(['extract', 'fixtures/pages/hoangmai-cchc-2021-p1.png']);
    expect(r.code).toBe(0);
    const plan = PlanSchema.parse(JSON.parse(r.stdout));
    const gold = JSON.parse(readFileSync(`${root}fixtures/expected/hoangmai-cchc-2021.plan.json`, 'utf8'));
    expect(plan.number).toBe(gold.number);
    expect(plan.date).toBe(gold.date);
    expect(plan.title).toBe(gold.title);
    expect(plan.source).toMatchObject({ kind: 'image', pages: 1 });
    expect(plan.quality.ocrConfidence).toBeGreaterThan(0.85);
  });
});

/** `unshare -n` runs a command in a new network namespace with no way out (needs root, as CI has). */
const canCutNetwork = spawnSync('unshare', ['-n', 'true']).status === 0;

describe.skipIf(!canCutNetwork)('with the network cut', () => {
  it('still extracts a page: the OCR model and the language model come from the package', () => {
    const result = spawnSync('unshare', ['-n', process.execPath, bin, 'extract', 'fixtures/pages/hoangmai-cchc-2021-p1.png'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).number).toBe('45/KH-UBND');
  });
});
