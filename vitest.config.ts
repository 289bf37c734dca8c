import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only our own tests: never node_modules, built web assets or benchmark files.
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Two files at once even on two cores: most of a file's time is spent waiting on a spawned oa, Chromium or
    // PostgreSQL, so the second worker fills that wait (Vitest's default is one worker fewer than the cores).
    maxWorkers: 2,
    // A browser poll gives up after 10 s rather than 1 s: a page that is right but slow on a busy machine is
    // not a failure, and a wrong one still fails.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
    reporters: ['default', './test/support/closing-line-reporter.ts'],
  },
});
