import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './test/support/longest-first-sequencer.ts';

/** Tests that measure the event loop: they run after all the others, alone, so another file's work is not measured. */
const ALONE = ['test/server/bounded-work.test.ts'];
/** Tests that drive Chromium through the web app. */
const BROWSER = 'test/e2e/**/*.test.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two files at once even on two cores: most of a file's time is spent waiting on a spawned oa, Chromium or
    // PostgreSQL, so the second worker fills that wait (Vitest's default is one worker fewer than the cores).
    maxWorkers: 2,
    // A browser poll gives up after 10 s rather than 1 s: a page that is right but slow on a busy machine is
    // not a failure, and a wrong one still fails.
    expect: { poll: { timeout: 10_000 } },
    reporters: ['default', './test/support/closing-line-reporter.ts'],
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      // Only our own tests: never node_modules, built web assets or benchmark files.
      { extends: true, test: { name: 'tests', include: ['test/**/*.test.ts'], exclude: [...ALONE, BROWSER], sequence: { groupOrder: 0 } } },
      // A browser journey is many steps, each polled for up to 10 s: on a busy CI machine the steps of a
      // journey that is right add up to more than 30 s (a user-management journey took 30.1 s at load 14).
      { extends: true, test: { name: 'browser', include: [BROWSER], testTimeout: 120_000, globalSetup: ['test/support/run-folder.ts'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'alone', include: ALONE, sequence: { groupOrder: 1 } } },
    ],
  },
});
