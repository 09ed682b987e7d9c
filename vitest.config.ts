import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // OCR and rendering tests take seconds each; two files at a time on a 2-core machine
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    env: { DOTENV_CONFIG_QUIET: 'true' },
  },
});
