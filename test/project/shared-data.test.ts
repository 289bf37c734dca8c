import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The published files beside the repository that the real-data tests read (`../shared/data`). */
const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const FOLDERS = ['boundaries', 'eef-toolkit', 'imd', 'la-timeseries', 'lookups', 'opportunity-areas', 'schools', 'social-mobility-index'];
const required = process.env['OA_REQUIRE_SHARED_DATA'] === '1';

if (!required && !existsSync(SHARED_DATA)) console.warn(`Tests on public data skip themselves: no shared data folder beside the repository (expected ${SHARED_DATA}).`);

/**
 * Each real-data test skips, saying so, where the shared data is absent; CI sets OA_REQUIRE_SHARED_DATA=1
 * (as it does for PostgreSQL and Chromium), so there a missing folder fails the run instead of passing it
 * with those tests quietly skipped.
 */
describe.runIf(required)('the shared public data, which CI requires', () => {
  it.each(FOLDERS)('has its %s folder beside the repository', (folder) => {
    expect(existsSync(join(SHARED_DATA, folder)), `${join(SHARED_DATA, folder)} is missing`).toBe(true);
  });
});
