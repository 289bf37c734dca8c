import { isIP } from 'node:net';
import { InvalidArgumentError } from 'commander';
import type { ExportLimits } from '../server/index.ts';
import { ConfigurationError, parseDatabaseUrlOrThrow, type DatabaseTarget } from '../storage/database-url.ts';

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';

export interface CliConfig {
  readonly database: DatabaseTarget;
  readonly port: number;
  readonly host: string;
  readonly trustProxy: TrustProxy;
  /** Only the download limits set in the environment; the server's defaults fill in the rest. */
  readonly exportLimits: Partial<ExportLimits>;
}

/** Reads the environment once, failing fast on a setting that cannot work. */
export function loadConfigOrThrow(env: NodeJS.ProcessEnv): CliConfig {
  const port = env['PORT'] === undefined || env['PORT'] === '' ? DEFAULT_PORT : parsePortOrThrow(env['PORT'], 'PORT');
  return {
    database: parseDatabaseUrlOrThrow(env['DATABASE_URL']),
    port,
    host: env['HOST'] === undefined || env['HOST'] === '' ? DEFAULT_HOST : env['HOST'],
    trustProxy: parseTrustProxyOrThrow(env['TRUST_PROXY']),
    exportLimits: parseExportLimitsOrThrow(env),
  };
}

const EXPORT_LIMIT_SETTINGS = { running: 'EXPORTS_AT_ONCE', perClient: 'EXPORTS_PER_CLIENT', waiting: 'EXPORTS_WAITING' } as const;

/**
 * The CSV and XLSX download limits (docs/security.md, Bounded work): EXPORTS_AT_ONCE built at the same time,
 * EXPORTS_PER_CLIENT per signed-in user or address, EXPORTS_WAITING queued. Each a whole number of at least 1
 * (EXPORTS_WAITING may be 0); unset leaves the default.
 */
export function parseExportLimitsOrThrow(env: NodeJS.ProcessEnv): Partial<ExportLimits> {
  const limits: { -readonly [K in keyof ExportLimits]?: number } = {};
  for (const [key, name] of Object.entries(EXPORT_LIMIT_SETTINGS) as [keyof ExportLimits, string][]) {
    const text = env[name];
    if (text === undefined || text === '') continue;
    const value = Number(text);
    const least = key === 'waiting' ? 0 : 1;
    if (!/^\d+$/.test(text.trim()) || value < least) throw new ConfigurationError(`${name} must be a whole number of at least ${String(least)} (got "${text}")`);
    limits[key] = value;
  }
  return limits;
}

/**
 * Which reverse proxies in front of the service to believe about the client (their `X-Forwarded-For`,
 * `X-Forwarded-Proto` and `X-Forwarded-Host`): none (false), every one (true), or those at these addresses
 * and ranges, as Fastify's `trustProxy` option takes them.
 */
export type TrustProxy = boolean | readonly string[];

/** proxy-addr's names for groups of addresses. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Reads `TRUST_PROXY`: unset, empty or `false` (the default: believe no proxy), `true` (believe any), or a
 * comma-separated list of the proxies' addresses and CIDR ranges (`10.0.0.5,192.168.0.0/16`) and the names
 * loopback, linklocal, uniquelocal. A number of hops is refused: Fastify 5 trusts no proxy for one (a client
 * could forge the hops), so it would silently do nothing. Anything else stops the command, saying what to write.
 */
export function parseTrustProxyOrThrow(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text.toLowerCase() === 'false') return false;
  if (text.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(text)) {
    throw new ConfigurationError(
      `TRUST_PROXY takes your proxies' addresses, not a number of them (got "${text}"): list the address the proxy connects from, ` +
        'like 10.0.0.5, or loopback for a proxy on this machine',
    );
  }
  const entries = text.split(',').map((e) => e.trim());
  if (entries.every((e) => NAMED_RANGES.has(e.toLowerCase()) || isAddressOrRange(e))) return entries.map((e) => (NAMED_RANGES.has(e.toLowerCase()) ? e.toLowerCase() : e));
  throw new ConfigurationError(
    'TRUST_PROXY must be true, false, or a comma-separated list of the addresses or ranges your reverse proxies connect from ' +
      `(like 10.0.0.5,192.168.0.0/16, or loopback) (got "${text}")`,
  );
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
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

/**
 * Where people write about the service (its contact, privacy and accessibility pages): `OA_CONTACT_EMAIL`,
 * or null when unset, and the pages say the operator has not given one.
 */
export function contactEmailOrThrow(env: NodeJS.ProcessEnv): string | null {
  const text = env['OA_CONTACT_EMAIL']?.trim() ?? '';
  if (text === '') return null;
  if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(text) || text.length > 254) {
    throw new ConfigurationError(`OA_CONTACT_EMAIL must be one email address, like programme-team@example.gov.uk (got "${text}")`);
  }
  return text;
}
