import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only our own tests: never node_modules, built web assets or benchmark files.
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default', './test/support/closing-line-reporter.ts'],
  },
});
