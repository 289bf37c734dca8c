import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { startApp, type RunningApp } from './running-app.ts';

const OA_BIN = fileURLToPath(new URL('../../../bin/oa.js', import.meta.url));

/** The published files shared beside the repository (`../shared/data`), which `oa import all` loads. */
export const SHARED_DATA_DIR = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));

/**
 * Whether the shared data is here; a browser test that needs it is skipped, saying why, when it is not.
 * With OA_REQUIRE_SHARED_DATA=1 (CI) a missing folder is a failure instead.
 */
export function sharedDataAvailable(): boolean {
  if (existsSync(join(SHARED_DATA_DIR, 'boundaries'))) return true;
  if (process.env['OA_REQUIRE_SHARED_DATA'] === '1') throw new Error(`OA_REQUIRE_SHARED_DATA=1 but there is no shared data folder beside the repository (expected ${SHARED_DATA_DIR}).`);
  console.warn(`Browser tests with public data skipped: no shared data folder beside the repository (expected ${SHARED_DATA_DIR}).`);
  return false;
}

/** Runs one `oa` command to completion, failing with its output if it fails. */
function runOa(args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [OA_BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`oa ${args.join(' ')} took longer than ${String(timeoutMs / 1000)} s:\n${output}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`oa ${args.join(' ')} exited with ${String(code)}:\n${output}`));
    });
  });
}

/** Waits for another worker to finish a build, or to say it failed. */
async function waitForBuild(folder: string, failure: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(folder)) {
    if (existsSync(failure)) throw new Error(`Another test file could not load the shared data:\n${readFileSync(failure, 'utf8')}`);
    if (Date.now() > deadline) throw new Error(`Waited ${String(timeoutMs / 1000)} s for another test file to load the shared data into ${folder}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * A SQLite database loaded the way an operator loads one, `oa db migrate`, `oa demo load`, then `oa import
 * all` over the shared public data, then (with `derive`) `oa indicators derive`: built once per run and kind
 * by whichever test file asks first (about half a minute, more on a busy machine), in the run's folder, and
 * copied for each file after, so each file still starts on a database of its own.
 */
async function publicDataDatabase(options: { readonly derive: boolean; readonly timeSeries: boolean }): Promise<string> {
  const runFolder = inject('runFolder');
  const kind = `public-data${options.timeSeries ? '-with-time-series' : ''}${options.derive ? '-derived' : ''}`;
  const built = join(runFolder, kind);
  const failure = join(runFolder, `${kind}.failed`);
  const building = join(runFolder, `${kind}.building`);
  // The first to make the lock builds; it stays, so a file asking after the build is done finds the database.
  try {
    mkdirSync(join(runFolder, `${kind}.lock`));
  } catch {
    await waitForBuild(built, failure, 600_000);
    return built;
  }
  mkdirSync(building);
  try {
    const env = { ...process.env, DATABASE_URL: `sqlite:${join(building, 'oa.sqlite')}` };
    await runOa(['db', 'migrate'], env, 60_000);
    await runOa(['demo', 'load'], env, 60_000);
    // The LA time series (600,000 rows) only where a journey reads it.
    await runOa(['import', 'all', SHARED_DATA_DIR, ...(options.timeSeries ? [] : ['--except', 'lait-bds'])], env, 180_000);
    // The school-based indicators the proxy index recipe needs come from `oa indicators derive`.
    if (options.derive) await runOa(['indicators', 'derive'], env, 120_000);
  } catch (error) {
    writeFileSync(failure, error instanceof Error ? error.message : String(error));
    throw error;
  }
  // Every oa command has exited, so the folder holds the whole database (with its log, if one is left).
  renameSync(building, built);
  return built;
}

/**
 * Like startApp, but on a database loaded the way an operator loads one (publicDataDatabase, copied for this
 * file), then any `extraImports` and `commands` (such as `plans import FILE`) on the copy, then `oa start`,
 * which keeps the data, creates the demo users and serves.
 */
export async function startAppWithPublicData(
  options: {
    readonly derive?: boolean;
    readonly timeSeries?: boolean;
    readonly extraImports?: readonly (readonly [kind: string, path: string])[];
    readonly commands?: readonly (readonly string[])[];
  } = {},
): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), 'oa-e2e-data-'));
  cpSync(await publicDataDatabase({ derive: options.derive === true, timeSeries: options.timeSeries === true }), dir, { recursive: true });
  const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };
  // Records a journey needs on top of the public data, such as a hub's events (`oa import research-events`).
  for (const [kind, path] of options.extraImports ?? []) await runOa(['import', kind, path], env, 60_000);
  for (const command of options.commands ?? []) await runOa(command, env, 60_000);
  return startApp({ databaseUrl: env.DATABASE_URL });
}
