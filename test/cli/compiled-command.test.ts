import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { seedCareersSchools } from '../support/careers-fixture.ts';

const OA_BIN = fileURLToPath(new URL('../../bin/oa.js', import.meta.url));
const BUILD_SCRIPT = new URL('../../bin/build-cli.js', import.meta.url).href;
const run = promisify(execFile);

/** Runs the command as users do (`node bin/oa.js …`), from a folder outside the project. */
const oa = (args: readonly string[], env: NodeJS.ProcessEnv) => run(process.execPath, [OA_BIN, ...args], { cwd: tmpdir(), env: { ...process.env, ...env, OA_RUN_SOURCES: '' } });

describe('the oa command runs compiled JavaScript', () => {
  it('builds from the sources into dist/cli/<stamp>/, one entry for the command and one per thread module', async () => {
    const { ensureCliBuilt, currentStamp } = (await import(BUILD_SCRIPT)) as { ensureCliBuilt: () => Promise<string>; currentStamp: () => string };
    const entry = await ensureCliBuilt();
    expect(entry.endsWith(join('dist', 'cli', currentStamp(), 'main.js'))).toBe(true);
    for (const thread of ['synthetic-thread.js', 'xlsx-thread.js', 'impact-estimate-thread.js', 'encounter-file-thread.js']) expect(existsSync(join(dirname(entry), thread)), thread).toBe(true);
    expect(await ensureCliBuilt()).toBe(entry);
  });

  it('finds the project’s files and starts its threads from the compiled code, run from any folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oa-compiled-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };
    await oa(['db', 'migrate'], env);
    const handle = await openDatabase({ engine: 'sqlite', path: join(dir, 'oa.sqlite') });
    await seedCareersSchools(handle.db);
    await handle.close();
    // The shipped recipes, read from the project folder (not from where the bundle sits).
    expect((await oa(['index', 'recipes', 'list'], env)).stdout).toContain('proxy-district-2019');
    // Synthetic careers data is made on a worker thread, which loads the compiled thread module.
    const careers = await oa(['demo', 'careers', '--pupils', '400', '--encounters', '1600', '--seed', '2'], env);
    expect(careers.stdout).toMatch(/^Synthetic careers data .*: 400 pupils in \d+ secondary schools/);
  });
});
