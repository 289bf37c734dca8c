import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder that lives as long as this test run, shared by every test file's worker. */
    runFolder: string;
  }
}

/**
 * Vitest's global set-up: a folder for this run alone, where test files share what is costly to build and
 * the same for all of them (a database loaded with the shared public data), removed when the run ends.
 */
export default function setup(project: TestProject): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'oa-test-run-'));
  project.provide('runFolder', folder);
  return () => {
    rmSync(folder, { recursive: true, force: true });
  };
}
