import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * Like startApp, but on a database loaded the way an operator loads one: `oa db migrate`, `oa demo load`,
 * then `oa import all` over the shared public data (schools, geography, boundaries, deprivation, Toolkit),
 * then (with `derive: true`) `oa indicators derive`, then any `commands` (such as `plans import FILE`), then `oa start`, which keeps the data, creates the demo users and serves. Takes about half a minute.
 */
export async function startAppWithPublicData(
  options: {
    readonly derive?: boolean;
    readonly timeSeries?: boolean;
    readonly extraImports?: readonly (readonly [kind: string, path: string])[];
    readonly commands?: readonly (readonly string[])[];
  } = {},
): Promise<RunningApp & { readonly importReport: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'oa-e2e-data-'));
  const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}` };
  await runOa(['db', 'migrate'], env, 60_000);
  await runOa(['demo', 'load'], env, 60_000);
  // The LA time series (600,000 rows) only where a journey reads it.
  const importReport = await runOa(['import', 'all', SHARED_DATA_DIR, ...(options.timeSeries === true ? [] : ['--except', 'lait-bds'])], env, 180_000);
  // The school-based indicators the proxy index recipe needs come from `oa indicators derive`.
  if (options.derive === true) await runOa(['indicators', 'derive'], env, 120_000);
  // Records a journey needs on top of the public data, such as a hub's events (`oa import research-events`).
  for (const [kind, path] of options.extraImports ?? []) await runOa(['import', kind, path], env, 60_000);
  for (const command of options.commands ?? []) await runOa(command, env, 60_000);

  return { ...(await startApp({ databaseUrl: env.DATABASE_URL })), importReport };
}
