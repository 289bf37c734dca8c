import { InvalidArgumentError } from 'commander';
import { ConfigurationError, parseDatabaseUrlOrThrow, type DatabaseTarget } from '../storage/database-url.ts';

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';

export interface CliConfig {
  readonly database: DatabaseTarget;
  readonly port: number;
  readonly host: string;
}

/** Reads the environment once, failing fast on a setting that cannot work. */
export function loadConfigOrThrow(env: NodeJS.ProcessEnv): CliConfig {
  const port = env['PORT'] === undefined || env['PORT'] === '' ? DEFAULT_PORT : parsePortOrThrow(env['PORT'], 'PORT');
  return {
    database: parseDatabaseUrlOrThrow(env['DATABASE_URL']),
    port,
    host: env['HOST'] === undefined || env['HOST'] === '' ? DEFAULT_HOST : env['HOST'],
  };
}

/** A TCP port: a whole number from 1 to 65535. */
export function parsePortOrThrow(value: string, name = '--port'): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InvalidArgumentError(`${name} must be a whole number from 1 to 65535 (got "${value}").`);
  }
  return port;
}

/**
 * Where the careers pseudonymisation key lives: `OA_PSEUDONYM_KEY_FILE`, else beside a SQLite database file
 * (`<database>.pseudonym-key`). PostgreSQL and in-memory databases have no "beside", so they need the
 * setting.
 */
export function pseudonymKeyPathOrThrow(env: NodeJS.ProcessEnv, database: DatabaseTarget): string {
  const set = env['OA_PSEUDONYM_KEY_FILE'];
  if (set !== undefined && set !== '') return set;
  if (database.engine === 'sqlite' && database.path !== ':memory:') return `${database.path}.pseudonym-key`;
  throw new ConfigurationError('Set OA_PSEUDONYM_KEY_FILE to a file outside the database for the pupil pseudonymisation key (it is created on first use).');
}
