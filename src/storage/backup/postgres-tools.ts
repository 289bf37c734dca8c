import { spawn } from 'node:child_process';
import type { DatabaseTarget } from '../database-url.ts';

/** pg_dump or pg_restore failed, or is not installed; the message says what to do. */
export class PostgresToolError extends Error {
  override readonly name = 'PostgresToolError';
}

type PostgresTarget = Extract<DatabaseTarget, { engine: 'postgres' }>;

/**
 * Dumps the whole database `target` names to `destination` with `pg_dump --format=custom`, found on PATH:
 * PostgreSQL's own consistent snapshot, restorable with pg_restore. Owners and privileges are left out, so
 * the dump restores into a database owned by another role.
 */
export async function pgDump(target: PostgresTarget, destination: string, env: NodeJS.ProcessEnv): Promise<void> {
  await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${destination}`], target, env);
}

/**
 * Restores a pg_dump file into the database `target` names, in one transaction that stops at the first
 * error, so a failed restore leaves the database as it was. `clean` drops the dump's objects first (for
 * `oa restore --force` over a database that has them).
 */
export async function pgRestore(target: PostgresTarget, source: string, options: { readonly clean: boolean }, env: NodeJS.ProcessEnv): Promise<void> {
  const clean = options.clean ? ['--clean', '--if-exists'] : [];
  await runTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', ...clean, source], target, env);
}

/**
 * Runs a PostgreSQL client tool against `target`. The password, when the URL has one, goes in PGPASSWORD
 * rather than on the command line, where other users of the machine could read it.
 */
function runTool(tool: 'pg_dump' | 'pg_restore', args: readonly string[], target: PostgresTarget, env: NodeJS.ProcessEnv): Promise<void> {
  const url = new URL(target.url);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const childEnv = { ...env, ...(password === '' ? {} : { PGPASSWORD: password }) };
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${url.toString()}`], { env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new PostgresToolError(
              `${tool} was not found on PATH. Install the PostgreSQL client tools (on Debian or Ubuntu: apt-get install postgresql-client), ` +
                `of the server's major version or newer, then run the command again`,
            )
          : new PostgresToolError(`${tool} could not be started: ${error.message}`),
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new PostgresToolError(`${tool} failed (exit code ${String(code)}): ${stderr.trim().split('\n').slice(0, 5).join(' ') || 'no message'}`));
    });
  });
}
